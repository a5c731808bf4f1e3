// Compile-time checks of Clipper's reserved functions, as Harbour reports
// them: every wrong argument count (one error per statement, codeblocks
// included), and a program's function named like a reserved one (E0008).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../compiler/compile.js';

const dir = mkdtempSync(join(tmpdir(), 'hbts-funccheck-'));

/** "line:code message" of each error of a program. */
function errors(src: string): string[] {
  const file = join(dir, 'f.prg');
  writeFileSync(file, src);
  const r = compileFile(file, 'f.prg', { includePaths: [], defines: {} });
  return r.diagnostics.filter((d) => d.severity !== 'warning').map((d) => `${d.line}:${d.code} ${d.message}`);
}

test('every statement with a wrong argument count is reported, once each', () => {
  const src = [
    'PROCEDURE Main()',
    '   LOCAL b := {| x | Abs( x, 1 ) }',
    '   ? Abs( 1, 2 ), Abs( 3, 4 )',
    '   ? Chr( 1 ) + ;',
    '     Chr( 5, 6 )',
    '   ? Len()',
    '   RETURN',
  ].join('\n');
  assert.deepEqual(errors(src), [
    '2:E0021 Incorrect number of arguments in ABS \nPassed: 2, expected: 1',
    '3:E0021 Incorrect number of arguments in ABS \nPassed: 2, expected: 1',
    '5:E0021 Incorrect number of arguments in CHR \nPassed: 2, expected: 1',
    '6:E0021 Incorrect number of arguments in LEN \nPassed: 0, expected: 1',
  ]);
});

test('a function named like a reserved one, or abbreviating it, is E0008 where it is defined', () => {
  const src = [
    'PROCEDURE Main()',
    '   ? Log( 1, 2 )',
    '   RETURN',
    'STATIC FUNCTION Log( n )',
    '   RETURN n',
    'FUNCTION Lowe( c )',
    '   RETURN c',
    'FUNCTION LogIt( c )',
    '   RETURN c',
  ].join('\n');
  assert.deepEqual(errors(src), [
    '2:E0021 Incorrect number of arguments in LOG \nPassed: 2, expected: 1',
    "4:E0008 Redefinition of predefined function LOG as 'LOG'",
    "6:E0008 Redefinition of predefined function LOWER as 'LOWE'",
  ]);
});
