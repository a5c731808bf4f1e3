// Index keys: the type of a key value, its bytes in NTX and CDX indexes
// (kept in memory as latin1 strings of the key length), and how keys
// compare (byte order, partial keys as Harbour's seeks use them).
//
//   NTX: C blank padded; N the Str( value, len, dec ) text with leading
//        blanks as '0' and, for negatives, every digit d as chr(0x5C - d);
//        D DToS(); L "T"/"F"; T the 17-digit hb_TToS() text
//   CDX: C blank padded; N, D and T an 8-byte big-endian double made
//        sortable (sign bit flipped, all bits for negatives); L "T"/"F"

import type { Value } from '../../runtime/values/types.js';
import { HbDate, HbTimestamp, isNumeric, numOf } from '../../runtime/values/types.js';
import { formatNum } from '../../runtime/values/numfmt.js';
import { dateToDigits, digitsToDate } from '../../runtime/values/date.js';
import { tsToDigits, MS_PER_DAY } from '../../runtime/values/timestamp.js';
import { HbNum } from '../../runtime/values/types.js';
import { valOf } from '../../runtime/values/number.js';

/** The key type letter of a value: C N D T L, or U for types that cannot be keys. */
export function keyTypeOf(v: Value): string {
  if (typeof v === 'string') return 'C';
  if (isNumeric(v)) return 'N';
  if (v instanceof HbDate) return 'D';
  if (v instanceof HbTimestamp) return 'T';
  if (typeof v === 'boolean') return 'L';
  return 'U';
}

/** Types that compare with each other in keys and scopes (a timestamp seeks a date key). */
export function keyTypeClass(t: string): string {
  return t === 'T' ? 'D' : t;
}

/** The NTX text of a number: leading blanks as zeros, negatives mirrored below '0'. */
export function ntxNumber(v: number | HbNum, len: number, dec: number): string {
  let s = formatNum(v, len, dec);
  if (s.length !== len) s = s.padStart(len).slice(0, len);
  let out = '';
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) {
    out += '0';
    i++;
  }
  if (s.charCodeAt(i) === 45) {
    // a negative number: the sign becomes '0' and every digit is mirrored
    const body = out + '0' + s.slice(i + 1);
    let r = '';
    for (let k = 0; k < body.length; k++) {
      const c = body.charCodeAt(k);
      r += c >= 48 && c <= 57 ? String.fromCharCode(92 - c) : body[k];
    }
    return r;
  }
  return out + s.slice(i);
}

/** The number an NTX numeric key stands for (for ordKeyVal and scopes). */
export function ntxNumberValue(key: string): Value {
  let s = key;
  if (s.charCodeAt(0) === 44) {
    let r = '';
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      r += c === 46 ? '.' : String.fromCharCode(92 - c);
    }
    s = '-' + r.slice(1);
  }
  return valOf(s);
}

/**
 * A value as an NTX key of length `len`: [key, significant length]. A string
 * shorter than the key is blank padded and its length is returned (partial
 * key for seeks and scopes).
 */
export function ntxKey(v: Value, type: string, len: number, dec: number): [string, number] {
  if (typeof v === 'string') {
    if (v.length >= len) return [v.slice(0, len), len];
    return [v + ' '.repeat(len - v.length), v.length];
  }
  if (isNumeric(v)) return [ntxNumber(v, len, dec), len];
  if (v instanceof HbTimestamp && type === 'T') {
    const s = tsToDigits(v.jd, v.ms);
    return [fit(s, len), len];
  }
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    const s = dateToDigits(v.jd);
    if (len < 8) return [s.slice(0, len), len];
    if (len > 8) return [s + '\0'.repeat(len - 8), 8];
    return [s, len];
  }
  if (typeof v === 'boolean') return [(v ? 'T' : 'F') + '\0'.repeat(len - 1), len];
  return ['\0'.repeat(len), len];
}

function fit(s: string, len: number): string {
  return s.length >= len ? s.slice(0, len) : s + '\0'.repeat(len - s.length);
}

