// A memo file (DBT, FPT or SMT): its header, block size and kind, reading a
// memo's bytes and writing one (freeing the old blocks, allocating new ones
// through the free-block list), as Harbour's memo driver does.
//
//   DBT: LE32 next free block at 0, LE32 block size at 4 (always 512 in
//        use), "Harbour" at 8; a memo is its text followed by 0x1A 0x1A.
//   FPT: BE32 next free block at 0, BE32 block size at 4, "Harbour" (or
//        "SIxMemo") at 8, "FlexFile3\x03" at 512 for FLEX memos (1024-byte
//        header); a memo is BE32 type, BE32 length, then the data.

import { fstatSync } from 'node:fs';
import { latin1 } from '../dbf/fieldcodec.js';
import { DbFile } from '../io/file.js';
import { EDBF_CORRUPT, EDBF_READ, EDBF_UNSUPPORTED } from '../errors.js';
import {
  GcTable, MEMO_DBT, MEMO_FPT, MEMO_SMT, MEMOVER_CLIP, MEMOVER_FLEX, MEMOVER_SIX, MEMOVER_STD,
} from './gc.js';

export const DBT_BLOCK = 512;
/** the type of raw blocks without an FPT block header (SIX variant fields) */
export const FPTIT_DUMMY = 0xdeadbeaf;
export const FPTIT_BINARY = 0;
export const FPTIT_TEXT = 1;
/** where Clipper 5.3 keeps the root blob's block number (LE32) in FLEX headers */
export const ROOT_BLOCK_AT = 0x218;

/**
 * A memo operation that failed: Harbour's EDBF_* subcode, the file the
 * error names (the memo file when none) and the OS error behind it.
 */
export class MemoFault extends Error {
  constructor(readonly code: number, readonly file?: string, readonly osCode = 0) {
    super(`memo error ${code}`);
  }
}

export class MemoStore {
  constructor(
    readonly file: DbFile,
    readonly path: string,
    readonly kind: number,
    public version: number,
    public blockSize: number,
  ) {}

  /** a DBFBLOB file: its header also carries the block size (LE16 at 540) */
  blobFile = false;

  /** Write a fresh header (a new memo file, or ZAP). */
  initHeader(): void {
    const h = Buffer.alloc(1024);
    let size = 512;
    if (this.version === MEMOVER_SIX) h.write('SIxMemo', 8, 'latin1');
    else {
      h.write('Harbour', 8, 'latin1');
      if (this.version === MEMOVER_FLEX || this.version === MEMOVER_CLIP) {
        h.write('FlexFile3\x03', 512, 'latin1');
        size = 1024;
        if (this.blobFile) h.writeUInt16LE(this.blockSize & 0xffff, 540);
      }
    }
    const next = Math.floor((size + this.blockSize - 1) / this.blockSize);
    if (this.kind === MEMO_FPT) {
      h.writeUInt32BE(next, 0);
      h.writeUInt32BE(this.blockSize, 4);
    } else {
      h.writeUInt32LE(next, 0);
      h.writeUInt32LE(this.blockSize, 4);
    }
    this.file.write(h, 0, size, 0);
    let written = size;
    const pad = next * this.blockSize - size;
    if (pad > size) {
      const zero = Buffer.alloc(1024);
      while (pad > written) {
        const n = Math.min(pad - written, 1024);
        this.file.write(zero, 0, n, written);
        written += n;
      }
    }
    this.file.truncate(written);
  }

  /** Settings found in an existing memo file's header; false when its block size is unusable. */
  readHeader(): boolean {
    if (this.kind === MEMO_DBT) {
      this.blockSize = DBT_BLOCK;
      return true;
    }
    const h = this.file.read(0, 1024);
    if (h.length >= 512) {
      this.version = MEMOVER_STD;
      this.blockSize = this.kind === MEMO_SMT ? h.readUInt32LE(4) : h.readUInt32BE(4);
      if (this.blockSize > 0x10000 && (this.blockSize & 0xffff) !== 0) this.blockSize &= 0xffff;
      const sig1 = h.toString('latin1', 8, 20);
      if (sig1.startsWith('SIxMemo')) this.version = MEMOVER_SIX;
      else if (sig1.startsWith('Made by CLIP')) this.version = MEMOVER_CLIP;
      if (this.version !== MEMOVER_SIX && h.length >= 522 && h.toString('latin1', 512, 522) === 'FlexFile3\x03') {
        this.version = MEMOVER_FLEX;
        const flexSize = h.readUInt16LE(540);
        if (flexSize !== 0 && (this.blockSize === 0 || this.blobFile)) this.blockSize = flexSize;
      }
    }
    return this.blockSize !== 0;
  }

  /** Blocks can be addressed directly (blob pointers, the root blob): FLEX-style FPT files only. */
  get directAccess(): boolean {
    return this.kind === MEMO_FPT && (this.version === MEMOVER_FLEX || this.version === MEMOVER_CLIP);
  }

  /** The root blob's block (0: none); throws MemoFault where there is no root. */
  rootBlock(): number {
    if (!this.directAccess) throw new MemoFault(EDBF_UNSUPPORTED);
    const b = this.head;
    if (this.file.readInto(b, 0, 4, ROOT_BLOCK_AT) !== 4) throw new MemoFault(EDBF_READ);
    return b.readUInt32LE(0);
  }

  setRootBlock(block: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(block >>> 0, 0);
    this.file.write(b, 0, 4, ROOT_BLOCK_AT);
  }

