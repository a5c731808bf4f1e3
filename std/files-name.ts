// File names: splitting into path, name and extension and merging them
// back (hb_fsFNameSplit/Merge on a POSIX system, where only "/" separates
// directories and a drive is whatever precedes a ":" in the path), the
// hb_FName*() functions, hb_ps() and friends, and the SET DEFAULT / SET PATH
// search that file-opening functions apply.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';

const SET_PATH = 6;
const SET_DEFAULT = 7;
const SET_DIRSEPARATOR = 104;
const MAX_DRIVE = 10;

export interface FName {
  path?: string;
  name?: string;
  ext?: string;
  drive?: string;
}

function isSep(ch: string, dirSep: string): boolean {
  return ch === '/' || ch === dirSep;
}

function dirSeparator(ctx: Thread | null): string {
  const s = ctx?.sets.get(SET_DIRSEPARATOR);
  return typeof s === 'string' && s.length > 0 ? s[0] : '/';
}

/** hb_fsFNameSplit: the parts of a file name; missing parts are undefined. */
export function fnameSplit(full: string, ctx: Thread | null = null): FName {
  const sep = dirSeparator(ctx);
  const r: FName = {};
  let rest = full;
  for (let i = full.length - 1; i >= 0; i--) {
    if (isSep(full[i], sep)) {
      r.path = full.slice(0, i + 1);
      rest = full.slice(i + 1);
      break;
    }
  }
  let size = rest.length;
  for (let i = size - 1; i > 0; i--) {
    if (rest[i] === '.') {
      r.ext = rest.slice(i);
      size = i;
      break;
    }
  }
  if (size > 0) r.name = rest.slice(0, size);
  if (r.path !== undefined) {
    const p = r.path;
    for (let i = 0; i < MAX_DRIVE && i < p.length; i++) {
      if (p[i] === ':') {
        r.drive = p.slice(0, i);
        break;
      }
    }
  }
  return r;
}

/** hb_fsFNameMerge: path + separator (when needed) + name + extension (with its dot). */
export function fnameMerge(f: FName, ctx: Thread | null = null): string {
  const sep = dirSeparator(ctx);
  let name = f.name;
  if (name !== undefined && name !== '' && isSep(name[0], sep)) name = name.slice(1);
  let s = f.path ?? '';
  if (s !== '' && (name !== undefined || f.ext !== undefined) && !isSep(s[s.length - 1], sep)) s += '/';
  if (name !== undefined) s += name;
  if (f.ext !== undefined) {
    if (f.ext !== '' && f.ext[0] !== '.') s += '.';
    s += f.ext;
  }
  return s;
}

/** The directories of SET PATH, in order. */
export function setPathList(ctx: Thread): string[] {
  const p = ctx.sets.get(SET_PATH);
  return typeof p === 'string' && p !== '' ? p.split(':') : [];
}

/** The SET DEFAULT folder ('' for the current one). */
export function setDefault(ctx: Thread): string {
  const d = ctx.sets.get(SET_DEFAULT);
  return typeof d === 'string' ? d : '';
}

/**
 * hb_fsExtName: the name a file-opening function uses: the default
 * extension added when there is none, and, for a name without a path, the
 * SET DEFAULT folder or (when reading an existing file) the first SET PATH
 * folder that has it.
 */
export function extName(
  ctx: Thread, name: string, defExt: string | undefined, useDefaults: boolean, creating: boolean,
  exists: (path: string) => boolean,
): string {
  const f = fnameSplit(name, ctx);
  if (defExt !== undefined && f.ext === undefined) f.ext = defExt;
  if (f.path !== undefined || !useDefaults) return fnameMerge(f, ctx);
  const def = setDefault(ctx);
  const p = fnameMerge({ ...f, path: def }, ctx);
  if (exists(p)) return p;
  if (!creating) {
    for (const dir of setPathList(ctx)) {
      const p = fnameMerge({ ...f, path: dir }, ctx);
      if (exists(p)) return p;
    }
  }
  return fnameMerge({ ...f, path: def }, ctx);
}

const str = (v: Value): string => (typeof v === 'string' ? v : '');
const optStr = (v: Value): string | undefined => (typeof v === 'string' ? v : undefined);

function store(ref: Value, v: string | undefined): void {
  if (ref instanceof HbRef) ref.set(v ?? '');
}

export const functions: StdModule = {
  HB_FNAMESPLIT(ctx, full, path, name, ext, drive) {
    const f = fnameSplit(str(full), ctx);
    store(path, f.path);
    store(name, f.name);
    store(ext, f.ext);
    store(drive, f.drive);
    return undefined;
  },
  HB_FNAMEMERGE(ctx, path, name, ext) {
    return fnameMerge({ path: optStr(path), name: optStr(name), ext: optStr(ext) }, ctx);
  },
  HB_FNAMEDIR(ctx, full) {
    return fnameSplit(str(full), ctx).path ?? '';
  },
  HB_FNAMENAME(ctx, full) {
    return fnameSplit(str(full), ctx).name ?? '';
  },
  HB_FNAMEEXT(ctx, full) {
    return fnameSplit(str(full), ctx).ext ?? '';
  },
  HB_FNAMENAMEEXT(ctx, full) {
    const f = fnameSplit(str(full), ctx);
    return fnameMerge({ name: f.name, ext: f.ext }, ctx);
  },
  HB_FNAMEEXTSET(ctx, full, ext) {
    const f = fnameSplit(str(full), ctx);
    f.ext = optStr(ext);
    return fnameMerge(f, ctx);
  },
  HB_FNAMEEXTSETDEF(ctx, full, ext) {
    const f = fnameSplit(str(full), ctx);
    if (f.ext === undefined) f.ext = optStr(ext);
    return fnameMerge(f, ctx);
  },
  HB_PS() {
    return '/';
  },
  HB_OSPATHSEPARATOR() {
    return '/';
  },
  HB_OSPATHLISTSEPARATOR() {
    return ':';
  },
  HB_OSPATHDELIMITERS() {
    return '/';
  },
  HB_OSDRIVESEPARATOR() {
    return '';
  },
  HB_OSFILEMASK() {
    return '*';
  },
};
