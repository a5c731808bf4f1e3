// Numeric values: widths, decimals and the normal form.
//
// Harbour keeps integers and doubles apart and gives every numeric a width
// (the digits before the decimal point, sign included) and, for doubles, a
// number of decimals. Here:
//
//   - a JS `number` is an integer whose width is the default one for its
//     value (defaultWidth), and which formats as an exact integer;
//   - an HbNum carries its own width (`len`, 0 = the default for its value)
//     and decimals (`dec`).
//
// Normal form (what mkNum returns): a plain number exactly when the value is
// an integer, |n| < 2^63, dec is 0 and the width is the default one;
// otherwise an HbNum. Arithmetic that only sees plain numbers therefore
// stays on plain numbers and never allocates.
//
// Harbour's integer/double distinction is observable only in how Str()
// formats values of 16 or more digits (an integer prints every digit, a
// double 16 significant digits then zeros). We decide it by value: an
// integral value below 2^63 with no decimals formats as an integer,
// anything else as a double. Integers beyond 2^53 lose precision here where
// Harbour computes them exactly in 64 bits.

import { HbLong, HbNum } from './types.js';

/** 2^63: integers at or beyond it are doubles in Harbour. */
export const INT64_LIMIT = 9223372036854775808;

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** An integer value as a bigint, or null when it is not an exact integer. */
export function bigOf(v: number | HbNum): bigint | null {
  if (v instanceof HbLong) return v.big;
  const n = typeof v === 'number' ? v : v.dec === 0 ? v.n : NaN;
  return Number.isSafeInteger(n) ? BigInt(n) : null;
}

/** An exact integer result: plain when safe, HbLong within 64 bits, null past them. */
export function longOf(r: bigint): number | HbLong | null {
  if (r >= -9007199254740991n && r <= 9007199254740991n) return Number(r);
  return r >= LONG_MIN && r <= LONG_MAX ? new HbLong(r) : null;
}

/**
 * The width Harbour gives a numeric that does not carry one: 10, or 20 when
 * the value is above 9999999999 or below -999999999 (also for NaN/Infinity
 * the way the comparisons fall).
 */
export function defaultWidth(n: number): number {
  return n > 9999999999 || n < -999999999 ? 20 : 10;
}

/**
 * The width of an integer a runtime-library function returns as a C `int`
 * (hb_retni/hb_itemPutNI): 20 already above 999999999.
 */
export function int32Width(n: number): number {
  return n > 999999999 || n < -999999999 ? 20 : 10;
}

/**
 * The width of an integer literal of compiled code: 10, one more for each
 * digit from the tenth on, and 20 for literals of -1000000000 and below.
 */
export function literalIntWidth(n: number): number {
  if (n <= -1000000000) return 20;
  let w = 10;
  while (n >= 1000000000) {
    w++;
    n = Math.trunc(n / 10);
  }
  return w;
}

/**
 * The numeric in normal form (see the header): every numeric result that is
 * not known to be a plain integer goes through here. `len` 0 = default width.
 */
export function mkNum(n: number, len: number, dec: number): number | HbNum {
  if (dec === 0 && Number.isSafeInteger(n) && (len === 0 || len === defaultWidth(n))) {
    return n === 0 ? 0 : n;
  }
  return new HbNum(n, len, dec);
}

/** The width of a numeric as Harbour stores it in the item. */
export function numLen(v: number | HbNum): number {
  if (typeof v === 'number') return defaultWidth(v);
  return v.len === 0 ? defaultWidth(v.n) : v.len;
}

/** The decimals of a numeric (0 for integers). */
export function numDec(v: number | HbNum): number {
  return typeof v === 'number' ? 0 : v.dec;
}

/**
 * Whether a numeric formats as a Harbour integer: exact digits rather than
 * 16 significant ones. Plain numbers always do.
 */
