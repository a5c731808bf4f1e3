// Low-level file functions: FCreate, FOpen, FRead, FReadStr, FWrite, FSeek,
// FClose, FErase, FRename, FError, File(), hb_FileExists, hb_FSize and
// friends. Each sets FError() the way Harbour's does: the DOS-style code
// of its OS operation, or a fixed code when its arguments are wrong.

import { statSync, utimesSync, chmodSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbRef, HbTimestamp, type Value } from '../runtime/values/types.js';
import { argErrorNoSubst, inNative } from '../runtime/errors/launch.js';
import { internalError } from '../runtime/errors/internal.js';
import { dateEncode } from '../runtime/values/date.js';
import { timeEncode, timeDecode, tsPut, formatTime } from '../runtime/values/timestamp.js';
import { dateDecode } from '../runtime/values/date.js';
import {
  FO_READ, FS_SET, fsClose, fsCommit, fsCreate, fsDelete, fsFileExists, fsOpen, fsRead, fsRename, fsSeek, fsSize,
  fsWrite, ioErrors, lastError, nameConv, setIOError,
} from './files-os.js';
import { findFiles, FA_READONLY, FA_HIDDEN, FA_SYSTEM, attrFromStat } from './files-find.js';
import { fnameMerge, fnameSplit, setDefault, setPathList } from './files-name.js';
import type { StdModule } from './registry.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const num = (v: Value, def = 0): number => (typeof v === 'number' ? v : v instanceof HbNum ? v.n : def);
/** A C integer argument: the number truncated. */
const int = (v: Value, def = 0): number => Math.trunc(num(v, def));
const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}

/** hb_spFile: File() looks in the given path, else in SET DEFAULT and SET PATH; wildcards allowed. */
export function spFile(ctx: Thread, name: string): boolean {
  const f = fnameSplit(name, ctx);
  const found = (p: string) => findFiles(ctx, p, 0).length > 0;
  if (f.path !== undefined) return found(fnameMerge(f, ctx));
  if (found(fnameMerge({ ...f, path: setDefault(ctx) }, ctx))) return true;
  for (const dir of setPathList(ctx)) if (found(fnameMerge({ ...f, path: dir }, ctx))) return true;
  return false;
}

/** A file's modification date and time (local time, whole seconds, as Harbour reads them), or null after an error. */
export function fileTime(ctx: Thread, name: string): [number, number] | null {
  try {
    const d = new Date(statSync(nameConv(ctx, name)).mtimeMs);
    setIOError(ctx, null);
    return [dateEncode(d.getFullYear(), d.getMonth() + 1, d.getDate()), timeEncode(d.getHours(), d.getMinutes(), d.getSeconds(), 0)];
  } catch (e) {
    setIOError(ctx, e);
    return null;
  }
}

/** Set a file's modification time; a date (jd <= 0) or time (ms < 0) left out is the present one. */
export function setFileTime(ctx: Thread, name: string, jd: number, ms: number): boolean {
  try {
    const path = nameConv(ctx, name);
    statSync(path);
    const now = new Date();
    let y = now.getFullYear(), mo = now.getMonth() + 1, day = now.getDate();
    let hh = now.getHours(), mi = now.getMinutes(), ss = now.getSeconds(), fff = now.getMilliseconds();
    if (jd > 0) [y, mo, day] = dateDecode(jd);
    if (ms >= 0) [hh, mi, ss, fff] = timeDecode(ms);
    const when = new Date(y, mo - 1, day, hh, mi, ss, fff);
    utimesSync(path, when, when);
    setIOError(ctx, null);
    return true;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
}

/** The date and time arguments of hb_FSetDateTime(): a timestamp, or a date and a "hh:mm[:ss[.fff]]" text (-1: left out). */
function dateTimeArgs(d: Value, t: Value): [number, number] {
  const dv = deref(d);
  if (dv instanceof HbTimestamp) return [dv.jd, dv.ms];
  const jd = dv instanceof HbDate ? dv.jd : -1;
  const tv = deref(t);
  const m = typeof tv === 'string' ? /^\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,3}))?)?/.exec(tv) : null;
  return [jd, m === null ? -1 : timeEncode(+m[1], +m[2], +(m[3] ?? 0), +((m[4] ?? '0').padEnd(3, '0')))];
}

