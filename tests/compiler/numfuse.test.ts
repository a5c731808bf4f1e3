// Which arithmetic the code generator fuses (compiler/codegen/numfuse.ts):
// only expressions of variables and literals with two operations or more
// and something that gives decimals; a call in between or integers alone
// keep the operators.
// The results themselves are checked against Harbour by the conformance
// program rtl_fast_fused_arith.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../compiler/compile.js';

/** The JS of Main() (not its generator twin, which has the same code). */
function compile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-fuse-'));
  const file = join(dir, 'f.prg');
  writeFileSync(file, `FUNCTION Main( a, b )\n   LOCAL x := 1.5, y := 2\n   ${body}\n   RETURN x\n`);
  const r = compileFile(file, 'f.prg', { includePaths: [], defines: {} });
  assert.ok(r.js !== null, JSON.stringify(r.diagnostics));
  return r.js.slice(r.js.indexOf('function f_MAIN('), r.js.indexOf('function* g_MAIN('));
}

function fusedCount(body: string): number {
  return (compile(body).match(/decNum\(/g) ?? []).length;
}

test('decimal arithmetic of variables and literals is fused', () => {
  assert.equal(fusedCount('x := x * 1.5 + y'), 1);
  assert.equal(fusedCount('x := a / b + 1'), 1);
  assert.equal(fusedCount('x := -( a * 0.5 ) + Sqrt( b )'), 1);
  assert.equal(fusedCount('x := ( a + b ) * ( a - b ) / 2'), 1);
});

test('op-assignments and Int() of a result are fused', () => {
  assert.equal(fusedCount('x += a * 1.5'), 1);
  assert.equal(fusedCount('x %= a / 2'), 1);
  // x ^= ... has no fused form
  assert.equal(fusedCount('x ^= a / 2'), 0);
  assert.match(compile('x := Int( a / 3 ) + a % 5'), /Math\.trunc\(t\d+ \* 1\.0000000000000002\)/);
  // Int() of a variable keeps the variable's width: not fused
  assert.doesNotMatch(compile('x := Int( a ) + a % 5'), /Math\.trunc/);
});

test('what is not fused', () => {
  // one operation: the operator alone
  assert.equal(fusedCount('x := x * 1.5'), 0);
  // integers only: the inline integer path
  assert.equal(fusedCount('x := a * 2 + b - 1'), 0);
  // a call between the operations may have side effects: only the part without it
  assert.equal(fusedCount('x := a * 1.5 + b * 2.5 + Len( b )'), 1);
  assert.equal(fusedCount('x := a * 1.5 + Len( b )'), 0);
  // memvars and fields are read through the runtime
  assert.equal(fusedCount('MEMVAR m\n   x := m * 1.5 + b'), 0);
});

test('comparisons of such arithmetic are fused', () => {
  // the fused comparison checks its computed operands for NaN: `tN === tN`
  const compared = (cond: string) => fusedCount(`x := ${cond}`) === 0 && /\b(t\d+) === \1\b/.test(compile(`x := ${cond}`));
  assert.ok(compared('a % 10 == 0'));
  assert.ok(compared('a * 1.5 < b'));
  assert.ok(!compared('a < b'));
  assert.ok(!compared('a + 1 < b'));
  assert.ok(!compared('a % 10 == Len( b )'));
});
