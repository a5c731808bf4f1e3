// The blob layer of memo files, as Harbour's memo driver answers Clipper
// 5.3's BLOB*() calls (blob.ch turns them into dbInfo()/dbFieldInfo()):
//
//   DBS_BLOB_*   a memo field as a blob: read whole or a slice of it, its
//                length, block, file offset and the type of what it holds;
//   DBI_BLOB_*   blobs outside any field, addressed by block number
//                ("pointer"), read, written, copied to and from files; the
//                root blob, whose block a FLEX header keeps at 0x218, and
//                its lock. Only FPT files with a FLEX header address blocks
//                directly; DBT files and other FPT headers refuse with
//                "Operation not supported".
//
// Errors are reported as the memo driver reports them: the area's driver
// as subsystem, the memo file's name (or the file copied), no flags.

import { closeSync, ftruncateSync, fstatSync, openSync, readSync, writeSync, constants as C } from 'node:fs';
import type { Thread } from '../../runtime/vm/thread.js';
import type { Value } from '../../runtime/values/types.js';
import { isNumeric, numOf } from '../../runtime/values/types.js';
import { currentCodepage } from '../../runtime/cdp/registry.js';
import { translate } from '../../runtime/cdp/translate.js';
import { latin1 } from '../dbf/fieldcodec.js';
import { FF_BINARY, isMemoType, type Field } from '../dbf/fields.js';
import { MEMO_DBT, MEMO_FPT } from '../dbf/header.js';
import { NOT_HANDLED } from '../dbf/info.js';
import { dosError } from '../io/file.js';
import { shareLock, shareUnlock } from '../io/oslock.js';
import { resolvePath } from '../paths.js';
import {
  EDBF_CREATE_INDEX, EDBF_DATATYPE, EDBF_OPEN_DBF, EDBF_READ, EDBF_UNSUPPORTED, EDBF_WRITE,
} from '../errors.js';
import type { FptArea } from './area.js';
import { MEMOVER_FLEX, MEMOVER_SIX } from './gc.js';
import { decodeMemo, encodeFlex, encodeSix } from './items.js';
import { FPTIT_BINARY, FPTIT_TEXT, MemoFault, type MemoStore } from './store.js';

// dbinfo.ch
export const DBI_BLOB_DIRECT_EXPORT = 201;
export const DBI_BLOB_DIRECT_GET = 202;
export const DBI_BLOB_DIRECT_IMPORT = 203;
export const DBI_BLOB_DIRECT_PUT = 204;
export const DBI_BLOB_ROOT_GET = 205;
export const DBI_BLOB_ROOT_PUT = 206;
export const DBI_BLOB_ROOT_LOCK = 207;
export const DBI_BLOB_ROOT_UNLOCK = 208;
export const DBS_BLOB_GET = 201;
export const DBS_BLOB_LEN = 202;
export const DBS_BLOB_OFFSET = 203;
export const DBS_BLOB_POINTER = 204;
export const DBS_BLOB_TYPE = 205;
export const FILEGET_APPEND = 1;

/** Harbour names a failed create of an export file with the index-create code */
const EDBF_CREATE = EDBF_CREATE_INDEX;

const FLEX_HEADER = 8;

/**
 * An array element as Harbour's hb_arrayGetNL reads it: 0 when missing or
 * not numeric, truncated otherwise. Negative values stand for the huge
 * unsigned numbers C sees in them.
 */
function elemInt(arg: Value, i: number): number {
  if (!Array.isArray(arg)) return 0;
  const v = arg[i - 1];
  return isNumeric(v) ? Math.trunc(numOf(v)) : 0;
}

function elemStr(arg: Value, i: number): string {
  if (!Array.isArray(arg)) return '';
  const v = arg[i - 1];
  return typeof v === 'string' ? v : '';
}

// ---- reading -------------------------------------------------------------------------

/** Where a memo's bytes are, after a start and count were applied. */
interface Span {
  type: number;
  /** file offset of the first byte */
  pos: number;
  size: number;
  /** the text of a DBT memo (DBT memos have no length to read) */
  dbt?: string;
}

/**
 * The bytes of the memo at `block`: `start` bytes skipped (negative: all)
 * and at most `count` taken (0 or negative: the rest). Only text and binary
 * memos are cut; other values are always read whole.
 */
