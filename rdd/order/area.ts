// A work area with indexes (what DBFNTX and DBFCDX share): navigation in
// the controlling order, SEEK, scopes, the order list (SET INDEX, SET ORDER, ordCreate/ordDestroy,
// REINDEX) and PACK/ZAP rebuilding the orders. The file formats are the
// drivers' (ntx/, cdx/): they provide bags of tags.

import type { Block, Value } from '../../runtime/values/types.js';
import type { BreakSignal } from '../../runtime/vm/signals.js';
import { isNumeric, numOf } from '../../runtime/values/types.js';
import { KeyedArea } from './keyed.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import { Find, type Tag } from './tag.js';
import { keyTypeOf } from './key.js';
import { DbFile, OsError } from '../io/file.js';
import {
  Answer, EF_CANDEFAULT, EF_CANRETRY, EG_CREATE, EG_OPEN, EDBF_CREATE_INDEX, EDBF_OPEN_INDEX, EG_DATATYPE, EG_DATAWIDTH, EG_NOORDER, EG_READONLY, EG_SHARED, EDBF_INVALIDFOR, EDBF_INVALIDKEY,
  EDBF_NOTINDEXED, EDBF_READONLY, EDBF_SHARED,
} from '../errors.js';
import { isTrue, type OrdCond } from '../workarea.js';
import { orderInfo } from './info.js';
import { sortKeys } from './sort.js';
import { KeySet } from './keyset.js';
import { keyParts, keyPartsInto, type RawKeyPart } from './rawkey.js';
import { splitName, joinName } from '../paths.js';

/** An open index file: one or more tags. */
export interface Bag {
  path: string;
  tags: Tag[];
  /** the structural (production) index opened with the table */
  production: boolean;
  shared: boolean;
  readonly: boolean;
  /** the update counter (dbOrderInfo DBOI_UPDATECOUNTER) */
  version: number;
  readonly file: { fd: number };
  flush(): void;
  close(): void;
  /** Empty the file and build every tag again with `build` (REINDEX, PACK, ZAP). */
  rebuild(build: (t: Tag) => void): void;
}

/** What ordCreate passes to a driver to make a tag. */
export interface NewTag {
  bagPath: string;
  tagName: string;
  /** the tag name was given (not taken from the file name) */
  named: boolean;
  keyExpr: string;
  keyBlock: unknown;
  forExpr: string;
  forBlock: unknown;
  keyType: string;
  keyLen: number;
  keyDec: number;
  ascend: boolean;
  unique: boolean;
  custom: boolean;
  keyField: number;
}

export abstract class IndexArea extends KeyedArea {
  bags: Bag[] = [];
  curTag: Tag | null = null;

  // ---- what a driver provides -------------------------------------------------------

  /** Default extension of index files (".ntx", ".cdx"). */
  abstract bagExt(): string;
  /** Open an index file; null after the error was reported. */
  protected abstract openBag(path: string, production: boolean): Bag | null;
  /** an error handler's BREAK while a file was opened: it takes effect once the file is in place */
  protected deferredBreak: BreakSignal | null = null;

  /**
   * Open an index file to build into (`create`: made empty first),
   * retrying while the error handler asks; null when it cannot be.
   */
  protected createIndexFile(path: string, create: boolean, shared: boolean): DbFile | null {
    for (;;) {
      try {
        return DbFile.open(path, { create, exclusive: !shared, map: shared });
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_CREATE, subCode: EDBF_CREATE_INDEX, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return null;
      }
    }
  }

