// More file functions by name and handle: hb_FNameExists, hb_FCreate,
// hb_FCopy, hard and symbolic links (hb_FLink, hb_FLinkSym, hb_FLinkRead),
// hb_FIsDevice, hb_FSetDevMode and hb_FTempCreateEx, each setting FError()
// as Harbour's does on a POSIX system.

import { chmodSync, fstatSync, linkSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Thread } from '../runtime/vm/thread.js';
import { nodeTty } from '../runtime/lazy-node.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import {
  attempt, FO_CREAT, FO_EXCL, FO_READWRITE, fsCreate, fsDirExists, fsOpen, fsOsHandle, ioErrors, lastError, nameConv,
  setError, setIOError,
} from './files-os.js';
import { functions as fileFns } from './files.js';
import type { StdModule } from './registry.js';

const FD_BINARY = 1;
const FD_TEXT = 2;
const SET_FILECASE = 102;
const SET_DIRCASE = 103;
const TEMP_ATTEMPTS = 99;
const MKSTEMP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value, def = 0): number => (typeof v === 'number' ? Math.trunc(v) : v instanceof HbNum ? Math.trunc(v.n) : def);

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}


/** hb_fsCopy: the contents, then the source's permissions on the copy. */
function copyFile(ctx: Thread, from: string, to: string): boolean {
  const src = nameConv(ctx, from);
  const dst = nameConv(ctx, to);
  let data: Buffer;
  let mode: number;
  try {
    data = readFileSync(src);
    mode = statSync(src).mode & 0o7777;
  } catch (e) {
    setIOError(ctx, e);
    return false;
  }
  return attempt(ctx, () => {
    writeFileSync(dst, data);
    chmodSync(dst, mode);
  });
}

/** A name's case is left alone by SET FILECASE / DIRCASE (mkstemp() may then be used). */
function mixedCase(ctx: Thread): boolean {
  const f = ctx.sets.get(SET_FILECASE);
  const d = ctx.sets.get(SET_DIRCASE);
  return (f === 0 || f === undefined) && (d === 0 || d === undefined);
}

/** The folder for temporary files: $TMPDIR when it exists, else /tmp, with a trailing separator. */
function tempDir(ctx: Thread): string {
  const env = process.env.TMPDIR;
  let dir = env !== undefined && env !== '' && fsDirExists(ctx, env) ? env : tmpdir();
  if (!dir.endsWith('/')) dir += '/';
  return dir;
}

/** hb_fsCreateTempEx: dir + prefix + six random characters + extension, created exclusively. */
export function createTempEx(ctx: Thread, dir: Value, prefix: Value, ext: Value, attr: number): [number, string] {
  const base = (typeof dir === 'string' && dir !== '' ? (dir.endsWith('/') ? dir : dir + '/') : tempDir(ctx)) +
    (typeof prefix === 'string' ? prefix : '');
  const tail = typeof ext === 'string' ? ext : '';
  const mk = mixedCase(ctx);
  let name = '';
  let h = -1;
  for (let i = 0; i < TEMP_ATTEMPTS && h < 0; i++) {
    let rnd = '';
    for (let k = 0; k < 6; k++) {
      rnd += mk ? MKSTEMP_CHARS[Math.floor(Math.random() * MKSTEMP_CHARS.length)]
        : '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 36)];
    }
    name = base + rnd + tail;
    // mkstemp() makes the file private to its owner whatever the attributes
    h = mk ? fsOpen(ctx, name, FO_READWRITE | FO_CREAT | FO_EXCL, 0o600 << 16) : fsCreate(ctx, name, attr, FO_EXCL);
  }
  return [h, name];
}

export const functions: StdModule = {
  HB_FNAMEEXISTS(ctx, name) {
    if (typeof name !== 'string') return false;
    return attempt(ctx, () => statSync(nameConv(ctx, name)));
  },
  // FCreate() under its other name
  HB_FCREATE: fileFns.FCREATE,
  HB_FCOPY(ctx, from, to) {
    let err = 2;
    let ok = false;
    if (typeof from === 'string' && typeof to === 'string') {
      ok = copyFile(ctx, from, to);
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return ok ? 0 : -1;
  },
  HB_FLINK(ctx, existing, newName) {
    let err = 2;
    let ok = false;
    if (typeof existing === 'string' && typeof newName === 'string') {
      ok = attempt(ctx, () => linkSync(nameConv(ctx, existing), nameConv(ctx, newName)));
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return ok ? 0 : -1;
  },
  HB_FLINKSYM(ctx, target, newName) {
    let err = 2;
    let ok = false;
    if (typeof target === 'string' && typeof newName === 'string') {
      ok = attempt(ctx, () => symlinkSync(Buffer.from(target, 'latin1'), nameConv(ctx, newName)));
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return ok ? 0 : -1;
  },
  HB_FLINKREAD(ctx, name) {
    let err = 2;
    let s = '';
    if (typeof name === 'string') {
      attempt(ctx, () => {
        s = readlinkSync(nameConv(ctx, name), { encoding: 'latin1' });
      });
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return s;
  },
  HB_FISDEVICE(ctx, h) {
    const fd = fsOsHandle(int(h));
    let tty = false;
    if (fd < 0) {
      setError(ctx, 6);
    } else {
      try {
        fstatSync(fd);
        tty = nodeTty().isatty(fd);
        if (tty) setIOError(ctx, null);
        else setError(ctx, 25);
      } catch (e) {
        setIOError(ctx, e);
      }
    }
    setFError(ctx, lastError(ctx));
    return tty;
  },
  HB_FSETDEVMODE(ctx, h, mode) {
    if (!isNum(h)) {
      setFError(ctx, 6);
      return -1;
    }
    // POSIX files have no text mode
    setError(ctx, int(mode) === FD_TEXT ? -1 : 0);
    setFError(ctx, lastError(ctx));
    return FD_BINARY;
  },
  HB_FTEMPCREATEEX(ctx, ref, dir, prefix, ext, attr) {
    const [h, name] = createTempEx(ctx, dir, prefix, ext, isNum(attr) ? int(attr) : 0);
    if (ref instanceof HbRef) ref.set(name);
    return h;
  },
};
