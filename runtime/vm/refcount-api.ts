// The functions code compiled in counting mode calls (see refcount.ts and
// compiler/codegen's counting mode): stores that count what they replace,
// the frame's entry and exit, the thread's return slot, statement ends.

import type { Thread } from './thread.js';
import type { VarSym } from './symbols.js';
import type { ThreadStatic } from './control.js';
import { tstatic } from './control.js';
import { HbHash, HbObject, HbRef, type Value } from '../values/types.js';
import { aGet, aSet, position } from './arrays.js';
import { hashFind, newHash } from '../hash.js';
import { box, type RefCounter } from './refcount.js';
import { enumSet, type Enumerator } from './enumerate.js';
import type { RcName } from '../../compiler/codegen/runtime-names.js';

const rcOf = (ctx: Thread): RefCounter => ctx.vm.rc!;

function owned(v: Value): boolean {
  const c = box(v);
  return c !== null && c.$st === 1;
}

function rcInc(ctx: Thread, v: Value): void {
  if (typeof v === 'object') rcOf(ctx).inc(ctx, v);
}

function rcDec(ctx: Thread, v: Value): void {
  if (typeof v === 'object') rcOf(ctx).dec(ctx, v);
}

/** A reference a frame or a loop held goes to a temporary (parameters, Self, WITH OBJECT). */
function rcDrop(ctx: Thread, v: Value): void {
  if (typeof v === 'object') rcOf(ctx).drop(ctx, v);
}

/** A variable that held `old` now holds `v`. */
function rcSet(ctx: Thread, old: Value, v: Value): Value {
  if (typeof v === 'object') rcOf(ctx).inc(ctx, v);
  if (typeof old === 'object') rcOf(ctx).dec(ctx, old);
  return v;
}

/** A parameter assigned: through its reference when it was passed by one (the target counts), else as a local. */
function rcRefSet(ctx: Thread, r: HbRef | undefined, old: Value, v: Value): Value {
  if (r !== undefined) r.set(v);
  else rcSet(ctx, old, v);
  return v;
}

/** arr[i] := v and hash[k] := v. */
function rcASet(ctx: Thread, a: Value, i: Value, v: Value): Value {
  if (!owned(a) || a instanceof HbObject) return aSet(ctx, a, i, v);
  if (Array.isArray(a)) {
    const n = position(i);
    if (!(n >= 1 && n <= a.length)) return aSet(ctx, a, i, v);
    const old = a[n - 1];
    a[n - 1] = v;
    return rcSet(ctx, old, v);
  }
  const h = a as HbHash;
  const p = hashFind(h, i);
  if (p >= 0) {
    const old = h.values[p];
    h.values[p] = v;
    return rcSet(ctx, old, v);
  }
  const len = h.values.length;
  aSet(ctx, a, i, v);
  if (h.values.length > len) rcInc(ctx, v);
  return v;
}

function rcElemRef(ctx: Thread, a: Value, i: Value): HbRef {
  return new HbRef(() => aGet(ctx, a, i), (v) => rcASet(ctx, a, i, v));
}

/** An array literal: it counts its elements from birth. */
function rcArr(ctx: Thread, a: Value[]): Value[] {
  for (let i = 0; i < a.length; i++) {
    if (box(a[i]) !== null) {
      rcOf(ctx).born(ctx, a);
      break;
    }
  }
  return a;
}

function rcHashNew(ctx: Thread, keys: Value[], values: Value[]): HbHash {
  const h = newHash(keys, values);
  for (const v of h.values) {
    if (box(v) !== null) {
      rcOf(ctx).born(ctx, h);
      break;
    }
  }
  return h;
}

function rcMvSet(ctx: Thread, sym: VarSym, v: Value): Value {
  const cell = ctx.memvars.cells[sym.id];
  if (cell === undefined) {
    ctx.memvars.declarePrivate(sym, v);
    return v;
  }
  const old = cell.v;
  cell.v = v;
  return rcSet(ctx, old, v);
}

function rcMvRef(ctx: Thread, sym: VarSym): HbRef {
  if (ctx.memvars.cells[sym.id] === undefined) ctx.memvars.declarePrivate(sym, undefined);
  const cell = ctx.memvars.cells[sym.id]!;
  return new HbRef(() => cell.v, (v) => {
    const old = cell.v;
    cell.v = v;
    rcSet(ctx, old, v);
  });
}

function rcTSet(ctx: Thread, ts: ThreadStatic, v: Value): Value {
  const old = tstatic(ctx, ts);
  ctx.threadStatics.set(ts, v);
  return rcSet(ctx, old, v);
}

/** FOR EACH variable assigned: the item of the base too. */
function rcEnumSet(ctx: Thread, e: Enumerator, v: Value): Value {
  const base = e.base;
  let old: Value = undefined;
  if (Array.isArray(base)) old = base[e.index - 1];
  else if (base instanceof HbHash) old = base.values[e.index - 1];
  enumSet(ctx, e, v);
  if (owned(base)) rcSet(ctx, old, v);
  return v;
}

/** RETURN v: v takes the thread's return slot, releasing what was there. */
function rcRet(ctx: Thread, v: Value): void {
  const old = ctx.rcRet;
  ctx.rcRet = v;
  rcSet(ctx, old, v);
}

/** A call's result left unused: a container stays in the return slot (a PRG function's RETURN put it there already). */
function rcKeep(ctx: Thread, v: Value): Value {
  if (ctx.rcRet !== v && box(v) !== null) rcRet(ctx, v);
  return v;
}

/** A call's result put to use: it leaves the return slot for a temporary. */
function rcUse(ctx: Thread, v: Value): Value {
  if (typeof v === 'object' && v !== null && ctx.rcRet === v) {
    ctx.rcRet = undefined;
    rcOf(ctx).drop(ctx, v);
  }
  return v;
}

/** After a message sent to a temporary: the temporary is gone (Harbour pops it), unless it is the result. */
function rcDone(ctx: Thread, target: Value, result: Value): Value {
  const c = box(target);
  if (c !== null && c.$rc === 0 && c.$st === 1) {
    if (box(result) === c) rcOf(ctx).pend(ctx, c);
    else rcOf(ctx).release(ctx, c);
  }
  return result;
}

/** A captured LOCAL at return: kept until the program ends (see refcount.ts). */
function rcDetach(ctx: Thread, v: Value): void {
  if (box(v) !== null) rcOf(ctx).detached.push(v);
}

/** End of a statement: what only temporaries held goes. */
function rcTick(ctx: Thread): void {
  if (ctx.rcPend.length !== 0) rcOf(ctx).flush(ctx);
}

export const rcApi = {
  rcInc, rcDec, rcDrop, rcSet, rcRefSet, rcASet, rcElemRef, rcArr, rcHashNew, rcMvSet, rcMvRef, rcTSet, rcEnumSet,
  rcRet, rcKeep, rcUse, rcDone, rcDetach, rcTick,
} satisfies Record<RcName, unknown>;
