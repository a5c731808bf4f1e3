// Work areas and tables: USE (dbUseArea), dbCreate, closing, selecting,
// aliases, NetErr(), committing, and the default driver.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { HbSymbol, isNumeric } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { boolArg, cur, framed, intArg, mgrOf, noTable, strArg, badArg } from './dbcommon.js';
import { createTable, defaultDriver, openTable, validAlias } from '../rdd/tables.js';
import { driverNames, findDriver } from '../rdd/registry.js';
import { EDBCMD_BADPARAMETER, EDBCMD_DBCMDBADPARAMETER } from '../rdd/errors.js';

const SET_EXCLUSIVE = 8;

function dbUseArea(ctx: Thread, args: Value[]): boolean {
  const mgr = mgrOf(ctx);
  const [lNew, cRdd, cName, cAlias, lShared, lReadonly, cCp] = args;
  const shared = typeof lShared === 'boolean' ? lShared : ctx.sets.get(SET_EXCLUSIVE) !== true;
  return openTable(mgr, {
    file: strArg(cName),
    driver: strArg(cRdd),
    areaNo: lNew === true ? 0 : mgr.currentNo,
    alias: strArg(cAlias),
    shared,
    readonly: boolArg(lReadonly),
    codepage: strArg(cCp),
  }, 'DBUSEAREA');
}

function validStruct(v: Value): v is Value[] {
  if (!Array.isArray(v)) return false;
  for (const d of v) {
    if (!Array.isArray(d) || d.length < 4) return false;
    if (typeof d[0] !== 'string' || typeof d[1] !== 'string' || !isNumeric(d[2]) || !isNumeric(d[3])) return false;
  }
  return true;
}

function dbCreate(ctx: Thread, args: Value[]): Value {
  const [cFile, aStruct, cRdd, lKeep, cAlias, xDelim, cCp] = args;
  if (!validStruct(aStruct) || typeof cFile !== 'string') {
    return badArg(ctx, 'DBCREATE', EDBCMD_DBCMDBADPARAMETER);
  }
  const mgr = mgrOf(ctx);
  const keep = typeof lKeep === 'boolean';
  return createTable(mgr, {
    file: cFile,
    struct: aStruct,
    driver: strArg(cRdd),
    areaNo: keep && !lKeep ? mgr.currentNo : 0,
    alias: strArg(cAlias),
    keepOpen: keep,
    codepage: strArg(cCp),
    delim: xDelim,
  }, 'DBCREATE');
}

export const functions: StdModule = {
  DBUSEAREA(ctx, ...args) {
    return framed(ctx, 'DBUSEAREA', () => dbUseArea(ctx, args));
  },
  DBCREATE(ctx, ...args) {
    return framed(ctx, 'DBCREATE', () => dbCreate(ctx, args));
  },
  DBCLOSEAREA(ctx) {
    framed(ctx, 'DBCLOSEAREA', () => mgrOf(ctx).releaseCurrent());
    return undefined;
  },
  DBCLOSEALL(ctx) {
    framed(ctx, 'DBCLOSEALL', () => mgrOf(ctx).closeAll());
    return undefined;
  },
  DBSELECTAREA(ctx, area) {
    const mgr = mgrOf(ctx);
    framed(ctx, 'DBSELECTAREA', () => {
      if (typeof area === 'string') mgr.selectAlias(area, false);
      else if (area instanceof HbSymbol) mgr.selectAlias(area.sym.name, true);
      else mgr.selectNo(intArg(area));
    });
    return undefined;
  },
  SELECT(ctx, ...args) {
    const mgr = mgrOf(ctx);
    if (args.length === 0) return mgr.currentNo;
    const a = args[0];
    if (typeof a === 'string') return validAlias(a) ? mgr.aliasNumber(a) : 0;
    if (a instanceof HbSymbol) return mgr.aliasNumber(a.sym.name);
    return 0;
  },
  USED(ctx) {
    return cur(ctx) !== undefined;
  },
  ALIAS(ctx, n) {
    const mgr = mgrOf(ctx);
    const no = intArg(n);
    const a = no === 0 ? mgr.current : mgr.area(no);
    return a !== undefined ? a.alias : '';
  },
  DBF(ctx) {
    const a = cur(ctx);
    return a !== undefined ? a.alias : '';
  },
  NETERR(ctx, v) {
    const r = ctx.netErr;
    if (typeof v === 'boolean') ctx.netErr = v;
    return r;
  },
  DBCOMMIT(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBCOMMIT');
    framed(ctx, 'DBCOMMIT', () => a.flush());
    return undefined;
  },
  DBCOMMITALL(ctx) {
    const mgr = mgrOf(ctx);
    framed(ctx, 'DBCOMMITALL', () => {
      const prev = mgr.currentNo;
      for (const a of mgr.openAreas()) {
        mgr.selectNo(a.areaNo);
        a.flush();
      }
      mgr.selectNo(prev);
    });
    return undefined;
  },
  RDDSETDEFAULT(ctx, name) {
    return setDefault(ctx, name, 'RDDSETDEFAULT');
  },
  DBSETDRIVER(ctx, name) {
    return setDefault(ctx, name, 'DBSETDRIVER');
  },
  RDDLIST(_ctx, type) {
    return driverNames(intArg(type));
  },
  RDDNAME(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'RDDNAME');
    return a.driver;
  },
  RDDREGISTER() {
    return undefined;
  },
};

function setDefault(ctx: Thread, name: Value, fn: string): Value {
  const mgr = mgrOf(ctx);
  const old = defaultDriver(mgr);
  if (typeof name === 'string' && name.length > 0) {
    const d = findDriver(name);
    if (d === undefined) badArg(ctx, fn, EDBCMD_BADPARAMETER);
    else mgr.defaultDriver = d.name;
  }
  return old;
}
