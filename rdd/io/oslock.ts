// Operating-system file locks as Harbour takes them on Linux: a whole-file
// flock() (shared for SHARED opens, exclusive for EXCLUSIVE ones) and
// byte-range locks for records, the file lock and the header. Byte ranges
// are open-file-description locks (F_OFD_SETLK), so that two descriptors of
// one process exclude each other exactly as two processes do, and they
// conflict with the classic fcntl() locks a running Harbour program takes.
//
// libc is reached through koffi. Where it cannot be loaded (another OS),
// an in-process table stands in: locks then exclude only within this
// process.

import { fstatSync } from 'node:fs';
import { loadKoffi } from './koffi.js';

const LOCK_SH = 1;
const LOCK_EX = 2;
const LOCK_NB = 4;
const LOCK_UN = 8;
const F_OFD_SETLK = 37;
const F_RDLCK = 0;
const F_WRLCK = 1;
const F_UNLCK = 2;

interface Libc {
  flock(fd: number, op: number): number;
  /** fcntl( fd, F_OFD_SETLK, &flock ) */
  setlk(fd: number, type: number, start: number, len: number): number;
}

let libc: Libc | null | undefined;

function loadLibc(): Libc | null {
  if (libc !== undefined) return libc;
  libc = null;
  if (process.platform !== 'linux') return libc;
  const koffi = loadKoffi();
  if (koffi === null) return libc;
  try {
    const lib = koffi.load('libc.so.6');
    const flock = lib.func('int flock(int fd, int op)');
    const st = koffi.struct('hbts_flock', {
      l_type: 'short', l_whence: 'short', l_start: 'int64', l_len: 'int64', l_pid: 'int',
    });
    let setlk: Libc['setlk'];
    if (process.arch === 'x64' || process.arch === 'arm64') {
      // fcntl() takes its third argument as a plain pointer here: declared
      // without the variadic part, a call costs a fraction of a variadic one
      // (a lock is taken and dropped around every read of a SHARED index)
      const fcntl = lib.func('int fcntl(int fd, int cmd, void *arg)');
      const b = Buffer.alloc(koffi.sizeof(st));
      setlk = (fd, type, start, len) => {
        b.writeInt16LE(type, 0);
        b.writeInt16LE(0, 2);
        putInt64(b, 8, start);
        putInt64(b, 16, len);
        return fcntl(fd, F_OFD_SETLK, b) as number;
      };
    } else {
      const fcntl = lib.func('int fcntl(int fd, int cmd, ...)');
      const ptr = koffi.pointer(st);
      setlk = (fd, type, start, len) =>
        fcntl(fd, F_OFD_SETLK, ptr, { l_type: type, l_whence: 0, l_start: start, l_len: len, l_pid: 0 }) as number;
    }
    libc = { flock: (fd, op) => flock(fd, op) as number, setlk };
  } catch {
    libc = null;
  }
  return libc;
}

/** A non-negative offset as a little-endian 64-bit integer (struct flock's off_t). */
function putInt64(b: Buffer, at: number, v: number): void {
  b.writeUInt32LE(v % 0x100000000, at);
  b.writeUInt32LE(Math.floor(v / 0x100000000), at + 4);
}

// ---- the in-process stand-in -----------------------------------------------

interface Range { fd: number; start: number; len: number; shared: boolean }

const fileKey = (fd: number): string => {
  const s = fstatSync(fd);
  return `${s.dev}:${s.ino}`;
};
const ranges = new Map<string, Range[]>();
const whole = new Map<string, Map<number, boolean>>();

function overlaps(a: Range, start: number, len: number): boolean {
  return a.start < start + len && start < a.start + a.len;
}

// ---- the API -----------------------------------------------------------------

/** Whole-file share lock taken at open time; false when another open conflicts. */
export function shareLock(fd: number, exclusive: boolean): boolean {
  const c = loadLibc();
  if (c !== null) return c.flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) === 0;
  const key = fileKey(fd);
  let m = whole.get(key);
  if (m === undefined) whole.set(key, (m = new Map()));
  for (const [other, ex] of m) if (other !== fd && (ex || exclusive)) return false;
  m.set(fd, exclusive);
  return true;
}

/** Release the share lock before closing `fd`. */
export function shareUnlock(fd: number): void {
  const c = loadLibc();
  if (c !== null) {
    c.flock(fd, LOCK_UN);
    return;
  }
  for (const m of whole.values()) m.delete(fd);
  for (const [k, list] of ranges) ranges.set(k, list.filter((r) => r.fd !== fd));
}

/** Lock bytes [start, start+len) of the file; false (at once) when another holder conflicts. */
export function rangeLock(fd: number, start: number, len: number, shared = false): boolean {
  const c = loadLibc();
  if (c !== null) return c.setlk(fd, shared ? F_RDLCK : F_WRLCK, start, len) === 0;
  const key = fileKey(fd);
  let list = ranges.get(key);
  if (list === undefined) ranges.set(key, (list = []));
  for (const r of list) if (r.fd !== fd && overlaps(r, start, len) && !(r.shared && shared)) return false;
  list.push({ fd, start, len, shared });
  return true;
}

export function rangeUnlock(fd: number, start: number, len: number): void {
  const c = loadLibc();
  if (c !== null) {
    c.setlk(fd, F_UNLCK, start, len);
    return;
  }
  const list = ranges.get(fileKey(fd));
  if (list === undefined) return;
  const i = list.findIndex((r) => r.fd === fd && r.start === start && r.len === len);
  if (i >= 0) list.splice(i, 1);
}

/** Wait a little before retrying a lock that must be obtained (header, append). */
export function lockPause(): void {
  Atomics.wait(pauseCell, 0, 0, 1);
}
const pauseCell = new Int32Array(new SharedArrayBuffer(4));
