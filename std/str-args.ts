// Reading the arguments of runtime-library functions the way Harbour's
// parameter API does: references (@var) are read through, numbers are
// truncated to C integers, and the argument list of an error is what the
// caller passed.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { inNative, rtSubst } from '../runtime/errors/launch.js';

export const EG_ARG = 1;
export const EG_STROVERFLOW = 3;

/** The value of an argument, read through a reference. */
export function deref(v: Value | HbRef): Value {
  return v instanceof HbRef ? v.get() : v;
}

/** The arguments of a call (after ctx), references read through. */
export function argList(args: IArguments): Value[] {
  const out: Value[] = [];
  for (let i = 1; i < args.length; i++) out.push(deref(args[i] as Value | HbRef));
  return out;
}

/** Argument `v` as a string (hb_parc), or undefined when it is none. */
export function str(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof HbRef) {
    const d = v.get();
    return typeof d === 'string' ? d : undefined;
  }
  return undefined;
}

/** Whether argument `v` is numeric (HB_ISNUM). */
export function isNum(v: Value): boolean {
  if (typeof v === 'number' || v instanceof HbNum) return true;
  if (v instanceof HbRef) {
    const d = v.get();
    return typeof d === 'number' || d instanceof HbNum;
  }
  return false;
}

/** The JS number of a numeric argument, NaN when it is not numeric. */
function numVal(v: Value): number {
  if (typeof v === 'number') return v;
  if (v instanceof HbNum) return v.n;
  if (v instanceof HbRef) return numVal(v.get());
  return NaN;
}

const INT64_LIMIT = 9223372036854775808;

/**
 * A numeric argument as a 64-bit C integer (hb_parns/hb_parnl): truncated
 * toward zero, 0 when it is not numeric; out of range gives INT64_MIN as
 * the x86 conversion does.
 */
export function intArg(v: Value): number {
  if (typeof v === 'number') return v;
  const n = v instanceof HbNum ? v.n : numVal(v);
  if (n < INT64_LIMIT && n >= -INT64_LIMIT) return Math.trunc(n);
  return Number.isNaN(n) ? 0 : -INT64_LIMIT;
}

/** intArg, or `def` when the argument is not numeric (hb_parnsdef). */
export function intArgDef(v: Value, def: number): number {
  return isNum(v) ? intArg(v) : def;
}

/** A numeric argument as a 32-bit C int (hb_parni): the 64-bit value wrapped. */
export function int32Arg(v: Value): number {
  return intArg(v) | 0;
}

/** The argument list an error carries: none when the call passed no arguments. */
function errorArgs(args: IArguments): Value[] | undefined {
  return args.length > 1 ? argList(args) : undefined;
}

/** The substitutable BASE argument error `subCode` of `fn`, with the call's arguments. */
export function badArgs(ctx: Thread, fn: string, subCode: number, args: IArguments): Value {
  return substError(ctx, fn, EG_ARG, subCode, errorArgs(args));
}

/** A substitutable error of `fn` (e.g. EG_STROVERFLOW) with the call's arguments. */
export function badArgsGen(ctx: Thread, fn: string, genCode: number, subCode: number, args: IArguments): Value {
  return substError(ctx, fn, genCode, subCode, errorArgs(args));
}

/** A substitutable error raised by runtime-library function `fn` (it shows as FN(0)). */
export function substError(ctx: Thread, fn: string, genCode: number, subCode: number, args: Value[] | undefined): Value {
  return inNative(ctx, fn, () => rtSubst(ctx, genCode, subCode, fn, args));
}
