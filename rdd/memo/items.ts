// Values other than text in FPT memos: the FLEX memo types Harbour writes
// (logical, date, integers, doubles, arrays as FLEX array items) and the
// SIX item format it reads, with the width and decimals they carry.

import type { Thread } from '../../runtime/vm/thread.js';
import { HbDate, HbNum, HbTimestamp, isNumeric, type Value } from '../../runtime/values/types.js';
import { isIntLike, mkNum, numDec, numLen } from '../../runtime/values/number.js';
import { EDBF_CORRUPT } from '../errors.js';
import { MemoFault } from './store.js';

// FPT memo block types
const FPTIT_SIX_NIL = 0x0000;
export const FPTIT_SIX_LNUM = 0x0002;
export const FPTIT_SIX_DNUM = 0x0008;
export const FPTIT_SIX_LDATE = 0x0020;
export const FPTIT_SIX_LOG = 0x0080;
export const FPTIT_SIX_CHAR = 0x0400;
export const FPTIT_SIX_ARRAY = 0x8000;
export const FPTIT_FLEX_ARRAY = 1002;
export const FPTIT_FLEX_NIL = 1006;
export const FPTIT_FLEX_TRUE = 1007;
export const FPTIT_FLEX_FALSE = 1008;
export const FPTIT_FLEX_LDATE = 1009;
export const FPTIT_FLEX_CHAR = 1010;
export const FPTIT_FLEX_UCHAR = 1011;
export const FPTIT_FLEX_SHORT = 1012;
export const FPTIT_FLEX_USHORT = 1013;
export const FPTIT_FLEX_LONG = 1014;
export const FPTIT_FLEX_ULONG = 1015;
export const FPTIT_FLEX_DOUBLE = 1016;
export const FPTIT_FLEX_LDOUBLE = 1017;

// item tags inside FLEX arrays
const AR_NIL = 0x00;
const AR_UCHAR = 0x01;
const AR_CHAR = 0x02;
const AR_SHORT = 0x03;
const AR_USHORT = 0x04;
const AR_LONG = 0x05;
const AR_STR = 0x07;
const AR_DOUBLE = 0x09;
const AR_DATEX = 0x0a;
const AR_LOGIC = 0x0b;
const AR_ARAY = 0x0c;
const AR_DATEJ = 0x0e;
const AR_DOUBLE2 = 0x0f;
const AR_UCHAR1 = 0x11;
const AR_CHAR1 = 0x12;
const AR_SHORT1 = 0x13;
const AR_USHORT1 = 0x14;
const AR_LONG1 = 0x15;
const AR_NUL = 0x18;
const AR_TRUE = 0x19;
const AR_FALSE = 0x1a;
const AR_LDOUBLE = 0x1b;
const AR_UCHAR2 = 0x1c;
const AR_CHAR2 = 0x1d;
const AR_SHORT2 = 0x1e;
const AR_USHORT2 = 0x1f;
const AR_LONG2 = 0x20;
const AR_ULONG2 = 0x21;

/** A double as hb_itemPutND makes it: default width, SET DECIMALS decimals. */
function putND(ctx: Thread, d: number): Value {
  return mkNum(d, 0, ctx.sets.decimals);
}

/** A number with explicit width (integer part) and decimals. */
function putNDLen(d: number, width: number, dec: number): Value {
  return new HbNum(d, width, dec);
}

const isInt = (v: number | HbNum): boolean => isIntLike(v);
const lim8 = (n: number) => n >= -128 && n <= 127;
const lim16 = (n: number) => n >= -32768 && n <= 32767;
const lim32 = (n: number) => n >= -2147483648 && n <= 2147483647;

/** A non-text value as a FLEX memo: [type, data], or null for a type FPT cannot hold (stored as empty). */
export function encodeFlex(v: Value): [number, Buffer] {
  if (Array.isArray(v)) {
    const parts: Buffer[] = [];
    flexItem(v, parts);
    const all = Buffer.concat(parts);
    return [FPTIT_FLEX_ARRAY, all.subarray(1)];
  }
  if (v === undefined) return [FPTIT_FLEX_NIL, Buffer.alloc(0)];
  if (typeof v === 'boolean') return [v ? FPTIT_FLEX_TRUE : FPTIT_FLEX_FALSE, Buffer.alloc(0)];
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v.jd | 0, 0);
    return [FPTIT_FLEX_LDATE, b];
  }
  if (isNumeric(v)) {
    const d = typeof v === 'number' ? v : v.n;
    if (isInt(v)) {
      if (lim8(d)) return [FPTIT_FLEX_CHAR, Buffer.from([d & 0xff])];
      if (lim16(d)) {
        const b = Buffer.alloc(2);
        b.writeInt16LE(d, 0);
        return [FPTIT_FLEX_SHORT, b];
      }
      if (lim32(d)) {
        const b = Buffer.alloc(4);
        b.writeInt32LE(d, 0);
        return [FPTIT_FLEX_LONG, b];
      }
    }
    const b = Buffer.alloc(8);
    b.writeDoubleLE(d, 0);
    return [FPTIT_FLEX_DOUBLE, b];
  }
  return [0, Buffer.alloc(0)];
}

