// Array functions: Array, AAdd, ASize, ATail, AIns, ADel, AFill, AScan,
// hb_AScan, hb_RAScan, hb_AIns, hb_ADel, AEval, ACopy, AClone.
//
// To these functions, as to Harbour's, an object is an array of its
// instance variables (AAdd(), ASize(), AFill() ... work on them), except
// where Clipper refuses objects (ACopy, AClone, ASort).
//
// Positions and counts are read as Harbour reads them: a missing or
// non-numeric one is 0, and a negative one, converted to an unsigned size,
// counts as huge.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbHash, HbLong, HbNum, HbObject, HbPointer, HbTimestamp, type Block, type Value } from '../runtime/values/types.js';
import { nativeProc, type ProcInfo } from '../runtime/vm/frame.js';
import { strCmp } from '../runtime/values/compare.js';
import type { StdModule } from './registry.js';
import { EG_BOUND, baseArgs, deref, intVal, isNum, numVal, plainError, substError } from './param.js';
import { cloneValue } from '../runtime/classes/clone.js';
import { reserveElements } from '../runtime/errors/memory.js';

/** The elements of an array, or of an object's instance variables; undefined for anything else. */
export function elementsOf(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof HbObject) return v.vars;
  return undefined;
}

/** A size argument as C's HB_SIZE: negative numbers wrap to huge ones. */
function sizeArg(v: Value): number {
  const n = intVal(v);
  return n < 0 ? Number.MAX_SAFE_INTEGER : n;
}

/**
 * Arrays up to this size are grown by appending: the engine then keeps
 * their elements packed (no holes to check on every read). Larger ones are
 * faster to make with fill.
 */
const PACKED_MAX = 4096;

/** Resize in place, new elements NIL (hb_arraySize). */
export function resize(a: Value[], n: number): void {
  const old = a.length;
  if (n > old && n - old <= PACKED_MAX) {
    // appended: a packed array stays packed (see PACKED_MAX)
    for (let i = old; i < n; i++) a.push(undefined);
    return;
  }
  a.length = n;
  if (n > old) a.fill(undefined, old, n);
}

// ---- AScan ------------------------------------------------------------------

/**
 * The element test AScan() applies for a value that is not a codeblock,
 * or null when nothing can match it (objects, codeblocks, and arrays or
 * hashes unless the comparison is exact).
 */
export function scanMatcher(ctx: Thread, v: Value, exact: boolean): ((x: Value) => boolean) | null {
  switch (typeof v) {
    case 'string': return (x) => typeof x === 'string' && strCmp(ctx, x, v, exact) === 0;
    case 'number': return (x) => isNum(x) && numVal(x) === v;
    case 'boolean': return (x) => x === v;
    case 'undefined': return (x) => x === undefined;
  }
  if (v instanceof HbLong) {
    // a 64-bit integer: exact against integers, against doubles when both
    // the truncated and the double value agree
    const big = v.big;
    const d = v.n;
    return (x) => x instanceof HbLong ? x.big === big : x instanceof HbNum && x.n === d && BigInt(x.n) === big;
  }
  if (isNum(v)) {
    const n = v.n;
    return (x) => isNum(x) && numVal(x) === n;
  }
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    const ms = v instanceof HbTimestamp ? v.ms : 0;
    return exact
      ? (x) => (x instanceof HbDate || x instanceof HbTimestamp) && x.jd === v.jd && (x instanceof HbTimestamp ? x.ms : 0) === ms
      : (x) => (x instanceof HbDate || x instanceof HbTimestamp) && x.jd === v.jd;
  }
  if (v instanceof HbPointer) return (x) => x instanceof HbPointer && x.target === v.target;
  if (exact && (Array.isArray(v) || v instanceof HbHash)) return (x) => x === v;
  if (exact && v instanceof HbObject) return (x) => x === v;
  return null;
}

const ASCAN = nativeProc('ASCAN');
const HB_ASCAN = nativeProc('HB_ASCAN');
const HB_RASCAN = nativeProc('HB_RASCAN');
const AEVAL = nativeProc('AEVAL');

/**
 * AScan( a, x, [nStart], [nCount] ): the position of the first element
 * from nStart (1-based) matching x, or for which the codeblock x returns
 * .T.; 0 when none.
 */
