// The compile cache keeps a bounded number of entries: once there are too
// many, writes remove the oldest ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileCache } from '../../runtime/compile-cache.js';

test('old entries are pruned past the limit, new ones kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-cache-'));
  const old = new Date(Date.now() - 86400_000);
  for (let i = 0; i < 2100; i++) {
    const f = join(dir, `old${i}.json`);
    writeFileSync(f, '{}');
    utimesSync(f, old, old);
  }
  const src = join(dir, 'p.prg');
  writeFileSync(src, '? 1\n');
  const saved = process.env.HBTS_CACHE_DIR;
  process.env.HBTS_CACHE_DIR = dir;
  try {
    const cache = new CompileCache();
    for (let i = 0; i < 1000 && readdirSync(dir).length > 1600; i++) cache.put(src, { i }, [], `js${i}`, []);
    const left = readdirSync(dir);
    assert.ok(left.length <= 1600, `${left.length} entries left`);
    // what was just written survives, and can be read back
    assert.equal(cache.get(src, { i: 0 }, []), 'js0');
  } finally {
    if (saved === undefined) delete process.env.HBTS_CACHE_DIR;
    else process.env.HBTS_CACHE_DIR = saved;
  }
});
