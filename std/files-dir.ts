// Directories: Directory() and ADir() listings, hb_DirExists, MakeDir /
// hb_DirCreate, DirRemove / hb_DirDelete, DirChange, CurDir, hb_CWD,
// hb_DirTemp, hb_FileMatch, DiskSpace / hb_DiskSpace.

import { realpathSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbTimestamp, type Value } from '../runtime/values/types.js';
import { dateEncode } from '../runtime/values/date.js';
import { timeEncode } from '../runtime/values/timestamp.js';
import { fsChDir, fsDirExists, fsMkDir, fsRmDir, ioErrors, lastError, nameConv, setIOError } from './files-os.js';
import { fnError } from '../runtime/errors/launch.js';
import { EF_CANDEFAULT } from '../runtime/errors/error.js';
import { attrDecode, attrEncode, findFiles, fnmatch, FA_ARCHIVE, FA_LABEL, FA_READONLY } from './files-find.js';
import { fnameMerge, fnameSplit, setDefault } from './files-name.js';
import type { StdModule } from './registry.js';

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** hb_fsDirectory: { name, size, date (or timestamp), "hh:mm:ss", attributes } per file. */
export function directory(ctx: Thread, spec: Value, attrs: Value, withTime: boolean): Value[][] {
  let mask = FA_ARCHIVE | FA_READONLY;
  if (typeof attrs === 'string' && attrs !== '') mask |= attrEncode(attrs);
  let dirSpec = typeof spec === 'string' && spec !== '' ? spec : '*';
  if (dirSpec !== '*' && mask !== FA_LABEL && dirSpec.endsWith('/')) dirSpec += '*';
  const out: Value[][] = [];
  for (const f of findFiles(ctx, dirSpec, mask)) {
    const d = new Date(f.mtime);
    const jd = dateEncode(d.getFullYear(), d.getMonth() + 1, d.getDate());
    const time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
    const date = withTime
      ? new HbTimestamp(jd, timeEncode(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()))
      : new HbDate(jd);
    out.push([f.name, f.size, date, time, attrDecode(f.attr)]);
  }
  return out;
}

/** The SET DEFAULT folder as a path prefix ('' or ending in a separator). */
function defPath(ctx: Thread): string {
  const d = setDefault(ctx);
  return d === '' || d.endsWith('/') ? d : d + '/';
}

/** MakeDir() and friends: 0, or the DOS error code; -1 for a non-string argument. */
function dirOp(ctx: Thread, name: Value, op: (ctx: Thread, name: string) => boolean): number {
  if (typeof name !== 'string') return -1;
  return op(ctx, name) ? 0 : lastError(ctx);
}

const DISK_AVAIL = 0;
const DISK_FREE = 1;
const DISK_USED = 2;
const DISK_TOTAL = 3;

/** Bytes of a file system (statvfs): available, free, used or total; null when it cannot be read. */
function diskSpace(path: string, type: number): number | null {
  try {
    const st = statfsSync(path);
    switch (type) {
      case DISK_FREE: return st.bfree * st.bsize;
      case DISK_USED: return (st.blocks - st.bfree) * st.bsize;
      case DISK_TOTAL: return st.blocks * st.bsize;
      default: return st.bavail * st.bsize;
    }
  } catch {
    return null;
  }
}

export const functions: StdModule = {
  DISKSPACE(ctx, ...args) {
    // a drive number means the root of the (only) file system
    const name = typeof args[0] === 'string' ? nameConv(ctx, args[0]) : '/';
    const root = process.getuid !== undefined && process.getuid() === 0;
    const r = diskSpace(name, root ? DISK_FREE : DISK_AVAIL);
    if (r === null) {
      fnError(ctx, 'DISKSPACE', { genCode: 21, subCode: 2018, operation: '', args: args.length ? args : undefined, flags: EF_CANDEFAULT });
      return 0;
    }
    return r;
  },
  HB_DISKSPACE(ctx, path, type) {
    const t = typeof type === 'number' ? type : DISK_AVAIL;
    const p = typeof path === 'string' ? nameConv(ctx, path) : '/';
    const r = diskSpace(p, t > DISK_TOTAL ? DISK_AVAIL : t);
    setIOError(ctx, null);
    return r ?? 0;
  },
  DIRECTORY(ctx, spec, attrs) {
    return directory(ctx, spec, attrs, false);
  },
  HB_DIRECTORY(ctx, spec, attrs) {
    return directory(ctx, spec, attrs, true);
  },
  ADIR(ctx, fileMask, aName, aSize, aDate, aTime, aAttr) {
    if (typeof fileMask !== 'string') return 0;
    let mask = fileMask;
    const f = fnameSplit(mask, ctx);
    if (f.path === undefined || f.path === '') mask = fnameMerge({ path: defPath(ctx), name: f.name, ext: f.ext }, ctx);
    const dir = directory(ctx, mask, Array.isArray(aAttr) ? 'HSD' : undefined, false);
    const targets = [aName, aSize, aDate, aTime, aAttr];
    for (let i = 0; i < dir.length; i++) {
      for (let k = 0; k < targets.length; k++) {
        const t = targets[k];
        if (Array.isArray(t) && i < t.length) t[i] = dir[i][k];
      }
    }
    return dir.length;
  },
  HB_DIREXISTS(ctx, name) {
    return typeof name === 'string' ? fsDirExists(ctx, name) : false;
  },
  HB_DIRCREATE(ctx, name) {
    return dirOp(ctx, name, fsMkDir);
  },
  MAKEDIR(ctx, name) {
    return dirOp(ctx, name, fsMkDir);
  },
  HB_DIRDELETE(ctx, name) {
    return dirOp(ctx, name, fsRmDir);
  },
  DIRREMOVE(ctx, name) {
    return dirOp(ctx, name, fsRmDir);
  },
  DIRCHANGE(ctx, name) {
    return dirOp(ctx, name, fsChDir);
  },
  CURDIR() {
    // the current folder without its leading separator (no drives here)
    return process.cwd().replace(/^\/+/, '');
  },
  HB_CWD(ctx, newDir) {
    let cwd = process.cwd();
    if (!cwd.endsWith('/')) cwd += '/';
    if (typeof newDir === 'string') fsChDir(ctx, newDir);
    else setIOError(ctx, null);
    ioErrors(ctx).fError = lastError(ctx);
    return cwd;
  },
  HB_CURDRIVE() {
    return '';
  },
  DISKNAME() {
    return '';
  },
  // this file system has no drive letters: none is a disk, none can be changed to
  ISDISK() {
    return false;
  },
  DISKCHANGE() {
    return false;
  },
  HB_DIRTEMP() {
    let d = tmpdir();
    try {
      d = realpathSync(d);
    } catch {
      // keep the name the environment gives
    }
    return d.endsWith('/') ? d : d + '/';
  },
  HB_FILEMATCH(_ctx, text, pattern) {
    return typeof text === 'string' && typeof pattern === 'string' && fnmatch(pattern, text);
  },
  __DEFPATH(ctx) {
    return defPath(ctx);
  },
};
