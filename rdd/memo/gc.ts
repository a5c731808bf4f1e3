// The free-block list of a memo file, as Harbour keeps it:
//
//  - SIX memos (and SMT): up to 82 entries in the header, 6 bytes each at
//    offset 20 (LE16 size in blocks, LE32 block), their count (LE16) at 18;
//  - FLEX memos (FPT written by Harbour, FlexFile3 header): a GC page of
//    1010 bytes behind an 8-byte block header (type 1000, size 1010, both
//    BE) whose offset is in the header at 516 (a mirror page with the
//    pairs reversed at 512); it holds LE16 (count * 4 + 3) and then LE32
//    byte offset / LE32 byte size pairs; unused page bytes are 0xAD;
//  - DBT memos: no list; freed blocks are simply lost.
//
// Entries are kept sorted by size (smallest first) so that a request takes
// the first block that is large enough; neighbours are merged and a block
// that ends at the end of the file gives its space back.

import type { MemoStore } from './store.js';
import { EDBF_CORRUPT, EDBF_READ } from '../errors.js';

export const MEMO_DBT = 1;
export const MEMO_FPT = 2;
export const MEMO_SMT = 3;
export const MEMOVER_STD = 1;
export const MEMOVER_SIX = 2;
export const MEMOVER_FLEX = 3;
export const MEMOVER_CLIP = 4;

const MAX_SIX_ITEMS = 82;
const MAX_FLEX_ITEMS = 126;
export const FLEX_GC_PAGE = 1010;
export const FPTIT_FLEX_GC = 1000;
export const FPTIT_FLEX_UNUSED = 1001;
const HEADER_FULL = 1024;

interface Item {
  offset: number;
  size: number;
  changed: boolean;
}

export class GcTable {
  header = Buffer.alloc(HEADER_FULL);
  nextBlock = 0;
  private prevBlock = 0;
  private kind: 'none' | 'six' | 'flex' = 'none';
  private items: Item[] = [];
  private maxItems = 0;
  private dirPage = 0;
  private revPage = 0;
  private pageSize = 0;
  private counter = 0;
  /** 1: next block changed, 2: list changed */
  private changed = 0;

  constructor(private readonly m: MemoStore) {}

  /** Read the header and the free list: 0, or EDBF_READ (a short header) or EDBF_CORRUPT. */
  read(): number {
    const m = this.m;
    this.header.fill(0);
    const n = m.file.readInto(this.header, 0, HEADER_FULL, 0);
    if (n < 512) return EDBF_READ;
    const h = this.header;
    this.nextBlock = m.kind === MEMO_FPT ? h.readUInt32BE(0) : h.readUInt32LE(0);
    this.prevBlock = this.nextBlock;
    this.items = [];
    this.changed = 0;
    if (m.version === MEMOVER_SIX || m.kind === MEMO_SMT) {
      this.kind = 'six';
      this.maxItems = MAX_SIX_ITEMS;
      const count = h.readUInt16LE(18);
      if (count > this.maxItems) return EDBF_CORRUPT;
      for (let i = 0; i < count; i++) {
        this.items.push({ size: h.readUInt16LE(20 + i * 6), offset: h.readUInt32LE(22 + i * 6), changed: false });
      }
    } else if (m.kind === MEMO_FPT && (m.version === MEMOVER_FLEX || m.version === MEMOVER_CLIP)) {
      this.kind = 'flex';
      this.maxItems = MAX_FLEX_ITEMS;
      this.revPage = h.readUInt32LE(512 + 12);
      this.dirPage = h.readUInt32LE(512 + 16);
      this.counter = h.readUInt32LE(512 + 20);
      if (this.dirPage) {
        const bh = m.file.read(this.dirPage, 8);
        if (bh.length !== 8 || bh.readUInt32BE(0) !== FPTIT_FLEX_GC) return EDBF_CORRUPT;
        this.pageSize = bh.readUInt32BE(4);
        if (this.pageSize < 2 || this.dirPage + 8 + this.pageSize > m.file.size) return EDBF_CORRUPT;
        const page = m.file.read(this.dirPage + 8, this.pageSize);
        if (page.length !== this.pageSize) return EDBF_CORRUPT;
        this.maxItems = (this.pageSize - 2) >> 3;
        const count = (page.readUInt16LE(0) - 3) >> 2;
        // more items than the page holds: Harbour would read past its buffer
        if (count < 0 || count > this.maxItems) return EDBF_CORRUPT;
        for (let i = 0; i < count; i++) {
          this.items.push({
            offset: Math.floor(page.readUInt32LE(i * 8 + 2) / m.blockSize),
            size: Math.floor(page.readUInt32LE(i * 8 + 6) / m.blockSize),
            changed: false,
          });
        }
      }
    } else this.kind = 'none';
    if (this.items.length) this.sort();
    return 0;
  }

