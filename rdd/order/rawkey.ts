// Keys made straight from a field's bytes: the result is exactly what
// evaluating the field and encoding its value gives, and false where that
// is not certain (the caller then takes the long way). Building an index
// reads every record, so this matters.

import { dateEncode } from '../../runtime/values/date.js';

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
