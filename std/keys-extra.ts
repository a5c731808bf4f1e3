// Hot keys with activation conditions (hb_SetKey, hb_SetKeyArray,
// hb_SetKeyGet, hb_SetKeySave, hb_SetKeyCheck) on top of SetKey()'s table,
// the parts of an extended key code (hb_keyExt, hb_keyMod, hb_keyVal), and
// the idle tasks a thread runs while it has nothing to do (hb_idleAdd,
// hb_idleDel, hb_idleState, hb_idleReset; idleSleep() for waits).

import type { Thread } from '../runtime/vm/thread.js';
import { HbPointer, HbRef, type Value } from '../runtime/values/types.js';
import { isEvalItem, evalItem } from '../runtime/errors/launch.js';
import type { StdModule } from './registry.js';
import { keyboard } from './keyboard.js';
import { rtl } from './get-view.js';
import { deref, isNum, intVal } from './param.js';

const SET_IDLEREPEAT = 101;

// extended key codes: a marker bit, a type byte, flag bits and a value
const EXT_MASK = 0xf8000000 | 0;
const EXT_BIT = 0x40000000;
const EXT_TYPEMASK = 0xff000000 | 0;
const EXT_KEY = 0x01000000;
const EXT_MOUSEPOS = 0x05000000;
const FUNCTION_KEYS = 29;

const isExt = (k: number): boolean => (k & EXT_MASK) === EXT_BIT;
const keyType = (k: number): number => (k ^ EXT_BIT) & EXT_TYPEMASK;

/**
 * The conditions of hot keys, kept beside SetKey()'s table: a condition
 * holds while its key still runs the action it was set with (SetKey()
 * replacing the action drops the condition).
 */
interface Cond { action: Value; cond: Value }
const CONDS = Symbol('hotKeyConds');
const condsOf = (ctx: Thread): Map<number, Cond> => ctx.slot(CONDS, () => new Map<number, Cond>());

function condOf(ctx: Thread, key: number): Value {
  const c = condsOf(ctx).get(key);
  if (c === undefined) return undefined;
  if (keyboard(ctx).setKeys.get(key) === c.action) return c.cond;
  condsOf(ctx).delete(key);
  return undefined;
}

/** Set (or with no action, remove) a hot key; the action it had. */
function setHotKey(ctx: Thread, key: number, action: Value, cond: Value): Value {
  if (key === 0) return undefined;
  const keys = keyboard(ctx).setKeys;
  const old = keys.get(key);
  const conds = condsOf(ctx);
  conds.delete(key);
  if (!isEvalItem(action)) {
    keys.delete(key);
    return old;
  }
  keys.set(key, action);
  if (isEvalItem(cond)) conds.set(key, { action, cond });
  return old;
}

/** A key's condition asked whether its action may run now: true, or what the condition said instead. */
function active(ctx: Thread, key: number): true | Value {
  const cond = condOf(ctx, key);
  if (cond === undefined) return true;
  const r = evalItem(ctx, cond, [key]);
  return typeof r === 'boolean' && !r ? r : true;
}

/** A thread's idle tasks: the blocks, and the one that runs next. */
interface Idle { tasks: Value[]; next: number; inside: boolean }
const IDLE = Symbol('idleTasks');
const idleOf = (ctx: Thread): Idle => ctx.slot(IDLE, () => ({ tasks: [], next: 0, inside: false }));

/** One idle moment: the next idle task runs (the list starts over once done, with SET IDLEREPEAT on). */
export function idleState(ctx: Thread): void {
  const idle = idleOf(ctx);
  if (idle.inside) return;
  idle.inside = true;
  try {
    if (idle.next < idle.tasks.length) {
      evalItem(ctx, idle.tasks[idle.next], []);
      idle.next++;
      if (idle.next === idle.tasks.length && ctx.sets.get(SET_IDLEREPEAT) !== false) idle.next = 0;
    }
  } finally {
    idle.inside = false;
  }
}

/** The end of an idle spell: without SET IDLEREPEAT the tasks may run again from the first. */
export function idleReset(ctx: Thread): void {
  const idle = idleOf(ctx);
  if (idle.next === idle.tasks.length && ctx.sets.get(SET_IDLEREPEAT) === false) idle.next = 0;
}

