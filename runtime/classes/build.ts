// Making classes: a new class from its parents (the first parent's table is
// copied whole, later parents add what is not there yet), adding messages,
// and making instances.

import { HbClass, Kind, MsgEntry, type ClassRegistry } from './class.js';
import {
  MSG_ACCESS, MSG_ASSIGN, MSG_CLSACCESS, MSG_CLSASSIGN, MSG_DELEGATE, MSG_DESTRUCTOR, MSG_INLINE, MSG_METHOD,
  MSG_ONERROR, MSG_PERFORM, MSG_REALCLASS, MSG_SUPER, MSG_VIRTUAL, SCOPE_EXPORTED, SCOPE_HIDDEN, SCOPE_NONVIRTUAL,
  SCOPE_OVERLOADED, SCOPE_PERSIST, SCOPE_PROTECTED, SCOPE_READONLY, SCOPE_SHARED, SCOPE_SUPER,
} from './scope-bits.js';
import { cloneValue } from './clone.js';
import { HbDate, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Block, type Value } from '../values/types.js';
import type { FuncSym } from '../vm/symbols.js';

/** The message names operators are overloaded by, from the operator as written. */
const OPERATOR_MESSAGES: Record<string, string> = {
  '+': '__OPPLUS', '-': '__OPMINUS', '*': '__OPMULT', '/': '__OPDIVIDE', '%': '__OPMOD', '^': '__OPPOWER',
  '**': '__OPPOWER', '++': '__OPINC', '--': '__OPDEC', '==': '__OPEXACTEQUAL', '=': '__OPEQUAL',
  '!=': '__OPNOTEQUAL', '<>': '__OPNOTEQUAL', '#': '__OPNOTEQUAL', '<': '__OPLESS', '<=': '__OPLESSEQUAL',
  '>': '__OPGREATER', '>=': '__OPGREATEREQUAL', ':=': '__OPASSIGN', '$': '__OPINSTRING', '$$': '__OPINCLUDE',
  '!': '__OPNOT', '.NOT.': '__OPNOT', '.AND.': '__OPAND', '.OR.': '__OPOR', '[]': '__OPARRAYINDEX',
};

/**
 * The table entries of the ON ERROR handler and the destructor. Their names
 * are mixed case as Harbour lists them (ClassSel()); a sent message is
 * upper case, so no send ever reaches them by name.
 */
export const ONERROR_MSG = '__msgOnError';
export const DESTRUCTOR_MSG = '__msgDestructor';

/** The message name a class table uses for `name` as given to __clsAddMsg. */
export function messageName(name: string): string {
  return OPERATOR_MESSAGES[name.toUpperCase()] ?? name.toUpperCase();
}

function isDataKind(k: Kind): boolean {
  return k === Kind.GETDATA || k === Kind.SETDATA;
}

function isClassDataKind(k: Kind): boolean {
  return k === Kind.GETCLS || k === Kind.SETCLS;
}

function addInit(cls: HbClass, classData: boolean, index: number, value: Value): number {
  const at = cls.initData.findIndex((d) => d.classData === classData && d.index === index);
  const iv = { classData, index, value: cloneValue(value), done: false };
  if (at >= 0) {
    cls.initData[at] = iv;
    return at;
  }
  cls.initData.push(iv);
  return cls.initData.length - 1;
}

/** A new slot in cls.classData for an inherited class variable. */
function newClassDataSlot(cls: HbClass): number {
  cls.classData.push(undefined);
  return cls.classData.length - 1;
}

/**
 * A hidden non-virtual message is not what heirs see: they get the message
 * it replaced (marked overloaded), so that the hidden one answers only to
 * its own class's methods.
 */
function unhide(src: MsgEntry, dst: MsgEntry, cls: HbClass, clsDataMap: Map<number, number> | null): MsgEntry | null {
  const hiddenNV = (e: MsgEntry) => e.prevCls !== e.owner && (e.scope & SCOPE_HIDDEN) !== 0 && (e.scope & SCOPE_NONVIRTUAL) !== 0;
  if (!hiddenNV(dst)) return null;
  let e: MsgEntry | undefined = src;
  while (e !== undefined && hiddenNV(e)) e = e.prevCls.lookup(e.message);
  if (e === undefined || e === src || e.scope & SCOPE_HIDDEN) return null;
  const n = e.copyFor(cls);
  n.prevCls = dst.prevCls;
  n.scope |= SCOPE_OVERLOADED | SCOPE_SUPER;
  relocate(n, cls, e.cls, clsDataMap);
  return n;
}

