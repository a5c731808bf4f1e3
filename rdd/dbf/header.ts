// The DBF header (32 bytes) and field descriptors (32 bytes each, ended by
// 0x0D 0x00), as Harbour's DBF driver writes and reads them.
//
//   header: 0 version, 1-3 date of last update (YY-1900, MM, DD),
//           4 record count (LE32), 8 header length (LE16), 10 record length
//           (LE16), 14 transaction, 15 encrypted, 28 flags (1 = production
//           index), 29 code page mark
//   field:  0 name (11, NUL padded), 11 type, 12 offset (VFP and _NullFlags),
//           16 length, 17 decimals (high byte of the length for C/Q/V),
//           18 flags, 19 autoincrement counter (LE32), 23 step,
//           24 counter of 8-byte autoincrement and row version (LE64)

import {
  FT_ANY, FT_AUTOINC, FT_BLOB, FT_CURDOUBLE, FT_CURRENCY, FT_DATE, FT_DOUBLE, FT_FLOAT, FT_IMAGE, FT_INTEGER,
  FT_LOGICAL, FT_LONG, FT_MEMO, FT_MODTIME, FT_OLE, FT_ROWVER, FT_STRING, FT_TIME, FT_TIMESTAMP, FT_VARLENGTH,
  FF_AUTOINC, FF_BINARY, FF_HIDDEN, FF_NULLABLE, type FieldDef,
} from './fields.js';

export const HEADER_SIZE = 32;
export const DESC_SIZE = 32;

// memo kinds a table can have (dbinfo.ch DB_MEMO_*)
export const MEMO_NONE = 0;
export const MEMO_DBT = 1;
export const MEMO_FPT = 2;
export const MEMO_SMT = 3;

export interface DbfHeader {
  version: number;
  recCount: number;
  headerLen: number;
  recordLen: number;
  /** byte 28 */
  hasTags: number;
  /** byte 29 */
  codePage: number;
}

export function decodeHeader(b: Buffer): DbfHeader {
  return {
    version: b[0],
    recCount: b.readUInt32LE(4),
    headerLen: b.readUInt16LE(8),
    recordLen: b.readUInt16LE(10),
    hasTags: b[28],
    codePage: b[29],
  };
}

/** The version byte and memo kind of a version byte; null when Harbour would not open it. */
export function versionInfo(v: number): { memo: number; encrypted: boolean } | null {
  switch (v) {
    case 0x03: case 0x07: return { memo: MEMO_NONE, encrypted: false };
    case 0x83: case 0x87: return { memo: MEMO_DBT, encrypted: false };
    case 0xe5: return { memo: MEMO_SMT, encrypted: false };
    case 0xf5: return { memo: MEMO_FPT, encrypted: false };
    case 0x30: case 0x31: case 0x32: return { memo: MEMO_NONE, encrypted: false };
    case 0x06: return { memo: MEMO_NONE, encrypted: true };
    case 0x86: return { memo: MEMO_DBT, encrypted: true };
    case 0xe6: return { memo: MEMO_SMT, encrypted: true };
    case 0xf6: return { memo: MEMO_FPT, encrypted: true };
  }
  return null;
}

export function versionByte(memo: number): number {
  switch (memo) {
    case MEMO_DBT: return 0x83;
    case MEMO_FPT: return 0xf5;
    case MEMO_SMT: return 0xe5;
  }
  return 0x03;
}

/** The 32 header bytes with today's date. */
export function encodeHeader(h: DbfHeader, today: Date): Buffer {
  const b = Buffer.alloc(HEADER_SIZE);
  b[0] = h.version;
  b[1] = today.getFullYear() - 1900;
  b[2] = today.getMonth() + 1;
  b[3] = today.getDate();
  b.writeUInt32LE(h.recCount >>> 0, 4);
  b.writeUInt16LE(h.headerLen, 8);
  b.writeUInt16LE(h.recordLen, 10);
  b[28] = h.hasTags;
  b[29] = h.codePage;
  return b;
}

/** A field descriptor as stored in the header. */
export interface Descriptor {
  name: string;
  type: string;
  len: number;
  dec: number;
  flags: number;
  /** bytes 12-15 */
  reserved1: number;
}

export function decodeDescriptor(b: Buffer, at: number): Descriptor {
  // byte 10 is read as the name's end whatever it holds
  let end = at;
  while (end < at + 10 && b[end] !== 0) end++;
  return {
    name: b.toString('latin1', at, end),
    type: String.fromCharCode(b[at + 11]),
    reserved1: b.readUInt32LE(at + 12),
    len: b[at + 16],
    dec: b[at + 17],
    flags: b[at + 18],
  };
}

