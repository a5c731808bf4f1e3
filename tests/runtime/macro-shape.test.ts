// The one-pass shape match of a macro text (what a loop's &macro uses once
// its site knows a shape) must agree with scanning the text and reading
// the shape's arguments, for texts of the shape and for every near miss.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchShape, scanShape, shapeArgs, type Shape } from '../../runtime/vm/macro-shape.js';
import type { Value } from '../../runtime/values/types.js';

/** A shape made from `first`: the literals flagged in `params` are parameters. */
function shapeOf(first: string, params: boolean[]): { shape: Shape; key: string } {
  const scan = scanShape(first)!;
  const plan = scan.lits.map((t, i) => (params[i] ? (true as const) : t));
  return { shape: { fn: () => undefined, params: plan }, key: scan.key };
}

/** The arguments by the two-step path: scan, compare keys, read the literals. */
function twoStep(text: string, shape: Shape, key: string): Value[] | null {
  const scan = scanShape(text);
  return scan !== null && scan.key === key ? shapeArgs(shape, scan) : null;
}

const shapes: Array<[string, boolean[]]> = [
  ['f1(         1)', [true]],
  ["g( 'a', 2, \"b\" )", [true, false, true]],
  ['x + f( 12, 3.5 ) * 2', [true, true, false]],
];

const texts = [
  'f1(         1)', 'f1(1)', 'f1(  1234567890)', 'f1(12.75)', 'f1(007)', 'f1(1)x', 'f2(1)', 'f1( 1 )', 'f1(1a)',
  "f1('1')", 'f1(.5)', 'f1([a])', 'f1(1', 'f1()', 'F1(1)', 'f1(\t1)', 'f1(1.2.3)',
  "g( 'a', 2, \"b\" )", "g( 'zz', 2, 'c' )", "g( 'a', 3, \"b\" )", "g( 'a', 2, \"b\"", "g('a',2,'b')", "g( 'a, 2, \"b\" )",
  'x + f( 12, 3.5 ) * 2', 'x + f( 99999, 0.25 ) * 2', 'x + f( 1, 2 ) * 3', 'x + f( 1, 2 ) * 2 ', 'x+f(1,2)*2',
];

for (const [first, params] of shapes) {
  const { shape, key } = shapeOf(first, params);
  for (const t of texts) {
    test(`shape of ${JSON.stringify(first)} against ${JSON.stringify(t)}`, () => {
      assert.deepEqual(matchShape(t, shape, key), twoStep(t, shape, key));
    });
  }
}

test('a text of the shape gives its arguments as compiled code has them', () => {
  const { shape, key } = shapeOf('f1(         1)', [true]);
  assert.deepEqual(matchShape('f1(    123456)', shape, key), [123456]);
  const wide = matchShape('f1( 12345678901)', shape, key)!;
  assert.equal(wide.length, 1);
  assert.deepEqual(wide, twoStep('f1( 12345678901)', shape, key));
  assert.equal(matchShape('f1( 12)', shape, key + ' '), null);
});
