// The DBFNTX driver's work area: DBT memos and one order per .ntx file.

import type { Value } from '../../runtime/values/types.js';
import { numDec, numLen } from '../../runtime/values/number.js';
import { IndexArea, type Bag, type NewTag } from '../order/area.js';
import type { Tag } from '../order/tag.js';
import type { OrdCond } from '../workarea.js';
import type { DbFile } from '../io/file.js';
import { indexLock } from '../io/lockscheme.js';
import { EG_CORRUPTION, EG_LIMIT, EG_READONLY, EDBF_CORRUPT, EDBF_LIMITEXCEEDED, EDBF_READONLY } from '../errors.js';
import { existsSync } from 'node:fs';
import { resolvePath, splitName } from '../paths.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import { keyTypeOf } from '../order/key.js';
import { BreakSignal } from '../../runtime/vm/signals.js';
import {
  C_HEADPOS, C_ITEM, C_NTAGS, C_TAGS, CTX_MAX_TAGS, H_CUSTOM, H_DESCEND, H_FOREXPR, H_KEYDEC, H_KEYEXPR, H_KEYSIZE,
  H_MAXITEM, H_NEXT, H_ROOT, H_TAGNAME, H_TYPE, H_UNIQUE, H_VERSION, NTX_FLAG_COMPOUND, NTX_FLAG_CUSTOM,
  NTX_FLAG_DEFAULT, NTX_FLAG_EXTLOCK, NTX_FLAG_FORITEM, NTX_FLAG_MASK, NTX_FLAG_OLDDEFAULT, NTX_MAX_EXP,
  NTX_MAX_TAGNAME, NtxBag,
} from './bag.js';
import { NtxTag } from './tag.js';
import { DB_DBFLOCK_CLIPPER, DB_DBFLOCK_CLIPPER2 } from '../io/lockscheme.js';

const NTX_MAX_KEY = 256;
const DBOI_TYPE_NONCOMPACT = 1;
const DBOI_TYPE_COMPOUND = 3;

/** A zero-terminated string field of a header. */
function cstr(b: Buffer, at: number, max: number): string {
  let end = at;
  while (end < at + max && b[end] !== 0) end++;
  return b.toString('latin1', at, end);
}

export class NtxArea extends IndexArea {
  /** the compound file createTag holds the write lock of until the new tag is built */
  private building: NtxBag | null = null;

  bagExt(): string {
    return this.drv.settings.orderBagExt || '.ntx';
  }

  protected multiTag(): boolean {
    return this.drv.settings.multiTag;
  }

  override isMultiTag(b: Bag): boolean {
    return (b as NtxBag).compound;
  }

  protected sortsByRecord(): boolean {
    return false;
  }

  indexType(b: Bag): number {
    return (b as NtxBag).compound ? DBOI_TYPE_COMPOUND : DBOI_TYPE_NONCOMPACT;
  }

  pageSize(): number {
    return 1024;
  }

  protected keyLimits(): number {
    return NTX_MAX_KEY;
  }

  protected numKeySize(v: Value): [number, number] {
    const dec = numDec(v as number);
    const len = numLen(v as number);
    return [dec > 0 ? len + dec + 1 : len, dec];
  }

  protected dateKeyLen(): number {
    return 8;
  }

  protected tsKeyLen(): number {
    return 17;
  }

  private reporter(path: string) {
    return (gen: number, sub: number, os: number): void => {
      this.error({ genCode: gen, subCode: sub, filename: path, osCode: os });
    };
  }

  private newBag(file: DbFile, path: string, production: boolean, shared: boolean, readonly: boolean): NtxBag {
    return new NtxBag(file, path, production, shared, readonly, indexLock(this.lockType), this.reporter(path));
  }

