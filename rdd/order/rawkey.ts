// Keys made straight from a field's bytes, for keys that are a single
// field: the result is exactly what evaluating the field and encoding its
// value gives, and null where that is not certain (the caller then takes
// the long way). Building an index reads every record, so this matters.

import { latin1 } from '../dbf/fieldcodec.js';
import { dateEncode } from '../../runtime/values/date.js';

const SPACE = 32;
const ZERO = 48;
const NINE = 57;

const scratch = Buffer.alloc(64);

/**
 * The NTX key of an N field's text (length `len`, `dec` decimals) when the
 * text is the one Str( value, len, dec ) gives: blanks, an optional '-',
 * digits without leading zeros, the decimals; at most 15 digits.
 */
export function ntxNumberText(b: Buffer, o: number, len: number, dec: number): string | null {
  if (len > scratch.length) return null;
  const end = o + len;
  let i = o;
  while (i < end && b[i] === SPACE) i++;
  const lead = i - o;
  const neg = i < end && b[i] === 45;
  if (neg) i++;
  const intStart = i;
  while (i < end && b[i] >= ZERO && b[i] <= NINE) i++;
  const intDigits = i - intStart;
  if (intDigits === 0 || (intDigits > 1 && b[intStart] === ZERO)) return null;
  let digits = intDigits;
  let nonZero = false;
  for (let k = intStart; k < i; k++) if (b[k] !== ZERO) nonZero = true;
  if (dec > 0) {
    if (i >= end || b[i] !== 46) return null;
    i++;
    const fracStart = i;
    while (i < end && b[i] >= ZERO && b[i] <= NINE) i++;
    if (i - fracStart !== dec) return null;
    for (let k = fracStart; k < i; k++) if (b[k] !== ZERO) nonZero = true;
    digits += dec;
  }
  if (i !== end || digits > 15 || (neg && !nonZero)) return null;
  // leading blanks become '0'; a negative number's sign too, and then
  // every digit is mirrored below '0'
  for (let k = 0; k < lead; k++) scratch[k] = ZERO;
  if (!neg) {
    b.copy(scratch, lead, o + lead, end);
  } else {
    scratch[lead] = ZERO;
    for (let k = lead + 1; k < len; k++) scratch[k] = b[o + k];
    for (let k = 0; k < len; k++) if (scratch[k] >= ZERO && scratch[k] <= NINE) scratch[k] = 92 - scratch[k];
  }
  return latin1(scratch, 0, len);
}

/** The NTX key (DToS()) of a D field's 8 bytes when they are a valid date or blank. */
export function ntxDateText(b: Buffer, o: number): string | null {
  let blank = true;
  for (let k = 0; k < 8; k++) if (b[o + k] !== SPACE) blank = false;
  if (blank) return '        ';
  for (let k = 0; k < 8; k++) if (b[o + k] < ZERO || b[o + k] > NINE) return null;
  const y = (((b[o] - ZERO) * 10 + b[o + 1] - ZERO) * 10 + b[o + 2] - ZERO) * 10 + b[o + 3] - ZERO;
  if (y === 0 || dateEncode(y, (b[o + 4] - ZERO) * 10 + b[o + 5] - ZERO, (b[o + 6] - ZERO) * 10 + b[o + 7] - ZERO) === 0) {
    return null;
  }
  return latin1(b, o, o + 8);
}
