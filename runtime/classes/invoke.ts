// Running a message once it is found: a PRG method gets Self and its
// "CLASS:MESSAGE" frame through the thread (Thread.enter picks them up),
// instance and class variables are read and written in place, and the
// special messages (super casts, virtual, delegate ...) do their part.

import type { Thread } from '../vm/thread.js';
import {
  HbDate, HbHash, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value,
} from '../values/types.js';
import { Kind, type MsgEntry } from './class.js';
import { SCOPE_HIDDEN } from './scope-bits.js';
import { nativeProc } from '../vm/frame.js';
import { launch, makeError } from '../errors/launch.js';
import { EF_NONE } from '../errors/error.js';
import { frameEntry } from './scope.js';
import { CastObject, sendAny } from './send.js';
import { noMethodObject } from './missing.js';
import { box } from '../vm/refcount.js';

/** The instance slot of a data message for `self` (a cast or hidden method may run a parent's entry). */
function slot(e: MsgEntry, self: HbObject): number {
  return self.cls === e.cls ? e.offset + e.data : self.cls.offsetOf(e.owner) + e.data;
}

export function run(ctx: Thread, e: MsgEntry, self: Value, args: Value[]): Value {
  switch (e.kind) {
    case Kind.METHOD:
      if (e.sym !== null) {
        ctx.nextSelf = self;
        ctx.nextMethod = e;
        return e.sym.fn(ctx, ...args);
      }
      return e.framed ? runNative(ctx, e, self, args) : e.native!(ctx, self, ...args);
    case Kind.GETDATA:
      return (self as HbObject).vars[slot(e, self as HbObject)];
    case Kind.SETDATA: {
      const vars = (self as HbObject).vars;
      const i = slot(e, self as HbObject);
      if (args.length === 0) return vars[i];
      const v = e.itemType === '' ? args[0] : checkType(ctx, e, self, args[0]);
      if (v === BAD_TYPE) return undefined;
      const old = vars[i];
      vars[i] = v;
      if (ctx.vm.rc !== null) countStore(ctx, self, old, v);
      return v;
    }
    case Kind.INLINE:
      return runInline(ctx, e, self, args);
    case Kind.GETCLS:
      return classValue(ctx, e.cls.classData[e.data]);
    case Kind.SETCLS: {
      if (args.length === 0) return e.cls.classData[e.data];
      const v = e.itemType === '' ? args[0] : checkType(ctx, e, self, args[0]);
      if (v === BAD_TYPE) return undefined;
      const old = e.cls.classData[e.data];
      e.cls.classData[e.data] = v;
      if (ctx.vm.rc !== null) countStore(ctx, null, old, v);
      return v;
    }
    case Kind.GETSHR:
      return classValue(ctx, e.owner.sharedData[e.data]);
    case Kind.SETSHR: {
      if (args.length === 0) return e.owner.sharedData[e.data];
      const v = e.itemType === '' ? args[0] : checkType(ctx, e, self, args[0]);
      if (v === BAD_TYPE) return undefined;
      const old = e.owner.sharedData[e.data];
      e.owner.sharedData[e.data] = v;
      if (ctx.vm.rc !== null) countStore(ctx, null, old, v);
      return v;
    }
    case Kind.VIRTUAL:
      return undefined;
    case Kind.SUPER:
      return new CastObject(e.target!, self as HbObject);
    case Kind.REALCLASS:
      return realClass(ctx, self as HbObject);
    case Kind.DELEGATE: {
      const t = e.cls.lookup(e.delegate);
      if (t === undefined || t.kind === Kind.DELEGATE) return noMethodObject(ctx, e.cls, self as HbObject, e.message, args);
      return run(ctx, t, self, args);
    }
    case Kind.PERFORM: {
      const s = args[0];
      if (!(s instanceof HbSymbol)) return undefined;
      return sendAny(ctx, self, s.sym.name, args.slice(1));
    }
    case Kind.SCOPEERR:
      return scopeError(ctx, e, self);
    default:
      return undefined;
  }
}

/**
 * Counting mode (runtime/vm/refcount.ts): an instance variable of a counted
 * object (`owner`), or a class variable (owner null), changed from `old` to `v`.
 */
function countStore(ctx: Thread, owner: Value | null, old: Value, v: Value): void {
  if (owner !== null) {
    const c = box(owner);
    if (c === null || (c.$st !== 1 && c.$st !== 2)) return;
  }
  const rc = ctx.vm.rc!;
  rc.inc(ctx, v);
  rc.dec(ctx, old);
}

