// ASort( aArray, [nStart], [nCount], [bOrder] ).
//
// Harbour sorts with a merge sort over element positions and then moves
// the elements into place once. The same steps are taken here, so a
// codeblock that orders inconsistently (or that resizes the array while
// it is being sorted) gives Harbour's result. Without a codeblock, values
// of one type compare naturally and mixed types order as Clipper's do:
// arrays, codeblocks, strings, logicals, dates, numbers, then the rest.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbObject, HbTimestamp, type Value } from '../runtime/values/types.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { strCmp } from '../runtime/values/compare.js';
import type { StdModule } from './registry.js';
import { deref, intVal, isNum, numVal } from './param.js';

type Less = (i: number, j: number) => boolean;

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
  if (isNum(a) && isNum(b)) return numVal(a) < numVal(b);
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

/** Merge sort of the positions in `pos` (in place), taking the right run's element only when it is less. */
function mergeSort(pos: number[], lo: number, n: number, less: Less, buf: number[]): void {
  if (n < 2) return;
  const n1 = n >> 1;
  const n2 = n - n1;
  mergeSort(pos, lo, n1, less, buf);
  mergeSort(pos, lo + n1, n2, less, buf);
  for (let i = 0; i < n1; i++) buf[i] = pos[lo + i];
  let i = 0;
  let j = lo + n1;
  const jEnd = lo + n;
  let out = lo;
  while (i < n1 && j < jEnd) {
    if (less(pos[j], buf[i])) pos[out++] = pos[j++];
    else pos[out++] = buf[i++];
  }
  while (i < n1) pos[out++] = buf[i++];
}

/** Whether the elements to sort are all numbers (no NaN): any stable sort orders them as Harbour's does. */
function allNumbers(a: Value[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const x = a[i];
    const n = typeof x === 'number' ? x : x instanceof HbNum ? x.n : NaN;
    if (n !== n) return false;
  }
  return true;
}

/** Sort `count` elements of `a` from `start` (0-based). */
export function sortRange(ctx: Thread, a: Value[], start: number, count: number, block: Value): void {
  if (typeof block !== 'function' && allNumbers(a, start, start + count)) {
    // sort positions by their values read once into a typed array (ties keep their order)
    const keys = new Float64Array(count);
    for (let k = 0; k < count; k++) keys[k] = numVal(a[start + k] as number | HbNum);
    const order = new Uint32Array(count);
    for (let k = 0; k < count; k++) order[k] = k;
    order.sort((x, y) => keys[x] - keys[y] || x - y);
    const items = Array.from(order, (k) => a[start + k]);
    for (let k = 0; k < count; k++) a[start + k] = items[k];
    return;
  }
  let less: Less;
  if (typeof block === 'function') {
    less = (i, j) => {
      // the codeblock may have shrunk the array
      if (i >= a.length || j >= a.length) return false;
      return blockLess(block(ctx, a[i], a[j]));
    };
  } else {
    less = (i, j) => naturalLess(ctx, a[i], a[j]);
  }
  let order: number[] = new Array(count);
  for (let k = 0; k < count; k++) order[k] = start + k;
  mergeSort(order, 0, count, less, new Array(count >> 1));
  // positions past a shrunk array drop out
  if (start + count > a.length) order = order.filter((p) => p < a.length);
  const items = order.map((p) => a[p]);
  for (let k = 0; k < items.length; k++) a[start + k] = items[k];
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
