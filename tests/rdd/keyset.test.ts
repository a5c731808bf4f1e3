// Keys taken straight from record bytes (KeySet.addBytes, the path of an
// index on one character field) against the same keys added as text: every
// key length around the four-byte word copies, blocks that make the set
// grow, fields at any offset of a record.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeySet } from '../../rdd/order/keyset.js';

/** `count` records of `stride` bytes, every byte from a small generator. */
function records(count: number, stride: number, seed: number): Buffer {
  const b = Buffer.alloc(count * stride);
  let s = seed;
  for (let i = 0; i < b.length; i++) b[i] = (s = (s * 16807) % 2147483647) & 0xff;
  return b;
}

for (const len of [1, 2, 3, 4, 5, 7, 8, 9, 30, 31]) {
  test(`addBytes of ${len}-byte keys equals addString of the same bytes`, () => {
    const stride = len + 11;
    const off = 3;
    const rows = records(300, stride, len * 101);
    const fast = new KeySet(len, 4);
    // in blocks of uneven size, starting at record 5, so the set grows inside a block
    let rec = 5;
    for (const count of [1, 7, 100, 192]) {
      const start = (rec - 5) * stride;
      fast.addBytes(rows.subarray(start), off, stride, count, rec);
      rec += count;
    }
    const plain = new KeySet(len, 4);
    for (let i = 0; i < 300; i++) plain.addString(rows.toString('latin1', i * stride + off, i * stride + off + len), i + 5);
    assert.equal(fast.count, 300);
    assert.deepEqual(fast.recs.subarray(0, 300), plain.recs.subarray(0, 300));
    assert.ok(fast.buf.subarray(0, 300 * len).equals(plain.buf.subarray(0, 300 * len)));
  });
}
