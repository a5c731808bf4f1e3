// The SIx Driver compatible table functions Harbour links by default:
// table state (sx_TableName, sx_IsShared, sx_IsReadOnly, sx_IsFLocked,
// sx_TableType, sx_IDType), record locks (sx_RLock, sx_Unlock,
// sx_GetLocks, sx_IsLocked), sx_Rollback, driver settings (sx_IsDBT,
// sx_MemoExt, sx_MemoBlk, sx_StrXCheck, sx_LockRetry, sx_AutoOpen,
// sx_AutoShare), V-field helpers (sx_VSigLen, sx_VFGet), sx_Blob2File and
// the key conversions sxChar, sxNum, sxDate, sxLog.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, isNumeric, numOf, type Value } from '../runtime/values/types.js';
import type { WorkArea } from '../rdd/workarea.js';
import type { StdModule } from './registry.js';
import { mgrOf } from './dbcommon.js';
import { minus, plus } from '../runtime/values/ops.js';
import { lib } from './dbform.js';

const RDDI_MEMOEXT = 6;
const RDDI_MEMOTYPE = 14;
const RDDI_STRICTSTRUCT = 23;
const RDDI_AUTOOPEN = 26;
const RDDI_AUTOSHARE = 28;
const RDDI_MEMOBLOCKSIZE = 32;
const RDDI_LOCKRETRY = 43;
const DBI_GETLOCKARRAY = 8;
const DBI_FULLPATH = 10;
const DBI_ISFLOCK = 20;
const DBI_SHARED = 36;
const DBI_ISREADONLY = 129;
const DBI_ROLLBACK = 130;
const DBI_ISENCRYPTED = 132;
const DBRI_ENCRYPTED = 6;
const DB_MEMO_DBT = 1;

const cur = (ctx: Thread): WorkArea | undefined => mgrOf(ctx).current;

/** A logical dbInfo() answer of the current area; .F. without one. */
function infoFlag(ctx: Thread, code: number): boolean {
  const a = cur(ctx);
  return a !== undefined && a.info(code, undefined) === true;
}

function rddSetting(ctx: Thread, code: number, v: Value, rdd: Value): Value {
  return lib(ctx, 'HB_RDDINFO', code, v, rdd);
}

/** Drop the pending changes of an area and of the areas related to it, down the relation tree. */
function rollbackChildren(a: WorkArea): void {
  for (const r of a.relations) {
    r.child.info(DBI_ROLLBACK, undefined);
    rollbackChildren(r.child);
  }
}

/** A by-reference argument's value, and a way to store a new one into it. */
function refArg(v: Value): { value: Value; set: (x: Value) => Value } {
  if (v instanceof HbRef) return { value: v.get(), set: (x) => (v.set(x), x) };
  return { value: v, set: (x) => x };
}

function sxChar(ctx: Thread, len: Value, key: Value): Value {
  const r = refArg(key);
  let v = r.value;
  const t = lib(ctx, 'VALTYPE', v);
  if (t === 'N') v = lib(ctx, 'STR', v);
  else if (t === 'D') v = lib(ctx, 'DTOS', v);
  else if (t === 'T') v = lib(ctx, 'HB_TTOS', v);
  else if (t === 'L') v = v === true ? 'T' : 'F';
  else if (t !== 'C' && t !== 'M') v = isNumeric(len) ? '' : ' '.repeat(10);
  if (isNumeric(len)) v = lib(ctx, 'PADR', lib(ctx, 'LTRIM', v), len);
  return r.set(v);
}

function sxNum(ctx: Thread, key: Value): Value {
  const r = refArg(key);
  const v = r.value;
  switch (lib(ctx, 'VALTYPE', v)) {
    case 'N': return r.set(v);
    case 'C': case 'M': return r.set(lib(ctx, 'VAL', v));
    case 'D': case 'T': return r.set(minus(ctx, v, lib(ctx, 'HB_STOD')));
    case 'L': return r.set(v === true ? 1 : 0);
  }
  return r.set(lib(ctx, 'VAL', '0.00'));
}

function sxDate(ctx: Thread, key: Value): Value {
  const r = refArg(key);
  const v = r.value;
  switch (lib(ctx, 'VALTYPE', v)) {
    case 'D': return r.set(v);
    case 'T': return r.set(lib(ctx, 'HB_TTOD', v));
    case 'C': case 'M': return r.set(lib(ctx, 'CTOD', v));
    case 'N': return r.set(plus(ctx, lib(ctx, 'HB_STOD'), v));
  }
  return r.set(lib(ctx, 'HB_STOD'));
}

const TRUE_TEXTS = new Set(['T', 't', 'Y', 'y', '.T.', '.t.', '.Y.', '.y.']);

function sxLog(ctx: Thread, key: Value): Value {
  const r = refArg(key);
  const v = r.value;
  switch (lib(ctx, 'VALTYPE', v)) {
    case 'L': return r.set(v);
    case 'C': case 'M': return r.set(TRUE_TEXTS.has(v as string));
    case 'N': return r.set(numOf(v as number) !== 0);
  }
  return r.set(false);
}

