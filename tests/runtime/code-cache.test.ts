// The launcher's code cache of the runtime bundle: the start tier is written
// when a program loaded from the compile cache starts, the database tier
// when such a program that opened a table ends, and either is read back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../runtime/paths.js';

/** A copy of the installed package's runtime files in a folder of its own. */
function packageCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'hbts-launch-'));
  mkdirSync(join(root, 'dist', 'runtime'), { recursive: true });
  for (const f of ['hbts.cjs', 'build-id.txt', join('runtime', 'launch.cjs')]) {
    copyFileSync(join(PACKAGE_ROOT, 'dist', f), join(root, 'dist', f));
  }
  copyFileSync(join(PACKAGE_ROOT, 'package.json'), join(root, 'package.json'));
  mkdirSync(join(root, 'std'));
  symlinkSync(join(PACKAGE_ROOT, 'std', 'include'), join(root, 'std', 'include'));
  return root;
}

test('the start tier after a cached start, the database tier after a table was opened', () => {
  const root = packageCopy();
  const work = join(root, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'hello.prg'), '? "hi"\n');
  writeFileSync(join(work, 'db.prg'), [
    'dbCreate( "t", { { "N", "N", 5, 0 } } )',
    'USE t',
    'APPEND BLANK',
    'REPLACE n WITH 42',
    '? n, LastRec()',
    'CLOSE',
    '',
  ].join('\n'));
  const env = { ...process.env, HBTS_CACHE_DIR: join(root, 'cc'), XDG_CACHE_HOME: join(root, 'xdg') };
  const run = (prg: string): string => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'runtime', 'launch.cjs'), prg], { cwd: work, env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const tiers = (): string[] => readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.v8cache'))
    .map((f) => (f.endsWith('.db.v8cache') ? 'db' : 'start')).sort();

  assert.equal(run('hello.prg'), '\nhi');
  assert.deepEqual(tiers(), [], 'a run that compiled writes no cache');
  assert.equal(run('hello.prg'), '\nhi');
  assert.deepEqual(tiers(), ['start']);
  assert.equal(run('db.prg'), '\n   42          1');
  assert.deepEqual(tiers(), ['start']);
  assert.equal(run('db.prg'), '\n   42          1');
  assert.deepEqual(tiers(), ['db', 'start']);
  // both read back
  assert.equal(run('db.prg'), '\n   42          1');
  assert.equal(run('hello.prg'), '\nhi');
});
