// Compile-time folding of numeric constant expressions, as Harbour's
// compiler folds them. It is observable: a folded result carries the width
// and decimals the compiler gives it, not what the same operation would
// give at run time (8 / 2 is the integer 4; 7 / 2 takes its decimals from
// SET DECIMALS when it is used; 2.5 + 3 has one decimal).

import type { Expr } from '../ast.js';
import { numLiteral } from '../../runtime/values/number.js';
import { HbNum } from '../../runtime/values/types.js';

/** Width or decimals decided at run time (Harbour's HB_DEFAULT_WIDTH / _DECIMALS). */
export const DEFAULT = -1;

export interface NumConst {
  long: boolean;
  v: number;
  width: number;
  dec: number;
}

const LONG_LIMIT = 2 ** 63;

function literal(text: string): NumConst {
  const v = numLiteral(text);
  if (typeof v === 'number') return { long: true, v, width: DEFAULT, dec: 0 };
  const n = v as HbNum;
  const isLong = n.dec === 0 && !text.includes('.') && Math.abs(n.n) < LONG_LIMIT;
  return { long: isLong, v: n.n, width: isLong ? DEFAULT : n.len, dec: n.dec };
}

function long(v: number): NumConst {
  return Math.abs(v) < LONG_LIMIT ? { long: true, v, width: DEFAULT, dec: 0 } : { long: false, v, width: DEFAULT, dec: 0 };
}

/** The folded value of a constant numeric expression, or null. */
export function foldNum(e: Expr): NumConst | null {
  switch (e.k) {
    case 'num':
      return literal(e.text);
    case 'neg': {
      const a = foldNum(e.e);
      if (a === null) return null;
      return { long: a.long, v: a.v === 0 ? 0 : -a.v, width: DEFAULT, dec: a.dec };
    }
    case 'list':
      return e.items.length === 1 ? foldNum(e.items[0]) : null;
    case 'bin': {
      if (!'+-*/%^'.includes(e.op)) return null;
      const a = foldNum(e.l);
      if (a === null) return null;
      const b = foldNum(e.r);
      if (b === null) return null;
      return foldBin(e.op, a, b);
    }
    default:
      return null;
  }
}

function foldBin(op: string, a: NumConst, b: NumConst): NumConst | null {
  const bothLong = a.long && b.long;
  // decimals of a mixed long/double operation: the double operand's
  const mixedDec = a.long ? b.dec : a.dec;
  switch (op) {
    case '+':
    case '-': {
      const v = op === '+' ? a.v + b.v : a.v - b.v;
      if (bothLong) return long(v);
      const dec = !a.long && !b.long ? Math.max(a.dec, b.dec) : mixedDec;
      return { long: false, v, width: DEFAULT, dec };
    }
    case '*': {
      const v = a.v * b.v;
      if (bothLong) return long(v);
      const dec = !a.long && !b.long ? addDec(a.dec, b.dec) : mixedDec;
      return { long: false, v, width: DEFAULT, dec };
    }
    case '/':
      if (b.v === 0) return null;
      if (bothLong && a.v % b.v === 0) return long(a.v / b.v);
      return { long: false, v: a.v / b.v, width: DEFAULT, dec: DEFAULT };
    case '%':
      if (b.v === 0) return null;
      if (bothLong) return long(a.v % b.v);
      return { long: false, v: a.v % b.v, width: DEFAULT, dec: DEFAULT };
    case '^':
      return { long: false, v: Math.pow(a.v, b.v), width: DEFAULT, dec: DEFAULT };
  }
  return null;
}

function addDec(a: number, b: number): number {
  return a === DEFAULT || b === DEFAULT ? DEFAULT : a + b;
}
