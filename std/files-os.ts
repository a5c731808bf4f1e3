// The operating-system side of Harbour's file API (hb_fs*): each file
// handle stands for an OS file descriptor with the file position this layer
// keeps (reads and writes are positional), and every operation records
// Harbour's DOS-style error code of its outcome (hb_fsError) for FError().

import { flushAllFiles } from '../rdd/io/file.js';
import {
  closeSync, constants, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, renameSync,
  rmdirSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';

// open flags (fileio.ch)
export const FO_READ = 0;
export const FO_WRITE = 1;
export const FO_READWRITE = 2;
export const FO_CREAT = 0x0100;
export const FO_TRUNC = 0x0200;
export const FO_EXCL = 0x0400;
export const FO_DEFAULTS = 0x1000;
export const FO_EXCLUSIVE = 16;

export const FS_SET = 0;
export const FS_RELATIVE = 1;
export const FS_END = 2;

/** The error codes of the last file operation of a thread. */
export interface IOErrors {
  /** FError(): set by the PRG-level file functions */
  fError: number;
  /** hb_fsError(): the DOS-style code of the last OS operation */
  last: number;
  /** the OS's own code (errno) of the last OS operation */
  os: number;
}

const IO = Symbol('IOErrors');

export function ioErrors(ctx: Thread): IOErrors {
  return ctx.slot(IO, () => ({ fError: 0, last: 0, os: 0 }));
}

/** Harbour's translation of errno values to DOS error codes; others pass through. */
const DOS_CODES: Record<string, number> = {
  ENOENT: 2, ENOTDIR: 3, ENFILE: 4, EMFILE: 4, EACCES: 5, ETXTBSY: 5, EPERM: 5, EBADF: 6,
  ENOMEM: 8, EFAULT: 9, EINVAL: 13, EROFS: 19, ESPIPE: 25, ENOSPC: 29, EPIPE: 29, EEXIST: 32, EAGAIN: 33,
};

/** The DOS-style code of a Node file-system error. */
export function dosCode(e: unknown): number {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string') {
    const c = DOS_CODES[err.code];
    if (c !== undefined) return c;
    if (typeof err.errno === 'number') return Math.abs(err.errno);
  }
  return 13;
}

/** Record the outcome of an OS operation: success, or the error it threw. */
export function setIOError(ctx: Thread, e: unknown): void {
  const io = ioErrors(ctx);
  if (e === null) {
    io.last = io.os = 0;
  } else {
    io.last = dosCode(e);
    const errno = (e as NodeJS.ErrnoException).errno;
    io.os = typeof errno === 'number' ? Math.abs(errno) : io.last;
  }
}

/** Record an explicit DOS error code (hb_fsSetError). */
export function setError(ctx: Thread, code: number): void {
  const io = ioErrors(ctx);
  io.last = io.os = code;
}

export const lastError = (ctx: Thread): number => ioErrors(ctx).last;

// ---------------------------------------------------------------------------
// file names: SET FILECASE / DIRCASE / DIRSEPARATOR / TRIMFILENAME

const SET_FILECASE = 102;
const SET_DIRCASE = 103;
const SET_DIRSEPARATOR = 104;
const SET_TRIMFILENAME = 111;
const CASE_LOWER = 1;
const CASE_UPPER = 2;

function applyCase(s: string, mode: unknown): string {
  if (mode === CASE_LOWER) return s.toLowerCase();
  if (mode === CASE_UPPER) return s.toUpperCase();
  return s;
}

/** A PRG file name as the OS should see it (hb_fsNameConv). */
export function nameConv(ctx: Thread, name: string): string {
  // whatever this file operation is, it sees the tables' cached writes
  flushAllFiles();
  const sets = ctx.sets;
  const fileCase = sets.get(SET_FILECASE);
  const dirCase = sets.get(SET_DIRCASE);
  const sep = sets.get(SET_DIRSEPARATOR);
  const trim = sets.get(SET_TRIMFILENAME) === true && name.includes(' ');
  const mixed = (fileCase === 0 || fileCase === undefined) && (dirCase === 0 || dirCase === undefined);
  if (mixed && !trim && (sep === '/' || typeof sep !== 'string' || !name.includes(sep))) return name;
  let s = typeof sep === 'string' && sep !== '/' && sep.length === 1 ? name.split(sep).join('/') : name;
  const slash = s.lastIndexOf('/');
  let dir = s.slice(0, slash + 1);
  let file = s.slice(slash + 1);
  if (trim) {
    const dot = file.lastIndexOf('.');
    file = dot > 0 ? file.slice(0, dot).trim() + file.slice(dot).trim() : file.trim();
  }
  dir = applyCase(dir, dirCase);
  file = applyCase(file, fileCase);
  s = dir + file;
  return s;
}