/** A class variable read in counting mode: an initial value no store counted is counted now. */
function classValue(ctx: Thread, v: Value): Value {
  const rc = ctx.vm.rc;
  if (rc !== null) {
    const c = box(v);
    if (c !== null && !c.$rc) rc.inc(ctx, v);
  }
  return v;
}

function runNative(ctx: Thread, e: MsgEntry, self: Value, args: Value[]): Value {
  ctx.nextSelf = self;
  ctx.nextMethod = e;
  const f = ctx.enter(e);
  const r = e.native!(ctx, self, ...args);
  ctx.leave(f);
  return r;
}

/** The generator path of a PRG method. */
export function* runG(ctx: Thread, e: MsgEntry, self: Value, args: Value[]): Generator<unknown, Value, unknown> {
  ctx.nextSelf = self;
  ctx.nextMethod = e;
  return yield* e.sym!.g(ctx, ...args);
}

/** An inline method: a "CLASS:MESSAGE" frame that evaluates the block with Self first. */
function runInline(ctx: Thread, e: MsgEntry, self: Value, args: Value[]): Value {
  ctx.nextSelf = self;
  ctx.nextMethod = e;
  const f = ctx.enter(e);
  ctx.nextSelf = self;
  ctx.nextMethod = e.blockCall;
  const r = e.block!(ctx, self, ...args);
  ctx.leave(f);
  return r;
}

/** o:realClass: the object cast to the class of the method that sends it, when that is a parent. */
function realClass(ctx: Thread, self: HbObject): Value {
  const f = ctx.frames[ctx.sp];
  const sc = frameEntry(f)?.owner;
  const senderSelf = f?.self;
  if (sc !== undefined && sc !== self.cls && senderSelf instanceof HbObject && senderSelf.cls === self.cls) {
    return new CastObject(sc, self);
  }
  return self;
}

const BAD_TYPE: unique symbol = Symbol('bad type');

/** Whether `v` may be assigned to a typed variable; integers are truncated. */
function checkType(ctx: Thread, e: MsgEntry, self: Value, v: Value): Value | typeof BAD_TYPE {
  switch (e.itemType) {
    case 'C': if (typeof v === 'string') return v; break;
    case 'B': if (typeof v === 'function') return v; break;
    case 'S': if (v instanceof HbSymbol) return v; break;
    case 'D': if (v instanceof HbDate) return v; break;
    case 'T': if (v instanceof HbTimestamp) return v; break;
    case 'L': if (typeof v === 'boolean') return v; break;
    case 'N': if (typeof v === 'number' || v instanceof HbNum) return v; break;
    case 'I':
      if (typeof v === 'number') return v;
      if (v instanceof HbNum) return Math.trunc(v.n);
      break;
    case 'A': if (Array.isArray(v) || v instanceof HbObject) return v; break;
    case 'P': if (v instanceof HbPointer) return v; break;
    case 'H': if (v instanceof HbHash) return v; break;
    default: return v;
  }
  const name = className(self) + ':' + e.message.slice(1);
  inFrame(ctx, className(self) + ':' + e.message, () =>
    launch(ctx, makeError(ctx, { genCode: 13, subCode: 44, description: 'Assigned value is wrong class', operation: name, args: [v], flags: EF_NONE })));
  return BAD_TYPE;
}

function className(v: Value): string {
  return v instanceof HbObject ? (v.cls.castOf ?? v.cls).name : '';
}

function inFrame<T>(ctx: Thread, name: string, body: () => T): T {
  const f = ctx.enter(nativeProc(name));
  const r = body();
  ctx.leave(f);
  return r;
}

/** A hidden or protected message sent from where it may not be: BASE/41 or 42, not substitutable. */
export function scopeError(ctx: Thread, e: MsgEntry, self: Value): Value {
  const name = className(self) + ':' + e.message;
  const hidden = (e.scope & SCOPE_HIDDEN) !== 0;
  inFrame(ctx, name, () => launch(ctx, makeError(ctx, {
    genCode: 13,
    subCode: hidden ? 41 : 42,
    description: hidden ? 'Scope violation (hidden)' : 'Scope violation (protected)',
    operation: name,
    flags: EF_NONE,
  })));
  return undefined;
}
