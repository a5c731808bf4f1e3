// Whole-file reads and writes: MemoRead/MemoWrit (Clipper's, which drop and
// add the Chr(26) end-of-file mark), hb_MemoRead/hb_MemoWrit (bytes as they
// are), and __CopyFile (COPY FILE) with its open/create errors.

import { readFileSync, statSync, chmodSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import type { HbObject, Value } from '../runtime/values/types.js';
import { argErrorNoSubst, fileError, inNative, launch } from '../runtime/errors/launch.js';
import {
  FO_READ, FO_READWRITE, FO_TRUNC, FO_CREAT, fsClose, fsFileExists, fsOpen, fsRead, fsWrite, lastError, nameConv,
  setIOError,
} from './files-os.js';
import { extName } from './files-name.js';
import type { StdModule } from './registry.js';

const EOF_MARK = '\x1a';
const COPY_CHUNK = 65536;

/** hb_fileLoad: the bytes of a file, or null when it cannot be read. */
export function loadFile(ctx: Thread, name: string): string | null {
  try {
    const data = readFileSync(nameConv(ctx, name));
    setIOError(ctx, null);
    return data.toString('latin1');
  } catch (e) {
    setIOError(ctx, e);
    return null;
  }
}

/** Write a whole file (created or truncated); true when every byte was written. */
export function saveFile(ctx: Thread, name: string, data: string, eofMark: boolean): boolean {
  const h = fsOpen(ctx, name, FO_READWRITE | FO_CREAT | FO_TRUNC);
  if (h < 0) return false;
  const buf = Buffer.from(data, 'latin1');
  const ok = buf.length === 0 || fsWrite(ctx, h, buf) === buf.length;
  if (eofMark && ok) fsWrite(ctx, h, Buffer.from(EOF_MARK, 'latin1'));
  fsClose(ctx, h);
  return ok;
}

function memoRead(ctx: Thread, name: Value, dropEof: boolean): string {
  if (typeof name !== 'string') return '';
  const s = loadFile(ctx, name);
  if (s === null) return '';
  return dropEof && s.endsWith(EOF_MARK) ? s.slice(0, -1) : s;
}

function memoWrit(ctx: Thread, name: Value, data: Value, eofMark: boolean): boolean {
  if (typeof name !== 'string' || typeof data !== 'string') return false;
  return saveFile(ctx, name, data, eofMark);
}

/** Open with retries while the error handler asks for them; -1 when it defaults. */
function openRetrying(
  ctx: Thread, open: () => number, genCode: number, subCode: number, fileName: string,
): number {
  let err: HbObject | null = null;
  for (;;) {
    const h = open();
    if (h >= 0) return h;
    err = fileError(ctx, err, 'BASE', genCode, subCode, fileName, lastError(ctx));
    if (!launch(ctx, err)) return -1;
  }
}

function copyFile(ctx: Thread, src: string, dst: string): boolean {
  const exists = (p: string) => fsFileExists(ctx, p);
  const hs = openRetrying(ctx, () => fsOpen(ctx, extName(ctx, src, undefined, true, false, exists), FO_READ), 21, 2012, src);
  if (hs < 0) return false;
  const dstPath = extName(ctx, dst, undefined, true, true, exists);
  const hd = openRetrying(ctx, () => fsOpen(ctx, dstPath, FO_READWRITE | FO_CREAT | FO_TRUNC), 20, 2012, dst);
  if (hd < 0) {
    fsClose(ctx, hs);
    return false;
  }
  let ok = true;
  let err: HbObject | null = null;
  for (;;) {
    const data = fsRead(ctx, hs, COPY_CHUNK);
    if (data === null || data.length === 0) break;
    let off = 0;
    while (off < data.length) {
      const n = fsWrite(ctx, hd, data.subarray(off));
      off += n;
      if (off < data.length) {
        err = fileError(ctx, err, 'BASE', 24, 2016, dst, lastError(ctx));
        if (!launch(ctx, err)) {
          ok = false;
          break;
        }
      }
    }
    if (!ok) break;
  }
  fsClose(ctx, hd);
  fsClose(ctx, hs);
  if (ok) {
    try {
      chmodSync(nameConv(ctx, dstPath), statSync(nameConv(ctx, src)).mode & 0o7777);
    } catch {
      // the copy keeps default permissions
    }
  }
  return ok;
}

export const functions: StdModule = {
  MEMOREAD(ctx, name) {
    return memoRead(ctx, name, true);
  },
  HB_MEMOREAD(ctx, name) {
    return memoRead(ctx, name, false);
  },
  MEMOWRIT(ctx, name, data) {
    return memoWrit(ctx, name, data, true);
  },
  HB_MEMOWRIT(ctx, name, data) {
    return memoWrit(ctx, name, data, false);
  },
  __COPYFILE(ctx, ...args) {
    const [src, dst] = args;
    if (typeof src !== 'string' || typeof dst !== 'string') {
      argErrorNoSubst(ctx, '__COPYFILE', 2010, args);
      return undefined;
    }
    // Clipper returns .F. on failure and NIL on success
    return inNative(ctx, '__COPYFILE', () => copyFile(ctx, src, dst)) ? undefined : false;
  },
};
