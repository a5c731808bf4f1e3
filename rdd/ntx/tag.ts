// The order of an NTX file: a B-tree of 1024-byte pages (Clipper's layout)
// walked with a stack of (page, key) positions. Keys are kept in internal
// pages too; a full page is split in two, a page left less than half full
// after a delete is joined with or balanced against a neighbour, and a new
// index is built bottom-up from sorted keys, as Harbour's DBFNTX does (the
// resulting files are the same).

import { FT_DATE, FT_LONG, type Field } from '../dbf/fields.js';
import { dateTextInto, ntxNumberInto } from '../order/rawkey.js';
import type { Value } from '../../runtime/values/types.js';
import { Find, Tag, type SortedKeys, type TagInfo } from '../order/tag.js';
import { viewOf } from '../order/keyset.js';
import { ntxKey, ntxKeyValue } from '../order/key.js';
import { NTX_PAGE, STACK_MAX, type NtxPage } from './page.js';
import { NtxBuild, fillLeaf } from './build.js';
import { verifyNtx } from './verify.js';
import { putLatin1 } from '../dbf/fieldcodec.js';
import {
  NTX_FLAG_CHGONLY, NTX_FLAG_CUSTOM, NTX_FLAG_DEFAULT, NTX_FLAG_EXTLOCK, NTX_FLAG_FORITEM, NTX_FLAG_MULTIKEY,
  NTX_FLAG_PARTIAL, NTX_FLAG_SORTRECNO, NTX_FLAG_TEMPLATE, type NtxBag,
} from './bag.js';

/** Deeper than any real tree (its pages then point in a cycle). */
const MAX_DEPTH = STACK_MAX * 8;

/** A key on its way up the tree (split result): left child page, record, key. */
interface Item {
  child: number;
  rec: number;
  key: string;
}

/** Keys per page for a key length (Harbour keeps the count even). */
export function ntxMaxKeys(keyLen: number): number {
  let n = Math.floor(1022 / (keyLen + 10)) - 1;
  if ((n & 1) !== 0 && n > 2) n--;
  return n;
}

export class NtxTag extends Tag {
  root = 0;
  maxKeys: number;
  /** the tag name is stored in the header (given with TAG) */
  namedTag: boolean;
  extLock = false;
  hdrChanged = false;
  /** where this tag's header page is in a compound file (0: not placed yet, or a one-tag file) */
  headBlock = 0;
  /** the tag header awaits flush(): 1 its first bytes, 2 all of it */
  headerPending = 0;
  private keyCount = -1;

  // the path from the root to the current key
  private stPage: number[] = [];
  private stKey: number[] = [];
  private level = 0;
  /** search key bytes */
  private sbuf: Buffer;
  private stop = false;
  /** pages a tree walk may still visit before it is taken for a cycle */
  private walkLeft = 0;

  constructor(info: TagInfo, readonly bag: NtxBag, namedTag: boolean, maxKeys = 0) {
    super(info);
    this.namedTag = namedTag;
    this.maxKeys = maxKeys > 0 ? maxKeys : ntxMaxKeys(info.keyLen);
    this.sbuf = Buffer.alloc(Math.max(info.keyLen, 1));
  }

  /** The header type word for this tag's flags. */
  signature(): number {
    return NTX_FLAG_DEFAULT |
      (this.forExpr !== '' ? NTX_FLAG_FORITEM : 0) |
      (this.partial ? NTX_FLAG_PARTIAL | NTX_FLAG_FORITEM : 0) |
      (this.extLock ? NTX_FLAG_EXTLOCK : 0) |
      (this.custom ? NTX_FLAG_CUSTOM : 0) |
      (this.changesOnly ? NTX_FLAG_CHGONLY : 0) |
      (this.template ? NTX_FLAG_TEMPLATE : 0) |
      (this.multiKey ? NTX_FLAG_MULTIKEY : 0) |
      (this.sortRec ? NTX_FLAG_SORTRECNO : 0);
  }

  /** Take the flags of a header type word. */
  setFlags(type: number): void {
    this.custom = (type & NTX_FLAG_CUSTOM) !== 0 || this.custom;
    this.changesOnly = (type & NTX_FLAG_CHGONLY) !== 0;
    this.partial = (type & NTX_FLAG_PARTIAL) !== 0;
    this.template = (type & NTX_FLAG_TEMPLATE) !== 0;
    this.multiKey = (type & NTX_FLAG_MULTIKEY) !== 0;
    this.sortRec = (type & NTX_FLAG_SORTRECNO) !== 0;
    this.extLock = (type & NTX_FLAG_EXTLOCK) !== 0;
  }

