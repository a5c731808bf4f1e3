// The core of Harbour hashes: key identity and order, lookup, insertion,
// removal, the flags that change how keys compare, and sorting.
//
// `keys`/`values` hold the pairs in their position order, which is what
// hb_HKeyAt(), hb_HPos() and FOR EACH see: insertion order for a "keep
// order" hash (Harbour's default), key order otherwise. One JS Map indexes
// the pairs by a normalised key: strings as themselves (upper-cased in a
// case-insensitive hash), numbers as themselves (a Map keeps "1" and 1
// apart), dates and timestamps in one key space and pointers as NUL-tagged
// strings.
//
// Key order (hb_HSort, hashes without keep order) is Harbour's: numbers,
// then pointers, then dates/timestamps, then strings; a binary hash orders
// strings by length first, a case-insensitive one ignores ASCII case.

import {
  HASH_BINARY, HASH_IGNORECASE, HASH_KEEPORDER, HASH_RESORT, HbDate, HbHash, HbNum, HbPointer, HbTimestamp, type Value,
} from './values/types.js';
import { cloneValue } from './classes/clone.js';

const MS_PER_DAY = 86400000;

/** Upper-case the ASCII letters of `s` (the key folding of case-insensitive hashes). */
function asciiUpper(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
  }
  return s;
}

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
  if (k instanceof HbDate) return '\0T' + k.jd * MS_PER_DAY;
  if (k instanceof HbTimestamp) return '\0T' + (k.jd * MS_PER_DAY + k.ms);
  if (k instanceof HbPointer) return '\0P' + pointerId(k);
  return undefined;
}

const pointerIds = new WeakMap<object, number>();
let nextPointerId = 1;
/** A stable number per pointer target: pointer keys compare by it. */
function pointerId(p: HbPointer): number {
  const t = p.target;
  if (typeof t !== 'object' || t === null) return 0;
  let id = pointerIds.get(t);
  if (id === undefined) {
    id = nextPointerId++;
    pointerIds.set(t, id);
  }
  return id;
}

export function isValidKey(k: Value): boolean {
  return typeof k === 'string' || typeof k === 'number' || k instanceof HbNum || k instanceof HbDate
    || k instanceof HbTimestamp || k instanceof HbPointer;
}

// ---- key order -------------------------------------------------------------

function cmpBytes(a: string, b: string, fold: boolean): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (fold) {
      if (x >= 97 && x <= 122) x -= 32;
      if (y >= 97 && y <= 122) y -= 32;
    }
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

const isNumKey = (k: Value): k is number | HbNum => typeof k === 'number' || k instanceof HbNum;
const isDateKey = (k: Value): k is HbDate | HbTimestamp => k instanceof HbDate || k instanceof HbTimestamp;

