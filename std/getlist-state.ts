// The per-thread state of the GET system: the active READ (HBGetList) and
// the last one, and what ReadVar() and GetActive() answer when no READ is
// active. Also the name ReadVar() gives a Get.

import type { Thread } from '../runtime/vm/thread.js';
import { valType, type Value } from '../runtime/values/types.js';
import { send } from '../runtime/classes/native.js';
import { rtl } from './get-view.js';

interface ReadState {
  active: Value;
  last: Value;
  /** ReadVar() without an active READ */
  varName: Value;
  /** GetActive() without an active READ */
  get: Value;
}

const KEY = Symbol('getsys');

export function readState(ctx: Thread): ReadState {
  return ctx.slot(KEY, () => ({ active: undefined, last: undefined, varName: '', get: undefined }));
}

/** __GetListSetActive( oGetList ): the READ that has focus (the previous one loses it). */
export function getListSetActive(ctx: Thread, list: Value): void {
  const s = readState(ctx);
  if (s.active !== undefined) send(ctx, s.active, '_HASFOCUS', false);
  s.active = list;
  if (list !== undefined) send(ctx, list, '_HASFOCUS', true);
}

export function getListActive(ctx: Thread): Value {
  return readState(ctx).active;
}

/** __GetListLast( [oGetList] ): the READ Updated() and ReadUpdated() ask. */
export function getListLast(ctx: Thread, list?: Value): Value {
  const s = readState(ctx);
  if (list !== undefined) s.last = list;
  return s.last;
}

/** hb_GetReadVar( oGet ): the Get's variable name, upper case, with its subscripts. */
export function getReadVar(ctx: Thread, get: Value): Value {
  let name = String(rtl(ctx, 'HB_ASCIIUPPER', send(ctx, get, 'NAME')));
  const subs = send(ctx, get, 'SUBSCRIPT');
  if (subs !== undefined) {
    for (const sub of Array.isArray(subs) ? subs : [subs]) {
      switch (valType(sub)) {
        case 'C': name += '["' + String(sub) + '"]'; break;
        case 'D': name += '[0d' + String(rtl(ctx, 'DTOS', sub)) + ']'; break;
        case 'T': name += '[t"' + String(rtl(ctx, 'HB_TSTOSTR', sub, true)) + '"]'; break;
        default: name += '[' + String(rtl(ctx, 'HB_NTOS', sub)) + ']';
      }
    }
  }
  return name;
}
