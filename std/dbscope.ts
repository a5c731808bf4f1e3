// Scoped loops and conditions of the current area: dbEval, LOCATE and
// CONTINUE, SET FILTER, SET RELATION; and record/file locks.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { cur, framed, intArg, mgrOf, noTable, badArg } from './dbcommon.js';
import type { Scope, WorkArea } from '../rdd/workarea.js';
import { EDBCMD_EVAL_BADPARAMETER, EDBCMD_REL_BADPARAMETER, EDBCMD_REL_SAMEALIAS } from '../rdd/errors.js';

const isBlock = (v: Value): v is Block => typeof v === 'function';

/** FOR/WHILE/NEXT/RECORD/REST arguments as a scope (arguments of other types are ignored). */
export function scopeOf(forB: Value, whileB: Value, next: Value, rec: Value, rest: Value): Scope {
  const sc: Scope = {};
  if (isBlock(forB)) sc.forBlock = forB;
  if (isBlock(whileB)) sc.whileBlock = whileB;
  if (isNumeric(next)) sc.next = Math.trunc(numOf(next));
  if (rec !== undefined) sc.recId = rec;
  if (typeof rest === 'boolean') sc.rest = rest;
  return sc;
}

function dbEval(ctx: Thread, a: WorkArea, args: Value[]): Value {
  const [block, forB, whileB, next, rec, rest] = args;
  const bad = () => badArg(ctx, 'DBEVAL', EDBCMD_EVAL_BADPARAMETER);
  if (!isBlock(block)) return bad();
  if (forB !== undefined && !isBlock(forB)) return bad();
  if (whileB !== undefined && !isBlock(whileB)) return bad();
  if (next !== undefined && !isNumeric(next)) return bad();
  if (rec !== undefined && !isNumeric(rec)) return bad();
  if (rest !== undefined && typeof rest !== 'boolean') return bad();
  framed(ctx, 'DBEVAL', () => a.evalScope(block, scopeOf(forB, whileB, next, rec, rest)));
  return undefined;
}

function setRelation(ctx: Thread, a: WorkArea, args: Value[]): Value {
  const mgr = mgrOf(ctx);
  const [target, block, text, scoped] = args;
  let child: WorkArea | undefined;
  if (typeof target === 'string') {
    const prev = mgr.currentNo;
    if (mgr.selectAlias(target, false)) child = mgr.current;
    mgr.selectNo(prev);
  } else child = mgr.area(intArg(target));
  if (child === a) return badArg(ctx, 'DBSETRELATION', EDBCMD_REL_SAMEALIAS);
  const txt = typeof text === 'string' ? text : '';
  if (child === undefined || (!isBlock(block) && txt === '')) {
    return badArg(ctx, 'DBSETRELATION', EDBCMD_REL_BADPARAMETER);
  }
  framed(ctx, 'DBSETRELATION', () => a.setRelation({
    parent: a, child: child!, block: isBlock(block) ? block : undefined, text: txt, scoped: scoped === true,
  }));
  return undefined;
}

export const functions: StdModule = {
  DBEVAL(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBEVAL');
    return dbEval(ctx, a, args);
  },
  __DBLOCATE(ctx, forB, whileB, next, rec, rest) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, '__DBLOCATE');
    a.locateScope = scopeOf(forB, whileB, next, isNumeric(rec) ? rec : undefined, rest);
    framed(ctx, '__DBLOCATE', () => a.locate(false));
    return undefined;
  },
  __DBSETLOCATE(ctx, forB) {
    const a = cur(ctx);
    if (a !== undefined && isBlock(forB)) a.locateScope = { forBlock: forB };
    return undefined;
  },
  __DBCONTINUE(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, '__DBCONTINUE');
    framed(ctx, '__DBCONTINUE', () => a.locate(true));
    return undefined;
  },
  DBSETFILTER(ctx, block, text) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBSETFILTER');
    const txt = typeof text === 'string' ? text : '';
    if (isBlock(block) || txt.length > 0) a.setFilter(isBlock(block) ? block : undefined, txt);
    else a.clearFilter();
    return undefined;
  },
  DBCLEARFILTER(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBCLEARFILTER');
    a.clearFilter();
    return undefined;
  },
  DBFILTER(ctx) {
    const a = cur(ctx);
    return a === undefined ? '' : a.filterText;
  },
  HB_DBGETFILTER(ctx) {
    const a = cur(ctx);
    return a === undefined ? undefined : a.filterBlock;
  },
  DBSETRELATION(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBSETRELATION');
    return setRelation(ctx, a, args);
  },
  DBCLEARRELATION(ctx) {
    const a = cur(ctx);
    if (a !== undefined) framed(ctx, 'DBCLEARRELATION', () => a.clearRelations());
    return undefined;
  },
  DBRELATION(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return '';
    const i = intArg(n) || 1;
    return i <= a.relations.length ? a.relations[i - 1].text : '';
  },
  DBRSELECT(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    const i = intArg(n) || 1;
    return i <= a.relations.length ? a.relations[i - 1].child.areaNo : 0;
  },

  // ---- locks ----
  RLOCK(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'RLOCK');
    return framed(ctx, 'RLOCK', () => a.lockRecord(0, false));
  },
  DBRLOCK(ctx, rec) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBRLOCK');
    return framed(ctx, 'DBRLOCK', () => (rec === undefined ? a.lockRecord(0, false) : a.lockRecord(intArg(rec), true)));
  },
  FLOCK(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'FLOCK');
    return framed(ctx, 'FLOCK', () => a.lockFile());
  },
  DBRUNLOCK(ctx, rec) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBRUNLOCK');
    framed(ctx, 'DBRUNLOCK', () => a.unlock(intArg(rec)));
    return undefined;
  },
  DBUNLOCK(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBUNLOCK');
    framed(ctx, 'DBUNLOCK', () => a.unlock(0));
    return undefined;
  },
  DBUNLOCKALL(ctx) {
    const mgr = mgrOf(ctx);
    framed(ctx, 'DBUNLOCKALL', () => {
      for (const a of mgr.openAreas()) a.unlock(0);
    });
    return undefined;
  },
  DBRLOCKLIST(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBRLOCKLIST');
    return a.lockList();
  },
};
