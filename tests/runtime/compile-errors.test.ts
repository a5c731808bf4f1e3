// A program that does not compile: the diagnostics on stderr, the
// compiler's summary on stdout and exit code 6, as hbrun and hbmk2 give.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../runtime/paths.js';

function run(src: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-cerr-'));
  writeFileSync(join(dir, 'e.prg'), src);
  return spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'runtime', 'launch.cjs'), '--no-cache', 'e.prg'],
    { cwd: dir, encoding: 'latin1' });
}

test('one error', () => {
  const r = run('PROCEDURE Main()\n   ? Len()\n');
  assert.equal(r.status, 6);
  assert.equal(r.stdout, '\r1 error\n\nNo code generated.\n');
  assert.equal(r.stderr, 'e.prg(2) Error E0021  Incorrect number of arguments in LEN \nPassed: 0, expected: 1\n');
});

test('two errors', () => {
  const r = run('PROCEDURE Main()\n   ? Len()\n   ? (\n');
  assert.equal(r.status, 6);
  assert.equal(r.stdout, '\r2 errors\n\nNo code generated.\n');
});
