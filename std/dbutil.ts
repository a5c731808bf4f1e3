// Table files as a whole, without opening them: hb_dbExists(), hb_dbDrop()
// and hb_dbRename() (a table goes with its memo and production index, an
// index alone when one is named), temporary tables (hb_dbCreateTemp(),
// erased when closed), a free temporary alias, hb_WAEval() over every
// open work area; __dbOpenSDF() (a text file opened through a transfer
// driver), ordSetRelation(), dbTableExt(), __FLEdit(), and the SIx driver
// list rdd_Count(), rdd_Name(), rdd_Info().

import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { badArg, framed, mgrOf } from './dbcommon.js';
import { driverNames, findDriver, RDT_FULL, type Driver } from '../rdd/registry.js';
import { createTable, defaultDriver, openTable } from '../rdd/tables.js';
import { inFrames, lib, prgProc } from './dbform.js';
import { rddInfo } from '../rdd/rddinfo.js';
import { joinName, resolvePath, splitName } from '../rdd/paths.js';
import type { WorkArea } from '../rdd/workarea.js';
import {
  EDBCMD_DBCMDBADPARAMETER, EDBCMD_EVAL_BADPARAMETER, EDBCMD_USE_BADPARAMETER, EG_UNSUPPORTED, raise,
} from '../rdd/errors.js';

const SET_DEFEXTENSIONS = 109;
const RDDI_TABLEEXT = 5;
const RDDI_MEMOEXT = 6;
const RDDI_ORDBAGEXT = 7;
const RDDI_ORDEREXT = 8;
const RDDI_ORDSTRUCTEXT = 9;
const DBI_ISTEMPORARY = 145;
const DBI_TABLEEXT = 9;

/** The driver named, or the default one; undefined when there is no such driver. */
function driverArg(ctx: Thread, name: Value): Driver | undefined {
  const n = typeof name === 'string' && name !== '' ? name : defaultDriver(mgrOf(ctx));
  return findDriver(n);
}

function ext(ctx: Thread, d: Driver, code: number): string {
  const v = rddInfo(ctx, d, code, undefined);
  return typeof v === 'string' ? v : '';
}

/**
 * The file a table or index name stands for: the driver's extension added
 * when the name has none (for a table only under SET DEFEXTENSIONS).
 */
function fileOf(ctx: Thread, d: Driver, name: string, table: boolean): string {
  const f = splitName(name);
  if (f.ext === '' && (!table || ctx.sets.get(SET_DEFEXTENSIONS) !== false)) {
    f.ext = ext(ctx, d, table ? RDDI_TABLEEXT : RDDI_ORDBAGEXT);
  }
  return joinName(f);
}

/** The existing file a name refers to (SET DEFAULT, then SET PATH), or null. */
function locate(ctx: Thread, file: string): string | null {
  const p = resolvePath(ctx, file, false);
  return existsSync(p) ? p : null;
}

/** The memo and production index files that go along with a table file. */
function companions(ctx: Thread, d: Driver, path: string): string[] {
  const r: string[] = [];
  for (const code of [RDDI_MEMOEXT, RDDI_ORDSTRUCTEXT]) {
    const e = ext(ctx, d, code);
    if (e !== '') r.push(joinName({ ...splitName(path), ext: e }));
  }
  return r;
}

