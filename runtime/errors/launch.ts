// Raising a runtime error: evaluate the thread's error block with an Error
// object and interpret what it returns, as Harbour's error launcher does.
// A BREAK or QUIT inside the block propagates as its own JS exception.

import type { Thread } from '../vm/thread.js';
import { HbNum, HbSymbol, type Value, type HbObject } from '../values/types.js';
import { nativeProc } from '../vm/frame.js';
import {
  E_OSCODE, E_TRIES, EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE, errFlags, fillError, fillFileCodes,
  newErrorObject, setNumArgError, type ErrorSpec,
} from './error.js';
import { internalError } from './internal.js';

/** Harbour stops a chain of errors raised inside error handlers at this depth. */
const MAX_DEPTH = 8;

/** A codeblock or a function symbol: what ErrorBlock() accepts and Eval() runs. */
export function isEvalItem(v: Value): boolean {
  return typeof v === 'function' || v instanceof HbSymbol;
}

export function evalItem(ctx: Thread, item: Value, args: Value[]): Value {
  if (typeof item === 'function') return item(ctx, ...args);
  return (item as HbSymbol).sym.fn(ctx, ...args);
}

const DOS_ERROR = Symbol('DosError');

/** DosError(): the OS error code of the last error launched in this thread. */
export function dosErrorState(ctx: Thread): { code: number } {
  return ctx.slot(DOS_ERROR, () => ({ code: 0 }));
}

function evalErrorBlock(ctx: Thread, err: HbObject): Value {
  const block = ctx.errorBlock;
  if (!isEvalItem(block)) internalError(ctx, 9002);
  if (ctx.errorDepth === MAX_DEPTH) internalError(ctx, 9003);
  dosErrorState(ctx).code = err.vars[E_OSCODE] as number;
  if (errFlags(err) & EF_CANRETRY) err.vars[E_TRIES] = (((err.vars[E_TRIES] as number | undefined) ?? 0) + 1) & 0xffff;
  ctx.errorDepth++;
  try {
    return evalItem(ctx, block, [err]);
  } finally {
    ctx.errorDepth--;
  }
}

/** Launch an error that is not substitutable: true = retry, false = default. */
export function launch(ctx: Thread, err: HbObject): boolean {
  const flags = errFlags(err);
  const r = evalErrorBlock(ctx, err);
  if (typeof r !== 'boolean' || (flags & EF_CANSUBSTITUTE) !== 0) internalError(ctx, 9001);
  if ((r && !(flags & EF_CANRETRY)) || (!r && !(flags & EF_CANDEFAULT))) internalError(ctx, 9001);
  return r;
}

/** Launch a substitutable error: the block's result replaces the failed operation's. */
export function launchSubst(ctx: Thread, err: HbObject): Value {
  const r = evalErrorBlock(ctx, err);
  if (!(errFlags(err) & EF_CANSUBSTITUTE)) internalError(ctx, 9001);
  return r;
}

export function makeError(ctx: Thread, spec: ErrorSpec): HbObject {
  return fillError(newErrorObject(ctx.vm.errorClass), spec);
}

/**
 * A runtime error raised by an operator or a compiled operation (no frame
 * of its own): the substitute value, or retry/default per the flags.
 */
export function rtSubst(ctx: Thread, genCode: number, subCode: number, operation: string, args: Value[] | undefined): Value {
  const err = makeError(ctx, { genCode, subCode, operation, args, flags: EF_CANSUBSTITUTE });
  return launchSubst(ctx, err);
}

/**
 * Run `body` with a frame for runtime-library function `name`, so that the
 * error handler's "Called from" lines show it (NAME(0)) as Harbour does.
 */
export function inNative<T>(ctx: Thread, name: string, body: () => T): T {
  const f = ctx.enter(nativeProc(name));
  const sp = ctx.sp;
  const r = body();
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

/**
 * Argument error of runtime-library function `fn` (BASE/subCode,
 * substitutable): the arguments are those passed, none when there were
 * none (Harbour's args array is then NIL).
 */
export function argError(ctx: Thread, fn: string, subCode: number, args: Value[]): Value {
  return inNative(ctx, fn, () => rtSubst(ctx, 1, subCode, fn, args.length ? args : undefined));
}

/** A non-substitutable error of function `fn` with explicit flags; true = retry. */
export function fnError(ctx: Thread, fn: string, spec: ErrorSpec): boolean {
  return inNative(ctx, fn, () => launch(ctx, makeError(ctx, spec)));
}

/** A non-substitutable argument error of `fn` (hb_errRT_BASE with no flags). */
export function argErrorNoSubst(ctx: Thread, fn: string, subCode: number, args: Value[], genCode = 1): void {
  inNative(ctx, fn, () => launch(ctx, makeError(ctx, { genCode, subCode, operation: fn, args: args.length ? args : undefined })));
}

// ERROR:_GENCODE and the other numeric slots: BASE/0 argument error whose substitute must be numeric
setNumArgError((ctx, slot, args) => inNative(ctx, 'ERROR:_' + slot, () => {
  const r = rtSubst(ctx, 1, 0, slot, args.length ? args : undefined);
  if (typeof r !== 'number' && !(r instanceof HbNum)) internalError(ctx, 9001);
  return r;
}));

/**
 * A file error (hb_errRT_FileError): the first failure creates the error
 * object (retry and default allowed), a retry that fails again updates it,
 * so its :tries count goes on.
 */
export function fileError(
  ctx: Thread, prev: HbObject | null, subSystem: string, genCode: number, subCode: number, filename: string, osCode: number,
): HbObject {
  const err = prev ?? makeError(ctx, { genCode, subCode, subSystem, filename, flags: EF_CANRETRY | EF_CANDEFAULT });
  fillFileCodes(err, genCode, subCode, osCode);
  return err;
}
