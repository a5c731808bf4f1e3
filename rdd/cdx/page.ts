// One page of a CDX index (512 bytes by default), kept decoded while in
// memory: its keys (full length, latin1), their records, and for interior
// pages the child page of each key. Layout on disk:
//
//   all pages: attr u16 (bit 0 root, bit 1 leaf), key count u16,
//              left sibling u32, right sibling u32 (0xFFFFFFFF: none)
//   interior:  entries of [key][record u32 BE][child page u32 BE]; each
//              key is the last key of the child's subtree
//   leaf:      free space u16, record mask u32, duplicate and trailing
//              count masks and bit sizes, bytes per entry; then one packed
//              entry per key (record number in the low bits, duplicate
//              and trailing counts in the high bits) from the front, and
//              the keys' remaining bytes from the end of the page backward

import { latin1, putLatin1At } from '../dbf/fieldcodec.js';

export const CDX_NODE_BRANCH = 0;
export const CDX_NODE_ROOT = 1;
export const CDX_NODE_LEAF = 2;
export const CDX_DUMMY = 0xffffffff;
export const INT_HEAD = 12;
export const EXT_HEAD = 24;
/** no damaged key (past any key count) */
export const NO_BAD = 0x10000;

let scratch = Buffer.alloc(256);

/** A buffer of at least `n` bytes for putting keys together. */
function keyScratch(n: number): Buffer {
  if (scratch.length < n) scratch = Buffer.alloc(n);
  return scratch;
}

/** Leaf packing parameters (Harbour's leaf space init). */
export interface LeafBits {
  req: number;
  recBits: number;
  dcBits: number;
  tcBits: number;
  recMask: number;
  dcMask: number;
  tcMask: number;
}

export function leafBits(keyLen: number, maxRec: number): LeafBits {
  let bits = 0;
  for (let n = keyLen; n !== 0; n >>= 1) bits++;
  let req = bits > 12 ? 5 : bits > 8 ? 4 : 3;
  let recBits = req * 8 - bits * 2;
  let recMask = recBits >= 32 ? 0xffffffff : 2 ** recBits - 1;
  while (maxRec > recMask) {
    req++;
    recBits += 8;
    recMask = recBits >= 32 ? 0xffffffff : 2 ** recBits - 1;
  }
  const mask = 2 ** bits - 1;
  return { req, recBits, dcBits: bits, tcBits: bits, recMask, dcMask: mask, tcMask: mask };
}

export class CdxPage {
  attr = CDX_NODE_LEAF;
  left = CDX_DUMMY;
  right = CDX_DUMMY;
  keys: string[] = [];
  recs: number[] = [];
  /** child page of each key (interior pages) */
  childs: number[] = [];
  dirty = false;
  /**
   * the first key of a leaf read from the file whose shared and trailing
   * counts exceed the key length (NO_BAD: none), and those counts
   */
  bad = NO_BAD;
  badDup = 0;
  badTrl = 0;
  /** leaf packing as read (kept when the page is rewritten and still fits) */
  private bits: LeafBits | null = null;

  constructor(public pos: number) {}

  get leaf(): boolean {
    return (this.attr & CDX_NODE_LEAF) !== 0;
  }

  get count(): number {
    return this.keys.length;
  }