function scan(
  ctx: Thread, arr: Value, value: Value, startArg: Value, countArg: Value, argc: number, exact: boolean, proc: ProcInfo,
): number {
  const a = elementsOf(deref(arr));
  // no value to look for (not even NIL): nothing matches
  if (a === undefined || argc < 3) return 0;
  const v = deref(value);
  startArg = deref(startArg);
  countArg = deref(countArg);
  const len = a.length;
  let start = isNum(startArg) ? sizeArg(startArg) : 0;
  start = start > 0 ? start - 1 : 0;
  if (start >= len) return 0;
  let count = len - start;
  if (isNum(countArg)) {
    const c = sizeArg(countArg);
    if (c < count) count = c;
  }
  if (count <= 0) return 0;
  // each kind of search in a function of its own: the loop of one is
  // compiled for the values it meets and not thrown away when another
  // kind of search comes
  if (typeof v === 'function') return scanBlock(ctx, a, v as Block, start, count, proc);
  const end = start + count;
  // a plain integer, or a numeric with decimals (what % and / give):
  // equal values match whatever their width and decimals
  if (typeof v === 'number') return scanNumber(a, v, start, end);
  if (v instanceof HbNum && !(v instanceof HbLong)) return scanNumber(a, v.n, start, end);
  if (typeof v === 'string') return scanString(ctx, a, v, start, end, exact);
  const test = scanMatcher(ctx, v, exact);
  if (test === null) return 0;
  for (let i = start; i < end; i++) if (test(a[i])) return i + 1;
  return 0;
}

/** AScan() with a codeblock: the first element for which it returns .T. */
function scanBlock(ctx: Thread, a: Value[], b: Block, start: number, count: number, proc: ProcInfo): number {
  const f = ctx.enter(proc);
  const sp = ctx.sp;
  let found = 0;
  do {
    const r = b(ctx, a[start], ++start);
    if (r === true) {
      found = start;
      break;
    }
  } while (--count > 0 && start < a.length);
  if (ctx.sp === sp) ctx.leave(f);
  return found;
}

/** The first numeric element equal to `n` in a[start, end). */
function scanNumber(a: Value[], n: number, start: number, end: number): number {
  // a whole number as a small integer: the loop then compares integers
  // (a value computed as a double may be held as one)
  if ((n | 0) === n) n |= 0;
  // (two tests: the plain comparison alone in the first measured faster)
  for (let i = start; i < end; i++) {
    const x = a[i];
    if (x === n) return i + 1;
    if (typeof x !== 'number' && x instanceof HbNum && x.n === n) return i + 1;
  }
  return 0;
}

/** The first string element equal to `v` in a[start, end): starting with it, unless exact. */
function scanString(ctx: Thread, a: Value[], v: string, start: number, end: number, exact: boolean): number {
  if (!exact && !ctx.sets.exact) {
    for (let i = start; i < end; i++) {
      const x = a[i];
      if (typeof x === 'string' && x.startsWith(v)) return i + 1;
    }
    return 0;
  }
  for (let i = start; i < end; i++) {
    const x = a[i];
    if (typeof x === 'string' && strCmp(ctx, x, v, exact) === 0) return i + 1;
  }
  return 0;
}

/** hb_RAScan(): the same test, from nStart (default: the last element) backwards. */
function rscan(ctx: Thread, arr: Value, value: Value, startArg: Value, countArg: Value, argc: number, exact: boolean): number {
  const a = elementsOf(deref(arr));
  if (a === undefined || argc < 3) return 0;
  const v = deref(value);
  startArg = deref(startArg);
  countArg = deref(countArg);
  const len = a.length;
  const s = isNum(startArg) ? sizeArg(startArg) : 0;
  let start = s > 0 ? s - 1 : len - 1;
  if (start < 0 || start >= len) return 0;
  let count = start + 1;
  if (isNum(countArg)) {
    const c = sizeArg(countArg);
    if (c < count) count = c;
  }
  if (count <= 0) return 0;
  if (typeof v === 'function') {
    const f = ctx.enter(HB_RASCAN);
    const sp = ctx.sp;
    let found = 0;
    do {
      const r = v(ctx, start < a.length ? a[start] : undefined, start + 1);
      if (r === true) {
        found = start + 1;
        break;
      }
    } while (--count > 0 && start-- > 0);
    if (ctx.sp === sp) ctx.leave(f);
    return found;
  }
  const test = scanMatcher(ctx, v, exact);
  if (test === null) return 0;
  for (let i = start; count > 0; i--, count--) if (test(a[i])) return i + 1;
  return 0;
}

