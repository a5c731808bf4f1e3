// The operators compiled code calls: arithmetic, $, the logical checks,
// and (re-exported from compare.ts) the relational operators.
//
// Each follows Harbour's cascade: plain integers first (no allocation),
// then other numerics, strings, dates and timestamps, then the operand's
// class (overload.ts), and finally a substitutable argument error whose
// substitute becomes the result.
//
// Widths and decimals of results: + and - keep the larger number of
// decimals, * adds them, / % ^ give SET DECIMALS; the width is the default
// one for the result. Integers are exact to 64 bits (HbLong past 2^53); a
// result beyond 2^63 becomes a double.
//
// Harbour compiles `x += n`, `x -= n` and `x := x + n` (x a local, n an
// integer constant) to an addition of +n or -n: call plus(ctx, x, +-n) for
// these, so that an error reports "+" and the negated constant as Harbour's.

import type { Thread } from '../vm/thread.js';
import {
  HbDate, HbHash, HbLong, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value,
} from './types.js';
import { rtSubst, launch, makeError } from '../errors/launch.js';
import { EF_NONE } from '../errors/error.js';
import { INT64_LIMIT, bigOf, isIntLike, longOf, mkNum } from './number.js';
import { NO_OVERLOAD, overload, type OperatorMessage } from './overload.js';
import { packDT, tsAddDays, tsPut } from './timestamp.js';
import { hashFind } from '../hash.js';

export { eq, exactEq, ne, lt, le, gt, ge } from './compare.js';

const EG_ARG = 1;
const EG_ZERODIV = 5;

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const isDT = (v: Value): v is HbDate | HbTimestamp => v instanceof HbDate || v instanceof HbTimestamp;
const msOf = (v: HbDate | HbTimestamp): number => (v instanceof HbTimestamp ? v.ms : 0);
const valueOf = (v: number | HbNum): number => (typeof v === 'number' ? v : v.n);
const decOf = (v: number | HbNum): number => (typeof v === 'number' ? 0 : v.dec);
/** C's conversion of a numeric to a long: toward zero. */
const toLong = (v: number | HbNum): number => Math.trunc(valueOf(v));

/** The overload of a binary operator, or its substitutable error. */
function noRule(ctx: Thread, msg: OperatorMessage, genCode: number, subCode: number, op: string, a: Value, b: Value): Value {
  if (a instanceof HbObject) {
    const r = overload(ctx, msg, a, b);
    if (r !== NO_OVERLOAD) return r;
  }
  return rtSubst(ctx, genCode, subCode, op, [a, b]);
}

/** Plain numbers hold integers up to 2^53 exactly; larger ones are HbLong. */
const SAFE = 9007199254740991;

/**
 * + - * of two integers in 64 bits: exact, or `overflow` (a double) past
 * them. Null when an operand is not an exact integer.
 */
function longArith(a: number | HbNum, b: number | HbNum, op: '+' | '-' | '*'): number | HbLong | null {
  const x = bigOf(a);
  const y = bigOf(b);
  if (x === null || y === null) return null;
  return longOf(op === '+' ? x + y : op === '-' ? x - y : x * y);
}

/** An integer result of plain operands that left the safe range. */
function wideResult(a: number, b: number, op: '+' | '-'): number | HbNum {
  return longArith(a, b, op) ?? new HbNum(op === '+' ? a + b : a - b, 0, 0);
}

/** A unary step of a plain integer. */
function intResult(r: number): number | HbNum {
  return r <= SAFE && r >= -SAFE ? r : (longOf(BigInt(r)) ?? new HbNum(r, 0, 0));
}

// ---- + - * / % ^ ---------------------------------------------------------
//
// Each operator checks the pairs that loops meet most (plain integers,
// numerics with decimals, a date and a number) in a few type tests with no
// helper calls, and leaves the rest to a separate function: the hot part
// stays small, so it is compiled early and is not thrown away when a rare
// pair turns up.

export function plus(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    return r <= SAFE && r >= -SAFE ? r : wideResult(a, b, '+');
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return plusSlow(ctx, a, b);
}