/** Whether the unused descriptor bytes are clear, so that the flag byte can be trusted (Harbour's heuristic). */
export function descriptorFlagsTrusted(b: Buffer, at: number, index: number): boolean | 'vfp' {
  const type = String.fromCharCode(b[at + 11]);
  const flags = b[at + 18];
  const r1 = b.readUInt32LE(at + 12);
  const r2a = b.readUInt32LE(at + 24);
  const r2b = b.readUInt32LE(at + 28);
  const counter = b.readUInt32LE(at + 19);
  const plain = () => !(r1 !== 0 || (index > 0 && r2a !== 0) || r2b !== 0 || counter !== 0 || b[at + 23] !== 0 ||
    (flags & ~(FF_NULLABLE | FF_BINARY)) !== 0);
  switch (type) {
    case 'L': case 'D':
      if (flags & ~FF_NULLABLE) return false;
      return plain();
    case 'N': {
      if (flags & ~(FF_NULLABLE | FF_AUTOINC)) return false;
      if (flags & FF_AUTOINC) {
        const len = b[at + 16];
        const dec = b[at + 17];
        const wide = len - (dec ? dec + 1 : 0) > 9;
        return !(r1 !== 0 || (wide ? counter !== 0 : (index > 0 && r2a !== 0) || r2b !== 0));
      }
      return plain();
    }
    case 'C': case 'M': case 'V':
      return plain();
  }
  return 'vfp';
}

/**
 * The field definition of a stored descriptor (Harbour's open mapping);
 * null when the type is not one Harbour opens. `flagMask` is the part of
 * the flag byte that is trusted.
 */
export function fieldFromDescriptor(d: Descriptor, flagMask: number): FieldDef | null {
  let len = d.len;
  let dec = 0;
  let flags = d.flags & flagMask;
  let type: number;
  switch (d.type) {
    case 'C': type = FT_STRING; len = d.len + d.dec * 256; break;
    case 'L': type = FT_LOGICAL; len = 1; break;
    case 'D': type = FT_DATE; if (len !== 3 && len !== 4) len = 8; break;
    case 'I':
      type = FT_INTEGER;
      if ((len > 4 && len !== 8) || len === 0) len = 4;
      dec = d.dec;
      break;
    case 'Y':
      type = FT_CURRENCY;
      if ((len > 4 && len !== 8) || len === 0) len = 8;
      dec = d.dec;
      break;
    case '2': case '4': type = FT_INTEGER; len = d.type.charCodeAt(0) - 48; break;
    case 'N': type = FT_LONG; dec = d.dec; break;
    case 'F': type = FT_FLOAT; dec = d.dec; break;
    case '8': case 'B':
      type = FT_DOUBLE;
      dec = d.dec;
      if (len !== 8) return null;
      break;
    case 'T':
      if (len === 8) type = FT_TIMESTAMP;
      else if (len === 4) type = FT_TIME;
      else return null;
      break;
    case '@': type = FT_TIMESTAMP; if (len !== 8) return null; break;
    case '=': type = FT_MODTIME; if (len !== 8) return null; break;
    case '^': type = FT_ROWVER; if (len !== 8) return null; break;
    case '+': type = FT_AUTOINC; if (len !== 4) return null; break;
    case 'Q': type = FT_VARLENGTH; flags |= FF_BINARY & d.flags; break;
    case 'V': type = FT_ANY; break;
    case 'M': type = FT_MEMO; break;
    case 'P': type = FT_IMAGE; flags |= FF_BINARY; break;
    case 'W': type = FT_BLOB; flags |= FF_BINARY; break;
    case 'G': type = FT_OLE; flags |= FF_BINARY; break;
    default: return null;
  }
  return { name: d.name, type, len, dec, flags };
}

/** Whether a field has a counter in its descriptor and which one (Harbour's autoincrement kinds). */
export function autoIncKind(f: FieldDef): 'none' | 'std' | 'long' {
  switch (f.type) {
    case FT_AUTOINC: return f.len - f.dec > 4 ? 'long' : 'std';
    case FT_ROWVER: return 'long';
  }
  if ((f.flags & FF_AUTOINC) !== 0) {
    switch (f.type) {
      case FT_DOUBLE: return 'long';
      case FT_LONG: case FT_FLOAT: return f.len - (f.dec ? f.dec + 1 : 0) > 9 ? 'long' : 'std';
      case FT_INTEGER: return f.len - f.dec > 4 ? 'long' : 'std';
    }
  }
  return 'none';
}

/** The layout of a table to create: descriptors, record length, null-flag bits. */
export interface CreateLayout {
  descriptors: Buffer;
  recordLen: number;
  hasMemo: boolean;
  /** fields with the lengths as stored */
  fields: FieldDef[];
  nullCount: number;
  nullOffset: number;
  /** per field: its length bit and null bit in _NullFlags (-1 = none) */
  bits: Array<[number, number]>;
  /** true when a field type is not supported (EDBF_DATATYPE) */
  badType: boolean;
  /** true when the record grows beyond 64 KB (EDBF_DATAWIDTH) */
  tooWide: boolean;
}