  /** The cached pages were dropped: forget the path and the key count. */
  forget(): void {
    this.level = 0;
    this.onKey = false;
    this.keyCount = -1;
  }

  encode(v: Value): [string, number] {
    return ntxKey(v, this.keyType, this.keyLen, this.keyDec);
  }

  decode(key: string, _decimals: number): Value {
    return ntxKeyValue(key, this.keyType);
  }

  override key(v: Value): string {
    if (typeof v === 'string' && v.length === this.keyLen) return v;
    return ntxKey(v, this.keyType, this.keyLen, this.keyDec)[0];
  }

  override fieldKeyInto(b: Buffer, o: number, f: Field, dst: Buffer, at: number): boolean {
    if (f.type === FT_LONG && this.keyType === 'N' && f.len === this.keyLen && f.dec === this.keyDec) {
      return ntxNumberInto(b, o, f.len, f.dec, dst, at);
    }
    if (f.type === FT_DATE && f.len === 8 && this.keyType === 'D' && this.keyLen === 8) return dateTextInto(b, o, dst, at);
    return super.fieldKeyInto(b, o, f, dst, at);
  }

  // ---- the page path ---------------------------------------------------------------

  /** A page of the tree (0: the root); a damaged one reads as an empty leaf once the error is raised. */
  private load(pos: number): NtxPage {
    if (pos === 0) {
      pos = this.root;
      if (pos === 0) return this.bag.corrupted();
    }
    return this.bag.load(pos, this.keyLen);
  }

  /** Add a level to the path; false (after the corruption error) when the pages loop. */
  private push(page: number, ikey: number): boolean {
    if (this.level >= MAX_DEPTH) {
      this.level = 0;
      this.bag.corrupted();
      return false;
    }
    this.stPage[this.level] = page;
    this.stKey[this.level++] = ikey;
    return true;
  }

  private setLevel(n: number): void {
    this.level = n;
    this.onKey = n > 0;
  }

  /** Make key i of page p current (none when i is past the last key). */
  private getKey(p: NtxPage, i: number): void {
    if (i < p.count) {
      this.setKeyRef(p.buf, p.keyAt(i));
      this.curRec = p.rec(i);
    } else this.curRec = 0;
  }

  private topMove(pos: number): NtxPage {
    let p: NtxPage;
    do {
      p = this.load(pos);
      pos = p.child(0);
      if (!this.push(p.pos, 0)) return this.bag.emptyPage();
    } while (pos !== 0);
    return p;
  }

  private bottomMove(pos: number): NtxPage {
    let p: NtxPage;
    do {
      p = this.load(pos);
      pos = p.child(p.count);
      if (!this.push(p.pos, p.count - (pos !== 0 || p.count === 0 ? 0 : 1))) return this.bag.emptyPage();
    } while (pos !== 0);
    return p;
  }

  protected first(): boolean {
    this.level = 0;
    const p = this.topMove(0);
    this.onKey = true;
    this.getKey(p, 0);
    return p.count !== 0;
  }

  protected last(): boolean {
    this.level = 0;
    const p = this.bottomMove(0);
    this.onKey = true;
    this.getKey(p, this.stKey[this.level - 1]);
    return p.count !== 0;
  }

  protected next(): boolean {
    let lvl = this.level - 1;
    if (lvl < 0) return false;
    let p = this.load(this.stPage[lvl]);
    let child = 0;
    if (this.stKey[lvl] < p.count) child = p.child(this.stKey[lvl] + 1);
    if (child !== 0 || this.stKey[lvl] + 1 < p.count) {
      this.stKey[lvl]++;
      if (child !== 0) p = this.topMove(child);
    } else {
      while (--lvl >= 0) {
        p = this.load(this.stPage[lvl]);
        if (this.stKey[lvl] < p.count) break;
      }
      if (lvl < 0) return false;
      this.level = lvl + 1;
    }
    this.getKey(p, this.stKey[this.level - 1]);
    return true;
  }