function tryUnlink(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

function tryRename(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** The table and index names as the three functions take them: an empty table name means the index one. */
interface Target {
  driver: Driver;
  name: string;
  table: boolean;
}

/**
 * What a call names: undefined for an argument error, null when there is
 * nothing to act on (also after the error of a driver without table files).
 */
function target(ctx: Thread, fn: string, table: Value, index: Value, rdd: Value): Target | undefined | null {
  if (typeof table !== 'string') return undefined;
  const d = driverArg(ctx, rdd);
  if (d === undefined) return undefined;
  if (d.type !== RDT_FULL) {
    framed(ctx, fn, () => raise(ctx, d.name, { genCode: EG_UNSUPPORTED, subCode: 0 }));
    return null;
  }
  if (typeof index === 'string' && index !== '') return { driver: d, name: index, table: false };
  return table === '' ? null : { driver: d, name: table, table: true };
}

function dbExists(ctx: Thread, table: Value, index: Value, rdd: Value): Value {
  const t = target(ctx, 'HB_DBEXISTS', table, index, rdd);
  if (t === undefined) return badArg(ctx, 'HB_DBEXISTS', EDBCMD_EVAL_BADPARAMETER);
  return t !== null && locate(ctx, fileOf(ctx, t.driver, t.name, t.table)) !== null;
}

function dbDrop(ctx: Thread, table: Value, index: Value, rdd: Value): Value {
  const t = target(ctx, 'HB_DBDROP', table, index, rdd);
  if (t === undefined) return badArg(ctx, 'HB_DBDROP', EDBCMD_EVAL_BADPARAMETER);
  if (t === null) return false;
  const path = locate(ctx, fileOf(ctx, t.driver, t.name, t.table));
  if (path === null || !tryUnlink(path)) return false;
  if (t.table) for (const p of companions(ctx, t.driver, path)) tryUnlink(p);
  return true;
}

function dbRename(ctx: Thread, args: Value[]): Value {
  const [table, index, newName, rdd] = args;
  let idx: Value = typeof index === 'string' ? index : undefined;
  let dest: Value = typeof newName === 'string' ? newName : undefined;
  // hb_dbRename( table, newName [, , rdd] ): the second argument is the new name
  if (idx !== undefined && dest === undefined) {
    dest = idx;
    idx = undefined;
  }
  const t = typeof table === 'string' && typeof dest === 'string' ? target(ctx, 'HB_DBRENAME', table, idx, rdd) : undefined;
  if (t === undefined) return badArg(ctx, 'HB_DBRENAME', EDBCMD_EVAL_BADPARAMETER);
  if (t === null || dest === '') return false;
  const path = locate(ctx, fileOf(ctx, t.driver, t.name, t.table));
  if (path === null) return false;
  const to = splitName(fileOf(ctx, t.driver, dest as string, t.table));
  // a new name without a directory stays in the directory the file was found in
  if (to.dir === '') to.dir = splitName(path).dir;
  if (!tryRename(path, joinName(to))) return false;
  if (t.table) {
    for (const p of companions(ctx, t.driver, path)) tryRename(p, joinName({ ...to, ext: splitName(p).ext }));
  }
  return true;
}

const TEMP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A name for a new file in the system's temporary directory that no file has yet. */
function tempPath(): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < 6; i++) s += TEMP_CHARS[Math.floor(Math.random() * TEMP_CHARS.length)];
    const p = joinName({ dir: tmpdir(), name: s, ext: '' });
    if (!existsSync(p) && !existsSync(p + '.dbf')) return p;
  }
}

/** Files of the index bags an area has open. */
function bagPaths(a: WorkArea): string[] {
  const bags = (a as WorkArea & { bags?: Array<{ path: string }> }).bags;
  return bags === undefined ? [] : bags.map((b) => b.path);
}

/**
 * Make an open area temporary: dbInfo( DBI_ISTEMPORARY ) answers .T., and
 * closing it erases the table with its memo and the indexes it has open.
 */
function makeTemporary(ctx: Thread, d: Driver, a: WorkArea, path: string): void {
  const close = a.close.bind(a);
  const info = a.info.bind(a);
  a.close = (): boolean => {
    const files = [path, ...companions(ctx, d, path), ...bagPaths(a)];
    const ok = close();
    if (ok) for (const f of files) if (existsSync(f)) tryUnlink(f);
    return ok;
  };
  a.info = (index: number, arg: Value): Value => (index === DBI_ISTEMPORARY ? true : info(index, arg));
}

function validStruct(v: Value): v is Value[] {
  if (!Array.isArray(v)) return false;
  for (const f of v) {
    if (!Array.isArray(f) || f.length < 4) return false;
    if (typeof f[0] !== 'string' || typeof f[1] !== 'string' || !isNumeric(f[2]) || !isNumeric(f[3])) return false;
  }
  return true;
}

function dbCreateTemp(ctx: Thread, alias: Value, struct: Value, rdd: Value, cp: Value): Value {
  if (typeof alias !== 'string' || !validStruct(struct)) {
    return badArg(ctx, 'HB_DBCREATETEMP', EDBCMD_DBCMDBADPARAMETER);
  }
  const mgr = mgrOf(ctx);
  const d = driverArg(ctx, rdd);
  const file = joinName({ ...splitName(tempPath()), ext: d === undefined ? '' : ext(ctx, d, RDDI_TABLEEXT) });
  let ok = false;
  try {
    ok = framed(ctx, 'HB_DBCREATETEMP', () => createTable(mgr, {
      file,
      struct,
      driver: typeof rdd === 'string' ? rdd : undefined,
      areaNo: 0,
      alias,
      keepOpen: true,
      codepage: typeof cp === 'string' ? cp : undefined,
    }, 'HB_DBCREATETEMP'));
  } finally {
    if (ok && d !== undefined && mgr.current !== undefined) makeTemporary(ctx, d, mgr.current, file);
    else if (d !== undefined) {
      // a table made but not opened (a bad alias, an error that breaks out) is not left behind
      for (const f of [file, ...companions(ctx, d, file)]) if (existsSync(f)) tryUnlink(f);
    }
  }
  return ok;
}

/** The first alias __HBTMPnnn no area uses; NIL when all 999 are taken. */
function tempAlias(ctx: Thread): Value {
  const mgr = mgrOf(ctx);
  for (let i = 1; i < 1000; i++) {
    const s = '__HBTMP' + String(i).padStart(3, '0');
    if (mgr.aliasNumber(s) === 0) return s;
  }
  return undefined;
}

