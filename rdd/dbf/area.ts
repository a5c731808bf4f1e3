// The DBF work area (Harbour's DBF driver), on top of the table file
// layer (table.ts): navigation by record number, field values, the
// hot/cold states of the record buffer, append, delete/recall, PACK, ZAP
// and dbInfo(). Memo fields and indexes are added by the subclasses
// (memo/area.ts, order/area.ts).

import type { Value } from '../../runtime/values/types.js';
import { DbfTable, Blank } from './table.js';
import { fileLockStart, recordLockStart } from '../io/lockscheme.js';
import {
  Answer, EF_CANDEFAULT, EG_APPENDLOCK, EG_READONLY, EG_SHARED, EG_UNLOCKED, EDBF_APPENDLOCK, EDBF_DATATYPE,
  EDBF_READONLY, EDBF_SHARED, EDBF_UNLOCKED, egOf,
} from '../errors.js';
import {
  FF_NULLABLE, FF_BINARY, FT_ANY, FT_AUTOINC, FT_DATE, FT_INTEGER, FT_LONG, FT_MODTIME, FT_ROWVER, FT_STRING,
  FT_TIMESTAMP, isMemoType, newField,
  type Field,
} from './fields.js';
import { DESC_SIZE, HEADER_SIZE, autoIncKind } from './header.js';
import { getField, putField } from './fieldcodec.js';
import { currentCodepage } from '../../runtime/cdp/registry.js';
import { translate } from '../../runtime/cdp/translate.js';
import { dbfFieldInfo, dbfInfo, dbfRecordInfo, NOT_HANDLED } from './info.js';

export class DbfArea extends DbfTable {
  // ---- movement -----------------------------------------------------------------

  goTo(recNo: number): boolean {
    if (!this.goCold()) return false;
    if (this.pendingRel !== null) {
      if (this.pendingRel.scoped) {
        if (!this.forceRel()) return false;
      } else this.pendingRel = null;
    }
    if (recNo > this.recCountCache && this.shared) this.recCountCache = this.calcRecCount();
    if (recNo >= 1 && recNo <= this.recCountCache) {
      this.curRec = recNo;
      this.bof = this.eof = this.validBuffer = false;
      this.positioned = true;
    } else {
      this.curRec = this.recCountCache + 1;
      this.bof = this.eof = this.validBuffer = true;
      this.positioned = this.isDeleted = false;
      this.setBlank(Blank.Eof);
    }
    this.found = false;
    if (this.relations.length > 0) return this.syncChildren();
    return true;
  }

  goTop(): boolean {
    this.atTop = true;
    this.atBottom = false;
    if (!this.goTo(1)) return false;
    return this.skipFilter(1);
  }

  goBottom(): boolean {
    if (!this.goCold()) return false;
    if (this.shared) this.recCountCache = this.calcRecCount();
    this.atTop = false;
    this.atBottom = true;
    if (!this.goTo(this.recCountCache)) return false;
    return this.skipFilter(-1);
  }

  skipRaw(n: number): boolean {
    if (!this.forceRel()) return false;
    if (n === 0) {
      const b = this.bof;
      const e = this.eof;
      const ok = this.goTo(this.curRec);
      this.bof = b;
      this.eof = e;
      return ok;
    }
    if (n < 0 && -n >= this.curRec) {
      const ok = this.goTo(1);
      this.bof = true;
      return ok;
    }
    return this.goTo(this.curRec + n);
  }

  override skip(n: number): boolean {
    if (!this.forceRel()) return false;
    this.atTop = this.atBottom = false;
    if (n === 0 || this.filterBlock !== undefined || this.hasFilter || this.ctx.sets.deleted) return super.skip(n);
    let ok = this.skipRaw(n);
    if (ok && this.bof && n < 0) {
      ok = this.goTop();
      this.bof = true;
    }
    if (n < 0) this.eof = false;
    else this.bof = false;
    return ok;
  }

  // ---- data -------------------------------------------------------------------------