  /** Open an index file as the table is open (retrying while the error handler asks); null when it cannot be. */
  protected openIndexFile(path: string): DbFile | null {
    for (;;) {
      try {
        return DbFile.open(path, { readonly: this.readonly, exclusive: !this.shared, map: this.shared });
      } catch (e) {
        const os = e instanceof OsError ? e.dosCode : 5;
        const ans = this.error({
          genCode: EG_OPEN, subCode: EDBF_OPEN_INDEX, filename: path, osCode: os, flags: EF_CANRETRY | EF_CANDEFAULT,
        });
        if (ans !== Answer.Retry) return null;
      }
    }
  }
  /** Create (or replace) a tag in a bag file; null after an error. */
  protected abstract createTag(t: NewTag): { bag: Bag; tag: Tag; isNew: boolean } | null;
  /** Remove a tag from its bag (ordDestroy); false when not possible. */
  protected abstract destroyTag(bag: Bag, tag: Tag): boolean;
  /** Whether several tags can share a bag file. */
  protected abstract multiTag(): boolean;
  /** Key order of equal keys for a new index: by record (CDX) or as added (NTX). */
  protected abstract sortsByRecord(): boolean;

  // ---- orders ---------------------------------------------------------------------------

  get tags(): Tag[] {
    const r: Tag[] = [];
    for (const b of this.bags) for (const t of b.tags) r.push(t);
    return r;
  }

  override orderNumber(): number {
    return this.curTag === null ? 0 : this.tags.indexOf(this.curTag) + 1;
  }

  protected tagFile(tag: Tag): string {
    return this.bagOf(tag)?.path ?? '';
  }

  bagOf(tag: Tag): Bag | undefined {
    return this.bags.find((b) => b.tags.includes(tag));
  }

  /** The file name of bag `name` (default extension, the table's directory). */
  bagFileName(name: string | undefined): { path: string; production: boolean } {
    const table = splitName(this.fileName);
    const given = name !== undefined && name !== '';
    const f = splitName(given ? name! : this.fileName);
    if (!given || f.ext === '') f.ext = this.bagExt();
    if (!given) f.dir = table.dir;
    const production = f.name !== '' && (!given || (f.name.toUpperCase() === table.name.toUpperCase() &&
      f.ext.toLowerCase() === this.bagExt().toLowerCase()));
    return { path: joinName(f), production };
  }

  findBag(name: string): Bag | undefined {
    const s = splitName(name);
    for (const b of this.bags) {
      const n = splitName(b.path);
      if (n.name.toUpperCase() !== s.name.toUpperCase()) continue;
      if (s.dir !== '' && n.dir.toUpperCase() !== s.dir.toUpperCase()) continue;
      if (s.ext !== '' && n.ext.toUpperCase() !== s.ext.toUpperCase()) continue;
      return b;
    }
    return undefined;
  }

  /** A tag by name or number (in a bag when given), as Harbour's tag lookup; undefined = none. */
  findTag(order: Value, bag: Value): Tag | null | undefined {
    if (typeof order !== 'string' && !isNumeric(order)) return this.curTag;
    let bags = this.bags;
    let inBag = false;
    if (typeof order === 'string' && typeof bag === 'string' && bag !== '') {
      const b = this.findBag(bag);
      bags = b === undefined ? [] : [b];
      inBag = true;
    } else if (isNumeric(bag)) {
      const n = Math.trunc(numOf(bag));
      if (n > 0) {
        bags = n <= this.bags.length ? [this.bags[n - 1]] : [];
        inBag = true;
      } else if (n < 0) bags = [];
    }
    if (typeof order === 'string') {
      const name = order.trim().toUpperCase();
      for (const b of bags) {
        const t = b.tags.find((x) => x.name.slice(0, 10).toUpperCase() === name.slice(0, 10));
        if (t !== undefined) return t;
        if (inBag) break;
      }
      return undefined;
    }
    let i = Math.trunc(numOf(order)) - 1;
    if (i < 0) return undefined;
    for (const b of bags) {
      if (i < b.tags.length) return b.tags[i];
      i -= b.tags.length;
      if (inBag) break;
    }
    return undefined;
  }

  // ---- dbOrderInfo ---------------------------------------------------------------------

  override orderInfo(code: number, order: Value, bag: Value, newVal: Value): Value {
    return orderInfo(this, code, order, bag, newVal);
  }

  /** DBOI_ISMULTITAG: whether the bag can hold several orders. */
  isMultiTag(_b: Bag): boolean {
    return this.multiTag();
  }

