// A memo file (DBT, FPT or SMT): its header, block size and kind, reading a
// memo's bytes and writing one (freeing the old blocks, allocating new ones
// through the free-block list), as Harbour's memo driver does.
//
//   DBT: LE32 next free block at 0, LE32 block size at 4 (always 512 in
//        use), "Harbour" at 8; a memo is its text followed by 0x1A 0x1A.
//   FPT: BE32 next free block at 0, BE32 block size at 4, "Harbour" (or
//        "SIxMemo") at 8, "FlexFile3\x03" at 512 for FLEX memos (1024-byte
//        header); a memo is BE32 type, BE32 length, then the data.

import { latin1 } from '../dbf/fieldcodec.js';
import { DbFile } from '../io/file.js';
import {
  GcTable, MEMO_DBT, MEMO_FPT, MEMO_SMT, MEMOVER_CLIP, MEMOVER_FLEX, MEMOVER_SIX, MEMOVER_STD,
} from './gc.js';

export const DBT_BLOCK = 512;
/** the type of raw blocks without an FPT block header (SIX variant fields) */
export const FPTIT_DUMMY = 0xdeadbeaf;
export const FPTIT_BINARY = 0;
export const FPTIT_TEXT = 1;

export class MemoStore {
  constructor(
    readonly file: DbFile,
    readonly path: string,
    readonly kind: number,
    public version: number,
    public blockSize: number,
  ) {}

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
        if (flexSize !== 0 && this.blockSize === 0) this.blockSize = flexSize;
      }
    }
    return this.blockSize !== 0;
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
   */
  write(oldBlock: number, oldSize: number, data: Buffer, type: number): number {
    const len = data.length;
    const raw = type === FPTIT_DUMMY;
    const doWrite = len !== 0 || (this.kind === MEMO_FPT && type !== FPTIT_TEXT && type !== FPTIT_BINARY && !raw);
    if (oldBlock === 0 && !doWrite) return 0;
    const gc = new GcTable(this);
    gc.read();
    if (oldBlock > 0) gc.free(oldBlock, oldSize, raw);
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
  }
}

const EOF2 = Buffer.from([0x1a, 0x1a]);
const FLEX_PAD = Buffer.from([0xaf]);
