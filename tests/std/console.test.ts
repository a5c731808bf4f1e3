// The CGI terminal: stream output and the cursor, positioned writes, SET
// CONSOLE / ALTERNATE / PRINTER / DEVICE, colors, Alert() and the keyboard.
// Expected values were recorded from Harbour 3.2 (colors: the cases of
// Harbour's own regression suite).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Thread } from '../../runtime/vm/thread.js';
import { numLiteral } from '../../runtime/values/number.js';
import { call, inTempDir, newCtx, screen } from './rtl-helpers.js';

const SET_CONSOLE = 17;
const SET_ALTERNATE = 18;
const SET_ALTFILE = 19;
const SET_DEVICE = 20;
const SET_PRINTER = 23;
const SET_PRINTFILE = 24;

const pos = (ctx: Thread) => [call(ctx, 'ROW'), call(ctx, 'COL')];

test('? and ?? move the cursor like a stream: line feeds count rows, columns never reset', () => {
  const ctx = newCtx();
  const out = screen(ctx, () => {
    call(ctx, 'QOUT', 'start');
    assert.deepEqual(pos(ctx), [1, 5]);
    call(ctx, 'QOUT', 'pos:', 1, 5, 23, 79);
    call(ctx, 'QQOUT', 'more', 1, true, undefined, numLiteral('2.5'));
    assert.deepEqual(pos(ctx), [2, 89]);
  });
  assert.equal(out, '\nstart\npos:          1          5         23         79more          1 .T. NIL          2.5');
  assert.deepEqual([call(ctx, 'MAXROW'), call(ctx, 'MAXCOL')], [23, 79]);
});

test('SetPos/DevPos move only the cursor; DispOutAt moves the stream with spaces, then line feeds', () => {
  const ctx = newCtx();
  const out = screen(ctx, () => {
    call(ctx, 'SETPOS', 10, 20);
    assert.deepEqual(pos(ctx), [10, 20]);
    call(ctx, 'DEVPOS', 15, 3);
    call(ctx, 'DEVOUT', 'said');
    call(ctx, 'DEVOUT', true);
    call(ctx, 'DISPOUTAT', 2, 5, 'at-2-5');
    call(ctx, 'DISPOUTAT', 2, 15, 'at-2-15');
    call(ctx, 'DISPOUTAT', 2, 3, 'at-2-3');
    call(ctx, 'DISPOUTAT', 6, 0, 'at-6-0');
    call(ctx, 'DISPOUTAT', 1, 2, true);
    assert.deepEqual(pos(ctx), [1, 3]);
    call(ctx, 'HB_DISPOUTAT', 1, 1, 'invisible');
    call(ctx, 'DISPBOX', 1, 1, 4, 10, '');
    assert.deepEqual(pos(ctx), [2, 2]);
  });
  assert.equal(out, 'saidT\n\nat-2-5    at-2-15   \nat-2-3\n\n\n\nat-6-0\nT');
});

test('SET CONSOLE, SET ALTERNATE TO (with its Chr(26) on close) and the printer head', () => {
  inTempDir(() => {
    const ctx = newCtx();
    const set = (n: number, v: unknown, extra?: unknown) => call(ctx, 'SET', n, v as never, extra as never);
    const out = screen(ctx, () => {
      set(SET_CONSOLE, false);
      call(ctx, 'QOUT', 'hidden');
      set(SET_CONSOLE, true);
      set(SET_ALTFILE, 'alt1');
      set(SET_ALTERNATE, true);
      call(ctx, 'QOUT', 'alt and screen');
      set(SET_CONSOLE, false);
      call(ctx, 'QQOUT', ' alt only');
      set(SET_CONSOLE, true);
      set(SET_ALTERNATE, false);
      set(SET_ALTFILE, '');
      set(SET_PRINTFILE, 'prn1');
      set(SET_PRINTER, true);
      call(ctx, 'QOUT', 'printed');
      call(ctx, 'QQOUT', 'more');
      assert.deepEqual([call(ctx, 'PROW'), call(ctx, 'PCOL')], [1, 11]);
      set(SET_PRINTER, false);
      set(SET_DEVICE, 'PRINTER');
      call(ctx, 'DEVPOS', 4, 10);
      call(ctx, 'DEVOUT', 'at4');
      call(ctx, 'DEVPOS', 4, 2);
      call(ctx, 'DEVOUT', 'back');
      call(ctx, '__EJECT');
      set(SET_DEVICE, 'SCREEN');
      set(SET_PRINTFILE, '');
    });
    assert.equal(out, '\nalt and screen\nprintedmore');
    assert.equal(readFileSync('alt1.txt', 'latin1'), '\nalt and screen alt only\x1a');
    assert.equal(readFileSync('prn1.prn', 'latin1'), '\nprintedmore\n\n\n          at4\r  back\x0c\r');
  });
});

