// Keys made straight from a field's bytes: the result is exactly what
// evaluating the field and encoding its value gives, and false where that
// is not certain (the caller then takes the long way). Building an index
// reads every record, so this matters.

import { dateEncode } from '../../runtime/values/date.js';
import { FT_DATE, FT_STRING, type Field } from '../dbf/fields.js';

const SPACE = 32;
const ZERO = 48;
const NINE = 57;

/**
 * Write at `dst[at]` the NTX key of an N field's text (length `len`, `dec`
 * decimals) when the text is the one Str( value, len, dec ) gives: blanks,
 * an optional '-', digits without leading zeros, the decimals; at most 15
 * digits. False (nothing written) otherwise.
 */
export function ntxNumberInto(b: Buffer, o: number, len: number, dec: number, dst: Buffer, at: number): boolean {
  const end = o + len;
  let i = o;
  while (i < end && b[i] === SPACE) i++;
  const lead = i - o;
  const neg = i < end && b[i] === 45;
  if (neg) i++;
  const intStart = i;
  while (i < end && b[i] >= ZERO && b[i] <= NINE) i++;
  const intDigits = i - intStart;
  if (intDigits === 0 || (intDigits > 1 && b[intStart] === ZERO)) return false;
  let digits = intDigits;
  let nonZero = false;
  for (let k = intStart; k < i; k++) if (b[k] !== ZERO) nonZero = true;
  if (dec > 0) {
    if (i >= end || b[i] !== 46) return false;
    i++;
    const fracStart = i;
    while (i < end && b[i] >= ZERO && b[i] <= NINE) i++;
    if (i - fracStart !== dec) return false;
    for (let k = fracStart; k < i; k++) if (b[k] !== ZERO) nonZero = true;
    digits += dec;
  }
  if (i !== end || digits > 15 || (neg && !nonZero)) return false;
  // leading blanks become '0'; a negative number's sign too, and then
  // every digit is mirrored below '0'
  if (!neg) {
    for (let k = 0; k < lead; k++) dst[at + k] = ZERO;
    for (let k = lead; k < len; k++) dst[at + k] = b[o + k];
  } else {
    // the mirrored '0' of the blanks and the sign
    for (let k = 0; k <= lead; k++) dst[at + k] = 92 - ZERO;
    for (let k = lead + 1; k < len; k++) {
      const c = b[o + k];
      dst[at + k] = c >= ZERO && c <= NINE ? 92 - c : c;
    }
  }
  return true;
}

/**
 * Write at `dst[at]` the DToS() text of a D field's 8 bytes when they are
 * a valid date or blank; false (nothing written) otherwise.
 */
export function dateTextInto(b: Buffer, o: number, dst: Buffer, at: number): boolean {
  let blank = true;
  for (let k = 0; k < 8; k++) if (b[o + k] !== SPACE) blank = false;
  if (!blank) {
    for (let k = 0; k < 8; k++) if (b[o + k] < ZERO || b[o + k] > NINE) return false;
    const y = (((b[o] - ZERO) * 10 + b[o + 1] - ZERO) * 10 + b[o + 2] - ZERO) * 10 + b[o + 3] - ZERO;
    if (y === 0 || dateEncode(y, (b[o + 4] - ZERO) * 10 + b[o + 5] - ZERO, (b[o + 6] - ZERO) * 10 + b[o + 7] - ZERO) === 0) {
      return false;
    }
  }
  for (let k = 0; k < 8; k++) dst[at + k] = b[o + k];
  return true;
}

/** One piece of a character key made of fields: a C field's bytes, or DToS() of a D field. */
export interface RawKeyPart {
  offset: number;
  len: number;
  date: boolean;
}

/** Field lookup for keyParts(): the field named (already without alias), or undefined. */
export type FieldByName = (name: string) => Field | undefined;

/**
 * The parts of a character key expression that is a concatenation of C
 * fields and DToS( D field ) (`a + b + DToS( d )`), or null for any other
 * expression. `strip` takes a part's alias off (FIELD->, the area's own
 * alias) and returns the bare field name or ''. The parts' lengths must add
 * up to `keyLen`.
 */
export function keyParts(expr: string, keyLen: number, strip: (s: string) => string, field: FieldByName,
  dtosIsLibrary: () => boolean): RawKeyPart[] | null {
  if (/["'[\]]/.test(expr)) return null;
  const parts: RawKeyPart[] = [];
  let total = 0;
  for (const raw of expr.split('+')) {
    let s = raw.trim();
    let date = false;
    const m = /^DTOS\s*\(\s*([^()]*?)\s*\)$/i.exec(s);
    if (m !== null) {
      if (!dtosIsLibrary()) return null;
      date = true;
      s = m[1];
    }
    const name = strip(s);
    if (name === '') return null;
    const f = field(name);
    if (f === undefined) return null;
    if (date ? f.type !== FT_DATE || f.len !== 8 : f.type !== FT_STRING) return null;
    parts.push({ offset: f.offset, len: f.len, date });
    total += f.len;
  }
  return parts.length > 0 && total === keyLen ? parts : null;
}

/**
 * Write at `dst[at]` the key of `parts` from the record at `b[o]`; false
 * (the key must be evaluated) when a D field does not hold a valid date.
 */
export function keyPartsInto(parts: RawKeyPart[], b: Buffer, o: number, dst: Buffer, at: number): boolean {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.date) {
      if (!dateTextInto(b, o + p.offset, dst, at)) return false;
    } else {
      const from = o + p.offset;
      for (let k = 0; k < p.len; k++) dst[at + k] = b[from + k];
    }
    at += p.len;
  }
  return true;
}