// ---- AIns / ADel ------------------------------------------------------------

/** Insert a NIL at position `pos` (1-based), dropping the last element. */
function insertAt(a: Value[], pos: number): boolean {
  const len = a.length;
  if (pos < 1 || pos > len) return false;
  for (let i = len - 1; i >= pos; i--) a[i] = a[i - 1];
  a[pos - 1] = undefined;
  return true;
}

/** Remove the element at `pos` (1-based), a NIL taking the last place. */
function deleteAt(a: Value[], pos: number): boolean {
  const len = a.length;
  if (pos < 1 || pos > len) return false;
  for (let i = pos; i < len; i++) a[i - 1] = a[i];
  a[len - 1] = undefined;
  return true;
}

/** The position argument of AIns/ADel: 0 (or missing) means 1. */
function posArg(v: unknown): number {
  const n = intVal(deref(v));
  return n === 0 ? 1 : n;
}

// ---- Array() ----------------------------------------------------------------

function ragged(dims: number[], level: number): Value[] {
  const n = dims[level];
  if (level + 1 === dims.length && n <= PACKED_MAX) {
    // appended: packed (see PACKED_MAX)
    const a: Value[] = [];
    for (let i = 0; i < n; i++) a.push(undefined);
    return a;
  }
  const a: Value[] = new Array(n);
  if (level + 1 < dims.length) for (let i = 0; i < n; i++) a[i] = ragged(dims, level + 1);
  else a.fill(undefined);
  return a;
}

// ---- AClone -----------------------------------------------------------------

/** A copy of an array; nested arrays and hashes are copied too (cloneValue), other elements shared. */
function cloneArray(a: Value[]): Value[] {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x === 'object' && (Array.isArray(x) || x instanceof HbHash)) return cloneValue(a) as Value[];
  }
  return a.slice();
}

// ---- ACopy ------------------------------------------------------------------

function copy(src: Value[], dst: Value[], startArg: Value, countArg: Value, targetArg: Value): void {
  const srcLen = src.length;
  const dstLen = dst.length;
  const s = isNum(startArg) ? sizeArg(startArg) : 0;
  let start = s >= 1 ? s : 1;
  const t = isNum(targetArg) ? sizeArg(targetArg) : 0;
  let target = t >= 1 ? t : 1;
  if (start > srcLen || dstLen === 0) return;
  const c = isNum(countArg) ? sizeArg(countArg) : -1;
  let count = c >= 0 && c <= srcLen - start ? c : srcLen - start + 1;
  if (target > dstLen) target = dstLen;
  if (src === dst && start === target) return;
  if (count > dstLen - target) count = dstLen - target + 1;
  for (start--, target--; count > 0; count--) dst[target++] = src[start++];
}