function spanOf(m: MemoStore, block: number, start: number, count: number): Span {
  if (block < 0) throw new MemoFault(EDBF_READ, undefined, 13);
  let type = FPTIT_BINARY;
  let size: number;
  let pos = block * m.blockSize;
  let dbt: string | undefined;
  if (m.kind === MEMO_FPT) {
    const h = m.fptHeader(block);
    if (h === null) throw new MemoFault(EDBF_READ);
    [type, size] = h;
    pos += FLEX_HEADER;
    if ((start !== 0 || count !== 0) && type !== FPTIT_TEXT && type !== FPTIT_BINARY) start = count = 0;
  } else {
    dbt = m.dbtText(block);
    size = dbt.length;
  }
  if (start < 0 || start >= size) size = 0;
  else size -= start;
  if (count > 0 && count < size) size = count;
  if (start > 0 && size > 0) pos += start;
  if (dbt !== undefined) dbt = dbt.substr(start > 0 ? start : 0, size);
  return { type, pos, size, dbt };
}

/** The memo at `block` as a value; `trans`: text in the table's code page goes to the thread's. */
function readBlob(a: FptArea, m: MemoStore, block: number, start: number, count: number, trans: (s: string) => string): Value {
  if (block === 0) return (a.ctx.memoRead = '');
  const sp = spanOf(m, block, start, count);
  if (sp.dbt !== undefined) return (a.ctx.memoRead = trans(sp.dbt));
  // decoders read fixed-size items: short data reads as zeros, as Harbour's 8-byte minimum buffer does
  const data = Buffer.alloc(Math.max(sp.size, 8));
  if (sp.size > 0 && m.file.readInto(data, 0, sp.size, sp.pos) !== sp.size) throw new MemoFault(EDBF_READ);
  if (sp.type === FPTIT_TEXT) return (a.ctx.memoRead = trans(latin1(data, 0, sp.size)));
  if (sp.type === FPTIT_BINARY) return latin1(data, 0, sp.size);
  return decodeMemo(a.ctx, sp.type, data.subarray(0, sp.size));
}

/** Blocks addressed without a field need a FLEX header. */
function directStore(a: FptArea): MemoStore {
  const m = a.memo;
  if (m === null || !m.directAccess) throw new MemoFault(EDBF_UNSUPPORTED);
  return m;
}

function directTrans(a: FptArea): (s: string) => string {
  const vm = currentCodepage(a.ctx);
  return vm.id === a.cdp.id ? same : (s) => translate(s, a.cdp, vm);
}

const same = (s: string): string => s;

// ---- writing --------------------------------------------------------------------------

/** A value as memo data: [type, bytes]; throws for values this memo file cannot hold. */
function encodeBlob(a: FptArea, m: MemoStore, v: Value): [number, Buffer] {
  if (typeof v === 'string') {
    const vm = currentCodepage(a.ctx);
    return [FPTIT_TEXT, Buffer.from(vm.id === a.cdp.id ? v : translate(v, vm, a.cdp), 'latin1')];
  }
  if (m.kind === MEMO_DBT) throw new MemoFault(EDBF_DATATYPE);
  if (m.version === MEMOVER_SIX) return encodeSix(v);
  if (m.version !== MEMOVER_FLEX) throw new MemoFault(EDBF_DATATYPE);
  return encodeFlex(v);
}

/** Store `v` as a blob in place of the one at `block`; the new block (0: nothing stored). */
function putBlob(a: FptArea, v: Value, block: number): number {
  const m = a.memo;
  if (m === null) throw new MemoFault(EDBF_UNSUPPORTED);
  const [type, data] = encodeBlob(a, m, v);
  if (!m.directAccess) throw new MemoFault(EDBF_UNSUPPORTED);
  a.lockMemo();
  try {
    return m.write(block, 0, data, type);
  } finally {
    a.unlockMemo();
  }
}

// ---- files ------------------------------------------------------------------------------

/**
 * Open a file to export into: created, or appended to. Like Harbour it is
 * taken exclusively, so a file some table has open is refused; throws
 * MemoFault naming it.
 */
export function openTarget(ctx: Thread, name: string, mode: number): number {
  const append = mode === FILEGET_APPEND;
  const code = append ? EDBF_OPEN_DBF : EDBF_CREATE;
  let fd: number;
  try {
    fd = openSync(resolvePath(ctx, name, true), C.O_WRONLY | C.O_CREAT | (append ? C.O_APPEND : 0), 0o666);
  } catch (e) {
    throw new MemoFault(code, name, dosError(e));
  }
  if (!shareLock(fd, true)) {
    closeSync(fd);
    throw new MemoFault(code, name, append ? 32 : 5);
  }
  if (!append) ftruncateSync(fd, 0);
  return fd;
}

