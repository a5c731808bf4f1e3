// HBClass, the class that builds classes: a class function makes one with
// :New( cName, aSuper, sClassFunc ), declares members with :AddData(),
// :AddMethod() ..., then :Create() makes the real class (__clsNew and
// __clsAddMsg) and :Instance() its objects. Its sixteen instance
// variables and messages are Harbour's.

import type { Thread } from '../vm/thread.js';
import type { VM } from '../vm/vm.js';
import { HbDate, HbObject, HbSymbol, HbTimestamp, type Value } from '../values/types.js';
import type { HbClass } from './class.js';
import { addMessage, instantiate, newClass } from './build.js';
import {
  MSG_ACCESS, MSG_ASSIGN, MSG_CLSACCESS, MSG_CLSASSIGN, MSG_DELEGATE, MSG_DESTRUCTOR, MSG_INLINE, MSG_METHOD,
  MSG_ONERROR, MSG_REALCLASS, MSG_SUPER, MSG_VIRTUAL, SCOPE_CLASS, SCOPE_EXPORTED, SCOPE_NONVIRTUAL,
} from './scope-bits.js';
import { clsAddFriend, clsAddMsg, clsInstSuper, clsNew } from './api.js';
import { addNative } from './hbobject.js';
import { intOf } from './build.js';

// instance variables, in Harbour's order
const H_CLASS = 0;
const C_NAME = 1;
const A_DATAS = 2;
const A_METHODS = 3;
const A_CLSDATAS = 4;
const A_CLSMETHODS = 5;
const A_INLINES = 6;
const A_VIRTUALS = 7;
const A_DELEGATES = 8;
const AS_SUPER = 9;
const S_ONERROR = 10;
const S_DESTRUCTOR = 11;
const L_MODFRIENDLY = 12;
const AS_FRIENDCLASS = 13;
const AS_FRIENDFUNC = 14;
const S_CLASSFUNC = 15;

const VARS = ['hClass', 'cName', 'aDatas', 'aMethods', 'aClsDatas', 'aClsMethods', 'aInlines', 'aVirtuals',
  'aDelegates', 'asSuper', 'sOnError', 'sDestructor', 'lModFriendly', 'asFriendClass', 'asFriendFunc', 'sClassFunc'];

const classClasses = new WeakMap<VM, HbClass>();
const noHost = { funcSym: () => null, classOf: () => undefined };

function vars(self: Value): Value[] {
  return (self as HbObject).vars;
}

function list(self: Value, i: number): Value[] {
  let a = vars(self)[i];
  if (!Array.isArray(a)) {
    a = [];
    vars(self)[i] = a;
  }
  return a;
}

/** The value a typed variable starts with when it has no INIT (unless lNoInit). */
function typedInit(init: Value, type: Value, noInit: Value): Value {
  if (noInit === true || init !== undefined || typeof type !== 'string' || type === '') return init;
  switch (type[0].toUpperCase()) {
    case 'L': return false;
    case 'I': case 'N': return 0;
    case 'D': return new HbDate(0);
    case 'T': return new HbTimestamp(0, 0);
  }
  return init;
}

function scopeOr(scope: Value, dflt: number): number {
  return typeof scope === 'number' ? scope : dflt;
}

function symOrName(ctx: Thread, v: Value): Value {
  if (typeof v === 'string' && v !== '') return new HbSymbol(ctx.vm.syms.func(v));
  return v;
}

