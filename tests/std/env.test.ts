// The environment functions, the language module, Clipper's nation
// messages and the compatibility helpers. Expected values were recorded
// from Harbour 3.2.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HbNum } from '../../runtime/values/types.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { call, newCtx, raised } from './rtl-helpers.js';

test('hb_Random() with a seed gives Harbour\'s sequence', () => {
  const ctx = newCtx();
  call(ctx, 'HB_RANDOMSEED', 42);
  const seq = [1, 2, 3, 4, 5].map(() => numToStr(call(ctx, 'HB_RANDOM') as number | HbNum, 16, 12).trim());
  assert.deepEqual(seq, ['0.000944072847', '0.571362863827', '0.256809422985', '0.447673636906', '0.654139482560']);
  call(ctx, 'HB_RANDOMSEED', 7);
  assert.deepEqual([call(ctx, 'HB_RANDOMINT', 100), call(ctx, 'HB_RANDOMINT', 5, 10), call(ctx, 'HB_RANDOMINT', 10, 5),
    call(ctx, 'HB_RANDOMINT')], [1, 8, 6, 1]);
  assert.equal(numToStr(call(ctx, 'HB_RANDOM', 10) as number | HbNum), '         7.76');
  call(ctx, 'HB_RANDOMSEED', -5);
  assert.deepEqual([call(ctx, 'HB_RANDOMINT', 1000), call(ctx, 'HB_RANDOMINTMAX')], [1000, 2147483645]);
});

test('environment variables', () => {
  const ctx = newCtx();
  assert.equal(call(ctx, 'HB_GETENV', 'HBTS_TEST_UNSET_VAR', 'dflt'), 'dflt');
  assert.equal(call(ctx, 'HB_SETENV', 'HBTS_TEST_VAR', 'value'), true);
  assert.deepEqual([call(ctx, 'GETENV', 'HBTS_TEST_VAR'), call(ctx, 'GETENV', 'HBTS_TEST_VAR', 'x')], ['value', '']);
  assert.equal(call(ctx, 'HB_SETENV', 'HBTS_TEST_VAR'), true);
  assert.equal(call(ctx, 'GETENV', 'HBTS_TEST_VAR'), '');
  assert.deepEqual([call(ctx, 'HB_SETENV', 1, 'x'), call(ctx, 'HB_SETENV', '')], [false, false]);
});

test('versions: Harbour 3.2 numbers', () => {
  const ctx = newCtx();
  assert.match(call(ctx, 'VERSION') as string, /^Harbour 3\.2\.1dev \(/);
  assert.deepEqual([2, 3, 4, 5, 9, 10, 17, 19, 27].map((n) => call(ctx, 'HB_VERSION', n)),
    [3, 2, 1, 'dev', 3, 'PCode version: 0.3', 64, true, 'https://github.com/harbour/core/']);
  assert.equal(call(ctx, 'HB_VERSION', 99), undefined);
});

test('the language module: selection, messages, errors', () => {
  const ctx = newCtx();
  assert.equal(call(ctx, 'HB_LANGNAME'), 'Harbour Language: en English (English)');
  assert.deepEqual([call(ctx, 'HB_LANGMESSAGE', 2), call(ctx, 'HB_LANGERRMSG', 21)], ['English', 'Open error']);
  assert.equal(call(ctx, 'HB_LANGSELECT', 'en'), 'en');
  assert.deepEqual([call(ctx, 'HB_LANGSELECT'), call(ctx, 'HB_LANGMESSAGE', 0)], ['en.EN', 'en.EN']);
  assert.equal(raised(() => call(ctx, 'HB_LANGSELECT', 'xx')), 'BASE/1303 1 [Argument error] __HB_LANGSELECT <> os:0 #:0 ["xx.EN"] ');
  assert.deepEqual([call(ctx, 'NATIONMSG'), call(ctx, 'NATIONMSG', 9), call(ctx, 'NATIONMSG', 14), call(ctx, 'NATIONMSG', '1')],
    ['Invalid argument', 'Invalid date', '', '']);
  assert.deepEqual(['y', 'Yes', 'n', '', 1].map((v) => call(ctx, 'ISAFFIRM', v)), [true, true, false, false, false]);
  assert.deepEqual(['no', 'N', 'y'].map((v) => call(ctx, 'ISNEGATIVE', v)), [true, true, false]);
});

test('binary conversions and the time helpers', () => {
  const ctx = newCtx();
  assert.deepEqual([call(ctx, 'BIN2I', 'AB'), call(ctx, 'BIN2I', '\xff\xff'), call(ctx, 'BIN2W', '\xff\xff'),
    call(ctx, 'BIN2L', 'ABCD'), call(ctx, 'BIN2L', 'ABC'), call(ctx, 'BIN2I', 5)], [16961, -1, 65535, 1145258561, 4407873, 0]);
  assert.deepEqual([call(ctx, 'I2BIN', 16961), call(ctx, 'I2BIN', 70000), call(ctx, 'L2BIN', -2)], ['AB', 'p\x11', '\xfe\xff\xff\xff']);
  assert.deepEqual(['00:10:00', '13:00', '12:00', '23:59:59', '', '9', 'HELLO'].map((t) => call(ctx, 'AMPM', t)),
    ['12:10:00 am', ' 1:00 pm', '12:00 pm', '11:59:59 pm', '12 am', '9 am', '12LLO am']);
  assert.deepEqual([call(ctx, 'DAYS', 200000), call(ctx, 'ELAPTIME', '10:00:00', '09:00:00'), call(ctx, 'SECS', '01:02:03'),
    call(ctx, 'TSTRING', 90000), call(ctx, 'LENNUM', -7), call(ctx, 'LENNUM', 'x')], [2, '23:00:00', 3723, '01:00:00', 2, 0]);
  assert.deepEqual([call(ctx, 'FKLABEL', 10), call(ctx, 'FKLABEL', 41), call(ctx, 'MEMORY', 0), call(ctx, 'MEMORY', 105)],
    ['F10', '', 9999, 0]);
});
