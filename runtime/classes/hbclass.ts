// HBClass, the class that builds classes by hand: :New( cName, aSuper,
// sClassFunc ) starts one, :AddData(), :AddMethod() ... declare members,
// :Create() makes the real class (declare.ts, as ENDCLASS does) and
// :Instance() its objects. Its sixteen instance variables and messages
// are Harbour's, since programs can use them.

import type { Thread } from '../vm/thread.js';
import type { VM } from '../vm/vm.js';
import { HbObject, HbSymbol, type Value } from '../values/types.js';
import type { HbClass } from './class.js';
import { addMessage, instantiate, intOf, newClass } from './build.js';
import { buildClass, emptySpec, typedInit, type ClassSpec, type DataDecl, type MethodDecl } from './declare.js';
import { MSG_ACCESS, MSG_ASSIGN, MSG_INLINE, SCOPE_CLASS, SCOPE_EXPORTED } from './scope-bits.js';
import { addNative } from './hbobject.js';

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

function scopeOr(scope: Value, dflt: number): number {
  return typeof scope === 'number' ? scope : dflt;
}

function symOrName(ctx: Thread, v: Value): Value {
  if (typeof v === 'string' && v !== '') return new HbSymbol(ctx.vm.syms.func(v));
  return v;
}

/** The declaration the builder's instance variables hold, as buildClass() takes it. */
function specOf(self: Value): ClassSpec {
  const v = vars(self);
  const data = (d: Value): DataDecl => {
    const [name, init, type, scope] = d as Value[];
    return { name: String(name), init, type, scope: scopeOr(scope, SCOPE_EXPORTED) };
  };
  const method = (m: Value): MethodDecl => {
    const [name, impl, scope] = m as Value[];
    return { name: String(name), impl, scope: scopeOr(scope, SCOPE_EXPORTED) };
  };
  const spec = emptySpec(v[C_NAME], list(self, AS_SUPER), v[S_CLASSFUNC], v[L_MODFRIENDLY] === true);
  spec.datas = list(self, A_DATAS).map(data);
  spec.methods = list(self, A_METHODS).map(method);
  spec.classDatas = list(self, A_CLSDATAS).map(data);
  spec.inlines = list(self, A_INLINES).map(method);
  spec.virtuals = list(self, A_VIRTUALS).map(String);
  spec.delegates = list(self, A_DELEGATES).map((d) => {
    const [name, target, object, scope] = d as Value[];
    return { name: String(name), target, object, scope };
  });
  spec.onError = v[S_ONERROR];
  spec.destructor = v[S_DESTRUCTOR];
  spec.friends = [...list(self, AS_FRIENDCLASS), ...list(self, AS_FRIENDFUNC)];
  return spec;
}

function create(ctx: Thread, self: Value): Value {
  vars(self)[H_CLASS] = buildClass(ctx, specOf(self));
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
  list(self, A_DATAS).push([name, noInit === true ? init : typedInit(init, type), type, scopeOr(scope, SCOPE_EXPORTED)]);
  return undefined;
}

function addClassData(self: Value, name: Value, init: Value, type: Value, scope: Value, noInit: Value): Value {
  list(self, A_CLSDATAS).push([name, noInit === true ? init : typedInit(init, type), type, scopeOr(scope, SCOPE_EXPORTED) | SCOPE_CLASS]);
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
