// Runs every compiled test file (dist/tests/**/*.test.js) with node's test
// runner. Node 20's runner takes no globs, so the list is built here.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function* tests(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* tests(p);
    else if (p.endsWith('.test.js')) yield p;
  }
}

const only = process.argv.slice(2);
const list = [...tests(join(root, 'dist', 'tests'))]
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...list], { stdio: 'inherit' });
process.exit(r.status ?? 1);