/** Descriptors and record layout of a new table (Harbour's DBF create rules). */
export function createLayout(defs: FieldDef[], memoType: number): CreateLayout {
  const descs: Buffer[] = [];
  const fields: FieldDef[] = [];
  const bits: Array<[number, number]> = [];
  let recordLen = 1;
  let nullCount = 0;
  let hasMemo = false;
  let badType = false;
  let tooWide = false;
  for (const def of defs) {
    const d = Buffer.alloc(DESC_SIZE);
    d.write(def.name.slice(0, 10), 0, 'latin1');
    d[18] = def.flags & (FF_HIDDEN | FF_NULLABLE | FF_BINARY | FF_AUTOINC);
    const f: FieldDef = { ...def };
    let lenBit = -1;
    const start = recordLen;
    const counter = () => {
      if (autoIncKind(f) === 'long') d.writeBigUInt64LE(1n, 24);
      else d.writeUInt32LE(1, 19);
      d[23] = 1;
    };
    switch (f.type) {
      case FT_STRING:
        d[11] = 0x43;
        d[16] = f.len & 0xff;
        d[17] = f.len >> 8;
        recordLen += f.len;
        break;
      case FT_LOGICAL:
        d[11] = 0x4c; d[16] = 1; f.len = 1; recordLen++;
        break;
      case FT_MEMO: case FT_BLOB: case FT_IMAGE: case FT_OLE:
        d[11] = { [FT_MEMO]: 0x4d, [FT_BLOB]: 0x57, [FT_IMAGE]: 0x50, [FT_OLE]: 0x47 }[f.type]!;
        if (f.len !== 4 || memoType === MEMO_SMT) f.len = 10;
        d[16] = f.len;
        if (f.type !== FT_MEMO) d[18] |= FF_BINARY;
        recordLen += f.len;
        hasMemo = true;
        break;
      case FT_ANY:
        d[11] = 0x56;
        if (f.len < 3 || f.len === 5) f.len = 6;
        d[16] = f.len & 0xff;
        d[17] = f.len >> 8;
        recordLen += f.len;
        if ((f.len & 0xff) >= 6) hasMemo = true;
        break;
      case FT_DATE:
        d[11] = 0x44;
        if (f.len === 3 || f.len === 4) d[18] |= FF_BINARY;
        else f.len = 8;
        d[16] = f.len;
        recordLen += f.len;
        break;
      case FT_LONG: case FT_FLOAT:
        d[11] = f.type === FT_LONG ? 0x4e : 0x46;
        d[16] = f.len & 0xff;
        d[17] = f.dec & 0xff;
        if (f.flags & FF_AUTOINC) counter();
        recordLen += f.len;
        break;
      case FT_DOUBLE: case FT_CURDOUBLE:
        d[11] = 0x42;
        f.len = 8;
        d[16] = 8;
        d[17] = f.dec & 0xff;
        d[18] |= FF_BINARY;
        if (f.flags & FF_AUTOINC) counter();
        recordLen += 8;
        break;
      case FT_INTEGER: case FT_CURRENCY:
        d[11] = 0x49;
        if ((f.len > 4 && f.len !== 8) || f.len === 0) f.len = 4;
        d[16] = f.len;
        d[17] = f.dec & 0xff;
        d[18] |= FF_BINARY;
        if (f.flags & FF_AUTOINC) counter();
        recordLen += f.len;
        break;
      case FT_VARLENGTH:
        if (f.len === 0) f.len = 1;
        if (f.len > 255) f.len = 255;
        d[11] = 0x51;
        d[16] = f.len & 0xff;
        d[17] = f.len >> 8;
        recordLen += f.len;
        lenBit = nullCount++;
        break;
      case FT_TIME:
        d[11] = 0x54; f.len = 4; d[16] = 4; d[18] |= FF_BINARY; recordLen += 4;
        break;
      case FT_TIMESTAMP:
        d[11] = 0x40; f.len = 8; d[16] = 8; d[18] |= FF_BINARY; recordLen += 8;
        break;
      case FT_MODTIME:
        d[11] = 0x3d; f.len = 8; d[16] = 8; d[18] |= FF_BINARY; recordLen += 8;
        break;
      case FT_ROWVER:
        d[11] = 0x5e; f.len = 8; d[16] = 8; d[18] |= FF_BINARY; recordLen += 8;
        break;
      case FT_AUTOINC:
        d[11] = 0x2b; f.len = 4; d[16] = 4; d[18] |= FF_BINARY; counter(); recordLen += 4;
        break;
      default:
        badType = true;
    }
    if (start > recordLen || recordLen > 0xffff) tooWide = true;
    if (badType || tooWide) break;
    const nullBit = (f.flags & FF_NULLABLE) !== 0 ? nullCount++ : -1;
    bits.push([lenBit, nullBit]);
    descs.push(d);
    fields.push(f);
  }
  let nullOffset = 0;
  if (!badType && !tooWide && nullCount > 0) {
    const d = Buffer.alloc(DESC_SIZE);
    d.write('_NullFlags', 0, 'latin1');
    d.writeUInt16LE(recordLen, 12);
    d[11] = 0x30;
    d[18] = FF_HIDDEN;
    const n = (nullCount + 7) >> 3;
    d[16] = n & 0xff;
    d[17] = n >> 8;
    nullOffset = recordLen;
    recordLen += n;
    descs.push(d);
  }
  descs.push(Buffer.from([0x0d, 0x00]));
  return {
    descriptors: Buffer.concat(descs), recordLen, hasMemo, fields, nullCount, nullOffset, bits, badType, tooWide,
  };
}
