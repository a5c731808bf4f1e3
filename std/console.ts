// Console output: ?, ?? (QOut, QQOut), OutStd, OutErr, DevOut and the
// cursor position functions of a line-oriented (CGI) terminal.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { displayStr } from '../runtime/values/display.js';
import type { StdModule } from './registry.js';

function joined(ctx: Thread, args: Value[]): string {
  let s = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += ' ';
    s += displayStr(ctx, args[i]);
  }
  return s;
}

export const functions: StdModule = {
  QOUT(ctx, ...args) {
    const text = joined(ctx, args);
    ctx.vm.console.out(ctx.vm.eol + text);
    return undefined;
  },
  QQOUT(ctx, ...args) {
    ctx.vm.console.out(joined(ctx, args));
    return undefined;
  },
  OUTSTD(ctx, ...args) {
    ctx.vm.console.std(joined(ctx, args));
    return undefined;
  },
  OUTERR(ctx, ...args) {
    ctx.vm.console.err(joined(ctx, args));
    return undefined;
  },
  DEVOUT(ctx, v) {
    ctx.vm.console.out(displayStr(ctx, v));
    return undefined;
  },
  ROW(ctx) {
    return ctx.vm.console.row;
  },
  COL(ctx) {
    return ctx.vm.console.col;
  },
};