/** Fix an entry copied from class `from` into `cls`: instance offsets and class variable slots. */
function relocate(e: MsgEntry, cls: HbClass, from: HbClass, clsDataMap: Map<number, number> | null): void {
  if (isDataKind(e.kind)) {
    e.offset = cls.offsetOf(e.owner);
  } else if (isClassDataKind(e.kind)) {
    let idx = clsDataMap?.get(e.data);
    if (idx === undefined) {
      // the access and assign messages of one class variable share its slot
      idx = findClassDataSlot(cls, e, from) ?? newClassDataSlot(cls);
      clsDataMap?.set(e.data, idx);
    }
    if (e.init >= 0) e.init = addInit(cls, true, idx, from.initData[e.init].value);
    e.data = idx;
  }
}

function findClassDataSlot(cls: HbClass, e: MsgEntry, from: HbClass): number | undefined {
  for (const m of cls.msgs.values()) {
    if (m !== e && m.owner === e.owner && isClassDataKind(m.kind) && m.cls === cls) {
      const orig = from.lookup(m.message);
      if (orig !== undefined && orig.data === e.data && isClassDataKind(orig.kind)) return m.data;
    }
  }
  return undefined;
}

function addSuper(cls: HbClass, sup: HbClass, offset: number): void {
  cls.supers.push({ cls: sup, offset });
}

/** The casting message named after an ancestor (o:Parent:msg). */
function defineSuperCast(cls: HbClass, sup: HbClass, fresh: boolean): void {
  if (!cls.hasParent(sup)) {
    if (fresh) {
      addSuper(cls, sup, cls.nDatas);
      cls.nDatas += sup.nDatas - sup.dataFirst;
    } else {
      addSuper(cls, sup, sup.dataFirst);
    }
  }
  const { entry, fresh: isNew } = cls.alloc(sup.name);
  if (isNew) {
    entry.kind = Kind.SUPER;
    entry.target = sup;
    entry.scope = SCOPE_EXPORTED;
    entry.offset = cls.offsetOf(sup);
  } else if (entry.kind === Kind.SUPER && entry.target === sup) {
    entry.offset = cls.offsetOf(sup);
  }
}

/** Start a class as a copy of its first parent. */
function copyClass(cls: HbClass, src: HbClass): void {
  cls.hasOnError = src.hasOnError;
  cls.hasDestructor = src.hasDestructor;
  // class variables are not shared with the parent: new slots, initial values again
  cls.classData = new Array<Value>(src.classData.length).fill(undefined);
  cls.nDatas = src.nDatas;
  cls.initData = src.initData.map((d) => ({ classData: d.classData, index: d.index, value: d.value, done: false }));
  for (const s of src.supers) addSuper(cls, s.cls, s.offset);
  for (const e of src.msgs.values()) cls.msgs.set(e.message, e.copyFor(cls));
  defineSuperCast(cls, src, false);
  for (const e of [...cls.msgs.values()]) {
    const n = unhide(e, e, cls, null);
    const m = n ?? e;
    m.scope |= SCOPE_SUPER;
    if (n !== null) cls.put(n);
  }
}

/** Add a later parent: its ancestors and itself get slots, and messages not defined yet. */
function addParent(cls: HbClass, sup: HbClass): void {
  for (const s of sup.supers) defineSuperCast(cls, s.cls, true);
  defineSuperCast(cls, sup, true);
  for (const d of sup.initData) {
    if (d.classData) continue;
    const owner = ownerOfSlot(sup, d.index);
    addInit(cls, false, d.index - sup.offsetOf(owner) + cls.offsetOf(owner), d.value);
  }
  const clsDataMap = new Map<number, number>();
  for (const src of sup.msgs.values()) {
    const cur = cls.lookup(src.message);
    if (cur !== undefined && cur.kind === Kind.SUPER) cur.offset = cls.offsetOf(cur.target!);
    const replace = cur === undefined || cur.kind === Kind.VIRTUAL || (hbObjectClass !== null && cur.owner === hbObjectClass);
    if (replace) {
      const e = src.copyFor(cls);
      const n = unhide(e, e, cls, clsDataMap);
      if (n !== null) {
        cls.put(n);
      } else {
        relocate(e, cls, sup, clsDataMap);
        e.scope |= SCOPE_SUPER;
        cls.put(e);
      }
    } else {
      if (src.scope & (SCOPE_OVERLOADED | SCOPE_NONVIRTUAL)) cur.scope |= SCOPE_OVERLOADED;
      const n = unhide(src, cur, cls, clsDataMap);
      if (n !== null) cls.put(n);
    }
  }
  if (sup.hasOnError) cls.hasOnError = true;
  if (sup.hasDestructor) cls.hasDestructor = true;
}