  private sort(): void {
    let moved = true;
    let last = this.items.length - 1;
    const it = this.items;
    while (moved) {
      moved = false;
      const j = last;
      for (let i = 0; i < j; i++) {
        if (it[i].size > it[i + 1].size) {
          const t = it[i];
          it[i] = it[i + 1];
          it[i + 1] = t;
          moved = true;
          this.changed |= 2;
          last = i;
        }
      }
    }
  }

  /** Join neighbouring free blocks and give back those at the end of the file. */
  private pack(): void {
    const it = this.items;
    for (let i = 0; i < it.length; i++) {
      if (it[i].offset !== 0 && it[i].size !== 0) {
        const end = it[i].offset + it[i].size;
        if (end === this.nextBlock) {
          this.nextBlock -= it[i].size;
          it[i].offset = it[i].size = 0;
          this.changed |= 2;
          i = -1;
        } else {
          for (let j = i + 1; j < it.length; j++) {
            if (end === it[j].offset) {
              it[i].size += it[j].size;
              it[i].changed = true;
              it[j].offset = it[j].size = 0;
              this.changed |= 2;
              i = -1;
              break;
            }
          }
        }
      }
    }
    this.items = it.filter((x) => x.offset !== 0 && x.size !== 0);
  }

  /** Mark freed FLEX blocks with an "unused" block header. */
  private writeItems(): void {
    const m = this.m;
    for (const x of this.items) {
      if (!x.changed) continue;
      if ((m.version === MEMOVER_FLEX || m.version === MEMOVER_CLIP) && x.size * m.blockSize >= 8) {
        const b = Buffer.alloc(8);
        b.writeUInt32BE(FPTIT_FLEX_UNUSED, 0);
        b.writeUInt32BE(m.blockSize * x.size - 8, 4);
        m.file.write(b, 0, 8, x.offset * m.blockSize);
      }
      x.changed = false;
    }
  }

  /** Put `bytes` at block `offset` on the free list (`raw`: no FPT block header counted). */
  free(offset: number, bytes: number, raw: boolean): boolean {
    const m = this.m;
    if (m.kind === MEMO_DBT) return true;
    if (m.kind === MEMO_FPT && !raw) {
      if (bytes === 0) {
        const bh = m.file.read(offset * m.blockSize, 8);
        if (bh.length === 8) bytes = bh.readUInt32BE(4) + 8;
      } else bytes += 8;
    }
    let size = Math.floor((bytes + m.blockSize - 1) / m.blockSize);
    if (size === 0) return false;
    if (offset + size === this.nextBlock) {
      this.nextBlock -= size;
      this.changed |= 1;
      this.pack();
      return true;
    }
    let changed = false;
    for (const x of this.items) {
      if (x.offset + x.size === offset) {
        offset = x.offset;
        size = x.size += size;
        changed = x.changed = true;
        break;
      }
      if (x.offset === offset + size) {
        x.offset = offset;
        size = x.size += size;
        changed = x.changed = true;
        break;
      }
    }
    if (!changed) {
      if (this.items.length <= this.maxItems) {
        this.items.push({ offset, size, changed: true });
        changed = true;
      } else if (this.items[0].size < size) {
        const first = this.items[0];
        if (this.nextBlock === first.offset + first.size) this.nextBlock -= first.size;
        else if (first.changed) this.writeItems();
        this.items[0] = { offset, size, changed: true };
        changed = true;
      }
    }
    if (changed) {
      this.changed |= 2;
      this.pack();
      this.sort();
    }
    return true;
  }

