// FOR EACH enumerators: the loop's position in its base (an array, a hash
// or a string), the current value, and the variable's value before the
// loop, which is restored when the loop ends.

import type { Thread } from './thread.js';
import { HbHash, HbObject, type Value } from '../values/types.js';
import { makeError, launch } from '../errors/launch.js';

const ARRAY = 0;
const HASH = 1;
const STRING = 2;
// an object is the array of its instance variables
const OBJECT = 3;

export class Enumerator {
  /** 1-based position of the current item */
  index = 0;
  value: Value = undefined;
  constructor(
    readonly base: Value,
    readonly kind: number,
    readonly descend: boolean,
    readonly saved: Value,
  ) {}

  length(): number {
    const b = this.base;
    return this.kind === ARRAY ? (b as Value[]).length : this.kind === HASH ? (b as HbHash).keys.length
      : this.kind === OBJECT ? (b as HbObject).vars.length : (b as string).length;
  }
}

export function enumStart(ctx: Thread, base: Value, descend: boolean, saved: Value): Enumerator {
  let kind: number;
  if (Array.isArray(base)) kind = ARRAY;
  else if (base instanceof HbHash) kind = HASH;
  else if (typeof base === 'string') kind = STRING;
  else if (base instanceof HbObject) kind = OBJECT;
  else {
    launch(ctx, makeError(ctx, { genCode: 1, subCode: 1068, operation: 'FOR EACH', args: [base] }));
    kind = ARRAY;
    base = [];
  }
  const e = new Enumerator(base, kind, descend, saved);
  if (descend) e.index = e.length() + 1;
  return e;
}

export function enumNext(_ctx: Thread, e: Enumerator): boolean {
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

export function enumKey(_ctx: Thread, e: Enumerator): Value {
  return e.kind === HASH ? (e.base as HbHash).keys[e.index - 1] : e.index;
}

/** Whether the item is the base's first: by position, whichever way the loop goes. */
export function enumIsFirst(e: Enumerator): boolean {
  return e.index <= 1;
}

/** Whether the item is the base's last, by position. */
export function enumIsLast(e: Enumerator): boolean {
  return e.index >= e.length();
}
