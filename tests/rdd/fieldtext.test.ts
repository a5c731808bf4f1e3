// Numbers stored into N fields take a quick way for integers and values a
// hair from a whole number of hundredths etc.; the text must always be the
// one Str( value, len, dec ) gives (the runtime's formatNum), or the field
// overflow Harbour reports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { putField } from '../../rdd/dbf/fieldcodec.js';
import { FT_LONG, type Field } from '../../rdd/dbf/fields.js';
import { formatNum } from '../../runtime/values/numfmt.js';
import { HbNum } from '../../runtime/values/types.js';
import { EDBF_DATAWIDTH } from '../../rdd/errors.js';

function field(len: number, dec: number): Field {
  return { name: 'N', type: FT_LONG, len, dec, flags: 0, offset: 1, lengthBit: -1, nullBit: -1 } as unknown as Field;
}

test('N field text is Str( value, len, dec )', () => {
  const values: number[] = [0, -0, 1, -1, 0.5, -0.5, 0.05, -0.05, 1.005, 2.675, 1234.56, -1234.56, 99999.99, 1e9, -1e9,
    123456789012, 0.1 + 0.2, 1 / 3, -2 / 3, 12.345, 1e-9, 999.995, 5e14, -5e14, 7.07, 100.1];
  let x = 4242;
  for (let i = 0; i < 3000; i++) {
    x = (x * 16807) % 2147483647;
    values.push(((x % 2000000) - 1000000) / 100, ((x % 20000) - 10000) / 1000, x / 7, -x / 3);
  }
  for (const [len, dec] of [[12, 2], [10, 0], [8, 3], [6, 2], [20, 4], [5, 0], [4, 1]]) {
    const f = field(len, dec);
    for (const v of values) {
      // a plain JS number is always an integer in the value model
      for (const item of Number.isInteger(v) ? [v, new HbNum(v, 0, dec)] : [new HbNum(v, 0, 2), new HbNum(v, 0, dec)]) {
        const rec = Buffer.alloc(len + 1, 0x40);
        const err = putField(rec, f, item, 0);
        const want = formatNum(item, len, dec);
        if (want.length !== len || want.charCodeAt(0) === 42) {
          assert.equal(err, EDBF_DATAWIDTH, `${v} N(${len},${dec}) overflows`);
          continue;
        }
        assert.equal(err, 0, `${v} N(${len},${dec})`);
        assert.equal(rec.toString('latin1', 1, len + 1), want, `${v} N(${len},${dec})`);
      }
    }
  }
});
