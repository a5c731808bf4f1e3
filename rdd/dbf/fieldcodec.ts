// One field's bytes in the record buffer and the value they stand for,
// for every non-memo type of Harbour's DBF driver:
//
//   C  text, blank padded            N F  ASCII number, right aligned
//   L  T/t/Y/y = true                 D    YYYYMMDD, or 3/4-byte binary day
//   I  2/4/8-byte LE integer (dec = implied decimals)   Y  the same, 8 bytes
//   B  LE double    T  4-byte LE ms of day    @ =  LE day + LE ms
//   +  4-byte LE counter    ^  8-byte LE row version
//   Q  bytes + length in the last byte when its _NullFlags bit is set
//   V  3 bytes: packed date, 4 bytes: integer (wider ones live in the memo)

import { HbDate, HbLong, HbNum, HbTimestamp, isNumeric, type Value } from '../../runtime/values/types.js';
import { isIntLike, mkNum, pow10 } from '../../runtime/values/number.js';
import { formatNum } from '../../runtime/values/numfmt.js';
import { numRound } from '../../runtime/values/round.js';
import { dateDecode, dateEncode, dateToDigits } from '../../runtime/values/date.js';
import {
  FF_BINARY, FT_ANY, FT_AUTOINC, FT_CURDOUBLE, FT_CURRENCY, FT_DATE, FT_DOUBLE, FT_FLOAT, FT_INTEGER, FT_LOGICAL,
  FT_LONG, FT_MODTIME, FT_ROWVER, FT_STRING, FT_TIME, FT_TIMESTAMP, FT_VARLENGTH, type Field,
} from './fields.js';
import { EDBF_DATATYPE, EDBF_DATAWIDTH } from '../errors.js';

const DIGIT0 = 48;
const SPACE = 32;

/** Buffer's unchecked latin1 primitives (Node has them; its typings do not list them). */
interface Latin1Buffer {
  latin1Slice(start: number, end: number): string;
  latin1Write(s: string, offset: number, length: number): number;
}

/** The bytes [start, end) as a latin1 string. */
export function latin1(b: Buffer, start: number, end: number): string {
  return (b as unknown as Latin1Buffer).latin1Slice(start, end);
}

/** Write the first `n` characters of `s` at `o` (a loop beats the native call for short text). */
export function putLatin1(b: Buffer, s: string, o: number, n: number): void {
  if (n > 40) (b as unknown as Latin1Buffer).latin1Write(s, o, n);
  else for (let i = 0; i < n; i++) b[o + i] = s.charCodeAt(i);
}

/** Write characters [from, from + n) of `s` at `o`. */
export function putLatin1At(b: Buffer, s: string, from: number, o: number, n: number): void {
  if (from === 0 && n > 40) (b as unknown as Latin1Buffer).latin1Write(s, o, n);
  else for (let i = 0; i < n; i++) b[o + i] = s.charCodeAt(from + i);
}

/**
 * The number `n` / 10^`scale` (n an integer) as an N field's text with
 * `dec` decimals (dec >= scale), right aligned; false when it does not fit.
 */
function putScaledText(rec: Buffer, o: number, len: number, dec: number, n: number, scale: number): boolean {
  let a = n < 0 ? -n : n;
  const neg = n < 0;
  let digits = 1;
  for (let t = 10; t <= a; t *= 10) digits++;
  const intDigits = digits > scale ? digits - scale : 1;
  const width = intDigits + (neg ? 1 : 0) + (dec > 0 ? dec + 1 : 0);
  if (width > len) return false;
  let p = o + len - 1;
  for (let i = scale; i < dec; i++) rec[p--] = DIGIT0;
  if (a <= 0x7fffffff) {
    // small integers in int32 arithmetic: division by 10 becomes a multiply
    let x = a | 0;
    for (let i = 0; i < scale; i++) {
      const q = (x / 10) | 0;
      rec[p--] = DIGIT0 + x - q * 10;
      x = q;
    }
    if (dec > 0) rec[p--] = 46;
    do {
      const q = (x / 10) | 0;
      rec[p--] = DIGIT0 + x - q * 10;
      x = q;
    } while (x > 0);
  } else {
    for (let i = 0; i < scale; i++) {
      rec[p--] = DIGIT0 + (a % 10);
      a = Math.floor(a / 10);
    }
    if (dec > 0) rec[p--] = 46;
    do {
      rec[p--] = DIGIT0 + (a % 10);
      a = Math.floor(a / 10);
    } while (a > 0);
  }
  if (neg) rec[p--] = 45;
  while (p >= o) rec[p--] = SPACE;
  return true;
}

/**
 * A numeric value as N field text the quick way when that is certainly
 * what Str( v, len, dec ) gives: integers, and values within a hair of a
 * whole number of 10^-dec (the usual money amounts). False: not done.
 */