/**
 * The sum or difference `r` of numerics without decimals `x` and `y` (one
 * of them, `a` or `b`, an HbNum): a plain integer when exact, else exact
 * to 64 bits when the operands are integers, else the double. (An HbLong
 * is beyond 2^53: operands within it are exact doubles.)
 */
function wholeSum(r: number, x: number, y: number, a: number | HbNum, b: number | HbNum, sub: boolean): number | HbNum {
  if (r <= SAFE && r >= -SAFE && x <= SAFE && x >= -SAFE && y <= SAFE && y >= -SAFE && Number.isInteger(r)) return r + 0;
  return longArith(a, b, sub ? '-' : '+') ?? mkNum(r, 0, 0);
}

function plusSlow(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number') {
    if (b instanceof HbNum) return b.dec !== 0 ? new HbNum(a + b.n, 0, b.dec) : wholeSum(a + b.n, a, b.n, a, b, false);
  } else if (a instanceof HbNum) {
    if (typeof b === 'number') return a.dec !== 0 ? new HbNum(a.n + b, 0, a.dec) : wholeSum(a.n + b, a.n, b, a, b, false);
    if (b instanceof HbNum) {
      const dec = a.dec > b.dec ? a.dec : b.dec;
      return dec !== 0 ? new HbNum(a.n + b.n, 0, dec) : wholeSum(a.n + b.n, a.n, b.n, a, b, false);
    }
  } else if (a instanceof HbDate) {
    // a date moves by the whole days of a number
    if (typeof b === 'number') return new HbDate(a.jd + Math.trunc(b));
    if (b instanceof HbNum) return new HbDate(a.jd + Math.trunc(b.n));
  }
  return plusOther(ctx, a, b);
}

/** + of the remaining pairs: timestamps, number + date, date + date; else the overload or error. */
function plusOther(ctx: Thread, a: Value, b: Value): Value {
  if (isNum(a)) {
    if (b instanceof HbTimestamp) return addDays(b, a);
    if (b instanceof HbDate) return new HbDate(toLong(a) + b.jd);
  } else if (isDT(a)) {
    if (isDT(b)) {
      // date + date adds the day numbers, as Clipper does
      if (a instanceof HbTimestamp || b instanceof HbTimestamp) return tsPut(a.jd + b.jd, msOf(a) + msOf(b));
      return new HbDate(a.jd + b.jd);
    }
    if (isNum(b)) return a instanceof HbTimestamp ? addDays(a, b) : new HbDate(a.jd + toLong(b));
  }
  return noRule(ctx, '__OPPLUS', EG_ARG, 1081, '+', a, b);
}

/**
 * A timestamp plus days: an integer keeps the time; a number with decimals
 * (a double, even with a whole value) goes through milliseconds, rounded.
 */
function addDays(t: HbTimestamp, n: number | HbNum): HbTimestamp {
  const d = valueOf(n);
  return isWholeDays(n, d) ? tsPut(t.jd + d, t.ms) : tsAddDays(t, d);
}

const isWholeDays = (n: number | HbNum, d: number): boolean =>
  (typeof n === 'number' || n.dec === 0) && Number.isInteger(d);

export function minus(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    return r <= SAFE && r >= -SAFE ? r : wideResult(a, b, '-');
  }
  return minusSlow(ctx, a, b);
}

function minusSlow(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number') {
    if (b instanceof HbNum) return b.dec !== 0 ? new HbNum(a - b.n, 0, b.dec) : wholeSum(a - b.n, a, b.n, a, b, true);
  } else if (a instanceof HbNum) {
    if (typeof b === 'number') return a.dec !== 0 ? new HbNum(a.n - b, 0, a.dec) : wholeSum(a.n - b, a.n, b, a, b, true);
    if (b instanceof HbNum) {
      const dec = a.dec > b.dec ? a.dec : b.dec;
      return dec !== 0 ? new HbNum(a.n - b.n, 0, dec) : wholeSum(a.n - b.n, a.n, b.n, a, b, true);
    }
  } else if (a instanceof HbDate) {
    // days between two dates; a date moved back by the whole days of a number
    if (b instanceof HbDate) return a.jd - b.jd;
    if (typeof b === 'number') return new HbDate(a.jd - Math.trunc(b));
    if (b instanceof HbNum) return new HbDate(a.jd - Math.trunc(b.n));
  }
  return minusOther(ctx, a, b);
}

