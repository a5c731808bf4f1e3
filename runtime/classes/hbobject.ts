// HBObject, the default parent of every class declared with hbclass.ch:
// New() calls Init(), and a message the class does not know goes through
// its ON ERROR handler to MsgNotFound() and Error(), which raise
// "Message not found" (CLASS:MESSAGE) as Harbour does.

import type { Thread } from '../vm/thread.js';
import type { VM } from '../vm/vm.js';
import { HbSymbol, type Value } from '../values/types.js';
import { nativeProc } from '../vm/frame.js';
import { launchSubst, makeError } from '../errors/launch.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';
import { Kind, type HbClass, type Method } from './class.js';
import { addMessage, instantiate, newClass, ONERROR_MSG, setObjectClass } from './build.js';
import { MSG_INLINE, MSG_ONERROR, MSG_REALCLASS, SCOPE_EXPORTED } from './scope-bits.js';
import { currentMessage, classNameOf } from './missing.js';
import { sendAny } from './send.js';
import { hbClassClass } from './hbclass.js';
import { installOperators } from './operators.js';
import { derivedFrom } from './relations.js';

const objectClasses = new WeakMap<VM, HbClass>();

/** Add a built-in method that shows as a "CLASS:MESSAGE" frame. */
export function addNative(cls: HbClass, name: string, fn: Method): void {
  const e = cls.alloc(name).entry;
  e.kind = Kind.METHOD;
  e.native = fn;
  e.framed = true;
}

/** A built-in inline method: its codeblock frame is "(b)" + the class function. */
function addNativeInline(cls: HbClass, name: string, blockOwner: string, fn: (ctx: Thread, self: Value, ...a: Value[]) => Value): void {
  const proc = nativeProc('(b)' + blockOwner);
  addMessage(noHost, cls, name, {
    type: MSG_INLINE,
    scope: SCOPE_EXPORTED,
    fn: (ctx: Thread, self: Value, ...a: Value[]) => {
      const f = ctx.enter(proc);
      const r = fn(ctx, self, ...a);
      ctx.leave(f);
      return r;
    },
    init: undefined,
  });
}

const noHost = { funcSym: () => null, classOf: () => undefined };

export function hbObjectClass(ctx: Thread): HbClass {
  let cls = objectClasses.get(ctx.vm);
  if (cls !== undefined) return cls;
  hbClassClass(ctx);
  installOperators(ctx.vm);
  cls = newClass(ctx.vm.classes, 'HBOBJECT', 0, [], ctx.vm.syms.func('HBOBJECT'));
  objectClasses.set(ctx.vm, cls);
  setObjectClass(cls);
  addMessage(noHost, cls, 'REALCLASS', { type: MSG_REALCLASS, scope: SCOPE_EXPORTED, fn: undefined, init: undefined });
  addNative(cls, 'NEW', (c, self, ...args) => {
    sendAny(c, self, 'INIT', args);
    return self;
  });
  addNative(cls, 'INIT', (_c, self) => self);
  addNative(cls, 'ERROR', (c, self, desc, clsName, msg, code) => objectError(c, self, desc, clsName, msg, code));
  addNativeInline(cls, 'ISDERIVEDFROM', 'HBOBJECT', (c, self, x) => derivedFrom(c, self, x));
  addNativeInline(cls, 'ISKINDOF', 'HBOBJECT', (c, self, x) => derivedFrom(c, self, x));
  addNativeInline(cls, 'MSGNOTFOUND', 'HBOBJECT', (c, self, msg) => {
    const m = typeof msg === 'string' ? msg : '';
    return sendAny(c, self, 'ERROR', ['Message not found', sendAny(c, self, 'CLASSNAME', []), msg, m.startsWith('_') ? 1005 : 1004]);
  });
  const onError = new HbSymbol(ctx.vm.syms.func('HBOBJECT'));
  addMessage({ funcSym: () => onError.sym, classOf: () => undefined }, cls, '', { type: MSG_ONERROR, scope: 0, fn: onError, init: undefined });
  const h = cls.lookup(ONERROR_MSG)!;
  h.sym = null;
  h.native = (c, self, ...args) => sendAny(c, self, 'MSGNOTFOUND', [currentMessage(c), ...args]);
  return cls;
}

/** Error( cDesc, cClass, cMsg, nCode ): "cClass:cMsg" as a substitutable error 1004 or 1005. */
function objectError(ctx: Thread, self: Value, desc: Value, clsName: Value, msg: Value, code: Value): Value {
  const n = typeof code === 'number' ? code : 1004;
  const op = String(clsName ?? classNameOf(self)) + ':' + String(msg ?? '');
  const f = ctx.enter(nativeProc('__ERRRT_SBASE'));
  const r = launchSubst(ctx, makeError(ctx, {
    genCode: n === 1005 ? 16 : 13,
    subCode: n,
    description: typeof desc === 'string' ? desc : undefined,
    operation: op,
    args: [self],
    flags: EF_CANSUBSTITUTE,
  }));
  ctx.leave(f);
  return r;
}

/** HBObject(): an instance of HBObject. */
export function hbObjectFunction(ctx: Thread): Value {
  return instantiate(hbObjectClass(ctx));
}
