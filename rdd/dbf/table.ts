// The table file of a DBF work area: opening and creating it (header and
// field descriptors), the header's record count and EOF marker, the record
// buffer's reads and writes, new records' blank bytes and counters, bulk
// scans, flushing and closing, and the record/file/header locks of SHARED
// tables. Navigation and field values are in area.ts.

import type { Value } from '../../runtime/values/types.js';
import { HbTimestamp } from '../../runtime/values/types.js';
import { WorkArea } from '../workarea.js';
import type { WorkAreaManager } from '../manager.js';
import { DbFile, OsError } from '../io/file.js';
import { lockPause } from '../io/oslock.js';
import { lockScheme, fileLockStart, recordLockStart, DB_DBFLOCK_CLIPPER, type LockScheme } from '../io/lockscheme.js';
import {
  Answer, EF_CANDEFAULT, EF_CANRETRY, EG_CORRUPTION, EG_CREATE, EG_OPEN, EG_READ, EG_READONLY, EG_WRITE,
  EDBF_CORRUPT, EDBF_CREATE_DBF, EDBF_DATATYPE, EDBF_DATAWIDTH, EDBF_OPEN_DBF, EDBF_READ, EDBF_READONLY, EDBF_WRITE,
  egOf,
} from '../errors.js';
import {
  FF_AUTOINC, FF_HIDDEN, FF_NULLABLE, FF_BINARY, FT_ANY, FT_AUTOINC, FT_DATE, FT_DOUBLE, FT_FLOAT, FT_INTEGER,
  FT_LOGICAL, FT_LONG, FT_MODTIME, FT_ROWVER, FT_STRING, FT_VARLENGTH, isMemoType, newField, asciiUpper, fieldName, type Field, type FieldDef,
} from './fields.js';
import {
  DESC_SIZE, HEADER_SIZE, MEMO_NONE, autoIncKind, createLayout, decodeDescriptor, decodeHeader,
  descriptorFlagsTrusted, fieldFromDescriptor, versionByte, versionInfo,
} from './header.js';
import { currentCodepage, EN, findCodepage } from '../../runtime/cdp/registry.js';
import type { Codepage } from '../../runtime/cdp/codepage.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { resolvePath, withDefaultExt } from '../paths.js';
import { currentTimestamp } from './clock.js';
import type { Driver } from '../registry.js';
import { allocAlias } from '../tables.js';

const SET_AUTOSHARE = 47;
const SET_HARDCOMMIT = 106;
const SET_DBFLOCKSCHEME = 108;

/** What USE / dbUseArea() / dbCreate() pass to a driver. */
export interface OpenParams {
  name: string;
  alias: string;
  shared: boolean;
  readonly: boolean;
  codepage?: string;
}

export const enum Blank { Eof, Append }

export abstract class DbfTable extends WorkArea {
  file: DbFile | null = null;
  /** the table file name as opened (with extension and directory) */
  fileName = '';
  /** the raw 32 header bytes, kept so that unknown bytes survive rewrites */
  protected hdr: Buffer = Buffer.alloc(HEADER_SIZE);
  headerLen = 0;
  recordLen = 0;
  recCountCache = 0;
  rec: Buffer = Buffer.alloc(1);
  /**
   * Changes whenever the record buffer's bytes may change (a read, a put, a
   * blank record ...): field values decoded from the buffer are kept until
   * it moves on (area.ts getValue).
   */
  recGen = 1;
  protected curRec = 0;
  protected validBuffer = false;
  protected positioned = false;
  protected isDeleted = false;
  /** the buffer holds changes not yet written (Harbour's fRecordChanged) */
  hot = false;
  protected appending = false;
  protected updateHeader = false;
  protected dataFlush = false;
  shared = false;
  readonly = false;
  hasTags = false;
  hasMemo = false;
  memoType = MEMO_NONE;
  nullOffset = 0;
  nullCount = 0;
  protected modStamp = false;
  lockType = 0;
  /** the code page of the table's text (USE ... CODEPAGE; else the one current at open) */
  cdp: Codepage = EN;
  protected lockedRecs: number[] = [];
  fileLocked = false;
  protected headerLocked = false;
  /** set while records are copied between tables (counters and stamps are copied too) */
  transRec = false;

