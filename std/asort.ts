// ASort( aArray, [nStart], [nCount], [bOrder] ).
//
// Harbour sorts with a merge sort over element positions and then moves
// the elements into place once. The same steps are taken here, so a
// codeblock that orders inconsistently (or that resizes the array while
// it is being sorted) gives Harbour's result. Without a codeblock, values
// of one type compare naturally and mixed types order as Clipper's do:
// arrays, codeblocks, strings, logicals, dates, numbers, then the rest.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbLong, HbNum, HbObject, HbTimestamp, type Block, type Value } from '../runtime/values/types.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { strCmp } from '../runtime/values/compare.js';
import { bigOf } from '../runtime/values/number.js';
import type { StdModule } from './registry.js';
import { deref, intVal, isNum, numVal } from './param.js';

/** Rank of a value among mismatched types (smaller sorts first). */
function typeRank(v: Value): number {
  if (Array.isArray(v) || v instanceof HbObject) return 1;
  if (typeof v === 'function') return 2;
  if (typeof v === 'string') return 3;
  if (typeof v === 'boolean') return 4;
  if (v instanceof HbDate || v instanceof HbTimestamp) return 5;
  if (typeof v === 'number' || v instanceof HbNum) return 6;
  return 7;
}

/** The natural order of two elements: whether `a` sorts before `b`. */
function naturalLess(ctx: Thread, a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    // without SET EXACT this is plain byte order (a longer string whose
    // start equals the other one is not less, nor is it greater)
    return ctx.sets.exact ? strCmp(ctx, a, b, false) < 0 : a < b;
  }
  if (isNum(a) && isNum(b)) {
    // two integers compare exactly, also past 2^53
    if (a instanceof HbLong || b instanceof HbLong) {
      const x = bigOf(a);
      const y = bigOf(b);
      if (x !== null && y !== null) return x < y;
    }
    return numVal(a) < numVal(b);
  }
  if (a instanceof HbTimestamp && b instanceof HbTimestamp) return a.jd === b.jd ? a.ms < b.ms : a.jd < b.jd;
  // a date against a timestamp compares the days only
  if ((a instanceof HbDate || a instanceof HbTimestamp) && (b instanceof HbDate || b instanceof HbTimestamp)) {
    return a.jd < b.jd;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return typeRank(a) < typeRank(b);
}

/** A codeblock's answer as a logical: .T./.F., a number (non-zero is .T.); anything else is .T. */
function blockLess(r: Value): boolean {
  if (typeof r === 'boolean') return r;
  if (isNum(r)) return numVal(r) !== 0;
  return true;
}

// Merge sorts of the positions in `pos` (in place), taking the right
// run's element only when it is less. One for each ordering, each calling
// its comparison directly: a callback would be a new closure per sort,
// and the compiled sort would be thrown away whenever another one came.

/** The merge sort by a codeblock: x goes before y when bOrder( x, y ) says so. */
function mergeByBlock(ctx: Thread, a: Value[], b: Block, pos: Int32Array, lo: number, n: number, buf: Int32Array): void {
  if (n < 2) return;
  const n1 = n >> 1;
  mergeByBlock(ctx, a, b, pos, lo, n1, buf);
  mergeByBlock(ctx, a, b, pos, lo + n1, n - n1, buf);
  for (let i = 0; i < n1; i++) buf[i] = pos[lo + i];
  let i = 0;
  let j = lo + n1;
  const jEnd = lo + n;
  let out = lo;
  while (i < n1 && j < jEnd) {
    const x = pos[j];
    const y = buf[i];
    // asked in Harbour's order; positions past an array the codeblock shrank are not less
    let less = false;
    if (x < a.length && y < a.length) {
      const r = b(ctx, a[x], a[y]);
      less = r === true || (r !== false && blockLess(r));
    }
    if (less) {
      pos[out++] = x;
      j++;
    } else {
      pos[out++] = y;
      i++;
    }
  }
  while (i < n1) pos[out++] = buf[i++];
}

/** The merge sort by the natural order of the elements. */
function mergeNatural(ctx: Thread, a: Value[], pos: Int32Array, lo: number, n: number, buf: Int32Array): void {
  if (n < 2) return;
  const n1 = n >> 1;
  mergeNatural(ctx, a, pos, lo, n1, buf);
  mergeNatural(ctx, a, pos, lo + n1, n - n1, buf);
  for (let i = 0; i < n1; i++) buf[i] = pos[lo + i];
  let i = 0;
  let j = lo + n1;
  const jEnd = lo + n;
  let out = lo;
  while (i < n1 && j < jEnd) {
    if (naturalLess(ctx, a[pos[j]], a[buf[i]])) pos[out++] = pos[j++];
    else pos[out++] = buf[i++];
  }
  while (i < n1) pos[out++] = buf[i++];
}

