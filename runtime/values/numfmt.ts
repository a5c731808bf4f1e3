// Numbers to text: Str(), StrZero(), hb_ntos() and the text ? prints.
//
// A numeric is laid out in a field of `size` characters with `dec`
// decimals, right-aligned; a value that does not fit gives asterisks.
// Integers print exactly. Doubles print as Harbour's formatter does: digits
// are peeled off with floating-point divisions, only 16 significant digits
// are kept (the rest become zeros) and the cut is rounded half up, with a
// correction for values such as 8.995 that are stored as 8.99499999...

import type { Thread } from '../vm/thread.js';
import { HbLong, type HbNum } from './types.js';
import { INT64_LIMIT, numDec, numLen } from './number.js';

const PRECISION = 16;
const CH_0 = 48;
const CH_5 = 53;
const CH_9 = 57;
const CH_SPACE = 32;
const CH_MINUS = 45;
const CH_DOT = 46;

/** `size` asterisks: the text of a value that does not fit. */
function stars(size: number): string {
  return '*'.repeat(size);
}

// runs of blanks and zeros for padding, made once
const BLANKS: string[] = [];
const ZEROS: string[] = [];
for (let i = 0; i <= 64; i++) {
  BLANKS.push(' '.repeat(i));
  ZEROS.push('0'.repeat(i));
}

/** `n` blanks. */
export function blanks(n: number): string {
  return n <= 64 ? BLANKS[n] : ' '.repeat(n);
}

/** `n` zeros. */
function zeros(n: number): string {
  return n <= 64 ? ZEROS[n] : '0'.repeat(n);
}

/**
 * Unsigned `text` with its sign right-aligned in `size` characters: blanks
 * before the sign, or (StrZero) the sign first and zeros after it.
 */
function field(neg: boolean, text: string, size: number, zero: boolean): string {
  const pad = size - text.length - (neg ? 1 : 0);
  if (pad < 0) return stars(size);
  if (zero) {
    if (pad === 0) return neg ? '-' + text : text;
    return neg ? '-' + zeros(pad) + text : zeros(pad) + text;
  }
  if (pad === 0) return neg ? '-' + text : text;
  return neg ? blanks(pad) + '-' + text : blanks(pad) + text;
}

/** An integer in a field of `size` characters, `dec` zero decimals after it. */
function formatInt(n: number, size: number, dec: number, zero: boolean): string {
  if (!Number.isSafeInteger(n)) {
    if (!Number.isFinite(n)) return stars(size);
    return formatDigits(n < 0, BigInt(n < 0 ? -n : n).toString(), size, dec, zero);
  }
  // formatDigits and field() written out: this is Str() of every integer
  const neg = n < 0;
  const digits = String(neg ? -n : n);
  const room = dec > 0 ? size - dec - 1 : size;
  const pad = room - digits.length - (neg ? 1 : 0);
  if (room <= 0 || pad < 0) return stars(size);
  let s: string;
  if (pad === 0) s = neg ? '-' + digits : digits;
  else if (zero) s = neg ? '-' + zeros(pad) + digits : zeros(pad) + digits;
  else s = neg ? blanks(pad) + '-' + digits : blanks(pad) + digits;
  return dec > 0 ? s + '.' + zeros(dec) : s;
}

/** The digits of an integer (and its sign) in a field of `size` characters. */
function formatDigits(neg: boolean, digits: string, size: number, dec: number, zero: boolean): string {
  const room = dec > 0 ? size - dec - 1 : size;
  if (room <= 0 || digits.length + (neg ? 1 : 0) > room) return stars(size);
  const s = field(neg, digits, room, zero);
  return dec > 0 ? s + '.' + zeros(dec) : s;
}

/** The integer part of a double (what C's modf splits off). */
function intPart(x: number): number {
  return Math.trunc(x);
}

// the character codes of the field being built (reused: no allocation per call)
let buffer = new Uint8Array(64);

function scratch(size: number): Uint8Array {
  if (buffer.length < size) buffer = new Uint8Array(size * 2);
  buffer.fill(CH_0, 0, size);
  return buffer;
}

/**
 * Whether the digits after the cut round the last kept one up: the next
 * digit is 5 or more, or it is a 4 followed by nines up to the precision
 * (`-zeros` more digits), which is how 8.995 stored as 8.99499... still
 * rounds up. `frac` is the fraction left after the kept digits.
 */
function roundsUp(frac: number, zeros: number): number {
  frac *= 10;
  let next = intPart(frac);
  frac -= next;
  let digit = intPart(next + 0.01);
  if (digit === 4 && zeros < 0) {
    let k = -zeros;
    for (; k > 0; --k) {
      frac *= 10;
      next = intPart(frac);
      frac -= next;
      if (next + 0.01 < 9 && (k !== 1 || next < 2)) break;
    }
    if (k === 0) digit = 5;
  }
  return digit >= 5 ? 1 : 0;
}

