// The virtual file API (hb_vf*) on the local file system: files are
// pointer values (hb_vfOpen) rather than numeric handles; a closed or
// foreign pointer is BASE/2021 "Argument error" (substitutable).

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbPointer, HbRef, type Value } from '../runtime/values/types.js';
import { argErrorNoSubst, inNative, rtSubst } from '../runtime/errors/launch.js';
import {
  FO_CREAT, FO_DEFAULTS, FO_EXCL, FO_READWRITE, FO_TRUNC, FS_RELATIVE, FS_SET, fsClose, fsCommit,
  fsDelete, fsDirExists, fsFileExists, fsMkDir, fsOpen, fsRead, fsRename, fsRmDir, fsSeek, fsSize, fsTruncate,
  fsWrite, ioErrors, lastError, setError,
} from './files-os.js';
import { extName } from './files-name.js';
import { directory } from './files-dir.js';
import { loadFile, saveFile } from './files-memo.js';
import type { StdModule } from './registry.js';

const FO_DENYNONE = 64;

/** What an hb_vf pointer points to: a file handle, -1 once closed. */
export class VFile {
  constructor(public h: number) {}
}

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value, def = 0): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) : def);

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}

/** The open file an argument points to, or the substitutable argument error. */
export function fileArg(ctx: Thread, fn: string, args: Value[]): VFile | null {
  const p = deref(args[0]);
  if (p instanceof HbPointer && p.target instanceof VFile && p.target.h >= 0) return p.target;
  inNative(ctx, fn, () => rtSubst(ctx, 1, 2021, fn, args.length ? args.map(deref) : undefined));
  return null;
}

function nameResult(ctx: Thread, ok: boolean): number {
  setFError(ctx, lastError(ctx));
  return ok ? 0 : -1;
}