/** The order of two keys under the hash's flags: negative, 0 or positive. */
export function compareKeys(a: Value, b: Value, flags: number): number {
  if (typeof a === 'string') {
    if (typeof b !== 'string') return 1;
    if (flags & HASH_BINARY) {
      if (a.length !== b.length) return a.length < b.length ? -1 : 1;
      return cmpBytes(a, b, false);
    }
    return cmpBytes(a, b, (flags & HASH_IGNORECASE) !== 0);
  }
  if (isDateKey(a)) {
    if (isDateKey(b)) {
      if (a.jd !== b.jd) return a.jd < b.jd ? -1 : 1;
      const x = a instanceof HbTimestamp ? a.ms : 0;
      const y = b instanceof HbTimestamp ? b.ms : 0;
      return x === y ? 0 : x < y ? -1 : 1;
    }
    return typeof b === 'string' ? -1 : 1;
  }
  if (a instanceof HbPointer) {
    if (b instanceof HbPointer) return pointerId(a) - pointerId(b);
    return typeof b === 'string' || isDateKey(b) ? -1 : 1;
  }
  if (isNumKey(a) && isNumKey(b)) {
    const x = typeof a === 'number' ? a : a.n;
    const y = typeof b === 'number' ? b : b.n;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return -1;
}

/** Pair positions in key order (stable for keys that compare equal). */
export function sortedPositions(h: HbHash): number[] {
  const order = h.keys.map((_k, i) => i);
  const flags = h.flags;
  return order.sort((i, j) => compareKeys(h.keys[i], h.keys[j], flags) || i - j);
}

// ---- lookup and change -----------------------------------------------------

/**
 * A hash whose key comparison changed is sorted again (re-indexed when it
 * keeps order) at its next key lookup, as Harbour's hb_hashFind does:
 * until then its pairs stay where they were.
 */
function settle(h: HbHash): void {
  if ((h.flags & HASH_RESORT) === 0) return;
  h.flags &= ~HASH_RESORT;
  if (h.flags & HASH_KEEPORDER) rebuildIndex(h);
  else hashSort(h);
}

/** Position of `k` in the hash (0-based), or -1. */
export function hashFind(h: HbHash, k: Value): number {
  settle(h);
  const key = hashKey(h, k);
  if (key === undefined) return -1;
  return lookup(h, key, k);
}

/** The position of a key's pair, or -1: from the index, unless several pairs share the key. */
function lookup(h: HbHash, key: string | number, k: Value): number {
  if (h.shared !== null && h.shared.has(key)) return binaryFind(h, k);
  return h.index.get(key) ?? -1;
}

/**
 * Harbour's search over the pairs in key order: of the pairs that compare
 * equal to `k`, the one the halving meets first.
 */
function binaryFind(h: HbHash, k: Value): number {
  const order = sortedPositions(h);
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(h.keys[order[mid]], k, h.flags);
    if (c === 0) return order[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** The position a new key takes: the end, or its place in key order when the hash does not keep order. */
function insertPos(h: HbHash, k: Value): number {
  const n = h.keys.length;
  if (h.flags & HASH_KEEPORDER) return n;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(h.keys[mid], k, h.flags) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Add a new pair whose key is not in the hash yet; returns its position. */
function insertPair(h: HbHash, key: string | number, k: Value, v: Value): number {
  const pos = insertPos(h, k);
  if (pos === h.keys.length) {
    h.keys.push(k);
    h.values.push(v);
  } else {
    h.keys.splice(pos, 0, k);
    h.values.splice(pos, 0, v);
    for (const [nk, p] of h.index) if (p >= pos) h.index.set(nk, p + 1);
  }
  h.index.set(key, pos);
  return pos;
}

/** Store `v` under `k`, adding the pair if needed. */
export function hashSet(h: HbHash, k: Value, v: Value): void {
  settle(h);
  const key = hashKey(h, k);
  if (key === undefined) return;
  const i = lookup(h, key, k);
  if (i >= 0) h.values[i] = v;
  else insertPair(h, key, k, v);
}

/**
 * Add `k` with a copy of the hash's default value unless it is there (an
 * auto-added key); returns its position, or -1 when `k` cannot be a key.
 */
export function hashAddDefault(h: HbHash, k: Value): number {
  settle(h);
  const key = hashKey(h, k);
  if (key === undefined) return -1;
  const i = lookup(h, key, k);
  if (i >= 0) return i;
  return insertPair(h, key, k, h.defaultValue === undefined ? undefined : cloneValue(h.defaultValue));
}

export function hashDelAt(h: HbHash, pos: number): void {
  const key = hashKey(h, h.keys[pos]);
  h.keys.splice(pos, 1);
  h.values.splice(pos, 1);
  if (key !== undefined && h.shared !== null && h.shared.has(key)) {
    // another pair keeps the key: count the sharing again
    rebuildIndex(h);
    return;
  }
  if (key !== undefined && h.index.get(key) === pos) h.index.delete(key);
  for (const [nk, p] of h.index) if (p > pos) h.index.set(nk, p - 1);
}

export function hashDel(h: HbHash, k: Value): boolean {
  const i = hashFind(h, k);
  if (i < 0) return false;
  hashDelAt(h, i);
  return true;
}

export function hashClear(h: HbHash): void {
  h.keys.length = 0;
  h.values.length = 0;
  h.index.clear();
  h.shared = null;
}

export function rebuildIndex(h: HbHash): void {
  h.index.clear();
  h.shared = null;
  for (let i = 0; i < h.keys.length; i++) {
    const key = hashKey(h, h.keys[i]);
    if (key === undefined) continue;
    if (h.index.has(key)) (h.shared ??= new Set()).add(key);
    h.index.set(key, i);
  }
}

/** Put the pairs in key order (hb_HSort). */
export function hashSort(h: HbHash): void {
  h.flags &= ~HASH_RESORT;
  const order = sortedPositions(h);
  const keys = order.map((i) => h.keys[i]);
  const values = order.map((i) => h.values[i]);
  h.keys = keys;
  h.values = values;
  rebuildIndex(h);
}

/**
 * Change the hash's flags. A hash that stops keeping order puts its pairs
 * in key order at once; one whose keys compare differently is sorted (or
 * re-indexed) at its next key lookup (see settle()).
 */
export function hashSetFlags(h: HbHash, flags: number): void {
  const old = h.flags;
  h.flags = (flags & ~HASH_RESORT) | (old & HASH_RESORT);
  if (!(flags & HASH_KEEPORDER) && (old & HASH_KEEPORDER)) hashSort(h);
  else if (((old ^ flags) & (HASH_BINARY | HASH_IGNORECASE)) !== 0) h.flags |= HASH_RESORT;
}

/**
 * hb_HHasKey()'s position for a key that is not there: after the pair of
 * the nearest lower key (in key order), 0 when there is none.
 */
export function hashSoftPos(h: HbHash, k: Value): number {
  settle(h);
  const order = sortedPositions(h);
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(h.keys[order[mid]], k, h.flags) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  return h.flags & HASH_KEEPORDER ? order[lo - 1] + 1 : lo;
}

/** A hash literal {k => v, ...}: the pairs in order, a repeated key keeping its last value. */
export function newHash(keys: Value[], values: Value[]): HbHash {
  const h = new HbHash();
  for (let i = 0; i < keys.length; i++) hashSet(h, keys[i], values[i]);
  return h;
}
