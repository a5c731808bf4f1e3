// One open table, memo or index file: reads and writes by position
// (synchronous pread/pwrite), with an optional write-back block cache.
//
// The cache is used only while this process has the file to itself (an
// EXCLUSIVE open, or a file of an exclusively opened table): then nobody
// else can read what it holds, and it is flushed on commit, unlock and
// close. Files of SHARED tables are read and written through, as Harbour
// does, so that other processes see each write once its lock is released.
//
// So no per-file generation counter is needed to keep the aliases of one
// process coherent: an EXCLUSIVE file has a single area and one cache,
// and a SHARED file has no cache of raw bytes at all. Its reads come from
// a MAP_SHARED map (or pread), which always holds the latest write of any
// alias, thread or process. What an area keeps decoded (its record buffer
// until the moments Harbour re-reads it, index pages behind the index's
// on-disk update counter, read under the index lock) is validated the way
// Harbour validates it, which covers peers in this process too.

import {
  closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, writeSync, constants as C,
} from 'node:fs';
import { rangeLock, rangeUnlock, shareLock, shareUnlock } from './oslock.js';
import { FileMap } from './mmap.js';

const BLOCK = 65536;
const MAX_BLOCKS = 512;

/** Cached files that may hold writes the OS has not seen yet. */
const pending = new Set<DbFile>();

/**
 * Write out every cached write of this process: before the program looks
 * at files by name (hb_FSize, FOpen, COPY FILE, a child process ...), which
 * must see what Harbour, writing through, would already have written.
 */
export function flushAllFiles(): void {
  for (const f of pending) f.flush();
}

interface Block {
  buf: Buffer;
  /** bytes of the block that hold file data */
  len: number;
  dirty: boolean;
}

/** An operating-system error with Harbour's DOS error number. */
export class OsError extends Error {
  constructor(readonly dosCode: number, message: string) {
    super(message);
  }
}

/** Harbour's mapping of errno names to DOS error numbers. */
export function dosError(e: unknown): number {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 2;
    case 'ENOTDIR': return 3;
    case 'ENFILE': case 'EMFILE': return 4;
    case 'EACCES': case 'ETXTBSY': case 'EPERM': case 'EISDIR': return 5;
    case 'EBADF': return 6;
    case 'ENOMEM': return 8;
    case 'EINVAL': return 13;
    case 'EROFS': return 19;
    case 'ENOSPC': case 'EPIPE': return 29;
    case 'EEXIST': return 32;
    case 'EAGAIN': return 33;
  }
  return 5;
}

export interface OpenMode {
  readonly?: boolean;
  /** take an exclusive share lock (EXCLUSIVE open) instead of a shared one; a create without it is exclusive */
  exclusive?: boolean;
  /** create or truncate the file */
  create?: boolean;
  /** take no share lock at all (temporary and transfer files) */
  noShareLock?: boolean;
  /** read through a shared memory map while not cached (files of SHARED tables and indexes) */
  map?: boolean;
}

export class DbFile {
  private blocks = new Map<number, Block>();
  /** the block used last and its file offset (dropped whenever blocks are) */
  private last: Block | null = null;
  private lastStart = 0;
  /** this file is in the set of files with cached writes */
  private listed = false;
  /** size of the file on disk */
  private diskSize: number;
  /** size including cached writes not yet on disk */
  private logicalSize: number;
  /** use the write-back cache */
  cached = false;
  /** written (or cut) since the last commit(): a sync has something to do */
  unsynced = false;
  private scratch: Buffer | null = null;
  /** the memory map that uncached reads are served from (null: none yet, or not mapped) */
  private map: FileMap | null = null;
  /** uncached reads may go through a map */
  private mapReads: boolean;

  private constructor(readonly fd: number, readonly path: string, readonly readonly: boolean, map: boolean) {
    this.diskSize = this.logicalSize = fstatSync(fd).size;
    this.mapReads = map;
  }

  /** Open or create a file; throws OsError (DOS code 32 when the share lock fails). */
  static open(path: string, mode: OpenMode): DbFile {
    let flags = mode.readonly ? C.O_RDONLY : C.O_RDWR;
    if (mode.create) flags = C.O_RDWR | C.O_CREAT;
    let fd: number;
    try {
      fd = openSync(path, flags, 0o644);
    } catch (e) {
      throw new OsError(dosError(e), String(e));
    }
    // an index made in a SHARED area is created shared, so other areas can open it at once
    if (!mode.noShareLock && !shareLock(fd, mode.exclusive ?? mode.create === true)) {
      closeSync(fd);
      throw new OsError(mode.create ? 5 : 32, 'sharing violation');
    }
    if (mode.create) {
      try {
        ftruncateSync(fd, 0);
      } catch (e) {
        closeSync(fd);
        throw new OsError(dosError(e), String(e));
      }
    }
    return new DbFile(fd, path, mode.readonly === true && !mode.create, mode.map === true);
  }

