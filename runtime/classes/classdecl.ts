// The run-time side of hbclass.ch. A class function's first call opens a
// declaration (__hbtsClsOpen), each member line of CLASS ... ENDCLASS adds
// to it, and ENDCLASS closes it (__hbtsClsClose): the class is built, the
// class function's STATIC gets its handle, and the first instance gets
// InitClass() when the class has one.
//
// Member attributes arrive as HB_OO_CLSTP_* bits (attrsOf); a member
// without a scope bit takes the scope of the last section label
// (EXPORTED:, PROTECTED:, HIDDEN:), EXPORTED before any.

import type { Thread } from '../vm/thread.js';
import { HbPointer, HbRef, HbSymbol, type Value } from '../values/types.js';
import { buildClass, emptySpec, typedInit, type ClassSpec } from './declare.js';
import { instantiate, intOf } from './build.js';
import { hbClassClass } from './hbclass.js';
import { inNative } from '../errors/launch.js';
import { sendObject } from './send.js';
import { SCOPE_CLASS, SCOPE_EXPORTED, SCOPE_HIDDEN, SCOPE_PROTECTED, SCOPE_READONLY } from './scope-bits.js';

const SCOPES = SCOPE_EXPORTED | SCOPE_PROTECTED | SCOPE_HIDDEN;
const TAG = 'hbts class declaration';

export class ClassDecl {
  readonly spec: ClassSpec;
  /** scope of members declared without one */
  section = SCOPE_EXPORTED;

  constructor(
    name: string,
    supers: Value[],
    classFunc: Value,
    moduleFriendly: boolean,
    /** typed variables without INIT start empty of their type (not with HB_CLS_NOAUTOINIT) */
    private readonly autoInit: boolean,
  ) {
    this.spec = emptySpec(name.toUpperCase(), supers, classFunc, moduleFriendly);
  }

  private scope(attrs: number): number {
    return attrs & SCOPES ? attrs : attrs | this.section;
  }

  /** VAR / DATA and, with the CLASS bit, CLASSVAR / CLASSDATA: one entry per name. */
  addVars(names: Value[], init: Value, type: Value, attrs: number): void {
    const list = attrs & SCOPE_CLASS ? this.spec.classDatas : this.spec.datas;
    const value = this.autoInit ? typedInit(init, type) : init;
    const scope = this.scope(attrs);
    for (const name of names) if (typeof name === 'string') list.push({ name, init: value, type, scope });
  }

  /**
   * A method implemented by a function. Class methods (the CLASS bit) are
   * accepted and, as in Harbour, never installed: the class does not
   * answer them.
   */
  addMethod(name: string, fn: Value, attrs: number): void {
    if (!(attrs & SCOPE_CLASS)) this.spec.methods.push({ name, impl: fn, scope: this.scope(attrs) });
  }

  /** SETGET: one function for the access message and the assignment one; READONLY restricts the assignment. */
  addSetGet(name: string, fn: Value, attrs: number): void {
    this.addMethod(name, fn, attrs & ~SCOPE_READONLY);
    this.addMethod('_' + name, fn, attrs);
  }

  addInline(name: string, block: Value, attrs: number): void {
    this.spec.inlines.push({ name, impl: block, scope: this.scope(attrs) });
  }

  addVirtual(name: string): void {
    this.spec.virtuals.push(name);
  }

  /**
   * Builds the class, stores its handle through `store` (the class
   * function's STATIC, by reference) and returns the first instance, which
   * gets InitClass( ...params ) when the class answers it.
   */
  close(ctx: Thread, store: unknown, lock: boolean, params: Value[]): Value {
    const h = inNative(ctx, 'HBCLASS:CREATE', () => buildClass(ctx, this.spec));
    const cls = ctx.vm.classes.byHandle(h);
    if (cls === undefined) return undefined;
    if (lock) cls.locked = true;
    if (store instanceof HbRef) store.set(h);
    const o = instantiate(cls);
    ctx.vm.rc?.born(ctx, o);
    if (cls.lookup('INITCLASS') !== undefined) sendObject(ctx, o, 'INITCLASS', params);
    return o;
  }
}

/** __hbtsClsOpen( cName, aParents, sClassFunc, lModuleFriendly, lObjectRoot, lAutoInit ) */
export function openDecl(ctx: Thread, name: Value, parents: Value, func: Value, friendly: Value, objectRoot: Value,
  autoInit: Value): Value {
  if (typeof name !== 'string') return undefined;
  // the class that builds classes exists before any class it builds (class handles count from it)
  hbClassClass(ctx);
  const supers = Array.isArray(parents) ? parents.filter((p) => p instanceof HbSymbol) : [];
  if (supers.length === 0 && objectRoot !== false) supers.push(new HbSymbol(ctx.vm.syms.func('HBOBJECT')));
  return new HbPointer(new ClassDecl(name, supers, func, friendly === true, autoInit !== false), TAG);
}

/** The declaration behind a pointer from __hbtsClsOpen(). */
export function declOf(p: Value): ClassDecl | null {
  return p instanceof HbPointer && p.tag === TAG ? (p.target as ClassDecl) : null;
}

/** A member's attributes: the header passes an array of HB_OO_CLSTP_* bits (a word given twice counts once). */
export function attrsOf(v: Value): number {
  if (!Array.isArray(v)) return intOf(v);
  let bits = 0;
  for (const b of v) bits |= intOf(b);
  return bits;
}