function flexItem(v: Value, out: Buffer[]): void {
  if (Array.isArray(v)) {
    const n = v.length & 0xffff;
    const b = Buffer.alloc(3);
    b[0] = AR_ARAY;
    b.writeUInt16LE(n, 1);
    out.push(b);
    for (let i = 0; i < n; i++) flexItem(v[i], out);
    return;
  }
  if (typeof v === 'string') {
    if (v.length === 0) {
      out.push(Buffer.from([AR_NUL]));
      return;
    }
    const n = Math.min(v.length, 0xffff);
    const b = Buffer.alloc(3 + n);
    b[0] = AR_STR;
    b.writeUInt16LE(n, 1);
    b.write(v, 3, n, 'latin1');
    out.push(b);
    return;
  }
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    const b = Buffer.alloc(5);
    b[0] = AR_DATEJ;
    b.writeInt32LE(v.jd | 0, 1);
    out.push(b);
    return;
  }
  if (isNumeric(v)) {
    const d = typeof v === 'number' ? v : v.n;
    let width = numLen(v);
    const dec = numDec(v);
    if (isInt(v) && lim32(d)) {
      if (lim8(d)) out.push(Buffer.from([AR_CHAR1, d & 0xff, width & 0xff]));
      else if (lim16(d)) {
        const b = Buffer.alloc(4);
        b[0] = AR_SHORT1;
        b.writeInt16LE(d, 1);
        b[3] = width & 0xff;
        out.push(b);
      } else {
        const b = Buffer.alloc(6);
        b[0] = AR_LONG1;
        b.writeInt32LE(d, 1);
        b[5] = width & 0xff;
        out.push(b);
      }
      return;
    }
    if (!isInt(v) && dec) width += dec + 1;
    const b = Buffer.alloc(11);
    b[0] = AR_DOUBLE2;
    b[1] = width & 0xff;
    b[2] = dec & 0xff;
    b.writeDoubleLE(d, 3);
    out.push(b);
    return;
  }
  if (typeof v === 'boolean') {
    out.push(Buffer.from([v ? AR_TRUE : AR_FALSE]));
    return;
  }
  out.push(Buffer.from([AR_NIL]));
}

/** A FLEX/SIX memo block of type `type` as a value; undefined for unknown types. */
export function decodeMemo(ctx: Thread, type: number, data: Buffer): Value {
  switch (type) {
    case FPTIT_SIX_LNUM: case FPTIT_SIX_DNUM: case FPTIT_SIX_LDATE: case FPTIT_SIX_LOG: case FPTIT_SIX_CHAR:
    case FPTIT_SIX_ARRAY:
      return readSix(ctx, data, { pos: 0 });
    case FPTIT_FLEX_ARRAY:
      return readFlexArray(ctx, data, { pos: 0 });
    case FPTIT_FLEX_NIL: return undefined;
    case FPTIT_FLEX_TRUE: return true;
    case FPTIT_FLEX_FALSE: return false;
  }
  // Harbour reads the scalars from a buffer of at least 8 bytes, zeroed first
  if (data.length < 8) data = Buffer.concat([data, Buffer.alloc(8 - data.length)]);
  switch (type) {
    case FPTIT_FLEX_LDATE: return new HbDate(data.readInt32LE(0));
    case FPTIT_FLEX_CHAR: return data.readInt8(0);
    case FPTIT_FLEX_UCHAR: return data[0];
    case FPTIT_FLEX_SHORT: return data.readInt16LE(0);
    case FPTIT_FLEX_USHORT: return data.readUInt16LE(0);
    // Harbour reads 32-bit integers unsigned (on 64-bit systems): -1 comes back as 4294967295
    case FPTIT_FLEX_LONG: return data.readUInt32LE(0);
    case FPTIT_FLEX_ULONG: return data.readUInt32LE(0);
    case FPTIT_FLEX_DOUBLE: return putND(ctx, data.readDoubleLE(0));
    case FPTIT_FLEX_LDOUBLE: return putND(ctx, 0);
  }
  return undefined;
}

