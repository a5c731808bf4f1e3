// File names of tables, memos and indexes: default extensions, and where a
// name without a directory is looked for (SET DEFAULT, then SET PATH for
// files that must exist), as Harbour's hb_fsExtName does.

import { existsSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';

const SET_PATH = 6;
const SET_DEFAULT = 7;
const SET_DEFEXTENSIONS = 109;

export interface FileName {
  dir: string;
  name: string;
  /** with the dot; '' when there is none */
  ext: string;
}

export function splitName(path: string): FileName {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dir = path.slice(0, slash + 1);
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return { dir, name: base, ext: '' };
  return { dir, name: base.slice(0, dot), ext: base.slice(dot) };
}

export function joinName(f: FileName): string {
  let dir = f.dir;
  if (dir !== '' && !dir.endsWith('/') && !dir.endsWith('\\')) dir += '/';
  return dir + f.name + f.ext;
}

/** `path` with `ext` when it has no extension of its own (and SET DEFEXTENSIONS is on). */
export function withDefaultExt(ctx: Thread, path: string, ext: string): string {
  const f = splitName(path);
  if (f.ext === '' && ctx.sets.get(SET_DEFEXTENSIONS) !== false) f.ext = ext;
  return joinName(f);
}

/** `path` with its extension replaced by `ext`. */
export function replaceExt(path: string, ext: string): string {
  const f = splitName(path);
  f.ext = ext;
  return joinName(f);
}

function setDirs(ctx: Thread, n: number): string[] {
  const v = ctx.sets.get(n);
  if (typeof v !== 'string' || v === '') return [];
  return v.split(/[;,]/).map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * The file a name refers to: names with a directory as they are; others in
 * SET DEFAULT, or (for files that must exist) the first SET PATH directory
 * holding them.
 */
export function resolvePath(ctx: Thread, path: string, forCreate: boolean): string {
  const f = splitName(path);
  if (f.dir !== '') return path;
  const def = ctx.sets.get(SET_DEFAULT);
  const defDir = typeof def === 'string' ? def : '';
  const inDefault = joinName({ ...f, dir: defDir });
  if (forCreate || existsSync(inDefault)) return inDefault;
  for (const d of setDirs(ctx, SET_PATH)) {
    const p = joinName({ ...f, dir: d });
    if (existsSync(p)) return p;
  }
  return inDefault;
}