/** - of the remaining pairs: timestamps, strings; else the overload or error. */
function minusOther(ctx: Thread, a: Value, b: Value): Value {
  if (isDT(a)) {
    if (isDT(b)) {
      // days between, with the time difference as a fraction (6 decimals)
      const days = a.jd - b.jd;
      const ms = msOf(a) - msOf(b);
      return ms !== 0 ? mkNum(packDT(days, ms), 0, 6) : days;
    }
    if (isNum(b)) {
      if (a instanceof HbTimestamp) {
        const d = valueOf(b);
        return isWholeDays(b, d) ? tsPut(a.jd - d, a.ms) : tsAddDays(a, -d);
      }
      return new HbDate(a.jd - toLong(b));
    }
  } else if (typeof a === 'string') {
    if (typeof b === 'string') return stringMinus(a, b);
  }
  return noRule(ctx, '__OPMINUS', EG_ARG, 1082, '-', a, b);
}

/** "abc  " - "def" = "abcdef  ": the left operand's trailing blanks move to the end. */
function stringMinus(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  let n = a.length;
  while (n > 0 && a.charCodeAt(n - 1) === 32) n--;
  return n === a.length ? a + b : a.slice(0, n) + b + ' '.repeat(a.length - n);
}

// Results with decimals that are small integers (7 % 3 is 1.00 under SET
// DECIMALS 2) come from a table: numerics are immutable, so one item serves
// every use, and the common loops allocate nothing.
// The rows are allocated whole (filled, so their elements stay in fast mode).
const DEC_INT_SPAN = 32768;
const decInts: Array<Array<HbNum | undefined>> = [];

/** A result with `dec` decimals (dec > 0); fused arithmetic (compiler/codegen/numfuse.ts) makes its results here too. */
export function decNum(r: number, dec: number): HbNum {
  if (r >= -DEC_INT_SPAN && r < DEC_INT_SPAN && dec < 16 && Number.isInteger(r)) {
    const row = decInts[dec] ?? (decInts[dec] = new Array<HbNum | undefined>(2 * DEC_INT_SPAN).fill(undefined));
    const i = r + DEC_INT_SPAN;
    // `| 0`: a small integer even when `r` was computed as a double (and no -0),
    // so that the item compares as fast as a plain integer
    return row[i] ?? (row[i] = new HbNum(r | 0, 0, dec));
  }
  return new HbNum(r, 0, dec);
}

export function mult(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = a * b;
      return r <= SAFE && r >= -SAFE ? r : wideProduct(ctx, a, b, r);
    }
    if (b instanceof HbNum && b.dec !== 0) return new HbNum(a * b.n, 0, b.dec);
  } else if (a instanceof HbNum && a.dec !== 0) {
    if (typeof b === 'number') return new HbNum(a.n * b, 0, a.dec);
    if (b instanceof HbNum) return new HbNum(a.n * b.n, 0, a.dec + b.dec);
  }
  return multSlow(ctx, a, b);
}

/** * of numerics without decimals one of which is an HbNum; else the overload or error. */
function multSlow(ctx: Thread, a: Value, b: Value): Value {
  if (isNum(a) && isNum(b)) {
    const x = valueOf(a);
    const y = valueOf(b);
    const r = x * y;
    const dec = decOf(a) + decOf(b);
    // a double operand gives a double with the decimals of both
    if (dec !== 0 || !isIntItem(a) || !isIntItem(b)) return mkNum(r, 0, dec);
    return r <= SAFE && r >= -SAFE ? r + 0 : wideProduct(ctx, x, y, r);
  }
  return noRule(ctx, '__OPMULT', EG_ARG, 1083, '*', a, b);
}

/** Whether a numeric is an integer to Harbour (a 64-bit one included) rather than a double. */
function isIntItem(v: number | HbNum): boolean {
  return v instanceof HbLong || isIntLike(v);
}