/**
 * hb_WAEval(): the block in every open area in area order, until it gives
 * .F.; the area selected before is selected again. The result is the
 * block's last value (NIL when no area is open).
 */
function waEval(ctx: Thread, block: Value): Value {
  if (typeof block !== 'function') return badArg(ctx, 'HB_WAEVAL', EDBCMD_USE_BADPARAMETER);
  const mgr = mgrOf(ctx);
  const prev = mgr.currentNo;
  let r: Value;
  try {
    for (const no of mgr.openAreas().map((a) => a.areaNo)) {
      if (mgr.area(no) === undefined) continue;
      mgr.selectNo(no);
      r = block(ctx);
      if (r === false) break;
    }
  } finally {
    mgr.selectNo(prev);
  }
  return r;
}

/** __dbOpenSDF(): open a text file through a transfer driver (SDF, DELIM) with the structure given, read-only. */
function dbOpenSdf(ctx: Thread, args: Value[]): Value {
  const [file, struct, rdd, keep, alias, delim, cp] = args;
  if (!validStruct(struct) || struct.length === 0 || typeof file !== 'string' || file === '') {
    return badArg(ctx, '__DBOPENSDF', EDBCMD_DBCMDBADPARAMETER);
  }
  const mgr = mgrOf(ctx);
  const keepOpen = typeof keep === 'boolean';
  return framed(ctx, '__DBOPENSDF', () => {
    const ok = openTable(mgr, {
      file,
      driver: typeof rdd === 'string' ? rdd : undefined,
      areaNo: keepOpen && !keep ? mgr.currentNo : 0,
      alias: typeof alias === 'string' ? alias : undefined,
      shared: true,
      readonly: true,
      codepage: typeof cp === 'string' ? cp : undefined,
      struct,
      delim,
    }, '__DBOPENSDF');
    if (ok && !keepOpen) mgr.releaseCurrent();
    return ok;
  });
}

const P_ORDSETRELATION = prgProc('ORDSETRELATION', 'rddord.prg');
const P_FLEDIT = prgProc('__FLEDIT', 'dbstruxu.prg');

/** rdd_Info(): a driver's name and file extensions (table, index, order, memo); {} for anything else. */
function rddInfoArray(ctx: Thread, id: Value): Value {
  let name: string | undefined;
  if (typeof id === 'string') {
    const want = id.trim().toUpperCase();
    name = driverNames().find((n) => n.toUpperCase() === want);
  } else if (id === undefined) name = defaultDriver(mgrOf(ctx));
  const d = name === undefined || name === '' ? undefined : findDriver(name);
  if (d === undefined) return [];
  return [d.name, true, ext(ctx, d, RDDI_TABLEEXT), ext(ctx, d, RDDI_ORDBAGEXT), ext(ctx, d, RDDI_ORDEREXT), ext(ctx, d, RDDI_MEMOEXT)];
}

export const functions: StdModule = {
  HB_DBEXISTS(ctx, table, index, rdd) {
    return dbExists(ctx, table, index, rdd);
  },
  HB_DBDROP(ctx, table, index, rdd) {
    return dbDrop(ctx, table, index, rdd);
  },
  HB_DBRENAME(ctx, ...args) {
    return dbRename(ctx, args);
  },
  HB_DBCREATETEMP(ctx, alias, struct, rdd, cp) {
    return dbCreateTemp(ctx, alias, struct, rdd, cp);
  },
  HB_RDDGETTEMPALIAS(ctx) {
    return tempAlias(ctx);
  },
  HB_WAEVAL(ctx, block) {
    return waEval(ctx, block);
  },
  __DBOPENSDF(ctx, ...args) {
    return dbOpenSdf(ctx, args);
  },
  ORDSETRELATION(ctx, area, block, text) {
    return inFrames(ctx, [P_ORDSETRELATION], () => lib(ctx, 'DBSETRELATION', area, block, text, true));
  },
  __FLEDIT(ctx, struct, list) {
    return inFrames(ctx, [P_FLEDIT], () => lib(ctx, '__DBSTRUCTFILTER', struct, list));
  },
  DBTABLEEXT(ctx) {
    const a = mgrOf(ctx).current;
    if (a !== undefined) {
      const v = a.info(DBI_TABLEEXT, undefined);
      if (typeof v === 'string') return v;
    }
    const d = a !== undefined ? findDriver(a.driver) : driverArg(ctx, undefined);
    return d === undefined ? '' : ext(ctx, d, RDDI_TABLEEXT);
  },
  RDD_COUNT() {
    return driverNames().length;
  },
  RDD_NAME(_ctx, n) {
    const names = driverNames();
    const i = isNumeric(n) ? Math.trunc(numOf(n)) : 0;
    return i >= 1 && i <= names.length ? names[i - 1] : '';
  },
  RDD_INFO(ctx, id) {
    return rddInfoArray(ctx, id);
  },
};
