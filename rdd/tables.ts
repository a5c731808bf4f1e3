// Opening and creating tables in a work area (USE, dbUseArea(),
// dbCreate()): choosing the area and the driver, alias rules, and undoing
// everything when the driver fails, as Harbour's work-area functions do.

import type { Value } from '../runtime/values/types.js';
import { WorkAreaManager, MAX_AREA } from './manager.js';
import { findDriver, type Driver } from './registry.js';
import type { OpenParams } from './dbf/table.js';
import type { WorkArea } from './workarea.js';
import { fieldFromStruct, type FieldDef } from './dbf/fields.js';
import { fieldName } from './dbf/fields.js';
import {
  EF_CANDEFAULT, EG_ARG, EG_BADALIAS, EG_DUPALIAS, EDBCMD_BADALIAS, EDBCMD_BADPARAMETER,
  EDBCMD_DBCMDBADPARAMETER, EDBCMD_DUPALIAS, EDBCMD_USE_BADPARAMETER, dbcmdError,
} from './errors.js';
import { splitName } from './paths.js';

/** Harbour's alias name rule: a letter or '_', then letters, digits and '_' (trailing blanks allowed). */
export function validAlias(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*( *)$/.test(s);
}

/** The default driver of this thread (set by rddSetDefault). */
export function defaultDriver(mgr: WorkAreaManager): string {
  if (mgr.defaultDriver === '') {
    for (const n of ['DBFNTX', 'DBFCDX', 'DBFFPT', 'DBF']) {
      if (findDriver(n) !== undefined) {
        mgr.defaultDriver = n;
        break;
      }
    }
  }
  return mgr.defaultDriver;
}

function driverFor(mgr: WorkAreaManager, name: string | undefined): Driver | undefined {
  return findDriver(name !== undefined && name !== '' ? name : defaultDriver(mgr));
}

/**
 * Give a freshly opened area its alias; false after an alias error (the
 * caller closes the area). `alias` undefined = none.
 */
export function allocAlias(mgr: WorkAreaManager, area: WorkArea, alias: string | undefined): boolean {
  if (alias === undefined || alias === '') return true;
  if (!validAlias(alias)) {
    dbcmdError(mgr.ctx, EG_BADALIAS, EDBCMD_BADALIAS, alias, EF_CANDEFAULT);
    return false;
  }
  if (mgr.aliasNumber(alias) !== 0) {
    dbcmdError(mgr.ctx, EG_DUPALIAS, EDBCMD_DUPALIAS, alias, EF_CANDEFAULT);
    return false;
  }
  mgr.setAlias(area, alias.trimEnd().toUpperCase());
  return true;
}

/** The alias a table gets when USE gives none: its file name, upper case. */
export function aliasOfFile(file: string): string {
  let name = splitName(file).name;
  const colon = name.lastIndexOf(':');
  if (colon >= 0) name = name.slice(colon + 1);
  return name.trim().toUpperCase();
}

export interface UseArgs {
  file: string | undefined;
  driver: string | undefined;
  /** 0: the first free area, else replace what area `areaNo` holds */
  areaNo: number;
  alias: string | undefined;
  shared: boolean;
  readonly: boolean;
  codepage?: string;
  /** structure for drivers whose files carry none (SDF, DELIM) */
  struct?: Value[];
  delim?: Value;
}

/** USE / dbUseArea(): open a table; false after an error (reported with function name `fn`). */
export function openTable(mgr: WorkAreaManager, a: UseArgs, fn: string): boolean {
  const ctx = mgr.ctx;
  if (a.areaNo !== 0 && a.areaNo < MAX_AREA) {
    mgr.selectNo(a.areaNo);
    mgr.releaseCurrent();
  } else if (!mgr.selectFirstFree()) {
    dbcmdError(ctx, EG_ARG, EDBCMD_BADPARAMETER, fn);
    return false;
  }
  ctx.netErr = false;
  const drv = driverFor(mgr, a.driver);
  if (drv === undefined || mgr.current !== undefined) {
    dbcmdError(ctx, EG_ARG, EDBCMD_BADPARAMETER, fn);
    return false;
  }
  if (a.file === undefined) {
    dbcmdError(ctx, EG_ARG, EDBCMD_USE_BADPARAMETER, fn);
    return false;
  }
  const area = drv.make(mgr);
  mgr.insert(area, '');
  if (a.struct !== undefined) {
    const defs = structDefs(a.struct);
    if (defs === null) {
      mgr.remove(area);
      dbcmdError(ctx, EG_ARG, EDBCMD_DBCMDBADPARAMETER, fn);
      return false;
    }
    area.setTransferStruct(defs, a.delim);
  }
  const p: OpenParams = {
    name: a.file, alias: a.alias ?? aliasOfFile(a.file), shared: a.shared, readonly: a.readonly, codepage: a.codepage,
  };
  let ok = false;
  try {
    ok = area.open(p);
  } finally {
    // an error handler that BREAKs leaves open() midway: drop what it opened
    if (!ok) {
      area.discard();
      mgr.remove(area);
    }
  }
  return ok;
}

/** Field definitions of a structure array; null when an entry is not valid. */
export function structDefs(struct: Value[]): FieldDef[] | null {
  const defs: FieldDef[] = [];
  for (const d of struct) {
    if (!Array.isArray(d)) return null;
    const def = fieldFromStruct(d);
    if (def === null) return null;
    def.name = fieldName(def.name, 10);
    if (def.name === '') return null;
    defs.push(def);
  }
  return defs;
}

export interface CreateArgs {
  file: string | undefined;
  struct: Value[];
  driver: string | undefined;
  /** 0 = a new area; else the area to reuse */
  areaNo: number;
  alias: string | undefined;
  keepOpen: boolean;
  codepage?: string;
  delim?: Value;
}

/** dbCreate(): create a table, kept open or not; false after an error. */
export function createTable(mgr: WorkAreaManager, a: CreateArgs, fn: string): boolean {
  const ctx = mgr.ctx;
  if (a.file === undefined) {
    dbcmdError(ctx, EG_ARG, EDBCMD_DBCMDBADPARAMETER, fn);
    return false;
  }
  const prev = mgr.currentNo;
  mgr.selectNo(a.areaNo);
  if (a.areaNo !== 0) mgr.releaseCurrent();
  const drv = driverFor(mgr, a.driver);
  if (drv === undefined) {
    mgr.selectNo(prev);
    dbcmdError(ctx, EG_ARG, EDBCMD_BADPARAMETER, fn);
    return false;
  }
  const area = drv.make(mgr);
  mgr.insert(area, '');
  const undo = (): false => {
    area.discard();
    mgr.remove(area);
    mgr.selectNo(prev);
    return false;
  };
  const defs = structDefs(a.struct);
  if (defs === null) {
    undo();
    dbcmdError(ctx, EG_ARG, EDBCMD_DBCMDBADPARAMETER, fn);
    return false;
  }
  area.setTransferStruct(defs, a.delim);
  const p: OpenParams = { name: a.file, alias: a.alias ?? '', shared: false, readonly: false, codepage: a.codepage };
  let ok = false;
  try {
    ok = area.create(p, defs);
  } finally {
    if (!ok) undo();
  }
  if (!ok) return false;
  if (!a.keepOpen) {
    area.close();
    mgr.remove(area);
    mgr.selectNo(prev);
  }
  return true;
}