function putNumText(rec: Buffer, o: number, len: number, dec: number, d: number): boolean {
  if (Number.isInteger(d)) return d < 1e15 && d > -1e15 && putScaledText(rec, o, len, dec, d === 0 ? 0 : d, 0);
  if (dec === 0 || dec > 9) return false;
  const scaled = d * pow10(dec);
  const r = Math.round(scaled);
  if (Math.abs(scaled - r) >= 1e-7 || r >= 1e15 || r <= -1e15) return false;
  return putScaledText(rec, o, len, dec, r === 0 ? 0 : r, dec);
}

/** A date as YYYYMMDD digits (blanks for the empty date). */
function putDateDigits(rec: Buffer, o: number, jd: number): void {
  if (jd <= 0) {
    for (let i = 0; i < 8; i++) rec[o + i] = SPACE;
    return;
  }
  const [y, m, d] = dateDecode(jd);
  if (m <= 0 || d <= 0 || y < 0 || y > 9999) {
    putLatin1(rec, dateToDigits(jd), o, 8);
    return;
  }
  rec[o] = DIGIT0 + Math.floor(y / 1000);
  rec[o + 1] = DIGIT0 + (Math.floor(y / 100) % 10);
  rec[o + 2] = DIGIT0 + (Math.floor(y / 10) % 10);
  rec[o + 3] = DIGIT0 + (y % 10);
  rec[o + 4] = DIGIT0 + Math.floor(m / 10);
  rec[o + 5] = DIGIT0 + (m % 10);
  rec[o + 6] = DIGIT0 + Math.floor(d / 10);
  rec[o + 7] = DIGIT0 + (d % 10);
}

/** The day of a YYYYMMDD field (0 when blank or not a date). */
export function dateOfDigits(rec: Buffer, o: number): number {
  if (rec[o] === SPACE) return 0;
  const y = ((sdig(rec[o]) * 10 + sdig(rec[o + 1])) * 10 + sdig(rec[o + 2])) * 10 + sdig(rec[o + 3]);
  return dateEncode(y, sdig(rec[o + 4]) * 10 + sdig(rec[o + 5]), sdig(rec[o + 6]) * 10 + sdig(rec[o + 7]));
}

/** A date digit as Harbour computes it from a (signed) C char: bytes past 127 count negative. */
function sdig(c: number): number {
  return ((c << 24) >> 24) - DIGIT0;
}

/** Round-half-away scaling of Harbour's hb_numDecConv(d, -dec): d * 10^dec rounded to an integer. */
function scaleUp(d: number, dec: number): number {
  return numRound(d * pow10(dec), 0);
}

/** An N field's text as a number: blanks, sign, digits, '.', digits (Harbour's hb_strnToNum). */
export function parseNumber(b: Buffer, at: number, len: number): { v: number; dbl: boolean } {
  const end = at + len;
  let i = at;
  while (i < end && (b[i] === SPACE || b[i] === 9 || b[i] === 10 || b[i] === 13)) i++;
  let neg = false;
  if (i < end) {
    if (b[i] === 45) {
      neg = true;
      i++;
    } else if (b[i] === 43) i++;
  }
  let v = 0;
  let digits = 0;
  let dec = 0;
  let dbl = false;
  let frac = false;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - DIGIT0);
      if (v !== 0) digits++;
      if (frac) dec++;
    } else if (c === 46 && !frac) {
      frac = true;
      dbl = true;
    } else break;
  }
  if (digits > 18) dbl = true;
  if (dec > 0) v /= pow10(dec);
  return { v: neg ? -v : v, dbl };
}

/** An F field: a number that may end in an exponent (e+NN / e-NN). */
function parseFloatField(b: Buffer, at: number, len: number): number {
  const { v } = parseNumber(b, at, len);
  let n = len - 1;
  while (n > 0 && b[at + n] >= 48 && b[at + n] <= 57) n--;
  if (n > 0 && (b[at + n] === 43 || b[at + n] === 45) && (b[at + n - 1] === 101 || b[at + n - 1] === 69)) {
    let e = 0;
    for (let k = n + 1; k < len; k++) e = e * 10 + (b[at + k] - DIGIT0);
    if (b[at + n] === 45) e = -e;
    return e > 0 ? v * pow10(e) : e < 0 ? v / pow10(-e) : v;
  }
  return v;
}

/**
 * The width a decimal field value gets: one out of Harbour's range (a
 * descriptor with more decimals than digits) falls back to the width
 * derived from the value (0).
 */
function dblWidth(w: number): number {
  return w <= 0 || w >= 255 ? 0 : w;
}