  /**
   * Enter this open memo file in the process's list of open files. Harbour
   * keeps one lock list per file, shared by all work areas that opened it:
   * the root lock below belongs to the file, not to an area.
   */
  register(): void {
    const st = fstatSync(this.file.fd);
    this.id = `${st.dev}:${st.ino}`;
    let e = openFiles.get(this.id);
    if (e === undefined) openFiles.set(this.id, (e = { stores: new Set(), rootHolder: null }));
    e.stores.add(this);
  }

  /** the file's device and inode once registered */
  private id = '';

  /** BLOBRootLock() of a SHARED table: false when the root is locked, here or elsewhere. */
  lockRoot(): boolean {
    const e = openFiles.get(this.id);
    if (e === undefined || e.rootHolder !== null) return false;
    if (!this.file.lockRange(ROOT_BLOCK_AT, 4)) return false;
    e.rootHolder = this;
    return true;
  }

  /** BLOBRootUnlock(): false when no area of this program holds the root lock. */
  unlockRoot(): boolean {
    const e = openFiles.get(this.id);
    const holder = e?.rootHolder;
    if (e === undefined || holder === null || holder === undefined) return false;
    holder.file.flush();
    holder.file.unlockRange(ROOT_BLOCK_AT, 4);
    e.rootHolder = null;
    return true;
  }

  /** Leave the list of open files; a root lock taken here stays with the file while it is open. */
  private unregister(): void {
    const e = openFiles.get(this.id);
    if (e === undefined) return;
    e.stores.delete(this);
    if (e.stores.size === 0) openFiles.delete(this.id);
    else if (e.rootHolder === this) {
      // the OS lock goes with this descriptor: another one of the file takes it over
      const next = e.stores.values().next().value as MemoStore;
      e.rootHolder = next.file.lockRange(ROOT_BLOCK_AT, 4) ? next : null;
    }
  }

  /** The length of a DBT memo: its bytes up to the first 0x1A. */
  dbtLength(block: number): number {
    return this.dbtText(block).length;
  }

  private scan: Buffer | null = null;

  /** A DBT memo's bytes up to the first 0x1A (or the end of the file), as latin1 text. */
  dbtText(block: number): string {
    let pos = block * this.blockSize;
    const step = DBT_BLOCK * 8;
    const buf = this.scan ?? (this.scan = Buffer.allocUnsafe(step));
    let text = '';
    for (;;) {
      const n = this.file.readInto(buf, 0, step, pos);
      if (n <= 0) break;
      const end = buf.indexOf(0x1a);
      const stop = end >= 0 && end < n ? end : n;
      text += latin1(buf, 0, stop);
      if (stop < step) break;
      pos += n;
    }
    return text;
  }

  /** An FPT memo's block header: [type, length]; null when it cannot be read. */
  fptHeader(block: number): [number, number] | null {
    const b = this.head;
    if (this.file.readInto(b, 0, 8, block * this.blockSize) !== 8) return null;
    return [b.readUInt32BE(0), b.readUInt32BE(4)];
  }

  /** the block header read last (fptHeader) */
  private readonly head = Buffer.alloc(8);

  read(pos: number, len: number): Buffer {
    return this.file.read(pos, len);
  }

  /**
   * Replace the memo at `oldBlock` (0 = none; `oldSize` bytes, 0 = find out)
   * with `data` of memo type `type`; returns the new block (0 = no memo).
   * Throws MemoFault when the free list or the old block is damaged.
   */
  write(oldBlock: number, oldSize: number, data: Buffer, type: number): number {
    const len = data.length;
    const raw = type === FPTIT_DUMMY;
    const doWrite = len !== 0 || (this.kind === MEMO_FPT && type !== FPTIT_TEXT && type !== FPTIT_BINARY && !raw);
    if (oldBlock === 0 && !doWrite) return 0;
    const gc = new GcTable(this);
    const bad = gc.read();
    if (bad !== 0) throw new MemoFault(bad);
    if (oldBlock > 0 && !gc.free(oldBlock, oldSize, raw)) throw new MemoFault(EDBF_CORRUPT);
    let block = 0;
    if (doWrite) {
      block = gc.alloc(len, raw);
      let pos = block * this.blockSize;
      if (this.kind === MEMO_FPT && !raw) {
        const bh = Buffer.alloc(8);
        bh.writeUInt32BE(type >>> 0, 0);
        bh.writeUInt32BE(len, 4);
        this.file.write(bh, 0, 8, pos);
        pos += 8;
      }
      if (len > 0) {
        this.file.write(data, 0, len, pos);
        pos += len;
      }
      if (this.kind === MEMO_DBT) {
        this.file.write(EOF2, 0, 2, pos);
      } else if (this.version === MEMOVER_FLEX && (len + 8) % this.blockSize !== 0) {
        const blocks = Math.floor((len + 8 + this.blockSize - 1) / this.blockSize);
        this.file.write(FLEX_PAD, 0, 1, (block + blocks) * this.blockSize - 1);
      }
    }
    gc.write();
    return block;
  }

  close(): void {
    this.file.close();
    if (this.id !== '') this.unregister();
  }
}

/** The memo files open in this program, by device and inode, and which of them holds the root lock. */
const openFiles = new Map<string, { stores: Set<MemoStore>; rootHolder: MemoStore | null }>();

const EOF2 = Buffer.from([0x1a, 0x1a]);
const FLEX_PAD = Buffer.from([0xaf]);
