import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARITH_CASES, UNARY_CASES } from './tables/ops.table.js';
import { newThread, operand, evalDescribed, describe } from './helpers.js';
import {
  plus, minus, mult, div, mod, power, negate, inc, dec, not, cond, logical, contains, eq, exactEq,
} from '../../runtime/values/ops.js';
import { setOperatorHook, NO_OVERLOAD } from '../../runtime/values/overload.js';
import type { Thread } from '../../runtime/vm/thread.js';
import type { Value } from '../../runtime/values/types.js';
import { HbLong, HbNum, HbObject } from '../../runtime/values/types.js';
import { numLiteral } from '../../runtime/values/number.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { newHash } from '../../runtime/hash.js';

const BINARY: Record<string, (ctx: Thread, a: Value, b: Value) => Value> = {
  '+': plus, '-': minus, '*': mult, '/': div, '%': mod, '^': power,
};

test('arithmetic operators: results and errors match Harbour', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [opDec, a, b, expected] of ARITH_CASES) {
    const [op, d] = opDec.split('@');
    ctx.sets.decimals = d === undefined ? 2 : Number(d);
    const x = operand(ctx, a);
    const y = operand(ctx, b);
    const got = evalDescribed(() => BINARY[op](ctx, x, y));
    if (got !== expected) failures.push(`${a} ${opDec} ${b}: expected ${expected}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test('unary operators: -x, ++x, !x', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [a, neg, incr, notx] of UNARY_CASES) {
    const x = operand(ctx, a);
    const got = [
      evalDescribed(() => negate(ctx, x)),
      evalDescribed(() => inc(ctx, x)),
      evalDescribed(() => not(ctx, x)),
    ];
    const want = [neg, incr, notx];
    for (let i = 0; i < 3; i++) if (got[i] !== want[i]) failures.push(`${['-', '++', '!'][i]}${a}: expected ${want[i]}, got ${got[i]}`);
  }
  assert.deepEqual(failures, []);
});

test('-- on numbers and dates, and its error', () => {
  const ctx = newThread();
  assert.equal(describe(dec(ctx, 5)), 'N[         4]');
  assert.equal(describe(dec(ctx, operand(ctx, 'lit:1.50'))), 'N[         0.50]');
  assert.equal(describe(dec(ctx, operand(ctx, 'date:20240301'))), 'D[20240229]');
  assert.equal(evalDescribed(() => dec(ctx, 'a')), 'ERR 1/1087 -- {C[a]} S--');
});

test('plain integer arithmetic stays on plain numbers', () => {
  const ctx = newThread();
  assert.equal(plus(ctx, 2, 3), 5);
  assert.equal(minus(ctx, 2, 3), -1);
  assert.equal(mult(ctx, 6, 7), 42);
  assert.equal(negate(ctx, 0), 0);
  assert.ok(Object.is(negate(ctx, 0), 0));
  assert.equal(inc(ctx, 41), 42);
  assert.equal(dec(ctx, 43), 42);
  // a result beyond 64 bits is a double
  assert.ok(plus(ctx, 9e18, 9e18) instanceof HbNum);
});

test('integers past 2^53 are exact to 64 bits, as Harbour computes them', () => {
  const ctx = newThread();
  const sq = mult(ctx, 1234567890, 1234567890);
  assert.ok(sq instanceof HbLong);
  assert.equal(numToStr(sq as HbNum), ' 1524157875019052100');
  assert.equal(numToStr(plus(ctx, sq, 1) as HbNum), ' 1524157875019052101');
  const max = numLiteral('9223372036854775807');
  assert.equal(numToStr(minus(ctx, max, 1) as HbNum), ' 9223372036854775806');
  assert.equal(numToStr(inc(ctx, minus(ctx, max, 1)) as HbNum), ' 9223372036854775807');
  assert.equal(numToStr(negate(ctx, max) as HbNum), '-9223372036854775807');
  // back inside 2^53 the result is a plain number again
  assert.equal(minus(ctx, sq, sq), 0);
  assert.equal(exactEq(ctx, max, minus(ctx, max, 1)), false);
  assert.equal(eq(ctx, plus(ctx, minus(ctx, max, 1), 1), max), true);
  // past 2^63 it overflows to a double
  const over = plus(ctx, max, 1);
  assert.ok(!(over instanceof HbLong) && over instanceof HbNum);
});

test('a substituted value replaces the result of a failed operation', () => {
  const ctx = newThread();
  ctx.errorBlock = () => 'subst';
  assert.equal(plus(ctx, 'a', 1), 'subst');
  assert.equal(div(ctx, 1, 0), 'subst');
  assert.equal(negate(ctx, 'x'), 'subst');
  ctx.errorBlock = () => 0;
  assert.equal(div(ctx, 1, 0), 0);
});

test('$: substrings and hash keys', () => {
  const ctx = newThread();
  assert.equal(contains(ctx, 'b', 'abc'), true);
  assert.equal(contains(ctx, 'abcd', 'abc'), false);
  assert.equal(contains(ctx, '', 'abc'), false);
  assert.equal(contains(ctx, '', ''), false);
  const h = newHash(['a', 1, 2.5], [10, 20, 30]);
  assert.equal(contains(ctx, 'a', h), true);
  assert.equal(contains(ctx, 'A', h), false);
  assert.equal(contains(ctx, 1, h), true);
  assert.equal(contains(ctx, operand(ctx, 'lit:2.50'), h), true);
  assert.equal(contains(ctx, newHash(['a'], [10]), h), true);
  assert.equal(contains(ctx, newHash(['a'], [11]), h), false);
  assert.equal(evalDescribed(() => contains(ctx, 1, [1, 2])), 'ERR 1/1109 $ {N[         1];A} S--');
  assert.equal(evalDescribed(() => contains(ctx, 5, 's')), 'ERR 1/1109 $ {N[         5];C[s]} S--');
});

test('conditions: logicals pass, anything else is BASE/1066 (not substitutable)', () => {
  const ctx = newThread();
  assert.equal(cond(ctx, true), true);
  assert.equal(cond(ctx, false), false);
  assert.equal(logical(ctx, true, '.AND.'), true);
  assert.equal(evalDescribed(() => cond(ctx, 5)), 'ERR 1/1066 conditional {N[         5]} ---');
  assert.equal(evalDescribed(() => logical(ctx, 'x', '.OR.')), 'ERR 1/1066 conditional {C[x]} ---');
  assert.equal(evalDescribed(() => not(ctx, 5)), 'ERR 1/1077 .NOT. {N[         5]} S--');
});

test('results of SET DECIMALS at the time of the operation', () => {
  const ctx = newThread();
  ctx.sets.decimals = 4;
  assert.equal(numToStr(div(ctx, 10, 3) as HbNum), '         3.3333');
  ctx.sets.decimals = 0;
  assert.equal(numToStr(div(ctx, 10, 4) as HbNum), '         3');
  assert.equal(numToStr(power(ctx, 2, 8) as number), '       256');
});

test('operators hand objects to the class engine before raising their error', () => {
  const ctx = newThread();
  const obj = new HbObject(ctx.vm.errorClass, []);
  const seen: string[] = [];
  setOperatorHook((_ctx, msg, self, arg) => {
    seen.push(msg);
    if (self !== obj) return NO_OVERLOAD;
    if (msg === '__OPPLUS') return `plus:${String(arg)}`;
    if (msg === '__OPINCLUDE') return true;
    return NO_OVERLOAD;
  });
  try {
    assert.equal(plus(ctx, obj, 1), 'plus:1');
    assert.equal(contains(ctx, 'x', obj), true);
    assert.equal(evalDescribed(() => minus(ctx, obj, 1)), 'ERR 1/1082 - {O;N[         1]} S--');
    // == on objects without an overload compares identity
    assert.equal(exactEq(ctx, obj, obj), true);
    assert.equal(exactEq(ctx, obj, [1]), false);
    assert.equal(evalDescribed(() => eq(ctx, obj, obj)), 'ERR 1/1071 = {O;O} S--');
    assert.deepEqual(seen, ['__OPPLUS', '__OPINCLUDE', '__OPMINUS', '__OPEXACTEQUAL', '__OPEXACTEQUAL', '__OPEQUAL']);
  } finally {
    setOperatorHook(undefined);
  }
});