/** Close a file opened by openTarget. */
export function closeTarget(fd: number): void {
  shareUnlock(fd);
  closeSync(fd);
}

/** Read a whole file to import (at most `max` bytes); throws MemoFault naming it. */
export function readSource(ctx: Thread, name: string, max = Infinity): Buffer {
  let fd: number;
  try {
    fd = openSync(resolvePath(ctx, name, false), C.O_RDONLY);
  } catch (e) {
    throw new MemoFault(EDBF_OPEN_DBF, name, dosError(e));
  }
  try {
    // a file a table holds EXCLUSIVE cannot be read
    if (!shareLock(fd, false)) throw new MemoFault(EDBF_OPEN_DBF, name, 32);
    const size = Math.min(fstatSync(fd).size, max);
    const b = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, b, got, size - got, got);
      if (n <= 0) throw new MemoFault(EDBF_READ, name);
      got += n;
    }
    return b;
  } finally {
    shareUnlock(fd);
    closeSync(fd);
  }
}

/** Write all of `b` to an open export file; throws MemoFault naming the file. */
export function writeAll(fd: number, b: Buffer, name: string): void {
  let done = 0;
  try {
    while (done < b.length) done += writeSync(fd, b, done, b.length - done);
  } catch (e) {
    throw new MemoFault(EDBF_WRITE, name, dosError(e));
  }
}

/** Copy the memo at `block` (whole, as stored) into an open file. */
export function copyBlob(m: MemoStore, block: number, fd: number, name: string): void {
  if (block === 0) return;
  const sp = spanOf(m, block, 0, 0);
  if (sp.dbt !== undefined) {
    writeAll(fd, Buffer.from(sp.dbt, 'latin1'), name);
    return;
  }
  const step = 0x10000;
  for (let done = 0; done < sp.size;) {
    const part = m.read(sp.pos + done, Math.min(step, sp.size - done));
    if (part.length === 0) throw new MemoFault(EDBF_READ);
    writeAll(fd, part, name);
    done += part.length;
  }
}

/**
 * Open export file `name` (mode: append or overwrite), let `write` fill it
 * and close it; a memo fault on the way is reported. The result of `write`,
 * false after a fault.
 */
export function toFile(a: FptArea, name: string, mode: number, write: (fd: number) => boolean): boolean {
  try {
    const fd = openTarget(a.ctx, name, mode);
    try {
      return write(fd);
    } finally {
      closeTarget(fd);
    }
  } catch (e) {
    a.memoFault(e);
    return false;
  }
}

/** BLOBDirectExport(): copy the blob at `block` into file `name`. */
function exportBlob(a: FptArea, block: number, name: string, mode: number): boolean {
  return toFile(a, name, mode, (fd) => {
    copyBlob(directStore(a), block, fd, name);
    return true;
  });
}

/** BLOBDirectImport(): store file `name` as a binary blob in place of the one at `block`. */
function importBlob(a: FptArea, block: number, name: string): number {
  try {
    const m = a.memo;
    if (m === null) throw new MemoFault(EDBF_UNSUPPORTED);
    const data = readSource(a.ctx, name);
    a.lockMemo();
    try {
      return m.write(block, 0, data, FPTIT_BINARY);
    } finally {
      a.unlockMemo();
    }
  } catch (e) {
    a.memoFault(e);
    return 0;
  }
}

// ---- dbInfo() ---------------------------------------------------------------------------

