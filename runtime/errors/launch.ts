// Raising a runtime error: evaluate the thread's error block with an Error
// object and interpret what it returns, as Harbour's error launcher does.
// A BREAK or QUIT inside the block propagates as its own JS exception.

import type { Thread } from '../vm/thread.js';
import type { Value, HbObject } from '../values/types.js';
import { nativeProc } from '../vm/frame.js';
import {
  E_TRIES, EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE, errFlags, fillError, newErrorObject, type ErrorSpec,
} from './error.js';
import { internalError } from './internal.js';

const MAX_DEPTH = 8;

function evalErrorBlock(ctx: Thread, err: HbObject): Value {
  const block = ctx.errorBlock;
  if (typeof block !== 'function') internalError(ctx, 9002);
  if (ctx.errorDepth === MAX_DEPTH) internalError(ctx, 9003);
  if (errFlags(err) & EF_CANRETRY) err.vars[E_TRIES] = (err.vars[E_TRIES] as number) + 1;
  ctx.errorDepth++;
  try {
    return block(ctx, err);
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
  return evalErrorBlock(ctx, err);
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

/** Argument error of runtime-library function `fn` (BASE/subCode, substitutable). */
export function argError(ctx: Thread, fn: string, subCode: number, args: Value[]): Value {
  return inNative(ctx, fn, () => rtSubst(ctx, 1, subCode, fn, args));
}

/** A non-substitutable error of function `fn` with explicit flags; true = retry. */
export function fnError(ctx: Thread, fn: string, spec: ErrorSpec): boolean {
  return inNative(ctx, fn, () => launch(ctx, makeError(ctx, spec)));
}
