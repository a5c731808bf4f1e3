// The operating-system locks through the FFI: on Linux koffi's native
// module loads, and two descriptors of one file exclude each other as two
// processes do (flock for the whole file, OFD byte ranges for records).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKoffi } from '../../rdd/io/koffi.js';
import { rangeLock, rangeUnlock, shareLock, shareUnlock } from '../../rdd/io/oslock.js';

test('koffi loads where the platform package is installed', { skip: process.platform !== 'linux' }, () => {
  const k = loadKoffi();
  assert.notEqual(k, null);
  assert.equal(typeof k!.load('libc.so.6').func('int getpid()')(), 'number');
});

test('two descriptors exclude each other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-lock-'));
  const f = join(dir, 't.dbf');
  writeFileSync(f, Buffer.alloc(1024));
  const a = openSync(f, 'r+');
  const b = openSync(f, 'r+');
  try {
    assert.equal(shareLock(a, true), true);
    assert.equal(shareLock(b, false), false);
    shareUnlock(a);
    assert.equal(shareLock(a, false), true);
    assert.equal(shareLock(b, false), true);

    assert.equal(rangeLock(a, 1000, 1), true);
    assert.equal(rangeLock(b, 1000, 1), false);
    assert.equal(rangeLock(b, 1001, 1), true);
    assert.equal(rangeLock(a, 2000, 10, true), true);
    assert.equal(rangeLock(b, 2005, 1, true), true);
    assert.equal(rangeLock(b, 2005, 1), false);
    rangeUnlock(a, 1000, 1);
    assert.equal(rangeLock(b, 1000, 1), true);
  } finally {
    shareUnlock(a);
    shareUnlock(b);
    closeSync(a);
    closeSync(b);
    rmSync(dir, { recursive: true, force: true });
  }
});
