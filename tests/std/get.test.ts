// The GET system's classes driven from TypeScript: Get objects (colors,
// pictures, editing, reading back), HBGetList's key handling, TBColumn's
// typed settings and TBrowse's layout and data-source movement. Expected
// values were recorded from Harbour 3.2 (the colorSpec cases are those of
// Harbour's regression suite).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Thread } from '../../runtime/vm/thread.js';
import { HbNum, HbObject, type Value } from '../../runtime/values/types.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { numLiteral } from '../../runtime/values/number.js';
import { negate } from '../../runtime/values/ops.js';
import { sendAny } from '../../runtime/classes/send.js';
import { call, newCtx, raised } from './rtl-helpers.js';

const send = (ctx: Thread, o: Value, msg: string, ...args: Value[]): Value => sendAny(ctx, o, msg, args);

/** A Get on a variable kept in a box, as @ ... GET makes it. */
function getOn(ctx: Thread, box: { v: Value }, pic?: string): Value {
  const block = (_c: Thread, ...a: Value[]) => (a.length > 0 && a[0] !== undefined ? (box.v = a[0]) : box.v);
  return call(ctx, 'GETNEW', 5, 10, block, 'x', pic);
}

/** Type `keys` into a focused Get the way READ does (overstrike mode). */
function type(ctx: Thread, o: Value, keys: string): void {
  for (const k of keys) send(ctx, o, 'OVERSTRIKE', k);
}

const str = (v: Value) => numToStr(v as number | HbNum);

test('GetNew() takes the cursor position and the colors of SetColor()', () => {
  const ctx = newCtx();
  call(ctx, 'SETPOS', 3, 7);
  const o = call(ctx, 'GETNEW');
  assert.ok(o instanceof HbObject);
  assert.equal(send(ctx, o, 'CLASSNAME'), 'GET');
  assert.deepEqual([send(ctx, o, 'ROW'), send(ctx, o, 'COL'), send(ctx, o, 'NAME')], [3, 7, '']);
  assert.equal(send(ctx, o, 'COLORSPEC'), 'N/W,N/W,W/N,W+/N');
  assert.deepEqual([send(ctx, o, 'DECPOS'), send(ctx, o, 'HASFOCUS'), send(ctx, o, 'POS'), send(ctx, o, 'TYPE')], [0, false, 0, 'U']);
  call(ctx, 'SETCOLOR', 'W+/B,R/G');
  assert.equal(send(ctx, call(ctx, 'GETNEW'), 'COLORSPEC'), 'R/G,R/G,W+/B,N/N');
});

test(':colorSpec takes four colors, each missing one the first', () => {
  const ctx = newCtx();
  const o = call(ctx, 'GETNEW');
  const cases: Array<[string, string]> = [
    ['B', 'B/N,B/N,B/N,B/N'], ['I', 'N/W,N/W,N/W,N/W'], ['T', 'N/N,N/N,N/N,N/N'], ['11', 'BG+/N,BG+/N,BG+/N,BG+/N'],
    ['+', 'N+/N,N+/N,N+/N,N+/N'], ['*', 'N/N*,N/N*,N/N*,N/N*'], ['BR/W+', 'BR+/W,BR+/W,BR+/W,BR+/W'],
    ['ABCDEFGHIJKLMNOPQRSTUVW', 'N/U,N/U,N/U,N/U'], ['W+/B,GR+/R', 'W+/B,GR+/R,W+/B,W+/B'],
  ];
  for (const [spec, want] of cases) {
    send(ctx, o, '_COLORSPEC', spec);
    assert.equal(send(ctx, o, 'COLORSPEC'), want, spec);
  }
  // NIL, numbers, arrays ... leave it; other types take SetColor()'s
  send(ctx, o, '_COLORSPEC', []);
  assert.equal(send(ctx, o, 'COLORSPEC'), 'W+/B,GR+/R,W+/B,W+/B');
  send(ctx, o, '_COLORSPEC', true);
  assert.equal(send(ctx, o, 'COLORSPEC'), 'N/W,N/W,W/N,N/N');
});