/** dbInfo( DBI_BLOB_* ) of a memo area. */
export function blobInfo(a: FptArea, index: number, arg: Value): Value {
  switch (index) {
    case DBI_BLOB_DIRECT_EXPORT: {
      const block = elemInt(arg, 1);
      const name = elemStr(arg, 2);
      if (block === 0 || name === '') return false;
      return exportBlob(a, block, name, elemInt(arg, 3));
    }
    case DBI_BLOB_DIRECT_GET: {
      let start = elemInt(arg, 2);
      if (start > 0) start--;
      try {
        return readBlob(a, directStore(a), elemInt(arg, 1), start, elemInt(arg, 3), directTrans(a));
      } catch (e) {
        a.memoFault(e);
        return undefined;
      }
    }
    case DBI_BLOB_DIRECT_IMPORT:
      return Array.isArray(arg) ? importBlob(a, elemInt(arg, 1), elemStr(arg, 2)) : 0;
    case DBI_BLOB_DIRECT_PUT: {
      let block = elemInt(arg, 1);
      try {
        if (!Array.isArray(arg) || arg.length < 2) throw new MemoFault(EDBF_UNSUPPORTED);
        block = putBlob(a, arg[1], block);
      } catch (e) {
        a.memoFault(e);
      }
      return block;
    }
    case DBI_BLOB_ROOT_GET:
      try {
        const m = directStore(a);
        return readBlob(a, m, m.rootBlock(), 0, 0, directTrans(a));
      } catch (e) {
        a.memoFault(e);
        return undefined;
      }
    case DBI_BLOB_ROOT_PUT:
      try {
        const m = directStore(a);
        const block = putBlob(a, arg, m.rootBlock());
        m.setRootBlock(block);
        return true;
      } catch (e) {
        a.memoFault(e);
        return false;
      }
    case DBI_BLOB_ROOT_LOCK:
      if (!a.shared) return true;
      return a.memo !== null && a.memo.lockRoot();
    case DBI_BLOB_ROOT_UNLOCK:
      if (!a.shared) return true;
      return a.memo !== null && a.memo.unlockRoot();
  }
  // DBI_BLOB_DIRECT_LEN, _TYPE, INTEGRITY, OFFSET, RECOVER (209-213): accepted, not answered
  return arg;
}

// ---- dbFieldInfo() ------------------------------------------------------------------------

/** The length of a memo field's memo (DBS_BLOB_LEN). */
function memoLength(m: MemoStore, block: number): number {
  if (block <= 0) return 0;
  if (m.kind === MEMO_DBT) return m.dbtLength(block);
  const h = m.fptHeader(block);
  return h === null ? 0 : h[1];
}

/** The type letter of what a memo field holds (DBS_BLOB_TYPE). */
function memoType(m: MemoStore, block: number): string {
  let type = 0;
  if (block > 0 && m.kind === MEMO_FPT) {
    const h = m.fptHeader(block);
    if (h === null) return 'U';
    type = h[0];
  }
  if (type === 0 || m.kind !== MEMO_FPT) return 'M';
  return FPT_TYPE_LETTER.get(type) ?? 'U';
}

const FPT_TYPE_LETTER = new Map<number, string>([
  [0x0002, 'N'], [0x0008, 'N'], [0x0020, 'D'], [0x0080, 'L'], [0x0400, 'M'], [0x8000, 'A'],
  [1002, 'A'], [1004, 'A'], [1003, 'O'], [1005, 'O'], [1006, 'U'], [1007, 'L'], [1008, 'L'], [1009, 'D'],
  [1010, 'N'], [1011, 'N'], [1012, 'N'], [1013, 'N'], [1014, 'N'], [1015, 'N'], [1016, 'N'], [1017, 'N'],
  [FPTIT_TEXT, 'M'], [1018, 'C'],
]);

/** dbFieldInfo( DBS_BLOB_*, n ) of a memo field; NOT_HANDLED for other fields and codes. */
export function blobFieldInfo(a: FptArea, i: number, type: number, arg: Value): Value | typeof NOT_HANDLED {
  if (type < DBS_BLOB_GET || type > DBS_BLOB_TYPE) return NOT_HANDLED;
  const f: Field | undefined = a.fields[i - 1];
  const m = a.memo;
  if (f === undefined || m === null || !isMemoType(f.type)) return NOT_HANDLED;
  a.deleted();
  const block = Math.max(a.memoBlock(f), 0);
  switch (type) {
    case DBS_BLOB_GET: {
      let start = elemInt(arg, 1);
      if (start > 0) start--;
      const count = elemInt(arg, 2);
      // a slice is cut from the stored bytes: no translation
      const whole = start === 0 && count === 0 && (f.flags & FF_BINARY) === 0;
      const trans = whole ? (s: string) => a.fromTable(f, s) : same;
      try {
        return readBlob(a, m, block, start, count, trans);
      } catch (e) {
        a.memoFault(e);
        return arg;
      }
    }
    case DBS_BLOB_LEN: return memoLength(m, block);
    case DBS_BLOB_OFFSET: return block * m.blockSize + (m.kind === MEMO_FPT ? FLEX_HEADER : 0);
    case DBS_BLOB_POINTER: return block;
    default: return memoType(m, block);
  }
}
