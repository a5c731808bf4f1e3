// The order of a new index: its keys sorted, equal keys by record number
// (CDX) or in the order they were read (NTX), reversed for descending NTX
// orders, one per key for UNIQUE ones. Keys are fixed-width byte strings
// in one buffer (KeySet); the sort moves 32-bit entry numbers only.

import type { KeySet, SortedKeys } from './keyset.js';

/**
 * Sort the keys of a new order: by key, equal keys by record number
 * (`byRec`, CDX) or in the order they were read (NTX). A descending NTX
 * order is reversed afterwards, runs of equal keys back in reading order.
 * UNIQUE orders keep the first of each key.
 */
export function sortKeys(set: KeySet, ascend: boolean, byRec: boolean, unique: boolean): SortedKeys {
  const n = set.count;
  const len = set.keyLen;
  const buf = set.buf;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > 1) new Sorter(buf, len, byRec ? set.recs : null, n).sort(order);
  if (!ascend && !byRec && n > 1) {
    order.reverse();
    let i = 0;
    while (i < n) {
      let j = i + 1;
      while (j < n && sameKey(buf, order[i] * len, order[j] * len, len)) j++;
      if (j - i > 1) order.subarray(i, j).reverse();
      i = j;
    }
  }
  let count = n;
  if (unique && n > 1) {
    count = 1;
    for (let i = 1; i < n; i++) {
      if (!sameKey(buf, order[count - 1] * len, order[i] * len, len)) order[count++] = order[i];
    }
  }
  return { set, order, count };
}

function sameKey(b: Buffer, a: number, c: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (b[a + k] !== b[c + k]) return false;
  return true;
}

/** Runs shorter than this are sorted by insertion on the rest of their keys. */
const SMALL_RUN = 32;

/**
 * Sort of entry numbers by their key bytes, eight bytes at a time: the
 * run's next eight key bytes are read once into two words per entry, the
 * entries sorted by those words (a least-significant-byte-first radix
 * sort that leaves out bytes all entries share; stable, so equal keys keep
 * the order they had: reading order), and each run of equal words goes on
 * with the next eight bytes. A short run is finished by an insertion sort
 * on the rest of its keys. With `recs`, equal keys are then ordered by
 * record number.
 */
class Sorter {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private tmpHi: Uint32Array;
  private tmpLo: Uint32Array;
  private tmpE: Uint32Array;
  private readonly hist = new Int32Array(8 * 256);

  constructor(private readonly buf: Buffer, private readonly len: number, private readonly recs: Uint32Array | null,
    n: number) {
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.tmpHi = new Uint32Array(n);
    this.tmpLo = new Uint32Array(n);
    this.tmpE = new Uint32Array(n);
  }

  sort(order: Uint32Array): void {
    this.run(order, 0, order.length, 0);
  }

  /** Read the key bytes [off, off + 8) of entries a..b into the words; false when they are all the same. */
  private load(order: Uint32Array, a: number, b: number, off: number): boolean {
    const buf = this.buf;
    const len = this.len;
    const hw = this.hi;
    const lw = this.lo;
    let same = true;
    if (off + 8 <= len) {
      for (let i = a; i < b; i++) {
        const o = order[i] * len + off;
        const h = ((buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8) | buf[o + 3]) >>> 0;
        const l = ((buf[o + 4] << 24) | (buf[o + 5] << 16) | (buf[o + 6] << 8) | buf[o + 7]) >>> 0;
        hw[i] = h;
        lw[i] = l;
        if (same && (h !== hw[a] || l !== lw[a])) same = false;
      }
    } else {
      // the key ends within these eight bytes: zeros after it
      const take = len - off;
      for (let i = a; i < b; i++) {
        const o = order[i] * len + off;
        let h = 0;
        let l = 0;
        for (let k = 0; k < 4; k++) h = h * 256 + (k < take ? buf[o + k] : 0);
        for (let k = 4; k < 8; k++) l = l * 256 + (k < take ? buf[o + k] : 0);
        hw[i] = h;
        lw[i] = l;
        if (same && (h !== hw[a] || l !== lw[a])) same = false;
      }
    }
    return !same;
  }

  private run(order: Uint32Array, a: number, b: number, off: number): void {
    for (;;) {
      if (b - a < SMALL_RUN) {
        this.insertionTail(order, a, b, off);
        return;
      }
      if (off >= this.len) {
        if (this.recs !== null) this.byRecord(order, a, b);
        return;
      }
      if (this.load(order, a, b, off)) break;
      off += 8;
    }
    this.radix(order, a, b);
    const hw = this.hi;
    const lw = this.lo;
    let start = a;
    for (let i = a + 1; i <= b; i++) {
      if (i === b || hw[i] !== hw[start] || lw[i] !== lw[start]) {
        if (i - start > 1) this.run(order, start, i, off + 8);
        start = i;
      }
    }
  }

