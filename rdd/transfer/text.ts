// What the SDF and DELIMITED transfer drivers share: text files read from
// the start to the end (APPEND FROM) or written record after record (COPY
// TO), a fixed-width record buffer with Harbour's field conversions (memo
// fields dropped, binary numbers as text, timestamps as
// "YYYY-MM-DD HH:MM:SS.fff"), and the end-of-file mark written on close.

import type { Value } from '../../runtime/values/types.js';
import { HbTimestamp } from '../../runtime/values/types.js';
import { dateDecode, dateEncode } from '../../runtime/values/date.js';
import { timeDecode, timeEncode } from '../../runtime/values/timestamp.js';
import { currentCodepage } from '../../runtime/cdp/registry.js';
import { translate } from '../../runtime/cdp/translate.js';
import type { Codepage } from '../../runtime/cdp/codepage.js';
import { WorkArea } from '../workarea.js';
import type { WorkAreaManager } from '../manager.js';
import type { Driver } from '../registry.js';
import { tableCodepage, type OpenParams } from '../dbf/table.js';
import {
  FF_AUTOINC, FF_BINARY, FT_ANY, FT_AUTOINC, FT_BLOB, FT_CURDOUBLE, FT_CURRENCY, FT_DATE, FT_DOUBLE, FT_FLOAT,
  FT_IMAGE, FT_INTEGER, FT_LOGICAL, FT_LONG, FT_MEMO, FT_MODTIME, FT_OLE, FT_ROWVER, FT_STRING, FT_TIME,
  FT_TIMESTAMP, FT_VARLENGTH, newField, type Field, type FieldDef,
} from '../dbf/fields.js';
import { getField, putField } from '../dbf/fieldcodec.js';
import { DbFile, OsError } from '../io/file.js';
import { resolvePath, withDefaultExt } from '../paths.js';
import { allocAlias } from '../tables.js';
import {
  Answer, EF_CANDEFAULT, EF_CANRETRY, EG_CREATE, EG_DATATYPE, EG_DATAWIDTH, EG_OPEN, EG_READONLY, EDBF_CREATE_DBF,
  EDBF_DATATYPE, EDBF_DATAWIDTH, EDBF_OPEN_DBF, EDBF_READONLY,
} from '../errors.js';

const SET_EOF = 105;
const SET_EOL = 110;
const FT_NONE = 0;

/** Text widths of binary integer fields by their byte size. */
const NUM_LENGTH = [0, 4, 6, 8, 11, 13, 16, 18, 20];

