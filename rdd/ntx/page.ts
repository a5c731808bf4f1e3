// One 1024-byte page of an NTX index:
//
//   uint16 count, uint16 offset[maxKeys + 1], then maxKeys + 1 items of
//   [uint32 child page][uint32 record][key bytes]
//
// Items are reached through the offset table; adding or removing a key
// rotates offsets instead of moving items, as Clipper's format expects
// (item `count` carries only the rightmost child pointer). Child pointers
// and the free-list link are file offsets.

import { latin1, putLatin1 } from '../dbf/fieldcodec.js';

export const NTX_PAGE = 1024;
/** the most keys whose offsets fit in a page (besides the count and the last child's offset) */
const MAX_COUNT = (NTX_PAGE - 4) >> 1;
/** the deepest tree a path is kept for */
export const STACK_MAX = 32;

export class NtxPage {
  /** number of keys (written into the buffer when the page is saved) */
  count = 0;
  dirty = false;
  /** when the page was last used (the bag's clock) */
  used = 0;
  /** read short from the file (its buffer is what Harbour's would hold) */
  short = false;

  constructor(public pos: number, readonly buf: Buffer, private readonly sink: Set<NtxPage>) {}

  static read(pos: number, buf: Buffer, sink: Set<NtxPage>): NtxPage {
    const p = new NtxPage(pos, buf, sink);
    p.count = buf.readUInt16LE(0);
    return p;
  }

  /**
   * Whether the items a reader of keys of `keyLen` bytes looks at lie in
   * the page: the offset table, keys 0 .. count-1 whole, and the child
   * pointer of item `count` (-1: only the first child pointer, a free page).
   */
  fits(keyLen: number): boolean {
    const n = keyLen < 0 ? 0 : this.count;
    if (n > MAX_COUNT) return false;
    const last = NTX_PAGE - 8 - keyLen;
    for (let i = 0; i < n; i++) if (this.offset(i) > last) return false;
    return this.offset(n) <= NTX_PAGE - 4;
  }

  offset(i: number): number {
    const b = this.buf;
    return b[2 + 2 * i] | (b[3 + 2 * i] << 8);
  }

  setOffset(i: number, o: number): void {
    this.buf.writeUInt16LE(o, 2 + 2 * i);
  }

  child(i: number): number {
    const b = this.buf;
    const o = this.offset(i);
    return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
  }

  setChild(i: number, page: number): void {
    this.buf.writeUInt32LE(page >>> 0, this.offset(i));
  }

  rec(i: number): number {
    return this.buf.readUInt32LE(this.offset(i) + 4);
  }

  setRec(i: number, rec: number): void {
    this.buf.writeUInt32LE(rec >>> 0, this.offset(i) + 4);
  }

  /** Position of item i's key bytes in the buffer. */
  keyAt(i: number): number {
    return this.offset(i) + 8;
  }

  key(i: number, len: number): string {
    const o = this.offset(i) + 8;
    return latin1(this.buf, o, o + len);
  }

  setKey(i: number, key: string, len: number): void {
    putLatin1(this.buf, key, this.offset(i) + 8, len);
  }

  /** Set key i from `len` bytes of `src` at `from`. */
  setKeyBytes(i: number, src: Buffer, from: number, len: number): void {
    const b = this.buf;
    const o = this.offset(i) + 8;
    for (let k = 0; k < len; k++) b[o + k] = src[from + k];
  }

  /** Copy key bytes (not child and record) from another item. */
  copyKey(i: number, from: NtxPage, j: number, len: number): void {
    const o = from.offset(j) + 8;
    from.buf.copy(this.buf, this.offset(i) + 8, o, o + len);
  }

  /** Copy a whole item (child, record, key). */
  copyItem(i: number, from: NtxPage, j: number, itemLen: number): void {
    const o = from.offset(j);
    from.buf.copy(this.buf, this.offset(i), o, o + itemLen);
  }

  /** Empty page: items in order after the offset table, no left child. */
  init(maxKeys: number, keyLen: number): void {
    let o = (maxKeys + 2) * 2;
    for (let u = 0; u <= maxKeys; u++, o += keyLen + 8) this.setOffset(u, o);
    this.setChild(0, 0);
    this.count = 0;
  }

  set(i: number, child: number, rec: number, key: string, keyLen: number): void {
    this.setChild(i, child);
    this.setRec(i, rec);
    this.setKey(i, key, keyLen);
    this.touch();
  }

  /** Insert an item at position i (the spare item slot moves there). */
  insert(i: number, child: number, rec: number, key: string, keyLen: number): void {
    const spare = this.offset(this.count + 1);
    for (let u = this.count + 1; u > i; u--) this.setOffset(u, this.offset(u - 1));
    this.setOffset(i, spare);
    this.count++;
    this.set(i, child, rec, key, keyLen);
  }

  /** Remove the item at position i (its slot becomes the last one). */
  remove(i: number): void {
    const freed = this.offset(i);
    for (let u = i; u < this.count; u++) this.setOffset(u, this.offset(u + 1));
    this.setOffset(this.count, freed);
    this.count--;
    this.touch();
  }

  /** Mark the page as changed (it is written on the next flush). */
  touch(): void {
    this.dirty = true;
    this.sink.add(this);
  }

  /** The buffer with the key count stored, ready to be written. */
  bytes(): Buffer {
    this.buf.writeUInt16LE(this.count, 0);
    return this.buf;
  }
}
