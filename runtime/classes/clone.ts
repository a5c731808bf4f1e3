// Deep copies as Harbour makes them of initial values and by __objClone():
// arrays and hashes are copied (shared parts and cycles stay shared and
// cyclic in the copy); objects inside are not copied, only referred to;
// everything else is a value or stays shared.

import { HbHash, HbObject, type Value } from '../values/types.js';

export function cloneValue(v: Value, seen = new Map<object, Value>()): Value {
  if (typeof v !== 'object' || v === null) return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  if (v instanceof HbObject) return v;
  if (Array.isArray(v)) {
    const a: Value[] = new Array(v.length);
    seen.set(v, a);
    for (let i = 0; i < v.length; i++) a[i] = cloneValue(v[i], seen);
    return a;
  }
  if (v instanceof HbHash) {
    const h = new HbHash();
    seen.set(v, h);
    h.flags = v.flags;
    h.defaultValue = v.defaultValue;
    h.keys = v.keys.slice();
    h.values = v.values.map((x) => cloneValue(x, seen));
    h.index = new Map(v.index);
    h.shared = v.shared === null ? null : new Set(v.shared);
    return h;
  }
  return v;
}

/** __objClone(): a copy of the object's own variables (a reference to the object itself becomes the copy). */
export function cloneObject(o: HbObject): HbObject {
  const c = new HbObject(o.cls, []);
  const seen = new Map<object, Value>([[o, c]]);
  c.vars = o.vars.map((x) => cloneValue(x, seen));
  return c;
}