/** The ancestor whose run of slots holds absolute slot `slot` of `cls`. */
function ownerOfSlot(cls: HbClass, slot: number): HbClass {
  let best = cls;
  let bestOff = -1;
  for (const s of cls.supers) {
    const end = s.offset + s.cls.nDatas - s.cls.dataFirst;
    if (slot >= s.offset && slot < end && s.offset > bestOff) {
      best = s.cls;
      bestOff = s.offset;
    }
  }
  return best;
}

/** HBObject's class, whose messages any other parent's replace. */
let hbObjectClass: HbClass | null = null;

export function setObjectClass(cls: HbClass): void {
  hbObjectClass = cls;
}

/** __clsNew(): a class with `nDatas` instance variables of its own and these parents. */
export function newClass(registry: ClassRegistry, name: string, nDatas: number, parents: HbClass[], funcSym: FuncSym | null): HbClass {
  const cls = registry.create(name, funcSym);
  let first = true;
  for (const sup of parents) {
    if (sup.handle >= cls.handle) continue;
    if (first) {
      copyClass(cls, sup);
      first = false;
    } else if (!cls.hasParent(sup)) {
      addParent(cls, sup);
    }
  }
  cls.dataFirst = cls.nDatas;
  defineSuperCast(cls, cls, false);
  cls.nDatas += nDatas;
  return cls;
}

/** Read access and assignment keep READONLY apart: a read-only variable is protected (or hidden) for assignment. */
function assignScope(scope: number): number {
  scope &= ~SCOPE_PERSIST;
  if (scope & SCOPE_READONLY && !(scope & SCOPE_HIDDEN)) {
    scope &= ~SCOPE_READONLY;
    scope |= scope & SCOPE_PROTECTED ? SCOPE_HIDDEN : SCOPE_PROTECTED;
  }
  return scope;
}

/** The assignment type restriction of a type name or sample value ('' = none). */
export function itemTypeOf(v: Value): string {
  if (typeof v === 'string') {
    const t = v.toUpperCase();
    switch (t[0]) {
      case 'C': return t.startsWith('CODE') ? 'B' : 'C';
      case undefined: return 'C';
      case 'S': return t.startsWith('STR') ? 'C' : 'S';
      case 'B': return 'B';
      case 'D': return t.startsWith('DATET') ? 'T' : 'D';
      case 'T': return 'T';
      case 'L': return 'L';
      case 'I': return 'I';
      case 'N': return t === 'NIL' ? '' : 'N';
      case 'A': return 'A';
      case 'P': return 'P';
      case 'H': return 'H';
    }
    return '';
  }
  if (v === undefined) return '';
  if (Array.isArray(v)) return 'A';
  if (v instanceof HbObject) return '';
  if (typeof v === 'number') return 'I';
  if (v instanceof HbNum) return 'N';
  if (typeof v === 'boolean') return 'L';
  if (typeof v === 'function') return 'B';
  if (v instanceof HbSymbol) return 'S';
  if (v instanceof HbDate) return 'D';
  if (v instanceof HbTimestamp) return 'T';
  if (v instanceof HbPointer) return 'P';
  return '';
}

export interface AddMsgArgs {
  type: number;
  scope: number;
  fn: Value;
  init: Value;
}

/** What __clsAddMsg needs from the run time to resolve symbols and report bad arguments. */
export interface AddMsgHost {
  funcSym(v: Value): FuncSym | null;
  classOf(handle: number): HbClass | undefined;
}