  /** The file's size; read from the OS when not cached (another process may have grown it). */
  get size(): number {
    return this.cached ? this.logicalSize : this.refreshSize();
  }

  /** Re-read the size from disk (another process may have grown the file). */
  refreshSize(): number {
    if (!this.cached) this.diskSize = this.logicalSize = fstatSync(this.fd).size;
    return this.logicalSize;
  }

  /** Read `len` bytes at `pos` into `dst` at `off`; returns the bytes read. */
  readInto(dst: Uint8Array, off: number, len: number, pos: number): number {
    if (!this.cached) {
      const m = this.map;
      if (m !== null && pos + len <= m.length) return copyOut(m.bytes, dst, off, len, pos);
      if (this.mapReads && this.remap(pos + len)) return copyOut(this.map!.bytes, dst, off, len, pos);
      return readFully(this.fd, dst, off, len, pos);
    }
    // the block of the last read usually holds the next one too (a scan)
    const lb = this.last;
    if (lb !== null) {
      const at = pos - this.lastStart;
      if (at >= 0 && at + len <= lb.len) return copyOut(lb.buf, dst, off, len, at);
    }
    let done = 0;
    if (pos + len > this.logicalSize) len = Math.max(0, this.logicalSize - pos);
    while (done < len) {
      const p = pos + done;
      const bno = Math.floor(p / BLOCK);
      const boff = p - bno * BLOCK;
      const b = this.block(bno, false);
      const n = Math.min(len - done, BLOCK - boff);
      // a block may end short of the logical size: the gap up to a later
      // write is a hole in the file, read as zeros
      const have = Math.max(0, Math.min(n, b.len - boff));
      if (have > 0) copyOut(b.buf, dst, off + done, have, boff);
      if (have < n) dst.fill(0, off + done + have, off + done + n);
      done += n;
    }
    return done;
  }

  /** `len` bytes at `pos` as a fresh Buffer (shorter at the end of file). */
  read(pos: number, len: number): Buffer {
    // from Node's pool for small sizes; only the bytes read are handed out
    const b = Buffer.allocUnsafe(len);
    const n = this.readInto(b, 0, len, pos);
    return n === len ? b : b.subarray(0, n);
  }

  /** Write `len` bytes of `src` from `off` at file position `pos`. */
  write(src: Uint8Array, off: number, len: number, pos: number): void {
    this.unsynced = true;
    if (!this.cached) {
      writeFully(this.fd, src, off, len, pos);
      if (pos + len > this.diskSize) this.diskSize = this.logicalSize = pos + len;
      return;
    }
    // a write into (or right after the data of) the block used last: a record
    const lb = this.last;
    if (lb !== null) {
      const at = pos - this.lastStart;
      if (at >= 0 && at <= lb.len && at + len <= BLOCK) {
        copyOut(src, lb.buf, at, len, off);
        if (at + len > lb.len) lb.len = at + len;
        lb.dirty = true;
        this.listPending();
        if (pos + len > this.logicalSize) this.logicalSize = pos + len;
        return;
      }
    }
    let done = 0;
    while (done < len) {
      const p = pos + done;
      const bno = Math.floor(p / BLOCK);
      const boff = p - bno * BLOCK;
      const n = Math.min(len - done, BLOCK - boff);
      const b = this.block(bno, boff === 0 && n === BLOCK);
      if (src instanceof Buffer) src.copy(b.buf, boff, off + done, off + done + n);
      else b.buf.set(src.subarray(off + done, off + done + n), boff);
      if (boff + n > b.len) {
        if (boff > b.len) b.buf.fill(0, b.len, boff);
        b.len = boff + n;
      }
      b.dirty = true;
      done += n;
    }
    this.listPending();
    if (pos + len > this.logicalSize) this.logicalSize = pos + len;
  }

  private listPending(): void {
    if (!this.listed) {
      pending.add(this);
      this.listed = true;
    }
  }

  /** Write a latin1 string at `pos`. */
  writeStr(s: string, pos: number): void {
    const b = Buffer.from(s, 'latin1');
    this.write(b, 0, b.length, pos);
  }

  truncate(size: number): void {
    this.unsynced = true;
    this.last = null;
    if (this.cached) {
      for (const [bno, b] of this.blocks) {
        const start = bno * BLOCK;
        if (start >= size) this.blocks.delete(bno);
        else if (start + b.len > size) b.len = size - start;
      }
      if (size < this.diskSize) {
        ftruncateSync(this.fd, size);
        this.diskSize = size;
      }
      this.logicalSize = size;
      return;
    }
    if (this.map !== null && size < this.map.length) this.unmap();
    ftruncateSync(this.fd, size);
    this.diskSize = this.logicalSize = size;
  }

