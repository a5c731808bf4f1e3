// Field definitions: Harbour's field types and flags, the structure array
// of dbCreate() turned into field definitions, and the type letters
// dbStruct()/FieldType() report.

import type { Value } from '../../runtime/values/types.js';
import { isNumeric, numOf } from '../../runtime/values/types.js';
import type { VarSym } from '../../runtime/vm/symbols.js';

// field types (hbapirdd.h HB_FT_*)
export const FT_STRING = 1;
export const FT_LOGICAL = 2;
export const FT_DATE = 3;
export const FT_LONG = 4;
export const FT_FLOAT = 5;
export const FT_INTEGER = 6;
export const FT_DOUBLE = 7;
export const FT_TIME = 8;
export const FT_TIMESTAMP = 9;
export const FT_MODTIME = 10;
export const FT_ROWVER = 11;
export const FT_AUTOINC = 12;
export const FT_CURRENCY = 13;
export const FT_CURDOUBLE = 14;
export const FT_VARLENGTH = 15;
export const FT_MEMO = 16;
export const FT_ANY = 17;
export const FT_IMAGE = 18;
export const FT_BLOB = 19;
export const FT_OLE = 20;

// field flags (HB_FF_*), also the descriptor's flag byte
export const FF_HIDDEN = 0x01;
export const FF_NULLABLE = 0x02;
export const FF_BINARY = 0x04;
export const FF_AUTOINC = 0x08;
export const FF_COMPRESSED = 0x10;
export const FF_ENCRYPTED = 0x20;
export const FF_UNICODE = 0x40;

/** A field as requested (dbCreate) or as read from a table header. */
export interface FieldDef {
  name: string;
  type: number;
  len: number;
  dec: number;
  flags: number;
}

/** A field of an open work area. */
export interface Field extends FieldDef {
  sym: VarSym;
  /** offset of the field in the record buffer (the deletion flag is byte 0) */
  offset: number;
  /** bit numbers in the _NullFlags field: length bit of Q fields, null bit of nullable ones (-1 = none) */
  lengthBit: number;
  nullBit: number;
}

/**
 * A Field built with one fixed property order, so every field of every
 * table shares a hidden class and the codec's property reads stay
 * monomorphic (object spread gives each result a map of its own).
 */
export function newField(def: FieldDef, name: string, sym: VarSym, offset: number, lengthBit = -1, nullBit = -1): Field {
  return { name, type: def.type, len: def.len, dec: def.dec, flags: def.flags, sym, offset, lengthBit, nullBit };
}

/** True for the types whose data live in the memo file. */
export function isMemoType(t: number): boolean {
  return t === FT_MEMO || t === FT_IMAGE || t === FT_BLOB || t === FT_OLE;
}

const intArg = (v: Value): number => (isNumeric(v) ? Math.trunc(numOf(v)) : 0);

/**
 * One entry of a dbCreate() structure array as a field definition, the way
 * Harbour's default CREATEFIELDS reads it; null for an unknown type.
 */
export function fieldFromStruct(desc: Value[]): FieldDef | null {
  const name = typeof desc[0] === 'string' ? desc[0] : '';
  const typeStr = typeof desc[1] === 'string' ? desc[1] : '';
  let len = intArg(desc[2]);
  if (len < 0) len = 0;
  let dec = intArg(desc[3]);
  if (dec < 0) dec = 0;
  len &= 0xffff;
  dec &= 0xffff;
  let flags = 0;
  const colon = typeStr.indexOf(':');
  if (colon >= 0) {
    for (const ch of typeStr.slice(colon + 1).toUpperCase()) {
      switch (ch) {
        case 'N': flags |= FF_NULLABLE; break;
        case 'B': flags |= FF_BINARY; break;
        case '+': flags |= FF_AUTOINC; break;
        case 'Z': flags |= FF_COMPRESSED; break;
        case 'E': flags |= FF_ENCRYPTED; break;
        case 'U': flags |= FF_UNICODE; break;
      }
    }
  }
  const c = typeStr.length ? typeStr[0].toUpperCase() : '';
  const strFlags = FF_NULLABLE | FF_BINARY | FF_COMPRESSED | FF_ENCRYPTED | FF_UNICODE;
  const f = (type: number, l: number, d: number, fl: number): FieldDef => ({ name, type, len: l, dec: d, flags: fl });
  switch (c) {
    case 'C': return f(FT_STRING, len, 0, flags & strFlags);
    case 'L': return f(FT_LOGICAL, 1, 0, flags & FF_NULLABLE);
    case 'D': return f(FT_DATE, len === 3 || len === 4 ? len : 8, 0, flags & FF_NULLABLE);
    case 'I': return f(FT_INTEGER, (len > 0 && len <= 4) || len === 8 ? len : 4, dec, flags & (FF_NULLABLE | FF_AUTOINC));
    case 'Y': return f(FT_CURRENCY, 8, 4, flags & FF_NULLABLE);
    case 'Z': return f(FT_CURDOUBLE, 8, dec, flags & FF_NULLABLE);
    case '2': case '4': return f(FT_INTEGER, c.charCodeAt(0) - 48, 0, flags & (FF_NULLABLE | FF_AUTOINC));
    case 'B': case '8': return f(FT_DOUBLE, 8, dec, flags & (FF_NULLABLE | FF_AUTOINC));
    case 'N': return len > 255 ? null : f(FT_LONG, len, dec, flags & (FF_NULLABLE | FF_AUTOINC));
    case 'F': return len > 255 ? null : f(FT_FLOAT, len, dec, flags & (FF_NULLABLE | FF_AUTOINC));
    case 'T': return len === 8 ? f(FT_TIMESTAMP, 8, 0, flags & FF_NULLABLE) : f(FT_TIME, 4, 0, flags & FF_NULLABLE);
    case '@': return f(FT_TIMESTAMP, 8, 0, flags & FF_NULLABLE);
    case '=': return f(FT_MODTIME, 8, 0, 0);
    case '^': return f(FT_ROWVER, 8, 0, 0);
    case '+': return f(FT_AUTOINC, 4, 0, 0);
    case 'Q': return f(FT_VARLENGTH, len > 255 ? 255 : len === 0 ? 1 : len, 0, flags & strFlags);
    case 'V': return f(FT_ANY, len < 3 || len === 5 ? 6 : len, 0, flags & strFlags);
    case 'M': return f(FT_MEMO, len === 4 ? 4 : 10, 0, flags & strFlags);
    case 'P': return f(FT_IMAGE, len === 4 ? 4 : 10, 0, flags & FF_BINARY);
    case 'W': return f(FT_BLOB, len === 4 ? 4 : 10, 0, flags & FF_BINARY);
    case 'G': return f(FT_OLE, len === 4 ? 4 : 10, 0, flags & FF_BINARY);
  }
  return null;
}

