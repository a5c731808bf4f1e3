// Copying records between work areas and files: COPY TO and APPEND FROM
// (any driver, SDF, DELIMITED) and __dbTrans. The fields are matched by
// name; records go through the source's scope (FOR, WHILE, NEXT, RECORD,
// REST), its filter and SET DELETED; the deletion flag goes along. When
// both tables have the same fields in the same places, whole records are
// copied; auto-increment counters are copied into an empty new table.

import type { Value } from '../../runtime/values/types.js';
import type { WorkAreaManager } from '../manager.js';
import type { Scope, WorkArea } from '../workarea.js';
import { isTrue } from '../workarea.js';
import { DbfArea } from '../dbf/area.js';
import { FptArea } from '../memo/area.js';
import { DBS_COUNTER, DBS_DEC, DBS_FLAG, DBS_LEN, DBS_NAME, DBS_STEP, DBS_TYPE } from '../dbf/info.js';
import { autoIncKind } from '../dbf/header.js';
import { FT_MODTIME } from '../dbf/fields.js';
import { createTable, defaultDriver, openTable } from '../tables.js';
import { findDriver, RDT_TRANSFER } from '../registry.js';
import { stripAlias } from '../order/area.js';
import { dbcmdError, EG_ARG, EDBCMD_USE_BADPARAMETER } from '../errors.js';

export interface TransItem {
  src: number;
  dst: number;
}

export interface TransPlan {
  items: TransItem[];
  /** same fields in the same places: whole records can be copied */
  match: boolean;
  /** copy the auto-increment counters afterwards */
  counters: boolean;
  /** leave the deletion flag behind (SORT) */
  recall?: boolean;
}

/** Field position of a name in an area (alias-> and FIELD-> prefixes allowed). */
function fieldOf(a: WorkArea, name: string): number {
  const plain = stripAlias(name, a.alias);
  return plain === '' ? 0 : a.fieldPos(plain);
}

function fieldNameArg(v: Value): string {
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : '';
  return typeof v === 'string' ? v : '';
}

/** The structure entry of field i (dbStruct() style). */
export function fieldStruct(a: WorkArea, i: number): Value[] {
  return [a.fieldInfo(i, DBS_NAME, undefined), a.fieldInfo(i, DBS_TYPE, undefined),
    a.fieldInfo(i, DBS_LEN, undefined), a.fieldInfo(i, DBS_DEC, undefined)];
}

/**
 * Which fields go where (Harbour's transfer structure): with a field list,
 * those of its names both areas have; else every source field the
 * destination has by name. Without a destination the structure of the new
 * table is collected in `struct`.
 */
export function transStruct(src: WorkArea, dst: WorkArea | null, fields: Value, struct: Value[][] | null): TransPlan | null {
  const nSrc = src.fields.length;
  const nDst = dst !== null ? dst.fields.length : nSrc;
  if (Math.min(nSrc, nDst) === 0) return null;
  const list = Array.isArray(fields) && fields.length > 0 ? fields : null;
  let match = nSrc === nDst;
  const items: TransItem[] = [];
  if (list === null) {
    if (dst !== null) {
      for (let i = 1; i <= nSrc; i++) {
        const d = fieldOf(dst, src.fields[i - 1].name);
        if (d !== i) match = false;
        if (d !== 0 && !items.some((it) => it.dst === d)) items.push({ src: i, dst: d });
      }
    } else {
      for (let i = 1; i <= nSrc; i++) {
        items.push({ src: i, dst: i });
        struct!.push(fieldStruct(src, i));
      }
    }
  } else {
    for (const item of list) {
      const name = fieldNameArg(item);
      if (name === '') continue;
      const s = fieldOf(src, name);
      if (s === 0) continue;
      const d = dst !== null ? fieldOf(dst, name) : items.length + 1;
      if (d === 0) continue;
      if (s !== d) match = false;
      items.push({ src: s, dst: d });
      if (dst === null) struct!.push(fieldStruct(src, s));
    }
  }
  if (items.length !== nSrc) match = false;
  if (match && dst !== null) {
    for (let i = 1; i <= items.length && match; i++) {
      for (const t of [DBS_TYPE, DBS_LEN, DBS_DEC, DBS_FLAG]) {
        const a = src.fieldInfo(i, t, undefined);
        const b = dst.fieldInfo(i, t, undefined);
        if ((typeof a === 'string' && typeof b === 'string') ? a.toUpperCase() !== b.toUpperCase() : a !== b) {
          match = false;
          break;
        }
      }
    }
  }
  return items.length === 0 ? null : { items, match, counters: false };
}

/** Counters: copied into an empty unshared table, else the counter fields are left to the destination. */
export function checkCounters(plan: TransPlan, src: WorkArea, dst: WorkArea): void {
  if (!(dst instanceof DbfArea)) return;
  let copy = dst.recCount() === 0 && !(dst.shared && !dst.fileLocked);
  if (copy) {
    for (const it of plan.items) {
      if (autoIncKind(dst.fields[it.dst - 1]) !== 'none' && src.fieldInfo(it.src, DBS_COUNTER, undefined) === undefined) {
        copy = false;
        break;
      }
    }
  }
  if (copy) {
    plan.counters = true;
    dst.transRec = true;
    return;
  }
  const kept = plan.items.filter((it) => {
    const f = dst.fields[it.dst - 1];
    return autoIncKind(f) === 'none' && f.type !== FT_MODTIME;
  });
  if (kept.length < plan.items.length) {
    plan.items = kept;
    plan.match = false;
  }
}