function sxRLock(ctx: Thread, rec: Value): Value {
  if (cur(ctx) === undefined) return false;
  if (Array.isArray(rec)) return rec.map((r) => lib(ctx, 'DBRLOCK', r) === true);
  return lib(ctx, 'DBRLOCK', rec) === true;
}

function sxUnlock(ctx: Thread, rec: Value): void {
  if (cur(ctx) === undefined) return;
  if (Array.isArray(rec)) for (const r of rec) lib(ctx, 'DBRUNLOCK', r);
  else lib(ctx, 'DBRUNLOCK', rec);
}

function fieldNo(a: WorkArea, f: Value): number {
  if (typeof f === 'string') return a.fieldPos(f);
  return isNumeric(f) ? Math.trunc(numOf(f)) : 0;
}

export const functions: StdModule = {
  SXCHAR(ctx, len, key) {
    return sxChar(ctx, len, key);
  },
  SXNUM(ctx, key) {
    return sxNum(ctx, key);
  },
  SXDATE(ctx, key) {
    return sxDate(ctx, key);
  },
  SXLOG(ctx, key) {
    return sxLog(ctx, key);
  },
  SX_GETLOCKS(ctx) {
    const a = cur(ctx);
    if (a === undefined) return undefined;
    const v = a.info(DBI_GETLOCKARRAY, []);
    return Array.isArray(v) ? v : [];
  },
  SX_ISFLOCKED(ctx) {
    return infoFlag(ctx, DBI_ISFLOCK);
  },
  SX_ISREADONLY(ctx) {
    return infoFlag(ctx, DBI_ISREADONLY);
  },
  SX_ISSHARED(ctx) {
    return infoFlag(ctx, DBI_SHARED);
  },
  SX_IDTYPE(ctx) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    return a.recordInfo(undefined, DBRI_ENCRYPTED, undefined) === true ? 2 : 1;
  },
  SX_TABLETYPE(ctx) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    return a.info(DBI_ISENCRYPTED, undefined) === true ? 2 : 1;
  },
  SX_TABLENAME(ctx) {
    const a = cur(ctx);
    return a === undefined ? '' : a.info(DBI_FULLPATH, undefined);
  },
  SX_ROLLBACK(ctx, n) {
    const no = isNumeric(n) ? Math.trunc(numOf(n)) : 0;
    const mgr = mgrOf(ctx);
    const a = no !== 0 ? mgr.area(no) : mgr.current;
    if (a === undefined) return false;
    a.info(DBI_ROLLBACK, undefined);
    // only sx_Rollback( 0 ) goes down the relations
    if (isNumeric(n) && no === 0) rollbackChildren(a);
    return true;
  },
  SX_RLOCK(ctx, rec) {
    return sxRLock(ctx, rec);
  },
  SX_UNLOCK(ctx, rec) {
    sxUnlock(ctx, rec);
    return undefined;
  },
  SX_ISLOCKED(ctx, rec) {
    const a = cur(ctx);
    if (a === undefined) return false;
    const r = rec === undefined ? a.recNo() : rec;
    if (sxRLock(ctx, r) === true) {
      sxUnlock(ctx, r);
      return false;
    }
    return true;
  },
  SX_ISDBT(ctx, rdd) {
    const t = rddSetting(ctx, RDDI_MEMOTYPE, undefined, rdd);
    return isNumeric(t) && numOf(t) === DB_MEMO_DBT;
  },
  SX_MEMOEXT(ctx, ext, rdd) {
    return rddSetting(ctx, RDDI_MEMOEXT, ext, rdd);
  },
  SX_MEMOBLK(ctx, size, rdd) {
    return rddSetting(ctx, RDDI_MEMOBLOCKSIZE, size, rdd);
  },
  SX_SETMEMOBLOCK(ctx, size, rdd) {
    return rddSetting(ctx, RDDI_MEMOBLOCKSIZE, size, rdd);
  },
  SX_STRXCHECK(ctx, strict, rdd) {
    return rddSetting(ctx, RDDI_STRICTSTRUCT, strict, rdd);
  },
  SX_LOCKRETRY(ctx, n, rdd) {
    return rddSetting(ctx, RDDI_LOCKRETRY, n, rdd);
  },
  SX_AUTOOPEN(ctx, on, rdd) {
    return rddSetting(ctx, RDDI_AUTOOPEN, on, rdd);
  },
  SX_AUTOSHARE(ctx, on, rdd) {
    return rddSetting(ctx, RDDI_AUTOSHARE, on, rdd);
  },
  SX_BLOB2FILE(ctx, file, field) {
    return lib(ctx, 'DBFILEGET', field, file, 0);
  },
  SX_VSIGLEN(ctx, f) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    const n = fieldNo(a, f);
    if (n < 1 || n > a.fields.length) return 0;
    const len = lib(ctx, 'FIELDLEN', n);
    const l = isNumeric(len) ? numOf(len) : 0;
    return lib(ctx, 'FIELDTYPE', n) === 'V' && l >= 6 ? l - 6 : len;
  },
  SX_VFGET(ctx, ...args) {
    if (cur(ctx) === undefined || args.length !== 2) return undefined;
    const e = args[0];
    return lib(ctx, 'PADR', typeof e === 'string' ? mgrOf(ctx).evalMacro(e) : e, args[1]);
  },
};
