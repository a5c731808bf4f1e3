// rddInfo(): the RDDI_* settings of a driver (file extensions, memo type,
// block size and version, lock scheme, index options). A setting returns
// its previous value and takes the new one when it is of the right kind.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import type { Driver } from './registry.js';
import { MEMO_DBT, MEMO_FPT } from './dbf/header.js';

const SET_MBLOCKSIZE = 41;
const SET_MFILEEXT = 42;
const SET_STRICTREAD = 43;
const SET_OPTIMIZE = 44;
const SET_AUTOPEN = 45;
const SET_AUTORDER = 46;
const SET_AUTOSHARE = 47;
const SET_FORCEOPT = 107;
const SET_DBFLOCKSCHEME = 108;

const MEMO_SMT = 3;

function isMemoDriver(d: Driver): boolean {
  return d.name !== 'DBF';
}

function isIndexDriver(d: Driver): boolean {
  return d.name === 'DBFNTX' || d.name === 'DBFCDX';
}

function int(v: Value): number {
  return isNumeric(v) ? Math.trunc(numOf(v)) : 0;
}

/** A SET-backed setting: the old value, the new one stored when it has the right type. */
function viaSet(ctx: Thread, n: number, v: Value, type: 'L' | 'N' | 'C'): Value {
  const old = ctx.sets.get(n);
  const ok = type === 'L' ? typeof v === 'boolean' : type === 'N' ? isNumeric(v) : typeof v === 'string';
  if (ok) ctx.sets.put(n, v);
  if (type === 'L') return old === true;
  if (type === 'N') return isNumeric(old) ? old : 0;
  return typeof old === 'string' ? old : '';
}

/** A new extension ".xyz" (anything else leaves the setting alone). */
function newExt(v: Value): string | null {
  return typeof v === 'string' && v.length > 1 && v[0] === '.' ? v : null;
}

/** rddInfo( code, newValue ) of driver `d`. */
export function rddInfo(ctx: Thread, d: Driver, code: number, v: Value): Value {
  const s = d.settings;
  const memo = isMemoDriver(d);
  const index = isIndexDriver(d);
  switch (code) {
    case 1: case 2: case 10: return true; // ISDBF, CANPUTREC, LOCAL
    case 11: case 15: case 17: case 18: case 20: return false;
    case 3: case 4: return '';
    case 5: {
      const old = s.tableExt;
      const n = newExt(v);
      if (n !== null) s.tableExt = n;
      return old;
    }
    case 6: {
      if (!memo) return viaSet(ctx, SET_MFILEEXT, v, 'C');
      let old = s.memoExt;
      if (old === '') {
        const t = s.memoType || MEMO_FPT;
        const mf = ctx.sets.get(SET_MFILEEXT);
        if (t === MEMO_FPT && d.name !== 'DBFBLOB' && typeof mf === 'string' && mf !== '') old = mf;
        else old = t === MEMO_DBT ? '.dbt' : t === MEMO_SMT ? '.smt' : '.fpt';
      }
      const n = newExt(v);
      if (n !== null) s.memoExt = n;
      return old;
    }
    case 7: case 8: case 9: {
      if (!index) return '';
      const old = s.orderBagExt;
      const n = newExt(v);
      if (n !== null) s.orderBagExt = n;
      return old;
    }
    case 12: return 0;
    case 13: {
      const old = s.tableType || 1;
      const t = int(v);
      if (t === 1 || t === 2) s.tableType = t;
      return old;
    }
    case 14: {
      if (!memo) return 0;
      const old = s.memoType || MEMO_FPT;
      const t = int(v);
      if (d.name !== 'DBFBLOB' && (t === MEMO_DBT || t === MEMO_FPT || t === MEMO_SMT)) s.memoType = t;
      return old;
    }
    case 16: {
      const old = s.lockScheme || int(ctx.sets.get(SET_DBFLOCKSCHEME));
      const t = int(v);
      if (t >= 1 && t <= 6) s.lockScheme = t;
      return old;
    }
    case 19: return s.trigger;
    case 21: {
      if (!index) return false;
      if (d.name === 'DBFCDX') return true;
      const old = s.structOrd;
      if (typeof v === 'boolean') s.structOrd = v;
      return old;
    }
    case 22: return viaSet(ctx, SET_STRICTREAD, v, 'L');
    case 23: {
      if (!index) return undefined;
      const old = s.strictStruct;
      if (typeof v === 'boolean') s.strictStruct = v;
      return old;
    }
    case 24: return viaSet(ctx, SET_OPTIMIZE, v, 'L');
    case 25: return viaSet(ctx, SET_FORCEOPT, v, 'L');
    case 26: return viaSet(ctx, SET_AUTOPEN, v, 'L');
    case 27: return viaSet(ctx, SET_AUTORDER, v, 'N');
    case 28: {
      const old = ctx.sets.get(SET_AUTOSHARE);
      if (typeof v === 'boolean') ctx.sets.put(SET_AUTOSHARE, v);
      return old === true || (isNumeric(old) && numOf(old) !== 0);
    }
    case 29: case 30: case 31: {
      if (!index) return false;
      if (d.name === 'DBFCDX') return true;
      const key = code === 29 ? 'multiTag' : code === 30 ? 'sortRecNo' : 'multiKey';
      const old = s[key];
      if (typeof v === 'boolean') s[key] = v;
      return old;
    }
    case 32: {
      if (!memo) return viaSet(ctx, SET_MBLOCKSIZE, v, 'N');
      let old = s.memoBlockSize;
      if (old === 0) {
        const m = int(ctx.sets.get(SET_MBLOCKSIZE));
        old = m > 0 && (m <= 0x10000 || (m & 0xffff) === 0) ? m : s.memoType === MEMO_DBT ? 512 : 64;
      }
      const n = int(v);
      if (n > 0 && (n <= 0x10000 || (n & 0xffff) === 0)) s.memoBlockSize = n;
      return old;
    }
    case 33: {
      if (!memo) return 0;
      const old = s.memoVersion || 3;
      const t = int(v);
      if (t >= 1 && t <= 4) s.memoVersion = t;
      return old;
    }
    case 34: return memo ? 0 : undefined;
    case 35: return memo ? false : undefined;
    case 36: return memo ? true : undefined;
    case 37: return d.name === 'DBFBLOB';
    case 42: return s.password;
    case 44: {
      const old = s.dirtyRead;
      if (typeof v === 'boolean') s.dirtyRead = v;
      return old;
    }
    case 45: {
      const old = s.indexPageSize;
      const n = int(v);
      if (n >= 0x200 && n <= 0x2000 && ((n - 1) & n) === 0) s.indexPageSize = n;
      return old;
    }
    case 46: {
      const old = s.decimals;
      const n = isNumeric(v) ? int(v) : -1;
      if (n >= 0 && n <= 20) s.decimals = n;
      return old;
    }
    case 47: {
      const old = s.setHeader;
      if (isNumeric(v) && (int(v) & ~3) === 0) s.setHeader = int(v);
      return old;
    }
  }
  return v;
}
