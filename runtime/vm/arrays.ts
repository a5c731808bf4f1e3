// Indexing: arr[i] and hash[key] reads and writes, @arr[i] references, and
// LOCAL a[n, m] dimensioned arrays, with Harbour's bound and argument errors.

import type { Thread } from './thread.js';
import { HASH_AUTOADD_ACCESS, HASH_AUTOADD_ASSIGN, HbHash, HbNum, HbObject, HbRef, type Value } from '../values/types.js';
import { hashAddDefault, hashFind, hashSet, isValidKey } from '../hash.js';
import { makeError, launch, launchSubst } from '../errors/launch.js';
import { EF_CANSUBSTITUTE, EF_NONE } from '../errors/error.js';

/** An integer array position from a numeric index (decimals truncate), or NaN. */
export function position(i: Value): number {
  if (typeof i === 'number') return Math.trunc(i);
  if (i instanceof HbNum) return Math.trunc(i.n);
  return NaN;
}

function boundError(ctx: Thread, sub: number, args: Value[]): Value {
  launch(ctx, makeError(ctx, { genCode: 2, subCode: sub, operation: sub === 1132 ? 'array access' : 'array assign', args, flags: EF_NONE }));
  return undefined;
}

function argError(ctx: Thread, sub: number, args: Value[], subst: boolean): Value {
  const err = makeError(ctx, { genCode: 1, subCode: sub, operation: sub === 1068 ? 'array access' : 'array assign', args, flags: subst ? EF_CANSUBSTITUTE : EF_NONE });
  if (subst) return launchSubst(ctx, err);
  launch(ctx, err);
  return undefined;
}

/**
 * hb_ArrayToParams( a ) in an argument list: the elements of `a` are the
 * arguments; anything else is an argument error and stays one argument.
 */
export function arrayParams(ctx: Thread, a: Value): Value[] {
  if (Array.isArray(a)) return a;
  launch(ctx, makeError(ctx, { genCode: 1, subCode: 1068, operation: 'array access', args: [a], flags: EF_NONE }));
  return [a];
}

export function aGet(ctx: Thread, a: Value, i: Value): Value {
  if (Array.isArray(a)) {
    const n = position(i);
    if (n >= 1 && n <= a.length) return a[n - 1];
    if (Number.isNaN(n)) return argError(ctx, 1068, [a, i], true);
    return boundError(ctx, 1132, [a, i]);
  }
  if (a instanceof HbHash) {
    const p = hashFind(a, i);
    if (p >= 0) return a.values[p];
    if (a.flags & HASH_AUTOADD_ACCESS && isValidKey(i)) return a.values[hashAddDefault(a, i)];
    return boundError(ctx, 1132, [a, i]);
  }
  if (a instanceof HbObject) {
    const r = ctx.vm.operators.index(ctx, a, i);
    if (r !== NO_OVERLOAD) return r;
  }
  return argError(ctx, 1068, [a, i], false);
}

export function aSet(ctx: Thread, a: Value, i: Value, v: Value): Value {
  if (Array.isArray(a)) {
    const n = position(i);
    if (n >= 1 && n <= a.length) {
      a[n - 1] = v;
      return v;
    }
    if (Number.isNaN(n)) return argError(ctx, 1069, [i], false);
    boundError(ctx, 1133, [i]);
    return v;
  }
  if (a instanceof HbHash) {
    const p = hashFind(a, i);
    if (p >= 0) a.values[p] = v;
    else if (a.flags & HASH_AUTOADD_ASSIGN && isValidKey(i)) hashSet(a, i, v);
    else boundError(ctx, 1133, [a, i, v]);
    return v;
  }
  if (a instanceof HbObject) {
    const r = ctx.vm.operators.indexAssign(ctx, a, i, v);
    if (r !== NO_OVERLOAD) return v;
  }
  argError(ctx, 1069, [i], false);
  return v;
}

/** @arr[i]: reads and writes element i of this array (or hash). */
export function elemRef(ctx: Thread, a: Value, i: Value): HbRef {
  return new HbRef(() => aGet(ctx, a, i), (v) => aSet(ctx, a, i, v));
}

/**
 * LOCAL a[3, 2] (and Array() compiled inline with -ko): nested arrays of
 * NILs. A dimension that is not numeric makes an empty array; a negative
 * one is BASE/1131 (no arguments) and stops there, leaving NIL.
 */
export function arrayDims(ctx: Thread, dims: Value[]): Value {
  const r = dimArray(ctx, dims, 0);
  return r === null ? undefined : r.a;
}

function dimArray(ctx: Thread, dims: Value[], level: number): { a: Value[]; ok: boolean } | null {
  const n = position(dims[level]);
  if (n < 0) {
    launch(ctx, makeError(ctx, { genCode: 2, subCode: 1131, operation: 'array dimension', args: undefined, flags: EF_NONE }));
    return null;
  }
  const a: Value[] = new Array(Number.isNaN(n) ? 0 : n).fill(undefined);
  if (level + 1 < dims.length) {
    // filled from the last element, as Harbour does; an error ends the filling
    for (let k = a.length - 1; k >= 0; k--) {
      const sub = dimArray(ctx, dims, level + 1);
      if (sub === null) return { a, ok: false };
      a[k] = sub.a;
      if (!sub.ok) return { a, ok: false };
    }
  }
  return { a, ok: true };
}

/** Returned by operator hooks when the object's class does not overload the operator. */
export const NO_OVERLOAD: unique symbol = Symbol('no overload');
