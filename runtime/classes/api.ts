// The class engine as the __cls*() functions and HBClass use it: handles,
// function symbols and by-reference arguments in, classes and objects out.

import type { Thread } from '../vm/thread.js';
import type { FuncSym } from '../vm/symbols.js';
import { HbNum, HbObject, HbRef, HbSymbol, type Value } from '../values/types.js';
import type { HbClass } from './class.js';
import { addMessage, instantiate, intOf, itemTypeOf, newClass } from './build.js';
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

/**
 * A function symbol from @Func() or a function name. @Func() of a function
 * of the same module carries a module-local symbol; a public function's is
 * replaced by the global one, so that a class function is one symbol
 * whichever module names it (and knows its file).
 */
export function funcSymOf(ctx: Thread, v: Value): FuncSym | null {
  if (v instanceof HbSymbol) {
    const g = v.sym.file === '' ? ctx.vm.syms.findFunc(v.sym.name) : undefined;
    return g !== undefined && g.fn === v.sym.fn ? g : v.sym;
  }
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
  if (modFriendly === true) cls.friendModule = sym.file !== '' ? sym.file : callerFile(ctx);
  return cls.handle;
}

/** The file of the nearest PRG frame: the module of a STATIC class function building its class. */
function callerFile(ctx: Thread): string {
  for (let i = ctx.sp; i >= 0; i--) {
    const file = ctx.frames[i].proc.file;
    if (file !== '') return file;
  }
  return '';
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
  ctx.vm.classes.messagesChanged();
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
  if (cls === undefined) return undefined;
  const o = instantiate(cls);
  ctx.vm.rc?.born(ctx, o);
  return o;
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
  // the class function runs from a __CLSINSTSUPER frame, as the call stack shows it
  const found = inNative(ctx, '__CLSINSTSUPER', () => {
    let o = sym.fn(ctx);
    if (!(o instanceof HbObject)) return 0;
    if (o.cls.funcSym === sym) return o.cls.handle;
    const h = ctx.vm.classes.byFunc(sym)?.handle ?? 0;
    if (h !== 0) return h;
    o = sendAny(ctx, o, 'NEW', []);
    return o instanceof HbObject && o.cls.funcSym === sym ? o.cls.handle : 0;
  });
  if (found === 0) argError(ctx, '__CLSINSTSUPER', 3002, `Super class '${sym.name}' does not return an object`, undefined);
  return found;
}

/** __clsAddFriend( hClass, sFunc ) */
export function clsAddFriend(ctx: Thread, h: Value, fn: Value): void {
  const cls = classOf(ctx, h);
  const sym = funcSymOf(ctx, fn) ?? (fn instanceof HbSymbol ? fn.sym : null);
  if (cls !== undefined && sym !== null) cls.friends.add(sym.name);
}

/**
 * __clsAssocType( hClass, xType ): plain values of the type (a type name or
 * a sample value) answer messages as objects of the class do. A class with
 * instance variables cannot be one (BASE/3005).
 */
export function clsAssocType(ctx: Thread, h: Value, type: Value): boolean {
  const cls = classOf(ctx, h);
  if (cls === undefined || type === undefined) return false;
  if (cls.nDatas > 0) {
    argError(ctx, '__CLSASSOCTYPE', 3005, 'Scalar class can not contain instance variables', [h, type]);
    return false;
  }
  let letter: string;
  if (typeof type === 'string') letter = type.toUpperCase() === 'NIL' ? 'U' : itemTypeOf(type);
  else letter = typeof type === 'number' || type instanceof HbNum ? '' : itemTypeOf(type);
  // 'I' (integer) is no type of its own for a class
  if (letter === '' || letter === 'I') return false;
  ctx.vm.classes.scalar.set(letter, cls);
  return true;
}
