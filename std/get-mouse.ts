// The mouse as the GET system and TBrowse ask about it (Clipper 5.3's
// MRow(), MCol(), MPresent() ...): the CGI terminal has no mouse, so the
// position stays 0, 0 and no button is ever down; only the cursor's
// visibility flag is kept.

import type { VM } from '../runtime/vm/vm.js';
import type { StdModule } from './registry.js';

const cursorShown = new WeakMap<VM, boolean>();

export const functions: StdModule = {
  MPRESENT() {
    return false;
  },
  MROW() {
    return 0;
  },
  MCOL() {
    return 0;
  },
  MSETPOS() {
    return undefined;
  },
  MLEFTDOWN() {
    return false;
  },
  MRIGHTDOWN() {
    return false;
  },
  MHIDE(ctx) {
    cursorShown.set(ctx.vm, false);
    return undefined;
  },
  MSHOW(ctx) {
    cursorShown.set(ctx.vm, true);
    return undefined;
  },
  MSETCURSOR(ctx, show) {
    const old = cursorShown.get(ctx.vm) ?? false;
    if (typeof show === 'boolean') cursorShown.set(ctx.vm, show);
    return old;
  },
};
