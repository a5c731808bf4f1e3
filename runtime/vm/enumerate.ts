// FOR EACH enumerators: the loop's position in its base (an array, a hash
// or a string), the current value, and the variable's value before the
// loop, which is restored when the loop ends.
//
// A class may take the loop over: __enumStart( @enum, lDescend ) runs
// first (.F. ends the loop before it starts) and may set the base, the
// value and the index through messages to the enumerator reference; with
// __enumSkip( @enum, lDescend ) the object then gives every step's value
// itself, and __enumStop() runs when the loop ends, unless BREAK or an
// error ends it.

import type { Thread } from './thread.js';
import { HbHash, HbNum, HbObject, HbRef, type Value } from '../values/types.js';
import { makeError, launch } from '../errors/launch.js';
import { send } from '../classes/native.js';

const ARRAY = 0;
const HASH = 1;
const STRING = 2;
// an object is the array of its instance variables
const OBJECT = 3;
// an object whose __enumSkip gives the values
const OVERLOADED = 4;

export class Enumerator {
  /** 1-based position of the current item */
  index = 0;
  value: Value = undefined;
  /** an overloaded loop goes on (until __enumSkip says no) */
  pending = false;
  /** the overloaded loop's first item is the one __enumStart set: the first step does not move */
  first = false;
  /** BREAK or an error left the loop */
  aborted = false;
  constructor(
    public base: Value,
    public kind: number,
    readonly descend: boolean,
    readonly saved: Value,
  ) {}

  length(): number {
    const b = this.base;
    return this.kind === ARRAY ? (b as Value[]).length : this.kind === HASH ? (b as HbHash).keys.length
      : this.kind === STRING ? (b as string).length : b instanceof HbObject ? b.vars.length : 0;
  }
}

/** The kind of base `base` is, or -1 when FOR EACH cannot walk it. */
function kindOf(base: Value): number {
  if (Array.isArray(base)) return ARRAY;
  if (base instanceof HbHash) return HASH;
  if (typeof base === 'string') return STRING;
  if (base instanceof HbObject) return OBJECT;
  return -1;
}

/** A reference to the loop variable of enumerator `e`: messages sent to it reach the enumerator. */
export class EnumRef extends HbRef {
  constructor(readonly e: Enumerator, get: () => Value, set: (v: Value) => void) {
    super(get, set);
  }
}

/** `@p` of a by-reference parameter `p` that came as `r`: an enumerator's reference stays one. */
export function passRef(r: HbRef | undefined, get: () => Value, set: (v: Value) => void): HbRef {
  return r instanceof EnumRef ? new EnumRef(r.e, get, set) : new HbRef(get, set);
}

/** The reference an overloading method receives as its `enum` parameter. */
function refTo(ctx: Thread, e: Enumerator): EnumRef {
  return new EnumRef(e, () => e.value, (v) => { enumSet(ctx, e, v); });
}

const overloads = (base: Value, msg: string): base is HbObject =>
  base instanceof HbObject && base.cls.lookup(msg) !== undefined;

export function enumStart(ctx: Thread, base: Value, descend: boolean, saved: Value): Enumerator {
  const e = new Enumerator(base, kindOf(base), descend, saved);
  if (overloads(base, '__ENUMSTART')) {
    if (send(ctx, base, '__ENUMSTART', refTo(ctx, e) as unknown as Value, descend) !== true) {
      // no step: the loop does not run
      e.kind = OVERLOADED;
      return e;
    }
    if (overloads(base, '__ENUMSKIP')) {
      e.kind = OVERLOADED;
      e.pending = true;
      e.first = true;
      return e;
    }
    // __enumStart may have given another base to walk
    e.index = 0;
    e.kind = kindOf(e.base);
  }
  if (e.kind < 0) {
    launch(ctx, makeError(ctx, { genCode: 1, subCode: 1068, operation: 'FOR EACH', args: [e.base] }));
    e.kind = ARRAY;
    e.base = [];
  }
  if (descend) e.index = e.length() + 1;
  return e;
}