// ---------------------------------------------------------------------------
// open files

class OpenFile {
  constructor(
    readonly fd: number,
    /** the file position; -1 for handles this layer did not open (stdin, stdout ...) */
    public pos: number,
    /** a pipe: a read returns what one read() gives rather than waiting for the count */
    readonly readOnce = false,
  ) {}
}

/** Open files by handle: handles are numbered as a POSIX system numbers descriptors (lowest free from 3). */
const files = new Map<number, OpenFile>();

function newHandle(): number {
  let h = 3;
  while (files.has(h)) h++;
  return h;
}

function file(h: number): OpenFile | undefined {
  let f = files.get(h);
  if (f === undefined && h >= 0 && h <= 2) {
    f = new OpenFile(h, -1);
    files.set(h, f);
  }
  return f;
}

/** A handle for an OS descriptor opened elsewhere (a pipe end): unpositioned, closed by fsClose. */
export function fsAdopt(fd: number): number {
  const h = newHandle();
  files.set(h, new OpenFile(fd, -1, true));
  return h;
}

/** The OS descriptor behind a handle, or -1. */
export function fsOsHandle(h: number): number {
  return file(h)?.fd ?? -1;
}

export function isOpen(h: number): boolean {
  return files.has(h);
}

function openMode(attr: number): number {
  const posix = (attr >>> 16) & 0o7777;
  if (posix !== 0) return posix;
  let mode = 0o444;
  if (!(attr & 1)) mode |= 0o222;
  if (attr & 4) mode |= 0o111;
  if (attr & 2) mode &= 0o700;
  return mode;
}

/** hb_fsOpenEx: open or create a file; the handle, or -1 with the error recorded. */
export function fsOpen(ctx: Thread, name: string, flags: number, attr = 0, create = false): number {
  let f: number;
  if (create) {
    f = constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | (flags & FO_EXCL ? constants.O_EXCL : 0);
  } else {
    const access = flags & 3;
    f = access === FO_READ ? constants.O_RDONLY : access === FO_WRITE ? constants.O_WRONLY
      : access === FO_READWRITE ? constants.O_RDWR : 3;
    if (flags & FO_CREAT) f |= constants.O_CREAT;
    if (flags & FO_TRUNC) f |= constants.O_TRUNC;
    if (flags & FO_EXCL) f |= constants.O_EXCL;
  }
  try {
    const fd = openSync(nameConv(ctx, name), f, openMode(attr));
    const h = newHandle();
    files.set(h, new OpenFile(fd, 0));
    setIOError(ctx, null);
    return h;
  } catch (e) {
    setIOError(ctx, e);
    return -1;
  }
}

/** hb_fsCreateEx: create (truncate) a file opened for reading and writing. */
export function fsCreate(ctx: Thread, name: string, attr: number, flags = 0): number {
  return fsOpen(ctx, name, flags, attr, true);
}