interface Cursor { pos: number }

/** A FLEX array: a 16-bit count (not more than the bytes left), then its items. */
function readFlexArray(ctx: Thread, b: Buffer, c: Cursor): Value {
  if (b.length - c.pos < 2) throw new MemoFault(EDBF_CORRUPT);
  const n = b.readUInt16LE(c.pos);
  c.pos += 2;
  if (b.length - c.pos < n) throw new MemoFault(EDBF_CORRUPT);
  const a: Value[] = [];
  for (let i = 0; i < n; i++) a.push(readFlexItem(ctx, b, c));
  return a;
}

/** Sizes of the FLEX array items after their type byte (-1: no fixed size). */
const FLEX_SIZE: Record<number, number> = {
  [AR_NIL]: 0, [AR_TRUE]: 0, [AR_FALSE]: 0, [AR_NUL]: 0, [AR_LOGIC]: 1, [AR_DATEJ]: 4, [AR_DATEX]: 4,
  [AR_CHAR]: 1, [AR_CHAR1]: 2, [AR_CHAR2]: 3, [AR_UCHAR]: 1, [AR_UCHAR1]: 2, [AR_UCHAR2]: 3,
  [AR_SHORT]: 2, [AR_SHORT1]: 3, [AR_SHORT2]: 4, [AR_USHORT]: 2, [AR_USHORT1]: 3, [AR_USHORT2]: 4,
  [AR_LONG]: 4, [AR_LONG1]: 5, [AR_LONG2]: 6, [AR_ULONG2]: 6, [AR_DOUBLE]: 8, [AR_DOUBLE2]: 10,
  [AR_LDOUBLE]: 10, [AR_STR]: -1, [AR_ARAY]: -1,
};

/** One FLEX array item; a MemoFault (corruption) when it is cut short or of an unknown type. */
function readFlexItem(ctx: Thread, b: Buffer, c: Cursor): Value {
  if (c.pos >= b.length) throw new MemoFault(EDBF_CORRUPT);
  const t = b[c.pos++];
  const p = c.pos;
  const size = FLEX_SIZE[t];
  if (size === undefined || b.length - p < size) throw new MemoFault(EDBF_CORRUPT);
  const numLenDec = (v: number, len: number, dec: number): Value => {
    if (dec) return putNDLen(v, len - (dec + 1), dec);
    return mkNum(v, len, 0);
  };
  switch (t) {
    case AR_NIL: return undefined;
    case AR_TRUE: return true;
    case AR_FALSE: return false;
    case AR_LOGIC: c.pos += 1; return b[p] !== 0;
    case AR_DATEJ: case AR_DATEX: c.pos += 4; return new HbDate(b.readInt32LE(p));
    case AR_CHAR: c.pos += 1; return b.readInt8(p);
    case AR_CHAR1: c.pos += 2; return mkNum(b.readInt8(p), b[p + 1], 0);
    case AR_CHAR2: c.pos += 3; return numLenDec(b.readInt8(p), b[p + 1], b[p + 2]);
    case AR_UCHAR: c.pos += 1; return b[p];
    case AR_UCHAR1: c.pos += 2; return mkNum(b[p], b[p + 1], 0);
    case AR_UCHAR2: c.pos += 3; return numLenDec(b[p], b[p + 1], b[p + 2]);
    case AR_SHORT: c.pos += 2; return b.readInt16LE(p);
    case AR_SHORT1: c.pos += 3; return mkNum(b.readInt16LE(p), b[p + 2], 0);
    case AR_SHORT2: c.pos += 4; return numLenDec(b.readInt16LE(p), b[p + 2], b[p + 3]);
    case AR_USHORT: c.pos += 2; return b.readUInt16LE(p);
    case AR_USHORT1: c.pos += 3; return mkNum(b.readUInt16LE(p), b[p + 2], 0);
    case AR_USHORT2: c.pos += 4; return numLenDec(b.readUInt16LE(p), b[p + 2], b[p + 3]);
    // read unsigned, as Harbour does (see FPTIT_FLEX_LONG)
    case AR_LONG: c.pos += 4; return b.readUInt32LE(p);
    case AR_LONG1: c.pos += 5; return mkNum(b.readUInt32LE(p), b[p + 4], 0);
    case AR_LONG2: c.pos += 6; return numLenDec(b.readUInt32LE(p), b[p + 4], b[p + 5]);
    case AR_ULONG2: c.pos += 6; return numLenDec(b.readUInt32LE(p), b[p + 4], b[p + 5]);
    case AR_DOUBLE: c.pos += 8; return putND(ctx, b.readDoubleLE(p));
    case AR_DOUBLE2: {
      c.pos += 10;
      let len = b[p];
      const dec = b[p + 1];
      if (dec) len -= dec + 1;
      return putNDLen(b.readDoubleLE(p + 2), len, dec);
    }
    case AR_LDOUBLE: c.pos += 10; return putND(ctx, 0);
    case AR_NUL: return '';
    case AR_STR: {
      if (b.length - p < 2) throw new MemoFault(EDBF_CORRUPT);
      const n = b.readUInt16LE(p);
      if (b.length - p - 2 < n) throw new MemoFault(EDBF_CORRUPT);
      c.pos += 2 + n;
      return b.toString('latin1', p + 2, p + 2 + n);
    }
  }
  c.pos = p;
  return readFlexArray(ctx, b, c);
}

