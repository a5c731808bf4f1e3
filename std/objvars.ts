// An object's instance variables by name: __objGetIVars() lists them (what
// hb_ValToExp() writes for an object), __objSetIVars() and
// __objRestoreIVars() put them back; __objSetClass() and
// __objSetClassHandle() change the class of an array or object; and the
// class-table queries __clsGetAncestors(), __clsPreallocate(),
// __clsVerify().
//
// A variable is named by its access message; one that only an ancestor's
// own methods reach (hidden by a variable of the same name further down)
// is named "CLASS:VAR" after that ancestor.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { deref, intVal, isNum, numVal } from './param.js';
import { Kind, type HbClass, type MsgEntry } from '../runtime/classes/class.js';
import { classOf, clsInst, funcSymOf } from '../runtime/classes/api.js';
import { symName } from './dynsym.js';

/** The class whose instance layout an object has. */
function layoutOf(o: HbObject): HbClass {
  return o.cls.castOf ?? o.cls;
}

/** Harbour's item equality (hb_itemEqual): same value for scalars, same array/hash/block. */
function itemEqual(x: Value, y: Value): boolean {
  if (isNum(x)) return isNum(y) && numVal(x) === numVal(y);
  if (x instanceof HbDate || x instanceof HbTimestamp) {
    if (!(y instanceof HbDate || y instanceof HbTimestamp)) return false;
    return x.jd === y.jd && (x instanceof HbTimestamp ? x.ms : 0) === (y instanceof HbTimestamp ? y.ms : 0);
  }
  if (x instanceof HbPointer) return y instanceof HbPointer && x.target === y.target;
  if (x instanceof HbSymbol) return y instanceof HbSymbol && x.sym.name === y.sym.name;
  return x === y;
}

// What is known about one instance slot while the variables are collected:
// 0 nothing yet, 1 differs from its initial value, 2 reached by an
// assignment message, 3 settled (reached by an access message, or left out).
const UNSEEN = 0;
const CHANGED = 1;
const BY_ASSIGN = 2;
const SETTLED = 3;

/** __objGetIVars( oObject, [nScope], [lChanged] ): { { cName, xValue }, ... } in slot order. */
export function objGetIVars(o: HbObject, scope: number, changedOnly: boolean): Value[] {
  const cls = layoutOf(o);
  const vars = o.vars;
  const n = vars.length;
  const status = new Array<number>(n).fill(UNSEEN);
  const entry = new Array<MsgEntry | undefined>(n);
  const from = new Array<HbClass | undefined>(n);

  if (changedOnly) {
    for (const d of cls.initData) {
      if (d.classData || d.index >= n) continue;
      status[d.index] = itemEqual(vars[d.index], d.value) ? SETTLED : CHANGED;
    }
  }

  const visit = (owner: HbClass, e: MsgEntry, slot: number): void => {
    if (e.kind !== Kind.GETDATA && e.kind !== Kind.SETDATA) return;
    if (scope !== 0 && (e.scope & scope) === 0) return;
    if (slot < 0 || slot >= n) return;
    let st = e.kind === Kind.GETDATA ? SETTLED : BY_ASSIGN;
    if (status[slot] >= st) return;
    if (status[slot] === UNSEEN && vars[slot] === undefined) {
      st = SETTLED;
    } else {
      entry[slot] = e;
      from[slot] = owner;
    }
    status[slot] = st;
  };

  // the class's own table first, then what each ancestor's own methods reach
  for (const e of cls.msgs.values()) visit(cls, e, e.offset + e.data);
  for (let i = cls.supers.length - 1; i >= 0; i--) {
    const s = cls.supers[i];
    if (s.cls === cls) continue;
    for (const e of s.cls.msgs.values()) if (e.owner === s.cls) visit(s.cls, e, s.offset + e.data);
  }

  const out: Value[] = [];
  for (let i = 0; i < n; i++) {
    const e = entry[i];
    if (e === undefined) continue;
    const owner = from[i]!;
    out.push([owner === cls ? e.message : owner.name + ':' + e.message, vars[i]]);
  }
  return out;
}

/** The ancestor (or the class itself) named `name`, as hb_clsGetParent() finds it. */
function parentNamed(cls: HbClass, name: string): HbClass | undefined {
  for (let i = cls.supers.length - 1; i >= 0; i--) if (cls.supers[i].cls.name === name) return cls.supers[i].cls;
  return undefined;
}

/** The slot of variable `name` as class `sup` (an ancestor of cls, or cls) sees it; -1 if none. */
function varSlot(cls: HbClass, sup: HbClass, name: string): number {
  const e = sup.lookup(name);
  if (e === undefined || (e.kind !== Kind.GETDATA && e.kind !== Kind.SETDATA)) return -1;
  return e.data + (sup === cls ? e.offset : cls.offsetOf(sup));
}