/** __clsAddMsg for one message: false when the arguments do not make a message. */
export function addMessage(host: AddMsgHost, cls: HbClass, name: string, a: AddMsgArgs): boolean {
  if (cls.locked) return true;
  let scope = a.scope;
  if (!(scope & (SCOPE_EXPORTED | SCOPE_PROTECTED | SCOPE_HIDDEN))) scope |= SCOPE_EXPORTED;
  const msg = a.type === MSG_DESTRUCTOR ? DESTRUCTOR_MSG : a.type === MSG_ONERROR ? ONERROR_MSG : messageName(name);

  let sym: FuncSym | null = null;
  let index = 0;
  let target: HbClass | undefined;
  let ok: boolean;
  switch (a.type) {
    case MSG_METHOD: case MSG_ONERROR: case MSG_DESTRUCTOR:
      sym = host.funcSym(a.fn);
      ok = sym !== null;
      break;
    case MSG_INLINE:
      ok = typeof a.fn === 'function';
      break;
    case MSG_SUPER:
      index = intOf(a.fn);
      target = host.classOf(intOf(a.init));
      ok = target !== undefined && index <= cls.nDatas;
      break;
    case MSG_ASSIGN: case MSG_ACCESS:
      index = intOf(a.fn);
      ok = index > 0 && index <= cls.nDatas - cls.dataFirst;
      break;
    case MSG_CLSASSIGN: case MSG_CLSACCESS:
      index = intOf(a.fn);
      ok = index !== 0;
      break;
    case MSG_DELEGATE:
      ok = typeof a.fn === 'string' && cls.lookup(a.fn.toUpperCase()) !== undefined;
      break;
    case MSG_REALCLASS: case MSG_VIRTUAL: case MSG_PERFORM:
      ok = true;
      break;
    default:
      ok = false;
  }
  if (!ok) return false;

  if (scope & SCOPE_HIDDEN) scope |= SCOPE_NONVIRTUAL;
  const { entry: old, fresh } = cls.alloc(msg);
  const e = fresh ? old : new MsgEntry(msg, cls);
  if (!fresh) {
    const overload = (old.scope & SCOPE_OVERLOADED) !== 0 || ((old.scope & SCOPE_NONVIRTUAL) !== 0 && old.owner !== cls);
    e.prevCls = old.prevCls;
    if (overload) scope |= SCOPE_OVERLOADED;
    cls.put(e);
  }

  switch (a.type) {
    case MSG_METHOD:
      e.kind = Kind.METHOD;
      e.sym = sym;
      e.scope = scope;
      break;
    case MSG_ASSIGN:
      e.scope = assignScope(scope);
      if (e.scope & SCOPE_READONLY && e.scope & SCOPE_HIDDEN) {
        e.kind = Kind.SCOPEERR;
      } else {
        e.kind = Kind.SETDATA;
        e.data = index - 1;
        e.offset = cls.dataFirst;
        e.itemType = itemTypeOf(a.init);
      }
      break;
    case MSG_ACCESS:
      e.scope = scope & ~SCOPE_READONLY;
      e.kind = Kind.GETDATA;
      e.data = index - 1;
      e.offset = cls.dataFirst;
      if (a.init !== undefined) addInit(cls, false, e.data + e.offset, a.init);
      break;
    case MSG_CLSASSIGN:
      e.data = index - 1;
      e.itemType = itemTypeOf(a.init);
      e.scope = assignScope(scope);
      if (e.scope & SCOPE_READONLY && e.scope & SCOPE_HIDDEN) {
        e.kind = Kind.SCOPEERR;
      } else if (e.scope & SCOPE_SHARED) {
        e.kind = Kind.SETSHR;
        grow(cls.sharedData, index);
      } else {
        e.kind = Kind.SETCLS;
        grow(cls.classData, index);
      }
      break;
    case MSG_CLSACCESS:
      e.scope = scope & ~SCOPE_READONLY;
      e.data = index - 1;
      if (e.scope & SCOPE_SHARED) {
        e.kind = Kind.GETSHR;
        grow(cls.sharedData, index);
        if (a.init !== undefined) cls.sharedData[e.data] = cloneValue(a.init);
      } else {
        e.kind = Kind.GETCLS;
        grow(cls.classData, index);
        if (a.init !== undefined) e.init = addInit(cls, true, e.data, a.init);
      }
      break;
    case MSG_INLINE:
      e.kind = Kind.INLINE;
      e.block = a.fn as Block;
      e.scope = scope;
      break;
    case MSG_VIRTUAL:
      e.kind = Kind.VIRTUAL;
      e.scope = scope;
      break;
    case MSG_SUPER:
      e.kind = Kind.SUPER;
      e.target = target!;
      e.offset = index;
      e.scope = scope;
      break;
    case MSG_REALCLASS:
      e.kind = Kind.REALCLASS;
      e.scope = scope;
      break;
    case MSG_PERFORM:
      e.kind = Kind.PERFORM;
      e.scope = scope;
      break;
    case MSG_DELEGATE:
      e.kind = Kind.DELEGATE;
      e.delegate = (a.fn as string).toUpperCase();
      e.scope = scope;
      break;
    case MSG_ONERROR:
      // the handler and the destructor have no scope at all
      e.kind = Kind.ONERROR;
      e.scope = 0;
      e.sym = sym;
      cls.hasOnError = true;
      break;
    case MSG_DESTRUCTOR:
      e.kind = Kind.DESTRUCTOR;
      e.scope = 0;
      e.sym = sym;
      cls.hasDestructor = true;
      break;
  }
  return true;
}

function grow(a: Value[], n: number): void {
  while (a.length < n) a.push(undefined);
}

export function intOf(v: Value): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof HbNum) return Math.trunc(v.n);
  return 0;
}

/** __clsInst(): a new object with its initial values; the first one also sets the class variables. */
export function instantiate(cls: HbClass): HbObject {
  const vars = new Array<Value>(cls.nDatas).fill(undefined);
  for (const d of cls.initData) {
    if (!d.classData) {
      vars[d.index] = cloneValue(d.value);
    } else if (!d.done) {
      cls.classData[d.index] = cloneValue(d.value);
      d.done = true;
    }
  }
  return new HbObject(cls, vars);
}
