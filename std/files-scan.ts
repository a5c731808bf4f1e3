// Functions over whole directory trees and file masks: hb_DirScan (a
// recursive listing, names carrying their path below the start folder),
// hb_DirRemoveAll, hb_FileDelete, and hb_PathRelativize. They work the way
// Harbour's PRG versions do, through the hb_vf* operations, and leave
// FError() as the last of those left it.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import { fsDelete, fsDirExists, fsRmDir, ioErrors, lastError } from './files-os.js';
import { directory } from './files-dir.js';
import { fnmatch } from './files-find.js';
import { fnameMerge, fnameSplit } from './files-name.js';
import { dirSepAdd, dirSepDel, pathJoin } from './files-path.js';
import type { StdModule } from './registry.js';

const PS = '/';
const NAME = 0;
const ATTR = 4;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
/** Empty() of a string: nothing but blanks. */
const blank = (s: string): boolean => /^[ \t\r\n]*$/.test(s);

function syncFError(ctx: Thread): void {
  ioErrors(ctx).fError = lastError(ctx);
}

function vfDirectory(ctx: Thread, spec: string, attrs: string): Value[][] {
  const d = directory(ctx, spec, attrs, true);
  syncFError(ctx);
  return d;
}

/** hb_vfDirExists: leaves FError() 0 whatever the outcome. */
function vfDirExists(ctx: Thread, name: string): boolean {
  const ok = fsDirExists(ctx, name);
  ioErrors(ctx).fError = 0;
  return ok;
}

function vfErase(ctx: Thread, name: string): boolean {
  const ok = fsDelete(ctx, name);
  syncFError(ctx);
  return ok;
}

const isDots = (name: string): boolean => name === '.' || name === '..' || name === '';

function scan(ctx: Thread, path: string, mask: string, attrs: string): Value[][] {
  const out: Value[][] = [];
  for (const f of vfDirectory(ctx, path + '*', attrs + 'D')) {
    const name = f[NAME] as string;
    const match = fnmatch(mask, name);
    if ((f[ATTR] as string).includes('D')) {
      if (match && attrs.includes('D')) out.push(f);
      if (!isDots(name)) {
        for (const x of scan(ctx, path + name + PS, mask, attrs)) {
          x[NAME] = name + PS + (x[NAME] as string);
          out.push(x);
        }
      }
    } else if (match) {
      out.push(f);
    }
  }
  return out;
}

function removeAll(ctx: Thread, dir: string): boolean {
  if (blank(dir) || !vfDirExists(ctx, dir)) return true;
  const path = dirSepAdd(dirSepDel(dir));
  for (const f of vfDirectory(ctx, path + '*', 'HSDL')) {
    const name = f[NAME] as string;
    const attr = f[ATTR] as string;
    if (attr.includes('D') && !attr.includes('L')) {
      if (!isDots(name) && !removeAll(ctx, path + name)) return false;
    } else if (!vfErase(ctx, path + name)) {
      return false;
    }
  }
  const ok = fsRmDir(ctx, dir);
  syncFError(ctx);
  return ok;
}

function fileDelete(ctx: Thread, mask: Value, attrs: Value): boolean {
  if (typeof mask !== 'string' || blank(mask) || vfDirExists(ctx, mask)) return false;
  const path = fnameSplit(mask, ctx).path ?? '';
  const attrMask = (typeof attrs === 'string' ? attrs : '').split('D').join('') + 'L';
  let any = false;
  for (const f of vfDirectory(ctx, mask, attrMask)) {
    if (vfErase(ctx, path + (f[NAME] as string))) any = true;
  }
  return any;
}

// ---- hb_PathRelativize -------------------------------------------------------

/** The directory parts of a path (hb_ATokens of its directory) and its file name, if any. */
function pathParts(ctx: Thread, path: string): [string[], string | undefined] {
  const f = fnameSplit(path, ctx);
  const name = f.name ?? '';
  const ext = f.ext ?? '';
  return [(f.path ?? '').split(PS), name !== '' || ext !== '' ? name + ext : undefined];
}

function fromParts(parts: string[], from: number, fileName: string | undefined, prefix: string): string {
  const to = parts.length;
  if (from > to || to < 1) return '';
  if (from < 1) from = 1;
  let dir = '';
  for (let i = from; i <= to; i++) {
    dir += parts[i - 1];
    if (from < to) dir += PS;
  }
  return fnameMerge({ path: dirSepDel(dirSepAdd(prefix) + dir), name: fileName });
}

function pathRelativize(ctx: Thread, base: Value, target: Value, force: Value): string {
  if (typeof base !== 'string' || typeof target !== 'string') return '';
  const dirBase = ctx.vm.syms.func('HB_DIRBASE').fn(ctx);
  const pathBase = pathJoin(ctx, dirBase, dirSepAdd(base));
  const pathTarget = pathJoin(ctx, dirBase, target);
  const [aBase] = pathParts(ctx, pathBase);
  const [aTarget, fileName] = pathParts(ctx, pathTarget);
  let i = 1;
  let testBase = '';
  let testTarget = '';
  while (i <= aTarget.length && i <= aBase.length) {
    testBase += aBase[i - 1];
    testTarget += aTarget[i - 1];
    if (!fnmatch(testTarget, testBase)) break;
    i++;
  }
  if (i > aTarget.length && i > aBase.length) i--;
  if (i === aBase.length) return fromParts(aTarget, i, fileName, '');
  if (typeof force !== 'boolean' || force) {
    const rel = fromParts(aTarget, i, fileName, ('..' + PS).repeat(Math.max(0, aBase.length - i)));
    if (fsDirExists(ctx, pathBase + rel)) return rel;
  }
  return pathTarget;
}

export const functions: StdModule = {
  HB_DIRSCAN(ctx, path, mask, attrs) {
    const p = deref(path);
    const m = deref(mask);
    const a = deref(attrs);
    return scan(ctx, dirSepAdd(typeof p === 'string' ? p : ''), typeof m === 'string' ? m : '*', typeof a === 'string' ? a : '');
  },
  HB_DIRREMOVEALL(ctx, dir) {
    const d = deref(dir);
    if (typeof d === 'string') return removeAll(ctx, d);
    // hb_vfDirExists() of anything else (not empty) fails with FError() 2
    if (d !== undefined && d !== 0 && d !== false) ioErrors(ctx).fError = 2;
    return true;
  },
  HB_FILEDELETE(ctx, mask, attrs) {
    return fileDelete(ctx, deref(mask), deref(attrs));
  },
  HB_PATHRELATIVIZE(ctx, base, target, force) {
    return pathRelativize(ctx, deref(base), deref(target), deref(force));
  },
};