/** The DBS_TYPE text of a field: its letter, and ":flags" where the type shows them. */
export function typeText(fld: FieldDef): string {
  let c: string;
  let shown = 0;
  const strFlags = FF_NULLABLE | FF_BINARY | FF_UNICODE | FF_ENCRYPTED | FF_COMPRESSED;
  switch (fld.type) {
    case FT_STRING: c = 'C'; shown = strFlags; break;
    case FT_LOGICAL: c = 'L'; shown = FF_NULLABLE; break;
    case FT_DATE: c = 'D'; shown = FF_NULLABLE; break;
    case FT_LONG: c = 'N'; shown = FF_NULLABLE | FF_AUTOINC; break;
    case FT_INTEGER: c = 'I'; shown = FF_NULLABLE | FF_AUTOINC; break;
    case FT_DOUBLE: c = 'B'; shown = FF_NULLABLE | FF_AUTOINC; break;
    case FT_FLOAT: c = 'F'; shown = FF_NULLABLE | FF_AUTOINC; break;
    case FT_TIME: c = 'T'; shown = FF_NULLABLE; break;
    case FT_TIMESTAMP: c = '@'; shown = FF_NULLABLE; break;
    case FT_MODTIME: c = '='; break;
    case FT_ROWVER: c = '^'; break;
    case FT_AUTOINC: c = '+'; shown = FF_AUTOINC; break;
    case FT_CURRENCY: c = 'Y'; shown = FF_NULLABLE; break;
    case FT_CURDOUBLE: c = 'Z'; shown = FF_NULLABLE; break;
    case FT_VARLENGTH: c = 'Q'; shown = strFlags; break;
    case FT_ANY: c = 'V'; shown = strFlags; break;
    case FT_MEMO: c = 'M'; shown = strFlags; break;
    case FT_IMAGE: c = 'P'; break;
    case FT_BLOB: c = 'W'; break;
    case FT_OLE: c = 'G'; break;
    default: c = 'U';
  }
  const fl = shown & fld.flags;
  if (fl === 0) return c;
  let s = c + ':';
  if (fl & FF_NULLABLE) s += 'N';
  if (fl & FF_BINARY) s += 'B';
  if (fl & FF_AUTOINC) s += '+';
  if (fl & FF_COMPRESSED) s += 'Z';
  if (fl & FF_ENCRYPTED) s += 'E';
  if (fl & FF_UNICODE) s += 'U';
  return s;
}

/**
 * A field name as Harbour stores it: leading blanks (space, tab, CR, LF)
 * skipped, cut at `max` or a NUL, trailing spaces dropped, ASCII letters
 * upper-cased; '' when nothing is left (Harbour refuses such a field).
 */
export function fieldName(raw: string, max: number): string {
  let i = 0;
  for (let c = raw.charCodeAt(0); c === 32 || c === 9 || c === 10 || c === 13; c = raw.charCodeAt(++i));
  let end = i;
  while (end < raw.length && end - i < max && raw.charCodeAt(end) !== 0) end++;
  while (end > i && raw.charCodeAt(end - 1) === 32) end--;
  return asciiUpper(raw.slice(i, end));
}

/** Upper case for a-z only, as Harbour's field names have it (latin1 letters stay). */
export function asciiUpper(raw: string): string {
  let s = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    s += String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
  }
  return s;
}
