// The class functions PRG code calls: HBClass(), HBObject(), __clsNew(),
// __clsAddMsg(), __clsInst() and the rest of Harbour's __cls*() family;
// and the __hbtsCls*() functions the CLASS ... ENDCLASS commands of our
// hbclass.ch expand to.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, HbRef, HbSymbol, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import {
  classOf, clsAddFriend, clsAddMsg, clsAssocType, clsInst, clsInstSuper, clsNew, deref,
} from '../runtime/classes/api.js';
import { hbClassFunction } from '../runtime/classes/hbclass.js';
import { hbObjectFunction } from '../runtime/classes/hbobject.js';
import { Kind } from '../runtime/classes/class.js';
import { intOf, messageName } from '../runtime/classes/build.js';
import { classSel, methodType } from '../runtime/classes/introspect.js';
import { currentMessage } from '../runtime/classes/missing.js';
import { isParent } from '../runtime/classes/relations.js';
import { SCOPE_EXPORTED, SCOPE_PERSIST } from '../runtime/classes/scope-bits.js';
import { attrsOf, declOf, openDecl } from '../runtime/classes/classdecl.js';

function handleOf(ctx: Thread, v: Value): number {
  if (v instanceof HbObject) return (v.cls.castOf ?? v.cls).handle;
  return intOf(v);
}