export const functions: StdModule = {
  ARRAY(ctx) {
    const n = arguments.length - 1;
    if (n < 1) return undefined;
    const dims: number[] = [];
    for (let i = 1; i <= n; i++) {
      const d = deref(arguments[i]);
      if (!isNum(d)) return undefined;
      const size = intVal(d);
      if (size < 0) {
        plainError(ctx, 'ARRAY', 1131, baseArgs(arguments), EG_BOUND, 'array dimension');
        return undefined;
      }
      dims.push(size);
    }
    let count = 1;
    for (const d of dims) count *= d;
    reserveElements(ctx, count, 'ARRAY');
    return ragged(dims, 0);
  },
  AADD(ctx, a, v) {
    const arr = elementsOf(deref(a));
    if (arr === undefined) return substError(ctx, 'AADD', 1123, baseArgs(arguments));
    if (arguments.length < 3) {
      plainError(ctx, 'AADD', 1187, baseArgs(arguments), EG_BOUND);
      return undefined;
    }
    v = deref(v);
    arr.push(v);
    return v;
  },
  ASIZE(ctx, a, n) {
    const arr = elementsOf(deref(a));
    n = deref(n);
    if (arr === undefined || !isNum(n)) {
      plainError(ctx, 'ASIZE', 2023, baseArgs(arguments));
      return undefined;
    }
    const size = Math.max(intVal(n), 0);
    reserveElements(ctx, size - arr.length, 'ASIZE');
    resize(arr, size);
    return deref(a);
  },
  ATAIL(_ctx, a) {
    const arr = elementsOf(deref(a));
    return arr !== undefined && arr.length > 0 ? arr[arr.length - 1] : undefined;
  },
  AINS(_ctx, a, pos) {
    a = deref(a);
    const arr = elementsOf(a);
    if (arr === undefined) return undefined;
    insertAt(arr, posArg(pos));
    return a;
  },
  ADEL(_ctx, a, pos) {
    a = deref(a);
    const arr = elementsOf(a);
    if (arr === undefined) return undefined;
    deleteAt(arr, posArg(pos));
    return a;
  },
  HB_AINS(_ctx, a, pos, v, grow) {
    a = deref(a);
    const arr = elementsOf(a);
    if (arr === undefined) return undefined;
    const p = posArg(pos);
    if (deref(grow) === true && p >= 1 && p <= arr.length + 1) resize(arr, arr.length + 1);
    if (insertAt(arr, p) && deref(v) !== undefined) arr[p - 1] = deref(v);
    return a;
  },
  HB_ADEL(_ctx, a, pos, shrink) {
    a = deref(a);
    const arr = elementsOf(a);
    if (arr === undefined) return undefined;
    if (deleteAt(arr, posArg(pos)) && deref(shrink) === true) arr.length--;
    return a;
  },
  AFILL(ctx, a) {
    a = deref(a);
    const arr = elementsOf(a);
    if (arr === undefined) {
      plainError(ctx, 'AFILL', 6004, baseArgs(arguments));
      return undefined;
    }
    if (arguments.length < 3) return a;
    const v = deref(arguments[2]);
    const startArg = deref(arguments[3]);
    const countArg = deref(arguments[4]);
    let start = intVal(startArg);
    const count = intVal(countArg);
    // Clipper's rules: an explicit count of 0 or a negative start fill
    // nothing, a start of 0 is 1, a negative count means "to the end"
    // only from the first element
    if (isNum(countArg) && count === 0) return a;
    if (start < 0) return a;
    if (start === 0) start = 1;
    if (count < 0 && start !== 1) return a;
    const from = isNum(startArg) ? start - 1 : 0;
    if (from >= arr.length) return a;
    let n = arr.length - from;
    if (isNum(countArg) && count >= 0 && count < n) n = count;
    for (let i = from; i < from + n; i++) arr[i] = v;
    return a;
  },
  // in an argument list the compiler spreads the elements instead (arrayParams)
  HB_ARRAYTOPARAMS(_ctx, a) {
    const arr = deref(a);
    return Array.isArray(arr) ? arr[arr.length - 1] : undefined;
  },
  // (named parameters: reading past the arguments passed is slow in V8)
  ASCAN(ctx, a, v, start, count) {
    return scan(ctx, a, v, start, count, arguments.length, false, ASCAN);
  },
  HB_ASCAN(ctx, a, v, start, count, exact) {
    return scan(ctx, a, v, start, count, arguments.length, deref(exact) === true, HB_ASCAN);
  },
  HB_RASCAN(ctx, a, v, start, count, exact) {
    return rscan(ctx, a, v, start, count, arguments.length, deref(exact) === true);
  },
  AEVAL(ctx, a, b, startArg, countArg) {
    a = deref(a);
    b = deref(b);
    const arr = elementsOf(a);
    if (arr === undefined || typeof b !== 'function') {
      plainError(ctx, 'AEVAL', 2017, baseArgs(arguments));
      return undefined;
    }
    startArg = deref(startArg);
    countArg = deref(countArg);
    const s = isNum(startArg) ? sizeArg(startArg) : 0;
    let start = s > 0 ? s - 1 : 0;
    if (start >= arr.length) return a;
    let count = arr.length - start;
    if (isNum(countArg)) {
      const c = sizeArg(countArg);
      if (c < count) count = c;
    }
    if (count <= 0) return a;
    const block = b as Block;
    const f = ctx.enter(AEVAL);
    const sp = ctx.sp;
    do {
      block(ctx, arr[start], start + 1);
    } while (--count > 0 && ++start < arr.length);
    if (ctx.sp === sp) ctx.leave(f);
    return a;
  },
  ACOPY(_ctx, src, dst, start, count, target) {
    src = deref(src);
    dst = deref(dst);
    const s = elementsOf(src);
    const d = elementsOf(dst);
    if (s === undefined || d === undefined) return undefined;
    if (Array.isArray(src) && Array.isArray(dst)) copy(s, d, deref(start), deref(count), deref(target));
    return dst;
  },
  ACLONE(_ctx, a) {
    a = deref(a);
    return Array.isArray(a) ? cloneArray(a) : undefined;
  },
};
