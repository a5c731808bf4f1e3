// hb_dbDetach() / hb_dbRequest(): moving an open work area from one thread
// to another. A detached area leaves its thread's area table (with its
// alias) and waits in a process-wide pool with a cargo value; a request
// takes it (by alias, or the oldest one) into the requesting thread's
// current or first free area, waiting for one to be detached if asked to.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import { Wait, type Step } from '../runtime/vm/scheduler.js';
import { WorkAreaManager } from '../rdd/manager.js';
import type { WorkArea } from '../rdd/workarea.js';
import {
  dbcmdError, EF_CANDEFAULT, EG_ARG, EG_BADALIAS, EG_DUPALIAS, EG_NOTABLE,
  EDBCMD_BADALIAS, EDBCMD_BADPARAMETER, EDBCMD_DUPALIAS, EDBCMD_NOTABLE,
} from '../rdd/errors.js';
import { deref, intVal, isNum, numVal } from './param.js';
import { framed } from './dbcommon.js';
import type { StdModule } from './registry.js';
import type { GenFn } from '../runtime/vm/symbols.js';
import { nowMs } from '../runtime/clock.js';

interface Detached {
  area: WorkArea;
  cargo: Value;
}

/** A DBCMD error raised from inside function `fn` (which then returns NIL). */
function fail(ctx: Thread, fn: string, genCode: number, subCode: number, operation = fn, flags = 0): Value {
  framed(ctx, fn, () => dbcmdError(ctx, genCode, subCode, operation, flags));
  return undefined;
}

/** Areas detached and not yet requested, oldest first. */
const pool: Detached[] = [];

/** Drop the relations of other areas of the thread that lead into `area`. */
function dropParentRelations(mgr: WorkAreaManager, area: WorkArea): void {
  for (const a of mgr.openAreas()) {
    const keep = a.relations.filter((r) => r.child !== area);
    if (keep.length === a.relations.length) continue;
    for (const r of a.relations) {
      if (r.child !== area) continue;
      if (area.pendingRel === r) area.forceRel();
      area.parents--;
    }
    a.relations = keep;
  }
}

function detach(ctx: Thread, which: Value, cargo: Value): Value {
  const mgr = WorkAreaManager.of(ctx);
  const w = deref(which);
  let area: WorkArea | undefined;
  if (w === undefined) area = mgr.current;
  else if (typeof w === 'string') area = mgr.area(mgr.aliasNumber(w));
  else if (isNum(w)) area = mgr.area(intVal(w));
  else return fail(ctx, 'HB_DBDETACH', EG_ARG, EDBCMD_BADPARAMETER);
  if (area === undefined) return fail(ctx, 'HB_DBDETACH', EG_NOTABLE, EDBCMD_NOTABLE);
  area.goCold();
  area.clearRelations();
  dropParentRelations(mgr, area);
  const no = mgr.currentNo;
  mgr.remove(area);
  mgr.selectNo(no);
  pool.push({ area, cargo: deref(cargo) });
  return true;
}

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** How long a request waits, in ms: a number of seconds, .T. (forever) or else not at all. */
function waitMs(v: Value): number {
  if (isNum(v)) {
    const s = numVal(v);
    return s > 0 ? s * 1000 : 0;
  }
  return v === true ? Infinity : 0;
}

function take(alias: string | undefined): Detached | undefined {
  const i = alias === undefined ? (pool.length > 0 ? 0 : -1)
    : pool.findIndex((d) => d.area.alias.toUpperCase() === alias.toUpperCase());
  return i < 0 ? undefined : pool.splice(i, 1)[0];
}

function* request(ctx: Thread, aliasArg: Value, newArea: Value, cargoRef: Value, wait: Value): Step {
  const a = deref(aliasArg);
  if (a !== undefined && typeof a !== 'string') return fail(ctx, 'HB_DBREQUEST', EG_ARG, EDBCMD_BADPARAMETER);
  const alias = a === undefined || a === '' ? undefined : a.trim();
  const ms = waitMs(deref(wait));
  const mgr = WorkAreaManager.of(ctx);
  if (cargoRef instanceof HbRef) cargoRef.set(undefined);
  if (deref(newArea) !== true) mgr.releaseCurrent();
  else if (!mgr.selectFirstFree()) return fail(ctx, 'HB_DBREQUEST', EG_ARG, EDBCMD_BADPARAMETER);
  if (alias !== undefined) {
    if (!ALIAS.test(alias)) return fail(ctx, 'HB_DBREQUEST', EG_BADALIAS, EDBCMD_BADALIAS, alias, EF_CANDEFAULT);
    if (mgr.aliasInUse(alias)) return fail(ctx, 'HB_DBREQUEST', EG_DUPALIAS, EDBCMD_DUPALIAS, alias, EF_CANDEFAULT);
  }
  const no = mgr.currentNo;
  const end = nowMs() + ms;
  let got = take(alias);
  while (got === undefined && nowMs() < end && !ctx.quitRequested) {
    yield new Wait(() => pool.some((d) => alias === undefined || d.area.alias.toUpperCase() === alias.toUpperCase()), end);
    got = take(alias);
  }
  if (got === undefined) return false;
  // the area now belongs to this thread: its number is the one chosen above
  const area = got.area;
  const name = area.alias;
  area.mgr = mgr;
  mgr.selectNo(no);
  // an alias taken meanwhile in this thread stays with its area; this one keeps its name only
  mgr.insert(area, mgr.aliasInUse(name) ? '' : name);
  area.alias = name;
  if (cargoRef instanceof HbRef) cargoRef.set(got.cargo);
  return true;
}

export const generators: Record<string, GenFn> = {
  HB_DBREQUEST: request,
};

export const functions: StdModule = {
  HB_DBDETACH: detach,
  HB_DBREQUEST: (ctx, ...a) => ctx.vm.sched.runSync(ctx, request(ctx, a[0], a[1], a[2], a[3])),
};
