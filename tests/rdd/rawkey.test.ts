// Keys made straight from field bytes (used while building an index) must
// be exactly the keys of the field's value: every text an N or D field can
// hold either gives the same key both ways or is left to the long way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateTextInto, ntxNumberInto } from '../../rdd/order/rawkey.js';
import { ntxKey } from '../../rdd/order/key.js';
import { parseNumber, dateOfDigits } from '../../rdd/dbf/fieldcodec.js';
import { HbDate, HbNum } from '../../runtime/values/types.js';

// the key text written, or null when the bytes are left to the long way
function ntxNumberText(b: Buffer, o: number, len: number, dec: number): string | null {
  const dst = Buffer.alloc(len + 4, 0x7e);
  if (!ntxNumberInto(b, o, len, dec, dst, 2)) return dst.every((c) => c === 0x7e) ? null : 'written on failure';
  return dst.toString('latin1', 2, 2 + len);
}

function ntxDateText(b: Buffer, o: number): string | null {
  const dst = Buffer.alloc(12, 0x7e);
  if (!dateTextInto(b, o, dst, 2)) return dst.every((c) => c === 0x7e) ? null : 'written on failure';
  return dst.toString('latin1', 2, 10);
}

function numberTexts(len: number, dec: number): string[] {
  const out: string[] = [];
  const values = [0, 1, -1, 7, -7, 10, -10, 99, 123.45, -123.45, 0.5, -0.5, 0.01, -0.01, 1e6, -99999.99, 3.14159];
  for (const v of values) {
    const t = dec > 0 ? v.toFixed(dec) : String(Math.round(v));
    out.push(t.padStart(len).slice(-len));
  }
  // texts Str() would never make: leading zeros, '+', missing decimals, blanks inside, negative zero
  out.push('0'.repeat(len), '+1'.padStart(len), '1'.padEnd(len), ' 1 2'.padStart(len), '-0'.padStart(len),
    ('-0.' + '0'.repeat(Math.max(dec, 1))).padStart(len), '1.5'.padStart(len), 'abc'.padStart(len), ' '.repeat(len));
  return out;
}

test('NTX numeric keys from N field text agree with the value\'s key', () => {
  for (const [len, dec] of [[10, 2], [6, 0], [12, 4], [4, 0], [8, 1]]) {
    for (const text of numberTexts(len, dec)) {
      const b = Buffer.from(text, 'latin1');
      const fast = ntxNumberText(b, 0, len, dec);
      if (fast === null) continue;
      const { v } = parseNumber(b, 0, len);
      const slow = ntxKey(dec > 0 ? new HbNum(v, len - dec - 1, dec) : v, 'N', len, dec)[0];
      assert.equal(fast, slow, `[${text}] N(${len},${dec})`);
    }
  }
  // the canonical texts do take the fast way
  assert.notEqual(ntxNumberText(Buffer.from('   -123.45'), 0, 10, 2), null);
  assert.notEqual(ntxNumberText(Buffer.from('     0'), 0, 6, 0), null);
});

test('NTX date keys from D field text agree with DToS()', () => {
  for (const text of ['20240229', '20230229', '19000101', '        ', '00000000', '2024 101', '99991231', '20241301', '0001010a']) {
    const b = Buffer.from(text, 'latin1');
    const fast = ntxDateText(b, 0);
    if (fast === null) continue;
    const slow = ntxKey(new HbDate(dateOfDigits(b, 0)), 'D', 8, 0)[0];
    assert.equal(fast, slow, text);
  }
  assert.equal(ntxDateText(Buffer.from('20240229'), 0), '20240229');
  assert.equal(ntxDateText(Buffer.from('20230229'), 0), null);
});

test('keys of fields put together: C fields and DToS() of D fields, else the long way', async () => {
  const { keyParts, keyPartsInto } = await import('../../rdd/order/rawkey.js');
  const { FT_DATE, FT_LONG, FT_STRING } = await import('../../rdd/dbf/fields.js');
  const fields: Record<string, { type: number; len: number; offset: number }> = {
    CITY: { type: FT_STRING, len: 6, offset: 1 },
    BORN: { type: FT_DATE, len: 8, offset: 7 },
    N: { type: FT_LONG, len: 4, offset: 15 },
  };
  const strip = (s: string): string => {
    const m = /^(?:(?:FIELD|_FIELD|KK)\s*->\s*)?([A-Za-z_][A-Za-z0-9_]*)$/i.exec(s.trim());
    return m === null ? '' : m[1];
  };
  const field = (name: string) => fields[name.toUpperCase()] as never;
  const lib = (): boolean => true;
  const parts = keyParts('CITY + DToS( kk->BORN )', 14, strip, field, lib);
  assert.deepEqual(parts, [{ offset: 1, len: 6, date: false }, { offset: 7, len: 8, date: true }]);
  // lengths that do not add up, other types, other functions, literals, a user's DTOS: not taken
  assert.equal(keyParts('CITY + DToS( BORN )', 15, strip, field, lib), null);
  assert.equal(keyParts('CITY + N', 10, strip, field, lib), null);
  assert.equal(keyParts('Upper( CITY ) + DToS( BORN )', 14, strip, field, lib), null);
  assert.equal(keyParts('CITY + "x"', 7, strip, field, lib), null);
  assert.equal(keyParts('DToS( BORN ) + CITY', 14, strip, field, () => false), null);
  assert.equal(keyParts('CITY + NOSUCH', 12, strip, field, lib), null);
  const rec = Buffer.from(' Oslo  20240229   7', 'latin1');
  const dst = Buffer.alloc(14);
  assert.equal(keyPartsInto(parts!, rec, 0, dst, 0), true);
  assert.equal(dst.toString('latin1'), 'Oslo  20240229');
  // a blank date is its blanks; bytes that are not a date are left to the long way
  assert.equal(keyPartsInto(parts!, Buffer.from(' Oslo          ', 'latin1'), 0, dst, 0), true);
  assert.equal(dst.toString('latin1'), 'Oslo          ');
  assert.equal(keyPartsInto(parts!, Buffer.from(' Oslo  2024AB01', 'latin1'), 0, dst, 0), false);
});