  /**
   * Map the file anew when a read reaches past the map and the file has
   * grown to cover it (only bytes within the file are ever mapped); false
   * when the read is to be done with pread.
   */
  private remap(need: number): boolean {
    const size = fstatSync(this.fd).size;
    this.diskSize = this.logicalSize = size;
    if (size < need || size === 0) return false;
    this.unmap();
    this.map = FileMap.open(this.fd, size);
    if (this.map === null) this.mapReads = false;
    return this.map !== null;
  }

  private unmap(): void {
    if (this.map !== null) {
      this.map.close();
      this.map = null;
    }
  }

  /** Write every dirty block to disk. */
  flush(): void {
    pending.delete(this);
    this.listed = false;
    if (this.blocks.size === 0) return;
    const dirty: number[] = [];
    for (const [bno, b] of this.blocks) if (b.dirty) dirty.push(bno);
    dirty.sort((a, b) => a - b);
    for (const bno of dirty) this.writeBack(bno, this.blocks.get(bno)!);
    if (this.logicalSize < this.diskSize) {
      ftruncateSync(this.fd, this.logicalSize);
      this.diskSize = this.logicalSize;
    }
  }

  /** Flush and ask the OS to put the data on the disk (SET HARDCOMMIT); like Harbour, the data only, not the inode times. */
  commit(): void {
    this.flush();
    this.unsynced = false;
    try {
      fdatasyncSync(this.fd);
    } catch {
      // a file on a device without sync support
    }
  }

  /** Stop caching (flushing first). */
  uncache(): void {
    this.flush();
    this.last = null;
    this.blocks.clear();
    this.cached = false;
  }

  lockRange(start: number, len: number, shared = false): boolean {
    return rangeLock(this.fd, start, len, shared);
  }

  unlockRange(start: number, len: number): void {
    rangeUnlock(this.fd, start, len);
  }

  close(): void {
    this.flush();
    this.unmap();
    this.last = null;
    this.blocks.clear();
    shareUnlock(this.fd);
    closeSync(this.fd);
  }

  /** A scratch buffer of at least `n` bytes, reused between calls. */
  scratchBuf(n: number): Buffer {
    if (this.scratch === null || this.scratch.length < n) this.scratch = Buffer.alloc(Math.max(n, 1024));
    return this.scratch;
  }

  private writeBack(bno: number, b: Block): void {
    if (!b.dirty) return;
    writeFully(this.fd, b.buf, 0, b.len, bno * BLOCK);
    const end = bno * BLOCK + b.len;
    if (end > this.diskSize) this.diskSize = end;
    b.dirty = false;
  }

  private block(bno: number, whole: boolean): Block {
    let b = this.blocks.get(bno);
    if (b !== undefined) {
      this.last = b;
      this.lastStart = bno * BLOCK;
      return b;
    }
    if (this.blocks.size >= MAX_BLOCKS) this.evict();
    const buf = Buffer.allocUnsafe(BLOCK);
    let len = 0;
    const start = bno * BLOCK;
    if (!whole && start < this.diskSize) {
      len = readFully(this.fd, buf, 0, Math.min(BLOCK, this.diskSize - start), start);
    }
    // bytes written earlier but dropped from the cache are on disk; beyond
    // the disk size the logical size may extend into this block only
    // through writes, which set len themselves
    b = { buf, len, dirty: false };
    this.blocks.set(bno, b);
    this.last = b;
    this.lastStart = start;
    return b;
  }

  private evict(): void {
    this.last = null;
    // drop the oldest quarter of the blocks (insertion order), writing dirty ones
    let n = MAX_BLOCKS >> 2;
    for (const [bno, b] of this.blocks) {
      this.writeBack(bno, b);
      this.blocks.delete(bno);
      if (--n === 0) break;
    }
  }
}

/** Copy `len` bytes of `src` at `pos` to `dst` at `off` (a loop beats the native copy for a record's few bytes). */
function copyOut(src: Uint8Array, dst: Uint8Array, off: number, len: number, pos: number): number {
  if (len > 64) dst.set(src.subarray(pos, pos + len), off);
  else for (let i = 0; i < len; i++) dst[off + i] = src[pos + i];
  return len;
}

function readFully(fd: number, dst: Uint8Array, off: number, len: number, pos: number): number {
  let done = 0;
  while (done < len) {
    const n = readSync(fd, dst, off + done, len - done, pos + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}

function writeFully(fd: number, src: Uint8Array, off: number, len: number, pos: number): void {
  let done = 0;
  while (done < len) {
    const n = writeSync(fd, src, off + done, len - done, pos + done);
    if (n <= 0) throw new OsError(29, 'write fault');
    done += n;
  }
}
