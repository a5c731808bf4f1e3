// Sending a message: obj:name( args ). Each call site's Message remembers
// the class it last dispatched on and the entry it found (an inline cache),
// so a send to the same class as last time costs one compare. Entries with
// a scope (hidden, protected, overloaded) are checked against the sender
// on every send, and casts (o:Parent:msg) always take the slow path.

import type { Thread } from '../vm/thread.js';
import type { FuncSym } from '../vm/symbols.js';
import { HbObject, type Value } from '../values/types.js';
import { Kind, type HbClass, type MsgEntry } from './class.js';
import { SCOPE_CHECKED } from './scope-bits.js';
import { validScope } from './scope.js';
import { run, runG, scopeError } from './invoke.js';
import { sendScalar, noMethod, noMethodObject } from './missing.js';

export { noMethod };

/** What a cached entry lets a fixed-arity send do without run(). */
const enum Fast {
  NONE, // anything else: run()
  METHOD, // a PRG method: call its function
  GET, // read an instance variable
  SET, // assign an instance variable (no type restriction)
}

// (The cache fields are read by compiled call sites, which repeat the
// METHOD case of send1() inline: keep Fast.METHOD = 1.)
export class Message {
  cls: HbClass | null = null;
  entry: MsgEntry | null = null;
  /** the cached entry's function when it is a PRG method (the common case, called without run()) */
  sym: FuncSym | null = null;
  fast = Fast.NONE;
  /** GET/SET: the instance slot in objects of the cached class */
  private slot = 0;

  constructor(
    readonly name: string,
    /** counting mode (runtime/vm/refcount.ts): assignments always go through run(), which counts */
    private readonly counting = false,
  ) {}

  // Fixed-arity sends (compiled code with up to three arguments): the
  // cached cases without an argument array; anything else goes to send().

  send0(ctx: Thread, obj: Value): Value {
    if (obj instanceof HbObject && obj.cls === this.cls) {
      switch (this.fast) {
        case Fast.METHOD:
          ctx.nextSelf = obj;
          ctx.nextMethod = this.entry;
          return this.sym!.fn(ctx);
        case Fast.GET: case Fast.SET:
          return obj.vars[this.slot];
      }
    }
    return this.send(ctx, obj);
  }

  send1(ctx: Thread, obj: Value, a: Value): Value {
    if (obj instanceof HbObject && obj.cls === this.cls) {
      switch (this.fast) {
        case Fast.METHOD:
          ctx.nextSelf = obj;
          ctx.nextMethod = this.entry;
          return this.sym!.fn(ctx, a);
        case Fast.GET:
          return obj.vars[this.slot];
        case Fast.SET:
          return (obj.vars[this.slot] = a);
      }
    }
    return this.send(ctx, obj, a);
  }

  send2(ctx: Thread, obj: Value, a: Value, b: Value): Value {
    if (obj instanceof HbObject && obj.cls === this.cls && this.fast === Fast.METHOD) {
      ctx.nextSelf = obj;
      ctx.nextMethod = this.entry;
      return this.sym!.fn(ctx, a, b);
    }
    return this.send(ctx, obj, a, b);
  }

  send3(ctx: Thread, obj: Value, a: Value, b: Value, c: Value): Value {
    if (obj instanceof HbObject && obj.cls === this.cls && this.fast === Fast.METHOD) {
      ctx.nextSelf = obj;
      ctx.nextMethod = this.entry;
      return this.sym!.fn(ctx, a, b, c);
    }
    return this.send(ctx, obj, a, b, c);
  }

  send(ctx: Thread, obj: Value, ...args: Value[]): Value {
    if (obj instanceof HbObject) {
      if (obj.cls === this.cls) {
        const sym = this.sym;
        if (sym === null) return run(ctx, this.entry!, obj, args);
        ctx.nextSelf = obj;
        ctx.nextMethod = this.entry;
        // fixed arities avoid spreading the arguments
        switch (args.length) {
          case 0: return sym.fn(ctx);
          case 1: return sym.fn(ctx, args[0]);
          case 2: return sym.fn(ctx, args[0], args[1]);
          case 3: return sym.fn(ctx, args[0], args[1], args[2]);
          default: return sym.fn(ctx, ...args);
        }
      }
      return this.lookup(ctx, obj, args);
    }
    return sendScalar(ctx, obj, this.name, args);
  }

