// A module that names the := operator is marked, so that the program is
// compiled again with the checks; other programs get plain assignments.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../compiler/compile.js';
import { ASSIGN_OP_MARK } from '../../compiler/codegen/assignop.js';

function js(src: string, assignOps = false): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hbts-asg-')), 'f.prg');
  writeFileSync(file, src);
  const r = compileFile(file, 'f.prg', { includePaths: [], defines: {} }, [], false, assignOps);
  assert.ok(r.js !== null, JSON.stringify(r.diagnostics));
  return r.js;
}

const plain = 'PROCEDURE Main()\n   LOCAL x := 1\n   x := 2\n   ? x\n   RETURN\n';
const overloads = 'PROCEDURE Main()\n   LOCAL x := 1\n   x := 2\n   ? __clsAddMsg( 1, ":=", 1, 0 )\n   RETURN\n';

test('only a module naming := is marked', () => {
  assert.ok(!js(plain).includes(ASSIGN_OP_MARK));
  assert.ok(js(overloads).includes(ASSIGN_OP_MARK));
  assert.ok(js('PROCEDURE Main()\n   ? "__OpAssign"\n   RETURN\n').includes(ASSIGN_OP_MARK));
});

test('assignments ask the old value only in the := mode, and only plain ones', () => {
  assert.ok(!js(plain).includes('opAssign('));
  const checked = js('PROCEDURE Main()\n   LOCAL x\n   x := 2\n   ? x\n   RETURN\n', true);
  assert.equal(checked.match(/opAssign\(/g)?.length, 2, 'x := 2 in Main and its generator twin');
  assert.ok(!js('PROCEDURE Main()\n   LOCAL x\n   x += 2\n   x++\n   ? x\n   RETURN\n', true).includes('opAssign('));
});