  /**
   * Decode a page read from the file; null when its key count reaches
   * past the page (entries or key bytes outside it).
   */
  static decode(pos: number, b: Buffer, keyLen: number, trail: number): CdxPage | null {
    const p = new CdxPage(pos);
    p.attr = b.readUInt16LE(0);
    const n = b.readUInt16LE(2);
    p.left = b.readUInt32LE(4);
    p.right = b.readUInt32LE(8);
    if (!p.leaf) {
      const size = keyLen + 8;
      if (INT_HEAD + n * size > b.length) return null;
      for (let i = 0, o = INT_HEAD; i < n; i++, o += size) {
        p.keys.push(latin1(b, o, o + keyLen));
        p.recs.push(b.readUInt32BE(o + keyLen));
        p.childs.push(b.readUInt32BE(o + keyLen + 4));
      }
      return p;
    }
    const bits: LeafBits = {
      recMask: b.readUInt32LE(14),
      req: b[23], recBits: b[20], dcBits: b[21], tcBits: b[22],
      dcMask: b[21] <= 8 ? b[18] : 2 ** b[21] - 1,
      tcMask: b[22] <= 8 ? b[19] : 2 ** b[22] - 1,
    };
    p.bits = bits;
    // 4 bytes are read at each entry's start and end: they must lie in the page
    if (n > 0 && EXT_HEAD + (n - 1) * bits.req + Math.max(bits.req, 4) > b.length) return null;
    const shift = 32 - bits.tcBits - bits.dcBits;
    let keyPos = b.length;
    // each key is put together in a scratch buffer from the previous one's
    // first bytes, its own bytes and the trailing pad, then read as one
    // (flat) string
    const k = keyScratch(keyLen);
    for (let i = 0; i < n; i++) {
      const e = EXT_HEAD + i * bits.req;
      const hi = b.readUInt32LE(e + bits.req - 4) >>> shift;
      const dup = i === 0 ? 0 : hi & bits.dcMask;
      const trl = (hi >>> bits.dcBits) & bits.tcMask;
      const fresh = keyLen - dup - trl;
      if (fresh < 0) {
        p.bad = i;
        p.badDup = dup;
        p.badTrl = trl;
        return CdxPage.decodeDamaged(p, b, n, keyLen, trail, bits);
      }
      if (fresh > 0) {
        keyPos -= fresh;
        if (keyPos < 0) return null;
        for (let j = 0; j < fresh; j++) k[dup + j] = b[keyPos + j];
      }
      for (let j = keyLen - trl; j < keyLen; j++) k[j] = trail;
      const rec = bits.req >= 4 ? b.readUInt32LE(e) : b.readUIntLE(e, 3);
      p.keys.push(latin1(k, 0, keyLen));
      p.recs.push(rec & bits.recMask);
    }
    return p;
  }

  /** A leaf whose counts do not add up to the key length: keys as far as they go. */
  private static decodeDamaged(p: CdxPage, b: Buffer, n: number, keyLen: number, trail: number,
    bits: LeafBits): CdxPage | null {
    p.keys = [];
    p.recs = [];
    const shift = 32 - bits.tcBits - bits.dcBits;
    let keyPos = b.length;
    let prev = '';
    const pad = String.fromCharCode(trail);
    for (let i = 0; i < n; i++) {
      const e = EXT_HEAD + i * bits.req;
      const hi = b.readUInt32LE(e + bits.req - 4) >>> shift;
      const dup = i === 0 ? 0 : hi & bits.dcMask;
      const trl = (hi >>> bits.dcBits) & bits.tcMask;
      const fresh = keyLen - dup - trl;
      let key = prev.slice(0, dup);
      if (fresh > 0) {
        keyPos -= fresh;
        if (keyPos < 0) return null;
        key += latin1(b, keyPos, keyPos + fresh);
      }
      if (trl > 0) key += pad.repeat(trl);
      const rec = bits.req >= 4 ? b.readUInt32LE(e) : b.readUIntLE(e, 3);
      p.keys.push(key);
      p.recs.push(rec & bits.recMask);
      prev = key;
    }
    return p;
  }

  /**
   * Key i as Harbour's diagnostics print it: C text from the key in its
   * decoded form, which runs on into the bytes that follow the key there
   * (interior: record and child big-endian; leaf: record, shared and
   * trailing counts little-endian) up to the first zero byte.
   */
  keyText(i: number, trail: number): string {
    const k = this.keys[i];
    const tail = Buffer.alloc(8);
    if (this.leaf) {
      const trl = CdxPage.trailOf(k, trail);
      let dup = 0;
      if (i > 0) {
        const prev = this.keys[i - 1];
        while (dup < k.length - trl && k.charCodeAt(dup) === prev.charCodeAt(dup)) dup++;
      }
      tail.writeUInt32LE(this.recs[i] >>> 0, 0);
      tail.writeUInt16LE(dup, 4);
      tail.writeUInt16LE(trl, 6);
    } else {
      tail.writeUInt32BE(this.recs[i] >>> 0, 0);
      tail.writeUInt32BE(this.childs[i] >>> 0, 4);
    }
    const s = k + tail.toString('latin1');
    const end = s.indexOf('\0');
    return end < 0 ? s : s.slice(0, end);
  }