  deleted(): boolean {
    if (this.pendingRel !== null && !this.forceRel()) return false;
    if (!this.validBuffer && !this.readRecord()) return false;
    return this.isDeleted;
  }

  getValue(index: number): Value {
    if (this.pendingRel !== null && !this.forceRel()) return undefined;
    const f = this.fields[index - 1];
    if (f === undefined) return undefined;
    if (!this.validBuffer && !this.readRecord()) return undefined;
    const gen = this.recGen;
    if (this.valGen[index] === gen) {
      // decoded before from these bytes: text only while no translation applies
      if (f.type !== FT_STRING || (f.flags & FF_BINARY) !== 0 || currentCodepage(this.ctx).id === this.cdp.id) {
        return this.valCache[index];
      }
    }
    const v = getField(this.rec, f, this.nullOffset);
    if (v === undefined) return this.getSpecial(f);
    if (typeof v === 'string' && (f.flags & FF_BINARY) === 0 && f.type === FT_STRING) {
      const vm = currentCodepage(this.ctx);
      if (vm.id !== this.cdp.id) return translate(v, this.cdp, vm);
    }
    if (f.type === FT_STRING || f.type === FT_LONG || f.type === FT_DATE) {
      this.valGen[index] = gen;
      this.valCache[index] = v;
    }
    return v;
  }

  /** Field values decoded from the record buffer, by field number, valid while valGen matches recGen. */
  private valCache: Value[] = [];
  private valGen: number[] = [];

  override fieldReadFailed(_index: number): boolean {
    return !this.validBuffer;
  }

  /** Fields the plain codec does not handle (memo types): a data type error here. */
  protected getSpecial(f: Field): Value {
    this.error({ genCode: egOf(EDBF_DATATYPE), subCode: EDBF_DATATYPE, operation: f.name });
    return undefined;
  }

  /** By field number: 1 when a put goes straight to the codec (no memo, counter or null bit). */
  private plainPut = new Uint8Array(0);

