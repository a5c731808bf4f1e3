// Destructors, for programs that declare one: reference counting as
// Harbour's items do it, switched on per program so that other programs
// run the plain code generation and pay nothing.
//
// Why counting and not a trace: Harbour runs a destructor the moment the
// last reference goes (an assignment, a return releasing locals, an array
// released with its elements) but keeps cyclic garbage until hb_gcAll().
// A trace at safe points cannot tell these apart; counts can, and a cycle
// pass (trial deletion over the counted containers, as CPython does) finds
// the cycles without knowing the roots.
//
// What is counted: references to containers (arrays, hashes, objects) held
// in locals, parameters, Self, statics, memvars, class variables, the
// thread's return slot and the contents of "owned" containers. A container
// owns (counts) its contents from birth when compiled code or a class makes
// it, else from the first time it is stored in a counted place (arrays the
// runtime library made). A value that only a temporary holds (the result of
// a call in use) waits in the thread's pending list, stamped with the frame
// depth, and goes at the end of a statement of that frame if nothing took it.
// LOCALs a codeblock uses are not released at return (the block may outlive
// the frame, and what holds a block is not seen): they go when the start
// procedure has ended, before the EXIT procedures.
// A reference we cannot see only delays a destructor; the runtime library's
// array and hash mutators are counted by wrappers (refcount-std.ts).

import type { Thread } from './thread.js';
import type { VM } from './vm.js';
import { HbHash, HbObject, type Value } from '../values/types.js';
import { launch, makeError } from '../errors/launch.js';
import { EF_NONE } from '../errors/error.js';
import { Kind } from '../classes/class.js';
import { DESTRUCTOR_MSG } from '../classes/build.js';

/** The counting state a container carries (expando fields, set only in counting mode). */
export interface Counted {
  /** references from counted places */
  $rc?: number;
  /** OWNED: its contents are counted; DYING: being released */
  $st?: number;
}

const OWNED = 1;
const DYING = 2;

/** The container behind a value (a cast object counts as its real object), or null. */
export function box(v: Value): Counted | null {
  if (typeof v !== 'object' || v === null) return null;
  if (v instanceof HbObject) return ((v as { real?: HbObject }).real ?? v) as Counted;
  if (Array.isArray(v) || v instanceof HbHash) return v as Counted;
  return null;
}

/** The counted contents of a container. */
function contents(c: Counted): Value[] {
  if (Array.isArray(c)) return c;
  if (c instanceof HbObject) return c.vars;
  return (c as HbHash).values;
}

export class RefCounter {
  /** owned containers, in the order they began to own (Harbour's allocation order, near enough) */
  readonly owned = new Set<Counted>();
  /** values of LOCALs codeblocks used, from functions that have returned */
  readonly detached: Value[] = [];

  constructor(readonly vm: VM) {}

  inc(ctx: Thread, v: Value): void {
    const c = box(v);
    if (c === null) return;
    c.$rc = (c.$rc ?? 0) + 1;
    if (c.$st === undefined || c.$st === 0) this.own(ctx, c);
  }

  dec(ctx: Thread, v: Value): void {
    const c = box(v);
    if (c === null || c.$rc === undefined || c.$rc === 0) return;
    if (--c.$rc === 0 && c.$st === OWNED) this.release(ctx, c);
  }

  /** One reference less without releasing: a value moving into a temporary. */
  drop(ctx: Thread, v: Value): void {
    const c = box(v);
    if (c === null || c.$rc === undefined || c.$rc === 0) return;
    if (--c.$rc === 0) this.pend(ctx, c);
  }

  /** Start counting the contents of `c`. */
  own(ctx: Thread, c: Counted): void {
    c.$st = OWNED;
    this.owned.add(c);
    const a = contents(c);
    for (let i = 0; i < a.length; i++) this.inc(ctx, a[i]);
  }

  /** A container compiled code or a class just made: it owns its contents, and goes unless stored. */
  born(ctx: Thread, v: Value): void {
    const c = box(v);
    if (c === null) return;
    c.$rc = 0;
    this.own(ctx, c);
    this.pend(ctx, c);
  }

  /** A value nothing counted holds: released at the end of a statement of the current frame unless stored by then. */
  pend(ctx: Thread, c: Counted): void {
    ctx.rcPend.push(c);
    ctx.rcPendAt.push(ctx.sp);
  }

  /** End of a statement at frame depth ctx.sp: release what waited there and nothing took. */
  flush(ctx: Thread): void {
    const list = ctx.rcPend;
    const at = ctx.rcPendAt;
    const depth = ctx.sp;
    let keep = 0;
    const due: Counted[] = [];
    for (let i = 0; i < list.length; i++) {
      if (at[i] >= depth) {
        due.push(list[i]);
      } else {
        list[keep] = list[i];
        at[keep++] = at[i];
      }
    }
    list.length = keep;
    at.length = keep;
    for (const c of due) if (c.$rc === 0 && c.$st === OWNED) this.release(ctx, c);
  }