test('a numeric Get clears on the first key and reads back with Harbour widths', () => {
  const ctx = newCtx();
  const box: { v: Value } = { v: 1 };
  const o = getOn(ctx, box);
  send(ctx, o, 'SETFOCUS');
  assert.deepEqual([send(ctx, o, 'BUFFER'), send(ctx, o, 'POS'), send(ctx, o, 'DECPOS'), send(ctx, o, 'CLEAR')], ['         1', 1, 11, true]);
  send(ctx, o, 'OVERSTRIKE', '5');
  assert.deepEqual([send(ctx, o, 'BUFFER'), send(ctx, o, 'POS'), send(ctx, o, 'CHANGED')], ['5         ', 2, true]);
  send(ctx, o, 'ASSIGN');
  assert.equal(str(box.v), '         5');
  send(ctx, o, 'KILLFOCUS');
  assert.deepEqual([send(ctx, o, 'BUFFER'), send(ctx, o, 'HASFOCUS')], [undefined, false]);
});

test('typing into pictures: @R templates, decimals, @E separators, signs', () => {
  const ctx = newCtx();
  const run = (v: Value, pic: string, keys: string): [Value, Value] => {
    const box = { v };
    const o = getOn(ctx, box, pic);
    send(ctx, o, 'SETFOCUS');
    type(ctx, o, keys);
    const buf = send(ctx, o, 'BUFFER');
    send(ctx, o, 'ASSIGN');
    return [buf, box.v];
  };
  assert.deepEqual(run('1234567890', '@R 999-999-9999', '55512345'), ['555-123-4590', '5551234590']);
  const [buf, v] = run(numLiteral('123.45'), '999.99', '12.5');
  assert.equal(buf, ' 12.50');
  assert.equal(str(v), ' 12.50');
  assert.equal(run(numLiteral('1234567.89'), '@E 9,999,999.99', '42,7')[0], '       42,70');
  assert.equal(run(negate(ctx, numLiteral('12.5')), '999.99', '-3')[0], '-3 .  ');
  assert.equal(run('abcd', 'AAAA', '1b2c')[0], 'bccd');
  assert.equal(run('abc       ', '@!', 'xyz')[0], 'XYZ       ');
});

test('a date buffer that reads as no date is a bad date; VALID refuses it', () => {
  const ctx = newCtx();
  const box: { v: Value } = { v: call(ctx, 'HB_STOD', '20240101') };
  const o = getOn(ctx, box);
  const list = send(ctx, call(ctx, 'HBGETLIST'), 'NEW', [o]);
  call(ctx, '__GETLISTSETACTIVE', list);
  send(ctx, o, 'SETFOCUS');
  assert.equal(send(ctx, o, 'BUFFER'), '01/01/24');
  type(ctx, o, '99');
  assert.equal(send(ctx, o, 'BADDATE'), true);
  assert.equal(call(ctx, 'GETPOSTVALIDATE', o), false);
  assert.equal(send(ctx, o, 'POS'), 1);
});

test('GetApplyKey: Enter and arrows set the exit state, a full field types out', () => {
  const ctx = newCtx();
  const box: { v: Value } = { v: 'ab' };
  const o = getOn(ctx, box, 'A-A');
  call(ctx, '__GETLISTSETACTIVE', send(ctx, call(ctx, 'HBGETLIST'), 'NEW', [o]));
  send(ctx, o, 'SETFOCUS');
  call(ctx, 'GETAPPLYKEY', o, 'x'.charCodeAt(0));
  assert.deepEqual([send(ctx, o, 'BUFFER'), send(ctx, o, 'TYPEOUT'), send(ctx, o, 'EXITSTATE')], ['x-', true, 5]);
  send(ctx, o, '_EXITSTATE', 0);
  call(ctx, 'GETAPPLYKEY', o, 5);
  assert.equal(send(ctx, o, 'EXITSTATE'), 1);
});