  protected override setFields(fields: Field[]): void {
    super.setFields(fields);
    const plain = new Uint8Array(fields.length + 1);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const special = this.ownsField(f) || isMemoType(f.type) || f.type === FT_ANY || f.type === FT_AUTOINC ||
        f.type === FT_ROWVER || f.type === FT_MODTIME || (f.flags & FF_NULLABLE) !== 0;
      plain[i + 1] = special ? 0 : 1;
    }
    this.plainPut = plain;
  }

  putValue(index: number, v: Value): boolean {
    // the usual case, a plain field of a record already being changed, in a few tests
    if (this.hot && this.positioned && this.pendingRel === null && this.validBuffer && this.plainPut[index] === 1) {
      const f = this.fields[index - 1];
      if (typeof v !== 'string' || f.type !== FT_STRING || (f.flags & FF_BINARY) !== 0 ||
          currentCodepage(this.ctx).id === this.cdp.id) {
        this.recGen++;
        if (putField(this.rec, f, v, this.nullOffset) === 0) return true;
      }
    }
    return this.putValueChecked(index, v);
  }

  private putValueChecked(index: number, v: Value): boolean {
    if (this.pendingRel !== null && !this.forceRel()) return false;
    if (!this.validBuffer && !this.readRecord()) return false;
    const f = this.fields[index - 1];
    if (f === undefined) return false;
    if (!this.positioned) return true;
    if (!this.hot && !this.goHot()) return false;
    this.recGen++;
    if (this.ownsField(f)) return this.putSpecial(f, v);
    let err: number;
    const counterType = f.type === FT_AUTOINC || f.type === FT_ROWVER || f.type === FT_MODTIME;
    if (isMemoType(f.type) || (f.type === FT_ANY && f.len >= 6)) err = EDBF_DATATYPE;
    else if (counterType && !this.transRec) err = EDBF_DATATYPE;
    else if (counterType) {
      err = putField(this.rec, newField({ ...f, type: f.type === FT_MODTIME ? FT_TIMESTAMP : FT_INTEGER }, f.name, f.sym, f.offset, f.lengthBit, f.nullBit), v, this.nullOffset);
    } else {
      if (typeof v === 'string' && (f.flags & FF_BINARY) === 0 && f.type === FT_STRING) {
        const vm = currentCodepage(this.ctx);
        if (vm.id !== this.cdp.id) v = translate(v, vm, this.cdp);
      }
      err = putField(this.rec, f, v, this.nullOffset);
    }
    if (err !== 0) {
      const ans = this.error({
        genCode: egOf(err), subCode: err, operation: f.name, flags: EF_CANDEFAULT, args: [v],
      });
      return ans === Answer.Default;
    }
    if ((f.flags & FF_NULLABLE) !== 0 && f.nullBit >= 0) {
      this.rec[this.nullOffset + (f.nullBit >> 3)] &= ~(1 << (f.nullBit & 7));
    }
    return true;
  }

  /** Whether the memo layer stores this field (memo types and SIX variant fields). */
  protected ownsField(_f: Field): boolean {
    return false;
  }

  /** Store a field the memo layer owns; false after an error. */
  protected putSpecial(_f: Field, _v: Value): boolean {
    return false;
  }

  /** Mark the buffer as changed: not allowed on READONLY tables or unlocked records of SHARED ones. */
  goHot(): boolean {
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    if (this.shared && !this.fileLocked && !this.isLocked(this.curRec)) {
      this.error({ genCode: EG_UNLOCKED, subCode: EDBF_UNLOCKED });
      return false;
    }
    this.hot = true;
    return true;
  }

  /** Write a changed record (and the header of a SHARED table). */
  goCold(): boolean {
    if (!this.hot) return true;
    if (this.modStamp) this.updateStamps();
    if (!this.writeRecord()) return false;
    this.appending = false;
    if (this.shared && this.updateHeader) return this.writeHeader();
    return true;
  }

  append(unlockAll: boolean): boolean {
    if (!this.goCold()) return false;
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    if (this.pendingRel !== null) {
      if (this.pendingRel.scoped) {
        if (!this.forceRel()) return false;
      } else this.pendingRel = null;
    }
    if (this.shared) {
      let locked = false;
      this.rawHeaderLock();
      this.recCountCache = this.calcRecCount();
      const newRec = this.recCountCache + 1;
      if (this.fileLocked || this.isLocked(newRec)) locked = true;
      else locked = this.lockRecord(newRec, !unlockAll);
      if (!locked) {
        this.rawHeaderUnlock();
        this.error({ genCode: EG_APPENDLOCK, subCode: EDBF_APPENDLOCK, flags: EF_CANDEFAULT });
        return false;
      }
    }
    this.setBlank(Blank.Append);
    this.validBuffer = this.updateHeader = this.hot = this.appending = this.positioned = true;
    this.recCountCache++;
    this.curRec = this.recCountCache;
    this.isDeleted = this.bof = this.eof = this.found = false;
    if (this.shared) {
      const ok = this.goCold();
      this.rawHeaderUnlock();
      return ok;
    }
    return true;
  }

  deleteRec(): boolean {
    if (this.pendingRel !== null && !this.forceRel()) return false;
    if (!this.validBuffer && !this.readRecord()) return false;
    if (!this.positioned) return true;
    if (!this.hot && !this.goHot()) return false;
    this.rec[0] = 0x2a;
    this.isDeleted = true;
    return true;
  }

  recall(): boolean {
    if (this.pendingRel !== null && !this.forceRel()) return false;
    if (!this.validBuffer && !this.readRecord()) return false;
    if (!this.positioned) return true;
    if (!this.hot && !this.goHot()) return false;
    this.rec[0] = 0x20;
    this.isDeleted = false;
    return true;
  }

  /** The record bytes (GETREC), read if needed. */
  recordBytes(): Buffer | null {
    if (!this.validBuffer && !this.readRecord()) return null;
    return this.rec;
  }

  /** Replace the whole record buffer (PUTREC). */
  putRecordBytes(b: Buffer): boolean {
    if (this.pendingRel !== null && !this.forceRel()) return false;
    if (!this.positioned) return true;
    if (!this.hot && !this.goHot()) return false;
    b.copy(this.rec, 0, 0, this.recordLen);
    this.recGen++;
    this.isDeleted = this.rec[0] === 0x2a;
    return true;
  }

  /** dbCommit(): write the record, the header if due, and flush to disk. */
  // ---- PACK / ZAP ------------------------------------------------------------------

  override pack(block?: (n: number) => void, every = 0): boolean {
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    if (this.shared) {
      this.error({ genCode: EG_SHARED, subCode: EDBF_SHARED });
      return false;
    }
    if (!this.goCold()) return false;
    let out = 0;
    let count = 0;
    const total = this.recCountCache;
    for (let inRec = 1; inRec <= total; inRec++) {
      if (!this.goTo(inRec) || !this.readRecord()) return false;
      if (block !== undefined && ++count >= every) {
        count = 0;
        block(inRec);
      }
      if (this.packKeep()) {
        out++;
        if (this.curRec !== out || this.hot) {
          this.curRec = out;
          this.hot = true;
          if (!this.writeRecord()) return false;
        }
      }
    }
    if (block !== undefined && count > 0) block(total);
    if (this.recCountCache !== out) {
      this.recCountCache = out;
      if (!this.writeHeader()) return false;
    }
    return this.goTo(1);
  }

  /** Whether PACK keeps the current record (the memo layer also moves its memos). */
  protected packKeep(): boolean {
    return !this.isDeleted;
  }

  override zap(): boolean {
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    if (this.shared) {
      this.error({ genCode: EG_SHARED, subCode: EDBF_SHARED });
      return false;
    }
    if (!this.goCold()) return false;
    this.recCountCache = 0;
    if (!this.writeHeader()) return false;
    if (!this.goTo(0)) return false;
    for (let i = 0; i < this.fields.length; i++) {
      const f = this.fields[i];
      if (f.type === FT_ROWVER) {
        const at = HEADER_SIZE + i * DESC_SIZE;
        const d = this.file!.read(at, DESC_SIZE);
        d.writeBigUInt64LE(0n, 24);
        this.file!.write(d, 0, DESC_SIZE, at);
      } else if (autoIncKind(f) !== 'none') this.counter(i, 1);
    }
    return this.zapMemo();
  }

  protected zapMemo(): boolean {
    return true;
  }

  // ---- information ----------------------------------------------------------------------

  override info(index: number, arg: Value): Value {
    const r = dbfInfo(this, index, arg);
    return r === NOT_HANDLED ? super.info(index, arg) : r;
  }

  override recordInfo(recId: Value, type: number, arg: Value): Value {
    const r = dbfRecordInfo(this, recId, type, arg);
    return r === NOT_HANDLED ? super.recordInfo(recId, type, arg) : r;
  }

  override fieldInfo(i: number, type: number, arg: Value): Value {
    const r = dbfFieldInfo(this, i, type, arg);
    return r === NOT_HANDLED ? super.fieldInfo(i, type, arg) : r;
  }

  headerBytes(): Buffer {
    return this.hdr;
  }

  isValidBuffer(): boolean {
    return this.validBuffer;
  }

  isPositioned(): boolean {
    return this.positioned;
  }

  /** DBI_ROLLBACK: drop the changes of the current record. */
  rollback(): void {
    if (!this.hot) return;
    if (this.appending) {
      this.setBlank(Blank.Append);
      this.isDeleted = false;
    } else this.hot = this.validBuffer = false;
  }

  /** DBI_LOCKTEST: 0 when the record (0 = file) could be locked, else -1 (not shared: 0). */
  lockTest(recNo: number): number {
    if (!this.shared || this.fileLocked || (recNo !== 0 && this.isLocked(recNo))) return 0;
    const s = this.scheme();
    if (s === null) return -1;
    const at = recNo === 0 ? fileLockStart(s) : recordLockStart(s, recNo, this.headerLen, this.recordLen);
    const len = recNo === 0 ? s.fileSize : s.recSize;
    if (!this.file!.lockRange(at, len)) return 1;
    this.file!.unlockRange(at, len);
    return 0;
  }

}