  /** DBOI_INDEXTYPE of a bag. */
  /**
   * Whether DBFCDX's rules apply where they differ from DBFNTX's: ordKeyNo()
   * and ordKeyCount() leave out records a filter hides, a skip from a record
   * the order lacks moves on from where its key would be, a seek clears BOF.
   */
  cdxRules(): boolean {
    return false;
  }

  abstract indexType(b: Bag): number;
  /** DBOI_INDEXPAGESIZE */
  abstract pageSize(): number;

  /** Set or clear a scope of any order. */
  tagSetScope(tag: Tag, which: number, v: Value): void {
    if (this.pendingRel !== null && this.pendingRel.scoped) this.forceRel();
    tag.setScope(which, v, this.scopeEval);
  }

  refreshTagScopes(tag: Tag): void {
    tag.refreshScopes(this.scopeEval);
  }

  /** Run `body` with `tag` as the controlling order. */
  withTag<T>(tag: Tag, body: () => T): T {
    const saved = this.curTag;
    this.curTag = tag;
    try {
      return body();
    } finally {
      this.curTag = saved;
    }
  }

  /** Go to a record found through `tag`, skipping filtered records in its order. */
  goToThrough(tag: Tag, rec: number): void {
    this.withTag(tag, () => {
      if (this.goTo(rec)) this.skipFilter(1);
    });
  }

  // ---- navigation in the controlling order ----------------------------------------------------

  override goTop(): boolean {
    const tag = this.curTag;
    if (tag === null) return super.goTop();
    if (!this.goCold()) return false;
    if (this.pendingRel !== null && this.pendingRel.scoped) this.forceRel();
    if (!tag.readLock()) return false;
    try {
      tag.refreshScopes(this.scopeEval);
      tag.goTop();
    } finally {
      tag.readUnlock();
    }
    this.atTop = true;
    this.atBottom = false;
    if (tag.tagEOF) return this.goTo(0);
    let ok = this.goTo(tag.curRec);
    if (ok && this.positioned) ok = this.skipFilter(1);
    if (ok && this.positioned && this.cdxRules()) this.setLogPos(tag, 1);
    return ok;
  }

  override setFilter(block: Block | undefined, text: string): void {
    super.setFilter(block, text);
    for (const t of this.tags) t.forgetLogPos();
  }

  override clearFilter(): void {
    super.clearFilter();
    for (const t of this.tags) t.forgetLogPos();
  }

  /** Remember `pos` as the logical position of the current record in `tag` (DBFCDX). */
  setLogPos(tag: Tag, pos: number): void {
    tag.logPos = pos;
    tag.logRec = this.curRec;
    tag.logPosSet = true;
  }

  /** The remembered logical position of the current record in `tag`, 0 when there is none. */
  logPosOf(tag: Tag): number {
    return tag.logPosSet && tag.logRec === this.curRec ? tag.logPos : 0;
  }

  override goBottom(): boolean {
    const tag = this.curTag;
    if (tag === null) return super.goBottom();
    if (!this.goCold()) return false;
    if (this.pendingRel !== null && this.pendingRel.scoped) this.forceRel();
    if (!tag.readLock()) return false;
    try {
      tag.refreshScopes(this.scopeEval);
      tag.goBottom();
    } finally {
      tag.readUnlock();
    }
    this.atTop = false;
    this.atBottom = true;
    if (tag.tagEOF) return this.goTo(0);
    let ok = this.goTo(tag.curRec);
    if (ok && this.positioned) {
      ok = this.skipFilter(-1);
      if (this.positioned && tag.logCountSet && this.cdxRules()) this.setLogPos(tag, tag.logCount);
    }
    return ok;
  }