/** What the elements to sort all are: numbers (none NaN nor a 64-bit integer), strings, or a mix. */
const MIXED = 0;
const NUMBERS = 1;
const STRINGS = 2;

function kindOf(a: Value[], start: number, end: number): number {
  const first = a[start];
  if (typeof first === 'string') {
    for (let i = start + 1; i < end; i++) if (typeof a[i] !== 'string') return MIXED;
    return STRINGS;
  }
  for (let i = start; i < end; i++) {
    const x = a[i];
    if (typeof x === 'number') continue;
    if (!(x instanceof HbNum) || x instanceof HbLong || x.n !== x.n) return MIXED;
  }
  return NUMBERS;
}

/**
 * Numbers in a stable order (equal values keep their order, as Harbour's
 * merge sort keeps them). Integers, the common case, become the keys
 * value * count + position, which the engine's numeric sort orders without
 * calling back (exact while below 2^53); other values are sorted as
 * positions compared by value.
 */
function sortNumbers(a: Value[], start: number, count: number): void {
  const src = a.slice(start, start + count);
  const limit = Math.floor(2 ** 53 / count) - 1;
  const keys = new Float64Array(count);
  let k = 0;
  for (; k < count; k++) {
    const x = src[k] as number | HbNum;
    const n = typeof x === 'number' ? x : x.n;
    if (!Number.isInteger(n) || n > limit || n < -limit) break;
    keys[k] = n * count + k;
  }
  if (k === count) {
    keys.sort();
    for (k = 0; k < count; k++) {
      const c = keys[k];
      a[start + k] = src[c - Math.floor(c / count) * count];
    }
    return;
  }
  for (k = 0; k < count; k++) keys[k] = numVal(src[k]);
  const order = new Uint32Array(count);
  for (k = 0; k < count; k++) order[k] = k;
  order.sort((x, y) => keys[x] - keys[y] || x - y);
  for (k = 0; k < count; k++) a[start + k] = src[order[k]];
}

/** Sort `count` elements of `a` from `start` (0-based). */
export function sortRange(ctx: Thread, a: Value[], start: number, count: number, block: Value): void {
  const end = start + count;
  if (typeof block !== 'function') {
    const kind = kindOf(a, start, end);
    if (kind === NUMBERS) {
      sortNumbers(a, start, count);
      return;
    }
    if (kind === STRINGS && !ctx.sets.exact) {
      // byte order, a total order: any sort gives the merge sort's result
      // (equal strings are the same value)
      const part = a.slice(start, end) as string[];
      part.sort();
      for (let k = 0; k < count; k++) a[start + k] = part[k];
      return;
    }
  }
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = start + k;
  const buf = new Int32Array(count >> 1);
  if (typeof block === 'function') mergeByBlock(ctx, a, block as Block, order, 0, count, buf);
  else mergeNatural(ctx, a, order, 0, count, buf);
  // positions past a shrunk array drop out
  let n = count;
  const items: Value[] = new Array(count);
  if (end > a.length) {
    n = 0;
    for (let k = 0; k < count; k++) if (order[k] < a.length) items[n++] = a[order[k]];
  } else {
    for (let k = 0; k < count; k++) items[k] = a[order[k]];
  }
  for (let k = 0; k < n; k++) a[start + k] = items[k];
}

const ASORT = nativeProc('ASORT');

export const functions: StdModule = {
  ASORT(ctx, arr, startArg, countArg, block) {
    arr = deref(arr);
    if (!Array.isArray(arr)) return undefined;
    startArg = deref(startArg);
    countArg = deref(countArg);
    block = deref(block);
    const len = arr.length;
    const s = isNum(startArg) ? intVal(startArg) : 0;
    // a negative start or count is a huge unsigned size to Harbour
    const start = s < 0 ? Infinity : s >= 1 ? s : 1;
    if (start > len) return arr;
    const c = isNum(countArg) ? intVal(countArg) : 0;
    const count = c >= 1 && c <= len - start ? c : len - start + 1;
    if (count > 1) {
      const f = ctx.enter(ASORT);
      const sp = ctx.sp;
      sortRange(ctx, arr, start - 1, count, typeof block === 'function' ? block : undefined);
      if (ctx.sp === sp) ctx.leave(f);
    }
    return arr;
  },
};
