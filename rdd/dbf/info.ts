// dbInfo() and dbFieldInfo() of DBF areas: the DBI_* and DBS_* queries the
// DBF driver answers (header and record sizes, locks, sharing, file names,
// autoincrement counters, ...).

import { HbDate, type Value } from '../../runtime/values/types.js';
import { applyEpoch, dateEncode } from '../../runtime/values/date.js';
import { isNumeric, numOf } from '../../runtime/values/types.js';
import type { DbfArea } from './area.js';
import { isMemoType, typeText } from './fields.js';
import { autoIncKind, DESC_SIZE, HEADER_SIZE } from './header.js';
import { lockScheme, DB_DBFLOCK_CLIPPER, DB_DBFLOCK_CLIPPER2, DB_DBFLOCK_COMIX, DB_DBFLOCK_HB32, DB_DBFLOCK_HB64, DB_DBFLOCK_VFP } from '../io/lockscheme.js';

export const NOT_HANDLED: unique symbol = Symbol('not handled');

// dbinfo.ch
export const DBI_ISDBF = 1;
export const DBI_CANPUTREC = 2;
export const DBI_GETHEADERSIZE = 3;
export const DBI_LASTUPDATE = 4;
export const DBI_GETRECSIZE = 7;
export const DBI_GETLOCKARRAY = 8;
export const DBI_TABLEEXT = 9;
export const DBI_FULLPATH = 10;
export const DBI_ISFLOCK = 20;
export const DBI_CHILDCOUNT = 22;
export const DBI_FILEHANDLE = 23;
export const DBI_BOF = 26;
export const DBI_EOF = 27;
export const DBI_DBFILTER = 28;
export const DBI_FOUND = 29;
export const DBI_FCOUNT = 30;
export const DBI_LOCKCOUNT = 31;
export const DBI_VALIDBUFFER = 32;
export const DBI_ALIAS = 33;
export const DBI_LOCKOFFSET = 35;
export const DBI_SHARED = 36;
export const DBI_MEMOEXT = 37;
export const DBI_MEMOHANDLE = 38;
export const DBI_MEMOBLOCKSIZE = 39;
export const DBI_DB_VERSION = 101;
export const DBI_RDD_VERSION = 102;
export const DBI_LOCKSCHEME = 128;
export const DBI_ISREADONLY = 129;
export const DBI_ROLLBACK = 130;
export const DBI_ISENCRYPTED = 132;
export const DBI_MEMOTYPE = 133;
export const DBI_MEMOVERSION = 135;
export const DBI_TABLETYPE = 136;
export const DBI_SCOPEDRELATION = 137;
export const DBI_POSITIONED = 144;
export const DBI_ISTEMPORARY = 145;
export const DBI_LOCKTEST = 146;
export const DBI_CODEPAGE = 147;
export const DBI_TRANSREC = 148;
export const DBI_SETHEADER = 149;

// dbstruct.ch
export const DBS_NAME = 1;
export const DBS_TYPE = 2;
export const DBS_LEN = 3;
export const DBS_DEC = 4;
export const DBS_FLAG = 5;
// dbinfo.ch
export const DBS_COUNTER = 102;
export const DBS_STEP = 103;

/** The DBI_* answers of a DBF area; NOT_HANDLED for codes the generic layer answers. */
export function dbfInfo(a: DbfArea, index: number, arg: Value): Value | typeof NOT_HANDLED {
  switch (index) {
    case DBI_ISDBF: case DBI_CANPUTREC: return true;
    case DBI_GETHEADERSIZE: return a.headerLen;
    case DBI_GETRECSIZE: return a.recordLen;
    case DBI_CODEPAGE: return a.cdp.id;
    case DBI_LASTUPDATE: {
      const h = a.headerBytes();
      const y = h[1] > 99 ? 1900 + h[1] : applyEpoch(h[1], a.ctx.sets.epoch);
      return new HbDate(dateEncode(y, h[2], h[3]));
    }
    case DBI_GETLOCKARRAY: return a.lockList();
    case DBI_TABLEEXT: return a.tableExt();
    case DBI_FULLPATH: return a.fileName;
    case DBI_MEMOTYPE: return 0;
    case DBI_TABLETYPE: return 1;
    case DBI_FILEHANDLE: return a.file === null ? -1 : a.file.fd;
    case DBI_MEMOHANDLE: return -1;
    case DBI_TRANSREC: {
      const old = a.transRec;
      if (typeof arg === 'boolean') a.transRec = arg;
      return old;
    }
    case DBI_SHARED: {
      const old = a.shared;
      if (typeof arg === 'boolean') a.shared = arg;
      return old;
    }
    case DBI_ISFLOCK: return a.fileLocked;
    case DBI_ISREADONLY: return a.readonly;
    case DBI_ISTEMPORARY: return false;
    case DBI_VALIDBUFFER: return a.isValidBuffer();
    case DBI_POSITIONED: return a.isPositioned();
    case DBI_ISENCRYPTED: return false;
    case DBI_LOCKCOUNT: return a.lockList().length;
    case DBI_LOCKOFFSET: {
      const s = lockScheme(a.lockType, a.hasTags);
      return s === null ? 0 : s.base;
    }
    case DBI_LOCKTEST: return isNumeric(arg) ? a.lockTest(Math.trunc(numOf(arg))) : a.lockTest(0);
    case DBI_LOCKSCHEME: {
      const old = a.lockType;
      const n = isNumeric(arg) ? Math.trunc(numOf(arg)) : 0;
      if ([DB_DBFLOCK_CLIPPER, DB_DBFLOCK_CLIPPER2, DB_DBFLOCK_COMIX, DB_DBFLOCK_VFP, DB_DBFLOCK_HB32, DB_DBFLOCK_HB64].includes(n)) {
        a.lockType = n;
      }
      return old;
    }
    case DBI_ROLLBACK:
      a.rollback();
      return arg;
    case DBI_DB_VERSION: case DBI_RDD_VERSION: {
      const sub = isNumeric(arg) ? numOf(arg) : 0;
      if (sub === 1) return '0.1 (DBF)';
      if (sub === 2) return '0.1 (DBF:1)';
      return '0.1';
    }
  }
  return NOT_HANDLED;
}

