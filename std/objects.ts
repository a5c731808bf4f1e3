// The __obj*() functions: asking an object about its messages, sending by
// name, cloning, and adding or removing members at run time.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, HbSymbol, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { inNative, launch, makeError } from '../runtime/errors/launch.js';
import { EF_NONE } from '../runtime/errors/error.js';
import { clsAddMsg } from '../runtime/classes/api.js';
import { messageName } from '../runtime/classes/build.js';
import { Kind } from '../runtime/classes/class.js';
import { classSel } from '../runtime/classes/introspect.js';
import { derivedFrom } from '../runtime/classes/relations.js';
import { classNameOf } from '../runtime/classes/missing.js';
import { sendAny } from '../runtime/classes/send.js';
import { cloneObject } from '../runtime/classes/clone.js';
import { MSG_ACCESS, MSG_ASSIGN, MSG_INLINE, MSG_METHOD } from '../runtime/classes/scope-bits.js';

/** __objDelMethod/__objDelInline: a method or inline (not data) leaves the class. */
function delMessage(ctx: Thread, o: HbObject, s: string): void {
  if (!hasMsg(o, s) || hasMsg(o, '_' + s)) return;
  (o.cls.castOf ?? o.cls).msgs.delete(messageName(s));
  ctx.vm.classes.messagesChanged();
}

/** BASE/3101 "Argument error" of an __obj*() function (not substitutable). */
function argErr(ctx: Thread, fn: string): void {
  inNative(ctx, fn, () => launch(ctx, makeError(ctx, { genCode: 1, subCode: 3101, operation: fn, flags: EF_NONE })));
}

function hasMsg(o: HbObject, msg: string): boolean {
  return (o.cls.castOf ?? o.cls).lookup(messageName(msg)) !== undefined;
}

function msgList(o: HbObject, data: boolean, type: Value): string[] {
  const all = classSel(o.cls.castOf ?? o.cls, type ?? 0, undefined, undefined) as string[];
  const names = new Set(all);
  return all.filter((n) => !n.startsWith('_') && names.has('_' + n) === data);
}

function handle(o: HbObject): number {
  return (o.cls.castOf ?? o.cls).handle;
}

