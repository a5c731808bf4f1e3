// Counting mode (refcount.ts) and the runtime library: the functions that
// change the contents of an existing array or hash are wrapped so that a
// counted container keeps its counts right. Only programs that declare a
// destructor get the wrappers.

import type { VM } from './vm.js';
import type { Thread } from './thread.js';
import type { Fn } from './symbols.js';
import { HbHash, type Value } from '../values/types.js';
import { box, RefCounter } from './refcount.js';

/** Mutators by name: the position of the array or hash they change. */
const MUTATORS: Record<string, number> = {
  ASIZE: 0, AINS: 0, ADEL: 0, AFILL: 0, ACOPY: 1, HB_AINS: 0, HB_ADEL: 0,
  HB_HSET: 0, HB_HDEL: 0, HB_HDELAT: 0, HB_HCLEAR: 0, HB_HFILL: 0, HB_HCOPY: 1, HB_HMERGE: 0, HB_HSETDEF: 0,
};

function contentsOf(v: Value): Value[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof HbHash) return v.values;
  return null;
}

function counted(v: Value): boolean {
  const c = box(v);
  return c !== null && (c.$st === 1 || c.$st === 2);
}

export function wrapMutators(vm: VM, rc: RefCounter): void {
  const aadd = vm.syms.findFunc('AADD');
  if (aadd !== undefined) {
    const orig = aadd.fn;
    aadd.fn = (ctx, ...args) => {
      const r = orig(ctx, ...args);
      if (counted(args[0]) && args.length >= 2) rc.inc(ctx, args[1]);
      return r;
    };
  }
  // a thread holds the arguments it was started with until it ends
  const start = vm.syms.findFunc('HB_THREADSTART');
  if (start !== undefined) {
    const orig = start.fn;
    start.fn = (ctx, ...args) => {
      vm.sched.newest = null;
      const r = orig(ctx, ...args);
      const t = vm.sched.newest as Thread | null;
      if (t !== null) {
        t.rcHeld = args;
        for (const v of args) rc.inc(ctx, v);
      }
      return r;
    };
  }
  for (const name in MUTATORS) {
    const sym = vm.syms.findFunc(name);
    if (sym === undefined) continue;
    sym.fn = recount(rc, sym.fn, MUTATORS[name]);
  }
}

/** A mutator whose effect on the target's contents is counted as a difference of before and after. */
function recount(rc: RefCounter, orig: Fn, at: number): Fn {
  return (ctx: Thread, ...args: Value[]) => {
    const target = args[at];
    if (!counted(target)) return orig(ctx, ...args);
    const before = contentsOf(target)!.slice();
    const r = orig(ctx, ...args);
    const diff = new Map<Value, number>();
    for (const v of contentsOf(target)!) if (box(v) !== null) diff.set(v, (diff.get(v) ?? 0) + 1);
    for (const v of before) if (box(v) !== null) diff.set(v, (diff.get(v) ?? 0) - 1);
    for (const [v, n] of diff) for (let i = 0; i < n; i++) rc.inc(ctx, v);
    for (const [v, n] of diff) for (let i = 0; i > n; i--) rc.dec(ctx, v);
    return r;
  };
}

/** Switch counting mode on for a program that declares a destructor (before its modules are linked). */
export function enableCounting(vm: VM): void {
  const rc = new RefCounter(vm);
  vm.rc = rc;
  wrapMutators(vm, rc);
}