/** hb_FGetDateTime( cFile, @tsDateTime | @dDate, [@cTime] ). */
function getDateTime(ctx: Thread, name: string, dRef: Value, tRef: Value): boolean {
  const t = fileTime(ctx, name);
  setFError(ctx, lastError(ctx));
  const [jd, ms] = t ?? [0, 0];
  if (tRef instanceof HbRef) {
    tRef.set(t === null ? '' : formatTime(ms, 'hh:mm:ss'));
    if (dRef instanceof HbRef) dRef.set(new HbDate(jd));
  } else if (dRef instanceof HbRef) {
    dRef.set(tsPut(jd, ms));
  }
  return t !== null;
}

/** hb_FSetDateTime( cFile, [tsDateTime | dDate], [cTime] ). */
function setDateTime(ctx: Thread, name: string, d: Value, t: Value): boolean {
  const [jd, ms] = dateTimeArgs(d, t);
  const ok = setFileTime(ctx, name, jd, ms);
  setFError(ctx, lastError(ctx));
  return ok;
}

/** hb_FGetDateTime() and hb_FSetDateTime(), which hb_vfTimeGet() and hb_vfTimeSet() are too. */
export const fileDateTimeFns = { get: getDateTime, set: setDateTime };

/**
 * A negative length is a huge unsigned size in Harbour: its buffer of
 * length + 1 bytes is zero bytes long for -1 and too big to allocate
 * otherwise, both unrecoverable errors.
 */
function hugeBuffer(ctx: Thread, len: number, fn: string): never {
  return inNative(ctx, fn, () => internalError(ctx, len === -1 ? 9023 : 9009));
}

