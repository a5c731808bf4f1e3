// Path helpers: hb_DirSepAdd/hb_DirSepDel/hb_DirSepToOS, hb_PathNormalize,
// hb_PathJoin, hb_DirBuild and hb_DirUnbuild, for a POSIX system ("/"
// separates directories, there are no drive letters).

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import { fsDirExists, fsFileExists, fsMkDir, fsRmDir } from './files-os.js';
import { fnameMerge, fnameSplit } from './files-name.js';
import type { StdModule } from './registry.js';

const PS = '/';
const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
/** Empty() of a string: nothing but blanks. */
const empty = (s: string): boolean => /^[ \t\r\n]*$/.test(s);

export function dirSepAdd(dir: string): string {
  return !empty(dir) && !dir.endsWith(PS) ? dir + PS : dir;
}

export function dirSepDel(dir: string): string {
  while (dir.length > 1 && dir.endsWith(PS) && dir !== PS + PS) dir = dir.slice(0, -1);
  return dir;
}

/** hb_PathNormalize: "." parts and "name/.." pairs removed, repeated separators merged. */
export function pathNormalize(path: string): string {
  if (empty(path)) return path;
  const a = path.split(PS);
  for (let i = a.length - 1; i >= 0; i--) {
    if (i >= a.length) continue;
    const d = a[i];
    const isLast = i === a.length - 1;
    const pos = i + 1;
    if (d === '.' || (empty(d) && !isLast && (pos > 2 || (pos === 2 && !empty(a[0]))))) {
      a.splice(i, 1);
    } else if (d !== '..' && !empty(d) && !isLast && a[i + 1] === '..') {
      a.splice(i, 2);
    }
  }
  const s = a.join(PS);
  return empty(s) ? '.' + PS : s;
}

export function pathJoin(ctx: Thread, base: Value, rel: Value): string {
  if (typeof rel !== 'string') return '';
  if (typeof base !== 'string' || empty(base)) return rel;
  const r = fnameSplit(rel, ctx);
  if ((r.drive !== undefined && !empty(r.drive)) || (r.path !== undefined && r.path.startsWith(PS))) return rel;
  const dirA = fnameSplit(base, ctx).path ?? '';
  if (empty(dirA)) return rel;
  return fnameMerge({ path: dirA + (r.path ?? ''), name: r.name, ext: r.ext }, ctx);
}

function dirBuild(ctx: Thread, dir: string): boolean {
  dir = pathNormalize(dir);
  if (fsDirExists(ctx, dir)) return true;
  dir = dirSepAdd(dir);
  let built = '';
  if (dir.startsWith(PS)) {
    built = PS;
    dir = dir.slice(1);
  }
  for (const item of dir.split(PS)) {
    if (!built.endsWith(PS) && built !== '') built += PS;
    if (item === '') continue;
    built += item;
    if (fsFileExists(ctx, built)) return false;
    if (!fsDirExists(ctx, built) && !fsMkDir(ctx, built)) return false;
  }
  return true;
}

function dirUnbuild(ctx: Thread, dir: string): boolean {
  if (!fsDirExists(ctx, dir)) return true;
  dir = dirSepDel(dir);
  while (!empty(dir)) {
    if (fsDirExists(ctx, dir) && !fsRmDir(ctx, dir)) return false;
    const p = dir.lastIndexOf(PS);
    if (p < 0) break;
    dir = dir.slice(0, p);
  }
  return true;
}

export const functions: StdModule = {
  HB_DIRSEPADD(_ctx, dir) {
    const d = deref(dir);
    return typeof d === 'string' ? dirSepAdd(d) : '';
  },
  HB_DIRSEPDEL(_ctx, dir) {
    const d = deref(dir);
    return typeof d === 'string' ? dirSepDel(d) : '';
  },
  HB_DIRSEPTOOS(_ctx, name) {
    const d = deref(name);
    return typeof d === 'string' ? d.replace(/\\/g, PS) : '';
  },
  HB_PATHNORMALIZE(_ctx, path) {
    const p = deref(path);
    return typeof p === 'string' ? pathNormalize(p) : '';
  },
  HB_PATHJOIN(ctx, base, rel) {
    return pathJoin(ctx, deref(base), deref(rel));
  },
  HB_DIRBUILD(ctx, dir) {
    const d = deref(dir);
    return typeof d === 'string' ? dirBuild(ctx, d) : false;
  },
  HB_DIRUNBUILD(ctx, dir) {
    const d = deref(dir);
    return typeof d === 'string' ? dirUnbuild(ctx, d) : false;
  },
};