  /** A block for `bytes` of data: the first free one large enough, else at the end. */
  alloc(bytes: number, raw: boolean): number {
    const m = this.m;
    let size: number;
    if (m.kind === MEMO_SMT || raw) size = Math.floor((bytes + m.blockSize - 1) / m.blockSize);
    else if (m.kind === MEMO_FPT) size = Math.floor((bytes + 8 + m.blockSize - 1) / m.blockSize);
    else if (m.kind === MEMO_DBT) size = Math.floor((bytes + m.blockSize) / m.blockSize);
    else size = Math.floor((bytes + m.blockSize - 1) / m.blockSize);
    for (let i = 0; i < this.items.length; i++) {
      const x = this.items[i];
      if (x.size >= size) {
        const at = x.offset;
        x.offset += size;
        x.size -= size;
        if (x.size === 0) this.items.splice(i, 1);
        else {
          x.changed = true;
          this.sort();
        }
        this.changed |= 2;
        return at;
      }
    }
    const at = this.nextBlock;
    this.nextBlock += size;
    this.changed |= 1;
    return at;
  }

  /** Write the list and the header back if anything changed. */
  write(): void {
    if (this.changed === 0) return;
    const m = this.m;
    const h = this.header;
    let hdrSize = 512;
    if (this.kind === 'six') {
      const n = Math.min(this.items.length, this.maxItems);
      h.writeUInt16LE(n, 18);
      h.fill(0, 20, 512);
      const skip = this.items.length - n;
      for (let i = skip; i < this.items.length; i++) {
        h.writeUInt16LE(this.items[i].size & 0xffff, 20 + (i - skip) * 6);
        h.writeUInt32LE(this.items[i].offset >>> 0, 22 + (i - skip) * 6);
      }
    } else if (this.kind === 'flex') {
      hdrSize = HEADER_FULL;
      this.counter = (this.counter + 1) >>> 0;
      if (this.items.length === 0 && this.dirPage) {
        let off = this.dirPage;
        let size = Math.floor((this.pageSize + m.blockSize - 1) / m.blockSize);
        if (this.revPage) {
          size <<= 1;
          if (this.dirPage > this.revPage) off = this.revPage;
        }
        off = Math.floor(off / m.blockSize);
        if (off + size === this.nextBlock) {
          this.dirPage = this.revPage = 0;
          this.nextBlock -= size;
        }
      } else if (this.items.length > 0 && !this.dirPage) {
        this.pageSize = FLEX_GC_PAGE;
        this.dirPage = this.alloc(this.pageSize, false) * m.blockSize;
        this.revPage = this.alloc(this.pageSize, false) * m.blockSize;
        this.changed |= 2;
      }
      if (this.dirPage && this.changed > 1) {
        const n = Math.min(this.items.length, this.maxItems);
        const bh = Buffer.alloc(8);
        bh.writeUInt32BE(FPTIT_FLEX_GC, 0);
        bh.writeUInt32BE(this.pageSize, 4);
        const page = Buffer.alloc(this.pageSize, 0xad);
        page.writeUInt16LE(((n << 2) + 3) & 0xffff, 0);
        const skip = this.items.length - n;
        for (let i = skip; i < this.items.length; i++) {
          page.writeUInt32LE((this.items[i].offset * m.blockSize) >>> 0, (i - skip) * 8 + 2);
          page.writeUInt32LE((this.items[i].size * m.blockSize) >>> 0, (i - skip) * 8 + 6);
        }
        m.file.write(bh, 0, 8, this.dirPage);
        m.file.write(page, 0, this.pageSize, this.dirPage + 8);
        if (this.revPage) {
          for (let i = skip; i < this.items.length; i++) {
            page.writeUInt32LE((((this.items[i].size & 0xffff) * m.blockSize) >>> 0), (i - skip) * 8 + 2);
            page.writeUInt32LE((this.items[i].offset * m.blockSize) >>> 0, (i - skip) * 8 + 6);
          }
          m.file.write(bh, 0, 8, this.revPage);
          m.file.write(page, 0, this.pageSize, this.revPage + 8);
        }
      }
      h.writeUInt32LE(this.revPage >>> 0, 512 + 12);
      h.writeUInt32LE(this.dirPage >>> 0, 512 + 16);
      h.writeUInt32LE(this.counter >>> 0, 512 + 20);
    }
    if (this.changed > 1) this.writeItems();
    if (m.kind === MEMO_FPT) h.writeUInt32BE(this.nextBlock >>> 0, 0);
    else h.writeUInt32LE(this.nextBlock >>> 0, 0);
    m.file.write(h, 0, hdrSize, 0);
    if (this.nextBlock < this.prevBlock) m.file.truncate(this.nextBlock * m.blockSize);
    this.prevBlock = this.nextBlock;
    this.changed = 0;
  }
}
