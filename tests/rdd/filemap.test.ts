// Files of SHARED tables and indexes are read through a shared memory map:
// what another descriptor (another process) writes is seen at once, a file
// that grew is mapped again, one that shrank is read with pread, and the
// bytes past the end of the file are never read through the map.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbFile } from '../../rdd/io/file.js';

test('mapped reads see other writers, growth and truncation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-map-'));
  const path = join(dir, 't.dbf');
  const other = openSync(path, 'w+');
  try {
    writeSync(other, Buffer.from('0123456789', 'latin1'), 0, 10, 0);
    const f = DbFile.open(path, { map: true });
    const b = Buffer.alloc(4);
    assert.equal(f.readInto(b, 0, 4, 2), 4);
    assert.equal(b.toString('latin1'), '2345');
    // another descriptor changes bytes inside the mapped range
    writeSync(other, Buffer.from('ab', 'latin1'), 0, 2, 3);
    assert.equal(f.readInto(b, 0, 4, 2), 4);
    assert.equal(b.toString('latin1'), '2ab5');
    // the file grows: bytes past the old end are read
    writeSync(other, Buffer.from('XYZ', 'latin1'), 0, 3, 10);
    assert.equal(f.readInto(b, 0, 4, 9), 4);
    assert.equal(b.toString('latin1'), '9XYZ');
    // a read past the end returns what there is
    assert.equal(f.readInto(b, 0, 4, 11), 2);
    assert.equal(b.toString('latin1', 0, 2), 'YZ');
    // our own truncation drops the map; reads after it stay within the file
    f.truncate(5);
    assert.equal(f.readInto(b, 0, 4, 3), 2);
    assert.equal(b.toString('latin1', 0, 2), 'ab');
    ftruncateSync(other, 12);
    assert.equal(f.readInto(b, 0, 4, 4), 4);
    assert.deepEqual([...b], [0x62, 0, 0, 0]);
    f.close();
  } finally {
    closeSync(other);
    rmSync(dir, { recursive: true, force: true });
  }
});