/** A table field as a text transfer file holds it. */
function textField(d: FieldDef): FieldDef {
  let { type, len } = d;
  switch (type) {
    case FT_MEMO: case FT_IMAGE: case FT_BLOB: case FT_OLE:
      type = FT_MEMO; len = 0; break;
    case FT_ANY:
      if (len === 3) { type = FT_DATE; len = 8; } else if (len < 6) { type = FT_LONG; len = NUM_LENGTH[len]; } else {
        type = FT_MEMO; len = 0;
      }
      break;
    case FT_DATE: len = 8; break;
    case FT_STRING: case FT_LONG: break;
    case FT_FLOAT: type = FT_LONG; break;
    case FT_INTEGER: case FT_CURRENCY: case FT_ROWVER: case FT_AUTOINC:
      type = FT_LONG; len = NUM_LENGTH[len] + (d.dec > 0 ? 1 : 0); break;
    case FT_DOUBLE: case FT_CURDOUBLE: type = FT_LONG; len = 20; break;
    case FT_VARLENGTH: type = FT_STRING; break;
    case FT_LOGICAL: len = 1; break;
    case FT_TIME: type = FT_TIMESTAMP; len = 12; break;
    case FT_TIMESTAMP: case FT_MODTIME: type = FT_TIMESTAMP; len = 23; break;
    default: type = FT_NONE; len = 0;
  }
  return { name: d.name, type, len, dec: d.dec, flags: d.flags & ~FF_AUTOINC };
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** "HH:MM:SS.fff" */
function timeText(ms: number): string {
  const [h, m, s, f] = timeDecode(ms);
  return pad2(h) + ':' + pad2(m) + ':' + pad2(s) + '.' + String(f).padStart(3, '0');
}

/** "YYYY-MM-DD HH:MM:SS.fff" (zeros for an empty date) */
function stampText(jd: number, ms: number): string {
  let d = '0000-00-00';
  if (jd !== 0) {
    const [y, m, dd] = dateDecode(jd);
    d = String(y).padStart(4, '0') + '-' + pad2(m) + '-' + pad2(dd);
  }
  return d + ' ' + timeText(ms);
}

/** A timestamp from its text (date and/or time parts; what does not parse is zero). */
function parseStamp(s: string): HbTimestamp {
  const m = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?[ T]?(?:(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?/.exec(s);
  if (m === null) return new HbTimestamp(0, 0);
  const y = Number(m[1] ?? 0);
  const jd = y > 0 ? dateEncode(y, Number(m[2]), Number(m[3])) : 0;
  const ms = m[4] !== undefined
    ? timeEncode(Number(m[4]), Number(m[5]), Number(m[6] ?? 0), Number((m[7] ?? '0').padEnd(3, '0')))
    : 0;
  return new HbTimestamp(jd, ms);
}

export abstract class TextArea extends WorkArea {
  protected file: DbFile | null = null;
  protected fileName = '';
  protected rec: Buffer = Buffer.alloc(1);
  protected recLen = 0;
  protected curRec = 0;
  protected count = 0;
  protected positioned = false;
  protected hot = false;
  protected readonly = true;
  protected eol = '\n';
  protected cdp: Codepage;
  private defs: FieldDef[] = [];
  /** the text read (open) */
  protected text = '';
  protected pos = 0;
  /** records are written as they are (COPY TO of a table with the same fields) */
  transRec = true;

  constructor(mgr: WorkAreaManager, readonly drv: Driver) {
    super(mgr, drv.name);
    this.cdp = currentCodepage(mgr.ctx);
  }

  /** The file extension of transfer files (".txt"). */
  tableExt(): string {
    return this.drv.settings.tableExt;
  }

  setTransferStruct(defs: FieldDef[], delim: Value): void {
    this.defs = defs.map(textField);
    this.setDelimiter(delim);
  }

  protected setDelimiter(_delim: Value): void {
    // SDF has none
  }

  private setup(): void {
    let off = 1;
    const fields: Field[] = [];
    for (const d of this.defs) {
      if (d.type === FT_MEMO || d.type === FT_NONE) this.transRec = false;
      fields.push(newField(d, d.name, this.ctx.vm.syms.variable(d.name.toUpperCase()), off));
      off += d.len;
    }
    this.recLen = off - 1;
    this.rec = Buffer.alloc(off, 32);
    this.setFields(fields);
    const e = this.ctx.sets.get(SET_EOL);
    this.eol = typeof e === 'string' && e !== '' ? e : '\n';
  }

  private path(p: OpenParams, create: boolean): string {
    return resolvePath(this.ctx, withDefaultExt(this.ctx, p.name, this.tableExt()), create);
  }

  open(p: OpenParams): boolean {
    this.setup();
    this.cdp = tableCodepage(this.ctx, p.codepage);
    const path = this.path(p, false);
    for (;;) {
      try {
        this.file = DbFile.open(path, { readonly: true, noShareLock: true });
        break;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_OPEN, subCode: EDBF_OPEN_DBF, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return false;
      }
    }
    this.fileName = path;
    if (!allocAlias(this.mgr, this, p.alias)) {
      this.file.close();
      this.file = null;
      return false;
    }
    this.text = this.file.read(0, this.file.size).toString('latin1');
    this.readonly = true;
    this.curRec = 1;
    this.readRecord();
    return this.goTop();
  }

  create(p: OpenParams, _defs: FieldDef[]): boolean {
    this.setup();
    this.cdp = tableCodepage(this.ctx, p.codepage);
    const path = this.path(p, true);
    for (;;) {
      try {
        this.file = DbFile.open(path, { create: true, noShareLock: true });
        this.file.cached = true;
        break;
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_CREATE, subCode: EDBF_CREATE_DBF, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return false;
      }
    }
    this.fileName = path;
    this.readonly = false;
    this.curRec = 1;
    this.eof = true;
    this.positioned = false;
    this.rec.fill(32);
    this.pos = 0;
    return true;
  }

  /** Read the record at the current text position into the buffer. */
  protected abstract readRecord(): void;
  /** The text line of the record in the buffer. */
  protected abstract recordText(): string;

  recNo(): number {
    return this.curRec;
  }

  recCount(): number {
    return this.count;
  }

  goTo(recNo: number): boolean {
    if (this.readonly && recNo >= this.curRec) {
      while (this.curRec < recNo && this.positioned) this.nextRecord();
      return true;
    }
    return this.unsupported();
  }

  goTop(): boolean {
    if (!this.goCold()) return false;
    this.atTop = true;
    this.atBottom = false;
    if (this.curRec !== 1) return this.unsupported();
    return this.skipFilter(1);
  }

  goBottom(): boolean {
    return this.unsupported();
  }

  protected nextRecord(): void {
    if (this.positioned) {
      this.curRec++;
      this.readRecord();
    }
  }

  skipRaw(n: number): boolean {
    if (!this.goCold()) return false;
    if (n !== 1 || !this.readonly) return this.unsupported();
    this.nextRecord();
    return true;
  }

  deleted(): boolean {
    return false;
  }

  getValue(index: number): Value {
    const f = this.fields[index - 1];
    if (f === undefined) return undefined;
    switch (f.type) {
      case FT_STRING: {
        const s = this.rec.toString('latin1', f.offset, f.offset + f.len);
        if ((f.flags & FF_BINARY) !== 0) return s;
        const vm = currentCodepage(this.ctx);
        return vm.id === this.cdp.id ? s : translate(s, this.cdp, vm);
      }
      case FT_LOGICAL: case FT_DATE: case FT_LONG:
        return getField(this.rec, f, 0);
      case FT_TIMESTAMP:
        return parseStamp(this.rec.toString('latin1', f.offset, f.offset + f.len));
      case FT_MEMO: return '';
      case FT_NONE: return undefined;
    }
    this.error({ genCode: EG_DATATYPE, subCode: EDBF_DATATYPE, operation: f.name });
    return undefined;
  }

  putValue(index: number, v: Value): boolean {
    if (!this.positioned) return true;
    if (!this.hot) return false;
    const f = this.fields[index - 1];
    if (f === undefined) return false;
    if (f.type === FT_MEMO || f.type === FT_NONE) return true;
    let err = 0;
    if (typeof v === 'string') {
      if (f.type !== FT_STRING) err = EDBF_DATATYPE;
      else {
        let s = v;
        if ((f.flags & FF_BINARY) === 0) {
          const vm = currentCodepage(this.ctx);
          if (vm.id !== this.cdp.id) s = translate(s, vm, this.cdp);
        }
        err = putField(this.rec, f, s, 0);
      }
    } else if (v instanceof HbTimestamp && f.type === FT_TIMESTAMP) {
      const s = f.len === 12 ? timeText(v.ms) : f.len === 23 ? stampText(v.jd, v.ms) : null;
      if (s === null) err = EDBF_DATATYPE;
      else this.rec.write(s, f.offset, f.len, 'latin1');
    } else if (f.type === FT_TIMESTAMP || f.type === FT_STRING) err = EDBF_DATATYPE;
    else err = putField(this.rec, f, v, 0);
    if (err === 0) return true;
    const ans = this.error({
      genCode: err === EDBF_DATAWIDTH ? EG_DATAWIDTH : EDBF_DATATYPE, subCode: err, operation: f.name, flags: EF_CANDEFAULT,
    });
    return ans === Answer.Default;
  }

  append(_unlockAll: boolean): boolean {
    if (!this.goCold()) return false;
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY });
      return false;
    }
    this.hot = true;
    this.curRec = ++this.count;
    this.eof = false;
    this.positioned = true;
    this.rec.fill(32);
    return true;
  }

  deleteRec(): boolean {
    return true;
  }

  recall(): boolean {
    return true;
  }

  goCold(): boolean {
    if (!this.hot || this.file === null) return true;
    const b = Buffer.from(this.recordText(), 'latin1');
    this.file.write(b, 0, b.length, this.pos);
    this.pos += b.length;
    this.hot = false;
    return true;
  }

  flush(): boolean {
    return this.goCold();
  }

  close(): boolean {
    if (this.file !== null) {
      this.goCold();
      if (!this.readonly && this.ctx.sets.get(SET_EOF) !== false) {
        this.file.write(Buffer.from([0x1a]), 0, 1, this.pos);
        this.pos++;
      }
      this.file.close();
      this.file = null;
    }
    return true;
  }

  override discard(): void {
    if (this.file !== null) {
      this.file.close();
      this.file = null;
    }
  }

  /** The record bytes for a record-to-record copy (after the deletion flag). */
  recordBytes(): Buffer {
    return this.rec;
  }

  /** Take a whole record (a table with the same field layout). */
  putRecordBytes(b: Buffer): boolean {
    if (!this.positioned) return true;
    b.copy(this.rec, 1, 1, 1 + this.recLen);
    return true;
  }

  /** The next character of the text, -1 at the end of a line, -2 at the end of the text. */
  protected nextChar(): number {
    for (;;) {
      if (this.pos >= this.text.length) return -2;
      const c = this.text.charCodeAt(this.pos++);
      if (this.eolAt(c)) return -1;
      if (c !== 0x1a) return c;
    }
  }

  /** Whether character `c` (just read) starts a line end; consumes the rest of it. */
  protected eolAt(c: number): boolean {
    const eol = this.eol;
    const anyEol = (eol[0] === '\n' || eol[0] === '\r') &&
      (eol.length === 1 || (eol.length === 2 && eol[0] !== eol[1] && (eol[1] === '\n' || eol[1] === '\r')));
    if (anyEol) {
      if (c === 10 || c === 13) {
        const n = this.text.charCodeAt(this.pos);
        if (this.pos < this.text.length && n !== c && (n === 10 || n === 13)) this.pos++;
        return true;
      }
      return false;
    }
    if (c !== eol.charCodeAt(0)) return false;
    if (eol.length === 1) return true;
    if (this.text.startsWith(eol.slice(1), this.pos)) {
      this.pos += eol.length - 1;
      return true;
    }
    return false;
  }
}