/** dbFieldInfo( DBS_*, n ) of a DBF area. */
export function dbfFieldInfo(a: DbfArea, i: number, type: number, arg: Value): Value | typeof NOT_HANDLED {
  const f = a.fields[i - 1];
  if (f === undefined) return NOT_HANDLED;
  switch (type) {
    case DBS_NAME: return f.name;
    case DBS_TYPE: return typeText(f);
    case DBS_LEN: return f.len;
    case DBS_DEC: return f.dec;
    case DBS_FLAG: return f.flags;
    case DBS_COUNTER:
      if (autoIncKind(f) === 'none') return NOT_HANDLED;
      return a.counter(i - 1, isNumeric(arg) ? Math.trunc(numOf(arg)) : undefined);
    case DBS_STEP: {
      if (autoIncKind(f) === 'none') return NOT_HANDLED;
      const at = HEADER_SIZE + (i - 1) * DESC_SIZE;
      const d = a.file!.read(at, DESC_SIZE);
      const old = d[23];
      if (isNumeric(arg) && numOf(arg) !== 0) {
        d[23] = Math.trunc(numOf(arg)) & 0xff;
        a.file!.write(d, 0, DESC_SIZE, at);
      }
      return old;
    }
  }
  return NOT_HANDLED;
}

export const DBRI_DELETED = 1;
export const DBRI_LOCKED = 2;
export const DBRI_RECSIZE = 3;
export const DBRI_RECNO = 4;
export const DBRI_UPDATED = 5;
export const DBRI_ENCRYPTED = 6;
export const DBRI_RAWRECORD = 7;
export const DBRI_RAWMEMOS = 8;
export const DBRI_RAWDATA = 9;

/** dbRecordInfo(): facts about record `recId` (0 or NIL: the current one). */
export function dbfRecordInfo(a: DbfArea, recId: Value, type: number, arg: Value): Value | typeof NOT_HANDLED {
  if (a.pendingRel !== null && !a.forceRel()) return arg;
  let rec = isNumeric(recId) ? Math.trunc(numOf(recId)) : 0;
  let back = 0;
  if (rec === 0) rec = a.recNo();
  else if (rec !== a.recNo()) {
    switch (type) {
      case DBRI_DELETED: case DBRI_ENCRYPTED: case DBRI_RAWRECORD: case DBRI_RAWMEMOS: case DBRI_RAWDATA:
        back = a.recNo();
        if (!a.goTo(rec)) return arg;
    }
  }
  let r: Value | typeof NOT_HANDLED;
  switch (type) {
    case DBRI_DELETED: r = a.deleted(); break;
    case DBRI_LOCKED: r = !a.shared || a.isLocked(rec); break;
    case DBRI_RECSIZE: r = a.recordLen; break;
    case DBRI_RECNO: r = rec; break;
    case DBRI_UPDATED: r = rec === a.recNo() && a.hot; break;
    case DBRI_ENCRYPTED: r = false; break;
    case DBRI_RAWRECORD: {
      const b = a.recordBytes();
      r = b === null ? arg : b.toString('latin1');
      break;
    }
    case DBRI_RAWMEMOS:
    case DBRI_RAWDATA: {
      const b = a.recordBytes();
      if (b === null) {
        r = arg;
        break;
      }
      let s = type === DBRI_RAWDATA ? b.toString('latin1') : '';
      for (let i = 0; i < a.fields.length; i++) {
        if (isMemoType(a.fields[i].type)) {
          const v = a.getValue(i + 1);
          if (typeof v === 'string') s += v;
        }
      }
      r = s;
      break;
    }
    default: r = NOT_HANDLED;
  }
  if (back !== 0) a.goTo(back);
  return r;
}
