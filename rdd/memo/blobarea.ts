// The DBFBLOB driver (Clipper 5.3's): a work area over a memo file alone,
// a ".dbv" FLEX file with no table beside it. It has no records (it stands
// at the phantom record) and no fields once reopened (those given to
// dbCreate() last while it stays open); its blobs are reached by block
// number and through the root blob (the BLOB*() calls of blob.ch). Record
// operations, which have no table to work on, are not supported.

import { createLayout, MEMO_FPT } from '../dbf/header.js';
import type { Field, FieldDef } from '../dbf/fields.js';
import { EDBF_DATATYPE, EDBF_DATAWIDTH, EG_CREATE } from '../errors.js';
import { tableCodepage, type OpenParams } from '../dbf/table.js';
import { resolvePath, replaceExt, withDefaultExt } from '../paths.js';
import { FptArea } from './area.js';

const SET_AUTOSHARE = 47;

export class BlobArea extends FptArea {
  protected override blobFile = true;
  /** the name given to USE / dbCreate(), with the table extension */
  private base = '';

  protected override memoPath(kind: number, create: boolean): string {
    return resolvePath(this.ctx, replaceExt(this.base, this.memoExt(kind)), create);
  }

  /** The state of an open area with no table: no fields, an empty record. */
  private setUp(p: OpenParams): void {
    this.cdp = tableCodepage(this.ctx, p.codepage);
    this.base = withDefaultExt(this.ctx, p.name, this.tableExt());
    this.hasMemo = true;
    this.memoType = MEMO_FPT;
    this.headerLen = 0;
    this.recordLen = 1;
    this.recCountCache = 0;
  }

  /** What an open or create does once the memo file is there. */
  private finish(p: OpenParams): boolean {
    return this.takeAlias(p) && this.goTop();
  }

  override open(p: OpenParams): boolean {
    this.shared = p.shared && this.ctx.sets.get(SET_AUTOSHARE) !== 2;
    this.readonly = p.readonly;
    this.setUp(p);
    if (!this.openMemo(p)) {
      this.closeFiles();
      return false;
    }
    return this.finish(p);
  }

  override create(p: OpenParams, defs: FieldDef[]): boolean {
    this.shared = this.readonly = false;
    this.setUp(p);
    const lay = createLayout(defs, MEMO_FPT);
    if (lay.badType || lay.tooWide) {
      this.error({ genCode: EG_CREATE, subCode: lay.badType ? EDBF_DATATYPE : EDBF_DATAWIDTH, filename: p.name });
      return false;
    }
    const fields: Field[] = [];
    let off = 1;
    for (const def of lay.fields) {
      const f = this.makeField(def, off);
      off += f.len;
      fields.push(f);
    }
    this.setFields(fields);
    this.recordLen = lay.recordLen;
    this.nullCount = lay.nullCount;
    this.nullOffset = lay.nullOffset;
    if (!this.createMemo(p)) {
      this.closeFiles();
      return false;
    }
    return this.finish(p);
  }

  override append(_unlockAll: boolean): boolean {
    return this.unsupported();
  }

  override lockRecord(_recNo: number, _keep: boolean): boolean {
    return this.unsupported();
  }

  override lockFile(): boolean {
    return this.unsupported();
  }

  override pack(): boolean {
    return this.unsupported();
  }

  override zap(): boolean {
    return this.unsupported();
  }
}