const POW10_INT = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000];

/**
 * The same layout for values below 1e9 with at most 7 decimals, where every
 * kept digit is exact and none falls beyond the precision: the digits are
 * collected as integers and printed once. Everything here is below 2^31,
 * so `| 0` truncates. (Str() of most numbers with decimals comes here: the
 * helpers are written out, so that it runs as one function.)
 */
function formatSmallDouble(d: number, size: number, dec: number, zero: boolean): string {
  const neg = d < 0;
  const abs = neg ? -d : d;
  let whole = abs | 0;
  let frac = abs - whole;
  let decimals = 0;
  let firstDec = -1;
  for (let k = 0; k < dec; k++) {
    frac *= 10;
    const digit = frac | 0;
    frac -= digit;
    decimals = decimals * 10 + digit;
    if (firstDec < 0 && digit !== 0) firstDec = k;
  }
  const area = dec > 0 ? size - dec - 1 : size;
  let first: number;
  if (whole > 0) {
    // less the number of digits of the integer part (below 10^9)
    if (whole < 100000) first = area - (whole < 10 ? 1 : whole < 100 ? 2 : whole < 1000 ? 3 : whole < 10000 ? 4 : 5);
    else first = area - (whole < 1000000 ? 6 : whole < 10000000 ? 7 : whole < 100000000 ? 8 : 9);
  } else {
    first = firstDec >= 0 ? area + firstDec : -1;
  }
  const cut = first < 0 ? 0 : size - first - PRECISION - (dec > 0 ? 1 : 0);
  // the next digit rounds; a 4 only when nines follow it up to the precision
  const next = (frac * 10) | 0;
  if ((next >= 5 || (next === 4 && cut < 0 && roundsUp(frac, cut) > 0)) && ++decimals === POW10_INT[dec]) {
    decimals = 0;
    whole++;
  }
  let s = String(whole);
  if (dec > 0) {
    const t = String(decimals);
    s = s + '.' + (t.length < dec ? ZEROS[dec - t.length] + t : t);
  }
  // the field: blanks (or zeros after the sign) before the text
  const sign = neg && (whole > 0 || decimals > 0);
  const pad = size - s.length - (sign ? 1 : 0);
  if (pad <= 0) return pad === 0 ? (sign ? '-' + s : s) : stars(size);
  if (zero) return sign ? '-' + zeros(pad) + s : zeros(pad) + s;
  const fill = pad <= 64 ? BLANKS[pad] : blanks(pad);
  return sign ? fill + '-' + s : fill + s;
}

/** A double in a field of `size` characters with `dec` decimals (formatNum takes the small ones elsewhere). */
function formatDouble(d: number, size: number, dec: number, zero: boolean): string {
  if (!Number.isFinite(d)) return stars(size);
  const dot = dec > 0 ? size - dec - 1 : 0;
  const buf = scratch(size);
  const neg = d < 0;
  const abs = neg ? -d : d;
  let whole = intPart(abs);
  let frac = abs - whole;
  // position of the first significant digit, -1 while none is seen
  let first = -1;
  let pos = dec > 0 ? dot : size;

  // integer digits, right to left
  while (pos-- > 0) {
    const q = whole / 10 + 0.01;
    whole = intPart(q);
    buf[pos] = CH_0 + intPart((q - whole) * 10 + 0.01);
    if (buf[pos] !== CH_0) first = pos;
    if (whole < 1) break;
  }
  if (pos < 0) return stars(size);
  buf.fill(CH_SPACE, 0, pos);

  // decimals, left to right, until the precision is used up
  if (dec > 0) {
    for (let i = dot + 1; i < size; i++) {
      frac *= 10;
      const digit = intPart(frac);
      frac -= digit;
      buf[i] = CH_0 + intPart(digit + 0.01);
      if (first < 0) {
        if (buf[i] !== CH_0) first = i - 1;
      } else if (i - first >= PRECISION) {
        break;
      }
    }
  }

  // digits beyond the precision become zeros; round at the cut
  let cut = first < 0 ? 0 : size - first - PRECISION - (dec > 0 ? 1 : 0);
  let carry = roundsUp(frac, cut);

  pos = size;
  while (pos-- > 0) {
    if (dec > 0 && pos === dot) continue;
    if (cut > 0) {
      if (dec === 0 || pos <= dot + 1) carry = buf[pos] >= CH_5 ? 1 : 0;
      buf[pos] = CH_0;
      --cut;
    } else if (carry > 0) {
      const c = buf[pos];
      if (c === CH_9) {
        buf[pos] = CH_0;
      } else {
        if (c < CH_0) {
          buf[pos] = CH_0 + 1;
          first = pos;
        } else {
          buf[pos] = c + 1;
          if (first < 0) first = pos;
        }
        break;
      }
    } else {
      break;
    }
  }
  if (pos < 0) return stars(size);

  if (neg && first >= 0) {
    const at = dot > 0 && first >= dot ? dot - 2 : first - 1;
    if (at < 0) return stars(size);
    buf[at] = CH_MINUS;
  }
  if (dot > 0) buf[dot] = CH_DOT;
  const s = String.fromCharCode.apply(null, buf.subarray(0, size) as unknown as number[]);
  return zero ? zeroFill(s) : s;
}

