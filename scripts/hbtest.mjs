// npm run hbtest -- PATH: runs Harbour's regression suite (utils/hbtest of
// the harbour/core checkout at PATH, built with -DRT_NO_C as Harbour's own
// CI does) under hbts and prints its summary and the count per section.
// The suite is GPL and is never copied into this project.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: npm run hbtest -- PATH   (a harbour/core checkout, or its utils/hbtest folder)');
  process.exit(2);
}
let dir = resolve(arg);
if (existsSync(join(dir, 'utils', 'hbtest', 'hbtest.hbp'))) dir = join(dir, 'utils', 'hbtest');
const hbp = join(dir, 'hbtest.hbp');
if (!existsSync(hbp)) {
  console.error(`hbtest: no hbtest.hbp in ${dir}`);
  process.exit(2);
}

const cli = join(new URL('..', import.meta.url).pathname, 'dist', 'runtime', 'launch.cjs');
const work = mkdtempSync(join(tmpdir(), 'hbtest-'));
const r = spawnSync(process.execPath, [cli, '-DRT_NO_C', hbp, '-all'], {
  cwd: work, encoding: 'latin1', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'],
});
rmSync(work, { recursive: true, force: true });

const out = r.stdout ?? '';
const sections = new Map();
for (const line of out.split('\n')) {
  const m = /^(.)\s*\d+\s+([A-Z_0-9]+)\(/.exec(line); // the line number may be cut by the column width
  if (!m) continue;
  const s = sections.get(m[2]) ?? { pass: 0, fail: 0 };
  if (m[1] === '!') s.fail++;
  else s.pass++;
  sections.set(m[2], s);
}
if (r.stderr) process.stderr.write(r.stderr.split('\n').slice(0, 40).join('\n') + '\n');
console.log('section                 passed   failed');
for (const [name, s] of [...sections].sort()) {
  console.log(`${name.padEnd(22)} ${String(s.pass).padStart(7)} ${String(s.fail).padStart(8)}`);
}
const summary = out.split('\n').filter((l) => /Test calls (passed|failed)|Total:/.test(l));
console.log(summary.length ? summary.join('\n') : `hbtest did not reach its summary (exit code ${r.status})`);
process.exit(r.status ?? 1);
