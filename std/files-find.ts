// Finding files by wildcard mask (Harbour's hb_fsFindFirst/Next on a POSIX
// system): the directory part of the mask is listed and each name matched
// with fnmatch() rules; entries are filtered by attribute as DOS did
// (hidden, system, label and directory entries only when asked for).

import { lstatSync, opendirSync, statSync, type Stats } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import { nameConv, setIOError, setError } from './files-os.js';

// attribute bits (fileio.ch)
export const FA_READONLY = 0x01;
export const FA_HIDDEN = 0x02;
export const FA_SYSTEM = 0x04;
export const FA_LABEL = 0x08;
export const FA_DIRECTORY = 0x10;
export const FA_ARCHIVE = 0x20;
export const FA_DEVICE = 0x40;
export const FA_TEMPORARY = 0x100;
export const FA_SPARSE = 0x200;
export const FA_REPARSE = 0x400;
export const FA_COMPRESSED = 0x800;

// file types as Harbour reports them on POSIX systems
const FA_FILE = FA_ARCHIVE;
const FA_LINK = FA_REPARSE;

export interface FoundFile {
  name: string;
  size: number;
  attr: number;
  /** modification time, ms since the epoch */
  mtime: number;
}

/** The mode bits and file type of a stat result as Harbour attributes. */
export function attrFromStat(st: Stats): number {
  const m = st.mode;
  let a = 0;
  // permission bits live in 0x00010000 .. 0x08000000 (HB_FA_XOTH .. HB_FA_SUID)
  const perm = [0o1, 0o2, 0o4, 0o10, 0o20, 0o40, 0o100, 0o200, 0o400, 0o1000, 0o2000, 0o4000];
  for (let i = 0; i < perm.length; i++) if (m & perm[i]) a |= 0x10000 << i;
  if (st.isFile()) a |= FA_FILE;
  if (st.isDirectory()) a |= FA_DIRECTORY;
  if (st.isSymbolicLink()) a |= FA_LINK;
  if (st.isCharacterDevice()) a |= FA_COMPRESSED;
  if (st.isBlockDevice()) a |= FA_DEVICE;
  if (st.isFIFO()) a |= FA_TEMPORARY;
  if (st.isSocket()) a |= FA_SPARSE;
  return a;
}

/** "RHSADVL" letters of an attribute set, in Clipper's order. */
export function attrDecode(a: number): string {
  let s = '';
  if (a & FA_READONLY) s += 'R';
  if (a & FA_HIDDEN) s += 'H';
  if (a & FA_SYSTEM) s += 'S';
  if (a & FA_ARCHIVE) s += 'A';
  if (a & FA_DIRECTORY) s += 'D';
  if (a & FA_LABEL) s += 'V';
  if (a & FA_LINK) s += 'L';
  return s;
}

export function attrEncode(s: string): number {
  let a = 0;
  for (const ch of s.toUpperCase()) {
    switch (ch) {
      case 'R': a |= FA_READONLY; break;
      case 'H': a |= FA_HIDDEN; break;
      case 'S': a |= FA_SYSTEM; break;
      case 'A': a |= FA_ARCHIVE; break;
      case 'D': a |= FA_DIRECTORY; break;
      case 'V': a |= FA_LABEL; break;
      case 'L': a |= FA_LINK; break;
    }
  }
  return a;
}

/** fnmatch( pattern, name, FNM_PATHNAME ): *, ? and [...] classes, backslash escapes. */
export function fnmatch(pattern: string, name: string): boolean {
  return matchAt(pattern, 0, name, 0);
}

function matchAt(p: string, pi: number, s: string, si: number): boolean {
  while (pi < p.length) {
    const c = p[pi];
    if (c === '*') {
      while (p[pi] === '*') pi++;
      if (pi === p.length) return !s.includes('/', si);
      for (let k = si; k <= s.length; k++) {
        if (matchAt(p, pi, s, k)) return true;
        if (s[k] === '/') return false;
      }
      return false;
    }
    if (si >= s.length) return false;
    if (c === '?') {
      if (s[si] === '/') return false;
      pi++;
      si++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(p, pi);
      if (end > 0) {
        if (s[si] === '/' || !inClass(p.slice(pi + 1, end), s[si])) return false;
        pi = end + 1;
        si++;
        continue;
      }
    }
    let lit = c;
    if (c === '\\' && pi + 1 < p.length) lit = p[++pi];
    if (s[si] !== lit) return false;
    pi++;
    si++;
  }
  return si === s.length;
}

function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  while (i < p.length && p[i] !== ']') i++;
  return i < p.length ? i : -1;
}

function inClass(body: string, ch: string): boolean {
  let neg = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    neg = true;
    i = 1;
  }
  let hit = false;
  for (; i < body.length; i++) {
    const lo = body[i];
    if (body[i + 1] === '-' && i + 2 < body.length) {
      if (ch >= lo && ch <= body[i + 2]) hit = true;
      i += 2;
    } else if (ch === lo) {
      hit = true;
    }
  }
  return hit !== neg;
}

/**
 * The files matching `mask` (a path whose last part may hold wildcards)
 * that pass the attribute filter `attrMask`; records the OS error outcome.
 */
export function findFiles(ctx: Thread, mask: string, attrMask: number): FoundFile[] {
  const m = nameConv(ctx, mask);
  const slash = m.lastIndexOf('/');
  const dir = slash >= 0 ? m.slice(0, slash + 1) : './';
  const pattern = slash >= 0 ? m.slice(slash + 1) : m;
  if (pattern.startsWith('.')) attrMask |= FA_HIDDEN;
  const out: FoundFile[] = [];
  if (pattern === '') {
    setError(ctx, 2);
    return out;
  }
  // the entries in the order the file system keeps them (as readdir() gives them)
  const names: string[] = ['.', '..'];
  try {
    const d = opendirSync(dir, { encoding: 'latin1' });
    try {
      for (let e = d.readSync(); e !== null; e = d.readSync()) names.push(e.name);
    } finally {
      d.closeSync();
    }
  } catch (e) {
    setIOError(ctx, e);
    return out;
  }
  for (const name of names) {
    if (!fnmatch(pattern, name)) continue;
    const path = Buffer.from(dir + name, 'latin1');
    let st: Stats;
    let extra = 0;
    try {
      st = lstatSync(path);
      if (st.isSymbolicLink() && !(attrMask & FA_LINK)) {
        try {
          st = statSync(path);
        } catch {
          // a dangling link is listed as the link itself
        }
        extra |= FA_LINK;
      }
    } catch {
      continue;
    }
    if (name[0] === '.' && name !== '.' && name !== '..') extra |= FA_HIDDEN;
    const attr = attrFromStat(st) | extra;
    if ((attr & FA_HIDDEN && !(attrMask & FA_HIDDEN)) || (attr & FA_SYSTEM && !(attrMask & FA_SYSTEM)) ||
        (attr & FA_LABEL && !(attrMask & FA_LABEL)) || (attr & FA_DIRECTORY && !(attrMask & FA_DIRECTORY))) {
      continue;
    }
    out.push({ name, size: st.size, attr, mtime: st.mtimeMs });
  }
  if (out.length) setIOError(ctx, null);
  else setError(ctx, 2);
  return out;
}
