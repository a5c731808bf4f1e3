// Messages a class does not define: the ones every value answers
// (ClassName, ClassH, ClassSel), those of codeblocks, symbols and hashes,
// the class's ON ERROR handler, and otherwise Harbour's "No exported
// method" / "No exported variable" error.

import type { Thread } from '../vm/thread.js';
import { HbHash, HbObject, HbSymbol, valType, type Value } from '../values/types.js';
import { Kind, type HbClass, type MethodCall, type MsgEntry } from './class.js';
import { inNative, makeError, launchSubst } from '../errors/launch.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';
import { nativeProc } from '../vm/frame.js';
import { ONERROR_MSG } from './build.js';
import { classSel } from './introspect.js';
import { dispatch } from './send.js';
import { EnumRef, enumSend } from '../vm/enumerate.js';

const SCALAR_CLASS: Record<string, string> = {
  U: 'NIL', L: 'LOGICAL', N: 'NUMERIC', C: 'CHARACTER', D: 'DATE', T: 'TIMESTAMP',
  A: 'ARRAY', H: 'HASH', B: 'BLOCK', S: 'SYMBOL', P: 'POINTER',
};

/** The class name of any value: its class's, or the name of its type. */
export function classNameOf(v: Value): string {
  if (v instanceof HbObject) return (v.cls.castOf ?? v.cls).name;
  return SCALAR_CLASS[valType(v)];
}

/**
 * A message to a plain value: what its type answers itself, then the class
 * associated with its type (__clsAssocType), which answers as for its objects.
 */
export function sendScalar(ctx: Thread, obj: Value, msg: string, args: Value[]): Value {
  if (typeof obj === 'function') {
    if (msg === 'EVAL') return obj(ctx, ...args);
  } else if (obj instanceof HbSymbol) {
    if (msg === 'EXEC' || msg === 'EVAL') return obj.sym.fn(ctx, ...args);
    if (msg === 'NAME') return obj.sym.name;
  } else if (obj instanceof HbHash) {
    if (msg === 'KEYS') return obj.keys.slice();
    if (msg === 'VALUES') return obj.values.slice();
  } else if (obj instanceof EnumRef) {
    // (@enum):__enumIndex() and the like, to a FOR EACH variable passed by reference
    const r = enumSend(ctx, obj, msg, args);
    if (r !== undefined || msg.startsWith('__ENUM')) return r;
  }
  const scalar = ctx.vm.classes.scalar;
  if (scalar.size !== 0) {
    const cls = scalar.get(valType(obj));
    if (cls !== undefined) return dispatch(ctx, cls, obj, msg, args);
  }
  switch (msg) {
    case 'CLASSNAME': return SCALAR_CLASS[valType(obj)];
    case 'CLASSH': return 0;
  }
  return noMethod(ctx, obj, msg, args);
}

/** "No exported method" (or "No exported variable" for an assignment), substitutable. */
export function noMethod(ctx: Thread, obj: Value, msg: string, args: Value[]): Value {
  const assign = msg.startsWith('_');
  // the failed send shows as a frame of its own: CLASS:MSG, or MSG for other values ((b)EVAL for Eval)
  const frame = obj instanceof HbObject ? `${obj.cls.name}:${msg}` : msg === 'EVAL' ? '(b)EVAL' : msg;
  return inNative(ctx, frame, () => launchSubst(ctx, makeError(ctx, assign
    ? { genCode: 16, subCode: 1005, operation: msg.slice(1), args: [obj, ...args], flags: EF_CANSUBSTITUTE }
    : { genCode: 13, subCode: 1004, operation: msg, args: [obj, ...args], flags: EF_CANSUBSTITUTE })));
}

/** A message `cls` (the class dispatched on) does not define, sent to object `self`. */
export function noMethodObject(ctx: Thread, cls: HbClass, self: Value, msg: string, args: Value[]): Value {
  switch (msg) {
    case 'CLASSNAME': return cls.name;
    case 'CLASSH': return cls.handle;
    case 'CLASSSEL': return classSel(cls, args[0], args[1], args[2]);
  }
  if (cls.hasOnError) {
    const h = cls.lookup(ONERROR_MSG);
    if (h !== undefined && h.kind === Kind.ONERROR) return runOnError(ctx, cls, h, self, msg, args);
  }
  return noMethod(ctx, self, msg, args);
}

/** The ON ERROR handler runs as the missing message: its frame is "CLASS:MESSAGE". */
function runOnError(ctx: Thread, cls: HbClass, h: MsgEntry, self: Value, msg: string, args: Value[]): Value {
  const call: MethodCall = { proc: nativeProc(cls.name + ':' + msg), entry: h, message: msg };
  ctx.nextSelf = self;
  ctx.nextMethod = call;
  if (h.sym !== null) return h.sym.fn(ctx, ...args);
  const f = ctx.enter(call.proc!);
  const r = h.native!(ctx, self, ...args);
  ctx.leave(f);
  return r;
}

/** __GetMessage(): the message the calling method runs for. */
export function currentMessage(ctx: Thread): string {
  const f = ctx.frames[ctx.sp];
  if (f === undefined) return '';
  if (f.method !== null) return f.method.message;
  return f.proc.name;
}