function create(ctx: Thread, self: Value): Value {
  const v = vars(self);
  const supers: number[] = [];
  for (const s of list(self, AS_SUPER)) {
    const h = clsInstSuper(ctx, s);
    if (h !== 0) supers.push(h);
  }
  const h = clsNew(ctx, v[C_NAME], list(self, A_DATAS).length, supers, v[S_CLASSFUNC], v[L_MODFRIENDLY]);
  v[H_CLASS] = h;
  if (supers.length > 0) {
    clsAddMsg(ctx, h, 'SUPER', 0, MSG_SUPER, supers[0], SCOPE_EXPORTED + SCOPE_NONVIRTUAL, undefined);
    clsAddMsg(ctx, h, '__SUPER', 0, MSG_SUPER, supers[0], SCOPE_EXPORTED + SCOPE_NONVIRTUAL, undefined);
  }
  clsAddMsg(ctx, h, 'REALCLASS', 0, MSG_REALCLASS, 0, SCOPE_EXPORTED, undefined);
  list(self, A_DATAS).forEach((d, i) => {
    const [name, init, type, scope] = d as Value[];
    clsAddMsg(ctx, h, name, i + 1, MSG_ACCESS, init, scope, undefined);
    clsAddMsg(ctx, h, '_' + String(name), i + 1, MSG_ASSIGN, type, scope, undefined);
  });
  for (const m of list(self, A_METHODS)) {
    const [name, fn, scope] = m as Value[];
    clsAddMsg(ctx, h, name, fn, MSG_METHOD, undefined, scope, undefined);
  }
  const cls = ctx.vm.classes.byHandle(h)!;
  const first = cls.classData.length;
  list(self, A_CLSDATAS).forEach((d, i) => {
    const [name, init, , scope] = d as Value[];
    clsAddMsg(ctx, h, name, i + 1 + first, MSG_CLSACCESS, init, scope, undefined);
    clsAddMsg(ctx, h, '_' + String(name), i + 1 + first, MSG_CLSASSIGN, undefined, scope, undefined);
  });
  for (const m of list(self, A_INLINES)) {
    const [name, block, scope] = m as Value[];
    clsAddMsg(ctx, h, name, block, MSG_INLINE, undefined, scope, undefined);
  }
  list(self, A_VIRTUALS).forEach((name, i) => clsAddMsg(ctx, h, name, i + 1, MSG_VIRTUAL, undefined, undefined, undefined));
  for (const d of list(self, A_DELEGATES)) {
    const [name, msg, obj, scope] = d as Value[];
    clsAddMsg(ctx, h, name, msg, MSG_DELEGATE, obj, scope, undefined);
  }
  if (v[S_ONERROR] !== undefined) clsAddMsg(ctx, h, '__OnError', v[S_ONERROR], MSG_ONERROR, undefined, undefined, undefined);
  if (v[S_DESTRUCTOR] !== undefined) clsAddMsg(ctx, h, '__Destructor', v[S_DESTRUCTOR], MSG_DESTRUCTOR, undefined, undefined, undefined);
  for (const f of list(self, AS_FRIENDCLASS)) clsAddFriend(ctx, h, f);
  for (const f of list(self, AS_FRIENDFUNC)) clsAddFriend(ctx, h, f);
  return undefined;
}

function newClassObject(ctx: Thread, self: Value, name: Value, sup: Value, func: Value, modFriendly: Value): Value {
  const v = vars(self);
  let supers: Value[] = [];
  if (sup instanceof HbSymbol) supers = [sup];
  else if (typeof sup === 'string' && sup !== '') supers = [symOrName(ctx, sup)];
  else if (Array.isArray(sup)) {
    for (const s of sup) {
      if (s instanceof HbSymbol) supers.push(s);
      else if (typeof s === 'string' && s.trim() !== '') supers.push(symOrName(ctx, s));
    }
  }
  v[AS_SUPER] = supers;
  v[C_NAME] = typeof name === 'string' ? name.toUpperCase() : name;
  v[S_CLASSFUNC] = func;
  v[L_MODFRIENDLY] = modFriendly === true;
  for (const i of [A_DATAS, A_METHODS, A_CLSDATAS, A_CLSMETHODS, A_INLINES, A_VIRTUALS, A_DELEGATES, AS_FRIENDCLASS, AS_FRIENDFUNC]) v[i] = [];
  return self;
}

function addData(self: Value, name: Value, init: Value, type: Value, scope: Value, noInit: Value): Value {
  list(self, A_DATAS).push([name, typedInit(init, type, noInit), type, scopeOr(scope, SCOPE_EXPORTED)]);
  return undefined;
}

function addClassData(self: Value, name: Value, init: Value, type: Value, scope: Value, noInit: Value): Value {
  list(self, A_CLSDATAS).push([name, typedInit(init, type, noInit), type, scopeOr(scope, SCOPE_EXPORTED) | SCOPE_CLASS]);
  return undefined;
}