export const functions: StdModule = {
  __OBJHASMSG(_ctx, o, msg) {
    return o instanceof HbObject && typeof msg === 'string' && hasMsg(o, msg);
  },
  __OBJHASMSGASSIGNED(_ctx, o, msg) {
    if (!(o instanceof HbObject) || typeof msg !== 'string') return false;
    const e = (o.cls.castOf ?? o.cls).lookup(messageName(msg));
    return e !== undefined && e.kind !== Kind.VIRTUAL;
  },
  __OBJSENDMSG(ctx, o, msg, ...args) {
    if (typeof msg !== 'string') return undefined;
    return sendAny(ctx, o, msg.toUpperCase(), args);
  },
  __OBJCLONE(ctx, o) {
    if (!(o instanceof HbObject)) {
      argErr(ctx, '__OBJCLONE');
      return undefined;
    }
    return cloneObject(o);
  },
  __OBJGETCLSNAME(_ctx, o) {
    return o instanceof HbObject ? classNameOf(o) : '';
  },
  __OBJHASDATA(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') {
      argErr(ctx, '__OBJHASDATA');
      return false;
    }
    return hasMsg(o, s) && hasMsg(o, '_' + s);
  },
  __OBJHASMETHOD(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') {
      argErr(ctx, '__OBJHASMETHOD');
      return false;
    }
    return hasMsg(o, s) && !hasMsg(o, '_' + s);
  },
  __OBJGETMSGLIST(ctx, o, data, type) {
    if (!(o instanceof HbObject)) {
      argErr(ctx, '__OBJGETMSGLIST');
      return [];
    }
    return msgList(o, data !== false, type);
  },
  __OBJGETMETHODLIST(ctx, o) {
    if (!(o instanceof HbObject)) {
      argErr(ctx, '__OBJGETMETHODLIST');
      return [];
    }
    return msgList(o, false, 0);
  },
  __OBJGETVALUELIST(ctx, o, except) {
    if (!(o instanceof HbObject)) {
      argErr(ctx, '__OBJGETVALUELIST');
      return [];
    }
    const skip = new Set((Array.isArray(except) ? except : []).filter((x): x is string => typeof x === 'string').map((x) => x.toUpperCase()));
    return msgList(o, true, 0).filter((n) => !skip.has(n)).map((n) => [n, sendAny(ctx, o, n, [])]);
  },
  __OBJSETVALUELIST(ctx, o, data) {
    if (!(o instanceof HbObject)) {
      argErr(ctx, '__OBJSETVALUELIST');
      return o;
    }
    if (Array.isArray(data)) {
      for (const item of data) {
        if (Array.isArray(item) && typeof item[0] === 'string') sendAny(ctx, o, '_' + item[0].toUpperCase(), [item[1]]);
      }
    }
    return o;
  },
  __OBJADDMETHOD(ctx, o, s, fn) {
    if (!(o instanceof HbObject) || typeof s !== 'string' || !(fn instanceof HbSymbol)) argErr(ctx, '__OBJADDMETHOD');
    else if (!hasMsg(o, s)) clsAddMsg(ctx, handle(o), s, fn, MSG_METHOD, undefined, 1, undefined);
    return o;
  },
  __OBJADDINLINE(ctx, o, s, block) {
    if (!(o instanceof HbObject) || typeof s !== 'string') argErr(ctx, '__OBJADDINLINE');
    else if (!hasMsg(o, s)) clsAddMsg(ctx, handle(o), s, block, MSG_INLINE, undefined, 1, undefined);
    return o;
  },
  __OBJADDDATA(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') {
      argErr(ctx, '__OBJADDDATA');
    } else if (!hasMsg(o, s) && !hasMsg(o, '_' + s)) {
      const cls = o.cls.castOf ?? o.cls;
      const n = ++cls.nDatas - cls.dataFirst;
      clsAddMsg(ctx, cls.handle, s, n, MSG_ACCESS, undefined, 1, undefined);
      clsAddMsg(ctx, cls.handle, '_' + s, n, MSG_ASSIGN, undefined, 1, undefined);
    }
    return o;
  },
  __OBJMODMETHOD(ctx, o, s, fn) {
    if (!(o instanceof HbObject) || typeof s !== 'string' || !(fn instanceof HbSymbol)) argErr(ctx, '__OBJMODMETHOD');
    else if (hasMsg(o, s) && !hasMsg(o, '_' + s)) {
      const e = (o.cls.castOf ?? o.cls).lookup(messageName(s));
      if (e !== undefined && e.kind === Kind.METHOD) e.sym = fn.sym;
      ctx.vm.classes.messagesChanged();
    }
    return o;
  },
  __OBJMODINLINE(ctx, o, s, block) {
    if (!(o instanceof HbObject) || typeof s !== 'string' || typeof block !== 'function') argErr(ctx, '__OBJMODINLINE');
    else if (hasMsg(o, s) && !hasMsg(o, '_' + s)) {
      const e = (o.cls.castOf ?? o.cls).lookup(messageName(s));
      if (e !== undefined && e.kind === Kind.INLINE) e.block = block;
      ctx.vm.classes.messagesChanged();
    }
    return o;
  },
  __OBJDELMETHOD(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') argErr(ctx, '__OBJDELMETHOD');
    else delMessage(ctx, o, s);
    return o;
  },
  __OBJDELINLINE(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') argErr(ctx, '__OBJDELMETHOD');
    else delMessage(ctx, o, s);
    return o;
  },
  __OBJDELDATA(ctx, o, s) {
    if (!(o instanceof HbObject) || typeof s !== 'string') argErr(ctx, '__OBJDELDATA');
    else if (hasMsg(o, s) && hasMsg(o, '_' + s)) {
      const cls = o.cls.castOf ?? o.cls;
      cls.msgs.delete(messageName(s));
      cls.msgs.delete('_' + messageName(s));
      if (cls.nDatas > cls.dataFirst) cls.nDatas--;
      ctx.vm.classes.messagesChanged();
    }
    return o;
  },
  __OBJDERIVEDFROM(ctx, o, sup) {
    return derivedFrom(ctx, o, sup);
  },
  __OBJGETPROPERTIES(ctx, o, all) {
    if (!(o instanceof HbObject)) return [];
    const names = ctx.vm.syms.func('__CLSGETPROPERTIES').fn(ctx, handle(o), all);
    return (names as Value[]).map((n) => [n, sendAny(ctx, o, String(n), [])]);
  },
};