/**
 * The product `r` of two integers past 2^53, as Harbour makes it: two
 * 32-bit integers multiply exactly in 64 bits; others go through the
 * double product, an integer while that fits in 64 bits, past them a
 * double with SET DECIMALS places.
 */
function wideProduct(ctx: Thread, x: number, y: number, r: number): number | HbNum {
  if ((x | 0) === x && (y | 0) === y) return longOf(BigInt(x) * BigInt(y)) as HbLong;
  return r >= -INT64_LIMIT && r < INT64_LIMIT ? (longOf(BigInt(r)) as HbLong) : mkNum(r, 0, ctx.sets.decimals);
}

export function div(ctx: Thread, a: Value, b: Value): Value {
  const x = typeof a === 'number' ? a : a instanceof HbNum ? a.n : undefined;
  const y = typeof b === 'number' ? b : b instanceof HbNum ? b.n : undefined;
  if (x === undefined || y === undefined) return noRule(ctx, '__OPDIVIDE', EG_ARG, 1084, '/', a, b);
  if (y === 0) return rtSubst(ctx, EG_ZERODIV, 1340, '/', [a, b]);
  const r = x / y;
  const dec = ctx.sets.decimals;
  if (dec === 0) return mkNum(r, 0, 0);
  // a fraction is a new item; a whole result may come from the table
  return Number.isInteger(r) ? decNum(r, dec) : new HbNum(r, 0, dec);
}

/** `%`: the sign follows the dividend (C's % and fmod); the result has SET DECIMALS places. */
export function mod(ctx: Thread, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const dec = ctx.sets.decimals;
    // two 32-bit operands take their own % (V8 then uses integer division, not fmod)
    const r = ((a | 0) === a && (b | 0) === b ? a % b : a % b) + 0;
    return dec === 0 ? r : decNum(r, dec);
  }
  return modSlow(ctx, a, b);
}

function modSlow(ctx: Thread, a: Value, b: Value): Value {
  if (isNum(a) && isNum(b)) {
    const y = valueOf(b);
    if (y === 0) return rtSubst(ctx, EG_ZERODIV, 1341, '%', [a, b]);
    const dec = ctx.sets.decimals;
    if (a instanceof HbLong || b instanceof HbLong) {
      const x = bigOf(a);
      const z = bigOf(b);
      if (x !== null && z !== null) return dec === 0 ? longOf(x % z)! : new HbNum(Number(x % z), 0, dec);
    }
    return mkNum(valueOf(a) % y + 0, 0, dec);
  }
  return noRule(ctx, '__OPMOD', EG_ARG, 1085, '%', a, b);
}

export function power(ctx: Thread, a: Value, b: Value): Value {
  if (isNum(a) && isNum(b)) return mkNum(Math.pow(valueOf(a), valueOf(b)), 0, ctx.sets.decimals);
  return noRule(ctx, '__OPPOWER', EG_ARG, 1088, '^', a, b);
}

// ---- unary ---------------------------------------------------------------

/** Unary minus: the width goes back to the default (Clipper does the same). */
export function negate(ctx: Thread, a: Value): Value {
  if (typeof a === 'number') return intResult(0 - a);
  if (a instanceof HbLong) return longOf(-a.big) ?? new HbNum(-a.n, 0, 0);
  if (a instanceof HbNum) return mkNum(-a.n, 0, a.dec);
  return rtSubst(ctx, EG_ARG, 1080, '-', [a]);
}

/** `++`: numbers, and dates and timestamps by one day. */
export function inc(ctx: Thread, a: Value): Value {
  if (typeof a === 'number') return intResult(a + 1);
  return step(ctx, a, 1, '__OPINC', 1086, '++');
}

/** `--` */
export function dec(ctx: Thread, a: Value): Value {
  if (typeof a === 'number') return intResult(a - 1);
  return step(ctx, a, -1, '__OPDEC', 1087, '--');
}