  protected prev(): boolean {
    let lvl = this.level - 1;
    if (lvl < 0) return false;
    let p = this.load(this.stPage[lvl]);
    const child = p.child(this.stKey[lvl]);
    if (child !== 0) p = this.bottomMove(child);
    else if (this.stKey[lvl] > 0) this.stKey[lvl]--;
    else {
      while (--lvl >= 0) {
        p = this.load(this.stPage[lvl]);
        if (this.stKey[lvl] > 0) {
          this.stKey[lvl]--;
          break;
        }
      }
      if (lvl < 0) return false;
      this.level = lvl + 1;
    }
    this.getKey(p, this.stKey[this.level - 1]);
    return true;
  }

  // ---- searching -------------------------------------------------------------------

  /** Compare the search key (first `len` bytes) with key i of page p. */
  private cmpAt(p: NtxPage, i: number, len: number): number {
    const o = p.keyAt(i);
    const b = p.buf;
    const s = this.sbuf;
    for (let j = 0; j < len; j++) {
      const d = s[j] - b[o + j];
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return 0;
  }

  /**
   * Binary search of a page: the first key not before the search key
   * (`after`: after it); with `rec` (records sorted) the entry itself.
   * Sets `stop` when an equal key (or the entry) was met.
   */
  private pageFind(p: NtxPage, len: number, after: boolean, rec: number): number {
    let lastI = -1;
    let lo = 0;
    let hi = p.count - 1;
    this.stop = false;
    while (lo <= hi) {
      const i = (lo + hi) >> 1;
      let k = this.cmpAt(p, i, len);
      if (k === 0) {
        if (rec !== 0 && this.sortRec) {
          const r = p.rec(i);
          if (rec < r) k = -1;
          else if (rec > r) k = 1;
          else {
            this.stop = true;
            return i;
          }
        }
      } else if (!this.ascend) k = -k;
      if (after ? k >= 0 : k > 0) lo = i + 1;
      else {
        if (k === 0 && rec === 0) this.stop = true;
        lastI = i;
        hi = i - 1;
      }
    }
    return lastI >= 0 ? lastI : p.count;
  }

  /**
   * Set the path to a key: `last` finds the last equal key, `rec` the
   * entry of that record, `forAdd` the place where a new key goes.
   * Returns whether the key (entry) was found.
   */
  private find(key: string, len: number, last: boolean, rec: number, forAdd: boolean): boolean {
    let after = false;
    let back = false;
    let recNo = 0;
    let out = false;
    if (forAdd) {
      if (this.sortRec) recNo = rec;
      else after = true;
    } else if (last) after = back = true;
    else recNo = rec;
    putLatin1(this.sbuf, key, 0, len);
    this.level = 0;
    let pos = 0;
    let p: NtxPage;
    let ik: number;
    for (;;) {
      p = this.load(pos);
      ik = this.pageFind(p, len, after, recNo);
      if (!this.push(p.pos, ik)) {
        p = this.bag.emptyPage();
        ik = 0;
        break;
      }
      if (this.stop && recNo !== 0 && this.sortRec) break;
      pos = p.child(ik);
      if (pos === 0) break;
    }
    this.onKey = true;
    if (recNo !== 0 && !this.sortRec) {
      for (let i = ik; i < p.count; i++) {
        if (p.rec(i) === recNo) {
          this.stKey[this.level - 1] = ik = i;
          break;
        }
      }
    }
    this.getKey(p, ik);
    let stop = this.stop;
    if (recNo !== 0) {
      if (!this.sortRec) {
        stop = true;
        while (stop && recNo !== this.curRec) {
          if (!this.next()) {
            out = true;
            stop = false;
          } else stop = this.cmp(key, len, this.curKey, this.keyLen, false) === 0;
        }
      }
    } else if (back) {
      if (!this.prev()) {
        out = true;
        stop = false;
      } else stop = this.cmp(key, len, this.curKey, this.keyLen, false) === 0;
    } else if (!after && !stop && this.curRec === 0) {
      if (!this.next()) {
        out = true;
        stop = false;
      } else stop = this.cmp(key, len, this.curKey, this.keyLen, false) === 0;
    }
    this.tagBOF = this.tagEOF = out || this.curRec === 0;
    return stop;
  }

  override keyFind(key: string, len: number, mode: Find, rec = 0): boolean {
    if (!this.bag.lockRead()) return false;
    try {
      return this.find(key, len, mode === Find.Last, mode === Find.Entry ? rec : 0, false);
    } finally {
      this.bag.unlockRead();
    }
  }

  protected seekPos(key: string, len: number, rec: number, after: boolean): boolean {
    this.find(key, len, after, rec, false);
    return this.curRec !== 0;
  }

  // ---- changing keys ---------------------------------------------------------------

  /** Split a full page around the new item at `pos`; returns the item that goes up. */
  private split(p: NtxPage, item: Item, pos: number): Item {
    const np = this.bag.newPage(this);
    const len = this.keyLen;
    const itemLen = len + 8;
    const total = p.count + 1;
    let half = total >> 1;
    let j = 0;
    while (np.count < half) {
      if (np.count === pos) {
        np.setChild(np.count, item.child);
        np.setRec(np.count, item.rec);
        np.setKey(np.count, item.key, len);
      } else {
        np.copyItem(np.count, p, j, itemLen);
        j++;
      }
      np.count++;
    }
    const up: Item = { child: 0, rec: 0, key: '' };
    if (half === pos) {
      up.rec = item.rec;
      up.key = item.key;
      np.setChild(np.count, item.child);
    } else {
      up.rec = p.rec(j);
      up.key = p.key(j, len);
      np.setChild(np.count, p.child(j));
      j++;
    }
    up.child = np.pos;
    let i = 0;
    while (++half < total) {
      if (half === pos) {
        p.setChild(i, item.child);
        p.setRec(i, item.rec);
        p.setKey(i, item.key, len);
      } else {
        const u = p.offset(j);
        p.setOffset(j, p.offset(i));
        p.setOffset(i, u);
        j++;
      }
      i++;
    }
    const right = p.child(p.count);
    p.setChild(p.count, 0);
    p.setChild(i, right);
    p.count = i;
    p.touch();
    np.touch();
    return up;
  }

  /** Merge page `last` into `first` with the separating key of `base` at `pos`. */
  private join(base: NtxPage, pos: number, first: NtxPage, last: NtxPage): void {
    const itemLen = this.keyLen + 8;
    first.setRec(first.count, base.rec(pos));
    first.copyKey(first.count, base, pos, this.keyLen);
    first.count++;
    base.remove(pos);
    base.setChild(pos, first.pos);
    for (let i = 0; i < last.count; i++) {
      first.copyItem(first.count, last, i, itemLen);
      first.count++;
    }
    first.setChild(first.count, last.child(last.count));
    last.count = 0;
    this.bag.freePage(last);
    first.touch();
    last.touch();
  }

  /** Even out the keys of two neighbour pages through the separating key of `base` at `pos`. */
  private balance(base: NtxPage, pos: number, first: NtxPage, last: NtxPage): void {
    const len = this.keyLen;
    const itemLen = len + 8;
    let move = ((first.count + last.count + 1) >> 1) - first.count;
    if (move === 0) return;
    if (move > 0) {
      first.setRec(first.count, base.rec(pos));
      first.copyKey(first.count, base, pos, len);
      first.count++;
      let i = 0;
      while (--move > 0) {
        first.copyItem(first.count, last, i, itemLen);
        first.count++;
        i++;
      }
      base.setRec(pos, last.rec(i));
      base.copyKey(pos, last, i, len);
      first.setChild(first.count, last.child(i));
      i++;
      last.count -= i;
      for (let j = 0; j <= last.count; j++) {
        const n = last.offset(j);
        last.setOffset(j, last.offset(j + i));
        last.setOffset(j + i, n);
      }
    } else {
      for (let j = last.count; j >= 0; j--) {
        const n = last.offset(j - move);
        last.setOffset(j - move, last.offset(j));
        last.setOffset(j, n);
      }
      let i = -move - 1;
      last.setRec(i, base.rec(pos));
      last.copyKey(i, base, pos, len);
      last.setChild(i, first.child(first.count));
      while (--i >= 0) {
        first.count--;
        last.copyItem(i, first, first.count, itemLen);
      }
      last.count -= move;
      first.count--;
      base.setRec(pos, first.rec(first.count));
      base.copyKey(pos, first, first.count, len);
    }
    first.touch();
    last.touch();
    base.touch();
  }

  /**
   * A change that reached outside a page buffer (item offsets of a page
   * damaged in the file, read short): the corruption error, nothing written.
   */
  private outside(e: unknown): false {
    if (!(e instanceof RangeError)) throw e;
    this.setLevel(0);
    this.bag.corrupted();
    return false;
  }

  /** Whether a new page of this tag (maxKeys + 1 items) fits in 1024 bytes, as page set-up needs. */
  private pagesFit(): boolean {
    if ((this.maxKeys + 2) * 2 + (this.maxKeys + 1) * (this.keyLen + 8) <= NTX_PAGE) return true;
    this.bag.corrupted();
    return false;
  }

  insertKey(key: string, rec: number): boolean {
    if (!this.pagesFit() || !this.bag.lockWrite(true)) return false;
    try {
      const ok = this.add(key, rec);
      if (ok && this.keyCount >= 0) this.keyCount++;
      return ok;
    } catch (e) {
      return this.outside(e);
    } finally {
      this.bag.unlockWrite();
    }
  }

  private add(key: string, rec: number): boolean {
    let bottom = false;
    if (this.unique) {
      if (this.find(key, this.keyLen, false, 0, false)) return false;
      bottom = true;
    } else if (this.find(key, this.keyLen, false, rec, true)) {
      if (!this.multiKey) return false;
      bottom = true;
    }
    let lvl = this.level - 1;
    if (bottom) {
      const p = this.load(this.stPage[lvl]);
      const child = p.child(this.stKey[lvl]);
      if (child !== 0) {
        const leaf = this.bottomMove(child);
        lvl = this.level - 1;
        if (this.stKey[lvl] < leaf.count) this.stKey[lvl]++;
      }
    }
    this.curKey = key;
    this.curRec = rec;
    let item: Item | null = { child: 0, rec, key };
    const len = this.keyLen;
    while (lvl >= 0 && item !== null) {
      const p = this.load(this.stPage[lvl]);
      const ik = this.stKey[lvl];
      if (p.count < this.maxKeys) {
        p.insert(ik, item.child, item.rec, item.key, len);
        item = null;
        break;
      }
      this.setLevel(0);
      if (lvl > 0 && this.addBalanced(p, lvl, ik, item)) {
        item = null;
        break;
      }
      item = this.split(p, item, ik);
      lvl--;
    }
    if (item !== null) {
      const np = this.bag.newPage(this);
      np.insert(0, item.child, item.rec, item.key, len);
      np.setChild(1, this.root);
      this.root = np.pos;
      this.hdrChanged = true;
      this.setLevel(0);
    }
    return true;
  }

  /** Make room in a full page by balancing it with a neighbour; false when both are too full. */
  private addBalanced(p: NtxPage, lvl: number, ik: number, item: Item): boolean {
    const base = this.load(this.stPage[lvl - 1]);
    let first = this.stKey[lvl - 1];
    let last = first;
    let baseKey = first;
    if (last < base.count && base.child(last + 1) !== 0) last++;
    else if (first > 0 && base.child(first - 1) !== 0) first--;
    if (first === last) return false;
    let pf: NtxPage;
    let pl: NtxPage;
    if (first === baseKey) {
      pf = p;
      pl = this.load(base.child(last));
      baseKey = ik;
    } else {
      pl = p;
      pf = this.load(base.child(first));
      baseKey = pf.count + ik + 1;
    }
    if (pf.count + pl.count > (this.maxKeys - 1) * 2) return false;
    this.balance(base, first, pf, pl);
    if (pf.count >= baseKey) pf.insert(baseKey, item.child, item.rec, item.key, this.keyLen);
    else pl.insert(baseKey - pf.count - 1, item.child, item.rec, item.key, this.keyLen);
    return true;
  }

  removeKey(key: string, rec: number): boolean {
    if (!this.bag.lockWrite(true)) return false;
    try {
      const ok = this.del(key, rec);
      if (ok && this.keyCount > 0) this.keyCount--;
      return ok;
    } catch (e) {
      return this.outside(e);
    } finally {
      this.bag.unlockWrite();
    }
  }

  private del(key: string, rec: number): boolean {
    if (this.level === 0 || this.curRec !== rec || this.curKey !== key) {
      if (!this.find(key, this.keyLen, false, rec, false)) return false;
    }
    // the pages change below: the cursor's key is read out of them first
    this.settleKey();
    const len = this.keyLen;
    let lvl = this.level - 1;
    let p = this.load(this.stPage[lvl]);
    let ik = this.stKey[lvl];
    const child = p.child(ik);
    if (child !== 0) {
      const base = p;
      const baseKey = ik;
      p = this.bottomMove(child);
      lvl = this.level - 1;
      ik = this.stKey[lvl];
      base.setRec(baseKey, p.rec(ik));
      base.copyKey(baseKey, p, ik, len);
      base.touch();
    }
    p.remove(ik);
    const half = this.maxKeys >> 1;
    while (lvl > 0 && p.count < half) {
      const base = this.load(this.stPage[lvl - 1]);
      let first = this.stKey[lvl - 1];
      let last = first;
      const baseKey = first;
      if (last < base.count && base.child(last + 1) !== 0) last++;
      else if (first > 0 && base.child(first - 1) !== 0) first--;
      if (first === last) {
        if (p.count === 0) {
          base.setChild(baseKey, 0);
          base.touch();
          this.bag.freePage(p);
        }
      } else {
        let pf: NtxPage;
        let pl: NtxPage;
        if (first === baseKey) {
          pf = p;
          pl = this.load(base.child(last));
        } else {
          pl = p;
          pf = this.load(base.child(first));
        }
        if (pf.count + pl.count < this.maxKeys) this.join(base, first, pf, pl);
        else this.balance(base, first, pf, pl);
      }
      p = base;
      lvl--;
    }
    if (p.count === 0 && p.pos === this.root) {
      const c = p.child(0);
      if (c !== 0) {
        this.root = c;
        this.hdrChanged = true;
        this.bag.freePage(p);
      }
    }
    this.setLevel(0);
    return true;
  }

  /** Put the pages of the tree under `pos` on the free list (the tag is replaced or dropped). */
  freePages(pos: number): void {
    this.walkLeft = this.bag.pageTotal();
    this.freeTree(pos);
  }

  private freeTree(pos: number): void {
    if (--this.walkLeft < 0) {
      this.bag.corrupted();
      return;
    }
    const p = this.bag.load(pos, this.keyLen);
    for (let u = 0; u <= p.count; u++) {
      const c = p.child(u);
      if (c !== 0) this.freeTree(c);
      if (this.walkLeft < 0) return;
    }
    p.count = 0;
    this.bag.freePage(p);
  }

  // ---- counting and positions ---------------------------------------------------------

  /** The keys under page `pos` (its subtree holds at most as many pages as the file). */
  private countKeys(pos: number): number {
    this.walkLeft = this.bag.pageTotal();
    return this.countTree(pos);
  }

  private countTree(pos: number): number {
    if (--this.walkLeft < 0) {
      this.bag.corrupted();
      return 0;
    }
    const p = this.load(pos);
    let n = p.count;
    for (let u = 0; u <= p.count; u++) {
      const c = p.child(u);
      if (c !== 0) n += this.countTree(c);
      if (this.walkLeft < 0) return 0;
    }
    return n;
  }

  keyTotal(): number {
    if (!this.bag.lockRead()) return 0;
    try {
      if (this.keyCount < 0 || this.bag.shared) this.keyCount = this.countKeys(this.root);
      return this.keyCount;
    } finally {
      this.bag.unlockRead();
    }
  }

  position(): number {
    if (this.level === 0 || this.curRec === 0) return 0;
    let n = 0;
    let firstLevel = 1;
    for (let lvl = this.level - 1; lvl >= 0; lvl--) {
      const p = this.load(this.stPage[lvl]);
      let k = this.stKey[lvl] + firstLevel;
      firstLevel = 0;
      n += k;
      while (--k >= 0) {
        const c = p.child(k);
        if (c !== 0) n += this.countKeys(c);
      }
    }
    return n;
  }

  gotoPosition(n: number): boolean {
    if (!this.first()) return false;
    while (--n > 0) if (!this.next()) return false;
    return true;
  }

  relPos(): number {
    let d = 1.0;
    for (let lvl = this.level - 1; lvl >= 0; lvl--) {
      const p = this.load(this.stPage[lvl]);
      let n = p.count;
      // a branch page has one child more than keys; on a leaf the key sits mid-slot
      if (p.child(p.count) !== 0) n++;
      else if (lvl === this.level - 1) d = 0.5;
      if (n !== 0) d = (d + this.stKey[lvl]) / n;
    }
    return this.usrDescend === this.ascend ? 1.0 - d : d;
  }

  goRelPos(d: number): boolean {
    if (this.usrDescend === this.ascend) d = 1.0 - d;
    this.level = 0;
    let pos = 0;
    let p: NtxPage;
    let ik: number;
    do {
      p = this.load(pos);
      ik = 0;
      if (p.count !== 0) {
        const n = p.count + (p.child(p.count) !== 0 ? 1 : 0);
        ik = Math.min(Math.trunc(d * n), n - 1);
        d = Math.min(Math.max(d * n - ik, 0), 1);
      }
      if (!this.push(p.pos, ik)) {
        p = this.bag.emptyPage();
        ik = 0;
        break;
      }
      pos = p.child(ik);
    } while (pos !== 0);
    this.onKey = true;
    this.getKey(p, ik);
    if (d > 0.75) this.next();
    else if (d < 0.25) this.prev();
    return this.curRec !== 0;
  }

  // ---- building ---------------------------------------------------------------------

  /** Build the tree bottom-up from sorted keys: full leaves, separators one level up. */
  build(sorted: SortedKeys): void {
    if (!this.pagesFit() || !this.bag.lockWrite(false)) return;
    try {
      this.buildPages(sorted);
      this.keyCount = sorted.count;
      this.setLevel(0);
      this.hdrChanged = true;
    } finally {
      this.bag.unlockWrite();
    }
    // a new index is on disk once INDEX ON returns, as Harbour leaves it
    this.bag.flush();
  }

  private buildPages(sorted: SortedKeys): void {
    const b = new NtxBuild(this.bag, this.maxKeys, this.keyLen, sorted);
    const { order, count } = sorted;
    const kv = viewOf(sorted.set.buf);
    const recs = sorted.set.recs;
    const len = this.keyLen;
    const max = this.maxKeys;
    // a page fresh from init() has its items in order after the offset table
    const first = (max + 2) * 2;
    const itemLen = len + 8;
    // the loop stays small (it is compiled while it runs): full leaves go
    // up through NtxBuild, which owns the upper levels
    let leaf = b.leaf;
    let n = 0;
    while (n < count) {
      if (leaf.count < max) {
        const take = Math.min(max - leaf.count, count - n);
        fillLeaf(viewOf(leaf.buf), first + leaf.count * itemLen, itemLen, kv, len, order, recs, n, n + take);
        leaf.count += take;
        n += take;
      } else leaf = b.separator(order[n++]);
    }
    this.root = b.finish();
    if (b.needBalance) this.rebalanceRight();
  }

  /** After a bulk build: the rightmost pages of each level may be under half full. */
  private rebalanceRight(): void {
    const bag = this.bag;
    const half = this.maxKeys >> 1;
    let pos = this.root;
    while (pos !== 0) {
      const p = bag.load(pos);
      pos = p.child(p.count);
      if (pos !== 0 && p.count > 0) {
        const last = bag.load(pos);
        if (last.count < half) this.balance(p, p.count - 1, bag.load(p.child(p.count - 1)), last);
      }
    }
  }

  refresh(): void {
    if (this.bag.shared && this.bag.lockRead()) this.bag.unlockRead();
  }

  override beginWrite(): boolean {
    return this.bag.lockWrite(true);
  }

  override endWrite(): void {
    this.bag.unlockWrite();
  }

  readLock(): boolean {
    return this.bag.lockRead();
  }

  protected stepInPage(forward: boolean): boolean {
    const lvl = this.level - 1;
    if (lvl < 0 || !this.bag.unchangedSinceLock()) return false;
    const p = this.bag.cached(this.stPage[lvl]);
    if (p === undefined) return false;
    const k = this.stKey[lvl];
    if (forward) {
      if (k + 1 >= p.count || p.child(k + 1) !== 0) return false;
      this.stKey[lvl] = k + 1;
    } else {
      if (k <= 0 || k > p.count || p.child(k) !== 0) return false;
      this.stKey[lvl] = k - 1;
    }
    this.getKey(p, this.stKey[lvl]);
    return true;
  }

  readUnlock(): void {
    this.bag.unlockRead();
  }

  verify(): { problems: string[]; keys: string[]; recs: number[] } {
    return verifyNtx(this);
  }

  flush(): void {
    this.bag.flush();
  }
}
