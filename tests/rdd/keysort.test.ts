// The order of a new index against a plain comparison sort: by key bytes,
// equal keys by record number (CDX) or in reading order (NTX, reversed for
// descending runs of keys but not within them), one entry per key for
// UNIQUE. Key sets cover shared prefixes, duplicates, keys that end within
// the first level's bytes, zero bytes and runs long enough for the radix.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeySet } from '../../rdd/order/keyset.js';
import { sortKeys } from '../../rdd/order/sort.js';

/** Park-Miller, so that a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647);
}

interface Shape { n: number; len: number; prefix: string; alphabet: string; dupEvery: number }

function keySet(shape: Shape, seed: number): KeySet {
  const next = rng(seed);
  const set = new KeySet(shape.len, 4);
  const made: string[] = [];
  for (let i = 0; i < shape.n; i++) {
    let k: string;
    if (shape.dupEvery > 0 && made.length > 0 && next() % shape.dupEvery === 0) k = made[next() % made.length];
    else {
      k = shape.prefix;
      const tail = next() % (shape.len + 1);
      while (k.length < tail) k += shape.alphabet[next() % shape.alphabet.length];
      k = k.slice(0, shape.len);
    }
    made.push(k);
    // records not in reading order, as when another order drives the build
    set.addString(k, (i * 7919) % shape.n + 1);
  }
  return set;
}

function expected(set: KeySet, ascend: boolean, byRec: boolean, unique: boolean): number[] {
  const entries = Array.from({ length: set.count }, (_, i) => i);
  const cmpKey = (a: number, b: number): number => Buffer.compare(
    set.buf.subarray(a * set.keyLen, (a + 1) * set.keyLen), set.buf.subarray(b * set.keyLen, (b + 1) * set.keyLen));
  entries.sort((a, b) => {
    const c = cmpKey(a, b);
    if (c !== 0) return ascend || byRec ? c : -c;
    return byRec ? set.recs[a] - set.recs[b] : a - b;
  });
  if (!unique) return entries;
  return entries.filter((e, i) => i === 0 || cmpKey(entries[i - 1], e) !== 0);
}

const shapes: Shape[] = [
  { n: 3000, len: 30, prefix: 'NAME0', alphabet: '0123456789', dupEvery: 3 },
  { n: 2000, len: 12, prefix: '', alphabet: ' .0123456789-', dupEvery: 5 },
  { n: 1500, len: 3, prefix: '', alphabet: 'AB', dupEvery: 0 },
  { n: 1000, len: 8, prefix: 'SAME', alphabet: 'xy\u0000', dupEvery: 2 },
  { n: 700, len: 40, prefix: 'A long shared prefix of thirty-two', alphabet: 'abc', dupEvery: 4 },
  { n: 500, len: 6, prefix: 'ZZZZZZ', alphabet: 'Z', dupEvery: 0 },
  { n: 2, len: 10, prefix: 'b', alphabet: 'ab', dupEvery: 0 },
];

test('sortKeys orders entries as a comparison sort does', () => {
  let seed = 11;
  for (const shape of shapes) {
    for (const [ascend, byRec, unique] of [[true, false, false], [false, false, false], [true, true, false],
      [true, false, true], [false, false, true], [true, true, true]] as const) {
      const set = keySet(shape, seed++);
      const got = sortKeys(set, ascend, byRec, unique);
      const want = expected(set, ascend, byRec, unique);
      const label = `len ${shape.len} prefix '${shape.prefix}' ascend ${ascend} byRec ${byRec} unique ${unique}`;
      assert.equal(got.count, want.length, label);
      assert.deepEqual(Array.from(got.order.subarray(0, got.count)), want, label);
    }
  }
});