test('SetColor() normalises color specs as Harbour does', () => {
  const ctx = newCtx();
  const cases: Array<[string, string]> = [
    ['B', 'B/N'], ['I', 'N/W'], ['3', 'BG/N'], ['8', 'N+/N'], ['15', 'W+/N'], ['16', 'N/N'], ['+', 'N+/N'],
    ['+*', 'N+/N*'], ['*', 'N/N*'], ['BR/W+', 'BR+/W'], ['RB/W+', 'BR+/W'], ['0123456789', 'BR/N'],
    ['1234567890', 'G/N'], ['1111111111', 'W/N'], ['2222222222', 'GR+/N'], ['ABCDEFGHIJKLMNOPQRSTUVW', 'N/U'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'N/N'], ['"W"/"R"', 'W/R'], ['//', 'N/N'], [',,', 'N/N'],
  ];
  for (const [spec, first] of cases) {
    call(ctx, 'SETCOLOR', 'N/N,N/N,N/N,N/N,N/N');
    call(ctx, 'SETCOLOR', spec);
    assert.equal(call(ctx, 'SETCOLOR'), first + ',N/N,N/N,N/N,N/N', spec);
  }
  call(ctx, 'SETCOLOR', '');
  assert.equal(call(ctx, 'SETCOLOR', 'W+/B, GR/N'), 'W/N,N/W,N/N,N/N,N/W');
  assert.equal(call(ctx, 'SETCOLOR'), 'W+/B,GR/N,N/N,N/N,GR/N');
  assert.deepEqual([call(ctx, 'HB_COLORTON', 'W+/B'), call(ctx, 'HB_COLORTON', ''), call(ctx, 'HB_NTOCOLOR', 0x88)], [31, -1, 'N+/N*']);
  assert.deepEqual([call(ctx, 'SETCURSOR', 9), call(ctx, 'SETCURSOR')], [1, 1]);
});

test('hb_ColorIndex() picks one color of a list, trimmed', () => {
  const ctx = newCtx();
  const cases: Array<[string, number, string]> = [
    ['W/R', 0, 'W/R'], ['W/R', 1, ''], ['W/R,GR/0', 1, 'GR/0'], [' W/R , GR/0 ,', 1, 'GR/0'], [' W/R ,   ,', 1, ''],
    [',,', 2, ''], ['W/R', -1, ''],
  ];
  for (const [spec, i, want] of cases) assert.equal(call(ctx, 'HB_COLORINDEX', spec, i), want, `${spec} ${i}`);
  assert.equal(call(ctx, 'HB_COLORINDEX'), '');
});

test('Alert() prints the message and the choices and takes the first', () => {
  const ctx = newCtx();
  let r: unknown;
  const out = screen(ctx, () => {
    r = call(ctx, 'ALERT', 'Line one;Line two', ['Yes', 'No']);
    call(ctx, 'ALERT', 'Opts', ['', 1, 'Only']);
  });
  assert.equal(r, 1);
  assert.equal(out, 'Line one\nLine two (Yes, No) Opts (Only) ');
  assert.equal(call(ctx, 'ALERT', 5), undefined);
});

test('the keyboard: every poll adds an Enter behind the keys put in the buffer', () => {
  const ctx = newCtx();
  assert.deepEqual([call(ctx, 'NEXTKEY'), call(ctx, 'LASTKEY')], [13, 0]);
  call(ctx, 'HB_KEYPUT', 65);
  call(ctx, '__KEYBOARD', 'bc');
  assert.deepEqual([1, 2, 3, 4, 5].map(() => call(ctx, 'INKEY')), [98, 99, 13, 13, 13]);
  assert.equal(call(ctx, 'LASTKEY'), 13);
  call(ctx, 'HB_KEYPUT', [70, 'gh']);
  call(ctx, 'HB_KEYINS', 69);
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => call(ctx, 'INKEY')), [69, 13, 13, 13, 70, 103]);
  call(ctx, '__KEYBOARD');
  assert.equal(call(ctx, 'INKEY'), 13);
  assert.deepEqual([call(ctx, 'HB_KEYCHAR', 65), call(ctx, 'HB_KEYCHAR', 13)], ['A', '']);
  const out = screen(ctx, () => {
    call(ctx, '__KEYBOARD', 'ok\r');
    assert.equal(call(ctx, '__ACCEPT', 'Enter:'), 'ok');
  });
  assert.equal(out, '\nEnter:ok');
});