  /** Trailing `trail` bytes of a key (not stored). */
  private static trailOf(k: string, trail: number): number {
    let t = 0;
    while (t < k.length && k.charCodeAt(k.length - 1 - t) === trail) t++;
    return t;
  }

  /** Bytes a leaf needs for keys [from, to) with entry size `req`. */
  static leafSize(keys: string[], from: number, to: number, keyLen: number, trail: number, req: number): number {
    let size = 0;
    let prev: string | null = null;
    for (let i = from; i < to; i++) {
      const k = keys[i];
      const trl = CdxPage.trailOf(k, trail);
      let dup = 0;
      if (prev !== null) {
        const max = keyLen - trl;
        while (dup < max && k.charCodeAt(dup) === prev.charCodeAt(dup)) dup++;
      }
      size += req + keyLen - dup - trl;
      prev = k;
    }
    return size;
  }

  /** Whether this leaf's keys fit in a page of `pageLen` bytes. */
  fits(pageLen: number, keyLen: number, trail: number, maxRec: number): boolean {
    if (!this.leaf) return this.keys.length <= Math.floor((pageLen - INT_HEAD) / (keyLen + 8));
    const bits = this.packing(keyLen, maxRec);
    return CdxPage.leafSize(this.keys, 0, this.keys.length, keyLen, trail, bits.req) <= pageLen - EXT_HEAD;
  }

  /** The leaf packing: the page's own unless a record number needs more bits. */
  private packing(keyLen: number, maxRec: number): LeafBits {
    let top = maxRec;
    for (const r of this.recs) if (r > top) top = r;
    const own = this.bits;
    if (own !== null && top <= own.recMask) return own;
    return leafBits(keyLen, top);
  }

  /** Encode into a zeroed buffer of the page length. */
  encode(b: Buffer, keyLen: number, trail: number, maxRec: number): void {
    b.fill(0);
    b.writeUInt16LE(this.attr, 0);
    b.writeUInt16LE(this.keys.length, 2);
    b.writeUInt32LE(this.left >>> 0, 4);
    b.writeUInt32LE(this.right >>> 0, 8);
    if (!this.leaf) {
      for (let i = 0, o = INT_HEAD; i < this.keys.length; i++, o += keyLen + 8) {
        putLatin1At(b, this.keys[i], 0, o, keyLen);
        b.writeUInt32BE(this.recs[i] >>> 0, o + keyLen);
        b.writeUInt32BE(this.childs[i] >>> 0, o + keyLen + 4);
      }
      return;
    }
    const bits = this.packing(keyLen, maxRec);
    this.bits = bits;
    let keyPos = b.length;
    let prev: string | null = null;
    const bytesHi = (bits.tcBits + bits.dcBits + 7) >> 3;
    const hiShift = bytesHi * 8 - bits.tcBits - bits.dcBits;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      const trl = CdxPage.trailOf(k, trail);
      let dup = 0;
      if (prev !== null) {
        const max = keyLen - trl;
        while (dup < max && k.charCodeAt(dup) === prev.charCodeAt(dup)) dup++;
      }
      putLeafEntry(b, EXT_HEAD + i * bits.req, this.recs[i], ((trl << bits.dcBits) | dup) << hiShift, bits.req, bits.req - bytesHi);
      const fresh = keyLen - dup - trl;
      if (fresh > 0) {
        keyPos -= fresh;
        putLatin1At(b, k, dup, keyPos, fresh);
      }
      prev = k;
    }
    leafTail(b, keyPos - (EXT_HEAD + this.keys.length * bits.req), bits);
  }

  /** Start a leaf with packing for records up to `maxRec` (bulk build). */
  initLeaf(keyLen: number, maxRec: number): void {
    this.bits = leafBits(keyLen, maxRec);
  }

  /** Free bytes of a leaf under its packing. */
  freeSpace(pageLen: number, keyLen: number, trail: number): number {
    const bits = this.bits ?? leafBits(keyLen, 0);
    return pageLen - EXT_HEAD - CdxPage.leafSize(this.keys, 0, this.keys.length, keyLen, trail, bits.req);
  }

  /** Bytes per leaf entry under the page's packing. */
  get entryBytes(): number {
    return this.bits?.req ?? 3;
  }
}

