// The error system and the call stack as PRG code sees them: ErrorNew,
// ErrorBlock, Break, ErrorLevel, QUIT, ErrorSys, ProcName/ProcLine/ProcFile.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { newErrorObject } from '../runtime/errors/error.js';
import { defaultErrorBlock } from '../runtime/errors/default.js';
import { BreakSignal, QuitSignal } from '../runtime/vm/signals.js';
import type { StdModule } from './registry.js';

function level(v: Value): number {
  return typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) : 0;
}

/** The frame `n` levels above the caller of a ProcName()-like function. */
function frameAt(ctx: Thread, n: Value) {
  return ctx.frameAt(level(n));
}

export const functions: StdModule = {
  ERRORNEW(ctx) {
    return newErrorObject(ctx.vm.errorClass);
  },
  ERRORBLOCK(ctx, block) {
    const old = ctx.errorBlock;
    if (typeof block === 'function') ctx.errorBlock = block;
    return old;
  },
  ERRORSYS(ctx) {
    ctx.errorBlock = defaultErrorBlock;
    return undefined;
  },
  BREAK(_ctx, v) {
    throw new BreakSignal(v);
  },
  ERRORLEVEL(ctx, ...args) {
    const old = ctx.vm.errorLevel;
    if (args.length > 0 && (typeof args[0] === 'number' || args[0] instanceof HbNum)) ctx.vm.errorLevel = level(args[0]);
    return old;
  },
  __QUIT() {
    throw new QuitSignal();
  },
  PROCNAME(ctx, n) {
    return frameAt(ctx, n)?.proc.name ?? '';
  },
  PROCLINE(ctx, n) {
    return frameAt(ctx, n)?.line ?? 0;
  },
  PROCFILE(ctx, n) {
    return frameAt(ctx, n)?.proc.file ?? '';
  },
};
