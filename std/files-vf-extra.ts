// The rest of the hb_vf* API on the local file system: positional reads
// and writes (hb_vfReadAt/WriteAt), attributes and times by name, links,
// hb_vfCopyFileEx with its progress callback, hb_vfDirSpace, hb_vfTempFile,
// hb_vfConfig and hb_vfIsLocal.

import { readSync, statfsSync, statSync, writeSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbPointer, HbRef, type Value } from '../runtime/values/types.js';
import { evalItem, inNative, isEvalItem, rtSubst } from '../runtime/errors/launch.js';
import {
  FO_CREAT, FO_READ, FO_READWRITE, FO_TRUNC, fsClose, fsOpen, fsOsHandle, fsRead, fsWrite, ioErrors, lastError, nameConv,
  setError, setIOError,
} from './files-os.js';
import { fileArg, VFile } from './files-vf.js';
import { fileDateTimeFns, fileTime, functions as fileFns, setFileTime } from './files.js';
import { createTempEx, functions as extraFns } from './files-extra.js';
import { functions as pathFns } from './files-path.js';
import type { StdModule } from './registry.js';

const COPY_BUFFER = 65536;
const DISK_AVAIL = 0;
const DISK_FREE = 1;
const DISK_USED = 2;
const DISK_TOTAL = 3;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value, def = 0): number => (typeof v === 'number' ? Math.trunc(v) : v instanceof HbNum ? Math.trunc(v.n) : def);
/** hb_parcx: a string argument or "" */
const strx = (v: Value): string => (typeof v === 'string' ? v : '');

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}

/** hb_fileCopyEx: contents in chunks (the callback told the progress), permissions, optionally the time. */
function copyFileEx(ctx: Thread, from: string, to: string, bufSize: number, withTime: boolean, cb: Value): boolean {
  const src = fsOpen(ctx, from, FO_READ);
  if (src < 0) return false;
  let ok = false;
  let err = 0;
  const dst = fsOpen(ctx, to, FO_READWRITE | FO_CREAT | FO_TRUNC);
  if (dst >= 0) {
    const total = cb !== undefined ? statSync(nameConv(ctx, from)).size : 0;
    let written = 0;
    if (cb !== undefined) evalItem(ctx, cb, [0, total]);
    for (;;) {
      const data = fsRead(ctx, src, bufSize);
      if (data === null || data.length === 0) {
        err = lastError(ctx);
        ok = err === 0;
        break;
      }
      if (fsWrite(ctx, dst, data) !== data.length) {
        err = lastError(ctx);
        break;
      }
      written += data.length;
      if (cb !== undefined) evalItem(ctx, cb, [written, total]);
    }
    fsClose(ctx, dst);
  } else {
    err = lastError(ctx);
  }
  fsClose(ctx, src);
  if (ok) {
    let a: Value = 0;
    if (fileFns.HB_FGETATTR(ctx, from, new HbRef(() => a, (v) => { a = v; }) as unknown as Value) === true) fileFns.HB_FSETATTR(ctx, to, a);
    if (withTime) {
      const t = fileTime(ctx, from);
      if (t !== null) setFileTime(ctx, to, t[0], t[1]);
    }
  }
  setError(ctx, err);
  return ok;
}

function dirSpace(path: string, type: number): number {
  const st = statfsSync(path);
  switch (type) {
    case DISK_FREE: return st.bfree * st.bsize;
    case DISK_USED: return (st.blocks - st.bfree) * st.bsize;
    case DISK_TOTAL: return st.blocks * st.bsize;
    default: return st.bavail * st.bsize;
  }
}