  constructor(mgr: WorkAreaManager, readonly drv: Driver) {
    super(mgr, drv.name);
  }

  // ---- open / create ---------------------------------------------------------

  /** The extension of table files. */
  tableExt(): string {
    return this.drv.settings.tableExt;
  }

  private initLockType(): void {
    if (this.lockType !== 0) return;
    const v = this.ctx.sets.get(SET_DBFLOCKSCHEME);
    const own = this.drv.settings.lockScheme;
    this.lockType = own > 0 ? own : typeof v === 'number' && v > 0 ? v : this.defaultLockScheme();
  }

  protected defaultLockScheme(): number {
    return DB_DBFLOCK_CLIPPER;
  }

  /** Open a table; false after the error was reported. */
  open(p: OpenParams): boolean {
    this.initLockType();
    this.shared = p.shared;
    this.readonly = p.readonly;
    if (this.ctx.sets.get(SET_AUTOSHARE) === 2) this.shared = false;
    const path = resolvePath(this.ctx, withDefaultExt(this.ctx, p.name, this.tableExt()), false);
    this.fileName = path;
    this.cdp = tableCodepage(this.ctx, p.codepage);
    for (;;) {
      try {
        // a SHARED or READONLY table is read through a memory map (no cache to keep)
        const map = this.shared || this.readonly;
        this.file = DbFile.open(path, { readonly: this.readonly, exclusive: !this.shared, map });
        break;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_OPEN, subCode: EDBF_OPEN_DBF, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return false;
      }
    }
    if (!this.readHeader()) {
      this.closeFiles();
      return false;
    }
    // the descriptor count as Harbour's unsigned arithmetic has it (a header
    // length below 32 wraps around to a huge count that cannot be read)
    const count = this.headerLen < HEADER_SIZE ? 0xffff : (this.headerLen - HEADER_SIZE) / DESC_SIZE >>> 0;
    while (this.file!.size < HEADER_SIZE + count * DESC_SIZE) {
      const ans = this.error({
        genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: this.fileName, osCode: 0, flags: EF_CANRETRY | EF_CANDEFAULT,
      });
      if (ans !== Answer.Retry) {
        this.closeFiles();
        return false;
      }
    }
    if (!this.readFields(count)) {
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: this.fileName, flags: EF_CANDEFAULT });
      this.closeFiles();
      return false;
    }
    if (!this.shared && !this.readonly) this.file!.cached = true;
    if (this.hasMemo && !this.openMemo(p)) {
      this.closeFiles();
      return false;
    }
    if (!this.takeAlias(p)) return false;
    this.recCountCache = this.calcRecCount();
    return this.afterOpen(p);
  }

  /** Hook after the table is open: drivers open indexes here. Positions at the top. */
  protected afterOpen(_p: OpenParams): boolean {
    return this.goTop();
  }

  private readHeader(): boolean {
    for (;;) {
      const b = this.file!.read(0, HEADER_SIZE);
      let sub = 0;
      let info = null;
      if (b.length !== HEADER_SIZE) sub = EDBF_READ;
      else {
        info = versionInfo(b[0]);
        if (info === null) sub = EDBF_CORRUPT;
      }
      if (sub === 0 && info !== null) {
        b.copy(this.hdr);
        const h = decodeHeader(b);
        this.headerLen = h.headerLen;
        this.recCountCache = h.recCount;
        this.hasTags = (h.hasTags & 1) !== 0;
        this.memoType = info.memo;
        this.hasMemo = info.memo !== MEMO_NONE;
        return true;
      }
      const ans = this.error({
        genCode: egOf(sub), subCode: sub, filename: this.fileName, osCode: 0, flags: EF_CANRETRY | EF_CANDEFAULT,
      });
      if (ans !== Answer.Retry) return false;
    }
  }

  /**
   * The fields of the stored descriptors, as Harbour's DBF open takes them:
   * the record length is the sum of the field lengths (the header's own is
   * not read), a field with no name or a type it does not know, or a record
   * longer than 64 KB, makes the table corrupt (false).
   */
  private readFields(count: number): boolean {
    const buf = this.file!.read(HEADER_SIZE, count * DESC_SIZE);
    // the flag byte is trusted only when the other unused bytes are clear;
    // the descriptor holding the 0x0D end mark takes part in that guess too
    let flagMask = FF_HIDDEN | FF_NULLABLE | FF_BINARY | FF_AUTOINC;
    let vfpLike = false;
    let n = count;
    for (let i = 0; i < count; i++) {
      const at = i * DESC_SIZE;
      if (!vfpLike) {
        const t = descriptorFlagsTrusted(buf, at, i);
        if (t === 'vfp') vfpLike = true;
        else if (!t) flagMask = 0;
      }
      if (buf[at] === 0x0d) {
        n = i;
        break;
      }
    }
    if (vfpLike) flagMask = FF_HIDDEN | FF_NULLABLE | FF_BINARY | FF_AUTOINC;
    const fields: Field[] = [];
    // 16-bit, as Harbour keeps it: a wrap-around is the corruption test
    let recLen = 1;
    this.nullCount = 0;
    let nullOffset = -1;
    for (let i = 0; i < n; i++) {
      const d = decodeDescriptor(buf, i * DESC_SIZE);
      if (d.type === '0' && (d.flags & FF_HIDDEN) !== 0) {
        if (d.name === '_NullFlags') nullOffset = recLen;
        const len = d.len;
        recLen = (recLen + len) & 0xffff;
        if (recLen < len) return false;
        continue;
      }
      const def = fieldFromDescriptor(d, flagMask);
      if (def === null) return false;
      const start = recLen;
      recLen = (recLen + def.len) & 0xffff;
      if (start > recLen) return false;
      def.name = fieldName(def.name, 10);
      if (def.name === '') return false;
      const f = this.makeField(def, start);
      // _NullFlags bits in field order: a Q field's length bit, then a nullable field's null bit
      if (f.type === FT_VARLENGTH) f.lengthBit = this.nullCount++;
      if ((f.flags & FF_NULLABLE) !== 0) f.nullBit = this.nullCount++;
      if (f.type === FT_ANY && f.len >= 6) this.hasMemo = true;
      if (isMemoType(f.type)) this.hasMemo = true;
      if (f.type === FT_MODTIME || f.type === FT_ROWVER) this.modStamp = true;
      fields.push(f);
    }
    if (this.nullCount > 0 && nullOffset <= 0) return false;
    this.nullOffset = nullOffset < 0 ? 0 : nullOffset;
    this.recordLen = recLen;
    this.setFields(fields);
    return true;
  }

  /**
   * Register the area under its alias and give it an empty record buffer,
   * as the last step of an open or create; false (files closed) when the
   * alias is taken.
   */
  protected takeAlias(p: OpenParams): boolean {
    if (!allocAlias(this.mgr, this, p.alias)) {
      this.closeFiles();
      return false;
    }
    this.rec = Buffer.alloc(this.recordLen);
    this.recGen++;
    this.validBuffer = false;
    return true;
  }

  protected makeField(def: FieldDef, offset: number): Field {
    const name = asciiUpper(def.name);
    return newField(def, name, this.ctx.vm.syms.variable(name), offset);
  }

  /** Create a table (and its memo file) and keep it open exclusively. */
  create(p: OpenParams, defs: FieldDef[]): boolean {
    this.initLockType();
    const path = resolvePath(this.ctx, withDefaultExt(this.ctx, p.name, this.tableExt()), true);
    this.fileName = path;
    this.cdp = tableCodepage(this.ctx, p.codepage);
    const memoType = this.createMemoType();
    const lay = createLayout(defs, memoType);
    if (lay.badType || lay.tooWide || HEADER_SIZE + lay.descriptors.length > 0xffff) {
      this.error({ genCode: EG_CREATE, subCode: lay.badType ? EDBF_DATATYPE : EDBF_DATAWIDTH, filename: p.name });
      return false;
    }
    for (;;) {
      try {
        this.file = DbFile.open(path, { create: true });
        break;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_CREATE, subCode: EDBF_CREATE_DBF, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return false;
      }
    }
    this.shared = false;
    this.readonly = false;
    this.hasMemo = lay.hasMemo;
    this.memoType = lay.hasMemo ? memoType : MEMO_NONE;
    this.headerLen = HEADER_SIZE + lay.descriptors.length;
    this.recordLen = lay.recordLen;
    this.nullCount = lay.nullCount;
    this.nullOffset = lay.nullOffset;
    this.recCountCache = 0;
    const fields: Field[] = [];
    let off = 1;
    lay.fields.forEach((def, i) => {
      const f = this.makeField(def, off);
      f.lengthBit = lay.bits[i][0];
      f.nullBit = lay.bits[i][1];
      if (f.type === FT_MODTIME || f.type === FT_ROWVER) this.modStamp = true;
      off += f.len;
      fields.push(f);
    });
    this.setFields(fields);
    this.hdr.fill(0);
    if (!this.writeHeader()) return false;
    const body = Buffer.concat([lay.descriptors, Buffer.from([0x1a])]);
    this.file!.write(body, 0, body.length, HEADER_SIZE);
    this.dataFlush = true;
    if (this.hasMemo && !this.createMemo(p)) {
      this.closeFiles();
      return false;
    }
    if (!this.takeAlias(p)) return false;
    this.recCountCache = this.calcRecCount();
    return this.goTop();
  }

  /** Transfer drivers (SDF, DELIM) take their structure from the caller; tables have their own. */
  setTransferStruct(_defs: FieldDef[], _delim: Value): void {
    // a DBF table's structure is in its header
  }

  /** The memo kind new tables get (the memo layer answers). */
  protected createMemoType(): number {
    return MEMO_NONE;
  }

  /** Open the memo file of a table that has memo fields. */
  protected openMemo(_p: OpenParams): boolean {
    return true;
  }

  protected createMemo(_p: OpenParams): boolean {
    return true;
  }

  // ---- header -----------------------------------------------------------------

  calcRecCount(): number {
    if (this.file === null || this.recordLen === 0) return 0;
    const size = this.shared ? this.file.refreshSize() : this.file.size;
    return Math.max(0, Math.floor((size - this.headerLen) / this.recordLen));
  }

  /** Write the header (version, date, counts) and, unless shared, the EOF mark. */
  writeHeader(eol = false): boolean {
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    const h = this.hdr;
    h[0] = versionByte(this.memoType);
    const today = new Date();
    h[1] = today.getFullYear() - 1900;
    h[2] = today.getMonth() + 1;
    h[3] = today.getDate();
    h[28] = this.hasTags ? 1 : 0;
    let locked = false;
    if (this.shared) {
      if (!this.headerLocked) {
        this.rawHeaderLock();
        locked = true;
      }
      this.recCountCache = this.calcRecCount();
    }
    h.writeUInt32LE(this.recCountCache >>> 0, 4);
    h.writeUInt16LE(this.headerLen, 8);
    h.writeUInt16LE(this.recordLen, 10);
    const f = this.file!;
    f.write(h, 0, HEADER_SIZE, 0);
    if (!this.shared || eol) {
      const at = this.headerLen + this.recordLen * this.recCountCache;
      f.write(Buffer.from([0x1a]), 0, 1, at);
      f.truncate(at + 1);
    }
    this.dataFlush = true;
    this.updateHeader = false;
    if (locked) this.rawHeaderUnlock();
    return true;
  }

  // ---- record buffer ------------------------------------------------------------

  recNo(): number {
    this.forceRel();
    return this.curRec;
  }

  recCount(): number {
    if (this.shared) this.recCountCache = this.calcRecCount();
    return this.recCountCache;
  }

  /** Read the current record into the buffer (lazily, on first use after a move). */
  protected readRecord(): boolean {
    if (!this.positioned) {
      this.validBuffer = true;
      return true;
    }
    if (this.curRec > this.recCountCache) {
      if (this.shared) this.recCountCache = this.calcRecCount();
      if (this.curRec > this.recCountCache) {
        this.eof = this.validBuffer = true;
        return true;
      }
    }
    this.recGen++;
    const n = this.file!.readInto(this.rec, 0, this.recordLen, this.headerLen + (this.curRec - 1) * this.recordLen);
    if (n !== this.recordLen) {
      this.error({ genCode: EG_READ, subCode: EDBF_READ, filename: this.fileName, osCode: 0 });
      return false;
    }
    this.validBuffer = true;
    this.isDeleted = this.rec[0] === 0x2a;
    return true;
  }

  protected writeRecord(): boolean {
    try {
      this.file!.write(this.rec, 0, this.recordLen, this.headerLen + (this.curRec - 1) * this.recordLen);
    } catch (e) {
      this.error({ genCode: EG_WRITE, subCode: EDBF_WRITE, filename: this.fileName, osCode: e instanceof OsError ? e.dosCode : 29 });
      return false;
    }
    this.hot = false;
    this.dataFlush = true;
    return true;
  }

  /**
   * Hand the bytes of records from..to to `visit` in order (record n at
   * `buf[off]`), read in blocks of records; stops when it returns false.
   */
  protected scanBytes(from: number, to: number, visit: (buf: Buffer, off: number, rec: number) => boolean): void {
    const rl = this.recordLen;
    this.scanBlocks(from, to, (buf, count, rec) => {
      for (let k = 0; k < count; k++) if (!visit(buf, k * rl, rec + k)) return false;
      return true;
    });
  }

  /**
   * Read the bytes of records from..to a block at a time and hand each
   * block over: `count` records from record `rec` at the start of `buf`.
   * `visit` returning false stops the scan.
   */
  protected scanBlocks(from: number, to: number, visit: (buf: Buffer, count: number, rec: number) => boolean): void {
    const rl = this.recordLen;
    const per = Math.max(1, Math.floor(0x10000 / rl));
    const chunk = Buffer.allocUnsafe(per * rl);
    let r = from;
    while (r <= to) {
      const n = Math.min(per, to - r + 1);
      const have = Math.floor(this.file!.readInto(chunk, 0, n * rl, this.headerLen + (r - 1) * rl) / rl);
      if (have > 0 && !visit(chunk, have, r)) return;
      r += have;
      if (have < n) return;
    }
  }

  /**
   * Make records from..to current in turn and call `visit` on each until it
   * returns false: the bulk scan of building an index (nothing hot, no
   * relations, nothing pending).
   */
  protected scanRecords(from: number, to: number, visit: () => boolean): void {
    this.scanBytes(from, to, (buf, off, r) => {
      this.adoptRecord(buf, off, r);
      return visit();
    });
  }

  /** Make record `r`, whose bytes are at `buf[off]`, the current one. */
  protected adoptRecord(buf: Buffer, off: number, r: number): void {
    buf.copy(this.rec, 0, off, off + this.recordLen);
    this.recGen++;
    this.curRec = r;
    this.positioned = this.validBuffer = true;
    this.bof = this.eof = this.found = false;
    this.isDeleted = this.rec[0] === 0x2a;
  }

  /** An empty record's bytes, made once; counter fields are filled in per record. */
  private blankTpl: Buffer | null = null;
  /** Field indexes that take an autoincrement value in a new record. */
  private counterFields: number[] = [];

  private makeBlank(): Buffer {
    const r = Buffer.alloc(this.recordLen);
    r[0] = 0x20;
    this.counterFields = [];
    for (let i = 0; i < this.fields.length; i++) {
      const f = this.fields[i];
      let fill = 0;
      switch (f.type) {
        case FT_STRING: case FT_LOGICAL: fill = 0x20; break;
        case FT_DATE: fill = f.len === 8 ? 0x20 : 0; break;
        case FT_LONG: case FT_FLOAT:
          fill = 0x20;
          if ((f.flags & FF_AUTOINC) !== 0) this.counterFields.push(i);
          break;
        case FT_AUTOINC: this.counterFields.push(i); break;
        case FT_INTEGER: case FT_DOUBLE: if ((f.flags & FF_AUTOINC) !== 0) this.counterFields.push(i); break;
        default:
          if (isMemoType(f.type)) fill = f.len === 10 ? 0x20 : 0;
      }
      r.fill(fill, f.offset, f.offset + f.len);
    }
    if (this.nullCount > 0) {
      const full = this.nullCount >> 3;
      r.fill(0xff, this.nullOffset, this.nullOffset + full);
      const rest = this.nullCount & 7;
      if (rest) r[this.nullOffset + full] = (1 << rest) - 1;
    }
    this.blankTpl = r;
    return r;
  }

  /** Fill the buffer with an empty record (EOF phantom, or a new record with its counters). */
  protected setBlank(kind: Blank): void {
    (this.blankTpl ?? this.makeBlank()).copy(this.rec, 0, 0, this.recordLen);
    this.recGen++;
    if (kind === Blank.Append) for (const i of this.counterFields) this.putCounter(i, this.fields[i]);
  }

  /** The next autoincrement value of field `i`, stored in its descriptor and advanced. */
  private nextCounter(i: number, f: Field, update: boolean): number {
    const at = HEADER_SIZE + i * DESC_SIZE;
    const d = this.file!.read(at, DESC_SIZE);
    if (d.length !== DESC_SIZE) return 0;
    const long = autoIncKind(f) === 'long';
    const v = long ? Number(d.readBigUInt64LE(24)) : d.readUInt32LE(19);
    if (update) {
      if (long) d.writeBigUInt64LE(BigInt(v + d[23]), 24);
      else d.writeUInt32LE((v + d[23]) >>> 0, 19);
      this.file!.write(d, 0, DESC_SIZE, at);
    }
    return v;
  }

  /** DBS_COUNTER: read (or set when `v` is given) the next value of an autoincrement field. */
  counter(i: number, v?: number): number {
    const f = this.fields[i];
    if (autoIncKind(f) === 'none') return 0;
    const prev = this.nextCounter(i, f, false);
    if (v !== undefined) {
      const at = HEADER_SIZE + i * DESC_SIZE;
      const d = this.file!.read(at, DESC_SIZE);
      if (autoIncKind(f) === 'long') d.writeBigUInt64LE(BigInt(Math.max(0, v)), 24);
      else d.writeUInt32LE(v >>> 0, 19);
      this.file!.write(d, 0, DESC_SIZE, at);
    }
    return prev;
  }

  private putCounter(i: number, f: Field): void {
    let v = this.nextCounter(i, f, true);
    const r = this.rec;
    const o = f.offset;
    if (f.type === FT_INTEGER || f.type === FT_AUTOINC) {
      if (f.dec) v = Math.round(v * 10 ** f.dec);
      if (f.len === 8) r.writeBigInt64LE(BigInt(v), o);
      else r.writeUIntLE(v & (2 ** (8 * f.len) - 1), o, f.len);
    } else if (f.type === FT_DOUBLE) {
      r.writeDoubleLE(v, o);
    } else {
      let k = f.len;
      do {
        // each digit from the low byte of the value, as Harbour's own (byte) cast has it
        r[o + --k] = 48 + ((v & 0xff) % 10);
        v = Math.floor(v / 10);
      } while (k > 0 && v > 0);
      while (k > 0) r[o + --k] = 0x20;
    }
  }

  /** Stamp '=' and '^' fields of a record being written. */
  protected updateStamps(): void {
    this.recGen++;
    let now: HbTimestamp | null = null;
    let rowVer = 0;
    for (let i = 0; i < this.fields.length; i++) {
      const f = this.fields[i];
      if (f.type === FT_MODTIME) {
        if (this.transRec && this.rec.readBigUInt64LE(f.offset) !== 0n) continue;
        if (now === null) now = currentTimestamp();
        this.rec.writeInt32LE(now.jd, f.offset);
        this.rec.writeInt32LE(now.ms, f.offset + 4);
      } else if (f.type === FT_ROWVER) {
        if (this.transRec && this.rec.readBigUInt64LE(f.offset) !== 0n) continue;
        if (rowVer === 0) rowVer = this.nextRowVer(i);
        this.rec.writeBigUInt64LE(BigInt(rowVer), f.offset);
      }
    }
  }

  private nextRowVer(i: number): number {
    const at = HEADER_SIZE + i * DESC_SIZE;
    let locked = false;
    if (this.shared && !this.fileLocked && !this.headerLocked) {
      this.rawHeaderLock();
      locked = true;
    }
    const d = this.file!.read(at, DESC_SIZE);
    const v = Number(d.readBigUInt64LE(24)) + 1;
    d.writeBigUInt64LE(BigInt(v), 24);
    this.file!.write(d, 0, DESC_SIZE, at);
    if (locked) this.rawHeaderUnlock();
    return v;
  }

  flush(): boolean {
    if (!this.goCold()) return false;
    this.flushFiles();
    return true;
  }

  /** Put cached data on disk (with SET HARDCOMMIT also asking the OS to sync). */
  protected flushFiles(): void {
    const f = this.file;
    if (f === null) return;
    if (this.ctx.sets.get(SET_HARDCOMMIT) !== false && this.dataFlush) {
      f.commit();
      this.dataFlush = false;
    } else f.flush();
  }

  close(): boolean {
    this.pendingRel = null;
    if (this.file !== null) {
      this.goCold();
      this.unlock(0);
      if (this.updateHeader) this.writeHeader(true);
      this.flushFiles();
    }
    this.clearRelations();
    this.closeFiles();
    return true;
  }

  override discard(): void {
    this.closeFiles();
  }

  /** Close the table and memo files (no writes). */
  protected closeFiles(): void {
    if (this.file !== null) {
      this.file.close();
      this.file = null;
    }
  }

  // ---- locks -----------------------------------------------------------------------

  protected scheme(): LockScheme | null {
    return lockScheme(this.lockType, this.hasTags);
  }

  isLocked(recNo: number): boolean {
    return this.lockedRecs.includes(recNo);
  }

  /** Take the header/append lock, waiting for it. */
  rawHeaderLock(): void {
    if (!this.shared || this.headerLocked) return;
    const s = this.scheme();
    if (s === null) return;
    while (!this.file!.lockRange(s.base, 1)) lockPause();
    this.headerLocked = true;
  }

  rawHeaderUnlock(): void {
    if (!this.shared || !this.headerLocked) return;
    const s = this.scheme();
    if (s !== null) this.file!.unlockRange(s.base, 1);
    this.headerLocked = false;
  }

  private rawRecLock(recNo: number, lock: boolean): boolean {
    if (!this.shared || this.fileLocked) return true;
    const s = this.scheme();
    if (s === null) return false;
    const at = recordLockStart(s, recNo, this.headerLen, this.recordLen);
    if (lock) return this.file!.lockRange(at, s.recSize);
    this.file!.unlockRange(at, s.recSize);
    return true;
  }

  override lockRecord(recNo: number, keep: boolean): boolean {
    if (!this.shared) return true;
    if (!this.forceRel()) return false;
    if (this.fileLocked) return true;
    if (recNo === 0) recNo = this.curRec;
    if (!keep) this.unlockAllRecords();
    else if (this.isLocked(recNo)) return true;
    if (!this.rawRecLock(recNo, true)) return false;
    this.lockedRecs.push(recNo);
    if (recNo === this.curRec) {
      if (!this.positioned) this.goTo(this.curRec);
      else if (!this.hot) {
        this.goCold();
        this.validBuffer = false;
      }
    }
    return true;
  }

  override lockFile(): boolean {
    if (!this.shared) return true;
    if (this.fileLocked) return true;
    this.forceRel();
    this.unlockAllRecords();
    const s = this.scheme();
    if (s !== null && this.file!.lockRange(fileLockStart(s), s.fileSize)) this.fileLocked = true;
    if (!this.positioned) this.goTo(this.curRec);
    else if (!this.hot) {
      this.goCold();
      this.validBuffer = false;
    }
    return this.fileLocked;
  }

  private unlockAllRecords(): void {
    if (this.lockedRecs.length === 0) return;
    this.goCold();
    for (const r of this.lockedRecs) this.rawRecLock(r, false);
    this.lockedRecs = [];
  }

  override unlock(recNo: number): void {
    if (!this.shared) return;
    if (this.lockedRecs.length > 0) {
      if (recNo === 0) this.unlockAllRecords();
      else {
        const i = this.lockedRecs.indexOf(recNo);
        if (i >= 0) {
          this.goCold();
          this.rawRecLock(recNo, false);
          this.lockedRecs.splice(i, 1);
        }
      }
    }
    if (this.fileLocked) {
      this.goCold();
      const s = this.scheme();
      if (s !== null) this.file!.unlockRange(fileLockStart(s), s.fileSize);
      this.fileLocked = false;
    }
  }

  override lockList(): number[] {
    return this.lockedRecs.slice();
  }
}

/** A table's code page: the one named (when known), else the thread's current one. */
export function tableCodepage(ctx: Thread, id: string | undefined): Codepage {
  const cp = id !== undefined && id !== '' ? findCodepage(id) : undefined;
  return cp ?? currentCodepage(ctx);
}
