// What the database functions of the runtime library share: the current
// thread's work areas, the DBCMD errors they raise, the frame that makes
// them show in "Called from" lines, and argument conversions.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import { nativeProc, type ProcInfo } from '../runtime/vm/frame.js';
import { WorkAreaManager } from '../rdd/manager.js';
import type { WorkArea } from '../rdd/workarea.js';
import { dbcmdError, EG_ARG, EG_NOTABLE, EDBCMD_NOTABLE } from '../rdd/errors.js';

export function mgrOf(ctx: Thread): WorkAreaManager {
  return WorkAreaManager.of(ctx);
}

export function cur(ctx: Thread): WorkArea | undefined {
  return WorkAreaManager.of(ctx).current;
}

const procs = new Map<string, ProcInfo>();
// loops call the same function again and again (dbSkip): the last one asked for, without the map
let lastName = '';
let lastProc: ProcInfo | undefined;

/** The frame description of runtime-library function `name` (made once). */
export function proc(name: string): ProcInfo {
  if (name === lastName) return lastProc!;
  let p = procs.get(name);
  if (p === undefined) {
    p = nativeProc(name);
    procs.set(name, p);
  }
  lastName = name;
  lastProc = p;
  return p;
}

/** Run `body` inside a frame of function `name`, so errors show "Called from NAME(0)". */
export function framed<T>(ctx: Thread, name: string, body: () => T): T {
  const f = ctx.enter(proc(name));
  const sp = ctx.sp;
  const r = body();
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

/** DBCMD/2001 "Workarea not in use" of function `fn`. */
export function noTable(ctx: Thread, fn: string): Value {
  framed(ctx, fn, () => dbcmdError(ctx, EG_NOTABLE, EDBCMD_NOTABLE, fn));
  return undefined;
}

/** A DBCMD argument error of function `fn` (subcode `sub`). */
export function badArg(ctx: Thread, fn: string, sub: number, flags = 0): Value {
  framed(ctx, fn, () => dbcmdError(ctx, EG_ARG, sub, fn, flags));
  return undefined;
}

export function isStr(v: Value): v is string {
  return typeof v === 'string';
}

/** An integer argument as Harbour's hb_parni reads it (0 for non-numerics). */
export function intArg(v: Value, def = 0): number {
  return isNumeric(v) ? Math.trunc(numOf(v)) : def;
}

/** A logical argument (hb_parl: .F. for non-logicals). */
export function boolArg(v: Value): boolean {
  return v === true;
}

/** A string argument or undefined (hb_parc). */
export function strArg(v: Value): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