export function isIntLike(v: number | HbNum): boolean {
  if (typeof v === 'number') return true;
  const n = v.n;
  return v.dec === 0 && Number.isInteger(n) && n < INT64_LIMIT && n >= -INT64_LIMIT;
}

// Powers of ten as Harbour computes them: exact table entries up to 10^15,
// reciprocals of those down to 10^-15, the correctly rounded value beyond.
const POW10: number[] = [];
for (let i = 0; i < 16; i++) POW10.push(Number('1e' + i));

export function pow10(n: number): number {
  if (n < 16) {
    if (n >= 0) return POW10[n];
    if (n > -16) return 1 / POW10[-n];
  }
  return Number('1e' + n);
}

// ---- numbers from text: literals of compiled code and Val() -------------
//
// Both scan the same way: optional blanks and sign, digits accumulated as a
// 64-bit integer (switching to a double when that would overflow), an
// optional '.' and decimal digits; the value with decimals is the integer of
// all digits divided by a power of ten. They differ in the width they give
// the result and in where they stop.

const INT64_MAX = 9223372036854775807n;
const INT64_MAX_DIV10 = INT64_MAX / 10n;
const INT64_MAX_LASTDIGIT = Number(INT64_MAX % 10n);

interface Scan {
  /** true when the value is a double (decimal point, or too large for an integer) */
  dbl: boolean;
  value: number;
  /** digits after the decimal point */
  dec: number;
  /** characters after a second '.' that ended the scan (Val's extra decimals) */
  decRest: number;
  /** leading blanks, sign and integer digits (and skipped characters before a '.') */
  width: number;
  neg: boolean;
  /** the digits of an integer past 15 of them (exact to 64 bits), else null */
  big: bigint | null;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

const scan: Scan = { dbl: false, value: 0, dec: 0, decRest: 0, width: 0, neg: false, big: null };

/**
 * Scan the number at the start of `s`; the result is overwritten by the
 * next scan. The state lives in locals (and the character tests are
 * written out) so that the loop is cheap before it is optimised too.
 */
function scanNumber(s: string, literal: boolean): Scan {
  const len = s.length;
  let pos = 0;
  let c = 0;
  // leading blanks, tabs, CRs and LFs
  while (pos < len && ((c = s.charCodeAt(pos)) === 32 || c === 9 || c === 10 || c === 13)) pos++;
  let neg = false;
  if (pos < len) {
    c = s.charCodeAt(pos);
    if (c === 45) {
      neg = true;
      pos++;
    } else if (c === 43) {
      pos++;
    }
  }
  // one scan at a time: the result object is reused
  const r = scan;
  r.neg = neg;
  r.decRest = 0;

  if (literal && pos + 1 < len && s.charCodeAt(pos) === 48 && (s.charCodeAt(pos + 1) | 32) === 120) {
    // 0x... : 64-bit two's complement, as the C shifts wrap
    let v = 0n;
    for (pos += 2; pos < len; pos++) {
      const d = hexDigit(s.charCodeAt(pos));
      if (d < 0) break;
      v = BigInt.asIntN(64, (v << 4n) + BigInt(d));
    }
    r.dbl = false;
    r.dec = 0;
    r.width = 0;
    r.big = null;
    r.value = Number(neg ? -v : v);
    return r;
  }

  // small integers accumulate in a number; past 15 digits in a bigint
  let small = 0;
  let big = 0n;
  let useBig = false;
  let dbl = false;
  let dval = 0;
  let digits = 0;
  let fdec = false;
  let dec = 0;
  let width = pos;
  for (; pos < len; pos++) {
    c = s.charCodeAt(pos);
    if (c >= 48 && c <= 57) {
      const d = c - 48;
      if (dbl) {
        dval = dval * 10 + d;
      } else if (!useBig && digits < 15) {
        small = small * 10 + d;
        if (small !== 0) digits++;
      } else {
        if (!useBig) {
          big = BigInt(small);
          useBig = true;
        }
        if (big < INT64_MAX_DIV10 || (big <= INT64_MAX_DIV10 && d <= INT64_MAX_LASTDIGIT)) {
          big = big * 10n + BigInt(d);
        } else {
          dval = Number(big) * 10 + d;
          dbl = true;
        }
      }
      if (fdec) dec++;
      else width++;
    } else if (c === 46 && !fdec) {
      fdec = true;
    } else {
      // the rest is not part of the number; Val still counts it for the width
      while (!fdec && pos < len) {
        if (s.charCodeAt(pos++) === 46) fdec = true;
        else width++;
      }
      if (fdec) r.decRest = len - pos;
      break;
    }
  }
  if (!dbl) dval = useBig ? Number(big) : small;
  if (neg) dval = -dval;
  if (dec > 0) dval /= pow10(dec);
  r.dbl = dbl || fdec;
  r.big = useBig && !r.dbl ? big : null;
  r.dec = dec;
  r.width = width;
  r.value = dval;
  return r;
}

/**
 * A numeric literal as written in source (no sign: the compiler folds a
 * minus into the negation), with the width and decimals Harbour gives it:
 * `1.50` has 2 decimals, `1234567890` width 11, `12345678901.5` width 11.
 */
export function numLiteral(text: string): number | HbNum {
  const r = scanNumber(text, true);
  if (!r.dbl) {
    if (!Number.isSafeInteger(r.value)) {
      const big = /^0x/i.test(text) ? BigInt.asIntN(64, BigInt('0x' + text.slice(2))) : BigInt(text);
      if (longOf(big) !== null) return new HbLong(big, literalIntWidth(r.value));
    }
    return mkNum(r.value, literalIntWidth(r.value), 0);
  }
  const width = r.width < 10 || r.neg ? defaultWidth(r.value) : r.width + (r.dec === 0 ? 1 : 0);
  return mkNum(r.value, width, r.dec);
}

/**
 * Val(): the number at the start of `s`. The result is as wide as the
 * string (integers) or as its integer part (with decimals), and has as many
 * decimals as written.
 */
export function valOf(s: string): number | HbNum {
  const r = scanNumber(s, false);
  const dec = r.dec + r.decRest;
  return valNum(r, valWidth(r, s.length, dec), dec);
}

/** The width Val() gives the scanned number of a string `len` long with `dec` decimals written. */
function valWidth(r: Scan, len: number, dec: number): number {
  if (r.width > 10) return defaultWidth(r.value);
  if (dec === 0) return len;
  if (r.width === 0) return 1;
  if (r.neg && r.width === 1 && r.value !== 0) return 2;
  return r.width;
}

function valNum(r: Scan, width: number, dec: number): number | HbNum {
  if (width >= 255) {
    // the default width: of a C int for integers in its range
    const v = r.value;
    width = !r.dbl && v <= 2147483647 && v >= -2147483648 ? int32Width(v) : defaultWidth(v);
  }
  // an integer past 2^53 keeps its exact 64-bit value
  if (r.big !== null && !Number.isSafeInteger(r.value)) return new HbLong(r.neg ? -r.big : r.big, width);
  return mkNum(r.value, width, r.dbl ? dec : 0);
}

/**
 * hb_Val( cText, [nLen] ): Val() with the result as wide as the text (or
 * `len`) is, less its decimals, when that is wider; a narrower `len` drops
 * leading blanks from the width.
 */
export function hbValOf(s: string, len = s.length): number | HbNum {
  const r = scanNumber(s, false);
  const dec = r.dec + r.decRest;
  let width = valWidth(r, s.length, dec);
  if (r.dbl && dec > 0) len -= dec + 1;
  if (len > width) {
    width = len;
  } else if (len > 0) {
    for (let i = 0; width > len && s.charCodeAt(i) === 32; i++) width--;
  }
  return valNum(r, width, dec);
}
