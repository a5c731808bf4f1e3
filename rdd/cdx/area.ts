// The DBFCDX driver's work area: FPT memos and compound CDX indexes, the
// production index (table name, .cdx) opened with the table and marked
// in the DBF header.

import { existsSync } from 'node:fs';
import type { Value } from '../../runtime/values/types.js';
import { IndexArea, type Bag, type NewTag } from '../order/area.js';
import type { Tag } from '../order/tag.js';
import type { OrdCond } from '../workarea.js';
import type { OpenParams } from '../dbf/table.js';
import type { DbFile } from '../io/file.js';
import { DB_DBFLOCK_VFP, indexLock } from '../io/lockscheme.js';
import {
  EF_CANDEFAULT, EG_CORRUPTION, EG_DATATYPE, EG_DATAWIDTH, EG_READONLY, EDBF_CORRUPT, EDBF_INVALIDFOR, EDBF_READ, EDBF_INVALIDKEY, EDBF_READONLY,
} from '../errors.js';
import { resolvePath, splitName } from '../paths.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import { keyTypeOf } from '../order/key.js';
import { internalError } from '../../runtime/errors/internal.js';

/** Harbour's unrecoverable error for a CDX page whose contents do not add up */
const CDX_INTEGRITY = 9201;
import { CDX_HEADER, CDX_HB_SIGNATURE, CDX_MAXKEY, CDX_PAGE, CdxBag } from './bag.js';
import { CdxTag } from './tag.js';

const SET_AUTOPEN = 45;
const SET_AUTORDER = 46;

export class CdxArea extends IndexArea {
  bagExt(): string {
    return this.drv.settings.orderBagExt || '.cdx';
  }

  protected multiTag(): boolean {
    return true;
  }

  protected sortsByRecord(): boolean {
    return true;
  }

  protected keyLimits(): number {
    return CDX_MAXKEY;
  }

  protected numKeySize(_v: Value): [number, number] {
    return [8, 0];
  }

  protected dateKeyLen(): number {
    return 8;
  }

  protected tsKeyLen(): number {
    return 8;
  }

  indexType(_b: Bag): number {
    return 3;
  }

  override cdxRules(): boolean {
    return true;
  }

  pageSize(): number {
    return CDX_PAGE;
  }

  protected override evalBeforeKey(): boolean {
    return true;
  }

  protected override defaultLockScheme(): number {
    return DB_DBFLOCK_VFP;
  }

  /** Whether the production index opens with the table and stays open through SET INDEX TO. */
  private autoOpen(): boolean {
    return this.drv.settings.strictStruct ? this.hasTags : this.ctx.sets.get(SET_AUTOPEN) !== false;
  }

  protected override keepsProduction(): boolean {
    return this.autoOpen();
  }

  // ---- open -----------------------------------------------------------------------

  override open(p: OpenParams): boolean {
    if (!super.open(p)) return false;
    if (!this.autoOpen()) {
      this.hasTags = false;
      return true;
    }
    this.hasTags = false;
    const { path } = this.bagFileName(undefined);
    if (!this.drv.settings.strictStruct && !existsSync(path)) return true;
    if (!this.orderListAdd(path)) return false;
    const ord = this.ctx.sets.get(SET_AUTORDER);
    this.orderFocus(typeof ord === 'number' ? ord : 0, undefined);
    return this.goTop();
  }