  /**
   * The last reference went: the destructor runs (with the object counted
   * while it does), then the contents are released, last first. A reference
   * the destructor kept makes the block an empty array and BASE/1301.
   */
  release(ctx: Thread, c: Counted): void {
    c.$st = DYING;
    try {
      this.destruct(ctx, c);
    } catch (e) {
      this.clear(ctx, c);
      if (c.$rc !== 0) this.revive(ctx, c);
      else c.$st = 0;
      throw e;
    }
    this.clear(ctx, c);
    if (c.$rc !== 0) {
      this.revive(ctx, c);
      freedError(ctx, 1301);
    } else {
      c.$st = 0;
    }
  }

  private destruct(ctx: Thread, c: Counted): void {
    if (!(c instanceof HbObject) || !c.cls.hasDestructor) return;
    const e = c.cls.lookup(DESTRUCTOR_MSG);
    if (e === undefined || e.kind !== Kind.DESTRUCTOR || e.sym === null) return;
    c.$rc = (c.$rc ?? 0) + 1;
    // the destructor has a return slot of its own: what it leaves there goes when it ends
    const saved = ctx.rcRet;
    ctx.rcRet = undefined;
    try {
      ctx.nextSelf = c;
      ctx.nextMethod = e;
      e.sym.fn(ctx);
    } finally {
      const left = ctx.rcRet;
      ctx.rcRet = saved;
      this.dec(ctx, left);
      c.$rc--;
    }
  }

  /** Release the contents of a dying container, last first. */
  private clear(ctx: Thread, c: Counted): void {
    this.owned.delete(c);
    const a = contents(c);
    for (let i = a.length - 1; i >= 0; i--) this.dec(ctx, a[i]);
  }

  /**
   * A freed block something still refers to is an empty array in Harbour:
   * the references we can reach (memvars, class variables, counted
   * containers, the return slot) are given one.
   */
  private revive(ctx: Thread, c: Counted): void {
    const empty: Value[] & Counted = [];
    empty.$rc = c.$rc;
    empty.$st = OWNED;
    this.owned.add(empty);
    c.$rc = 0;
    c.$st = 0;
    const from = c as Value;
    ctx.memvars.replaceValue(from, empty);
    for (const cls of this.vm.classes.list) {
      replaceIn(cls.classData, from, empty);
      replaceIn(cls.sharedData, from, empty);
    }
    for (const o of this.owned) replaceIn(contents(o), from, empty);
    if (ctx.rcRet === from) ctx.rcRet = empty;
  }

  /**
   * hb_gcAll(): trial deletion. Counts minus the references from other
   * owned containers leave the references from outside (variables, the
   * runtime); what no such reference reaches is cyclic garbage. Its
   * destructors run, then its contents go; a block still referred to after
   * that is BASE/1302.
   */
  collect(ctx: Thread): void {
    const ret = ctx.rcRet;
    ctx.rcRet = undefined;
    this.dec(ctx, ret);
    const all = [...this.owned].filter((c) => c.$st === OWNED);
    const ext = new Map<Counted, number>();
    for (const c of all) ext.set(c, c.$rc ?? 0);
    for (const c of all) {
      for (const v of contents(c)) {
        const k = box(v);
        if (k !== null) {
          const n = ext.get(k);
          if (n !== undefined) ext.set(k, n - 1);
        }
      }
    }
    // a container no counted place holds (a temporary) is alive too
    const stack = all.filter((c) => ext.get(c)! > 0 || c.$rc === 0);
    const live = new Set<Counted>();
    while (stack.length) {
      const c = stack.pop()!;
      if (live.has(c)) continue;
      live.add(c);
      for (const v of contents(c)) {
        const k = box(v);
        if (k !== null && ext.has(k) && !live.has(k)) stack.push(k);
      }
    }
    const garbage = all.filter((c) => !live.has(c));
    if (garbage.length === 0) return;
    for (const c of garbage) c.$st = DYING;
    let failure: unknown = null;
    for (const c of garbage) {
      try {
        this.destruct(ctx, c);
      } catch (e) {
        failure ??= e;
      }
      this.clear(ctx, c);
    }
    let kept = false;
    for (const c of garbage) {
      if (c.$rc !== 0) {
        this.revive(ctx, c);
        kept = true;
      } else {
        c.$st = 0;
      }
    }
    if (failure !== null) throw failure;
    if (kept) freedError(ctx, 1302);
  }

  /** The start procedure has ended: the LOCALs codeblocks used go. */
  releaseDetached(ctx: Thread): void {
    const list = this.detached.splice(0);
    for (const v of list) this.dec(ctx, v);
  }

  /**
   * After the EXIT procedures: cyclic garbage, then the PUBLIC variables
   * (and what that leaves as garbage), as Harbour's quit does. STATICs and
   * class variables keep theirs: Harbour no longer runs destructors then.
   */
  programEnd(ctx: Thread): void {
    this.collect(ctx);
    ctx.memvars.releaseAll();
    this.collect(ctx);
  }
}

function replaceIn(a: Value[], from: Value, to: Value): void {
  for (let i = 0; i < a.length; i++) if (a[i] === from) a[i] = to;
}

/** BASE/1301 (a release) or 1302 (hb_gcAll()): a destructor kept a reference to its object. */
function freedError(ctx: Thread, subCode: number): void {
  launch(ctx, makeError(ctx, { genCode: 45, subCode, operation: 'Reference to freed block', flags: EF_NONE }));
}
