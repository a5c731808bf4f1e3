// The memo layer over a DBF area (Harbour's DBFFPT driver): memo fields
// in a DBT or FPT file, non-text values in FPT memos, SIX variant (V)
// fields, and memo files kept compact by PACK and reset by ZAP.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unlinkSync } from 'node:fs';
import type { Value } from '../../runtime/values/types.js';
import { HbDate, HbNum, HbTimestamp, isNumeric } from '../../runtime/values/types.js';
import { isIntLike, mkNum, numDec, numLen } from '../../runtime/values/number.js';
import { DbfArea } from '../dbf/area.js';
import type { OpenParams } from '../dbf/table.js';
import { dateToSixPacked, latin1, sixPackedToDate } from '../dbf/fieldcodec.js';
import { FF_BINARY, FT_ANY, FT_MEMO, isMemoType, type Field } from '../dbf/fields.js';
import { currentCodepage } from '../../runtime/cdp/registry.js';
import { translate } from '../../runtime/cdp/translate.js';
import { MEMO_DBT, MEMO_FPT, MEMO_NONE } from '../dbf/header.js';
import { DbFile, OsError } from '../io/file.js';
import {
  Answer, EF_CANDEFAULT, EF_CANRETRY, EG_CORRUPTION, EG_CREATE, EG_OPEN, EDBF_CORRUPT, EDBF_CREATE_MEMO,
  EDBF_DATATYPE, EDBF_DATAWIDTH, EDBF_OPEN_MEMO, EDBF_READ, egOf,
} from '../errors.js';
import { replaceExt } from '../paths.js';
import { MEMOVER_FLEX, MEMOVER_SIX, MEMOVER_STD } from './gc.js';
import { FPTIT_BINARY, FPTIT_DUMMY, FPTIT_TEXT, MemoFault, MemoStore } from './store.js';
import { decodeMemo, encodeFlex, encodeSix } from './items.js';
import { blobFieldInfo, blobInfo } from './blob.js';
import { NOT_HANDLED } from '../dbf/info.js';

const SET_MBLOCKSIZE = 41;
const SET_MFILEEXT = 42;
const SET_HARDCOMMIT = 106;

// type words of SIX variant fields (last two bytes of the field)
const VF_CHAR = 64000;
const VF_DATE = 64001;
const VF_INT = 64002;
const VF_LOG = 64003;
const VF_DNUM = 64004;
const SMT_IT_DOUBLE = 3;

export class FptArea extends DbfArea {
  memo: MemoStore | null = null;
  /** memo version of a table being created (SIX when it has variant fields) */
  private createVersion = 0;
  /** the memo file is a DBFBLOB file (its header carries the block size) */
  protected blobFile = false;

  // ---- files ---------------------------------------------------------------------

  /** The extension of this table's memo file. */
  memoExt(kind = this.memoType): string {
    if (this.memo !== null) {
      const dot = this.memo.path.lastIndexOf('.');
      return dot >= 0 ? this.memo.path.slice(dot) : '';
    }
    const s = this.drv.settings;
    if (s.memoExt !== '') return s.memoExt;
    if (kind === MEMO_FPT) {
      const ext = this.ctx.sets.get(SET_MFILEEXT);
      if (typeof ext === 'string' && ext !== '') return ext;
    }
    return kind === MEMO_DBT ? '.dbt' : kind === MEMO_FPT ? '.fpt' : '.smt';
  }

  /** The memo file of this table: the table's name with the memo extension. */
  protected memoPath(kind: number, _create: boolean): string {
    return replaceExt(this.fileName, this.memoExt(kind));
  }

  /** Block size for new memo files of `kind`. */
  memoBlockSizeFor(kind: number): number {
    if (kind === MEMO_DBT) return 512;
    const own = this.drv.settings.memoBlockSize;
    if (own > 0) return own;
    const v = this.ctx.sets.get(SET_MBLOCKSIZE);
    if (typeof v === 'number' && v > 0 && (v <= 0x10000 || (v & 0xffff) === 0)) return v;
    return kind === MEMO_FPT ? 64 : 32;
  }

