// The mouse as the GET system and TBrowse ask about it (Clipper 5.3's
// MRow(), MCol(), MPresent() ...): the CGI terminal has no mouse, so the
// position stays 0, 0, no button is ever down and the bounds are the
// screen; only the cursor's visibility and the double-click time are kept.

import type { VM } from '../runtime/vm/vm.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';

const cursorShown = new WeakMap<VM, boolean>();
/** the double-click interval MDblClk() reports, in milliseconds */
const dblClick = new WeakMap<VM, number>();
const DEFAULT_DBLCLICK = 168;
const STATE_SIZE = 28;

const setRef = (r: Value, v: Value): void => {
  if (r instanceof HbRef) r.set(v);
};

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
  HB_MMIDDLEDOWN() {
    return false;
  },
  // the bounds cannot be set: they stay the whole screen
  MSETBOUNDS() {
    return undefined;
  },
  HB_MGETBOUNDS(ctx, top, left, bottom, right) {
    setRef(top, 0);
    setRef(left, 0);
    setRef(bottom, ctx.vm.console.maxRow);
    setRef(right, ctx.vm.console.maxCol);
    return undefined;
  },
  // the state as seven 32-bit integers: position, visibility, bounds
  MSAVESTATE(ctx) {
    const b = Buffer.alloc(STATE_SIZE);
    b.writeInt32LE(cursorShown.get(ctx.vm) === true ? 1 : 0, 8);
    b.writeInt32LE(ctx.vm.console.maxRow, 20);
    b.writeInt32LE(ctx.vm.console.maxCol, 24);
    return b.toString('latin1');
  },
  MRESTSTATE(ctx, state) {
    const v = state instanceof HbRef ? state.get() : state;
    if (typeof v === 'string' && v.length === STATE_SIZE) {
      cursorShown.set(ctx.vm, Buffer.from(v, 'latin1').readInt32LE(8) !== 0);
    }
    return undefined;
  },
  MDBLCLK(ctx, ms) {
    const old = dblClick.get(ctx.vm) ?? DEFAULT_DBLCLICK;
    const v = ms instanceof HbRef ? ms.get() : ms;
    const n = typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) : 0;
    if (n > 0) dblClick.set(ctx.vm, n);
    return old;
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