/** Copy one record (the current one of `src`) to a new record of `dst`. */
function transRec(src: WorkArea, dst: WorkArea, plan: TransPlan, putRec: boolean): boolean {
  const deleted = plan.recall !== true && src.deleted();
  if (putRec) {
    const b = (src as DbfArea).recordBytes();
    if (b === null || !dst.append(true)) return false;
    return (dst as DbfArea).putRecordBytes(b);
  }
  if (!dst.append(true)) return false;
  let ok = false;
  try {
    ok = plan.items.every((it) => dst.putValue(it.dst, src.getValue(it.src)));
  } finally {
    // a failed copy (also one an error handler BREAKs out of) leaves the new record deleted
    if (!ok || deleted) dst.deleteRec();
  }
  return ok;
}

/** The scoped loop of a transfer (Harbour's TRANS method): false after an error. */
export function transLoop(src: WorkArea, dst: WorkArea, plan: TransPlan, sc: Scope): boolean {
  const putRec = plan.match && plan.recall !== true && src instanceof DbfArea && dst instanceof DbfArea &&
    !(src instanceof FptArea && src.hasMemo) && src.cdp.id === dst.cdp.id;
  let next = 1;
  if (sc.recId !== undefined) {
    if (!src.goToId(sc.recId)) return false;
  } else if (sc.next !== undefined) {
    next = sc.next;
    if (next <= 0) return true;
  } else if (sc.whileBlock === undefined && !sc.rest) {
    if (!src.goTop()) return false;
  }
  for (;;) {
    if (src.pendingRel !== null) src.forceRel();
    if (src.eof) break;
    if (sc.whileBlock !== undefined && !isTrue(src.evalBlock(sc.whileBlock))) break;
    const take = sc.forBlock === undefined || isTrue(src.evalBlock(sc.forBlock));
    if (take && !transRec(src, dst, plan, putRec)) return false;
    if (sc.recId !== undefined || (sc.next !== undefined && --next < 1)) break;
    if (!src.skip(1)) return false;
  }
  return true;
}

/** Copy the auto-increment counters and steps of the transferred fields. */
export function copyCounters(plan: TransPlan, src: WorkArea, dst: WorkArea): void {
  for (const it of plan.items) {
    const c = src.fieldInfo(it.src, DBS_COUNTER, undefined);
    if (c === undefined || dst.fieldInfo(it.dst, DBS_COUNTER, undefined) === undefined) continue;
    dst.fieldInfo(it.dst, DBS_COUNTER, c);
    const step = src.fieldInfo(it.src, DBS_STEP, undefined);
    if (step !== undefined) dst.fieldInfo(it.dst, DBS_STEP, step);
  }
}

export interface TransArgs {
  file: string;
  driver: string | undefined;
  fields: Value;
  scope: Scope;
  codepage: string | undefined;
  delim: Value;
}

/**
 * COPY TO (export) / APPEND FROM (import) between the current area `area`
 * and a file; false after an error.
 */
export function transRecords(mgr: WorkAreaManager, area: WorkArea, exporting: boolean, a: TransArgs, fn: string): boolean {
  const prev = mgr.currentNo;
  const drvName = a.driver !== undefined && a.driver !== '' ? a.driver : defaultDriver(mgr);
  let other: WorkArea | undefined;
  let src: WorkArea;
  let dst: WorkArea;
  let plan: TransPlan | null;
  try {
    if (exporting) {
      const struct: Value[][] = [];
      plan = transStruct(area, null, a.fields, struct);
      if (plan === null) return false;
      if (!createTable(mgr, {
        file: a.file, struct, driver: drvName, areaNo: 0, alias: '', keepOpen: true, codepage: a.codepage,
        delim: a.delim,
      }, fn)) return false;
      other = mgr.current!;
      src = area;
      dst = other;
    } else {
      const d = findDriver(drvName);
      if (d === undefined) {
        dbcmdError(mgr.ctx, EG_ARG, EDBCMD_USE_BADPARAMETER, fn);
        return false;
      }
      if (d.type === RDT_TRANSFER) {
        const struct: Value[][] = [];
        const p = transStruct(area, null, a.fields, struct);
        if (p === null) return false;
        plan = { items: p.items.map((it) => ({ src: it.dst, dst: it.src })), match: p.match, counters: false };
        if (!openTable(mgr, {
          file: a.file, driver: drvName, areaNo: 0, alias: '', shared: true, readonly: true, codepage: a.codepage,
          struct, delim: a.delim,
        }, fn)) return false;
        other = mgr.current!;
      } else {
        if (!openTable(mgr, {
          file: a.file, driver: drvName, areaNo: 0, alias: '', shared: true, readonly: true, codepage: a.codepage,
          delim: a.delim,
        }, fn)) return false;
        other = mgr.current!;
        plan = transStruct(other, area, a.fields, null);
        if (plan === null) return false;
      }
      src = other;
      dst = area;
    }
    mgr.selectNo(src.areaNo);
    checkCounters(plan, src, dst);
    const ok = transLoop(src, dst, plan, a.scope);
    if (dst instanceof DbfArea) dst.transRec = false;
    if (ok && plan.counters) copyCounters(plan, src, dst);
    return ok;
  } finally {
    if (other !== undefined) {
      mgr.selectNo(other.areaNo);
      mgr.releaseCurrent();
    }
    mgr.selectNo(prev);
  }
}