/** The value of a non-memo field; undefined for a type this layer does not decode. */
export function getField(rec: Buffer, f: Field, nullOffset: number): Value | undefined {
  const o = f.offset;
  switch (f.type) {
    case FT_STRING:
      return latin1(rec, o, o + f.len);
    case FT_LONG: {
      const { v, dbl } = parseNumber(rec, o, f.len);
      if (f.dec > 0) return new HbNum(v, dblWidth(f.len - f.dec - 1), f.dec);
      if (dbl) return new HbNum(v, dblWidth(f.len), 0);
      return mkNum(v, f.len, 0);
    }
    case FT_LOGICAL: {
      const c = rec[o];
      return c === 84 || c === 116 || c === 89 || c === 121;
    }
    case FT_DATE:
      if (f.len === 3) return new HbDate(rec.readUIntLE(o, 3));
      if (f.len === 4) return new HbDate(rec.readUInt32LE(o));
      return new HbDate(dateOfDigits(rec, o));
    case FT_TIME:
      if (f.len === 4) return new HbTimestamp(0, rec.readInt32LE(o));
      return new HbTimestamp(rec.readInt32LE(o), rec.readInt32LE(o + 4));
    case FT_TIMESTAMP: case FT_MODTIME:
      return new HbTimestamp(rec.readInt32LE(o), rec.readInt32LE(o + 4));
    case FT_INTEGER: case FT_CURRENCY: case FT_AUTOINC: case FT_ROWVER:
      return getInteger(rec, f);
    case FT_DOUBLE: case FT_CURDOUBLE:
      return new HbNum(rec.readDoubleLE(o), dblWidth(20 - (f.dec > 0 ? f.dec + 1 : 0)), f.dec);
    case FT_FLOAT:
      return new HbNum(parseFloatField(rec, o, f.len), dblWidth(f.len - f.dec - 1), f.dec);
    case FT_VARLENGTH: {
      let n = f.len;
      if (f.lengthBit >= 0 && (rec[nullOffset + (f.lengthBit >> 3)] & (1 << (f.lengthBit & 7))) !== 0) {
        n = rec[o + f.len - 1];
        if (n > f.len) n = f.len;
      }
      return rec.toString('latin1', o, o + n);
    }
    case FT_ANY:
      if (f.len === 3) return new HbDate(sixPackedToDate(rec, o));
      if (f.len === 4) return mkNum(rec.readInt32LE(o), 10, 0);
      return undefined;
  }
  return undefined;
}

function getInteger(rec: Buffer, f: Field): Value | undefined {
  const o = f.offset;
  let v: number;
  let width: number;
  switch (f.len) {
    case 1: v = rec.readInt8(o); width = 4; break;
    case 2: v = rec.readInt16LE(o); width = 6; break;
    case 3: v = rec.readIntLE(o, 3); width = 10; break;
    case 4: v = rec.readInt32LE(o); width = 10; break;
    case 8: {
      const big = f.type === FT_ROWVER ? rec.readBigUInt64LE(o) : rec.readBigInt64LE(o);
      v = Number(big);
      width = 20;
      // past 2^53 only a 64-bit integer holds the value exactly
      if (f.dec === 0 && !Number.isSafeInteger(v) && big <= 9223372036854775807n) return new HbLong(big, width);
      break;
    }
    default: return undefined;
  }
  if (f.dec > 0) return new HbNum(numRound(v / pow10(f.dec), f.dec), width, f.dec);
  return mkNum(v, width, 0);
}

/** SIX packed date: big-endian 24 bits, year << 9 | month << 5 | day. */
export function sixPackedToDate(rec: Buffer, o: number): number {
  const p = (rec[o] << 16) | (rec[o + 1] << 8) | rec[o + 2];
  return dateEncode(p >> 9, (p >> 5) & 0x0f, p & 0x1f);
}

export function dateToSixPacked(rec: Buffer, o: number, jd: number): void {
  const [y, m, d] = dateDecode(jd);
  const p = ((((y << 1) | (m >> 3)) << 8) | ((m & 7) << 5) | d) >>> 0;
  rec[o] = (p >> 16) & 0xff;
  rec[o + 1] = (p >> 8) & 0xff;
  rec[o + 2] = p & 0xff;
}

/**
 * Store `v` into a non-memo field. Returns 0, or the EDBF subcode of the
 * error Harbour raises (the record may already hold '*'s for a width error).
 */