  override skipRaw(n: number): boolean {
    const tag = this.curTag;
    if (!this.goCold()) return false;
    if (tag === null || n === 0) return super.skipRaw(n);
    if ((n === 1 || n === -1) && this.positioned && this.pendingRel === null && tag.quickSkip(n > 0, this.curRec)) {
      const moved = this.goTo(tag.curRec);
      if (n < 0) this.bof = false;
      return moved;
    }
    // the tree is walked under the read lock; the record is read after it
    if (!tag.readLock()) return false;
    const forward = n > 0;
    let out = false;
    try {
      tag.refreshScopes(this.scopeEval);
      if (!this.curKeyRefresh(tag)) {
        if (this.positioned && this.cdxRules()) {
          // the cursor stopped on the first key after where the record's would be
          const edge = tag.tagEOF || !tag.onKey;
          if (forward) {
            if (edge || !tag.inBottom(tag.curKey)) out = true;
            else if (!tag.backward && tag.inTop(tag.curKey)) n--;
          } else if (edge || !tag.inTop(tag.curKey)) out = true;
          else if (tag.backward && tag.inBottom(tag.curKey)) n++;
        } else if (forward || this.positioned) out = true;
        else {
          tag.goBottom();
          out = tag.tagEOF;
          n++;
        }
      }
      if (forward) {
        while (!out && !tag.tagEOF && n-- > 0) tag.skipNext();
      } else {
        while (!out && !tag.tagBOF && n++ < 0) tag.skipPrev();
        if (out || tag.tagBOF) {
          tag.goTop();
          out = true;
        }
      }
    } finally {
      tag.readUnlock();
    }
    if (forward) return this.goTo(tag.tagEOF || out ? 0 : tag.curRec);
    const ok = this.goTo(tag.tagEOF ? 0 : tag.curRec);
    this.bof = out;
    return ok;
  }

  override skip(n: number): boolean {
    const tag = this.curTag;
    if (tag === null) return super.skip(n);
    if (n === 0 || !this.cdxRules()) return this.skipTag(n);
    // DBFCDX moves the remembered logical position along (by n, whatever the filter skipped)
    if (!this.forceRel()) return false;
    let pos = this.positioned ? this.logPosOf(tag) : 0;
    const rec = tag.logRec;
    if (!this.skipTag(n)) return false;
    if (pos !== 0 && (tag.logPos !== pos || tag.logRec !== rec || !tag.logPosSet)) pos = 0;
    if (n > 0) {
      if (this.eof) {
        if (n === 1 && pos !== 0 && !tag.logCountSet) {
          tag.logCount = pos;
          tag.logCountSet = true;
        }
      } else if (pos !== 0) {
        tag.logPos += n;
        tag.logRec = this.curRec;
      }
    } else if (this.bof) {
      if (this.positioned) this.setLogPos(tag, 1);
    } else if (pos !== 0) {
      tag.logPos += n;
      tag.logRec = this.curRec;
    }
    return true;
  }

  private skipTag(n: number): boolean {
    if (!this.forceRel()) return false;
    this.atTop = this.atBottom = false;
    if (n === 0 || this.filterBlock !== undefined || this.ctx.sets.deleted) return this.skipGeneric(n);
    let ok = this.skipRaw(n);
    if (ok && this.bof && n < 0) {
      ok = this.goTop();
      this.bof = true;
    }
    if (n < 0) this.eof = false;
    else this.bof = false;
    return ok;
  }

  /** The generic skip with filters (WorkArea's). */
  private skipGeneric(n: number): boolean {
    if (n === 0) return this.skipRaw(0);
    const dir = n > 0 ? 1 : -1;
    for (let i = Math.abs(n); i > 0; i--) {
      if (!this.skipRaw(dir)) return false;
      if (!this.skipFilter(dir)) return false;
      if (this.bof || this.eof) break;
    }
    if (dir < 0) this.eof = false;
    else this.bof = false;
    return true;
  }

