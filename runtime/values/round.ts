// Rounding and truncation as Harbour does them (Round(), Int()).
//
// Round half away from zero on the scaled value, after nudging it up by one
// unit in the last place so that values such as 1.005 (stored as
// 1.00499999...) round the way they read.

import type { HbNum } from './types.js';
import { INT64_LIMIT, defaultWidth, isIntLike, mkNum, pow10 } from './number.js';

/** One ulp above 1: the factor Harbour scales by before cutting the digits. */
const PREC_FACTOR = 1.0000000000000002;

/** `d` rounded to `dec` decimals (negative: to tens, hundreds, ...). */
export function numRound(d: number, dec: number): number {
  if (d === 0) return 0;
  let p: number;
  let scaled: number;
  if (dec < 0) {
    p = pow10(-dec);
    scaled = (d / p) * 10;
  } else {
    p = pow10(dec);
    scaled = d * p * 10;
  }
  scaled += d < 0 ? -5 : 5;
  scaled /= 10;
  scaled *= PREC_FACTOR;
  const whole = Math.trunc(scaled);
  return dec < 0 ? whole * p : whole / p;
}

/** `d` without its fraction (toward zero), with the same nudge as numRound. */
export function numInt(d: number): number {
  return Math.trunc(d * PREC_FACTOR);
}

/**
 * Round(v, dec): an integer with no decimals stays as it is (default
 * width); anything else becomes a number with max(dec, 0) decimals, an
 * integer when that is 0.
 */
export function hbRound(v: number | HbNum, dec: number): number | HbNum {
  dec = Math.trunc(dec) | 0;
  if (dec === 0 && isIntLike(v)) return typeof v === 'number' ? v : mkNum(v.n, 0, 0);
  const d = typeof v === 'number' ? v : v.n;
  return mkNum(numRound(d, dec), 0, dec > 0 ? dec : 0);
}

/** Int(v): integers as they are; others truncated, keeping their width. */
export function hbInt(v: number | HbNum): number | HbNum {
  if (typeof v === 'number') return v;
  // isIntLike and numLen written out
  const n = v.n;
  if (v.dec === 0 && Number.isInteger(n) && n < INT64_LIMIT && n >= -INT64_LIMIT) return v;
  return mkNum(numInt(n), v.len !== 0 ? v.len : defaultWidth(n), 0);
}