export const functions: StdModule = {
  HB_VFOPEN(ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name !== 'string') {
      setFError(ctx, 0);
      argErrorNoSubst(ctx, 'HB_VFOPEN', 2021, args.map(deref));
      return undefined;
    }
    const m = deref(args[1]);
    const mode = (isNum(m) ? int(m) : FO_READWRITE | FO_DENYNONE) & (0xff | FO_CREAT | FO_TRUNC | FO_EXCL | FO_DEFAULTS);
    let path = name;
    if (mode & FO_DEFAULTS) path = extName(ctx, name, undefined, true, (mode & FO_CREAT) !== 0, (p) => fsFileExists(ctx, p));
    const h = fsOpen(ctx, path, mode & (0xff | FO_CREAT | FO_TRUNC | FO_EXCL));
    if (args[0] instanceof HbRef) args[0].set(path);
    setFError(ctx, lastError(ctx));
    return h >= 0 ? new HbPointer(new VFile(h), 'hb_vf') : undefined;
  },
  HB_VFCLOSE(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFCLOSE', args);
    if (f === null) return undefined;
    fsClose(ctx, f.h);
    f.h = -1;
    setFError(ctx, lastError(ctx));
    return true;
  },
  HB_VFREAD(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFREAD', args);
    if (f === null) return undefined;
    const ref = args[1];
    let n = 0;
    let err = 0;
    if (ref instanceof HbRef && typeof ref.get() === 'string') {
      const cur = ref.get() as string;
      let size = cur.length;
      const want = deref(args[2]);
      if (isNum(want) && int(want) >= 0 && int(want) < size) size = int(want);
      const data = fsRead(ctx, f.h, size);
      err = lastError(ctx);
      if (data === null) {
        setFError(ctx, err);
        return -1;
      }
      n = data.length;
      if (n > 0) ref.set(data.toString('latin1') + cur.slice(n));
    }
    setFError(ctx, err);
    return n;
  },
  HB_VFREADLEN(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFREADLEN', args);
    if (f === null || !isNum(deref(args[1]))) return undefined;
    const want = int(deref(args[1]));
    let s = '';
    let err = 0;
    if (want > 0) {
      const data = fsRead(ctx, f.h, want);
      err = lastError(ctx);
      if (data !== null) s = data.toString('latin1');
    }
    setFError(ctx, err);
    return s;
  },
  HB_VFWRITE(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFWRITE', args);
    if (f === null) return undefined;
    const data = deref(args[1]);
    if (typeof data !== 'string') {
      setFError(ctx, 0);
      return 0;
    }
    let len = data.length;
    const w = deref(args[2]);
    if (isNum(w) && int(w) >= 0 && int(w) < len) len = int(w);
    const n = fsWrite(ctx, f.h, Buffer.from(data.slice(0, len), 'latin1'));
    setFError(ctx, lastError(ctx));
    return n;
  },
  HB_VFSEEK(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFSEEK', args);
    if (f === null) return undefined;
    const off = deref(args[1]);
    if (!isNum(off)) {
      setFError(ctx, 0);
      return 0;
    }
    const whence = deref(args[2]);
    const pos = fsSeek(ctx, f.h, int(off), isNum(whence) ? int(whence) : FS_SET);
    setFError(ctx, lastError(ctx));
    return pos;
  },
  HB_VFTRUNC(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFTRUNC', args);
    if (f === null) return undefined;
    const ok = fsTruncate(ctx, f.h, Math.max(0, int(deref(args[1]))));
    setFError(ctx, lastError(ctx));
    return ok;
  },
  HB_VFSIZE(ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name === 'string') {
      const size = ctx.vm.syms.func('HB_FSIZE').fn(ctx, name);
      setFError(ctx, lastError(ctx));
      return size;
    }
    const f = fileArg(ctx, 'HB_VFSIZE', args);
    if (f === null) return undefined;
    const size = fsSize(ctx, f.h);
    setFError(ctx, lastError(ctx));
    return size;
  },
  HB_VFEOF(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFEOF', args);
    if (f === null) return undefined;
    const pos = fsSeek(ctx, f.h, 0, FS_RELATIVE);
    const end = fsSize(ctx, f.h);
    setFError(ctx, lastError(ctx));
    return pos >= end;
  },
  HB_VFFLUSH(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFFLUSH', args);
    if (f !== null) setFError(ctx, 0);
    return undefined;
  },
  HB_VFCOMMIT(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFCOMMIT', args);
    if (f === null) return undefined;
    fsCommit(ctx, f.h);
    setFError(ctx, lastError(ctx));
    return undefined;
  },
  HB_VFHANDLE(ctx, ...args) {
    const p = deref(args[0]);
    if (p instanceof HbPointer && p.target instanceof VFile && p.target.h >= 0) return p.target.h;
    fileArg(ctx, 'HB_VFHANDLE', args);
    return -1;
  },
  HB_VFEXISTS(ctx, name, ref) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 2);
      return false;
    }
    const ok = fsFileExists(ctx, n);
    setError(ctx, ok ? 0 : 2);
    if (ref instanceof HbRef) ref.set(ok ? n : '');
    setFError(ctx, lastError(ctx));
    return ok;
  },
  HB_VFERASE(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 3);
      return -1;
    }
    return nameResult(ctx, fsDelete(ctx, n));
  },
  HB_VFRENAME(ctx, from, to) {
    const a = deref(from);
    const b = deref(to);
    if (typeof a !== 'string' || typeof b !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    return nameResult(ctx, fsRename(ctx, a, b));
  },
  HB_VFCOPYFILE(ctx, from, to) {
    const a = deref(from);
    const b = deref(to);
    if (typeof a !== 'string' || typeof b !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    const data = loadFile(ctx, a);
    const ok = data !== null && saveFile(ctx, b, data, false);
    return nameResult(ctx, ok);
  },
  HB_VFMOVEFILE(ctx, from, to) {
    const a = deref(from);
    const b = deref(to);
    if (typeof a !== 'string' || typeof b !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    return nameResult(ctx, fsRename(ctx, a, b));
  },
  HB_VFDIREXISTS(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 2);
      return false;
    }
    const ok = fsDirExists(ctx, n);
    setFError(ctx, lastError(ctx));
    return ok;
  },
  HB_VFDIRMAKE(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    return nameResult(ctx, fsMkDir(ctx, n));
  },
  HB_VFDIRREMOVE(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    return nameResult(ctx, fsRmDir(ctx, n));
  },
  HB_VFDIRECTORY(ctx, spec, attrs) {
    const d = directory(ctx, deref(spec), deref(attrs), true);
    setFError(ctx, lastError(ctx));
    return d;
  },
  HB_VFLOAD(ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name !== 'string') {
      return inNative(ctx, 'HB_VFLOAD', () => rtSubst(ctx, 1, 2021, 'HB_VFLOAD', args.length ? args.map(deref) : undefined));
    }
    const data = loadFile(ctx, name);
    setFError(ctx, lastError(ctx));
    if (data === null) return undefined;
    const max = int(deref(args[1]));
    return max > 0 && data.length > max ? data.slice(0, max) : data;
  },
  HB_VFSAVE(ctx, ...args) {
    const name = deref(args[0]);
    const body = deref(args[1]);
    if (typeof name !== 'string' || typeof body !== 'string') {
      return inNative(ctx, 'HB_VFSAVE', () => rtSubst(ctx, 1, 2021, 'HB_VFSAVE', args.length ? args.map(deref) : undefined));
    }
    const ok = saveFile(ctx, name, body, false);
    setFError(ctx, lastError(ctx));
    return ok;
  },
};

