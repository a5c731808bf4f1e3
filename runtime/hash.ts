// The core of Harbour hashes: key identity, lookup, insertion and removal,
// keeping insertion order (Harbour's default "keep order" hashes). One JS
// Map indexes every key: strings and numbers as themselves (a Map keeps
// "1" and 1 apart), dates and timestamps (one key space) and pointers as
// NUL-tagged strings.

import {
  HASH_IGNORECASE, HbDate, HbHash, HbNum, HbPointer, HbTimestamp, type Value,
} from './values/types.js';

/** A hash key's identity, or undefined when the value cannot be a key. */
export function hashKey(h: HbHash, k: Value): string | number | undefined {
  if (typeof k === 'string') {
    const s = h.flags & HASH_IGNORECASE ? asciiUpper(k) : k;
    // tagged keys below start with NUL; a string that does too gets one more
    return s.charCodeAt(0) === 0 ? '\0' + s : s;
  }
  if (typeof k === 'number') return k;
  if (k instanceof HbNum) return k.n;
  // a date is the same key as the timestamp of its midnight
  if (k instanceof HbDate) return '\0T' + k.jd * 86400000;
  if (k instanceof HbTimestamp) return '\0T' + (k.jd * 86400000 + k.ms);
  if (k instanceof HbPointer) return '\0P' + pointerId(k);
  return undefined;
}

const pointerIds = new WeakMap<object, number>();
let nextPointerId = 1;
function pointerId(p: HbPointer): number {
  let id = pointerIds.get(p);
  if (id === undefined) {
    id = nextPointerId++;
    pointerIds.set(p, id);
  }
  return id;
}

/** Case folding of case-insensitive hashes: ASCII letters only. */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

export function isValidKey(k: Value): boolean {
  return typeof k === 'string' || typeof k === 'number' || k instanceof HbNum || k instanceof HbDate
    || k instanceof HbTimestamp || k instanceof HbPointer;
}

/** Position of `k` in the hash (0-based), or -1. */
export function hashFind(h: HbHash, k: Value): number {
  const key = hashKey(h, k);
  if (key === undefined) return -1;
  return h.index.get(key) ?? -1;
}

export function hashSet(h: HbHash, k: Value, v: Value): void {
  const key = hashKey(h, k);
  if (key === undefined) return;
  const i = h.index.get(key);
  if (i !== undefined) {
    h.values[i] = v;
  } else {
    h.index.set(key, h.keys.length);
    h.keys.push(k);
    h.values.push(v);
  }
}

export function hashDelAt(h: HbHash, pos: number): void {
  h.keys.splice(pos, 1);
  h.values.splice(pos, 1);
  rebuildIndex(h);
}

export function rebuildIndex(h: HbHash): void {
  h.index.clear();
  for (let i = 0; i < h.keys.length; i++) {
    const key = hashKey(h, h.keys[i]);
    if (key !== undefined) h.index.set(key, i);
  }
}

export function newHash(keys: Value[], values: Value[]): HbHash {
  const h = new HbHash();
  for (let i = 0; i < keys.length; i++) hashSet(h, keys[i], values[i]);
  return h;
}