  /** The class's messages changed: the next send looks again. */
  forget(): void {
    this.cls = null;
    this.entry = null;
    this.sym = null;
    this.fast = Fast.NONE;
  }

  private cache(cls: HbClass, e: MsgEntry): void {
    cls.sendSites.add(this);
    this.cls = cls;
    this.entry = e;
    this.sym = e.kind === Kind.METHOD ? e.sym : null;
    this.fast = Fast.NONE;
    if (this.sym !== null) {
      this.fast = Fast.METHOD;
    } else if (e.cls === cls && (e.kind === Kind.GETDATA || (e.kind === Kind.SETDATA && e.itemType === ''))) {
      this.fast = e.kind === Kind.GETDATA ? Fast.GET : this.counting ? Fast.NONE : Fast.SET;
      this.slot = e.offset + e.data;
    }
  }

  /** The send from generator-mode code: a PRG method runs through its generator twin. */
  *sendG(ctx: Thread, obj: Value, ...args: Value[]): Generator<unknown, Value, unknown> {
    if (obj instanceof HbObject) {
      const e = obj.cls === this.cls ? this.entry! : this.resolveCached(obj);
      if (e !== null && e.kind === Kind.METHOD && e.sym !== null) return yield* runG(ctx, e, obj, args);
    }
    return this.send(ctx, obj, ...args);
  }

  private resolveCached(obj: HbObject): MsgEntry | null {
    const e = obj.cls.castOf === null ? obj.cls.lookup(this.name) : undefined;
    if (e === undefined || e.scope & SCOPE_CHECKED) return null;
    this.cache(obj.cls, e);
    return e;
  }

  private lookup(ctx: Thread, obj: HbObject, args: Value[]): Value {
    const cls = obj.cls;
    if (cls.castOf === null) {
      const e = cls.lookup(this.name);
      if (e !== undefined && !(e.scope & SCOPE_CHECKED)) {
        this.cache(cls, e);
        return run(ctx, e, obj, args);
      }
    }
    return sendObject(ctx, obj, this.name, args);
  }
}

/** A cast object (o:Parent): the real object seen through one of its classes. */
export class CastObject extends HbObject {
  constructor(cls: HbClass, readonly real: HbObject) {
    super(castView(cls), real.vars);
  }
}

/** The stand-in class of objects cast to `cls`: the same class to read, another identity to the caches. */
function castView(cls: HbClass): HbClass {
  let v = cls.castView;
  if (v === null) {
    v = Object.create(cls) as HbClass;
    v.castOf = cls;
    cls.castView = v;
  }
  return v;
}

/** The object a cast object stands for (any other value as is). */
export function realObject(v: Value): Value {
  return v instanceof CastObject ? v.real : v;
}

/** Full dispatch of `msg` to an object: casts, scopes, ON ERROR, "message not found". */
export function sendObject(ctx: Thread, obj: HbObject, msg: string, args: Value[]): Value {
  let cls = obj.cls;
  let self: HbObject = obj;
  if (cls.castOf !== null) {
    cls = cls.castOf;
    self = (obj as CastObject).real;
  }
  return dispatch(ctx, cls, self, msg, args);
}

/** Send `msg` to `self` as class `cls` answers it (an object, or a plain value of a type with a class). */
export function dispatch(ctx: Thread, cls: HbClass, self: Value, msg: string, args: Value[]): Value {
  const e = cls.lookup(msg);
  if (e !== undefined && e.kind !== Kind.ONERROR && e.kind !== Kind.DESTRUCTOR) {
    if (!(e.scope & SCOPE_CHECKED)) return run(ctx, e, self, args);
    const v = validScope(ctx, e, cls);
    if (v === null) return scopeError(ctx, e, self);
    return run(ctx, v, self, args);
  }
  return noMethodObject(ctx, cls, self, msg, args);
}

/** Send `msg` to any value (macro sends, __objSendMsg, operators). */
export function sendAny(ctx: Thread, obj: Value, msg: string, args: Value[]): Value {
  if (obj instanceof HbObject) return sendObject(ctx, obj, msg, args);
  return sendScalar(ctx, obj, msg, args);
}
