// The error system and the call stack as PRG code sees them: ErrorNew,
// ErrorBlock, Break, ErrorLevel, __Quit, ErrorSys, DosError,
// __errInHandler, __errRT_BASE/__errRT_SBASE, ProcName/ProcLine/ProcFile.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, HbSymbol, type Block, type Value } from '../runtime/values/types.js';
import { newErrorObject, EF_CANSUBSTITUTE, EF_NONE } from '../runtime/errors/error.js';
import { defaultErrorBlock } from '../runtime/errors/default.js';
import { dosErrorState, inNative, isEvalItem, launch, launchSubst, makeError } from '../runtime/errors/launch.js';
import { internalError } from '../runtime/errors/internal.js';
import { BreakSignal, QuitSignal } from '../runtime/vm/signals.js';
import type { StdModule } from './registry.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
/** A C int argument (hb_parni): truncated; 0 for anything else. */
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);
const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

/** The frame `n` levels above the caller of a ProcName()-like function. */
function frameAt(ctx: Thread, n: Value) {
  const level = int(deref(n));
  return level >= 0 ? ctx.frameAt(level) : undefined;
}

/** __errRT_BASE( nGenCode, nSubCode, cDescription, cOperation, nArgs, xArg ): the arguments as one array. */
function rtArgs(args: Value[]): Value[] | undefined {
  return args.length > 5 && int(args[4]) > 0 ? [args[5]] : undefined;
}

function rtSpec(args: Value[], flags: number) {
  const [gen, sub, desc, op] = args;
  return {
    genCode: int(gen), subCode: int(sub), flags, args: rtArgs(args),
    description: typeof desc === 'string' ? desc : undefined,
    operation: typeof op === 'string' ? op : '',
  };
}

export const functions: StdModule = {
  ERRORNEW(ctx) {
    return newErrorObject(ctx.vm.errorClass);
  },
  ERRORBLOCK(ctx, ...args) {
    const old = ctx.errorBlock;
    const b = deref(args[0]);
    if (isEvalItem(b)) ctx.errorBlock = b;
    return old;
  },
  ERRORSYS(ctx) {
    ctx.errorBlock = defaultErrorBlock;
    return undefined;
  },
  BREAK(_ctx, v) {
    throw new BreakSignal(deref(v));
  },
  __BREAKBLOCK() {
    return ((_c: Thread, v: Value) => {
      throw new BreakSignal(deref(v));
    }) as Block;
  },
  ERRORLEVEL(ctx, ...args) {
    const old = ctx.vm.errorLevel;
    const v = deref(args[0]);
    if (isNum(v)) ctx.vm.errorLevel = int(v);
    return old;
  },
  __QUIT() {
    throw new QuitSignal();
  },
  DOSERROR(ctx, code) {
    const st = dosErrorState(ctx);
    const old = st.code;
    const v = deref(code);
    if (isNum(v)) st.code = int(v);
    return old;
  },
  __ERRINHANDLER(ctx) {
    return internalError(ctx, 9001);
  },
  __ERRRT_BASE(ctx, ...args) {
    inNative(ctx, '__ERRRT_BASE', () => launch(ctx, makeError(ctx, rtSpec(args.map(deref), EF_NONE))));
    return undefined;
  },
  __ERRRT_SBASE(ctx, ...args) {
    return inNative(ctx, '__ERRRT_SBASE', () => launchSubst(ctx, makeError(ctx, rtSpec(args.map(deref), EF_CANSUBSTITUTE))));
  },
  PROCNAME(ctx, n) {
    // level -1 is ProcName() itself
    if (int(deref(n)) === -1) return 'PROCNAME';
    return frameAt(ctx, n)?.proc.name ?? '';
  },
  PROCLINE(ctx, n) {
    return (frameAt(ctx, n)?.line ?? 0) & 0xffff;
  },
  PROCFILE(ctx, n) {
    const v = deref(n);
    if (v instanceof HbSymbol) return v.sym.file;
    if (typeof v === 'string') return ctx.vm.syms.findFunc(v)?.file ?? '';
    return frameAt(ctx, v)?.proc.file ?? '';
  },
};
