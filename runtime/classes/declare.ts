// A class being declared, before it exists: what CLASS ... ENDCLASS
// (through the __hbtsCls*() functions) and HBClass objects collect, and
// building the real class from it at the end.
//
// Members are kept in groups - instance variables, methods, class
// variables, inline methods, virtual methods, delegations - and the class
// gets them group by group, in declaration order within each group. That
// order is what ClassSel() and __objGetMsgList() show, so it is part of
// the behaviour, not a detail.

import type { Thread } from '../vm/thread.js';
import { HbDate, HbTimestamp, type Value } from '../values/types.js';
import { clsAddFriend, clsAddMsg, clsInstSuper, clsNew } from './api.js';
import {
  MSG_ACCESS, MSG_ASSIGN, MSG_CLSACCESS, MSG_CLSASSIGN, MSG_DELEGATE, MSG_DESTRUCTOR, MSG_INLINE, MSG_METHOD,
  MSG_ONERROR, MSG_REALCLASS, MSG_SUPER, MSG_VIRTUAL, SCOPE_EXPORTED, SCOPE_NONVIRTUAL,
} from './scope-bits.js';

/** An instance or class variable: name, initial value, declared type, scope bits. */
export interface DataDecl {
  name: string;
  init: Value;
  type: Value;
  scope: number;
}

/** A method, an inline method (block) or an operator: message name, implementation, scope bits. */
export interface MethodDecl {
  name: string;
  impl: Value;
  scope: number;
}

/** A message forwarded to another message of the same object (HBClass:AddDelegate). */
export interface DelegateDecl {
  name: string;
  target: Value;
  object: Value;
  scope: Value;
}

/** Everything a class is built from. */
export interface ClassSpec {
  /** a string, as __clsNew() wants it */
  name: Value;
  /** parent class functions (symbols) or their names */
  supers: Value[];
  /** the class function (Foo() for CLASS Foo) */
  classFunc: Value;
  /** MODULE FRIENDLY: every function of the class function's module is a friend */
  moduleFriendly: boolean;
  datas: DataDecl[];
  methods: MethodDecl[];
  classDatas: DataDecl[];
  inlines: MethodDecl[];
  virtuals: string[];
  delegates: DelegateDecl[];
  onError: Value;
  destructor: Value;
  friends: Value[];
}

export function emptySpec(name: Value, supers: Value[], classFunc: Value, moduleFriendly: boolean): ClassSpec {
  return {
    name, supers, classFunc, moduleFriendly,
    datas: [], methods: [], classDatas: [], inlines: [], virtuals: [], delegates: [],
    onError: undefined, destructor: undefined, friends: [],
  };
}

/**
 * The value a variable declared with a type starts with when it has no
 * INIT: an empty logical, number, date or timestamp (other types stay NIL).
 */
export function typedInit(init: Value, type: Value): Value {
  if (init !== undefined || typeof type !== 'string' || type === '') return init;
  switch (type[0]) {
    case 'L': case 'l': return false;
    case 'I': case 'i': case 'N': case 'n': return 0;
    case 'D': case 'd': return new HbDate(0);
    case 'T': case 't': return new HbTimestamp(0, 0);
  }
  return init;
}

/**
 * Makes the class: its parents first (running their class functions),
 * then the class with one instance slot per declared variable, then its
 * messages group by group. Returns the class handle.
 */
export function buildClass(ctx: Thread, spec: ClassSpec): number {
  const supers: number[] = [];
  for (const s of spec.supers) {
    const h = clsInstSuper(ctx, s);
    if (h !== 0) supers.push(h);
  }
  const h = clsNew(ctx, spec.name, spec.datas.length, supers, spec.classFunc, spec.moduleFriendly);
  if (supers.length > 0) {
    // Super and __Super cast to the first parent
    clsAddMsg(ctx, h, 'SUPER', 0, MSG_SUPER, supers[0], SCOPE_EXPORTED + SCOPE_NONVIRTUAL, undefined);
    clsAddMsg(ctx, h, '__SUPER', 0, MSG_SUPER, supers[0], SCOPE_EXPORTED + SCOPE_NONVIRTUAL, undefined);
  }
  clsAddMsg(ctx, h, 'REALCLASS', 0, MSG_REALCLASS, 0, SCOPE_EXPORTED, undefined);
  spec.datas.forEach((d, i) => {
    clsAddMsg(ctx, h, d.name, i + 1, MSG_ACCESS, d.init, d.scope, undefined);
    clsAddMsg(ctx, h, '_' + d.name, i + 1, MSG_ASSIGN, d.type, d.scope, undefined);
  });
  for (const m of spec.methods) clsAddMsg(ctx, h, m.name, m.impl, MSG_METHOD, undefined, m.scope, undefined);
  // class variables continue after those inherited
  const first = ctx.vm.classes.byHandle(h)!.classData.length;
  spec.classDatas.forEach((d, i) => {
    clsAddMsg(ctx, h, d.name, first + i + 1, MSG_CLSACCESS, d.init, d.scope, undefined);
    clsAddMsg(ctx, h, '_' + d.name, first + i + 1, MSG_CLSASSIGN, undefined, d.scope, undefined);
  });
  for (const m of spec.inlines) clsAddMsg(ctx, h, m.name, m.impl, MSG_INLINE, undefined, m.scope, undefined);
  spec.virtuals.forEach((name, i) => clsAddMsg(ctx, h, name, i + 1, MSG_VIRTUAL, undefined, undefined, undefined));
  for (const d of spec.delegates) clsAddMsg(ctx, h, d.name, d.target, MSG_DELEGATE, d.object, d.scope, undefined);
  if (spec.onError !== undefined) clsAddMsg(ctx, h, '__OnError', spec.onError, MSG_ONERROR, undefined, undefined, undefined);
  if (spec.destructor !== undefined) {
    clsAddMsg(ctx, h, '__Destructor', spec.destructor, MSG_DESTRUCTOR, undefined, undefined, undefined);
  }
  for (const f of spec.friends) clsAddFriend(ctx, h, f);
  return h;
}