export function hbClassClass(ctx: Thread): HbClass {
  let cls = classClasses.get(ctx.vm);
  if (cls !== undefined) return cls;
  cls = newClass(ctx.vm.classes, 'HBCLASS', VARS.length, [], ctx.vm.syms.func('HBCLASS'));
  classClasses.set(ctx.vm, cls);
  addNative(cls, 'NEW', (c, self, name, sup, func, mf) => newClassObject(c, self, name, sup, func, mf));
  addNative(cls, 'CREATE', (c, self) => create(c, self));
  addNative(cls, 'ADDDATA', (_c, self, name, init, type, scope, noInit) => addData(self, name, init, type, scope, noInit));
  addNative(cls, 'ADDMULTIDATA', (_c, self, type, init, scope, names, noInit) => {
    if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') addData(self, n, init, type, scope, noInit);
    return undefined;
  });
  addNative(cls, 'ADDCLASSDATA', (_c, self, name, init, type, scope, noInit) => addClassData(self, name, init, type, scope, noInit));
  addNative(cls, 'ADDMULTICLSDATA', (_c, self, type, init, scope, names, noInit) => {
    if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') addClassData(self, n, init, type, scope, noInit);
    return undefined;
  });
  addNative(cls, 'ADDINLINE', (_c, self, name, block, scope) => {
    list(self, A_INLINES).push([name, block, scopeOr(scope, SCOPE_EXPORTED)]);
    return undefined;
  });
  addNative(cls, 'ADDMETHOD', (_c, self, name, fn, scope) => {
    list(self, A_METHODS).push([name, fn, scopeOr(scope, SCOPE_EXPORTED)]);
    return undefined;
  });
  addNative(cls, 'ADDCLSMETHOD', (_c, self, name, fn, scope) => {
    list(self, A_CLSMETHODS).push([name, fn, scopeOr(scope, SCOPE_EXPORTED) | SCOPE_CLASS]);
    return undefined;
  });
  addNative(cls, 'ADDVIRTUAL', (_c, self, name) => {
    list(self, A_VIRTUALS).push(name);
    return undefined;
  });
  addNative(cls, 'ADDDELEGATE', (_c, self, m, msg, obj, scope) => {
    for (const n of Array.isArray(m) ? m : typeof m === 'string' ? [m] : []) list(self, A_DELEGATES).push([n, msg, obj, scope]);
    return undefined;
  });
  addNative(cls, 'ADDFRIENDFUNC', (_c, self, ...fns) => {
    list(self, AS_FRIENDFUNC).push(...fns);
    return undefined;
  });
  addNative(cls, 'ADDFRIENDCLASS', (_c, self, ...classes) => {
    list(self, AS_FRIENDCLASS).push(...classes);
    return undefined;
  });
  addNative(cls, 'INSTANCE', (c, self) => {
    const k = c.vm.classes.byHandle(intOf(vars(self)[H_CLASS]));
    return k === undefined ? undefined : instantiate(k);
  });
  addNative(cls, 'SETONERROR', (_c, self, fn) => {
    vars(self)[S_ONERROR] = fn;
    return undefined;
  });
  addNative(cls, 'SETDESTRUCTOR', (_c, self, fn) => {
    vars(self)[S_DESTRUCTOR] = fn;
    return undefined;
  });
  addNative(cls, 'INITCLASS', (_c, self) => self);
  addMessage(noHost, cls, 'CSUPER', {
    type: MSG_INLINE,
    scope: SCOPE_EXPORTED,
    fn: (_c: Thread, self: Value) => {
      const s = list(self, AS_SUPER);
      return s.length === 0 ? undefined : s[0] instanceof HbSymbol ? s[0].sym.name : undefined;
    },
    init: undefined,
  });
  VARS.forEach((name, i) => {
    addMessage(noHost, cls!, name, { type: MSG_ACCESS, scope: SCOPE_EXPORTED, fn: i + 1, init: undefined });
    addMessage(noHost, cls!, '_' + name, { type: MSG_ASSIGN, scope: SCOPE_EXPORTED, fn: i + 1, init: undefined });
  });
  return cls;
}

/** HBClass(): a new, empty class builder. */
export function hbClassFunction(ctx: Thread): Value {
  return instantiate(hbClassClass(ctx));
}
