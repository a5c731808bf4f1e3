import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STR_CASES, NTOS_CASES } from './tables/numfmt.table.js';
import { ROUND_CASES, ROUND_DECS, DISPLAY_CASES, DISPLAY_MODES, VAL_CASES } from './tables/number.table.js';
import { newThread, operand, evalDescribed, describe } from './helpers.js';
import type { HbNum } from '../../runtime/values/types.js';
import { HbNum as Num } from '../../runtime/values/types.js';
import { numToStr, strZero, hbNtos } from '../../runtime/values/numfmt.js';
import { hbRound, hbInt, numRound } from '../../runtime/values/round.js';
import { defaultWidth, literalIntWidth, mkNum, numLiteral, valOf } from '../../runtime/values/number.js';
import { displayStr } from '../../runtime/values/display.js';

test('Str() and StrZero() with 1 to 3 arguments', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [spec, w, d, str, zero] of STR_CASES) {
    const v = operand(ctx, spec) as number | HbNum;
    const s = numToStr(v, w ?? undefined, d ?? undefined);
    const z = strZero(v, w ?? undefined, d ?? undefined);
    if (s !== str || z !== zero) failures.push(`${spec} (${w}, ${d}): expected ${JSON.stringify([str, zero])}, got ${JSON.stringify([s, z])}`);
  }
  assert.deepEqual(failures, []);
});

test('hb_ntos()', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [spec, expected] of NTOS_CASES) {
    const got = hbNtos(operand(ctx, spec) as number | HbNum);
    if (got !== expected) failures.push(`${spec}: expected ${expected}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test('Round() and Int()', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [spec, rounds, int] of ROUND_CASES) {
    const v = operand(ctx, spec) as number | HbNum;
    ROUND_DECS.forEach((d, i) => {
      const got = evalDescribed(() => hbRound(v, d));
      if (got !== rounds[i]) failures.push(`Round(${spec}, ${d}): expected ${rounds[i]}, got ${got}`);
    });
    const got = evalDescribed(() => hbInt(v));
    if (got !== int) failures.push(`Int(${spec}): expected ${int}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test('numbers as ? shows them, under SET FIXED and SET DECIMALS', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [spec, texts] of DISPLAY_CASES) {
    ctx.sets.fixed = false;
    ctx.sets.decimals = 2;
    const v = operand(ctx, spec);
    DISPLAY_MODES.forEach(([fixed, dec], i) => {
      ctx.sets.fixed = fixed;
      ctx.sets.decimals = dec;
      const got = displayStr(ctx, v);
      if (got !== texts[i]) failures.push(`${spec} fixed=${fixed} dec=${dec}: expected [${texts[i]}], got [${got}]`);
    });
  }
  assert.deepEqual(failures, []);
});

test('Val(): value, width and decimals', () => {
  const failures: string[] = [];
  for (const [text, expected, len] of VAL_CASES) {
    const v = valOf(text);
    const got = describe(v);
    const gotLen = numToStr(v).length;
    if (got !== expected || gotLen !== len) failures.push(`Val(${JSON.stringify(text)}): expected ${expected}/${len}, got ${got}/${gotLen}`);
  }
  assert.deepEqual(failures, []);
});

test('normal form: integers of default width are plain numbers', () => {
  assert.equal(mkNum(5, 0, 0), 5);
  assert.equal(mkNum(5, 10, 0), 5);
  assert.equal(mkNum(10000000000, 20, 0), 10000000000);
  assert.ok(Object.is(mkNum(-0, 0, 0), 0));
  assert.ok(mkNum(5, 2, 0) instanceof Num);
  assert.ok(mkNum(5, 0, 1) instanceof Num);
  assert.ok(mkNum(2.5, 0, 0) instanceof Num);
  assert.ok(mkNum(2 ** 63, 0, 0) instanceof Num);
  assert.equal(numLiteral('42'), 42);
  assert.equal(numLiteral('999999999'), 999999999);
  assert.deepEqual(numLiteral('1234567890'), new Num(1234567890, 11, 0));
  assert.deepEqual(numLiteral('12345678901'), new Num(12345678901, 12, 0));
  assert.deepEqual(numLiteral('1.50'), new Num(1.5, 10, 2));
  assert.deepEqual(numLiteral('.5'), new Num(0.5, 10, 1));
  assert.deepEqual(numLiteral('12345678901.5'), new Num(12345678901.5, 11, 1));
  assert.equal(numLiteral('0x1F'), 31);
  assert.equal(numLiteral('0xFFFFFFFFFFFFFFFF'), -1);
  assert.equal(defaultWidth(9999999999), 10);
  assert.equal(defaultWidth(10000000000), 20);
  assert.equal(defaultWidth(-999999999), 10);
  assert.equal(defaultWidth(-1000000000), 20);
  assert.equal(literalIntWidth(-1000000000), 20);
  assert.equal(literalIntWidth(1000000000), 11);
});

test('numRound() rounds half away from zero after a one-ulp nudge', () => {
  assert.equal(numRound(1.005, 2), 1.01);
  assert.equal(numRound(-1.005, 2), -1.01);
  assert.equal(numRound(0.045, 2), 0.05);
  assert.equal(numRound(1250, -2), 1300);
  assert.equal(numRound(-2.5, 0), -3);
  assert.equal(numRound(0, 3), 0);
});

test('Str() of values that do not fit, and of infinities', () => {
  assert.equal(numToStr(Infinity as unknown as number), '*'.repeat(20));
  assert.equal(numToStr(new Num(Infinity, 0, 2)), '*'.repeat(23));
  assert.equal(numToStr(new Num(NaN, 0, 2)), '*'.repeat(13));
  assert.equal(numToStr(123456, 3), '***');
  assert.equal(numToStr(new Num(-0.5, 0, 1), 3, 1), '***');
});
