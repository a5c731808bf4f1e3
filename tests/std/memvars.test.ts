// Memvars by name (__mv* functions, RELEASE, MemVarBlock) and the .mem
// file format of SAVE TO / RESTORE FROM. Expected values and the .mem
// bytes were recorded from Harbour 3.2.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HbDate, HbTimestamp, type Value } from '../../runtime/values/types.js';
import { numLiteral } from '../../runtime/values/number.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { div } from '../../runtime/values/ops.js';
import { dateEncode } from '../../runtime/values/date.js';
import { timeEncode, tsPut } from '../../runtime/values/timestamp.js';
import { nativeProc } from '../../runtime/vm/frame.js';
import { call, inTempDir, newCtx, raised } from './rtl-helpers.js';

test('__mvPublic/__mvPrivate/__mvPut/__mvGet/__mvScope', () => {
  const ctx = newCtx();
  ctx.enter(nativeProc('MAIN'));
  call(ctx, '__MVPUBLIC', 'pubA', ['pubB', 'HARBOUR'], 'clipper');
  assert.deepEqual([call(ctx, '__MVGET', 'PUBA'), call(ctx, '__MVGET', 'harbour'), call(ctx, '__MVGET', 'CLIPPER')], [false, true, true]);
  call(ctx, '__MVPUT', 'pubA', 1);
  call(ctx, '__MVPUBLIC', 'pubA');
  assert.equal(call(ctx, '__MVGET', 'pubA'), 1);
  call(ctx, '__MVPRIVATE', 'privC');
  call(ctx, '__MVPUT', 'privC', 'c');
  call(ctx, '__MVPRIVATE', 'privC');
  assert.equal(call(ctx, '__MVGET', 'privC'), 'c');
  assert.deepEqual([call(ctx, '__MVSCOPE', 'pubA'), call(ctx, '__MVSCOPE', 'privC'), call(ctx, '__MVSCOPE', 'undeclared_xyz'),
    call(ctx, '__MVSCOPE', 'QOut'), call(ctx, '__MVSCOPE', 5), call(ctx, '__MVSCOPE', '  pubA  ')], [1, 2, -2, -1, 0, 1]);
  assert.equal(call(ctx, '__MVGETDEF', 'nothere', 'dflt'), 'dflt');
  assert.equal(raised(() => call(ctx, '__MVGET', 'nothere')), 'BASE/1003 14 [Variable does not exist] nothere <> os:0 #:1 NIL R');
  assert.equal(raised(() => call(ctx, '__MVGET', 1)), 'BASE/3009 1 [Argument error]  <> os:0 #:0 [1] S');
  assert.equal(raised(() => call(ctx, '__MVPUBLIC', 1)), 'BASE/3008 1 [Argument error] & <> os:0 #:0 [1] ');
});

test('RELEASE: PRIVATEs of the calling function become NIL, a PUBLIC goes away', () => {
  const ctx = newCtx();
  ctx.enter(nativeProc('MAIN'));
  call(ctx, '__MVPUBLIC', 'pub');
  ctx.enter(nativeProc('SUB'));
  for (const [n, v] of [['x_one', 1], ['x_two', 2], ['y_one', 3]] as Array<[string, Value]>) call(ctx, '__MVPUT', n, v);
  call(ctx, '__MVRELEASE', 'x_*', true);
  assert.deepEqual(['X_ONE', 'X_TWO', 'Y_ONE'].map((n) => call(ctx, '__MVGET', n)), [undefined, undefined, 3]);
  call(ctx, '__MVPUT', 'x_one', 1);
  call(ctx, '__MVRELEASE', 'x_*', false);
  assert.deepEqual(['X_ONE', 'Y_ONE'].map((n) => call(ctx, '__MVGET', n)), [1, undefined]);
  call(ctx, '__MVXRELEASE', 'pub');
  assert.equal(call(ctx, '__MVEXIST', 'pub'), false);
  const b = call(ctx, 'MEMVARBLOCK', 'x_one') as (c: typeof ctx, ...a: Value[]) => Value;
  assert.equal(b(ctx), 1);
  assert.equal(b(ctx, 44), 44);
  assert.equal(call(ctx, '__MVGET', 'x_one'), 44);
  assert.equal(call(ctx, 'MEMVARBLOCK', 'nothere'), undefined);
  call(ctx, '__MVCLEAR');
  assert.equal(call(ctx, '__MVEXIST', 'x_one'), false);
});

