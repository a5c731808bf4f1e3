// Reading the arguments of a runtime-library function the way Harbour's C
// functions read theirs, and raising their errors: a reference (@var)
// stands for its value, a numeric argument is read as a C integer
// (truncated toward zero) and anything else as 0, and the arguments of an
// argument error are all the arguments passed (none at all when the
// function got none).

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { fnError, inNative, rtSubst } from '../runtime/errors/launch.js';
import { EF_NONE } from '../runtime/errors/error.js';

export const EG_ARG = 1;
export const EG_BOUND = 2;
export const EG_ZERODIV = 5;

/** The value of an argument: what a reference points to, or the argument itself. */
export function deref(v: unknown): Value {
  return v instanceof HbRef ? v.get() : (v as Value);
}

/** Whether a (dereferenced) value is numeric. */
export function isNum(v: Value): v is number | HbNum {
  return typeof v === 'number' || v instanceof HbNum;
}

/** The JS number of a numeric value, 0 for anything else (hb_parnd). */
export function numVal(v: Value): number {
  return typeof v === 'number' ? v : v instanceof HbNum ? v.n : 0;
}

/** A numeric argument as a C integer (hb_parni / hb_parns): truncated, 0 when not numeric. */
export function intVal(v: Value): number {
  if (typeof v === 'number') return v;
  if (v instanceof HbNum) {
    const n = Math.trunc(v.n);
    return Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/**
 * The arguments of a call as an error's args array (HB_ERR_ARGS_BASEPARAMS):
 * every argument from `from`, dereferenced, or undefined when none was passed.
 */
export function baseArgs(args: ArrayLike<unknown>, from = 1): Value[] | undefined {
  const n = args.length - from;
  if (n <= 0) return undefined;
  const a: Value[] = new Array(n);
  for (let i = 0; i < n; i++) a[i] = deref(args[from + i]);
  return a;
}

/**
 * A substitutable error of function `fn` (hb_errRT_BASE_SubstR): the value
 * the error handler returns becomes the function's result.
 */
export function substError(ctx: Thread, fn: string, subCode: number, args: Value[] | undefined,
  genCode = EG_ARG, operation = fn): Value {
  return inNative(ctx, fn, () => rtSubst(ctx, genCode, subCode, operation, args));
}

/** An error of function `fn` that the handler can neither retry nor substitute (hb_errRT_BASE). */
export function plainError(ctx: Thread, fn: string, subCode: number, args: Value[] | undefined,
  genCode = EG_ARG, operation = fn): void {
  fnError(ctx, fn, { genCode, subCode, operation, args, flags: EF_NONE });
}
