// The conformance corpus: programs with the exact stdout and exit code of
// Harbour 3.2. Each runs in a fresh empty directory (with its NAME.files/
// fixtures copied in). known-failures.txt lists the programs that do not
// pass yet: a listed program that passes fails the run too, so the list
// can only shrink.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const corpus = join(root, 'tests', 'conformance');
const cli = join(root, 'dist', 'runtime', 'launch.cjs');
const TIMEOUT_MS = 60_000;

const known = new Set(
  readFileSync(join(corpus, 'known-failures.txt'), 'latin1')
    .split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
);

interface Outcome {
  stdout: Buffer;
  code: number | null;
}

function run(prg: string, dir: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, '-I', join(prg, '..'), prg], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, HBTS_CACHE_DIR: join(dir, '.cache') },
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out), code });
    });
  });
}

const programs: string[] = [];
for (const suite of readdirSync(corpus, { withFileTypes: true })) {
  if (!suite.isDirectory()) continue;
  for (const f of readdirSync(join(corpus, suite.name))) {
    if (f.endsWith('.prg') && existsSync(join(corpus, suite.name, f.replace(/\.prg$/, '.out')))) {
      programs.push(join(corpus, suite.name, f));
    }
  }
}
programs.sort();

test('known-failures.txt names only existing programs', () => {
  const names = new Set(programs.map((p) => basename(p, '.prg')));
  for (const k of known) assert.ok(names.has(k), `${k} is listed but not in the corpus`);
});

for (const prg of programs) {
  const name = basename(prg, '.prg');
  test(`conformance ${name}`, async () => {
    const base = prg.slice(0, -4);
    const dir = mkdtempSync(join(tmpdir(), 'hbts-conf-'));
    try {
      if (existsSync(base + '.files')) cpSync(base + '.files', dir, { recursive: true });
      const got = await run(prg, dir);
      const want = readFileSync(base + '.out');
      const wantRc = existsSync(base + '.rc') ? Number(readFileSync(base + '.rc', 'latin1').trim()) : 0;
      const pass = got.code === wantRc && got.stdout.equals(want);
      if (known.has(name)) {
        assert.ok(!pass, `${name} passes now: remove it from known-failures.txt`);
      } else {
        assert.equal(got.code, wantRc, `${name}: exit code`);
        assert.equal(got.stdout.toString('latin1'), want.toString('latin1'), `${name}: stdout`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