export function putField(rec: Buffer, f: Field, v: Value, nullOffset: number): number {
  const o = f.offset;
  if (typeof v === 'string') {
    if (f.type === FT_STRING) {
      const n = v.length < f.len ? v.length : f.len;
      putLatin1(rec, v, o, n);
      for (let i = o + n, end = o + f.len; i < end; i++) rec[i] = SPACE;
      return 0;
    }
    if (f.type === FT_VARLENGTH) {
      const n = v.length < f.len ? v.length : f.len;
      rec.write(v, o, n, 'latin1');
      const byte = nullOffset + (f.lengthBit >> 3);
      const bit = 1 << (f.lengthBit & 7);
      if (n < f.len) {
        rec[o + f.len - 1] = n;
        rec[byte] |= bit;
      } else rec[byte] &= ~bit;
      return 0;
    }
    return EDBF_DATATYPE;
  }
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    if (f.type === FT_DATE) {
      const jd = v.jd;
      if (f.len === 3) rec.writeUIntLE(jd & 0xffffff, o, 3);
      else if (f.len === 4) rec.writeUInt32LE(jd >>> 0, o);
      else putDateDigits(rec, o, jd);
      return 0;
    }
    if (f.type === FT_TIMESTAMP || f.type === FT_TIME) {
      const ms = v instanceof HbTimestamp ? v.ms : 0;
      if (f.type === FT_TIME && f.len === 4) rec.writeInt32LE(ms | 0, o);
      else {
        rec.writeInt32LE(v.jd | 0, o);
        rec.writeInt32LE(ms | 0, o + 4);
      }
      return 0;
    }
    if (f.type === FT_ANY && f.len === 3) {
      dateToSixPacked(rec, o, v.jd);
      return 0;
    }
    return EDBF_DATATYPE;
  }
  if (isNumeric(v)) {
    if (f.type === FT_LONG || f.type === FT_FLOAT) {
      // no place for an integer digit (a damaged length or decimals): Harbour's text always overflows
      if ((f.dec > 0 ? f.len - f.dec - 1 : f.len) <= 0) {
        rec.fill(42, o, o + f.len);
        return EDBF_DATAWIDTH;
      }
      if (putNumText(rec, o, f.len, f.dec, typeof v === 'number' ? v : v.n)) return 0;
      const s = formatNum(v, f.len, f.dec);
      if (s.length !== f.len || s.charCodeAt(0) === 42) {
        rec.fill(42, o, o + f.len);
        return EDBF_DATAWIDTH;
      }
      putLatin1(rec, s, o, f.len);
      return 0;
    }
    if (f.type === FT_INTEGER) return putInteger(rec, f, v);
    if (f.type === FT_DOUBLE) {
      rec.writeDoubleLE(typeof v === 'number' ? v : v.n, o);
      return 0;
    }
    if (f.type === FT_ANY && f.len === 4) {
      const n = typeof v === 'number' ? v : v.n;
      const t = Math.trunc(n);
      if (t < -2147483648 || t > 2147483647) return EDBF_DATAWIDTH;
      rec.writeInt32LE(t, o);
      return 0;
    }
    return EDBF_DATATYPE;
  }
  if (typeof v === 'boolean') {
    if (f.type === FT_LOGICAL) {
      rec[o] = v ? 84 : 70;
      return 0;
    }
    return EDBF_DATATYPE;
  }
  return EDBF_DATATYPE;
}

function putInteger(rec: Buffer, f: Field, v: number | HbNum): number {
  let n: number;
  let size: number;
  const d = typeof v === 'number' ? v : v.n;
  if (f.dec > 0 || !isIntLike(v)) {
    const scaled = f.dec > 0 ? scaleUp(d, f.dec) : d;
    n = Math.trunc(scaled);
    if (!(scaled >= -9223372036854775808 && scaled <= 9223372036854775807)) size = f.len + 1;
    else size = intSize(n);
  } else if (v instanceof HbLong) {
    // exact 64-bit integers go to an 8-byte field as they are
    if (f.len !== 8) return EDBF_DATAWIDTH;
    rec.writeBigInt64LE(v.big, f.offset);
    return 0;
  } else {
    n = d;
    size = intSize(n);
  }
  if (size > f.len) return EDBF_DATAWIDTH;
  const o = f.offset;
  switch (f.len) {
    case 1: rec[o] = n & 0xff; break;
    case 2: rec.writeUInt16LE(n & 0xffff, o); break;
    case 3: rec.writeUIntLE(n & 0xffffff, o, 3); break;
    case 4: rec.writeUInt32LE(n >>> 0, o); break;
    case 8: rec.writeBigInt64LE(BigInt(n), o); break;
    default: return EDBF_DATATYPE;
  }
  return 0;
}

function intSize(n: number): number {
  if (n >= -128 && n <= 127) return 1;
  if (n >= -32768 && n <= 32767) return 2;
  if (n >= -8388608 && n <= 8388607) return 3;
  if (n >= -2147483648 && n <= 2147483647) return 4;
  return 8;
}

/** Whether a string field stores bytes as they are (no code page translation). */
export function isBinary(f: Field): boolean {
  return (f.flags & FF_BINARY) !== 0;
}