/** Wait `seconds`, running idle tasks meanwhile (at least once). */
export function idleSleep(ctx: Thread, seconds: number): void {
  if (!(seconds >= 0)) return;
  const end = Date.now() + seconds * 1000;
  for (;;) {
    idleState(ctx);
    const left = end - Date.now();
    if (left <= 0) break;
    rtl(ctx, 'HB_IDLESLEEP', Math.min(left, 10) / 1000);
  }
  idleReset(ctx);
}

export const functions: StdModule = {
  HB_SETKEY(ctx, ...args) {
    const key = intVal(deref(args[0]));
    if (key === 0) return undefined;
    if (args.length > 1) return setHotKey(ctx, key, deref(args[1]), deref(args[2]));
    const action = keyboard(ctx).setKeys.get(key);
    if (action === undefined) return undefined;
    // a condition that says no leaves its answer as the result
    const ok = active(ctx, key);
    return ok === true ? action : ok;
  },
  HB_SETKEYARRAY(ctx, keys, action, cond) {
    const list = deref(keys);
    const a = deref(action);
    if (!Array.isArray(list) || !isEvalItem(a)) return undefined;
    const c = deref(cond);
    for (const k of list) setHotKey(ctx, intVal(k), a, isEvalItem(c) ? c : undefined);
    return undefined;
  },
  HB_SETKEYGET(ctx, key, condRef) {
    const k = deref(key);
    if (!isNum(k)) return undefined;
    const action = keyboard(ctx).setKeys.get(intVal(k));
    if (action === undefined) return undefined;
    const cond = condOf(ctx, intVal(k));
    if (cond !== undefined && condRef instanceof HbRef) condRef.set(cond);
    return action;
  },
  HB_SETKEYSAVE(ctx, ...args) {
    const keys = keyboard(ctx).setKeys;
    const saved: Value[] = [];
    for (const [k, action] of keys) saved.push([k, action, condOf(ctx, k)]);
    if (args.length > 0) {
      keys.clear();
      condsOf(ctx).clear();
      const list = deref(args[0]);
      if (Array.isArray(list)) {
        for (const e of list) {
          if (Array.isArray(e)) setHotKey(ctx, intVal(e[0]), e[1], e[2]);
        }
      }
    }
    return saved;
  },
  HB_SETKEYCHECK(ctx, ...args) {
    const key = intVal(deref(args[0]));
    if (key === 0) return false;
    const action = keyboard(ctx).setKeys.get(key);
    if (action === undefined || active(ctx, key) !== true) return false;
    evalItem(ctx, action, [...args.slice(1), key]);
    return true;
  },
  HB_KEYEXT(_ctx, key) {
    const k = intVal(deref(key)) | 0;
    if (keyType(k) !== EXT_KEY) return 0;
    const v = k & 0xffff;
    return v >= 1 && v <= FUNCTION_KEYS ? v : 0;
  },
  HB_KEYMOD(_ctx, key) {
    const k = intVal(deref(key)) | 0;
    return isExt(k) && keyType(k) !== EXT_MOUSEPOS ? (k >> 16) & 0xff : 0;
  },
  HB_KEYVAL(_ctx, key) {
    const k = intVal(deref(key)) | 0;
    return isExt(k) && keyType(k) !== EXT_MOUSEPOS ? k & 0xffff : 0;
  },
  HB_IDLEADD(ctx, block) {
    const b = deref(block);
    if (!isEvalItem(b)) return undefined;
    idleOf(ctx).tasks.push(b);
    return new HbPointer(b, 'idle');
  },
  HB_IDLEDEL(ctx, id) {
    const p = deref(id);
    if (!(p instanceof HbPointer)) return undefined;
    const idle = idleOf(ctx);
    const i = idle.tasks.indexOf(p.target as Value);
    if (i < 0) return undefined;
    const [task] = idle.tasks.splice(i, 1);
    if (idle.tasks.length === 0 || idle.next >= idle.tasks.length) idle.next = 0;
    return task;
  },
  HB_IDLESTATE(ctx) {
    idleState(ctx);
    return undefined;
  },
  HB_IDLERESET(ctx) {
    idleReset(ctx);
    return undefined;
  },
};
