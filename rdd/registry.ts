// The database drivers by name (rddList(), VIA "...", rddSetDefault()),
// their settings that rddInfo() reads and changes, and how each makes a
// work area.

import type { WorkAreaManager } from './manager.js';
import type { Value } from '../runtime/values/types.js';
import type { WorkArea } from './workarea.js';
import type { OpenParams } from './dbf/table.js';
import type { FieldDef } from './dbf/fields.js';

/** A work area a driver makes: a table it opens or creates. */
export interface TableArea extends WorkArea {
  open(p: OpenParams): boolean;
  create(p: OpenParams, defs: FieldDef[]): boolean;
  setTransferStruct(defs: FieldDef[], delim: Value): void;
}

export const RDT_FULL = 1;
export const RDT_TRANSFER = 2;

/** Process-wide settings of one driver (rddInfo RDDI_*). */
export interface DriverSettings {
  /** DB_MEMO_* of new tables */
  memoType: number;
  /** DB_MEMOVER_* of new FPT files (0 = FLEX) */
  memoVersion: number;
  /** block size of new memo files (0 = from SET MBLOCKSIZE) */
  memoBlockSize: number;
  /** '' = the default for the memo type */
  memoExt: string;
  tableExt: string;
  /** DB_DBFLOCK_* (0 = default) */
  lockScheme: number;
  orderBagExt: string;
  /** RDDI_TABLETYPE (0 = standard DBF) */
  tableType: number;
  /** several orders in one NTX file, compound "CTX" style (RDDI_MULTITAG) */
  multiTag: boolean;
  /** equal keys ordered by record number in new NTX orders (RDDI_SORTRECNO) */
  sortRecNo: boolean;
  /** a production index opens with the table (RDDI_STRUCTORD) */
  structOrd: boolean;
  strictStruct: boolean;
  /** custom orders may repeat a record (RDDI_MULTIKEY) */
  multiKey: boolean;
  decimals: number;
  /** DB_SETHEADER_* mode (RDDI_SETHEADER) */
  setHeader: number;
  dirtyRead: boolean;
  indexPageSize: number;
  trigger: string;
  password: string;
}

export interface Driver {
  name: string;
  type: number;
  settings: DriverSettings;
  make(mgr: WorkAreaManager): TableArea;
}

const drivers = new Map<string, Driver>();
const order: string[] = [];

export function registerDriver(d: Driver): void {
  if (!drivers.has(d.name)) order.push(d.name);
  drivers.set(d.name, d);
}

export function findDriver(name: string): Driver | undefined {
  return drivers.get(name.toUpperCase());
}

/**
 * Driver names in registration order, of one type or (type 0) the table
 * drivers: Harbour lists the transfer drivers only in programs that link
 * them, which here cannot be told.
 */
export function driverNames(type = 0): string[] {
  return order.filter((n) => drivers.get(n)!.type === (type === 0 ? RDT_FULL : type));
}

export function defaultSettings(over: Partial<DriverSettings>): DriverSettings {
  return {
    memoType: 0, memoVersion: 0, memoBlockSize: 0, memoExt: '', tableExt: '.dbf', lockScheme: 0,
    orderBagExt: '', tableType: 0, multiTag: false, sortRecNo: false, structOrd: false,
    strictStruct: false, multiKey: false, decimals: 0, setHeader: 2, dirtyRead: false, indexPageSize: 0,
    trigger: '', password: '', ...over,
  };
}