  protected openBag(name: string, production: boolean): Bag | null {
    const path = resolvePath(this.ctx, name, false);
    const file = this.openIndexFile(path);
    if (file === null) return null;
    const bag = this.newBag(file, path, production, this.shared, this.readonly);
    if (!this.loadTags(bag, splitName(path).name)) {
      file.close();
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path });
      return null;
    }
    return bag;
  }

  /** Read the tags of an NTX file (one, or those a compound header lists); false when it is not valid. */
  private loadTags(bag: NtxBag, fileName: string): boolean {
    if (!bag.lockRead()) return false;
    try {
      const h = bag.readHeader();
      if (h === null) return false;
      if ((h.readUInt16LE(H_TYPE) & NTX_FLAG_COMPOUND) === 0) {
        const tag = this.loadTag(bag, h, fileName, false);
        if (tag === null) return false;
        bag.version = h.readUInt16LE(H_VERSION);
        bag.nextAvail = h.readUInt32LE(H_NEXT);
        if ((h.readUInt16LE(H_TYPE) & NTX_FLAG_EXTLOCK) !== 0) this.lockType = DB_DBFLOCK_CLIPPER2;
        bag.tags.push(tag);
        return true;
      }
      const n = h.readUInt16LE(C_NTAGS);
      if (n > CTX_MAX_TAGS) return false;
      bag.loadCompound(h);
      for (let i = 0, at = C_TAGS; i < n; i++, at += C_ITEM) {
        const head = h.readUInt32LE(at + C_HEADPOS);
        if (head === 0 || h[at] <= 0x20) return false;
        const th = bag.readBlock(head);
        if (th === null) return false;
        const tag = this.loadTag(bag, th, cstr(h, at, NTX_MAX_TAGNAME), true);
        if (tag === null) return false;
        tag.headBlock = head;
        bag.tags.push(tag);
      }
      return true;
    } finally {
      bag.unlockRead();
    }
  }

  /** A tag from its header; null when it is not a valid NTX header. */
  private loadTag(bag: NtxBag, h: Buffer, name: string, inCompound: boolean): NtxTag | null {
    const type = h.readUInt16LE(H_TYPE);
    if ((type & ~NTX_FLAG_MASK) !== 0 ||
        ((type & NTX_FLAG_DEFAULT) !== NTX_FLAG_DEFAULT && type !== NTX_FLAG_OLDDEFAULT) || h[H_KEYEXPR] < 0x20) {
      return null;
    }
    const keyExpr = cstr(h, H_KEYEXPR, NTX_MAX_EXP);
    if (compileMacro(this.ctx, keyExpr) === null) return null;
    let forExpr = '';
    if ((type & NTX_FLAG_FORITEM) !== 0 && h[H_FOREXPR] >= 0x20) {
      forExpr = cstr(h, H_FOREXPR, NTX_MAX_EXP);
      if (compileMacro(this.ctx, forExpr) === null) return null;
    }
    // a compound file names its tags in its own header
    const named = !inCompound && h[H_TAGNAME] >= 0x20;
    const tag = new NtxTag({
      name: named ? cstr(h, H_TAGNAME, 12) : inCompound ? name : name.toUpperCase().trim().slice(0, 10),
      keyExpr, forExpr, keyType: 'U',
      keyLen: h.readUInt16LE(H_KEYSIZE), keyDec: h.readUInt16LE(H_KEYDEC),
      ascend: h[H_DESCEND] === 0, unique: h[H_UNIQUE] !== 0,
      custom: (type & NTX_FLAG_CUSTOM) !== 0 || h[H_CUSTOM] !== 0,
    }, bag, named, h.readUInt16LE(H_MAXITEM));
    tag.setFlags(type);
    tag.root = h.readUInt32LE(H_ROOT);
    this.prepareTag(tag);
    try {
      tag.keyType = keyTypeOf(this.keyValue(tag));
    } catch (e) {
      // Harbour finishes opening the file before the BREAK of an error in the key takes effect
      if (!(e instanceof BreakSignal)) throw e;
      this.deferredBreak ??= e;
    }
    return tag;
  }

  protected createTag(t: NewTag): { bag: Bag; tag: NtxTag; isNew: boolean } | null {
    const path = resolvePath(this.ctx, t.bagPath, true);
    // with a tag name a bag keeps its other tags, without one it is made anew
    const keep = t.named && this.multiTag();
    let bag = this.findBag(path) as NtxBag | undefined;
    if (bag !== undefined && !keep) {
      if (this.curTag !== null && (bag.tags as Tag[]).includes(this.curTag)) this.curTag = null;
      bag.close();
      this.bags.splice(this.bags.indexOf(bag), 1);
      bag = undefined;
    }
    if (bag !== undefined && bag.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY, filename: bag.path });
      return null;
    }
    const cond = this.ordCond;
    const temporary = cond !== null && cond.temporary;
    const opened = bag === undefined;
    if (bag === undefined) {
      const shared = this.shared && !temporary && !(cond !== null && cond.exclusive);
      const old = keep && !temporary && existsSync(path);
      const file = this.createIndexFile(path, !old, shared);
      if (file === null) return null;
      bag = this.newBag(file, path, false, shared, false);
      if (temporary) bag.deleteOnClose = true;
      // (a tag without a name of its own in the file takes the new tag's name, as in Harbour)
      if (old && file.size !== 0 && !this.loadTags(bag, t.tagName)) {
        file.close();
        this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path });
        return null;
      }
    }
    const at = bag.tags.findIndex((x) => x.name.toUpperCase() === t.tagName.toUpperCase());
    if (at < 0 && bag.tags.length >= CTX_MAX_TAGS) {
      if (opened) bag.close();
      this.error({ genCode: EG_LIMIT, subCode: EDBF_LIMITEXCEEDED, filename: bag.path });
      return null;
    }
    const tag = new NtxTag({
      name: t.tagName, keyExpr: t.keyExpr, forExpr: t.forExpr, keyType: t.keyType, keyLen: t.keyLen,
      keyDec: t.keyDec, ascend: t.ascend, unique: t.unique, custom: t.custom,
    }, bag, t.named);
    tag.keyBlock = t.keyBlock;
    tag.forBlock = t.forBlock;
    tag.keyField = t.keyField;
    tag.extLock = this.lockType === DB_DBFLOCK_CLIPPER2;
    const compound = bag.tags.length > (at >= 0 ? 1 : 0);
    if (!compound) {
      if (this.curTag !== null && (bag.tags as Tag[]).includes(this.curTag)) this.curTag = null;
      bag.compound = false;
      bag.tags = [tag];
      bag.truncate();
      return { bag, tag, isNew: true };
    }
    // the write lock is held through the build (buildTag), as one change of the file
    if (!bag.lockWrite(true)) {
      if (opened) bag.close();
      return null;
    }
    this.building = bag;
    if (!bag.compound) bag.makeCompound();
    if (at >= 0) {
      // the tag of that name is replaced where it stands; its pages are freed
      const prev = bag.tags[at];
      if (this.curTag === prev) this.curTag = null;
      tag.headBlock = prev.headBlock;
      if (prev.root !== 0) prev.freePages(prev.root);
      bag.tags[at] = tag;
    } else bag.tags.push(tag);
    tag.hdrChanged = true;
    bag.update = bag.changed = true;
    return { bag, tag, isNew: at < 0 };
  }

  /** A tag added to a compound file: its header pages are placed when the lock createTag took ends. */
  protected override buildTag(tag: Tag, cond: OrdCond | null): void {
    const bag = this.building;
    if (bag === null || (tag as NtxTag).bag !== bag) {
      super.buildTag(tag, cond);
      return;
    }
    this.building = null;
    try {
      super.buildTag(tag, cond);
    } finally {
      bag.unlockWrite();
    }
    bag.flush();
  }

  /** Unless ADDITIVE, a new order closes the other bags and its own goes last. */
  protected afterCreate(bag: Bag, _tag: Tag, cond: OrdCond | null): void {
    if (cond !== null && cond.additive) return;
    for (const b of this.bags.slice()) {
      if (b === bag || (b.production && this.keepsProduction())) continue;
      b.close();
      this.bags.splice(this.bags.indexOf(b), 1);
    }
    this.bags.splice(this.bags.indexOf(bag), 1);
    this.bags.push(bag);
  }

  /** Destroying the only order of a file deletes the file; in a compound file the tag's space is freed. */
  protected destroyTag(bag: Bag, tag: NtxTag): boolean {
    const b = bag as NtxBag;
    if (b.tags.length === 1) {
      b.deleteOnClose = true;
      b.tags.length = 0;
      return true;
    }
    if (b.readonly) {
      this.error({ genCode: EG_READONLY, subCode: EDBF_READONLY, filename: b.path });
      return false;
    }
    if (!b.lockWrite(true)) return false;
    try {
      b.dropTag(tag);
    } finally {
      b.unlockWrite();
    }
    return true;
  }

  protected override defaultLockScheme(): number {
    return DB_DBFLOCK_CLIPPER;
  }
}
