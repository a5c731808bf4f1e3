// The keys of an index being built: fixed-width key bytes of every entry
// in one buffer, with the entry's record number, in the order they were
// read. Sorting (sort.ts) yields the entries' final order.

import { latin1 } from '../dbf/fieldcodec.js';

export class KeySet {
  buf: Buffer;
  recs: Uint32Array;
  count = 0;
  /** `buf` for word-sized copies */
  private view: DataView;

  constructor(readonly keyLen: number, capacity: number) {
    const cap = Math.max(capacity, 16);
    this.buf = Buffer.allocUnsafe(cap * Math.max(keyLen, 1));
    this.view = viewOf(this.buf);
    this.recs = new Uint32Array(cap);
  }

  /**
   * Start a new entry for record `rec`: the offset in `buf` where its
   * `keyLen` bytes go. The entry counts once commit() is called.
   */
  slot(rec: number): number {
    if (this.count === this.recs.length) this.grow();
    this.recs[this.count] = rec;
    return this.count * this.keyLen;
  }

  commit(): void {
    this.count++;
  }

  /** Add a key given as text (a shorter one is padded with zero bytes, as pages store it). */
  addString(key: string, rec: number): void {
    const o = this.slot(rec);
    const len = this.keyLen;
    const b = this.buf;
    const n = key.length < len ? key.length : len;
    for (let i = 0; i < n; i++) b[o + i] = key.charCodeAt(i);
    if (n < len) b.fill(0, o + n, o + len);
    this.count++;
  }

  /**
   * Add the keys of `count` records that are their own bytes: `keyLen`
   * bytes at `off` in each record of `stride` bytes in `src`, for records
   * `rec`, `rec` + 1, ...
   */
  addBytes(src: Buffer, off: number, stride: number, count: number, rec: number): void {
    while (this.count + count > this.recs.length) this.grow();
    const len = this.keyLen;
    const dv = this.view;
    const sv = viewOf(src);
    const recs = this.recs;
    let e = this.count;
    for (let k = 0; k < count; k++, off += stride) {
      copyKeyBytes(dv, e * len, sv, off, len);
      recs[e++] = rec + k;
    }
    this.count = e;
  }

  /** The key of entry `e` as text. */
  key(e: number): string {
    const o = e * this.keyLen;
    return latin1(this.buf, o, o + this.keyLen);
  }

  private grow(): void {
    const cap = this.recs.length * 2;
    const buf = Buffer.allocUnsafe(cap * Math.max(this.keyLen, 1));
    this.buf.copy(buf, 0, 0, this.count * this.keyLen);
    this.buf = buf;
    this.view = viewOf(buf);
    const recs = new Uint32Array(cap);
    recs.set(this.recs);
    this.recs = recs;
  }
}

/** A DataView over the bytes of `b`. */
export function viewOf(b: Buffer): DataView {
  return new DataView(b.buffer, b.byteOffset, b.length);
}

/**
 * Copy the `len` key bytes at `s` of `src` to `d` of `dst`, four at a time
 * (keys of a bulk build are read from random places: the fewer loads the better).
 */
export function copyKeyBytes(dst: DataView, d: number, src: DataView, s: number, len: number): void {
  const end = s + (len & ~3);
  for (; s < end; s += 4, d += 4) dst.setUint32(d, src.getUint32(s, true), true);
  for (let t = len & 3; t > 0; t--) dst.setUint8(d++, src.getUint8(s++));
}

/** Keys of a new order in their final order: entries `order[0 .. count)` of `set`. */
export interface SortedKeys {
  set: KeySet;
  order: Uint32Array;
  count: number;
}

/** No keys (an empty order). */
export function noKeys(keyLen: number): SortedKeys {
  return { set: new KeySet(keyLen, 0), order: new Uint32Array(0), count: 0 };
}