export const functions: StdModule = {
  HB_VFISLOCAL() {
    // no file-system redirectors are registered: every name is local
    return true;
  },
  HB_VFATTRGET(ctx, name, ref) {
    return fileFns.HB_FGETATTR(ctx, strx(deref(name)), ref);
  },
  HB_VFATTRSET(ctx, name, attr) {
    return fileFns.HB_FSETATTR(ctx, strx(deref(name)), int(deref(attr)));
  },
  HB_VFTIMEGET(ctx, name, dRef, tRef) {
    return fileDateTimeFns.get(ctx, strx(deref(name)), dRef, tRef);
  },
  HB_VFTIMESET(ctx, name, d, t) {
    return fileDateTimeFns.set(ctx, strx(deref(name)), d, t);
  },

  HB_VFLINK(ctx, existing, newName) {
    return extraFns.HB_FLINK(ctx, deref(existing), deref(newName));
  },
  HB_VFLINKSYM(ctx, target, newName) {
    return extraFns.HB_FLINKSYM(ctx, deref(target), deref(newName));
  },
  HB_VFLINKREAD(ctx, name) {
    return extraFns.HB_FLINKREAD(ctx, deref(name));
  },
  HB_VFDIRBUILD(ctx, dir) {
    const d = deref(dir);
    if (typeof d !== 'string') return false;
    const ok = pathFns.HB_DIRBUILD(ctx, d) === true;
    // only a folder that could not be made leaves an error
    setFError(ctx, ok ? 0 : lastError(ctx));
    return ok;
  },
  HB_VFDIRUNBUILD(ctx, dir) {
    const d = deref(dir);
    if (typeof d !== 'string') return false;
    const ok = pathFns.HB_DIRUNBUILD(ctx, d) === true;
    setFError(ctx, ok ? 0 : lastError(ctx));
    return ok;
  },
  HB_VFNAMEEXISTS(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') {
      setFError(ctx, 2);
      return false;
    }
    let ok = false;
    try {
      statSync(nameConv(ctx, n));
      ok = true;
    } catch {
      // neither a file nor a folder
    }
    setFError(ctx, 0);
    return ok;
  },
  HB_VFREADAT(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFREADAT', args);
    if (f === null) return undefined;
    const ref = args[1];
    let n = 0;
    let err = 0;
    if (ref instanceof HbRef && typeof ref.get() === 'string') {
      const cur = ref.get() as string;
      let size = cur.length;
      const want = deref(args[2]);
      if (isNum(want) && int(want) >= 0 && int(want) < size) size = int(want);
      const at = deref(args[3]);
      const offset = isNum(at) ? int(at) : -1;
      if (offset < 0) {
        setError(ctx, 13);
      } else {
        try {
          const b = Buffer.alloc(size);
          n = size > 0 ? readSync(fsOsHandle(f.h), b, 0, size, offset) : 0;
          if (n > 0) ref.set(b.toString('latin1', 0, n) + cur.slice(n));
          setIOError(ctx, null);
        } catch (e) {
          setIOError(ctx, e);
        }
      }
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return n;
  },
  HB_VFWRITEAT(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFWRITEAT', args);
    if (f === null) return undefined;
    const data = deref(args[1]);
    if (typeof data !== 'string') {
      setFError(ctx, 0);
      return 0;
    }
    let len = data.length;
    const w = deref(args[2]);
    if (isNum(w) && int(w) >= 0 && int(w) < len) len = int(w);
    const at = deref(args[3]);
    const offset = isNum(at) ? int(at) : -1;
    let n = 0;
    if (offset < 0) {
      setError(ctx, 13);
    } else {
      try {
        n = writeSync(fsOsHandle(f.h), Buffer.from(data.slice(0, len), 'latin1'), 0, len, offset);
        setIOError(ctx, null);
      } catch (e) {
        setIOError(ctx, e);
      }
    }
    setFError(ctx, lastError(ctx));
    return n;
  },
  HB_VFCONFIG(ctx, ...args) {
    const f = fileArg(ctx, 'HB_VFCONFIG', args);
    if (f === null) return undefined;
    if (!isNum(deref(args[1]))) {
      return inNative(ctx, 'HB_VFCONFIG', () => rtSubst(ctx, 1, 2021, 'HB_VFCONFIG', args.map(deref)));
    }
    // local files take no settings: the value comes back unchanged
    setFError(ctx, lastError(ctx));
    return deref(args[2]);
  },
  HB_VFTEMPFILE(ctx, ref, dir, prefix, ext, attr) {
    const [h, name] = createTempEx(ctx, deref(dir), deref(prefix), deref(ext), isNum(deref(attr)) ? int(deref(attr)) : 0);
    setFError(ctx, lastError(ctx));
    if (ref instanceof HbRef) ref.set(name);
    return h >= 0 ? new HbPointer(new VFile(h), 'hb_vf') : undefined;
  },
  HB_VFCOPYFILEEX(ctx, from, to, bufSize, withTime, cb) {
    const a = deref(from);
    const b = deref(to);
    if (typeof a !== 'string' || typeof b !== 'string') {
      setFError(ctx, 2);
      return -1;
    }
    const size = int(deref(bufSize));
    const t = deref(withTime);
    const block = deref(cb);
    const ok = copyFileEx(ctx, a, b, size > 0 ? size : COPY_BUFFER, typeof t === 'boolean' ? t : true,
      isEvalItem(block) ? block : undefined);
    setFError(ctx, lastError(ctx));
    return ok ? 0 : -1;
  },
  HB_VFDIRSPACE(ctx, name, type) {
    const t = isNum(deref(type)) ? int(deref(type)) : DISK_AVAIL;
    const n = deref(name);
    let r = 0;
    try {
      r = dirSpace(typeof n === 'string' ? nameConv(ctx, n) : '.', t > DISK_TOTAL ? DISK_AVAIL : t);
      setIOError(ctx, null);
    } catch (e) {
      setIOError(ctx, e);
    }
    setFError(ctx, lastError(ctx));
    return r;
  },
};
