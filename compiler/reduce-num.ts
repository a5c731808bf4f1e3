// Numeric constants as the compiler folds them. Folding is observable: a
// folded result carries the width and decimals the compiler gives it, not
// what the same operation would give at run time (8 / 2 is the integer 4;
// 7 / 2 takes its decimals from SET DECIMALS where it is used; 2.5 + 3 has
// one decimal). Integers ("longs") and doubles follow different rules.

import type { Expr } from './ast.js';
import { numLiteral } from '../runtime/values/number.js';
import { HbLong, type HbNum } from '../runtime/values/types.js';

/** Width or decimals decided at run time (Harbour's HB_DEFAULT_WIDTH / _DECIMALS). */
export const DEFAULT = -1;

export interface NumConst {
  long: boolean;
  v: number;
  width: number;
  dec: number;
}

/** The AST node of a folded numeric constant. */
export type NumNode = Extract<Expr, { k: 'numc' }>;

const LONG_MIN = -(2 ** 63);
const LONG_END = 2 ** 63;

export const inLongRange = (v: number): boolean => v >= LONG_MIN && v < LONG_END;

/** A numeric literal as the lexer reads it. */
export function literal(text: string): NumConst {
  const v = numLiteral(text);
  if (typeof v === 'number' || v instanceof HbLong) return { long: true, v: typeof v === 'number' ? v : v.n, width: DEFAULT, dec: 0 };
  const n = v as HbNum;
  const isLong = n.dec === 0 && !text.includes('.') && inLongRange(n.n);
  return { long: isLong, v: n.n, width: isLong ? DEFAULT : n.len, dec: n.dec };
}

export function longConst(v: number): NumConst {
  return { long: true, v, width: DEFAULT, dec: 0 };
}

/** An integer result: a double once it leaves the 64-bit range. */
function longOrDouble(v: number): NumConst {
  return inLongRange(v) ? longConst(v) : { long: false, v, width: DEFAULT, dec: 0 };
}

export function numNode(c: NumConst): NumNode {
  return { k: 'numc', long: c.long, v: c.v, width: c.width, dec: c.dec };
}

/**
 * The numeric constant an expression is, or null. Integers past 2^53 are
 * not folded (a double cannot hold them; the run time computes them exactly).
 */
export function numOf(e: Expr): NumConst | null {
  if (e.k === 'num') {
    const c = literal(e.text);
    return c.long && !Number.isSafeInteger(c.v) ? null : c;
  }
  if (e.k === 'numc') return e;
  return null;
}

/** A folded result, or null when it is an integer a double cannot hold exactly. */
export function exact(c: NumConst | null): NumConst | null {
  return c !== null && c.long && !Number.isSafeInteger(c.v) ? null : c;
}

/** Decimals of a mixed integer/double operation: the double operand's. */
const mixedDec = (a: NumConst, b: NumConst): number => (a.long ? b.dec : a.dec);

export function addNum(a: NumConst, b: NumConst, sub: boolean): NumConst {
  const v = sub ? a.v - b.v : a.v + b.v;
  if (a.long && b.long) return longOrDouble(v);
  const dec = !a.long && !b.long ? Math.max(a.dec, b.dec) : mixedDec(a, b);
  return { long: false, v, width: DEFAULT, dec };
}

export function mulNum(a: NumConst, b: NumConst): NumConst {
  const v = a.v * b.v;
  if (a.long && b.long) return longOrDouble(v);
  // the sum of the decimals; one of them at the run-time default makes it that
  const dec = !a.long && !b.long ? (a.dec === DEFAULT || b.dec === DEFAULT ? DEFAULT : a.dec + b.dec) : mixedDec(a, b);
  return { long: false, v, width: DEFAULT, dec };
}

/** Division; null for a zero divisor (left to run time). */
export function divNum(a: NumConst, b: NumConst): NumConst | null {
  if (b.v === 0) return null;
  if (a.long && b.long && a.v % b.v === 0) return longConst(a.v / b.v);
  return { long: false, v: a.v / b.v, width: DEFAULT, dec: DEFAULT };
}

/** Modulus; doubles only with Harbour extensions; null when not folded. */
export function modNum(a: NumConst, b: NumConst, harbour: boolean): NumConst | null {
  if (b.v === 0) return null;
  if (a.long && b.long) return longConst(a.v % b.v);
  if (!harbour) return null;
  return { long: false, v: a.v % b.v, width: DEFAULT, dec: DEFAULT };
}

export function powNum(a: NumConst, b: NumConst): NumConst {
  return { long: false, v: Math.pow(a.v, b.v), width: DEFAULT, dec: DEFAULT };
}

export function negNum(a: NumConst): NumConst {
  // -(-2^63) does not fit a 64-bit integer
  if (a.long && a.v !== LONG_MIN) return longConst(a.v === 0 ? 0 : -a.v);
  return { long: false, v: -a.v, width: DEFAULT, dec: a.long ? 0 : a.dec };
}

/** -1, 0 or 1 comparing two numeric constants. */
export function cmpNum(a: NumConst, b: NumConst): number {
  return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
}

/** A numeric constant as C's conversion of a double to a 64-bit integer makes it. */
export function asInt64(c: NumConst): bigint {
  if (c.long) return BigInt(c.v);
  const t = Math.trunc(c.v);
  return Number.isFinite(t) && inLongRange(t) ? BigInt(t) : -(2n ** 63n);
}

/** Truncation of a double to a C int (through a 64-bit integer). */
export function asInt32(c: NumConst): number {
  return Number(BigInt.asIntN(32, asInt64(c)));
}
