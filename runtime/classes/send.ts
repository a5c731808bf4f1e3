// Sending a message: obj:name( args ). Each message object remembers the
// class it last dispatched on and the method it found (an inline cache), so
// a send on the same class as last time costs one compare. Values that are
// not objects answer a few messages of their own (a codeblock's EVAL,
// everyone's CLASSNAME); anything else is Harbour's "No exported method".

import type { Thread } from '../vm/thread.js';
import { HbObject, valType, type Value } from '../values/types.js';
import type { HbClass, Method } from './class.js';
import { makeError, launchSubst } from '../errors/launch.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';

export class Message {
  private cls: HbClass | null = null;
  private method: Method | null = null;

  constructor(readonly name: string) {}

  send(ctx: Thread, obj: Value, ...args: Value[]): Value {
    if (obj instanceof HbObject) {
      const cls = obj.cls;
      if (cls === this.cls) return this.method!(ctx, obj, ...args);
      const m = cls.lookup(this.name);
      if (m !== undefined) {
        this.cls = cls;
        this.method = m;
        return m(ctx, obj, ...args);
      }
      return noMethod(ctx, obj, this.name, args);
    }
    return scalarSend(ctx, obj, this.name, args);
  }

  /** The send from generator-mode code. */
  *sendG(ctx: Thread, obj: Value, ...args: Value[]): Generator<unknown, Value, unknown> {
    return this.send(ctx, obj, ...args);
  }
}

const SCALAR_CLASS: Record<string, string> = {
  U: 'NIL', L: 'LOGICAL', N: 'NUMERIC', C: 'CHARACTER', D: 'DATE', T: 'TIMESTAMP',
  A: 'ARRAY', H: 'HASH', B: 'BLOCK', S: 'SYMBOL', P: 'POINTER',
};

function scalarSend(ctx: Thread, obj: Value, msg: string, args: Value[]): Value {
  if (typeof obj === 'function' && msg === 'EVAL') return obj(ctx, ...args);
  if (msg === 'CLASSNAME') return SCALAR_CLASS[valType(obj)];
  return noMethod(ctx, obj, msg, args);
}

/** "No exported method" (or "No exported variable" for an assignment), substitutable. */
export function noMethod(ctx: Thread, obj: Value, msg: string, args: Value[]): Value {
  const assign = msg.startsWith('_');
  return launchSubst(ctx, makeError(ctx, assign
    ? { genCode: 16, subCode: 1005, operation: msg.slice(1), args: [obj, ...args], flags: EF_CANSUBSTITUTE }
    : { genCode: 13, subCode: 1004, operation: msg, args: [obj], flags: EF_CANSUBSTITUTE }));
}
