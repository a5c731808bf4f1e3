// The relational operators = == != < <= > >= and string comparison.
//
// Strings compare byte by byte. With `=` and the ordering operators and SET
// EXACT OFF, the comparison stops at the end of the right operand ("abc" =
// "ab" is true, "" = "x" is false); with SET EXACT ON trailing blanks are
// ignored and the lengths must match; `==` always compares exactly.
//
// When no rule applies the operator asks the operand's class (overload.ts)
// and then raises its substitutable argument error. The value an error
// handler substitutes, or an overloaded operator returns, is passed through
// unchanged, so it need not be a logical.

import type { Thread } from '../vm/thread.js';
import { HbDate, HbHash, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value } from './types.js';
import { rtSubst } from '../errors/launch.js';
import { NO_OVERLOAD, overload, type OperatorMessage } from './overload.js';
import { bigOf } from './number.js';

const EG_ARG = 1;

/**
 * Compare two strings as Harbour does: negative, 0 or positive. `exact`
 * forces a full comparison (==); otherwise SET EXACT decides.
 */
export function strCmp(ctx: Thread, a: string, b: string, exact: boolean): number {
  if (a === b) return 0;
  if (!exact && ctx.sets.exact) return cmpTrimmed(a, b);
  const la = a.length;
  const lb = b.length;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  // one is a prefix of the other: a longer left operand is equal unless exact
  if (la < lb) return -1;
  return exact && la > lb ? 1 : 0;
}

/** `=` on two strings. */
function strEq(ctx: Thread, a: string, b: string): boolean {
  return ctx.sets.exact ? a === b || cmpTrimmed(a, b) === 0 : a.startsWith(b);
}

/** SET EXACT ON: the longer operand's trailing blanks do not count. */
function cmpTrimmed(a: string, b: string): number {
  let la = a.length;
  let lb = b.length;
  while (la > lb && a.charCodeAt(la - 1) === 32) la--;
  while (lb > la && b.charCodeAt(lb - 1) === 32) lb--;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

const numValue = (v: number | HbNum): number => (typeof v === 'number' ? v : v.n);
const isDT = (v: Value): v is HbDate | HbTimestamp => v instanceof HbDate || v instanceof HbTimestamp;
const msOf = (v: HbDate | HbTimestamp): number => (v instanceof HbTimestamp ? v.ms : 0);

/** 2^53: below it every integer is exact as a double. */
const SAFE_LIMIT = 9007199254740992;

/** Ordering of numerics one of which may be a 64-bit integer: exact when both are integers. */
function longOrder(a: number | HbNum, b: number | HbNum): number {
  const x = bigOf(a);
  const y = bigOf(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  const u = numValue(a);
  const v = numValue(b);
  return u < v ? -1 : u > v ? 1 : u === v ? 0 : NaN;
}

/** The result of an operator that no rule covers: the class's overload or the error's substitute. */
function noRule(ctx: Thread, msg: OperatorMessage, subCode: number, op: string, a: Value, b: Value): boolean {
  const r = a instanceof HbObject ? overload(ctx, msg, a, b) : NO_OVERLOAD;
  return (r !== NO_OVERLOAD ? r : rtSubst(ctx, EG_ARG, subCode, op, [a, b])) as boolean;
}

/**
 * Ordering of two values of one comparable kind: negative, 0, positive
 * (NaN for a NaN number: every comparison false), or undefined when the
 * kinds do not compare. Dates against timestamps compare the days only; two
 * timestamps compare the time too.
 */
function order(ctx: Thread, a: Value, b: Value): number | undefined {
  // numerics first, in a few type tests: plain integers against numerics
  // with a width or decimals are what loop limits and comparisons meet
  // (a plain integer is below 2^53 and a 64-bit one, HbLong, beyond it: the
  // doubles order them exactly; only two values beyond 2^53 need the bigints)
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
    if (!(b instanceof HbNum)) return undefined;
    const y = b.n;
    return a < y ? -1 : a > y ? 1 : a === y ? 0 : NaN;
  }
  if (a instanceof HbNum) {
    const x = a.n;
    if (typeof b === 'number') return x < b ? -1 : x > b ? 1 : x === b ? 0 : NaN;
    if (!(b instanceof HbNum)) return undefined;
    const y = b.n;
    if (x < SAFE_LIMIT && x > -SAFE_LIMIT && y < SAFE_LIMIT && y > -SAFE_LIMIT) return x < y ? -1 : x > y ? 1 : 0;
    return longOrder(a, b);
  }
  if (typeof a === 'string') {
    return typeof b === 'string' ? strCmp(ctx, a, b, false) : undefined;
  }
  if (isDT(a)) {
    if (!isDT(b)) return undefined;
    const d = a.jd - b.jd;
    if (d !== 0 || !(a instanceof HbTimestamp && b instanceof HbTimestamp)) return d;
    return a.ms - b.ms;
  }
  if (typeof a === 'boolean') {
    return typeof b === 'boolean' ? (a === b ? 0 : a ? 1 : -1) : undefined;
  }
  return undefined;
}

/** `=` (and the equality part of `!=`): true/false, or undefined when no rule applies. */
function equalTo(ctx: Thread, a: Value, b: Value): boolean | undefined {
  if (a === undefined) return b === undefined;
  if (b === undefined) return false;
  const o = order(ctx, a, b);
  if (o !== undefined) return o === 0;
  if (a instanceof HbPointer) return b instanceof HbPointer ? a.target === b.target : undefined;
  return undefined;
}

// ---- the operators -------------------------------------------------------

/** `=` */
export function eq(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return strEq(ctx, a, b);
  const r = equalTo(ctx, a, b);
  return r !== undefined ? r : noRule(ctx, '__OPEQUAL', 1071, '=', a, b);
}

/** `!=`, `<>`, `#` */
export function ne(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return !strEq(ctx, a, b);
  const r = equalTo(ctx, a, b);
  return r !== undefined ? !r : noRule(ctx, '__OPNOTEQUAL', 1072, '<>', a, b);
}

/** `==`: exact for strings, identity for arrays, hashes, blocks and pointers. */
export function exactEq(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a === b;
    if (b instanceof HbNum) return a === b.n;
  } else if (a instanceof HbNum) {
    if (typeof b === 'number') return a.n === b;
    if (b instanceof HbNum) {
      const x = a.n;
      const y = b.n;
      if (x < SAFE_LIMIT && x > -SAFE_LIMIT && y < SAFE_LIMIT && y > -SAFE_LIMIT) return x === y;
      return longOrder(a, b) === 0;
    }
  } else if (typeof a === 'string') {
    if (typeof b === 'string') return a === b;
  }
  return exactEqOther(ctx, a, b);
}

