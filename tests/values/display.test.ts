import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newThread, operand } from './helpers.js';
import { displayStr } from '../../runtime/values/display.js';
import { HbDate, HbPointer, HbSymbol, HbTimestamp, type Value } from '../../runtime/values/types.js';
import { dateEncode } from '../../runtime/values/date.js';
import { numLiteral, valOf } from '../../runtime/values/number.js';
import { div, mult, plus, minus, mod, power, negate } from '../../runtime/values/ops.js';
import { hbRound, hbInt } from '../../runtime/values/round.js';
import { newHash } from '../../runtime/hash.js';

// expected texts as Harbour 3.2 prints them with ? (default SETs)
test('? shows each kind of value', () => {
  const ctx = newThread();
  const lit = numLiteral;
  const d = new HbDate(dateEncode(2024, 3, 15));
  const cases: Array<[Value, string]> = [
    ['abc', 'abc'],
    [42, '        42'],
    [-7, '        -7'],
    [lit('3.25'), '         3.25'],
    [negate(ctx, lit('3.25')), '        -3.25'],
    [0, '         0'],
    [lit('0.0'), '         0.0'],
    [true, '.T.'],
    [false, '.F.'],
    [undefined, 'NIL'],
    [d, '03/15/24'],
    [new HbDate(0), '  /  /  '],
    [[1, 2, 3], ''],
    [newHash(['k'], [1]), ''],
    [() => 1, ''],
    [new HbTimestamp(d.jd, 30600000), '03/15/24 08:30:00.000'],
    [new HbSymbol(ctx.vm.syms.func('Main')), '@MAIN()'],
    [5, '         5'],
    [lit('1234567890'), ' 1234567890'],
    [lit('12345678901'), ' 12345678901'],
    [lit('1.5'), '         1.5'],
    [lit('1.50'), '         1.50'],
    [lit('0.125'), '         0.125'],
    [lit('.5'), '         0.5'],
    [plus(ctx, 2, 3), '         5'],
    [plus(ctx, lit('2.5'), 3), '         5.5'],
    [mult(ctx, 2, lit('3.5')), '         7.0'],
    [div(ctx, 10, 2), '         5.00'],
    [div(ctx, 10, 4), '         2.50'],
    [div(ctx, 1, 3), '         0.33'],
    [mod(ctx, 10, 3), '         1.00'],
    [power(ctx, 2, 8), '       256.00'],
    [valOf('12.5'), '12.5'],
    [valOf('12'), '12'],
    [hbInt(lit('7.9')), '         7'],
    [hbRound(lit('2.456'), 2), '         2.46'],
    [minus(ctx, d, new HbDate(dateEncode(2024, 3, 1))), '        14'],
    [negate(ctx, 42), '       -42'],
  ];
  for (const [v, text] of cases) assert.equal(displayStr(ctx, v), text);
});

test('pointers show as an address', () => {
  const ctx = newThread();
  assert.equal(displayStr(ctx, new HbPointer(null)), '0x0000000000000000');
  const target = {};
  const p = displayStr(ctx, new HbPointer(target));
  assert.match(p, /^0x[0-9A-F]{16}$/);
  assert.equal(displayStr(ctx, new HbPointer(target)), p);
});

test('dates follow SET DATE FORMAT', () => {
  const ctx = newThread();
  const d = operand(ctx, 'date:20240229');
  ctx.sets.dateFormat = 'dd.mm.yyyy';
  assert.equal(displayStr(ctx, d), '29.02.2024');
});