test('ReadModal() of an empty list puts the cursor on the last line but one', () => {
  const ctx = newCtx();
  assert.equal(call(ctx, 'READMODAL', []), false);
  assert.deepEqual([call(ctx, 'ROW'), call(ctx, 'COL')], [22, 0]);
});

test('TBColumn settings are typed: another type is TBCOLUMN/1001', () => {
  const ctx = newCtx();
  const col = call(ctx, 'TBCOLUMNNEW', 'Head', () => 1);
  assert.deepEqual([send(ctx, col, 'HEADING'), send(ctx, col, 'WIDTH'), send(ctx, col, 'FOOTING')], ['Head', undefined, '']);
  assert.deepEqual(send(ctx, col, 'DEFCOLOR'), [1, 2]);
  assert.equal(raised(() => send(ctx, col, '_WIDTH', 'x')), 'TBCOLUMN/1001 1 [Argument error] WIDTH <> os:0 #:0 ["x"] S');
  send(ctx, col, '_WIDTH', 10);
  assert.equal(send(ctx, col, 'WIDTH'), 10);
});

test('TBrowse: widths from values and headings, rows from the separators, the skip block moves the cursor', () => {
  const ctx = newCtx();
  const rows = ['one', 'two', 'three', 'four', 'five'];
  let n = 1;
  const b = call(ctx, 'TBROWSENEW', 2, 5, 6, 40);
  send(ctx, b, '_SKIPBLOCK', (_c: Thread, x: Value) => {
    const old = n;
    n = Math.max(1, Math.min(rows.length, n + (x as number)));
    return n - old;
  });
  send(ctx, b, '_GOTOPBLOCK', () => (n = 1));
  send(ctx, b, '_GOBOTTOMBLOCK', () => (n = rows.length));
  send(ctx, b, 'ADDCOLUMN', call(ctx, 'TBCOLUMNNEW', 'Name', () => rows[n - 1]));
  send(ctx, b, 'ADDCOLUMN', call(ctx, 'TBCOLUMNNEW', 'Num;ber', () => n * 111));
  assert.deepEqual([send(ctx, b, 'ROWCOUNT'), send(ctx, b, 'COLWIDTH', 1), send(ctx, b, 'COLWIDTH', 2)], [3, 4, 10]);
  send(ctx, b, 'FORCESTABLE');
  assert.deepEqual([send(ctx, b, 'STABLE'), send(ctx, b, 'ROWPOS'), n, call(ctx, 'ROW'), call(ctx, 'COL')], [true, 1, 1, 4, 15]);
  for (let i = 0; i < 5; i++) {
    send(ctx, b, 'DOWN');
    send(ctx, b, 'FORCESTABLE');
  }
  assert.deepEqual([send(ctx, b, 'ROWPOS'), n, send(ctx, b, 'HITBOTTOM')], [3, 5, true]);
  send(ctx, b, 'GOTOP');
  send(ctx, b, 'FORCESTABLE');
  assert.deepEqual([send(ctx, b, 'ROWPOS'), n], [1, 1]);
  assert.equal(send(ctx, b, 'APPLYKEY', 27), -1);
  assert.equal(send(ctx, b, 'APPLYKEY', 65), 1);
});

test('hb_Val() is as wide as its text', () => {
  const ctx = newCtx();
  assert.equal(str(call(ctx, 'HB_VAL', '         5')), '         5');
  assert.equal(str(call(ctx, 'HB_VAL', '12', 8)), '      12');
  assert.equal(str(call(ctx, 'HB_VAL', '   12', 3)), ' 12');
  assert.equal(str(call(ctx, 'HB_VAL', '  1.5   ')), '  1.5000');
});
