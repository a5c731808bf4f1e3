// dbFileGet() and dbFilePut() (BLOBExport()/BLOBImport() of blob.ch): a
// field's contents copied to a file, a file's contents stored in a field.
//
// Memo fields (and SIX variant fields) of memo drivers go through the memo
// file: exported as stored, imported as a binary memo, with memo errors
// (no flags). The DBF layer underneath handles character fields, raw
// field bytes both ways, and answers any other field with a data type
// error the program may default.

import type { WorkArea } from '../workarea.js';
import { DbfArea } from '../dbf/area.js';
import { FT_ANY, FT_STRING, isMemoType, type Field } from '../dbf/fields.js';
import { EDBF_DATATYPE, EF_CANDEFAULT, egOf } from '../errors.js';
import { FptArea } from './area.js';
import { closeTarget, copyBlob, openTarget, readSource, toFile, writeAll } from './blob.js';
import { FPTIT_BINARY, MemoFault } from './store.js';

// type words of SIX variant fields
const VF_CHAR = 64000;
const VF_DATE = 64001;
const VF_INT = 64002;

/** dbFileGet( n, cFile, nMode ): false after a reported error (or nothing to do). */
export function getValueFile(a: WorkArea, i: number, name: string, mode: number): boolean {
  if (a instanceof FptArea && a.memo !== null) {
    const f = a.fields[i - 1];
    if (f !== undefined && (isMemoType(f.type) || f.type === FT_ANY)) return memoToFile(a, f, name, mode);
  }
  if (a instanceof DbfArea) return fieldToFile(a, i, name, mode);
  return a.unsupported();
}

/** dbFilePut( n, cFile ): false after a reported error, or off a record. */
export function putValueFile(a: WorkArea, i: number, name: string): boolean {
  if (a instanceof FptArea && a.memo !== null) {
    const f = a.fields[i - 1];
    if (f !== undefined && (isMemoType(f.type) || (f.type === FT_ANY && f.len >= 6))) return fileToMemo(a, f, name);
  }
  if (a instanceof DbfArea) return fileToField(a, i, name);
  return a.unsupported();
}

// ---- memo fields ------------------------------------------------------------------------

function memoToFile(a: FptArea, f: Field, name: string, mode: number): boolean {
  return toFile(a, name, mode, (fd) => {
    a.deleted();
    if (f.type === FT_ANY) return varToFile(a, f, fd, name);
    const block = a.memoBlock(f);
    if (block < 0) return false;
    copyBlob(a.memo!, block, fd, name);
    return true;
  });
}

/** A variant field's text goes to the file; numbers and dates write nothing; other values cannot. */
function varToFile(a: FptArea, f: Field, fd: number, name: string): boolean {
  const type = f.len >= 6 ? a.rec.readUInt16LE(f.offset + f.len - 2) : 0;
  if (f.len < 6 || type === VF_DATE || type === VF_INT) return true;
  if (type > VF_CHAR) throw new MemoFault(EDBF_DATATYPE);
  const v = a.getValue(a.fields.indexOf(f) + 1);
  if (typeof v === 'string') writeAll(fd, Buffer.from(v, 'latin1'), name);
  return true;
}

function fileToMemo(a: FptArea, f: Field, name: string): boolean {
  a.deleted();
  if (!a.isPositioned()) return false;
  if (!a.hot && !a.goHot()) return false;
  const m = a.memo!;
  try {
    if (f.type === FT_ANY) {
      const err = a.putVarField(f, readSource(a.ctx, name, VF_CHAR).toString('latin1'));
      if (err !== 0) throw new MemoFault(err);
    } else {
      const data = readSource(a.ctx, name);
      const old = a.memoBlock(f);
      a.lockMemo();
      try {
        a.setMemoBlock(f, m.write(Math.max(old, 0), 0, data, FPTIT_BINARY));
      } finally {
        a.unlockMemo();
      }
    }
    a.recGen++;
    return true;
  } catch (e) {
    a.memoFault(e);
    return false;
  }
}

// ---- character fields of the DBF layer ----------------------------------------------------

/** A DBF layer error: the file named unless it is a data type error; the program may default. */
function dbfFault(a: DbfArea, e: unknown): false {
  if (!(e instanceof MemoFault)) throw e;
  const typeErr = e.code === EDBF_DATATYPE;
  a.error({
    genCode: egOf(e.code), subCode: e.code, filename: typeErr ? undefined : e.file,
    osCode: typeErr ? 0 : e.osCode, flags: EF_CANDEFAULT,
  });
  return false;
}

function fieldToFile(a: DbfArea, i: number, name: string, mode: number): boolean {
  if (a.pendingRel !== null && !a.forceRel()) return false;
  const rec = a.recordBytes();
  const f = a.fields[i - 1];
  if (rec === null || f === undefined) return false;
  try {
    if (f.type !== FT_STRING) throw new MemoFault(EDBF_DATATYPE);
    const fd = openTarget(a.ctx, name, mode);
    try {
      writeAll(fd, rec.subarray(f.offset, f.offset + f.len), name);
    } finally {
      closeTarget(fd);
    }
    return true;
  } catch (e) {
    return dbfFault(a, e);
  }
}

function fileToField(a: DbfArea, i: number, name: string): boolean {
  if (a.pendingRel !== null && !a.forceRel()) return false;
  const f = a.fields[i - 1];
  if (a.recordBytes() === null || f === undefined || !a.isPositioned()) return false;
  if (!a.hot && !a.goHot()) return false;
  try {
    if (f.type !== FT_STRING) throw new MemoFault(EDBF_DATATYPE);
    const data = readSource(a.ctx, name, f.len);
    data.copy(a.rec, f.offset);
    a.rec.fill(0x20, f.offset + data.length, f.offset + f.len);
    a.recGen++;
    return true;
  } catch (e) {
    return dbfFault(a, e);
  }
}
