// Declarations the compiler refuses as Harbour does: a name declared twice
// in one function or file (E0003), PRIVATE/PUBLIC of a LOCAL, STATIC or
// FIELD (E0003, while a MEMVAR may be made PRIVATE), duplicate codeblock
// parameters (E0003), and PARAMETERS in a function with formal ones (E0024).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../compiler/compile.js';

const dir = mkdtempSync(join(tmpdir(), 'hbts-decl-'));

/** "line:code" of each error of a program, [] when it compiles. */
function errors(src: string): string[] {
  const file = join(dir, 'f.prg');
  writeFileSync(file, src);
  const r = compileFile(file, 'f.prg', { includePaths: [], defines: {} });
  return r.diagnostics.filter((d) => d.severity !== 'warning').map((d) => `${d.line}:${d.code}`);
}

const fn = (params: string, body: string): string => `PROCEDURE Main(${params})\n${body}\n? 1\nRETURN\n`;

test('a name declared twice in a function is E0003', () => {
  assert.deepEqual(errors(fn('', 'LOCAL a, a')), ['2:E0003']);
  assert.deepEqual(errors(fn('', 'LOCAL a\nSTATIC a')), ['3:E0003']);
  assert.deepEqual(errors(fn('', 'LOCAL a\nMEMVAR a')), ['3:E0003']);
  assert.deepEqual(errors(fn('', 'FIELD a, a')), ['2:E0003']);
  assert.deepEqual(errors(fn(' x ', 'LOCAL x')), ['2:E0003']);
  assert.deepEqual(errors('STATIC s, s\n' + fn('', '')), ['1:E0003']);
});

test('PRIVATE and PUBLIC may name a MEMVAR, not another declared variable', () => {
  assert.deepEqual(errors(fn('', 'LOCAL a\nPRIVATE a')), ['3:E0003']);
  assert.deepEqual(errors(fn('', 'STATIC a\nPUBLIC a')), ['3:E0003']);
  assert.deepEqual(errors(fn('', 'MEMVAR a\nPRIVATE a')), []);
  assert.deepEqual(errors(fn('', 'PRIVATE a, a')), []);
});

test('a file STATIC may be hidden by a LOCAL of a function', () => {
  assert.deepEqual(errors('STATIC s\n' + fn('', 'LOCAL s')), []);
});

test('duplicate codeblock parameters are E0003, not a failure of the generated code', () => {
  assert.deepEqual(errors(fn('', '? Eval( {| a, a | a }, 1, 2 )')), ['2:E0003']);
});

test('PARAMETERS in a function with formal parameters is E0024', () => {
  assert.deepEqual(errors(fn(' x ', 'PARAMETERS a')), ['2:E0024']);
});