  private newBag(file: DbFile, path: string, production: boolean, shared: boolean, readonly: boolean): CdxBag {
    return new CdxBag(file, path, production, shared, readonly, indexLock(this.lockType), {
      corrupt: () => {
        this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path });
      },
      readFailed: (text) => internalError(this.ctx, EDBF_READ, text),
      integrity: (detail, text) => {
        this.ctx.vm.console.err(detail);
        return internalError(this.ctx, CDX_INTEGRITY, text);
      },
    });
  }

  protected openBag(name: string, production: boolean): Bag | null {
    const path = resolvePath(this.ctx, name, false);
    const file = this.openIndexFile(path);
    if (file === null) return null;
    if (file.size <= CDX_HEADER) {
      file.close();
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path, flags: EF_CANDEFAULT });
      return null;
    }
    const bag = this.newBag(file, path, production, this.shared, this.readonly);
    if (!this.loadBag(bag)) {
      file.close();
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path, flags: EF_CANDEFAULT });
      return null;
    }
    if (production) this.hasTags = true;
    return bag;
  }

  /** Read the directory and the tags of a CDX file; false when it is corrupted. */
  private loadBag(bag: CdxBag): boolean {
    bag.lockRead();
    try {
      const h = Buffer.alloc(CDX_HEADER);
      bag.file.readInto(h, 0, CDX_HEADER, 0);
      if (h.readUInt32BE(20) === CDX_HB_SIGNATURE) {
        const pageLen = h.readUInt16LE(18);
        if (h.readUInt16LE(16) !== CDX_HEADER || pageLen < CDX_PAGE || pageLen > 0x2000 || (pageLen & (pageLen - 1)) !== 0) {
          return false;
        }
        bag.pageLen = pageLen;
      }
      const maxKey = bag.pageLen > CDX_PAGE ? ((bag.pageLen - 12) >> 1) - 8 : CDX_MAXKEY;
      const dir = CdxTag.directory(bag, splitName(bag.path).name.toUpperCase().slice(0, 10), 0);
      if (dir.loadHeader(h, bag.file.size, maxKey) === null) return false;
      bag.directory = dir;
      const tags: CdxTag[] = [];
      dir.goTop();
      while (!dir.tagEOF) {
        const t = this.loadTag(bag, dir.curKey.trim(), dir.curRec, maxKey);
        if (t === null) return false;
        tags.push(t);
        dir.skipNext();
      }
      tags.sort((a, b) => a.headerPos - b.headerPos);
      bag.tags = tags;
      return tags.length > 0;
    } finally {
      bag.unlockRead();
    }
  }

  private loadTag(bag: CdxBag, name: string, headerPos: number, maxKey: number): CdxTag | null {
    const h = Buffer.alloc(CDX_HEADER);
    if (bag.file.readInto(h, 0, CDX_HEADER, headerPos) !== CDX_HEADER) {
      internalError(this.ctx, EDBF_READ, 'hb_cdxIndexPageRead: Read index page failed.');
    }
    const t = new CdxTag({
      name: name.toUpperCase().slice(0, 10), keyExpr: '', forExpr: '', keyType: 'C', keyLen: 0, keyDec: 0,
      ascend: true, unique: false, custom: false, headerPos, ignoreCase: false,
    }, bag);
    const ex = t.loadHeader(h, bag.file.size, maxKey);
    if (ex === null || ex.keyExpr === '' || compileMacro(this.ctx, ex.keyExpr) === null) return null;
    t.keyExpr = ex.keyExpr;
    t.forExpr = ex.forExpr;
    if (t.forExpr !== '' && compileMacro(this.ctx, t.forExpr) === null) return null;
    this.prepareTag(t);
    const rec = this.curRec;
    this.goTo(0);
    try {
      t.keyType = keyTypeOf(this.keyValue(t));
      t.trail = t.keyType === 'C' ? 32 : 0;
      if (t.keyType !== 'C') t.ignoreCase = false;
      if (t.forExpr !== '' && typeof this.evalBlock(t.forExpr) !== 'boolean') {
        this.error({ genCode: EG_DATATYPE, subCode: EDBF_INVALIDFOR });
        return null;
      }
    } finally {
      this.goTo(rec);
    }
    const bad = t.keyType === 'U' || (t.keyType === 'N' && t.keyLen !== 8 && t.keyLen !== 4) ||
      ((t.keyType === 'D' || t.keyType === 'T') && t.keyLen !== 8) || (t.keyType === 'L' && t.keyLen !== 1);
    if (bad) {
      this.error({ genCode: t.keyType === 'U' ? EG_DATATYPE : EG_DATAWIDTH, subCode: EDBF_INVALIDKEY });
      return null;
    }
    return t;
  }

  // ---- creating orders ------------------------------------------------------------

  protected override beforeCreate(cond: OrdCond | null): void {
    if (cond === null || (cond.all && !cond.additive)) this.closeBags(null);
  }

  /** Close every bag but the production one (when kept) and `keep`. */
  private closeBags(keep: Bag | null): void {
    const prod = this.keepsProduction() ? this.bags.find((b) => b.production) : undefined;
    for (const b of this.bags.slice()) {
      if (b === keep || b === prod) continue;
      if (this.curTag !== null && this.bagOf(this.curTag) === b) this.curTag = null;
      b.close();
      this.bags.splice(this.bags.indexOf(b), 1);
    }
  }

  protected createTag(t: NewTag): { bag: Bag; tag: CdxTag; isNew: boolean } | null {
    const path = resolvePath(this.ctx, t.bagPath, true);
    const table = splitName(this.fileName);
    const f = splitName(path);
    const production = f.name.toUpperCase() === table.name.toUpperCase() &&
      f.ext.toLowerCase() === this.bagExt().toLowerCase();
    let fresh = !t.named;
    let bag = this.findBag(path) as CdxBag | undefined;
    if (fresh && bag !== undefined) {
      if (this.curTag !== null && this.bagOf(this.curTag) === bag) this.curTag = null;
      bag.close();
      this.bags.splice(this.bags.indexOf(bag), 1);
      bag = undefined;
    }
    const cond = this.ordCond;
    if (bag === undefined) {
      const temporary = cond !== null && cond.temporary;
      const shared = this.shared && !temporary && !(cond !== null && cond.exclusive);
      const file = this.createIndexFile(path, fresh || !existsSync(path), shared);
      if (file === null) return null;
      bag = this.newBag(file, path, production, shared, false);
      if (temporary) bag.deleteOnClose = true;
      if (!fresh) fresh = file.size === 0 || !this.loadBag(bag);
      if (fresh) bag.tags = [];
    } else if (bag.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY, filename: bag.path });
      return null;
    }
    bag.lockWrite();
    try {
      if (!fresh) {
        const old = bag.tags.find((x) => x.name === t.tagName);
        if (old !== undefined) this.dropTag(bag, old);
        fresh = bag.tags.length === 0;
      }
      if (fresh) {
        bag.truncate();
        bag.pageLen = CDX_PAGE;
        bag.newDirectory(f.name.toUpperCase().slice(0, 10));
      }
      const tag = new CdxTag({
        name: t.tagName, keyExpr: t.keyExpr.trim(), forExpr: t.forExpr.trim(), keyType: t.keyType,
        keyLen: t.keyLen, keyDec: 0, ascend: t.ascend, unique: t.unique, custom: t.custom,
        headerPos: bag.allocPos(true), ignoreCase: false,
      }, bag);
      tag.keyBlock = t.keyBlock;
      tag.forBlock = t.forBlock;
      tag.keyField = t.keyField;
      tag.template = tag.multiKey = t.custom;
      tag.headerChanged = true;
      bag.tags.push(tag);
      return { bag, tag, isNew: fresh };
    } finally {
      bag.unlockWrite();
    }
  }

  protected override buildTag(tag: Tag, cond: OrdCond | null): void {
    const t = tag as CdxTag;
    t.recCountHint = t.custom ? 0 : this.recCount();
    super.buildTag(tag, cond);
  }

  /** The new production index goes first; another one last. */
  protected override placeBag(bag: Bag): void {
    if (this.bags.includes(bag)) return;
    if (bag.production && !this.hasTags && !(bag as CdxBag).deleteOnClose) this.bags.unshift(bag);
    else this.bags.push(bag);
  }

  protected afterCreate(bag: Bag, tag: Tag, cond: OrdCond | null): void {
    const b = bag as CdxBag;
    const t = tag as CdxTag;
    b.lockWrite();
    try {
      b.directory!.insertKey(t.name.padEnd(10, ' '), t.headerPos);
    } finally {
      b.unlockWrite();
    }
    b.flush();
    if (cond !== null && !cond.all && !cond.additive) this.closeBags(b);
    if (!this.hasTags && bag.production && !b.deleteOnClose && this.bags[0] === bag) {
      this.hasTags = true;
      if (!this.readonly && (this.headerBytes()[28] & 1) === 0 && (this.autoOpen() || this.drv.settings.strictStruct)) {
        this.writeHeader();
      }
    }
  }

  /** Remove a tag from its file (its pages are freed when the file is not shared). */
  private dropTag(bag: CdxBag, t: CdxTag): void {
    bag.directory!.removeKey(t.name.padEnd(10, ' '), t.headerPos);
    bag.tags.splice(bag.tags.indexOf(t), 1);
    if (this.curTag === t) this.curTag = null;
  }

  protected destroyTag(bag: Bag, tag: Tag): boolean {
    const b = bag as CdxBag;
    if (b.readonly) return false;
    b.lockWrite();
    try {
      this.dropTag(b, tag as CdxTag);
    } finally {
      b.unlockWrite();
    }
    if (b.tags.length === 0) {
      b.deleteOnClose = true;
      if (this.bags[0] === b && this.hasTags) {
        this.hasTags = false;
        if (!this.readonly && (this.headerBytes()[28] & 1) !== 0 && (this.autoOpen() || this.drv.settings.strictStruct)) {
          this.writeHeader();
        }
      }
    }
    return true;
  }
}