/** `==` of the pairs exactEq does not settle itself. */
function exactEqOther(ctx: Thread, a: Value, b: Value): boolean {
  if (a === undefined) return b === undefined;
  if (b === undefined) return false;
  if (isDT(a)) {
    if (isDT(b)) return a.jd === b.jd && msOf(a) === msOf(b);
  } else if (typeof a === 'boolean') {
    if (typeof b === 'boolean') return a === b;
  } else if (a instanceof HbPointer) {
    if (b instanceof HbPointer) return a.target === b.target;
  } else if (a instanceof HbHash) {
    if (b instanceof HbHash) return a === b;
  } else if (typeof a === 'function') {
    if (typeof b === 'function') return a === b;
  } else if (a instanceof HbSymbol) {
    if (b instanceof HbSymbol) return a.sym === b.sym || a.sym.name === b.sym.name;
  } else if (Array.isArray(a) || a instanceof HbObject) {
    // objects are arrays to Harbour: identity unless the class overloads ==
    if (Array.isArray(b) || b instanceof HbObject) {
      if (a instanceof HbObject) {
        const r = overload(ctx, '__OPEXACTEQUAL', a, b);
        if (r !== NO_OVERLOAD) return r as boolean;
      }
      return a === b;
    }
  }
  return noRule(ctx, '__OPEXACTEQUAL', 1070, '==', a, b);
}

/** `<` */
export function lt(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  const o = order(ctx, a, b);
  return o !== undefined ? o < 0 : noRule(ctx, '__OPLESS', 1073, '<', a, b);
}

/** `<=` */
export function le(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  const o = order(ctx, a, b);
  return o !== undefined ? o <= 0 : noRule(ctx, '__OPLESSEQUAL', 1074, '<=', a, b);
}

/** `>` */
export function gt(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  const o = order(ctx, a, b);
  return o !== undefined ? o > 0 : noRule(ctx, '__OPGREATER', 1075, '>', a, b);
}

/** `>=` */
export function ge(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  const o = order(ctx, a, b);
  return o !== undefined ? o >= 0 : noRule(ctx, '__OPGREATEREQUAL', 1076, '>=', a, b);
}