/** Str() text as StrZero() shows it: the leading blanks as zeros, the sign first. */
function zeroFill(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === CH_SPACE) i++;
  if (i === 0) return s;
  const minus = s.indexOf('-');
  if (minus < 0) return zeros(i) + s.slice(i);
  // the sign moves to the front; its old place and the blanks become zeros
  const body = s.slice(0, minus) + ' ' + s.slice(minus + 1);
  let j = 0;
  while (j < body.length && body.charCodeAt(j) === CH_SPACE) j++;
  return '-' + zeros(j - 1) + body.slice(j);
}

/**
 * A numeric in a field of `size` characters with `dec` decimals (asterisks
 * if it does not fit); `zero`: padded with zeros after the sign, as
 * StrZero() pads.
 */
export function formatNum(v: number | HbNum, size: number, dec: number, zero = false): string {
  if (dec < 0) dec = 0;
  if (typeof v === 'number') return formatInt(v, size, dec, zero);
  const d = v.n;
  if (v.dec === 0 && Number.isInteger(d)) {
    // integers print exactly (see isIntLike)
    if (v instanceof HbLong) return formatDigits(v.big < 0n, (v.big < 0n ? -v.big : v.big).toString(), size, dec, zero);
    if (d < INT64_LIMIT && d >= -INT64_LIMIT) return formatInt(d, size, dec, zero);
  }
  // a double; the common small ones directly
  return d < 1e9 && d > -1e9 && dec <= 7 ? formatSmallDouble(d, size, dec, zero) : formatDouble(d, size, dec, zero);
}

/**
 * Str(): the numeric in its own width and decimals, or in `len` characters
 * (with `dec` decimals inside them). Returns '' where Harbour returns an
 * empty string (a field of no characters).
 */
export function numToStr(v: number | HbNum, len?: number, dec?: number, zero = false): string {
  // the width and decimals (numLen, numDec), or `len` and `dec` as C ints
  let width: number;
  let decs: number;
  if (len !== undefined) {
    width = len | 0;
    if (width < 1) width = 10;
    decs = 0;
  } else if (typeof v === 'number') {
    if (dec === undefined && !zero && v >= -999999999 && v <= 9999999999) {
      // Str() of a plain integer: ten characters
      const t = String(v);
      return blanks(10 - t.length) + t;
    }
    width = v > 9999999999 || v < -999999999 ? 20 : 10;
    decs = 0;
  } else {
    width = v.len !== 0 ? v.len : v.n > 9999999999 || v.n < -999999999 ? 20 : 10;
    if (width > 90) width = 90;
    decs = v.dec;
  }
  // a one-character width ignores the decimals, as Clipper does
  if (width > 1 && dec !== undefined) {
    decs = dec | 0;
    if (decs <= 0) decs = 0;
    else if (len !== undefined) width -= decs + 1;
  }
  const size = decs > 0 ? width + 1 + decs : width;
  if (size <= 0) return '';
  if (typeof v !== 'number' && v.dec !== 0) {
    // a number with decimals (what / and % give): the common small ones
    // directly (formatNum chooses the same way)
    const d = v.n;
    if (d < 1e9 && d > -1e9 && decs <= 7) return formatSmallDouble(d, size, decs, zero);
  }
  return formatNum(v, size, decs, zero);
}

/** StrZero(): Str() with the leading blanks as zeros and the sign first. */
export function strZero(v: number | HbNum, len?: number, dec?: number): string {
  return numToStr(v, len, dec, true);
}

/** hb_ntos(): Str() without the leading blanks. */
export function hbNtos(v: number | HbNum): string {
  const s = numToStr(v);
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === CH_SPACE) i++;
  return i === 0 ? s : s.slice(i);
}

/**
 * The text ? and QOut print for a numeric: Str() with one argument, or
 * with SET FIXED ON the item's width and SET DECIMALS decimals.
 */
export function numDisplay(ctx: Thread, v: number | HbNum): string {
  if (typeof v === 'number' && !ctx.sets.fixed && v >= -999999999 && v <= 9999999999) {
    return String(v).padStart(10);
  }
  if (!ctx.sets.fixed) return numToStr(v);
  let width = numLen(v);
  if (width > 90) width = 90;
  const decs = width > 1 ? ctx.sets.decimals : numDec(v);
  const size = decs > 0 ? width + 1 + decs : width;
  return size > 0 ? formatNum(v, size, decs) : '';
}
