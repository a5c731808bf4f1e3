// The DBFNTX driver's work area: DBT memos and one order per .ntx file.

import type { Value } from '../../runtime/values/types.js';
import { numDec, numLen } from '../../runtime/values/number.js';
import { IndexArea, type Bag, type NewTag } from '../order/area.js';
import type { Tag } from '../order/tag.js';
import type { OrdCond } from '../workarea.js';
import type { DbFile } from '../io/file.js';
import { indexLock } from '../io/lockscheme.js';
import { EG_CORRUPTION, EDBF_CORRUPT } from '../errors.js';
import { resolvePath, splitName } from '../paths.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import { keyTypeOf } from '../order/key.js';
import {
  H_CUSTOM, H_DESCEND, H_FOREXPR, H_KEYDEC, H_KEYEXPR, H_KEYSIZE, H_MAXITEM, H_NEXT, H_ROOT, H_TAGNAME, H_TYPE,
  H_UNIQUE, H_VERSION, NTX_FLAG_COMPOUND, NTX_FLAG_CUSTOM, NTX_FLAG_DEFAULT, NTX_FLAG_EXTLOCK, NTX_FLAG_FORITEM,
  NTX_FLAG_MASK, NTX_FLAG_OLDDEFAULT, NTX_MAX_EXP, NtxBag,
} from './bag.js';
import { NtxTag } from './tag.js';
import { DB_DBFLOCK_CLIPPER, DB_DBFLOCK_CLIPPER2 } from '../io/lockscheme.js';

const NTX_MAX_KEY = 256;

/** A zero-terminated string field of a header. */
function cstr(b: Buffer, at: number, max: number): string {
  let end = at;
  while (end < at + max && b[end] !== 0) end++;
  return b.toString('latin1', at, end);
}

export class NtxArea extends IndexArea {
  bagExt(): string {
    return this.drv.settings.orderBagExt || '.ntx';
  }

  protected multiTag(): boolean {
    return false;
  }

  protected sortsByRecord(): boolean {
    return false;
  }

  indexType(_b: Bag): number {
    return 1;
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
    const tag = this.loadTag(bag, splitName(path).name);
    if (tag === null) {
      file.close();
      this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: path });
      return null;
    }
    bag.tags.push(tag);
    return bag;
  }

  /** Read the header of an NTX file into a tag; null when it is not a valid NTX header. */
  private loadTag(bag: NtxBag, fileName: string): NtxTag | null {
    if (!bag.lockRead()) return null;
    let h: Buffer | null;
    try {
      h = bag.readHeader();
    } finally {
      bag.unlockRead();
    }
    if (h === null) return null;
    const type = h.readUInt16LE(H_TYPE);
    if ((type & NTX_FLAG_COMPOUND) !== 0) return null;
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
    const named = h[H_TAGNAME] >= 0x20;
    const tag = new NtxTag({
      name: named ? cstr(h, H_TAGNAME, 12) : fileName.toUpperCase().trim().slice(0, 10),
      keyExpr, forExpr, keyType: 'U',
      keyLen: h.readUInt16LE(H_KEYSIZE), keyDec: h.readUInt16LE(H_KEYDEC),
      ascend: h[H_DESCEND] === 0, unique: h[H_UNIQUE] !== 0,
      custom: (type & NTX_FLAG_CUSTOM) !== 0 || h[H_CUSTOM] !== 0,
    }, bag, named, h.readUInt16LE(H_MAXITEM));
    tag.setFlags(type);
    tag.root = h.readUInt32LE(H_ROOT);
    bag.version = h.readUInt16LE(H_VERSION);
    bag.nextAvail = h.readUInt32LE(H_NEXT);
    if ((type & NTX_FLAG_EXTLOCK) !== 0) this.lockType = DB_DBFLOCK_CLIPPER2;
    this.prepareTag(tag);
    tag.keyType = keyTypeOf(this.keyValue(tag));
    return tag;
  }

  protected createTag(t: NewTag): { bag: Bag; tag: NtxTag; isNew: boolean } | null {
    const path = resolvePath(this.ctx, t.bagPath, true);
    const open = this.findBag(path);
    if (open !== undefined) {
      if (this.curTag !== null && open.tags.includes(this.curTag)) this.curTag = null;
      open.close();
      this.bags.splice(this.bags.indexOf(open), 1);
    }
    const cond = this.ordCond;
    const temporary = cond !== null && cond.temporary;
    const shared = this.shared && !temporary && !(cond !== null && cond.exclusive);
    const file = this.createIndexFile(path, true, shared);
    if (file === null) return null;
    const bag = this.newBag(file, path, false, shared, false);
    const tag = new NtxTag({
      name: t.tagName, keyExpr: t.keyExpr, forExpr: t.forExpr, keyType: t.keyType, keyLen: t.keyLen,
      keyDec: t.keyDec, ascend: t.ascend, unique: t.unique, custom: t.custom,
    }, bag, t.named);
    tag.keyBlock = t.keyBlock;
    tag.forBlock = t.forBlock;
    tag.keyField = t.keyField;
    tag.extLock = this.lockType === DB_DBFLOCK_CLIPPER2;
    bag.tags.push(tag);
    bag.truncate();
    if (temporary) bag.deleteOnClose = true;
    return { bag, tag, isNew: true };
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

  /** An NTX file holds one order: destroying it deletes the file. */
  protected destroyTag(bag: Bag, _tag: NtxTag): boolean {
    (bag as NtxBag).deleteOnClose = true;
    bag.tags.length = 0;
    return true;
  }

  protected override defaultLockScheme(): number {
    return DB_DBFLOCK_CLIPPER;
  }
}