function step(ctx: Thread, a: Value, by: number, msg: OperatorMessage, subCode: number, op: string): Value {
  if (a instanceof HbLong) return longOf(a.big + BigInt(by)) ?? new HbNum(a.n + by, 0, 0);
  if (a instanceof HbNum) return mkNum(a.n + by, 0, a.dec);
  if (a instanceof HbDate) return new HbDate(a.jd + by);
  if (a instanceof HbTimestamp) return new HbTimestamp(a.jd + by, a.ms);
  if (a instanceof HbObject) {
    const r = overload(ctx, msg, a);
    if (r !== NO_OVERLOAD) return r;
  }
  return rtSubst(ctx, EG_ARG, subCode, op, [a]);
}

// ---- $ -------------------------------------------------------------------

/**
 * `a $ b`: substring test (an empty `a` is never contained), or key
 * lookup in a hash (a one-pair hash `a` also matches the value).
 * The result of an error handler's substitute is passed through.
 */
export function contains(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.length > 0 && b.includes(a);
  if (b instanceof HbHash && (isHashKey(a) || (a instanceof HbHash && a.keys.length === 1))) {
    return hashHas(b, a);
  }
  if (b instanceof HbObject) {
    const r = overload(ctx, '__OPINCLUDE', b, a);
    if (r !== NO_OVERLOAD) return r as boolean;
  }
  if (a instanceof HbObject) {
    const r = overload(ctx, '__OPINSTRING', a, b);
    if (r !== NO_OVERLOAD) return r as boolean;
  }
  return rtSubst(ctx, EG_ARG, 1109, '$', [a, b]) as boolean;
}

function isHashKey(v: Value): boolean {
  return typeof v === 'string' || isNum(v) || isDT(v) || v instanceof HbPointer;
}

/** Whether hash `h` has key `k` (or, for a one-pair hash `k`, that pair). */
function hashHas(h: HbHash, k: Value): boolean {
  if (!(k instanceof HbHash)) return hashFind(h, k) >= 0;
  const i = hashFind(h, k.keys[0]);
  return i >= 0 && itemEqual(h.values[i], k.values[0]);
}

/** Harbour's item equality for the value of a one-pair hash: same type and value. */
function itemEqual(x: Value, y: Value): boolean {
  if (isNum(x)) return isNum(y) && valueOf(x) === valueOf(y);
  if (isDT(x)) return isDT(y) && x.jd === y.jd && msOf(x) === msOf(y);
  if (x instanceof HbPointer) return y instanceof HbPointer && x.target === y.target;
  if (x instanceof HbSymbol) return y instanceof HbSymbol && x.sym.name === y.sym.name;
  return x === y;
}

// ---- logical -------------------------------------------------------------

/** `!` / `.NOT.` */
export function not(ctx: Thread, a: Value): boolean {
  if (typeof a === 'boolean') return !a;
  if (a instanceof HbObject) {
    const r = overload(ctx, '__OPNOT', a);
    if (r !== NO_OVERLOAD) return r as boolean;
  }
  return rtSubst(ctx, EG_ARG, 1077, '.NOT.', [a]) as boolean;
}

/**
 * The condition of IF, WHILE, iif(), FOR ... and the left operand of
 * .AND./.OR.: a logical, or error BASE/1066 "conditional", which is not
 * substitutable (the error handler has to break out).
 */
export function cond(ctx: Thread, v: Value): boolean {
  if (typeof v === 'boolean') return v;
  return conditionError(ctx, v);
}

/**
 * The left operand of `a .AND. b` / `a .OR. b`. Harbour evaluates these
 * with shortcuts: the left operand is checked as a condition (BASE/1066,
 * whatever the operator), the right operand is not checked at all and is
 * the result when it is evaluated: compile `a .AND. b` as
 * `logical(ctx, a, '.AND.') ? b : false` and `a .OR. b` as
 * `logical(ctx, a, '.OR.') ? true : b`.
 */
export function logical(ctx: Thread, v: Value, _op: '.AND.' | '.OR.'): boolean {
  if (typeof v === 'boolean') return v;
  return conditionError(ctx, v);
}

function conditionError(ctx: Thread, v: Value): boolean {
  launch(ctx, makeError(ctx, { genCode: EG_ARG, subCode: 1066, operation: 'conditional', args: [v], flags: EF_NONE }));
  return false;
}
