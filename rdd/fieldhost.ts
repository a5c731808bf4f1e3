// How compiled code reaches fields: undeclared names that are fields of the
// current area, FIELD->name, alias->name and alias->( expr ), with
// Harbour's errors for unknown fields (BASE/1003) and aliases (BASE/1002).

import type { Thread } from '../runtime/vm/thread.js';
import type { VarSym } from '../runtime/vm/symbols.js';
import { isNumeric, type Value } from '../runtime/values/types.js';
import { rtSubst } from '../runtime/errors/launch.js';
import { AliasName, fieldReadFailed, type AreaRef, type FieldHost } from '../runtime/vm/variables.js';
import { BreakSignal, QuitSignal } from '../runtime/vm/signals.js';
import { WorkAreaManager } from './manager.js';
import { Answer, EF_CANRETRY, EG_ARG, EG_NOVAR, EDBCMD_NOVAR, raise } from './errors.js';

/**
 * Select the area of alias->field: a source name or a string names an
 * alias (unknown: BASE/1002), a number an area; any other value raises
 * BASE/1065 "Argument error (&)", and a substituted value is tried in its place.
 */
function selectForField(mgr: WorkAreaManager, alias: AreaRef, sym: VarSym): boolean {
  if (alias instanceof AliasName) return isFieldAlias(alias.name) || mgr.selectAlias(alias.name, true);
  let v = alias as Value;
  while (typeof v !== 'string' && !isNumeric(v)) {
    v = rtSubst(mgr.ctx, EG_ARG, 1065, '&', [v, sym.name]);
  }
  return mgr.selectValue(v, true);
}

/**
 * Select the area of alias->( expr ): an unknown source name is BASE/1002;
 * a string names an alias or gives a free area, a number an area, and
 * any other value no area, without an error.
 */
function selectForExpr(mgr: WorkAreaManager, alias: AreaRef): void {
  if (alias instanceof AliasName) {
    if (!isFieldAlias(alias.name)) mgr.selectAlias(alias.name, true);
  } else if (typeof alias === 'string') {
    mgr.selectNo(mgr.aliasNumber(alias));
  } else if (alias !== null) {
    mgr.selectValue(alias as Value, true);
  }
}

const isFieldAlias = (name: string): boolean => name === 'FIELD' || name === '_FIELD';

function noField(ctx: Thread, sym: VarSym): Answer {
  return raise(ctx, 'BASE', { genCode: EG_NOVAR, subCode: EDBCMD_NOVAR, operation: sym.name, flags: EF_CANRETRY });
}

/** The value of field `sym` of the current area, raising BASE/1003 (retryable) when it has none. */
function currentField(mgr: WorkAreaManager, sym: VarSym): Value {
  for (;;) {
    const a = mgr.current;
    if (a !== undefined) {
      const i = a.fieldOfSym(sym);
      if (i !== 0) {
        const v = a.getValue(i);
        // a read that failed goes on as a missing field (Harbour's retryable BASE/1003)
        if (v !== undefined || !a.fieldReadFailed(i)) return v;
      }
    }
    if (noField(mgr.ctx, sym) !== Answer.Retry) return undefined;
  }
}

function putCurrentField(mgr: WorkAreaManager, sym: VarSym, v: Value): void {
  for (;;) {
    const a = mgr.current;
    if (a !== undefined) {
      const i = a.fieldOfSym(sym);
      if (i !== 0) {
        a.putValue(i, v);
        return;
      }
    }
    if (noField(mgr.ctx, sym) !== Answer.Retry) return;
  }
}

export class RddFieldHost implements FieldHost {
  // reused result of tryGet: it is read before any other lookup can run
  private readonly found: [boolean, Value?] = [false, undefined];

  tryGet(ctx: Thread, sym: VarSym): [boolean, Value?] {
    const a = WorkAreaManager.of(ctx).current;
    const r = this.found;
    if (a !== undefined) {
      const i = a.fieldOfSym(sym);
      if (i !== 0) {
        let v: Value;
        const sp = ctx.sp;
        try {
          v = a.getValue(i);
        } catch (e) {
          if (!(e instanceof BreakSignal || e instanceof QuitSignal) || !a.fieldReadFailed(i)) throw e;
          // the frames of the error handler the signal left
          ctx.unwind(sp);
          v = fieldReadFailed(ctx, sym, e);
        }
        // a read that failed without an error handler's exit
        if (v === undefined && a.fieldReadFailed(i)) v = fieldReadFailed(ctx, sym, null);
        r[0] = true;
        r[1] = v;
        return r;
      }
    }
    r[0] = false;
    r[1] = undefined;
    return r;
  }

  get(ctx: Thread, alias: AreaRef, sym: VarSym): Value {
    const mgr = WorkAreaManager.of(ctx);
    if (alias === null) return currentField(mgr, sym);
    const prev = mgr.currentNo;
    try {
      return selectForField(mgr, alias, sym) ? currentField(mgr, sym) : undefined;
    } finally {
      mgr.selectNo(prev);
    }
  }

  set(ctx: Thread, alias: AreaRef, sym: VarSym, v: Value): Value {
    const mgr = WorkAreaManager.of(ctx);
    if (alias === null) {
      putCurrentField(mgr, sym, v);
      return v;
    }
    const prev = mgr.currentNo;
    try {
      if (selectForField(mgr, alias, sym)) putCurrentField(mgr, sym, v);
    } finally {
      mgr.selectNo(prev);
    }
    return v;
  }

  enterArea(ctx: Thread, alias: AreaRef): number {
    const mgr = WorkAreaManager.of(ctx);
    const prev = mgr.currentNo;
    selectForExpr(mgr, alias);
    return prev;
  }

  leaveArea(ctx: Thread, prev: number): void {
    WorkAreaManager.of(ctx).selectNo(prev);
  }
}