/** The value an NTX key stands for. */
export function ntxKeyValue(key: string, type: string): Value {
  switch (type) {
    case 'C': return key;
    case 'N': return ntxNumberValue(key);
    case 'D': return new HbDate(digitsToDate(key));
    case 'L': return key.charCodeAt(0) === 84;
    case 'T': {
      const jd = digitsToDate(key);
      const t = key.slice(8);
      const ms = ((Number(t.slice(0, 2)) * 60 + Number(t.slice(2, 4))) * 60 + Number(t.slice(4, 6))) * 1000 + Number(t.slice(6, 9));
      return new HbTimestamp(jd, Number.isFinite(ms) ? ms : 0);
    }
  }
  return undefined;
}

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);

/** A double as 8 sortable bytes (CDX numeric, date and timestamp keys). */
export function sortableDouble(d: number): string {
  if (d === 0) d = 0;
  f64[0] = d;
  let s = '';
  if (d >= 0) {
    s += String.fromCharCode(u8[7] ^ 0x80);
    for (let i = 6; i >= 0; i--) s += String.fromCharCode(u8[i]);
  } else {
    for (let i = 7; i >= 0; i--) s += String.fromCharCode(u8[i] ^ 0xff);
  }
  return s;
}

/** A double as 8 sortable bytes written at `dst[at]`. */
export function sortableDoubleInto(d: number, dst: Buffer, at: number): void {
  if (d === 0) d = 0;
  f64[0] = d;
  if (d >= 0) {
    dst[at] = u8[7] ^ 0x80;
    for (let i = 1; i < 8; i++) dst[at + i] = u8[7 - i];
  } else {
    for (let i = 0; i < 8; i++) dst[at + i] = u8[7 - i] ^ 0xff;
  }
}

/** The double 8 sortable bytes stand for. */
export function sortableToDouble(s: string): number {
  if (s.charCodeAt(0) & 0x80) {
    u8[7] = s.charCodeAt(0) ^ 0x80;
    for (let i = 1; i < 8; i++) u8[7 - i] = s.charCodeAt(i);
  } else {
    for (let i = 0; i < 8; i++) u8[7 - i] = s.charCodeAt(i) ^ 0xff;
  }
  return f64[0];
}

/** A value as a CDX key of length `len`: [key, significant length]. */
export function cdxKey(v: Value, type: string, len: number): [string, number] {
  if (typeof v === 'string') {
    if (v.length >= len) return [v.slice(0, len), len];
    return [v + ' '.repeat(len - v.length), v.length];
  }
  if (isNumeric(v)) {
    if (len === 4) {
      const n = (Math.trunc(numOf(v)) + 0x80000000) >>> 0;
      return [String.fromCharCode(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff), 4];
    }
    return [sortableDouble(numOf(v)), 8];
  }
  if (v instanceof HbTimestamp) {
    const d = type === 'D' ? v.jd : v.jd + v.ms / MS_PER_DAY;
    return [sortableDouble(d), 8];
  }
  if (v instanceof HbDate) return [sortableDouble(v.jd), 8];
  if (typeof v === 'boolean') return [v ? 'T' : 'F', 1];
  return ['', 0];
}

/** The value a CDX key stands for. */
export function cdxKeyValue(key: string, type: string, decimals: number): Value {
  switch (type) {
    case 'C': return key;
    case 'N': {
      if (key.length === 4) {
        const u = ((key.charCodeAt(0) << 24) | (key.charCodeAt(1) << 16) | (key.charCodeAt(2) << 8) | key.charCodeAt(3)) >>> 0;
        return u - 0x80000000;
      }
      return new HbNum(sortableToDouble(key), 0, decimals);
    }
    case 'D': return new HbDate(Math.trunc(sortableToDouble(key)));
    case 'T': {
      const d = sortableToDouble(key);
      const jd = Math.floor(d);
      return new HbTimestamp(jd, Math.round((d - jd) * MS_PER_DAY));
    }
    case 'L': return key.charCodeAt(0) === 84;
  }
  return undefined;
}

/**
 * Compare key `a` (its first `lenA` characters count) with key `b` (first
 * `lenB`), byte by byte; a shorter `a` that is a prefix of `b` compares
 * equal unless `exact` (Harbour's index value compare).
 */
export function keyCompare(a: string, lenA: number, b: string, lenB: number, exact: boolean): number {
  if (lenA === lenB && a.length === lenA && b.length === lenB) return a < b ? -1 : a === b ? 0 : 1;
  const n = lenA < lenB ? lenA : lenB;
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (lenA > lenB) return 1;
  if (lenA < lenB && exact) return -1;
  return 0;
}