  /**
   * Stable insertion sort of a short run a..b by the rest of the key (bytes
   * from `off` on), equal keys by record number when `recs` is given.
   */
  private insertionTail(order: Uint32Array, a: number, b: number, off: number): void {
    const buf = this.buf;
    const len = this.len;
    const recs = this.recs;
    for (let i = a + 1; i < b; i++) {
      const e = order[i];
      const eo = e * len;
      let j = i - 1;
      while (j >= a) {
        const f = order[j];
        const fo = f * len;
        let c = 0;
        for (let k = off; k < len; k++) {
          c = buf[fo + k] - buf[eo + k];
          if (c !== 0) break;
        }
        if (c === 0 && recs !== null) c = recs[f] - recs[e];
        if (c <= 0) break;
        order[j + 1] = f;
        j--;
      }
      order[j + 1] = e;
    }
  }

  /** Stable sort of entries a..b by their words, a byte per pass (bytes all entries share are left out). */
  private radix(order: Uint32Array, a: number, b: number): void {
    const h = this.hist;
    h.fill(0);
    let hw = this.hi;
    let lw = this.lo;
    let e = order;
    histogram(lw, hw, a, b, h);
    const m = b - a;
    let th = this.tmpHi;
    let tl = this.tmpLo;
    let te = this.tmpE;
    for (let pass = 0; pass < 8; pass++) {
      const base = pass * 256;
      if (!offsets(h, base, a, m)) continue;
      scatter(pass < 4 ? lw : hw, (pass & 3) * 8, h, base, a, b, hw, lw, e, th, tl, te);
      let t = hw; hw = th; th = t;
      t = lw; lw = tl; tl = t;
      t = e; e = te; te = t;
    }
    if (e !== order) {
      order.set(e.subarray(a, b), a);
      this.hi.set(hw.subarray(a, b), a);
      this.lo.set(lw.subarray(a, b), a);
    }
  }

  /** Entries with equal keys, by record number (stable). */
  private byRecord(order: Uint32Array, lo: number, hi: number): void {
    const recs = this.recs!;
    let sorted = true;
    for (let i = lo + 1; i < hi && sorted; i++) if (recs[order[i - 1]] > recs[order[i]]) sorted = false;
    if (sorted) return;
    const run = Array.from(order.subarray(lo, hi));
    run.sort((a, b) => recs[a] - recs[b] || a - b);
    for (let i = 0; i < run.length; i++) order[lo + i] = run[i];
  }
}

// The radix passes are small separate functions: each is compiled on its
// own with complete type feedback, where one large function kept being
// deoptimized on paths its first run had not taken.

/** Counts of each byte value of the eight bytes of the words of entries a..b. */
function histogram(lw: Uint32Array, hw: Uint32Array, a: number, b: number, h: Int32Array): void {
  for (let i = a; i < b; i++) {
    const x = lw[i];
    h[x & 0xff]++;
    h[256 + ((x >>> 8) & 0xff)]++;
    h[512 + ((x >>> 16) & 0xff)]++;
    h[768 + (x >>> 24)]++;
    const y = hw[i];
    h[1024 + (y & 0xff)]++;
    h[1280 + ((y >>> 8) & 0xff)]++;
    h[1536 + ((y >>> 16) & 0xff)]++;
    h[1792 + (y >>> 24)]++;
  }
}

/** Turn one byte's counts into start offsets from `a`; false when all `m` entries share the byte. */
function offsets(h: Int32Array, base: number, a: number, m: number): boolean {
  let sum = a;
  let spread = true;
  for (let v = 0; v < 256; v++) {
    const c = h[base + v];
    if (c === m) spread = false;
    h[base + v] = sum;
    sum += c;
  }
  return spread;
}

/** Move entries a..b (words and entry numbers) to their places by the byte of `key` at `shift`. */
function scatter(key: Uint32Array, shift: number, h: Int32Array, base: number, a: number, b: number,
  hw: Uint32Array, lw: Uint32Array, e: Uint32Array, th: Uint32Array, tl: Uint32Array, te: Uint32Array): void {
  for (let i = a; i < b; i++) {
    const at = h[base + ((key[i] >>> shift) & 0xff)]++;
    th[at] = hw[i];
    tl[at] = lw[i];
    te[at] = e[i];
  }
}