export function fsClose(ctx: Thread, h: number): boolean {
  const f = files.get(h);
  if (f === undefined || h <= 2) {
    setError(ctx, 6);
    return false;
  }
  files.delete(h);
  try {
    closeSync(f.fd);
    setIOError(ctx, null);
    return true;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

/** Read up to `len` bytes at the file position; null on an error (recorded). */
export function fsRead(ctx: Thread, h: number, len: number): Buffer | null {
  const f = file(h);
  if (f === undefined) {
    setError(ctx, 6);
    return null;
  }
  const buf = Buffer.allocUnsafe(len);
  try {
    let n = 0;
    while (n < len) {
      const r = readSync(f.fd, buf, n, len - n, f.pos < 0 ? null : f.pos + n);
      if (r === 0) break;
      n += r;
      if (f.readOnce) break;
    }
    if (f.pos >= 0) f.pos += n;
    setIOError(ctx, null);
    return n === len ? buf : buf.subarray(0, n);
  } catch (e) {
    setIOError(ctx, e);
    return null;
  }
}

/** Write `data` at the file position; writing nothing truncates the file there. */
export function fsWrite(ctx: Thread, h: number, data: Buffer): number {
  const f = file(h);
  if (f === undefined) {
    setError(ctx, 6);
    return 0;
  }
  try {
    if (data.length === 0) {
      if (f.pos >= 0) ftruncateSync(f.fd, f.pos);
      setIOError(ctx, null);
      return 0;
    }
    // buffered console output goes first
    if (f.fd === 1 || f.fd === 2) ctx.vm.console.flush();
    let n = 0;
    while (n < data.length) n += writeSync(f.fd, data, n, data.length - n, f.pos < 0 ? null : f.pos + n);
    if (f.pos >= 0) f.pos += n;
    setIOError(ctx, null);
    return n;
  } catch (e) {
    setIOError(ctx, e);
    return 0;
  }
}

/** hb_fsSeekLarge: the new position, or the unchanged one after an error (0 for a bad handle). */
export function fsSeek(ctx: Thread, h: number, offset: number, whence: number): number {
  const f = file(h);
  if (f === undefined || f.pos < 0) {
    setError(ctx, f === undefined ? 6 : 29);
    return 0;
  }
  const mode = whence & FS_END ? FS_END : whence & FS_RELATIVE ? FS_RELATIVE : FS_SET;
  if (mode === FS_SET && offset < 0) {
    setError(ctx, 25);
    return f.pos;
  }
  let base = 0;
  try {
    if (mode === FS_RELATIVE) base = f.pos;
    else if (mode === FS_END) base = fstatSync(f.fd).size;
  } catch (e) {
    setIOError(ctx, e);
    return f.pos;
  }
  const p = base + offset;
  if (p < 0) {
    setError(ctx, 13);
    return f.pos;
  }
  f.pos = p;
  setIOError(ctx, null);
  return p;
}

export function fsSize(ctx: Thread, h: number): number {
  const f = file(h);
  if (f === undefined) {
    setError(ctx, 6);
    return 0;
  }
  try {
    const s = fstatSync(f.fd).size;
    setIOError(ctx, null);
    return s;
  } catch (e) {
    setIOError(ctx, e);
    return 0;
  }
}

export function fsCommit(ctx: Thread, h: number): boolean {
  const f = file(h);
  if (f === undefined) {
    setError(ctx, 6);
    return false;
  }
  try {
    fsyncSync(f.fd);
    setIOError(ctx, null);
    return true;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

/** Truncate (or extend) an open file to `size` bytes. */
export function fsTruncate(ctx: Thread, h: number, size: number): boolean {
  const f = file(h);
  if (f === undefined) {
    setError(ctx, 6);
    return false;
  }
  try {
    ftruncateSync(f.fd, size);
    setIOError(ctx, null);
    return true;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

// ---------------------------------------------------------------------------
// files and directories by name

/** Run an OS operation by name: true on success, the outcome recorded. */
export function attempt(ctx: Thread, op: () => void): boolean {
  try {
    op();
    setIOError(ctx, null);
    return true;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

/** hb_fsDelete: C remove(), which also removes an empty directory. */
export function fsDelete(ctx: Thread, name: string): boolean {
  const path = nameConv(ctx, name);
  return attempt(ctx, () => {
    try {
      unlinkSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
      rmdirSync(path);
    }
  });
}

export function fsRename(ctx: Thread, from: string, to: string): boolean {
  return attempt(ctx, () => renameSync(nameConv(ctx, from), nameConv(ctx, to)));
}

export function fsMkDir(ctx: Thread, name: string): boolean {
  return attempt(ctx, () => mkdirSync(nameConv(ctx, name), 0o777));
}

export function fsRmDir(ctx: Thread, name: string): boolean {
  return attempt(ctx, () => rmdirSync(nameConv(ctx, name)));
}

export function fsChDir(ctx: Thread, name: string): boolean {
  return attempt(ctx, () => process.chdir(nameConv(ctx, name)));
}

/** A regular file (not a directory) exists at `name`. */
export function fsFileExists(ctx: Thread, name: string): boolean {
  try {
    const s = statSync(nameConv(ctx, name));
    setIOError(ctx, null);
    return !s.isDirectory();
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

export function fsDirExists(ctx: Thread, name: string): boolean {
  try {
    const s = statSync(nameConv(ctx, name));
    setIOError(ctx, null);
    return s.isDirectory();
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}
