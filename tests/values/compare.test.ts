import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPS, STRING_CASES, TYPE_CASES } from './tables/compare.table.js';
import { newThread, operand, evalDescribed } from './helpers.js';
import type { Thread } from '../../runtime/vm/thread.js';
import type { Value } from '../../runtime/values/types.js';
import { eq, exactEq, ne, lt, le, gt, ge, contains } from '../../runtime/values/ops.js';
import { strCmp } from '../../runtime/values/compare.js';

const FNS: Record<string, (ctx: Thread, a: Value, b: Value) => Value> = {
  '=': eq, '==': exactEq, '!=': ne, '<': lt, '<=': le, '>': gt, '>=': ge, '$': contains,
};

test('string comparison with SET EXACT OFF and ON', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [exact, a, b, expected] of STRING_CASES) {
    ctx.sets.exact = exact;
    const got = OPS.map((op) => (FNS[op](ctx, a, b) ? 'T' : 'F')).join('');
    if (got !== expected) failures.push(`exact=${exact} ${JSON.stringify(a)} ? ${JSON.stringify(b)}: expected ${expected}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test('relational operators across types, and their errors', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [a, b, expected] of TYPE_CASES) {
    OPS.forEach((op, i) => {
      const x = operand(ctx, a);
      const y = operand(ctx, b);
      const got = evalDescribed(() => FNS[op](ctx, x, y));
      if (got !== expected[i]) failures.push(`${a} ${op} ${b}: expected ${expected[i]}, got ${got}`);
    });
  }
  assert.deepEqual(failures, []);
});

test('== on the same array, hash or block is true', () => {
  const ctx = newThread();
  for (const spec of ['arr', 'hash', 'blk']) {
    const x = operand(ctx, spec);
    assert.equal(exactEq(ctx, x, x), true, spec);
  }
});

test('strCmp() orders by bytes', () => {
  const ctx = newThread();
  ctx.sets.exact = false;
  assert.equal(strCmp(ctx, 'abc', 'ab', false), 0);
  assert.equal(strCmp(ctx, 'ab', 'abc', false), -1);
  assert.equal(strCmp(ctx, 'abc', 'ab', true), 1);
  assert.equal(strCmp(ctx, '\xe9', 'z', false), 1);
  ctx.sets.exact = true;
  assert.equal(strCmp(ctx, 'abc  ', 'abc', false), 0);
  assert.equal(strCmp(ctx, 'abc', 'ab', false), 1);
});