  protected override createMemoType(): number {
    const t = this.drv.settings.memoType;
    return t !== 0 ? t : MEMO_FPT;
  }

  protected override createMemo(_p: OpenParams): boolean {
    const kind = this.memoType;
    let version: number;
    if (this.fields.some((f) => f.type === FT_ANY && f.len >= 6)) version = MEMOVER_SIX;
    else if (kind === MEMO_FPT) version = this.drv.settings.memoVersion || MEMOVER_FLEX;
    else version = MEMOVER_STD;
    this.createVersion = version;
    const path = this.memoPath(kind, true);
    for (;;) {
      try {
        const f = DbFile.open(path, { create: true });
        f.cached = true;
        this.memo = new MemoStore(f, path, kind, version, this.memoBlockSizeFor(kind));
        this.memo.blobFile = this.blobFile;
        this.memo.initHeader();
        this.memo.register();
        return true;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({ genCode: EG_CREATE, subCode: EDBF_CREATE_MEMO, filename: path, osCode: os, flags: EF_CANRETRY });
        if (ans !== Answer.Retry) return false;
      }
    }
  }

  protected override openMemo(_p: OpenParams): boolean {
    const kind = this.memoType;
    if (kind !== MEMO_DBT && kind !== MEMO_FPT) {
      this.error({ genCode: EG_OPEN, subCode: 1056, filename: this.fileName });
      return false;
    }
    const path = this.memoPath(kind, false);
    let file: DbFile;
    for (;;) {
      try {
        file = DbFile.open(path, { readonly: this.readonly, exclusive: !this.shared });
        break;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_OPEN, subCode: EDBF_OPEN_MEMO, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return false;
      }
    }
    const version = this.fields.some((f) => f.type === FT_ANY && f.len >= 6) ? MEMOVER_SIX : MEMOVER_STD;
    const m = new MemoStore(file, path, kind, version, 0);
    m.blobFile = this.blobFile;
    if (!m.readHeader()) {
      file.close();
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path });
      return false;
    }
    if (version === MEMOVER_SIX && kind === MEMO_DBT) m.version = MEMOVER_SIX;
    if (!this.shared && !this.readonly) file.cached = true;
    m.register();
    this.memo = m;
    return true;
  }

  protected override closeFiles(): void {
    super.closeFiles();
    if (this.memo !== null) {
      this.memo.close();
      this.memo = null;
    }
  }

  protected override flushFiles(): void {
    super.flushFiles();
    if (this.memo === null) return;
    // with SET HARDCOMMIT a memo file written since its last sync is synced too, as Harbour does
    const f = this.memo.file;
    if (f.unsynced && this.ctx.sets.get(SET_HARDCOMMIT) !== false) f.commit();
    else f.flush();
  }

  /** A memo error (no operation; the memo file's name unless another file is named). */
  memoError(sub: number, flags = 0, file?: string, osCode = 0): Answer {
    return this.error({ genCode: egOf(sub), subCode: sub, filename: file ?? this.memo?.path ?? '', osCode, flags });
  }

  /** Report a failed memo operation as Harbour's memo driver does (no flags). */
  memoFault(e: unknown): void {
    if (!(e instanceof MemoFault)) throw e;
    this.memoError(e.code, 0, e.file, e.osCode);
  }

  // ---- memo fields in the record ----------------------------------------------------

  /**
   * The memo block a memo field of the record points to (0: none, -1: damaged
   * and not defaulted, or a field of a length that holds no pointer).
   */
  memoBlock(f: Field): number {
    const r = this.rec;
    const o = f.offset;
    if (f.len === 4) return r.readUInt32LE(o);
    if (f.len !== 10) return -1;
    if (r[o] === 0) return 0;
    let v = 0;
    for (let i = 0; i < 10; i++) {
      const c = r[o + i];
      if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
      else if (c !== 32 || v !== 0) {
        const ans = this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: this.fileName, flags: EF_CANDEFAULT });
        return ans === Answer.Default ? 0 : -1;
      }
    }
    return v;
  }

  override fieldReadFailed(index: number): boolean {
    if (super.fieldReadFailed(index)) return true;
    const f = this.fields[index - 1];
    if (f === undefined || !isMemoType(f.type) || f.len === 4) return false;
    return f.len !== 10 || !memoDigitsValid(this.rec, f.offset);
  }

  setMemoBlock(f: Field, block: number): void {
    const r = this.rec;
    const o = f.offset;
    if (f.len === 4) {
      r.writeUInt32LE(block >>> 0, o);
      return;
    }
    for (let i = 9; i >= 0; i--) {
      if (block > 0) {
        r[o + i] = 48 + (block % 10);
        block = Math.floor(block / 10);
      } else r[o + i] = 32;
    }
  }

  protected override ownsField(f: Field): boolean {
    return isMemoType(f.type) || f.type === FT_ANY;
  }

  protected override getSpecial(f: Field): Value {
    if (f.type === FT_ANY) return this.getVarField(f);
    if (!isMemoType(f.type) || this.memo === null) return super.getSpecial(f);
    const block = this.memoBlock(f);
    // a failed read gives no value (NIL), as Harbour's
    if (block < 0) return undefined;
    if (block === 0) return (this.ctx.memoRead = '');
    const m = this.memo;
    if (this.shared) m.file.refreshSize();
    if (m.kind === MEMO_DBT) return (this.ctx.memoRead = this.fromTable(f, m.dbtText(block)));
    const h = m.fptHeader(block);
    if (h === null) {
      this.memoError(EDBF_READ);
      return undefined;
    }
    const [type, len] = h;
    if (type === FPTIT_TEXT || type === FPTIT_BINARY) {
      // text goes straight from a reused buffer (short memos) into the string
      const buf = len <= 0x10000 ? m.file.scratchBuf(len) : Buffer.allocUnsafe(len);
      if (m.file.readInto(buf, 0, len, block * m.blockSize + 8) !== len) {
        this.memoError(EDBF_READ);
        return undefined;
      }
      // binary memos (imported files) are bytes: no translation, not of type "M"
      if (type === FPTIT_BINARY) return latin1(buf, 0, len);
      return (this.ctx.memoRead = this.fromTable(f, latin1(buf, 0, len)));
    }
    const data = m.read(block * m.blockSize + 8, len);
    if (data.length !== len) {
      this.memoError(EDBF_READ);
      return undefined;
    }
    try {
      return decodeMemo(this.ctx, type, data);
    } catch (e) {
      if (!(e instanceof MemoFault)) throw e;
      this.memoError(e.code);
      return undefined;
    }
  }

  protected override putSpecial(f: Field, v: Value): boolean {
    const err = f.type === FT_ANY ? this.putVarField(f, v) : this.putMemo(f, v);
    // Harbour reports a memo error and goes on as if the assignment was done
    if (err !== 0) this.memoError(err, EF_CANDEFAULT);
    return true;
  }

  private putMemo(f: Field, v: Value): number {
    const m = this.memo;
    if (m === null) return EDBF_DATATYPE;
    let type: number;
    let data: Buffer;
    if (typeof v === 'string') {
      type = FPTIT_TEXT;
      data = Buffer.from(this.toTable(f, v), 'latin1');
    } else if (m.kind === MEMO_DBT) {
      return EDBF_DATATYPE;
    } else if (m.version === MEMOVER_SIX) {
      [type, data] = encodeSix(v);
    } else if (m.version !== MEMOVER_FLEX) {
      return EDBF_DATATYPE;
    } else {
      [type, data] = encodeFlex(v);
    }
    const old = this.memoBlock(f);
    if (old < 0) return 0;
    this.lockMemo();
    try {
      this.setMemoBlock(f, m.write(old, 0, data, type));
    } catch (e) {
      if (!(e instanceof MemoFault)) throw e;
      return e.code;
    } finally {
      this.unlockMemo();
    }
    return 0;
  }

  /** Memo text in the thread's code page (binary memos as they are). */
  fromTable(f: Field, s: string): string {
    if ((f.flags & FF_BINARY) !== 0 || f.type !== FT_MEMO) return s;
    const vm = currentCodepage(this.ctx);
    return vm.id === this.cdp.id ? s : translate(s, this.cdp, vm);
  }

  private toTable(f: Field, s: string): string {
    if ((f.flags & FF_BINARY) !== 0 || f.type !== FT_MEMO) return s;
    const vm = currentCodepage(this.ctx);
    return vm.id === this.cdp.id ? s : translate(s, vm, this.cdp);
  }

  /** Take the memo file's write lock (SHARED tables). */
  lockMemo(): void {
    if (this.shared && this.memo !== null) {
      while (!this.memo.file.lockRange(0, 1)) {
        // another process is writing the memo file
      }
    }
  }

  unlockMemo(): void {
    if (this.shared && this.memo !== null) this.memo.file.unlockRange(0, 1);
  }

  // ---- SIX variant fields ---------------------------------------------------------------

  private getVarField(f: Field): Value {
    const r = this.rec;
    const o = f.offset;
    const type = f.len >= 6 ? r.readUInt16LE(o + f.len - 2) : 0;
    if (f.len === 3 || type === VF_DATE) {
      return new HbDate(sixPackedToDate(r, o));
    }
    if (f.len === 4 || type === VF_INT) return mkNum(r.readInt32LE(o), 10, 0);
    if (f.len === 2) return mkNum(r.readInt16LE(o), 10, 0);
    if (f.len === 1) return mkNum(r.readInt8(o), 4, 0);
    const block = r.readUInt32LE(o + f.len - 6);
    if (type <= VF_CHAR) {
      if (type <= f.len - 2) return r.toString('latin1', o, o + type);
      const inField = f.len > 6 ? f.len - 6 : 0;
      let s = inField ? r.toString('latin1', o, o + inField) : '';
      if (this.memo !== null) {
        const want = type - inField;
        const b = block === 0 ? null : this.memo.read(block * this.memo.blockSize, want);
        if (b === null || b.length !== want) {
          this.memoError(b === null ? EDBF_CORRUPT : EDBF_READ);
          return undefined;
        }
        s += b.toString('latin1');
      }
      return s;
    }
    if (type === VF_LOG) return r[o] !== 0;
    if (type === VF_DNUM) {
      let src = r.subarray(o, o + 10);
      if (f.len <= 12) {
        if (this.memo === null) return undefined;
        const b = this.memo.read(block * this.memo.blockSize, 11);
        if (b.length !== 11 || b[0] !== SMT_IT_DOUBLE) {
          this.memoError(EDBF_CORRUPT);
          return undefined;
        }
        src = b.subarray(1);
      }
      let width = src[0];
      const dec = src[1];
      if (dec) width += dec + 1;
      return new HbNum(src.readDoubleLE(2), width, dec);
    }
    this.memoError(EDBF_DATATYPE);
    return undefined;
  }

  /** Store a value in a SIX variant field; 0 or the EDBF_* error. */
  putVarField(f: Field, v: Value): number {
    const r = this.rec;
    const o = f.offset;
    if (f.len === 3) {
      if (!(v instanceof HbDate || v instanceof HbTimestamp)) return EDBF_DATATYPE;
      dateToSixPacked(r, o, v.jd);
      return 0;
    }
    if (f.len === 4) {
      if (!isNumeric(v)) return EDBF_DATATYPE;
      const n = Math.trunc(typeof v === 'number' ? v : v.n);
      if (n < -2147483648 || n > 2147483647) return EDBF_DATAWIDTH;
      r.writeInt32LE(n, o);
      return 0;
    }
    if (f.len < 6) return EDBF_DATATYPE;
    let type = r.readUInt16LE(o + f.len - 2);
    let oldBlock = 0;
    let oldSize = 0;
    if ((type <= VF_CHAR && type > f.len - 2) || (type === VF_DNUM && f.len <= 12)) {
      oldBlock = r.readUInt32LE(o + f.len - 6);
      if (oldBlock) oldSize = type <= VF_CHAR ? type - (f.len - 6) : 11;
    }
    let block: Buffer | null = null;
    if (v instanceof HbDate || v instanceof HbTimestamp) {
      dateToSixPacked(r, o, v.jd);
      type = VF_DATE;
    } else if (typeof v === 'boolean') {
      r[o] = v ? 1 : 0;
      type = VF_LOG;
    } else if (v === undefined) {
      type = 0;
    } else if (isNumeric(v)) {
      const d = typeof v === 'number' ? v : v.n;
      if (isIntLike(v) && d >= -2147483648 && d <= 2147483647) {
        r.writeInt32LE(d, o);
        type = VF_INT;
      } else {
        let width = numLen(v);
        const dec = numDec(v);
        if (dec) width += dec + 1;
        const b = Buffer.alloc(11);
        b[0] = SMT_IT_DOUBLE;
        b[1] = width & 0xff;
        b[2] = dec & 0xff;
        b.writeDoubleLE(d, 3);
        type = VF_DNUM;
        if (f.len > 12) b.copy(r, o, 1, 11);
        else block = b;
      }
    } else if (typeof v === 'string') {
      const n = Math.min(v.length, VF_CHAR);
      type = n;
      if (n <= f.len - 2) r.write(v, o, n, 'latin1');
      else {
        const inField = f.len > 6 ? f.len - 6 : 0;
        if (inField) r.write(v, o, inField, 'latin1');
        block = Buffer.from(v.slice(inField, n), 'latin1');
      }
    } else return EDBF_DATATYPE;
    r.writeUInt16LE(type, o + f.len - 2);
    if (block !== null) r.writeUInt32LE(0, o + f.len - 6);
    if ((oldBlock !== 0 || block !== null) && this.memo !== null) {
      this.lockMemo();
      try {
        const nb = this.memo.write(oldBlock, oldSize, block ?? Buffer.alloc(0), FPTIT_DUMMY);
        if (block !== null) r.writeUInt32LE(nb >>> 0, o + f.len - 6);
      } catch (e) {
        if (!(e instanceof MemoFault)) throw e;
        return e.code;
      } finally {
        this.unlockMemo();
      }
    }
    return 0;
  }

  // ---- PACK / ZAP -------------------------------------------------------------------------

  private packTarget: MemoStore | null = null;

  override pack(block?: (n: number) => void, every = 0): boolean {
    if (this.memo === null || this.readonly || this.shared) return super.pack(block, every);
    if (!this.goCold()) return false;
    const m = this.memo;
    const tmpPath = join(tmpdir(), `hbts${process.pid}_${Date.now()}.tmp`);
    const tf = DbFile.open(tmpPath, { create: true, noShareLock: true });
    tf.cached = true;
    const target = new MemoStore(tf, tmpPath, m.kind, m.version, m.blockSize);
    target.initHeader();
    this.packTarget = target;
    let ok = false;
    try {
      try {
        ok = super.pack(block, every);
      } finally {
        this.packTarget = null;
      }
      if (ok) {
        tf.flush();
        const size = tf.size;
        const next = Math.floor((size + m.blockSize - 1) / m.blockSize);
        const hb = Buffer.alloc(4);
        if (m.kind === MEMO_FPT) hb.writeUInt32BE(next, 0);
        else hb.writeUInt32LE(next, 0);
        tf.write(hb, 0, 4, 0);
        const all = tf.read(0, size);
        m.file.write(all, 0, all.length, 0);
        m.file.truncate(size);
      }
    } finally {
      // the scratch file goes also when a PACK block breaks out
      tf.close();
      try {
        unlinkSync(tmpPath);
      } catch {
        // already gone
      }
    }
    return ok;
  }

  /** Keep a record in PACK: move its memos into the new memo file. */
  protected override packKeep(): boolean {
    if (!super.packKeep()) return false;
    const t = this.packTarget;
    const m = this.memo;
    if (t === null || m === null) return true;
    for (const f of this.fields) {
      if (isMemoType(f.type)) {
        const old = this.memoBlock(f);
        if (old <= 0) continue;
        let size: number;
        if (m.kind === MEMO_DBT) {
          size = m.dbtLength(old);
          if (size) size++;
        } else {
          const h = m.fptHeader(old);
          size = h === null ? 0 : h[1] + 8;
        }
        this.hot = true;
        let nb = 0;
        if (size) nb = this.copyTo(t, old * m.blockSize, size);
        this.setMemoBlock(f, nb);
      } else if (f.type === FT_ANY && f.len >= 6) {
        const o = f.offset;
        const old = this.rec.readUInt32LE(o + f.len - 6);
        const type = this.rec.readUInt16LE(o + f.len - 2);
        let size = 0;
        if (type === VF_DNUM && f.len <= 12) size = 11;
        else if (type <= VF_CHAR && f.len - 2 < type) size = type - (f.len - 6);
        if (size && old) {
          this.hot = true;
          this.rec.writeUInt32LE(this.copyTo(t, old * m.blockSize, size) >>> 0, o + f.len - 6);
        }
      }
    }
    return true;
  }

  private copyTo(t: MemoStore, from: number, size: number): number {
    const pos = t.file.size;
    const block = Math.floor((pos + t.blockSize - 1) / t.blockSize);
    const data = this.memo!.read(from, size);
    t.file.write(data, 0, data.length, block * t.blockSize);
    return block;
  }

  protected override zapMemo(): boolean {
    if (this.memo !== null) this.memo.initHeader();
    return true;
  }

  override info(index: number, arg: Value): Value {
    switch (index) {
      case 37: return this.memoExt(this.memoType !== MEMO_NONE ? this.memoType : this.createMemoType());
      case 39: return this.memoInfo().blockSize;
      case 133: return this.memoInfo().type;
      case 135: return this.memoInfo().version;
      case 38: return this.memo === null ? -1 : this.memo.file.fd;
    }
    if (index >= 201 && index <= 213) return blobInfo(this, index, arg);
    return super.info(index, arg);
  }

  override fieldInfo(i: number, type: number, arg: Value): Value {
    const r = blobFieldInfo(this, i, type, arg);
    return r === NOT_HANDLED ? super.fieldInfo(i, type, arg) : r;
  }

  /** dbInfo(DBI_MEMOBLOCKSIZE) etc.: the memo settings in effect. */
  memoInfo(): { type: number; blockSize: number; version: number } {
    if (this.memo !== null) return { type: this.memo.kind, blockSize: this.memo.blockSize, version: this.memo.version };
    const type = this.memoType !== MEMO_NONE ? this.memoType : this.createMemoType();
    return { type, blockSize: this.memoBlockSizeFor(type), version: this.createVersion || MEMOVER_FLEX };
  }
}

/** Whether the 10 bytes of a DBT/FPT memo pointer read as a block number (leading blanks, digits; a NUL first byte is none). */
function memoDigitsValid(r: Buffer, o: number): boolean {
  if (r[o] === 0) return true;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    const c = r[o + i];
    if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
    else if (c !== 32 || v !== 0) return false;
  }
  return true;
}
