// Classes of the runtime library written in TypeScript (Get, HBGetList,
// TBColumn, TBrowse ...): declared like a CLASS ... ENDCLASS of PRG code -
// instance variables with scopes and initial values, methods whose calls
// show as "CLASS:MESSAGE" frames - so that PRG code can inherit from them,
// and their objects answer __objGetValueList() and friends as Harbour's do.
//
// The methods keep their state in the object's instance variables; a
// SlotView subclass gives them named access to the slots (an heir's
// instance area may place them elsewhere than the class's own objects).

import type { Thread } from '../vm/thread.js';
import type { VM } from '../vm/vm.js';
import { HbObject, valType, type Value } from '../values/types.js';
import type { HbClass, Method } from './class.js';
import { addMessage, instantiate, newClass } from './build.js';
import { addNative, hbObjectClass } from './hbobject.js';
import { sendAny } from './send.js';
import { inNative, launchSubst, makeError } from '../errors/launch.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';
import { internalError } from '../errors/internal.js';
import {
  MSG_ACCESS, MSG_ASSIGN, MSG_REALCLASS, MSG_SUPER, SCOPE_EXPORTED, SCOPE_NONVIRTUAL,
} from './scope-bits.js';

export interface NativeVar {
  name: string;
  /** scope bits (SCOPE_EXPORTED, SCOPE_PROTECTED, SCOPE_READONLY ...) */
  scope: number;
  init?: Value;
  /** the declared type (AS LOGICAL ...): assigning another type is an error */
  type?: string;
}

export interface NativeMethod {
  name: string;
  fn: Method;
  scope?: number;
  /** SETGET: the assignment message "_NAME" runs the same method with the value */
  setget?: boolean;
}

export interface NativeClassDef {
  name: string;
  /** the class function's name (the class name when omitted) */
  func?: string;
  vars: readonly NativeVar[];
  methods: NativeMethod[];
  /** the parent class; HBObject when omitted */
  parent?: (ctx: Thread) => HbClass;
}

const noHost = { funcSym: () => null, classOf: () => undefined };

/** The classes already made, per VM and definition. */
const made = new WeakMap<VM, Map<NativeClassDef, HbClass>>();

/** The class of `def` in this VM, made on first use. */
export function nativeClass(ctx: Thread, def: NativeClassDef): HbClass {
  let byDef = made.get(ctx.vm);
  if (byDef === undefined) {
    byDef = new Map();
    made.set(ctx.vm, byDef);
  }
  let cls = byDef.get(def);
  if (cls !== undefined) return cls;
  const parent = def.parent !== undefined ? def.parent(ctx) : hbObjectClass(ctx);
  cls = newClass(ctx.vm.classes, def.name, def.vars.length, [parent], ctx.vm.syms.func(def.func ?? def.name));
  byDef.set(def, cls);
  const sup = { type: MSG_SUPER, scope: SCOPE_EXPORTED | SCOPE_NONVIRTUAL, fn: 0, init: parent.handle };
  addMessage({ funcSym: () => null, classOf: () => parent }, cls, 'SUPER', sup);
  addMessage({ funcSym: () => null, classOf: () => parent }, cls, '__SUPER', sup);
  addMessage(noHost, cls, 'REALCLASS', { type: MSG_REALCLASS, scope: SCOPE_EXPORTED, fn: 0, init: undefined });
  def.vars.forEach((v, i) => {
    addMessage(noHost, cls!, v.name, { type: MSG_ACCESS, scope: v.scope, fn: i + 1, init: v.init });
    addMessage(noHost, cls!, '_' + v.name, { type: MSG_ASSIGN, scope: v.scope, fn: i + 1, init: v.type });
  });
  for (const m of def.methods) {
    const names = m.setget ? [m.name, '_' + m.name] : [m.name];
    for (const n of names) {
      addNative(cls, n.toUpperCase(), m.fn);
      if (m.scope !== undefined) cls.lookup(n.toUpperCase())!.scope = m.scope;
    }
  }
  return cls;
}

/** A new object of the class of `def`, as its class function gives it (no Init). */
export function nativeInstance(ctx: Thread, def: NativeClassDef): HbObject {
  return instantiate(nativeClass(ctx, def));
}

/** Send `msg` to an object from TypeScript (overridden methods of heirs run). */
export function send(ctx: Thread, self: Value, msg: string, ...args: Value[]): Value {
  return sendAny(ctx, self, msg, args);
}

/**
 * Named access to the instance variables of one class within an object:
 * subclasses declare their fields (`declare nPos: number`) and
 * defineSlots() maps them onto the slots in declaration order.
 */
export class SlotView {
  readonly vars: Value[];
  readonly base: number;

  constructor(
    readonly self: HbObject,
    cls: HbClass,
  ) {
    this.vars = self.vars;
    this.base = self.cls === cls ? cls.dataFirst : self.cls.offsetOf(cls);
  }
}

/** Give `view`'s prototype one accessor per variable, named as declared. */
export function defineSlots(view: { prototype: SlotView }, vars: readonly NativeVar[]): void {
  vars.forEach((v, i) => {
    Object.defineProperty(view.prototype, v.name, {
      get(this: SlotView) {
        return this.vars[this.base + i];
      },
      set(this: SlotView, x: Value) {
        this.vars[this.base + i] = x;
      },
    });
  });
}

/**
 * A value assigned to a typed instance variable of a Clipper 5.3 class
 * (__eInstVar53()): a value of another type, or one `ok` refuses, is an
 * argument error (subCode 1001) of the class's own subsystem, raised from
 * a __EINSTVAR53 frame; the error handler's substitute must have the type.
 */
export function instVar53(ctx: Thread, self: Value, method: Value, v: Value, type: Value, ok?: () => boolean, subCode = 1001): Value {
  if (valType(v) === type && (ok === undefined || ok())) return v;
  return inNative(ctx, '__EINSTVAR53', () => {
    const r = launchSubst(ctx, makeError(ctx, {
      genCode: 1, subCode, subSystem: String(sendAny(ctx, self, 'CLASSNAME', [])),
      operation: typeof method === 'string' ? method : undefined, args: [v], flags: EF_CANSUBSTITUTE,
    }));
    if (valType(r) !== type) inNative(ctx, '__ERRINHANDLER', () => internalError(ctx, 9001));
    return r;
  });
}
