// Byte-range locks of the file functions: hb_FLock/hb_FUnlock on handles
// are plain POSIX record locks (fcntl F_SETLK: owned by the process, so two
// handles of one program never conflict), while hb_vfLock/Unlock/LockTest
// keep Harbour's in-process table of the ranges locked per file (any
// overlap fails, whichever handle holds it; an unlock must lie inside one
// locked range) and take the POSIX lock too, for other processes.

import { fstatSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { loadKoffi } from '../rdd/io/koffi.js';
import { fsOsHandle, ioErrors, isOpen, lastError, setError, setIOError } from './files-os.js';
import { fileArg } from './files-vf.js';
import { OsError } from './process-os.js';
import type { StdModule } from './registry.js';

const F_GETFL = 3;
const F_GETLK = 5;
const F_SETLK = 6;
const F_SETLKW = 7;
const F_RDLCK = 0;
const F_WRLCK = 1;
const F_UNLCK = 2;
const O_ACCMODE = 3;
const O_RDONLY = 0;
const O_WRONLY = 1;
const EINTR = 4;
const FL_MASK = 0xff;
const FL_UNLOCK = 1;
const FLX_SHARED = 0x100;
const FLX_WAIT = 0x200;
const LOCK_VIOLATION = 33;

interface LockCalls {
  /** fcntl() with a struct flock (F_GETLK / F_SETLK / F_SETLKW) */
  lock(fd: number, cmd: number, b: Buffer): number;
  getfl(fd: number): number;
  errno(): number;
}

let calls: LockCalls | null | undefined;

function loadCalls(): LockCalls | null {
  if (calls !== undefined) return calls;
  calls = null;
  // the struct flock layout and the plain-pointer call below hold for 64-bit Linux
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return calls;
  const koffi = loadKoffi() as (ReturnType<typeof loadKoffi> & { errno?: () => number }) | null;
  if (koffi === null || typeof koffi.errno !== 'function') return calls;
  try {
    const lib = koffi.load('libc.so.6');
    const lock = lib.func('int fcntl(int fd, int cmd, void *arg)') as (fd: number, cmd: number, b: Buffer) => number;
    const getfl = lib.func('int fcntl(int fd, int cmd, int arg)') as (fd: number, cmd: number, a: number) => number;
    const errno = koffi.errno.bind(koffi);
    calls = { lock, getfl: (fd) => getfl(fd, F_GETFL, 0), errno: () => errno() };
  } catch {
    calls = null;
  }
  return calls;
}

/** struct flock { short l_type, l_whence; off_t l_start, l_len; pid_t l_pid; } */
function flock(type: number, start: number, len: number): Buffer {
  const b = Buffer.alloc(32);
  b.writeInt16LE(type, 0);
  b.writeBigInt64LE(BigInt(start), 8);
  b.writeBigInt64LE(BigInt(len), 16);
  return b;
}

/** hb_fsLockLarge: a POSIX record lock or unlock of a handle's file; the outcome recorded. */
function osLock(ctx: Thread, h: number, start: number, len: number, mode: number): boolean {
  const fd = fsOsHandle(h);
  const c = loadCalls();
  if (fd < 0 || c === null) {
    setError(ctx, 6);
    return false;
  }
  const unlock = (mode & FL_MASK) === FL_UNLOCK;
  const b = flock(unlock ? F_UNLCK : mode & FLX_SHARED ? F_RDLCK : F_WRLCK, start, len);
  const cmd = !unlock && mode & FLX_WAIT ? F_SETLKW : F_SETLK;
  let r: number;
  do {
    r = c.lock(fd, cmd, b);
  } while (r === -1 && c.errno() === EINTR);
  setIOError(ctx, r === -1 ? new OsError(c.errno()) : null);
  return r !== -1;
}

/** hb_fsLockTest: the PID of a process whose lock is in the way, 0 for none, -1 on an error. */
function osLockTest(ctx: Thread, h: number, start: number, len: number, mode: number): number {
  const fd = fsOsHandle(h);
  const c = loadCalls();
  if (fd < 0 || c === null) {
    setError(ctx, 6);
    return -1;
  }
  const b = flock(mode & FLX_SHARED ? F_RDLCK : F_WRLCK, start, len);
  if (c.lock(fd, F_GETLK, b) === -1) {
    setIOError(ctx, new OsError(c.errno()));
    return -1;
  }
  setIOError(ctx, null);
  return b.readInt32LE(24);
}

// ---- the in-process table of hb_vf locks ------------------------------------

interface Range { start: number; len: number }

interface FileLocks {
  /** sorted, adjacent ranges merged */
  ranges: Range[];
  /** the handles that took locks here: the table goes when none of them is open */
  handles: Set<number>;
}

const tables = new Map<string, FileLocks>();

function fileKey(h: number): string | null {
  const fd = fsOsHandle(h);
  if (fd < 0) return null;
  try {
    const st = fstatSync(fd);
    return st.dev + ':' + st.ino;
  } catch {
    return null;
  }
}

function tableOf(h: number): FileLocks | null {
  const key = fileKey(h);
  if (key === null) return null;
  let t = tables.get(key);
  if (t !== undefined && ![...t.handles].some(isOpen)) t = undefined;
  if (t === undefined) {
    t = { ranges: [], handles: new Set() };
    tables.set(key, t);
  }
  t.handles.add(h);
  return t;
}

/** The first range that ends after `offset` (a range ending at or below zero counts as endless). */
function findOffset(r: Range[], offset: number): number {
  let lo = 0;
  let hi = r.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = r[mid].start + r[mid].len;
    if (end > 0 && end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(r: Range[], start: number, len: number): boolean {
  const i = findOffset(r, start);
  if (i >= r.length) return false;
  const end = start + len;
  return end <= 0 || end > r[i].start;
}

function addRange(r: Range[], start: number, len: number): boolean {
  if (overlaps(r, start, len)) return false;
  const i = findOffset(r, start);
  const joinRight = i < r.length && start + len === r[i].start;
  const joinLeft = i > 0 && r[i - 1].start + r[i - 1].len === start;
  if (joinLeft && joinRight) {
    r[i - 1].len += len + r[i].len;
    r.splice(i, 1);
  } else if (joinLeft) {
    r[i - 1].len += len;
  } else if (joinRight) {
    r[i].start -= len;
    r[i].len += len;
  } else {
    r.splice(i, 0, { start, len });
  }
  return true;
}

function removeRange(r: Range[], start: number, len: number): boolean {
  const i = findOffset(r, start);
  if (i >= r.length) return false;
  const k = r[i];
  if (!(start >= k.start && k.len >= len && start - k.start <= k.len - len)) return false;
  if (start === k.start) {
    if (len === k.len) r.splice(i, 1);
    else {
      k.start += len;
      k.len -= len;
    }
  } else if (start + len === k.start + k.len) {
    k.len -= len;
  } else {
    r.splice(i + 1, 0, { start: start + len, len: k.start + k.len - start - len });
    k.len = start - k.start;
  }
  return true;
}

/** The lock kind a file's access mode allows: a read-only file takes shared locks, a write-only one exclusive. */
function lockMode(h: number, mode: number): number {
  const c = loadCalls();
  const fl = c === null ? -1 : c.getfl(fsOsHandle(h));
  if (fl >= 0 && (fl & O_ACCMODE) === O_RDONLY) return mode | FLX_SHARED;
  if (fl >= 0 && (fl & O_ACCMODE) === O_WRONLY) return mode & ~FLX_SHARED;
  return mode;
}

function vfLock(ctx: Thread, h: number, start: number, len: number, mode: number): boolean {
  const t = tableOf(h);
  if (t === null) {
    setError(ctx, 6);
    return false;
  }
  if ((mode & FL_MASK) === FL_UNLOCK) {
    if (!removeRange(t.ranges, start, len)) {
      setError(ctx, LOCK_VIOLATION);
      return false;
    }
    osLock(ctx, h, start, len, FL_UNLOCK);
    return true;
  }
  if (!addRange(t.ranges, start, len)) {
    setError(ctx, LOCK_VIOLATION);
    return false;
  }
  if (!osLock(ctx, h, start, len, lockMode(h, mode))) {
    removeRange(t.ranges, start, len);
    return false;
  }
  return true;
}

// -----------------------------------------------------------------------------

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value): number => (typeof v === 'number' ? Math.trunc(v) : v instanceof HbNum ? Math.trunc(v.n) : 0);

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}

/** hb_FLock / hb_FUnlock: a handle, a start and a length, else .F. with FError() 0. */
function handleLock(ctx: Thread, args: Value[], unlock: boolean): boolean {
  const [h, start, len, mode] = args;
  let ok = false;
  let err = 0;
  if (isNum(h) && isNum(start) && isNum(len)) {
    ok = osLock(ctx, int(h), int(start), int(len), unlock ? FL_UNLOCK : int(mode) & ~FL_MASK);
    err = lastError(ctx);
  }
  setFError(ctx, err);
  return ok;
}

function fileLock(ctx: Thread, fn: string, args: Value[], unlock: boolean): Value {
  const f = fileArg(ctx, fn, args);
  if (f === null) return undefined;
  const [, start, len, mode] = args;
  let ok = false;
  let err = 0;
  if (isNum(start) && isNum(len)) {
    ok = vfLock(ctx, f.h, int(start), int(len), unlock ? FL_UNLOCK : int(mode) & ~FL_MASK);
    err = lastError(ctx);
  }
  setFError(ctx, err);
  return ok;
}

export const functions: StdModule = {
  HB_FLOCK(ctx, ...args) {
    return handleLock(ctx, args, false);
  },
  HB_FUNLOCK(ctx, ...args) {
    return handleLock(ctx, args, true);
  },
  HB_VFLOCK(ctx, ...args) {
    return fileLock(ctx, 'HB_VFLOCK', args, false);
  },
  HB_VFUNLOCK(ctx, ...args) {
    return fileLock(ctx, 'HB_VFUNLOCK', args, true);
  },
  HB_VFLOCKTEST(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFLOCKTEST', args);
    if (f === null) return undefined;
    const [, start, len, mode] = args;
    let r = -1;
    let err = 0;
    if (isNum(start) && isNum(len)) {
      const t = tableOf(f.h);
      // a range locked here is reported as this process's without an OS call
      r = t !== null && overlaps(t.ranges, int(start), int(len)) ? process.pid
        : osLockTest(ctx, f.h, int(start), int(len), int(mode) & ~FL_MASK);
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return r;
  },
};