  override seek(value: Value, soft: boolean, findLast: boolean): boolean {
    if (!this.goCold()) return false;
    const tag = this.curTag;
    if (tag === null) {
      this.error({ genCode: EG_NOORDER, subCode: EDBF_NOTINDEXED, flags: EF_CANDEFAULT });
      return false;
    }
    if (this.pendingRel !== null && this.pendingRel.scoped) this.forceRel();
    this.atTop = this.atBottom = false;
    this.eof = false;
    const last = tag.usrDescend === tag.ascend ? !findLast : findLast;
    const [key, len] = tag.encode(value);
    tag.refresh();
    tag.refreshScopes(this.scopeEval);
    const found = tag.keyFind(key, len, last ? Find.Last : Find.First);
    const rec = found ? tag.curRec : 0;
    let eof = false;
    if ((rec === 0 && !soft) || tag.tagEOF) eof = true;
    else if (tag.scoped && !tag.inBottom(tag.curKey)) eof = true;
    else if (tag.scoped && !tag.inTop(tag.curKey)) {
      tag.goTop();
      if (tag.curRec === 0 || tag.tagEOF) eof = true;
    }
    let ok = true;
    if (!eof) {
      ok = this.goTo(tag.curRec);
      if (ok && this.positioned) {
        ok = this.skipFilter(findLast ? -1 : 1);
        if (ok && rec !== 0 && this.positioned) {
          this.found = rec === this.curRec || tag.cmp(key, len, tag.curKey, tag.keyLen, false) === 0;
          if (!this.found && !soft) eof = true;
        }
      }
    }
    if (ok && (eof || !tag.inScope(tag.curKey))) ok = this.goTo(0);
    if (this.cdxRules() || this.positioned || this.curRec !== 1) this.bof = false;
    return ok;
  }

  override setScope(which: number, v: Value): void {
    const tag = this.curTag;
    if (tag === null) return;
    if (this.pendingRel !== null && this.pendingRel.scoped) this.forceRel();
    tag.setScope(which, v, this.scopeEval);
  }

  // ---- files ---------------------------------------------------------------------------

  protected override flushFiles(): void {
    super.flushFiles();
    for (const b of this.bags) b.flush();
  }

  protected override closeFiles(): void {
    super.closeFiles();
    for (const b of this.bags) b.close();
    this.bags = [];
    this.curTag = null;
  }

  override pack(block?: (n: number) => void, every = 0): boolean {
    if (!super.pack(block, every)) return false;
    return this.orderListRebuild();
  }

  override zap(): boolean {
    if (!super.zap()) return false;
    for (const b of this.bags) b.rebuild((t) => this.buildTag(t, null));
    return this.goTop();
  }

