// The class engine as the __cls*() functions and HBClass use it: handles,
// function symbols and by-reference arguments in, classes and objects out.

import type { Thread } from '../vm/thread.js';
import type { FuncSym } from '../vm/symbols.js';
import { HbObject, HbRef, HbSymbol, type Value } from '../values/types.js';
import type { HbClass } from './class.js';
import { addMessage, instantiate, intOf, newClass } from './build.js';
import { registerMethodFunc } from './scope.js';
import { Kind } from './class.js';
import {
  MSG_ACCESS, MSG_ASSIGN, MSG_CLASSDATA, MSG_CLASSPROPERTY, MSG_CLSACCESS, MSG_CLSASSIGN, MSG_DATA, MSG_PROPERTY,
  SCOPE_EXPORTED, SCOPE_HIDDEN, SCOPE_PERSIST, SCOPE_PROTECTED,
} from './scope-bits.js';
import { inNative, launch, makeError } from '../errors/launch.js';
import { EF_NONE } from '../errors/error.js';
import { installOperators } from './operators.js';
import { sendAny } from './send.js';

export function classOf(ctx: Thread, h: Value): HbClass | undefined {
  return ctx.vm.classes.byHandle(intOf(h));
}

/** A function symbol from @Func() or a function name. */
export function funcSymOf(ctx: Thread, v: Value): FuncSym | null {
  if (v instanceof HbSymbol) return v.sym;
  if (typeof v === 'string') return ctx.vm.syms.findFunc(v) ?? null;
  return null;
}

/** The value behind a by-reference argument. */
export function deref(v: Value | HbRef): Value {
  return v instanceof HbRef ? v.get() : v;
}

function argError(ctx: Thread, fn: string, subCode: number, description: string | undefined, args: Value[] | undefined): void {
  inNative(ctx, fn, () => launch(ctx, makeError(ctx, { genCode: 1, subCode, description, operation: fn, args, flags: EF_NONE })));
}

/** __clsNew( cName, nDatas, [ahSuper], [sClassFunc], [lModuleFriendly] ) */
export function clsNew(ctx: Thread, name: Value, nDatas: Value, supers: Value, func: Value, modFriendly: Value): number {
  if (typeof name !== 'string') return 0;
  installOperators(ctx.vm);
  const parents: HbClass[] = [];
  if (Array.isArray(supers)) {
    for (const h of supers) {
      const c = classOf(ctx, h);
      if (c !== undefined) parents.push(c);
    }
  }
  let sym = funcSymOf(ctx, func);
  if (sym === null) sym = ctx.vm.syms.func(name.toUpperCase());
  const cls = newClass(ctx.vm.classes, name, Math.max(0, intOf(nDatas)), parents, sym);
  if (modFriendly === true) cls.friendModule = sym.file;
  return cls.handle;
}

/** __clsAddMsg( hClass, cMessage, xFunction, nType, [xInit], [nScope], [xType] ) */
export function clsAddMsg(ctx: Thread, h: Value, name: Value, fn: Value, type: Value, init: Value, scope: Value, xType: Value): void {
  const cls = classOf(ctx, h);
  if (cls === undefined || typeof name !== 'string') return;
  let t = intOf(type);
  let sc = intOf(scope);
  if (t === MSG_DATA) {
    t = name.startsWith('_') ? MSG_ASSIGN : MSG_ACCESS;
  } else if (t === MSG_CLASSDATA) {
    t = name.startsWith('_') ? MSG_CLSASSIGN : MSG_CLSACCESS;
  } else if (t === MSG_PROPERTY || t === MSG_CLASSPROPERTY) {
    sc = (sc | SCOPE_EXPORTED) & ~(SCOPE_PROTECTED | SCOPE_HIDDEN);
    addOne(ctx, cls, '_' + name, { type: t === MSG_PROPERTY ? MSG_ASSIGN : MSG_CLSASSIGN, scope: sc & ~SCOPE_PERSIST, fn, init: xType });
    t = t === MSG_PROPERTY ? MSG_ACCESS : MSG_CLSACCESS;
  }
  addOne(ctx, cls, name, { type: t, scope: sc, fn, init });
}

function addOne(ctx: Thread, cls: HbClass, name: string, a: { type: number; scope: number; fn: Value; init: Value }): void {
  const host = { funcSym: (v: Value) => funcSymOf(ctx, v), classOf: (n: number) => ctx.vm.classes.byHandle(n) };
  if (!addMessage(host, cls, name, a)) {
    argError(ctx, '__CLSADDMSG', 3000, undefined, [cls.handle, name, a.fn, a.type, a.init, a.scope]);
    return;
  }
  const e = cls.lookup(name.toUpperCase());
  if (e !== undefined && e.kind === Kind.METHOD && e.sym !== null) registerMethodFunc(e.sym.name, e);
}

/** __clsInst( hClass ) */
export function clsInst(ctx: Thread, h: Value): Value {
  const cls = classOf(ctx, h);
  return cls === undefined ? undefined : instantiate(cls);
}

/**
 * __clsInstSuper( sClassFunc | cName ): the handle of the class a class
 * function makes, running the function (and its :New()) when needed.
 */
export function clsInstSuper(ctx: Thread, v: Value): number {
  const sym = funcSymOf(ctx, v) ?? (v instanceof HbSymbol ? v.sym : null);
  if (sym === null || !sym.defined) {
    const name = v instanceof HbSymbol ? v.sym.name : typeof v === 'string' ? v : '';
    argError(ctx, '__CLSINSTSUPER', 3003, `Cannot find super class '${name}'`, undefined);
    return 0;
  }
  const known = ctx.vm.classes.byFunc(sym);
  if (known !== undefined) return known.handle;
  let o = sym.fn(ctx);
  let found = 0;
  if (o instanceof HbObject) {
    if (o.cls.funcSym === sym) found = o.cls.handle;
    else {
      found = ctx.vm.classes.byFunc(sym)?.handle ?? 0;
      if (found === 0) {
        o = sendAny(ctx, o, 'NEW', []);
        if (o instanceof HbObject && o.cls.funcSym === sym) found = o.cls.handle;
      }
    }
  }
  if (found === 0) argError(ctx, '__CLSINSTSUPER', 3002, `Super class '${sym.name}' does not return an object`, undefined);
  return found;
}

/** __clsAddFriend( hClass, sFunc ) */
export function clsAddFriend(ctx: Thread, h: Value, fn: Value): void {
  const cls = classOf(ctx, h);
  const sym = funcSymOf(ctx, fn) ?? (fn instanceof HbSymbol ? fn.sym : null);
  if (cls !== undefined && sym !== null) cls.friends.add(sym.name);
}