const SIX_ITEM = 14;

/**
 * A non-text value as SIX memo items (FPT files with a SIX header): 14-byte
 * items, arrays followed by their elements, strings by their bytes. The
 * memo's type is the first item's; NIL is no memo at all.
 */
export function encodeSix(v: Value): [number, Buffer] {
  if (v === undefined) return [0, Buffer.alloc(0)];
  const parts: Buffer[] = [];
  sixItem(v, parts);
  const all = Buffer.concat(parts);
  return [all.readUInt16LE(0), all];
}

function sixItem(v: Value, out: Buffer[]): void {
  const b = Buffer.alloc(SIX_ITEM);
  out.push(b);
  if (Array.isArray(v)) {
    const n = Math.min(v.length, 0xffff);
    b.writeUInt16LE(FPTIT_SIX_ARRAY, 0);
    b.writeUInt32LE(n, 2);
    for (let i = 0; i < n; i++) sixItem(v[i], out);
  } else if (isNumeric(v)) {
    const d = typeof v === 'number' ? v : v.n;
    b.writeUInt16LE(numLen(v) & 0xffff, 2);
    b.writeUInt16LE(numDec(v) & 0xffff, 4);
    if (isInt(v) && lim32(d)) {
      b.writeUInt16LE(FPTIT_SIX_LNUM, 0);
      b.writeInt32LE(d, 6);
    } else {
      b.writeUInt16LE(FPTIT_SIX_DNUM, 0);
      b.writeDoubleLE(d, 6);
    }
  } else if (v instanceof HbDate || v instanceof HbTimestamp) {
    b.writeUInt16LE(FPTIT_SIX_LDATE, 0);
    b.writeInt32LE(v.jd | 0, 6);
  } else if (typeof v === 'boolean') {
    b.writeUInt16LE(FPTIT_SIX_LOG, 0);
    b[6] = v ? 1 : 0;
  } else if (typeof v === 'string') {
    const n = Math.min(v.length, 0xffff);
    b.writeUInt16LE(FPTIT_SIX_CHAR, 0);
    b.writeUInt32LE(n, 2);
    out.push(Buffer.from(v.slice(0, n), 'latin1'));
  }
  // anything else is a NIL item (type 0)
}

/** One SIX item (14 bytes, then a string's bytes or an array's items); a MemoFault when cut short. */
function readSix(ctx: Thread, b: Buffer, c: Cursor): Value {
  if (b.length - c.pos < SIX_ITEM) throw new MemoFault(EDBF_CORRUPT);
  const p = c.pos;
  const type = b.readUInt16LE(p);
  c.pos += SIX_ITEM;
  switch (type) {
    case FPTIT_SIX_LNUM: return b.readUInt32LE(p + 6);
    case FPTIT_SIX_DNUM: return putNDLen(b.readDoubleLE(p + 6), b.readUInt16LE(p + 2), b.readUInt16LE(p + 4));
    case FPTIT_SIX_LDATE: return new HbDate(b.readInt32LE(p + 6));
    case FPTIT_SIX_LOG: return b.readUInt16LE(p + 6) !== 0;
    case FPTIT_SIX_CHAR: {
      const n = b.readUInt32LE(p + 2);
      if (b.length - c.pos < n) throw new MemoFault(EDBF_CORRUPT);
      const s = b.toString('latin1', c.pos, c.pos + n);
      c.pos += n;
      return s;
    }
    case FPTIT_SIX_ARRAY: {
      const n = b.readUInt32LE(p + 2);
      const a: Value[] = [];
      for (let i = 0; i < n; i++) a.push(readSix(ctx, b, c));
      return a;
    }
    case FPTIT_SIX_NIL: return undefined;
  }
  throw new MemoFault(EDBF_CORRUPT);
}