/** Store each { cName | "CLASS:NAME", xValue } of `list` into its variable of `o`. */
function setIVars(o: HbObject, list: Value[]): void {
  const cls = layoutOf(o);
  for (const item of list) {
    const pair = deref(item);
    if (!Array.isArray(pair) || pair.length < 2) continue;
    const name = typeof pair[0] === 'string' ? pair[0] : '';
    let sup: HbClass | undefined = cls;
    let varName: string;
    const colon = name.indexOf(':');
    if (colon >= 0) {
      if (colon > 0) sup = parentNamed(cls, symName(name.slice(0, colon)));
      varName = symName(name.slice(colon + 1));
    } else {
      varName = symName(name);
    }
    if (sup === undefined || varName === '') continue;
    const slot = varSlot(cls, sup, varName);
    if (slot >= 0 && slot < o.vars.length) o.vars[slot] = deref(pair[1]);
  }
}

/** The class hb_clsFindClass() finds: by exact name and, when given, its class function's name. */
function findClass(ctx: Thread, name: string, funcName: Value): HbClass | undefined {
  for (const c of ctx.vm.classes.list) {
    if (c.name !== name) continue;
    if (typeof funcName !== 'string') return c;
    if (c.funcSym === null ? funcName === '' : c.funcSym.name === funcName) return c;
  }
  return undefined;
}

/** A new instance (no :New()) of the class named by a handle, a class name or a class function symbol. */
function instanceOf(ctx: Thread, spec: Value, funcName: Value): HbObject | undefined {
  let cls: HbClass | undefined;
  if (isNum(spec)) cls = classOf(ctx, intVal(spec) & 0xffff);
  else if (typeof spec === 'string') cls = findClass(ctx, spec, funcName);
  else if (spec instanceof HbSymbol) {
    const sym = funcSymOf(ctx, spec) ?? spec.sym;
    cls = ctx.vm.classes.list.find((c) => c.funcSym === sym || (c.funcSym !== null && c.funcSym.name === sym.name));
  }
  if (cls === undefined) return undefined;
  const o = clsInst(ctx, cls.handle);
  return o instanceof HbObject ? o : undefined;
}

export const functions: StdModule = {
  __OBJGETIVARS(_ctx, o, scope, changed) {
    const v = deref(o);
    if (!(v instanceof HbObject)) return undefined;
    const c = deref(changed);
    return objGetIVars(v, intVal(deref(scope)) & 0xffff, typeof c === 'boolean' ? c : true);
  },
  __OBJSETIVARS(ctx, target, list) {
    const t = deref(target);
    const l = deref(list);
    if (t === undefined || !Array.isArray(l)) return undefined;
    const o = t instanceof HbObject ? t : isNum(t) || typeof t === 'string' || t instanceof HbSymbol ? instanceOf(ctx, t, undefined) : undefined;
    if (o === undefined) return undefined;
    setIVars(o, l);
    return o;
  },
  // Harbour turns the array itself into the object; here the object is the result
  __OBJRESTOREIVARS(ctx, list, spec, funcName) {
    const l = deref(list);
    const s = deref(spec);
    if (!Array.isArray(l)) return l instanceof HbObject ? l : undefined;
    if (!(isNum(s) || typeof s === 'string' || s instanceof HbSymbol)) return l;
    const o = instanceOf(ctx, s, deref(funcName));
    if (o === undefined) return l;
    setIVars(o, l);
    return o;
  },
  __OBJSETCLASS(ctx, arr, name, funcName) {
    const a = deref(arr);
    const n = deref(name);
    if (!Array.isArray(a)) return a instanceof HbObject ? a : undefined;
    if (typeof n !== 'string') return a;
    const cls = findClass(ctx, n, deref(funcName));
    return cls === undefined ? a : new HbObject(cls, a);
  },
  __OBJSETCLASSHANDLE(ctx, obj, handle) {
    const o = deref(obj);
    if (!(o instanceof HbObject)) return 0;
    const prev = layoutOf(o).handle;
    const cls = classOf(ctx, intVal(deref(handle)) & 0xffff);
    if (cls !== undefined) o.cls = cls;
    return prev;
  },
  __CLSGETANCESTORS(ctx, handle) {
    const cls = classOf(ctx, intVal(deref(handle)) & 0xffff);
    if (cls === undefined) return undefined;
    const out: Value[] = [];
    for (let i = cls.supers.length - 1; i >= 0; i--) if (cls.supers[i].cls !== cls) out.push(cls.supers[i].cls.handle);
    return out;
  },
  __CLSPREALLOCATE(ctx, size) {
    const st = ctx.vm.main.slot(CLASS_TABLE, () => ({ size: 16382 }));
    const n = Math.min(intVal(deref(size)), 65535);
    if (n > st.size) st.size = n;
    return Math.max(st.size, ctx.vm.classes.count);
  },
  __CLSVERIFY(ctx, handle) {
    // every message of a class here is found under its own name
    return classOf(ctx, intVal(deref(handle)) & 0xffff) === undefined ? undefined : [];
  },
};

/** __clsPreallocate()'s class-table size (shared by all threads: kept on the main one). */
const CLASS_TABLE = Symbol('class table size');