export const functions: StdModule = {
  FCREATE(ctx, name, attr, flags) {
    if (typeof name !== 'string') {
      setFError(ctx, 0);
      return -1;
    }
    const h = fsCreate(ctx, name, isNum(attr) ? int(attr) : 0, isNum(flags) ? int(flags) & ~3 : 0);
    setFError(ctx, lastError(ctx));
    return h;
  },
  FOPEN(ctx, ...args) {
    const [name, mode] = args;
    if (typeof name !== 'string') {
      setFError(ctx, 0);
      argErrorNoSubst(ctx, 'FOPEN', 2021, args);
      return undefined;
    }
    const h = fsOpen(ctx, name, isNum(mode) ? int(mode) & 0xffff : FO_READ);
    setFError(ctx, lastError(ctx));
    return h;
  },
  FREAD(ctx, h, buf, len) {
    let err = 0;
    let n = 0;
    if (isNum(h) && buf instanceof HbRef && isNum(len)) {
      const cur = buf.get();
      if (typeof cur === 'string') {
        const want = num(len);
        // Clipper allows one byte more than the buffer holds (its terminating zero)
        if (want >= 0 && want <= cur.length + 1) {
          const data = fsRead(ctx, int(h), Math.trunc(want));
          err = lastError(ctx);
          if (data !== null) {
            n = data.length;
            // a byte read into the terminating zero is not part of the string
            const got = n > cur.length ? data.subarray(0, cur.length) : data;
            if (got.length > 0) buf.set(got.toString('latin1') + cur.slice(got.length));
          }
        }
      }
    }
    setFError(ctx, err);
    return n;
  },
  FREADSTR(ctx, h, len) {
    let err = 0;
    let s = '';
    if (isNum(h) && isNum(len)) {
      const want = int(len);
      if (want < 0) hugeBuffer(ctx, want, 'FREADSTR');
      if (want > 0) {
        const data = fsRead(ctx, int(h), want);
        err = lastError(ctx);
        if (data !== null) {
          s = data.toString('latin1');
          // Clipper stops at the first zero byte
          const z = s.indexOf('\0');
          if (z >= 0) s = s.slice(0, z);
        }
      }
    }
    setFError(ctx, err);
    return s;
  },
  HB_FREADLEN(ctx, h, len) {
    let err = 0;
    let s = '';
    const want = int(len);
    if (want < 0 && isNum(h)) hugeBuffer(ctx, want, 'HB_FREADLEN');
    if (want > 0 && isNum(h)) {
      const data = fsRead(ctx, int(h), want);
      err = lastError(ctx);
      if (data !== null) s = data.toString('latin1');
    }
    setFError(ctx, err);
    return s;
  },
  FWRITE(ctx, h, data, len) {
    let err = 0;
    let n = 0;
    if (isNum(h) && typeof data === 'string') {
      let count = data.length;
      if (isNum(len)) {
        const w = num(len);
        if (w >= 0 && w < count) count = Math.trunc(w);
      }
      n = fsWrite(ctx, int(h), Buffer.from(count < data.length ? data.slice(0, count) : data, 'latin1'));
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return n;
  },
  FSEEK(ctx, h, offset, whence) {
    let err = 0;
    let pos = 0;
    if (isNum(h) && isNum(offset)) {
      pos = fsSeek(ctx, int(h), int(offset), isNum(whence) ? int(whence) : FS_SET);
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return pos;
  },
  FCLOSE(ctx, h) {
    let err = 0;
    let ok = false;
    if (isNum(h)) {
      fsClose(ctx, int(h));
      err = lastError(ctx);
      ok = err === 0;
    }
    setFError(ctx, err);
    return ok;
  },
  FERASE(ctx, name) {
    let err = 3;
    let r = -1;
    if (typeof name === 'string') {
      r = fsDelete(ctx, name) ? 0 : -1;
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return r;
  },
  FRENAME(ctx, from, to) {
    let err = 2;
    let r = -1;
    if (typeof from === 'string' && typeof to === 'string') {
      r = fsRename(ctx, from, to) ? 0 : -1;
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return r;
  },
  FERROR(ctx) {
    return ioErrors(ctx).fError;
  },
  FILE(ctx, name) {
    return typeof name === 'string' ? spFile(ctx, name) : false;
  },
  HB_FILEEXISTS(ctx, name) {
    return typeof name === 'string' ? fsFileExists(ctx, name) : false;
  },
  HB_FSIZE(ctx, name, useDirEntry) {
    if (typeof name !== 'string') return 0;
    void useDirEntry;
    try {
      const st = statSync(nameConv(ctx, name));
      setIOError(ctx, null);
      return st.size;
    } catch (e) {
      setIOError(ctx, e);
      return 0;
    }
  },
  HB_FEOF(ctx, h) {
    let err = 6;
    let eof = true;
    if (isNum(h)) {
      const hh = int(h);
      const pos = fsSeek(ctx, hh, 0, 1);
      if (lastError(ctx) === 0) {
        const size = fsSize(ctx, hh);
        eof = pos >= size;
      }
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return eof;
  },
  HB_FCOMMIT(ctx, h) {
    let err = 6;
    if (isNum(h)) {
      fsCommit(ctx, int(h));
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return undefined;
  },
  HB_FGETATTR(ctx, name, ref) {
    let attr = 0;
    let ok = false;
    try {
      attr = attrFromStat(statSync(nameConv(ctx, typeof name === 'string' ? name : '')));
      ok = true;
      setIOError(ctx, null);
    } catch (e) {
      setIOError(ctx, e);
    }
    setFError(ctx, lastError(ctx));
    if (ref instanceof HbRef) ref.set(attr);
    return ok;
  },
  HB_FSETATTR(ctx, name, attr) {
    const a = int(attr);
    const path = nameConv(ctx, typeof name === 'string' ? name : '');
    let ok = false;
    try {
      let mode = (a >>> 16) & 0o7777;
      if (mode === 0) {
        mode = a & FA_READONLY ? 0o444 : 0o666;
        if (a & FA_SYSTEM) mode |= 0o111;
        if (a & FA_HIDDEN) mode &= 0o700;
      }
      chmodSync(path, mode);
      ok = true;
      setIOError(ctx, null);
    } catch (e) {
      setIOError(ctx, e);
    }
    setFError(ctx, lastError(ctx));
    return ok;
  },
  HB_FGETDATETIME(ctx, name, dRef, tRef) {
    return getDateTime(ctx, typeof name === 'string' ? name : '', dRef, tRef);
  },
  HB_FSETDATETIME(ctx, name, d, t) {
    return setDateTime(ctx, typeof name === 'string' ? name : '', d, t);
  },
  HB_FTEMPCREATE(ctx, dir, prefix, attr, ref) {
    const base = (typeof dir === 'string' && dir !== '' ? dir.replace(/\/?$/, '/') : (process.env.TMPDIR ?? '/tmp') + '/');
    const pre = typeof prefix === 'string' ? prefix : 'hb';
    for (let i = 0; i < 100; i++) {
      const name = base + pre + Math.random().toString(36).slice(2, 8).padEnd(6, '0');
      const h = fsCreate(ctx, name, isNum(attr) ? int(attr) : 0, 0x0400);
      if (h >= 0) {
        if (ref instanceof HbRef) ref.set(name);
        setFError(ctx, 0);
        return h;
      }
      if (lastError(ctx) !== 32) break;
    }
    setFError(ctx, lastError(ctx));
    return -1;
  },
};