test('SAVE TO writes Clipper\'s .mem records in descending name order', () => {
  inTempDir(() => {
    const ctx = newCtx();
    ctx.enter(nativeProc('MAIN'));
    const syms = ctx.vm.syms;
    ctx.memvars.declarePublic(syms.variable('ZETA'), 'zz', true);
    const privates: Array<[string, Value]> = [
      ['ALPHA', numLiteral('12.345')], ['MID', -7], ['DD', new HbDate(dateEncode(2024, 3, 15))], ['LL', true],
      ['NN', div(ctx, 1, 3)], ['TT', tsPut(dateEncode(2024, 1, 2), timeEncode(3, 4, 5, 6))], ['BIG', numLiteral('123456789012')],
      ['LONGERNAMETHANTEN', 'x'],
    ];
    for (const [n, v] of privates) ctx.memvars.declarePrivate(syms.variable(n), v);
    call(ctx, '__MVSAVE', 'mt1', '*', true);
    const hex = readFileSync('mt1.mem').toString('hex').toUpperCase();
    assert.equal(hex,
      '5A45544100000000000000C300000000030000000000000000000000000000007A7A00545400000000000000000' +
      '0D40000000001000000000000000000000000000000B9EB5C104CC542414E4E000000000000000000CE000000000D020000000000' +
      '000000000000000000555555555555D53F4D49440000000000000000CE000000000A00000000000000000000000000000000000000' +
      '00001CC04C4F4E4745524E414D4500C3000000000200000000000000000000000000000078004C4C000000000000000000CC00000000' +
      '01000000000000000000000000000000014444000000000000000000C4000000000100000000000000000000000000000000000080' +
      '70C542414249470000000000000000CE000000000D0000000000000000000000000000000000141A99BE3C42414C50484100000000' +
      '0000CE000000000E030000000000000000000000000000713D0AD7A3B028401A');
    // RESTORE brings the values back (numbers with their width and decimals)
    call(ctx, '__MVPUT', 'ALPHA', 0);
    call(ctx, '__MVRESTORE', 'mt1', true);
    assert.equal(numToStr(call(ctx, '__MVGET', 'ALPHA') as number), '        12.345');
    assert.equal(numToStr(call(ctx, '__MVGET', 'NN') as number), '         0.33');
    const tt = call(ctx, '__MVGET', 'TT') as HbTimestamp;
    assert.deepEqual([tt.jd, tt.ms], [dateEncode(2024, 1, 2), timeEncode(3, 4, 5, 6)]);
    assert.equal(call(ctx, '__MVGET', 'LONGERNAME'), 'x');
  });
});

test('__mvSave/__mvRestore argument and file errors', () => {
  inTempDir(() => {
    const ctx = newCtx();
    assert.equal(raised(() => call(ctx, '__MRESTORE')), 'BASE/2007 1 [Argument error] __MRESTORE <> os:0 #:0 NIL ');
    assert.equal(raised(() => call(ctx, '__MSAVE')), 'BASE/2008 1 [Argument error] __MSAVE <> os:0 #:0 NIL ');
    assert.equal(raised(() => call(ctx, '__MRESTORE', '$NOTHERE.MEM', false)),
      'BASE/2005 21 [Open error]  <$NOTHERE.MEM> os:2 #:1 NIL RD');
    assert.equal(raised(() => call(ctx, '__MSAVE', '*BADNAM/*.MEM', '*', true)),
      'BASE/2006 20 [Create error]  <*BADNAM/*.MEM> os:2 #:1 NIL RD');
  });
});
