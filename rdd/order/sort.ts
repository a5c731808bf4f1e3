// The order of a new index: its keys sorted, equal keys by record number
// (CDX) or in the order they were read (NTX), reversed for descending NTX
// orders, one per key for UNIQUE ones.

import type { SortedKeys } from './tag.js';

/**
 * Sort the keys of a new order: by key, equal keys by record number
 * (`byRec`, CDX) or in the order they were read (NTX). A descending NTX
 * order is reversed afterwards, runs of equal keys back in reading order.
 * UNIQUE orders keep the first of each key.
 */
export function sortKeys(keys: string[], recs: number[], ascend: boolean, byRec: boolean, unique: boolean): SortedKeys {
  const order = sortedOrder(keys, byRec ? recs : null);
  if (!ascend && !byRec) {
    order.reverse();
    let i = 0;
    while (i < order.length) {
      const key = keys[order[i]];
      let j = i + 1;
      while (j < order.length && keys[order[j]] === key) j++;
      if (j - i > 1) {
        const run = order.slice(i, j).reverse();
        for (let k = 0; k < run.length; k++) order[i + k] = run[k];
      }
      i = j;
    }
  }
  const outKeys: string[] = [];
  const outRecs: number[] = [];
  let last: string | null = null;
  for (const o of order) {
    const key = keys[o];
    if (unique && key === last) continue;
    last = key;
    outKeys.push(key);
    outRecs.push(recs[o]);
  }
  return { keys: outKeys, recs: outRecs };
}

/**
 * The positions of `keys` in sorted order (equal keys by `recs`, or by
 * position): a radix sort over five bytes of the keys at a time, each
 * pass done by the engine's sort of 64-bit numbers (those five bytes and
 * the position), refining only the runs the pass left equal.
 */
function sortedOrder(keys: string[], recs: number[] | null): number[] {
  const n = keys.length;
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let width = 0;
  for (const k of keys) if (k.length > width) width = k.length;
  refine(order, keys, recs, 0, n, 0, width);
  return order;
}

const SMALL_RUN = 24;

function refine(order: number[], keys: string[], recs: number[] | null, lo: number, hi: number, off: number,
  width: number): void {
  const m = hi - lo;
  if (m < 2) return;
  if (m < SMALL_RUN || off >= width || m >= 0x1000000) {
    // insertion sort of a short run (or the records of equal keys); the
    // keys agree up to `off`, so comparing them whole (natively) is the same
    for (let i = lo + 1; i < hi; i++) {
      const v = order[i];
      const kv = keys[v];
      let j = i - 1;
      while (j >= lo) {
        const o = order[j];
        const ko = keys[o];
        if (ko < kv || (ko === kv && (recs === null ? o < v : recs[o] <= recs[v]))) break;
        order[j + 1] = o;
        j--;
      }
      order[j + 1] = v;
    }
    return;
  }
  // 64-bit sort keys: four key bytes in the high word; the low word holds
  // the run position and as many more key bytes as it leaves room for
  const posBits = m <= 0x100 ? 8 : m <= 0x10000 ? 16 : 24;
  const extra = (32 - posBits) >> 3;
  const step = 4 + extra;
  const big = new BigUint64Array(m);
  const words = new Uint32Array(big.buffer);
  let uniform = true;
  for (let k = 0; k < m; k++) {
    const s = keys[order[lo + k]];
    const w = s.length;
    let high = 0;
    for (let j = off; j < off + 4; j++) high = high * 256 + (j < w ? s.charCodeAt(j) : 0);
    let low = 0;
    for (let j = off + 4; j < off + step; j++) low = low * 256 + (j < w ? s.charCodeAt(j) : 0);
    words[2 * k] = ((low << posBits) | k) >>> 0;
    words[2 * k + 1] = high;
    if (uniform && k > 0 && (high !== words[1] || (words[2 * k] >>> posBits) !== (words[0] >>> posBits))) uniform = false;
  }
  if (uniform) {
    // these bytes are the same in the whole run: on to the next ones
    refine(order, keys, recs, lo, hi, off + step, width);
    return;
  }
  big.sort();
  const mask = posBits === 24 ? 0xffffff : posBits === 16 ? 0xffff : 0xff;
  const prev = order.slice(lo, hi);
  for (let k = 0; k < m; k++) order[lo + k] = prev[words[2 * k] & mask];
  let start = 0;
  for (let k = 1; k <= m; k++) {
    if (k === m || words[2 * k + 1] !== words[2 * start + 1] ||
        (words[2 * k] >>> posBits) !== (words[2 * start] >>> posBits)) {
      if (k - start > 1) refine(order, keys, recs, lo + start, lo + k, off + step, width);
      start = k;
    }
  }
}