/**
 * Split keys `order[from ..)` of a bulk build into leaves: the end of the
 * run that fits in a leaf of `room` bytes (entries of `req` bytes plus the
 * bytes each key does not share with the one before it or with the
 * trailing pad), with each key's shared and trailing counts put into `dups`
 * and `trls` (by position in `order`). At least one key goes into a leaf.
 */
export function leafRun(kb: Buffer, keyLen: number, order: Uint32Array, from: number, count: number, trail: number,
  room: number, req: number, dups: Uint8Array, trls: Uint8Array): number {
  let free = room;
  let prev = -1;
  for (let n = from; n < count; n++) {
    const o = order[n] * keyLen;
    let trl = 0;
    while (trl < keyLen && kb[o + keyLen - 1 - trl] === trail) trl++;
    let dup = 0;
    if (prev >= 0) {
      const max = keyLen - trl;
      while (dup < max && kb[o + dup] === kb[prev + dup]) dup++;
      if (free - (keyLen - dup - trl) - req < 0) return n;
    }
    dups[n] = dup;
    trls[n] = trl;
    free -= keyLen - dup - trl + req;
    prev = o;
  }
  return count;
}

/**
 * Encode a leaf of a bulk build straight from key bytes (as encode() lays
 * out a page holding the same keys): entries `order[from .. to)` of the
 * fixed-width keys in `kb`, with their records and the counts leafRun()
 * found, into a page buffer `b`.
 */
export function encodeLeafBytes(b: Buffer, attr: number, left: number, right: number, kb: Buffer, keyLen: number,
  order: Uint32Array, recs: Uint32Array, from: number, to: number, dups: Uint8Array, trls: Uint8Array,
  bits: LeafBits): void {
  b.fill(0);
  const n = to - from;
  b.writeUInt16LE(attr, 0);
  b.writeUInt16LE(n, 2);
  b.writeUInt32LE(left >>> 0, 4);
  b.writeUInt32LE(right >>> 0, 8);
  let keyPos = b.length;
  const bytesHi = (bits.tcBits + bits.dcBits + 7) >> 3;
  const hiShift = bytesHi * 8 - bits.tcBits - bits.dcBits;
  const hiFrom = bits.req - bytesHi;
  for (let i = 0; i < n; i++) {
    const e = order[from + i];
    const dup = dups[from + i];
    const trl = trls[from + i];
    putLeafEntry(b, EXT_HEAD + i * bits.req, recs[e], ((trl << bits.dcBits) | dup) << hiShift, bits.req, hiFrom);
    const fresh = keyLen - dup - trl;
    if (fresh > 0) {
      keyPos -= fresh;
      const src = e * keyLen + dup;
      for (let k = 0; k < fresh; k++) b[keyPos + k] = kb[src + k];
    }
  }
  leafTail(b, keyPos - (EXT_HEAD + n * bits.req), bits);
}

/** The leaf header after the entries: free space and the packing parameters. */
function leafTail(b: Buffer, free: number, bits: LeafBits): void {
  b.writeUInt16LE(free, 12);
  b.writeUInt32LE(bits.recMask >>> 0, 14);
  if (bits.dcBits <= 8) {
    b[18] = bits.dcMask;
    b[19] = bits.tcMask;
  } else b.writeUInt16LE(bits.dcMask, 18);
  b[20] = bits.recBits;
  b[21] = bits.dcBits;
  b[22] = bits.tcBits;
  b[23] = bits.req;
}

/**
 * One leaf entry: the record number little-endian in `req` bytes, its top
 * bytes (from `hiFrom` on) sharing with the trailing/duplicate counts `hi`.
 */
function putLeafEntry(b: Buffer, at: number, rec: number, hi: number, req: number, hiFrom: number): void {
  for (let j = 0; j < req; j++) {
    let byte = rec % 256;
    rec = Math.floor(rec / 256);
    if (j >= hiFrom) {
      byte |= hi & 0xff;
      hi >>>= 8;
    }
    b[at + j] = byte;
  }
}