export const functions: StdModule = {
  HBCLASS(ctx) {
    return hbClassFunction(ctx);
  },
  HBOBJECT(ctx) {
    return hbObjectFunction(ctx);
  },
  __CLSNEW(ctx, name, nDatas, supers, func, modFriendly) {
    return clsNew(ctx, name, nDatas, supers, func, modFriendly);
  },
  __CLASSNEW(ctx, name, nDatas, supers, func, modFriendly) {
    return clsNew(ctx, name, nDatas, supers, func, modFriendly);
  },
  __CLSADDMSG(ctx, h, name, fn, type, init, scope, xType) {
    clsAddMsg(ctx, h, name, fn, type, init, scope, xType);
    return undefined;
  },
  __CLASSADD(ctx, h, name, fn, type, init, scope, xType) {
    clsAddMsg(ctx, h, name, fn, type, init, scope, xType);
    return undefined;
  },
  __CLSDELMSG(ctx, h, name) {
    const cls = classOf(ctx, h);
    if (cls !== undefined && !cls.locked && typeof name === 'string') {
      const e = cls.lookup(messageName(name));
      if (e !== undefined && e.kind !== Kind.SUPER) cls.msgs.delete(e.message);
      ctx.vm.classes.messagesChanged();
    }
    return undefined;
  },
  __CLSMODMSG(ctx, h, name, fn) {
    const cls = classOf(ctx, h);
    if (cls === undefined || cls.locked || typeof name !== 'string') return undefined;
    const e = cls.lookup(messageName(name));
    if (e === undefined) return undefined;
    if (e.kind === Kind.INLINE && typeof fn === 'function') e.block = fn;
    else if (e.kind === Kind.METHOD && fn instanceof HbSymbol) e.sym = fn.sym;
    ctx.vm.classes.messagesChanged();
    return undefined;
  },
  __CLSINST(ctx, h) {
    return clsInst(ctx, h);
  },
  __CLASSINSTANCE(ctx, h) {
    return clsInst(ctx, h);
  },
  __CLSINSTSUPER(ctx, v) {
    return clsInstSuper(ctx, v);
  },
  __CLSLOCKDEF(_ctx, ref) {
    return deref(ref) === undefined;
  },
  __CLSUNLOCKDEF(_ctx, ref, cls) {
    if (ref instanceof HbRef && cls !== undefined) ref.set(cls);
    return undefined;
  },
  __CLSLOCK(ctx, h) {
    const cls = classOf(ctx, h);
    if (cls !== undefined) cls.locked = true;
    return undefined;
  },
  __CLSADDFRIEND(ctx, h, fn) {
    clsAddFriend(ctx, h, fn);
    return undefined;
  },
  __CLSASSOCTYPE(ctx, h, type) {
    return clsAssocType(ctx, h, type);
  },
  __CLSCNTCLASSES(ctx) {
    return ctx.vm.classes.count;
  },
  __CLS_CNTCLSDATA(ctx, h) {
    return classOf(ctx, h)?.classData.length ?? 0;
  },
  __CLS_CNTSHRDATA(ctx, h) {
    return classOf(ctx, h)?.sharedData.length ?? 0;
  },
  __CLS_CNTDATA(ctx, h) {
    return classOf(ctx, h)?.nDatas ?? 0;
  },
  __CLS_DECDATA(ctx, h) {
    const cls = classOf(ctx, h);
    if (cls === undefined || cls.nDatas <= cls.dataFirst) return 0;
    return --cls.nDatas - cls.dataFirst;
  },
  __CLS_INCDATA(ctx, h) {
    const cls = classOf(ctx, h);
    if (cls === undefined) return 0;
    return ++cls.nDatas - cls.dataFirst;
  },
  __CLSPARENT(ctx, h, name) {
    const cls = classOf(ctx, h);
    return cls !== undefined && typeof name === 'string' && isParent(cls, name);
  },
  __CLASSNAME(ctx, h) {
    return classOf(ctx, h)?.name ?? '';
  },
  __CLASSH(_ctx, o) {
    return o instanceof HbObject ? (o.cls.castOf ?? o.cls).handle : 0;
  },
  __CLASSSEL(ctx, h) {
    const cls = classOf(ctx, handleOf(ctx, h));
    return cls === undefined ? [] : classSel(cls, undefined, undefined, undefined);
  },
  __CLSMSGTYPE(ctx, h, name) {
    const cls = classOf(ctx, h);
    const e = cls !== undefined && typeof name === 'string' ? cls.lookup(messageName(name)) : undefined;
    return e === undefined ? -1 : methodType(e);
  },
  __CLSGETPROPERTIES(ctx, h, all) {
    const cls = classOf(ctx, h);
    const out: Value[] = [];
    if (cls === undefined) return out;
    for (const e of cls.msgs.values()) {
      if (e.message.startsWith('_')) continue;
      const persistent = (e.scope & SCOPE_PERSIST) !== 0;
      const exported = all === true && (e.scope & SCOPE_EXPORTED) !== 0 && cls.lookup('_' + e.message) !== undefined;
      if (persistent || exported) out.push(e.message);
    }
    return out;
  },
  __GETMESSAGE(ctx) {
    return currentMessage(ctx);
  },

  // --- CLASS ... ENDCLASS (hbclass.ch)
  __HBTSCLSOPEN(ctx, name, parents, func, friendly, objectRoot, autoInit) {
    return openDecl(ctx, name, parents, func, friendly, objectRoot, autoInit);
  },
  __HBTSCLSSECTION(_ctx, decl, scope) {
    const d = declOf(decl);
    if (d !== null) d.section = attrsOf(scope);
    return undefined;
  },
  __HBTSCLSVAR(_ctx, decl, names, init, type, attrs) {
    if (Array.isArray(names)) declOf(decl)?.addVars(names, init, type, attrsOf(attrs));
    return undefined;
  },
  __HBTSCLSMETHOD(_ctx, decl, name, fn, attrs) {
    if (typeof name === 'string') declOf(decl)?.addMethod(name, fn, attrsOf(attrs));
    return undefined;
  },
  __HBTSCLSSETGET(_ctx, decl, name, fn, attrs) {
    if (typeof name === 'string') declOf(decl)?.addSetGet(name, fn, attrsOf(attrs));
    return undefined;
  },
  __HBTSCLSINLINE(_ctx, decl, name, block, attrs) {
    if (typeof name === 'string') declOf(decl)?.addInline(name, block, attrsOf(attrs));
    return undefined;
  },
  __HBTSCLSVIRTUAL(_ctx, decl, name) {
    if (typeof name === 'string') declOf(decl)?.addVirtual(name);
    return undefined;
  },
  __HBTSCLSONERROR(_ctx, decl, fn) {
    const d = declOf(decl);
    if (d !== null) d.spec.onError = fn;
    return undefined;
  },
  __HBTSCLSDESTRUCTOR(_ctx, decl, fn) {
    const d = declOf(decl);
    if (d !== null) d.spec.destructor = fn;
    return undefined;
  },
  __HBTSCLSFRIEND(_ctx, decl, ...fns) {
    declOf(decl)?.spec.friends.push(...fns);
    return undefined;
  },
  __HBTSCLSCLOSE(ctx, decl, store, lock, ...params) {
    return declOf(decl)?.close(ctx, store, lock === true, params);
  },
};