export function enumNext(ctx: Thread, e: Enumerator): boolean {
  if (e.kind === OVERLOADED) {
    if (!e.pending) return false;
    if (e.first) {
      e.first = false;
      return true;
    }
    e.index += e.descend ? -1 : 1;
    if (send(ctx, e.base, '__ENUMSKIP', refTo(ctx, e) as unknown as Value, e.descend) !== true) {
      e.pending = false;
      return false;
    }
    return true;
  }
  if (e.kind < 0) {
    // __enumBase gave a base FOR EACH cannot walk
    launch(ctx, makeError(ctx, { genCode: 1, subCode: 1068, operation: 'FOR EACH', args: [e.base] }));
    return false;
  }
  const n = e.length();
  if (e.descend) {
    if (e.index > n + 1) e.index = n + 1;
    if (--e.index < 1) return false;
  } else if (++e.index > n) {
    return false;
  }
  const b = e.base;
  e.value = e.kind === ARRAY ? (b as Value[])[e.index - 1]
    : e.kind === HASH ? (b as HbHash).values[e.index - 1]
      : e.kind === OBJECT ? (b as HbObject).vars[e.index - 1]
        : (b as string)[e.index - 1];
  return true;
}

/** Assigning the loop variable writes the item in the base. */
export function enumSet(_ctx: Thread, e: Enumerator, v: Value): Value {
  e.value = v;
  if (e.kind === ARRAY) {
    const a = e.base as Value[];
    if (e.index <= a.length) a[e.index - 1] = v;
  } else if (e.kind === HASH) {
    const h = e.base as HbHash;
    if (e.index <= h.values.length) h.values[e.index - 1] = v;
  } else if (e.kind === OBJECT) {
    const o = e.base as HbObject;
    if (e.index <= o.vars.length) o.vars[e.index - 1] = v;
  }
  return v;
}

/** The key of a hash's item; NIL for other bases. */
export function enumKey(_ctx: Thread, e: Enumerator): Value {
  return e.kind === HASH ? (e.base as HbHash).keys[e.index - 1] : undefined;
}

/** Whether the item is the base's first: by position, whichever way the loop goes (or as the base's class says). */
export function enumIsFirst(ctx: Thread, e: Enumerator): boolean | Value {
  if (e.kind >= OBJECT && overloads(e.base, '__ENUMISFIRST')) return send(ctx, e.base, '__ENUMISFIRST');
  return e.index <= 1;
}

/** Whether the item is the base's last, by position (or as the base's class says). */
export function enumIsLast(ctx: Thread, e: Enumerator): boolean | Value {
  if (e.kind >= OBJECT && overloads(e.base, '__ENUMISLAST')) return send(ctx, e.base, '__ENUMISLAST');
  return e.index >= e.length();
}

/** The end of the loop: an object base hears of it, unless BREAK or an error ended it. */
export function enumStop(ctx: Thread, e: Enumerator): void {
  if (e.kind >= OBJECT && !e.aborted && overloads(e.base, '__ENUMSTOP')) send(ctx, e.base, '__ENUMSTOP');
}

/**
 * A message to an enumerator reference, (@enum):__enumIndex( [n] ) and
 * the like: each gives the old value and sets the one passed. Undefined
 * when `msg` is not an enumerator message.
 */
export function enumSend(ctx: Thread, r: EnumRef, msg: string, args: Value[]): Value | undefined {
  const e = r.e;
  switch (msg) {
    case '__ENUMINDEX': {
      const old = e.index;
      const n = args[0];
      if (typeof n === 'number') e.index = Math.trunc(n);
      else if (n instanceof HbNum) e.index = Math.trunc(n.n);
      return old;
    }
    case '__ENUMBASE': {
      const old = e.base;
      if (args.length > 0) {
        e.base = args[0];
        if (e.kind !== OVERLOADED) e.kind = kindOf(e.base);
      }
      return old;
    }
    case '__ENUMVALUE': {
      const old = r.get();
      if (args.length > 0) r.set(args[0]);
      return old;
    }
    case '__ENUMKEY': return enumKey(ctx, e);
    case '__ENUMISFIRST': return enumIsFirst(ctx, e);
    case '__ENUMISLAST': return enumIsLast(ctx, e);
  }
  return undefined;
}