  /** REINDEX: rebuild every order. */
  override orderListRebuild(): boolean {
    if (!this.goCold()) return false;
    if (this.shared) {
      this.error({ genCode: EG_SHARED, subCode: EDBF_SHARED, filename: this.fileName });
      return false;
    }
    if (this.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY, filename: this.fileName });
      return false;
    }
    if (this.pendingRel !== null) this.forceRel();
    const cur = this.curTag;
    this.curTag = null;
    for (const b of this.bags) b.rebuild((t) => this.buildTag(t, null));
    this.curTag = cur;
    return this.goTop();
  }

  // ---- order list --------------------------------------------------------------------

  /** SET INDEX TO / ordListAdd(): open a bag; false after an error. */
  override orderListAdd(name: string): boolean {
    if (!this.goCold()) return false;
    if (name === '') return false;
    const { path, production } = this.bagFileName(name);
    let bag = this.findBag(path);
    if (bag === undefined) {
      const b = this.openBag(path, production);
      const broke = this.deferredBreak;
      this.deferredBreak = null;
      if (b === null) {
        if (broke !== null) throw broke;
        return false;
      }
      bag = b;
      this.bags.push(bag);
      for (const t of bag.tags) this.prepareTag(t);
      if (broke !== null) {
        if (this.curTag === null && bag.tags.length > 0) this.curTag = bag.tags[0];
        throw broke;
      }
    }
    if (this.curTag === null && bag.tags.length > 0) {
      this.curTag = bag.tags[0];
      return this.goTop();
    }
    return true;
  }

  /** Compile a tag's expressions and find its key type (tags read from files). */
  protected prepareTag(t: Tag): void {
    t.keyBlock = compileMacro(this.ctx, t.keyExpr) !== null ? t.keyExpr : undefined;
    if (t.forExpr !== '') t.forBlock = compileMacro(this.ctx, t.forExpr) !== null ? t.forExpr : undefined;
    t.keyField = this.fieldPos(stripAlias(t.keyExpr, this.alias));
  }

  override orderListClear(): boolean {
    if (!this.goCold()) return false;
    this.curTag = null;
    const keep: Bag[] = [];
    for (const b of this.bags) {
      if (b.production && this.keepsProduction()) keep.push(b);
      else b.close();
    }
    this.bags = keep;
    return true;
  }

  /** Whether the structural index stays open through SET INDEX TO / ordListClear. */
  protected keepsProduction(): boolean {
    return false;
  }

  override orderListDelete(name: string): boolean {
    if (!this.goCold()) return false;
    const { path } = this.bagFileName(name);
    const bag = this.findBag(path);
    if (bag !== undefined && !(bag.production && this.keepsProduction())) {
      if (this.curTag !== null && bag.tags.includes(this.curTag)) this.curTag = null;
      bag.close();
      this.bags.splice(this.bags.indexOf(bag), 1);
    }
    return true;
  }

  /** ordSetFocus(): the previous order's name; a bad name selects natural order. */
  override orderFocus(order: Value, bag: Value): string {
    const prev = this.curTag === null ? '' : this.curTag.name;
    if (order !== undefined) {
      const t = this.findTag(order, bag);
      this.curTag = t ?? null;
    }
    return prev;
  }

  // ---- ordCreate -----------------------------------------------------------------------

  /** ordCreate / INDEX ON: false after an error. */
  override orderCreate(bagName: string, tagName: string, keyExpr: string, keyBlock: Block | undefined, unique: boolean): boolean {
    if (!this.goCold()) return false;
    if (this.pendingRel !== null && !this.forceRel()) return false;
    let block: unknown = keyBlock;
    if (block === undefined) {
      if (compileMacro(this.ctx, keyExpr) === null) return false;
      block = keyExpr;
    }
    const rec = this.curRec;
    const cond = this.ordCond;
    if (!this.goTo(0)) return false;
    let result: Value;
    let forBlock: unknown;
    let forText = '';
    try {
      result = typeof block === 'function' ? this.evalBlock(block as Block) : this.evalBlock(block as string);
      if (cond !== null) {
        forText = cond.forText;
        if (cond.forBlock !== undefined) forBlock = cond.forBlock;
        else if (forText !== '' && compileMacro(this.ctx, forText) !== null) forBlock = forText;
      }
    } catch (e) {
      this.goTo(rec);
      throw e;
    }
    const type = keyTypeOf(result);
    let len = 0;
    let dec = 0;
    switch (type) {
      case 'N': [len, dec] = this.numKeySize(result as number); break;
      case 'D': len = this.dateKeyLen(); break;
      case 'T': len = this.tsKeyLen(); break;
      case 'L': len = 1; break;
      case 'C': len = Math.min((result as string).length, this.keyLimits()); break;
    }
    if (type === 'U' || len === 0) {
      this.goTo(rec);
      this.error({ genCode: type === 'U' ? EG_DATATYPE : EG_DATAWIDTH, subCode: EDBF_INVALIDKEY });
      return false;
    }
    if (cond !== null && forText !== '' && forBlock === undefined) {
      this.goTo(rec);
      return false;
    }
    if (forBlock !== undefined) {
      let r: Value;
      try {
        r = typeof forBlock === 'function' ? this.evalBlock(forBlock as Block) : this.evalBlock(forBlock as string);
      } catch (e) {
        this.goTo(rec);
        throw e;
      }
      if (typeof r !== 'boolean') {
        this.goTo(rec);
        this.error({ genCode: EG_DATATYPE, subCode: EDBF_INVALIDFOR });
        return false;
      }
    }
    this.goTo(rec);
    const useBag = bagName !== '' || (tagName !== '' && this.multiTag());
    const { path } = this.bagFileName(useBag ? bagName : tagName);
    this.beforeCreate(cond);
    const made = this.createTag({
      bagPath: path,
      tagName: (tagName !== '' ? tagName : splitName(path).name).trim().toUpperCase().slice(0, 10),
      named: tagName !== '',
      keyExpr, keyBlock: block, forExpr: forBlock !== undefined ? forText : '', forBlock,
      keyType: type, keyLen: len, keyDec: dec,
      ascend: cond === null || !cond.descend, unique, custom: cond !== null && cond.custom,
      keyField: this.fieldPos(stripAlias(keyExpr, this.alias)),
    });
    if (made === null) return false;
    const { bag, tag } = made;
    tag.partial = cond !== null && !cond.all;
    this.placeBag(bag);
    this.buildTag(tag, cond);
    this.afterCreate(bag, tag, cond);
    this.curTag = tag;
    this.ordCond = null;
    return this.goTop();
  }

  /** Whether EVERY/EVAL runs before each record's key (DBFCDX) or after it (DBFNTX). */
  protected evalBeforeKey(): boolean {
    return false;
  }

  /** Hook before a new order is made (DBFCDX closes the other bags first). */
  protected beforeCreate(_cond: OrdCond | null): void {
    // nothing by default
  }

  /** Where a bag holding a new order goes in the order list. */
  protected placeBag(bag: Bag): void {
    if (!this.bags.includes(bag)) this.bags.push(bag);
  }

  /** Hook after a new order was built: what happens to the other bags. */
  protected abstract afterCreate(bag: Bag, tag: Tag, cond: OrdCond | null): void;

  /** Maximum key length of the driver. */
  protected abstract keyLimits(): number;
  protected abstract numKeySize(v: Value): [number, number];
  protected abstract dateKeyLen(): number;
  protected abstract tsKeyLen(): number;

  /** Scan the records of a new (or rebuilt) tag and build it. */
  protected buildTag(tag: Tag, cond: OrdCond | null): void {
    tag.forgetLogPos();
    const byRec = this.sortsByRecord();
    const saved = this.curTag;
    const startRec = this.curRec;
    const total = tag.custom ? 0 : this.recCount();
    const keys = new KeySet(tag.keyLen, total);
    if (total > 0) {
      let start = 0;
      let nextCount = 0;
      let useFilter = false;
      if (cond === null || cond.all) this.curTag = null;
      else {
        if (cond.recId) start = cond.recId;
        if (start) nextCount = 1;
        else if (cond.rest || cond.next > 0) {
          start = cond.startRec || startRec;
          if (cond.next > 0) nextCount = cond.next;
        } else if (cond.useFilter) useFilter = true;
        else if (!cond.useCurrent) this.curTag = null;
        else if (this.curTag !== null) {
          this.curTag.goTop();
          if (!this.curTag.tagEOF) start = this.curTag.curRec;
        }
      }
      const direct = cond === null || cond.all || (this.curTag === null && !useFilter);
      if (start === 0 && this.curTag === null) start = 1;
      if (start === 0) this.goTop();
      else {
        this.goTo(start);
        if (useFilter) this.skipFilter(1);
      }
      const plain = direct && nextCount === 0 && this.relations.length === 0 && this.pendingRel === null &&
        (cond === null || (cond.whileBlock === undefined && cond.evalBlock === undefined));
      const kf = this.keyFieldOf(tag);
      const parts = kf === null ? this.keyPartsOf(tag) : null;
      if (plain && tag.forBlock === undefined && parts !== null) {
        // the key is fields put together: made from the blocks read where it can be
        this.scanBytes(start, total, (buf, off, r) => {
          const at = keys.slot(r);
          if (keyPartsInto(parts, buf, off, keys.buf, at)) keys.commit();
          else {
            this.adoptRecord(buf, off, r);
            keys.addString(tag.key(this.keyValue(tag)), r);
          }
          return true;
        });
      } else if (plain && tag.forBlock === undefined && kf !== null && tag.fieldIsKey(kf)) {
        // the key is a character field's bytes as they are
        const rl = this.recordLen;
        this.scanBlocks(start, total, (buf, count, rec) => {
          keys.addBytes(buf, kf.offset, rl, count, rec);
          return true;
        });
      } else if (plain && tag.forBlock === undefined && kf !== null) {
        // the key is one field: made from the blocks read where it can be
        this.scanBytes(start, total, (buf, off, r) => {
          const at = keys.slot(r);
          if (tag.fieldKeyInto(buf, off + kf.offset, kf, keys.buf, at)) keys.commit();
          else {
            this.adoptRecord(buf, off, r);
            keys.addString(tag.key(this.keyValue(tag)), r);
          }
          return true;
        });
      } else if (plain) {
        this.scanRecords(start, total, () => {
          if (this.forOf(tag)) keys.addString(this.keyOf(tag), this.curRec);
          return true;
        });
      }
      let step = 0;
      let rec = this.curRec;
      const evalFirst = this.evalBeforeKey();
      // EVERY <n> EVAL <block>: false stops the indexing
      const evalStep = (): boolean => {
        if (cond === null || cond.evalBlock === undefined) return true;
        if (step >= cond.step) {
          step = 0;
          if (!isTrue(this.evalBlock(cond.evalBlock))) return false;
        }
        step++;
        return true;
      };
      while (!plain && !this.eof) {
        if (direct && rec > total) break;
        if (evalFirst && !evalStep()) break;
        if (cond !== null && cond.whileBlock !== undefined && !isTrue(this.evalBlock(cond.whileBlock))) break;
        if (rec <= total && this.forOf(tag)) keys.addString(this.keyOf(tag), this.curRec);
        if (nextCount > 0 && --nextCount === 0) break;
        if (!evalFirst && !evalStep()) {
          tag.partial = true;
          break;
        }
        if (direct) {
          rec++;
          this.goTo(rec);
        } else {
          this.skipRaw(1);
          if (useFilter) this.skipFilter(1);
          rec = this.curRec;
        }
      }
      this.goTo(startRec);
      if (evalFirst && cond !== null && cond.evalBlock !== undefined && step !== 0) this.evalBlock(cond.evalBlock);
    }
    tag.build(sortKeys(keys, tag.ascend, byRec, tag.unique));
    this.curTag = saved;
  }

  /** The fields of a key expression like `name + DToS( born )`, read straight from the record bytes. */
  protected keyPartsOf(tag: Tag): RawKeyPart[] | null {
    if (tag.keyPartsDef === undefined) {
      tag.keyPartsDef = tag.keyType !== 'C' || !tag.rawTextKeys() ? null : keyParts(tag.keyExpr, tag.keyLen,
        (s) => stripAlias(s, this.alias), (name) => this.fields[this.fieldPos(name) - 1],
        () => this.ctx.vm.syms.findFunc('DTOS')?.file === '');
    }
    return tag.keyPartsDef;
  }

  // ---- ordDestroy ----------------------------------------------------------------------

  override orderDestroy(order: Value, bag: Value): boolean {
    if (!this.goCold()) return false;
    const t = this.findTag(order, bag);
    if (t === undefined || t === null) return false;
    const b = this.bagOf(t);
    if (b === undefined) return false;
    if (!this.destroyTag(b, t)) return false;
    if (this.curTag === t) this.curTag = null;
    if (b.tags.length === 0) {
      b.close();
      this.bags.splice(this.bags.indexOf(b), 1);
    }
    return true;
  }

}

/** A key expression without FIELD-> / _FIELD-> / alias-> prefixes (a plain field name). */
export function stripAlias(expr: string, alias: string): string {
  let s = expr.trim();
  for (;;) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*->\s*/.exec(s);
    if (m === null) break;
    const w = m[1].toUpperCase();
    const isField = (w.length >= 4 && w.length <= 5 && 'FIELD'.startsWith(w)) ||
      (w.length >= 4 && w.length <= 6 && '_FIELD'.startsWith(w));
    if (!isField && w !== alias.toUpperCase()) break;
    s = s.slice(m[0].length);
  }
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : '';
}
