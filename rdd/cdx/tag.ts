// One tag of a CDX file: a B+tree whose leaves hold all keys in ascending
// order (a DESCENDING tag is read backward) with equal keys ordered by
// record number, and whose interior pages hold the last key of each child.
// New tags are built bottom-up from sorted keys the way Harbour's DBFCDX
// fills its pages; changes afterwards split full pages and drop empty ones.

import { FT_DATE, FT_LONG, type Field } from '../dbf/fields.js';
import { dateOfDigits, parseNumber } from '../dbf/fieldcodec.js';
import type { Value } from '../../runtime/values/types.js';
import { Tag, type SortedKeys, type TagInfo } from '../order/tag.js';
import { cdxKey, cdxKeyValue, sortableDoubleInto } from '../order/key.js';
import {
  CDX_DUMMY, CDX_NODE_BRANCH, CDX_NODE_LEAF, CDX_NODE_ROOT, EXT_HEAD, INT_HEAD, CdxPage, encodeLeafBytes, leafBits, leafRun,
} from './page.js';
import {
  CDX_HB_SIGNATURE, CDX_HEADER, CDX_TYPE_COMPACT, CDX_TYPE_COMPOUND, CDX_TYPE_CUSTOM, CDX_TYPE_FORFILTER,
  CDX_TYPE_PARTIAL, CDX_TYPE_STRUCTURE, CDX_TYPE_UNIQUE, type CdxBag,
} from './bag.js';

const STACK_MAX = 64;

export interface CdxTagInfo extends TagInfo {
  /** offset of the tag header */
  headerPos: number;
  ignoreCase: boolean;
}

export class CdxTag extends Tag {
  headerPos: number;
  root = 0;
  /** the header flag (the tree itself is always ascending) */
  descending: boolean;
  ignoreCase: boolean;
  /** the padding byte keys drop at their end */
  trail: number;
  optFlags = CDX_TYPE_COMPACT | CDX_TYPE_COMPOUND;
  headerChanged = false;
  /** records in the table when the tag was built (leaf packing) */
  recCountHint = 0;
  private keyCount = -1;

  // the path from the root to the current key
  private stPos: number[] = [];
  private stIdx: number[] = [];
  private level = 0;

  constructor(info: CdxTagInfo, readonly bag: CdxBag) {
    super({ ...info, ascend: true });
    this.descending = !info.ascend;
    this.usrDescend = this.descending;
    this.headerPos = info.headerPos;
    this.ignoreCase = info.ignoreCase && info.keyType === 'C';
    this.trail = info.keyType === 'C' ? 32 : 0;
    this.sortRec = true;
    this.physicalRelPos = true;
  }

  /** Interior entries per page. */
  get maxKeys(): number {
    return Math.floor((this.bag.pageLen - INT_HEAD) / (this.keyLen + 8));
  }

  maxRec(): number {
    return this.recCountHint;
  }

  forget(): void {
    this.level = 0;
    this.onKey = false;
    this.keyCount = -1;
    this.root = 0;
  }

  encode(v: Value): [string, number] {
    if (this.ignoreCase && typeof v === 'string') v = v.toUpperCase();
    return cdxKey(v, this.keyType, this.keyLen);
  }

  decode(key: string, decimals: number): Value {
    return cdxKeyValue(key, this.keyType, decimals);
  }

  override key(v: Value): string {
    if (typeof v === 'string' && v.length === this.keyLen && !this.ignoreCase) return v;
    return this.encode(v)[0];
  }

  override fieldKeyInto(b: Buffer, o: number, f: Field, dst: Buffer, at: number): boolean {
    if (this.keyLen === 8) {
      if (f.type === FT_LONG && this.keyType === 'N') {
        sortableDoubleInto(parseNumber(b, o, f.len).v, dst, at);
        return true;
      }
      if (f.type === FT_DATE && f.len === 8 && this.keyType === 'D') {
        sortableDoubleInto(dateOfDigits(b, o), dst, at);
        return true;
      }
    }
    return super.fieldKeyInto(b, o, f, dst, at);
  }

  override rawTextKeys(): boolean {
    return !this.ignoreCase;
  }

  override fieldKey(b: Buffer, o: number, f: Field): string | null {
    return this.ignoreCase ? null : super.fieldKey(b, o, f);
  }

  override cmp(a: string, lenA: number, b: string, lenB: number, exact: boolean): number {
    if (this.keyType === 'C') return super.cmp(a, lenA, b, lenB, exact);
    // non-character keys compare exactly: a shorter key sorts first
    return super.cmp(a, lenA, b, lenB, true);
  }

  // ---- header -------------------------------------------------------------------------

  /** Read the header; false when it is not a valid tag header. */
  loadHeader(h: Buffer, fileSize: number, maxKeyLen: number): { keyExpr: string; forExpr: string } | null {
    this.root = h.readUInt32LE(0);
    const keyPos = h.readUInt16LE(508);
    let keyLen = h.readUInt16LE(510);
    let forPos = h.readUInt16LE(504);
    let forLen = h.readUInt16LE(506);
    const pool = 512;
    if (this.root === 0 || this.root % this.bag.pageLen !== 0 || this.root >= fileSize ||
        h.readUInt16LE(12) > maxKeyLen || keyLen + forLen > 512 || forPos + forLen > 512 || keyPos + keyLen > 512) {
      return null;
    }
    if (keyPos === 0 && keyLen !== 0 && forPos === 0 && forLen !== 0) forPos = keyLen;
    if (keyLen === 0) keyLen = (forPos >= keyPos ? forPos : 512) - keyPos;
    if (forLen === 0) forLen = (forPos <= keyPos ? keyPos : 512) - forPos;
    const str = (at: number, len: number): string => {
      let end = at;
      while (end < at + len && h[pool + end] !== 0) end++;
      return h.toString('latin1', pool + at, pool + end).trim();
    };
    this.keyLen = h.readUInt16LE(12);
    this.optFlags = h[14];
    this.unique = (this.optFlags & CDX_TYPE_UNIQUE) !== 0;
    this.partial = (this.optFlags & CDX_TYPE_PARTIAL) !== 0;
    this.custom = (this.optFlags & CDX_TYPE_CUSTOM) !== 0;
    this.template = this.multiKey = this.custom;
    this.descending = h.readUInt16LE(502) !== 0;
    this.usrDescend = this.descending;
    const sig = h[15];
    this.ignoreCase = (sig === 0x01 || sig === 0x21) && h[499] === 1;
    return { keyExpr: str(keyPos, keyLen), forExpr: h[pool + forPos] !== 0 ? str(forPos, forLen) : '' };
  }

  /** Write the header when it changed. */
  storeHeader(): void {
    if (!this.headerChanged) return;
    this.headerChanged = false;
    this.optFlags &= ~(CDX_TYPE_UNIQUE | CDX_TYPE_FORFILTER | CDX_TYPE_PARTIAL | CDX_TYPE_CUSTOM);
    if (this.unique) this.optFlags |= CDX_TYPE_UNIQUE;
    if (this.forExpr !== '') this.optFlags |= CDX_TYPE_FORFILTER;
    if (this.custom) this.optFlags |= CDX_TYPE_CUSTOM;
    if (this.partial) this.optFlags |= CDX_TYPE_PARTIAL;
    const h = Buffer.alloc(CDX_HEADER);
    h.writeUInt32LE(this.root >>> 0, 0);
    h.writeUInt16LE(this.keyLen, 12);
    h[14] = this.optFlags;
    h[15] = 0x01;
    h.writeUInt16LE(CDX_HEADER, 16);
    h.writeUInt16LE(this.bag.pageLen, 18);
    if (this.headerPos === 0) h.writeUInt32BE(CDX_HB_SIGNATURE, 20);
    if (this.descending) h.writeUInt16LE(1, 502);
    if (this.ignoreCase) h[499] = 1;
    const k = this.keyExpr;
    const f = this.forExpr;
    h.writeUInt16LE(0, 508);
    h.writeUInt16LE(k.length + 1, 510);
    h.writeUInt16LE(k.length + 1, 504);
    h.writeUInt16LE(f.length + 1, 506);
    h.write(k, 512, 'latin1');
    h.write(f, 512 + k.length + 1, 'latin1');
    this.bag.file.write(h, 0, CDX_HEADER, this.headerPos);
  }

  /** A directory tag (keys are tag names). */
  static directory(bag: CdxBag, name: string, headerPos: number): CdxTag {
    const t = new CdxTag({
      name, keyExpr: '', forExpr: '', keyType: 'C', keyLen: 10, keyDec: 0, ascend: true, unique: false,
      custom: false, headerPos, ignoreCase: false,
    }, bag);
    t.optFlags = CDX_TYPE_COMPACT | CDX_TYPE_COMPOUND | CDX_TYPE_STRUCTURE;
    return t;
  }

  // ---- the page path --------------------------------------------------------------------

  private page(pos: number): CdxPage {
    return this.bag.load(this, pos);
  }

  /** Add a level to the path; false (after the corruption error) when the pages loop. */
  private push(pos: number, idx: number): boolean {
    if (this.level >= STACK_MAX) {
      this.level = 0;
      this.curRec = 0;
      this.bag.corrupted();
      return false;
    }
    this.stPos[this.level] = pos;
    this.stIdx[this.level++] = idx;
    return true;
  }

  private leaf(): CdxPage {
    return this.page(this.stPos[this.level - 1]);
  }

  private setCur(p: CdxPage, i: number): void {
    if (i < p.count) {
      if (i >= p.bad) this.bag.badKey(p, this.keyLen);
      this.curKey = p.keys[i];
      this.curRec = p.recs[i];
    } else this.curRec = 0;
  }

  /** Descend from page `pos` along the first (last) entries. */
  private descend(pos: number, toLast: boolean): CdxPage {
    for (;;) {
      const p = this.page(pos);
      const i = toLast ? Math.max(p.count - 1, 0) : 0;
      if (!this.push(pos, i)) return new CdxPage(0);
      if (p.leaf || p.count === 0) return p;
      pos = p.childs[i];
    }
  }

  protected first(): boolean {
    this.level = 0;
    const p = this.descend(this.root, false);
    this.onKey = true;
    this.setCur(p, 0);
    return p.leaf && p.count > 0;
  }

  protected last(): boolean {
    this.level = 0;
    const p = this.descend(this.root, true);
    this.onKey = true;
    this.setCur(p, p.count - 1);
    return p.leaf && p.count > 0;
  }

  protected next(): boolean {
    if (this.level === 0) return false;
    const lvl = this.level - 1;
    const p = this.leaf();
    if (this.stIdx[lvl] + 1 < p.count) {
      this.setCur(p, ++this.stIdx[lvl]);
      return true;
    }
    let up = lvl - 1;
    while (up >= 0 && this.stIdx[up] + 1 >= this.page(this.stPos[up]).count) up--;
    if (up < 0) return false;
    this.stIdx[up]++;
    this.level = up + 1;
    const leaf = this.descend(this.page(this.stPos[up]).childs[this.stIdx[up]], false);
    this.setCur(leaf, 0);
    return leaf.count > 0;
  }

  protected prev(): boolean {
    if (this.level === 0) return false;
    const lvl = this.level - 1;
    const p = this.leaf();
    if (this.stIdx[lvl] > 0 && this.stIdx[lvl] <= p.count) {
      this.setCur(p, --this.stIdx[lvl]);
      return true;
    }
    let up = lvl - 1;
    while (up >= 0 && this.stIdx[up] === 0) up--;
    if (up < 0) return false;
    this.stIdx[up]--;
    this.level = up + 1;
    const leaf = this.descend(this.page(this.stPos[up]).childs[this.stIdx[up]], true);
    this.setCur(leaf, leaf.count - 1);
    return leaf.count > 0;
  }

  /** Compare the search key with entry i of page p (`rec` orders equal keys; -1: after all equal ones). */
  private cmpEntry(key: string, len: number, rec: number, p: CdxPage, i: number): number {
    if (i >= p.bad) this.bag.badKey(p, this.keyLen);
    let k = this.cmp(key, len, p.keys[i], this.keyLen, false);
    if (k === 0) {
      if (rec === -1) k = 1;
      else if (rec > 0) k = rec > p.recs[i] ? 1 : rec < p.recs[i] ? -1 : 0;
    }
    return k;
  }

  /** Set the path to the first entry not before (key, rec); false when there is none. */
  private locate(key: string, len: number, rec: number): boolean {
    this.level = 0;
    let pos = this.root;
    for (;;) {
      const p = this.page(pos);
      let l = 0;
      let r = p.count - 1;
      while (l < r) {
        const n = (l + r) >> 1;
        if (this.cmpEntry(key, len, rec, p, n) > 0) l = n + 1;
        else r = n;
      }
      if (p.leaf || p.count === 0) {
        if (l < p.count && this.cmpEntry(key, len, rec, p, l) > 0) l++;
        if (!this.push(pos, l)) return false;
        this.onKey = true;
        if (l < p.count) {
          this.setCur(p, l);
          return true;
        }
        this.curRec = 0;
        // past the end of this leaf: the first key of the next one
        if (p.count > 0) this.stIdx[this.level - 1] = p.count - 1;
        return this.next();
      }
      if (!this.push(pos, l)) return false;
      pos = p.childs[l];
      this.checkParent(p, l, this.page(pos));
    }
  }

  /**
   * A seek checks that an interior entry's key and record are the last
   * ones of the child it leads to; Harbour stops the program when not.
   */
  private checkParent(p: CdxPage, i: number, child: CdxPage): void {
    const last = child.count - 1;
    if (last < 0) this.bag.integrity('', 'hb_cdxPageGetKeyVal: wrong iKey index.');
    if (last >= child.bad) this.bag.badKey(child, this.keyLen);
    if (p.keys[i] === child.keys[last] && p.recs[i] === child.recs[last]) return;
    this.bag.integrity(`\r\nkeyLen=${this.keyLen}` +
      `\r\nparent=${p.pos.toString(16)}, iKey=${i}, rec=${p.recs[i]}` +
      `\r\n child=${child.pos.toString(16)}, iKey=${last}, rec=${child.recs[last]}` +
      `\r\nparent val=[${p.keyText(i, this.trail)}]` +
      `\r\n child val=[${child.keyText(last, this.trail)}]`, 'hb_cdxPageSeekKey: wrong parent key.');
  }

  /**
   * Position on the entry (key, rec). Equal keys are ordered by record here, so
   * a miss leaves the cursor on the entry that follows where it would be.
   */
  protected override findEntry(key: string, rec: number): boolean {
    if (!this.seekPos(key, this.keyLen, rec, false)) {
      this.onKey = false;
      this.curRec = 0;
      return false;
    }
    return this.curRec === rec && this.cmp(key, this.keyLen, this.curKey, this.keyLen, false) === 0;
  }

  protected seekPos(key: string, len: number, rec: number, after: boolean): boolean {
    this.bag.lockRead();
    try {
      const ok = this.locate(key, len, after ? -1 : rec);
      if (!ok) this.curRec = 0;
      return ok;
    } finally {
      this.bag.unlockRead();
    }
  }

  // ---- changing keys ----------------------------------------------------------------------

  /** After the last key of the page at path level `lvl` changed: fix the keys above it. */
  private fixUp(lvl: number): void {
    while (lvl > 0) {
      const p = this.page(this.stPos[lvl]);
      const parent = this.page(this.stPos[lvl - 1]);
      const i = this.stIdx[lvl - 1];
      if (p.count === 0) return;
      parent.keys[i] = p.keys[p.count - 1];
      parent.recs[i] = p.recs[p.count - 1];
      this.bag.touch(this, parent);
      if (i !== parent.count - 1) return;
      lvl--;
    }
  }

  insertKey(key: string, rec: number): boolean {
    this.bag.lockWrite();
    try {
      if (this.unique) {
        if (this.locate(key, this.keyLen, 0) && this.curKey === key) return false;
      } else if (this.locate(key, this.keyLen, rec) && this.curKey === key && this.curRec === rec &&
                 !(this.custom && this.multiKey)) {
        return false;
      }
      this.locate(key, this.keyLen, rec === 0 ? 1 : rec);
      this.addAtPath(key, rec);
      this.forgetLogPos();
      if (this.keyCount >= 0) this.keyCount++;
      this.locate(key, this.keyLen, rec);
      return true;
    } finally {
      this.bag.unlockWrite();
    }
  }

  /** Insert before the current path position (or at the end of the tree). */
  private addAtPath(key: string, rec: number): void {
    let lvl = this.level - 1;
    // locate() moved to the next leaf when the key goes after the last one
    // of a leaf: insert at the end of the last leaf instead
    if (this.curRec === 0) {
      this.level = 0;
      this.descend(this.root, true);
      lvl = this.level - 1;
      this.stIdx[lvl] = this.leaf().count;
    }
    const p = this.page(this.stPos[lvl]);
    const i = this.stIdx[lvl];
    p.keys.splice(i, 0, key);
    p.recs.splice(i, 0, rec);
    this.bag.touch(this, p);
    if (i === p.count - 1) this.fixUp(lvl);
    if (!p.fits(this.bag.pageLen, this.keyLen, this.trail, this.recCountHint)) this.split(lvl, i);
  }

  /**
   * Make room in the overfull leaf at path level `lvl` by moving keys to
   * its neighbours under the same parent; true when it then fits.
   */
  private shareWithSibling(lvl: number): boolean {
    const p = this.page(this.stPos[lvl]);
    const parent = this.page(this.stPos[lvl - 1]);
    const i = this.stIdx[lvl - 1];
    const fits = (q: CdxPage): boolean => q.fits(this.bag.pageLen, this.keyLen, this.trail, this.recCountHint);
    if (i > 0) {
      const left = this.page(parent.childs[i - 1]);
      let moved = 0;
      while (moved < p.count - 1) {
        left.keys.push(p.keys[moved]);
        left.recs.push(p.recs[moved]);
        if (!fits(left)) {
          left.keys.pop();
          left.recs.pop();
          break;
        }
        moved++;
      }
      if (moved > 0) {
        p.keys.splice(0, moved);
        p.recs.splice(0, moved);
        parent.keys[i - 1] = left.keys[left.count - 1];
        parent.recs[i - 1] = left.recs[left.count - 1];
        this.bag.touch(this, left);
        this.bag.touch(this, p);
        this.bag.touch(this, parent);
        if (fits(p)) return true;
      }
    }
    if (i < parent.count - 1) {
      const right = this.page(parent.childs[i + 1]);
      let moved = 0;
      while (moved < p.count - 1) {
        const k = p.count - 1 - moved;
        right.keys.unshift(p.keys[k]);
        right.recs.unshift(p.recs[k]);
        if (!fits(right)) {
          right.keys.shift();
          right.recs.shift();
          break;
        }
        moved++;
      }
      if (moved > 0) {
        p.keys.splice(p.count - moved, moved);
        p.recs.splice(p.recs.length - moved, moved);
        parent.keys[i] = p.keys[p.count - 1];
        parent.recs[i] = p.recs[p.count - 1];
        this.bag.touch(this, right);
        this.bag.touch(this, p);
        this.bag.touch(this, parent);
        if (fits(p)) return true;
      }
    }
    return false;
  }

  /**
   * Split the overfull page at path level `lvl` in two (`ins`: where the new
   * entry went). A leaf first shares keys with its neighbours; a key added
   * at the far end of the tree starts a new page of its own, so that pages
   * filled in key order stay full.
   */
  private split(lvl: number, ins: number): void {
    if (lvl > 0 && this.page(this.stPos[lvl]).leaf && this.shareWithSibling(lvl)) return;
    const p = this.page(this.stPos[lvl]);
    const n = p.count;
    let at = n >> 1;
    if (ins === n - 1 && p.right === CDX_DUMMY) at = n - 1;
    else if (ins === 0 && p.left === CDX_DUMMY) at = 1;
    if (p.leaf) {
      const cap = this.bag.pageLen - EXT_HEAD;
      const req = p.entryBytes;
      while (at > 1 && CdxPage.leafSize(p.keys, 0, at, this.keyLen, this.trail, req) > cap) at--;
      while (at < n - 1 && CdxPage.leafSize(p.keys, at, n, this.keyLen, this.trail, req) > cap) at++;
    }
    const right = this.bag.newPage(this, p.attr & ~CDX_NODE_ROOT);
    right.keys = p.keys.splice(at);
    right.recs = p.recs.splice(at);
    if (!p.leaf) right.childs = p.childs.splice(at);
    right.right = p.right;
    right.left = p.pos;
    if (p.right !== CDX_DUMMY) {
      const r = this.page(p.right);
      r.left = right.pos;
      this.bag.touch(this, r);
    }
    p.right = right.pos;
    this.bag.touch(this, p);
    if (lvl === 0) {
      const root = this.bag.newPage(this, CDX_NODE_ROOT | CDX_NODE_BRANCH);
      p.attr &= ~CDX_NODE_ROOT;
      root.keys = [p.keys[p.count - 1], right.keys[right.count - 1]];
      root.recs = [p.recs[p.count - 1], right.recs[right.count - 1]];
      root.childs = [p.pos, right.pos];
      this.root = root.pos;
      this.headerChanged = true;
      this.level = 0;
      return;
    }
    const parent = this.page(this.stPos[lvl - 1]);
    const i = this.stIdx[lvl - 1];
    parent.keys[i] = p.keys[p.count - 1];
    parent.recs[i] = p.recs[p.count - 1];
    parent.keys.splice(i + 1, 0, right.keys[right.count - 1]);
    parent.recs.splice(i + 1, 0, right.recs[right.count - 1]);
    parent.childs.splice(i + 1, 0, right.pos);
    this.bag.touch(this, parent);
    if (parent.count > this.maxKeys) this.split(lvl - 1, i + 1);
  }

  removeKey(key: string, rec: number): boolean {
    this.bag.lockWrite();
    try {
      if (!this.locate(key, this.keyLen, rec) || this.curKey !== key || this.curRec !== rec) return false;
      this.removeAtPath(this.level - 1);
      this.forgetLogPos();
      if (this.keyCount > 0) this.keyCount--;
      this.level = 0;
      this.onKey = false;
      this.curRec = 0;
      return true;
    } finally {
      this.bag.unlockWrite();
    }
  }

  private removeAtPath(lvl: number): void {
    const p = this.page(this.stPos[lvl]);
    const i = this.stIdx[lvl];
    p.keys.splice(i, 1);
    p.recs.splice(i, 1);
    if (!p.leaf) p.childs.splice(i, 1);
    this.bag.touch(this, p);
    if (p.count > 0) {
      if (i === p.count) this.fixUp(lvl);
      return;
    }
    if (lvl === 0) {
      // an empty root becomes an empty leaf
      p.attr = CDX_NODE_ROOT | CDX_NODE_LEAF;
      return;
    }
    if (p.left !== CDX_DUMMY) {
      const l = this.page(p.left);
      l.right = p.right;
      this.bag.touch(this, l);
    }
    if (p.right !== CDX_DUMMY) {
      const r = this.page(p.right);
      r.left = p.left;
      this.bag.touch(this, r);
    }
    this.bag.freePageAt(p);
    this.removeAtPath(lvl - 1);
  }

  // ---- counting and positions ------------------------------------------------------

  keyTotal(): number {
    this.bag.lockRead();
    try {
      if (this.keyCount < 0 || this.bag.shared) {
        let n = 0;
        this.level = 0;
        let pos: number = this.descend(this.root, false).pos;
        // the leaves are fewer than the pages of the file: more means the links loop
        let left = this.bag.pageTotal();
        while (pos !== CDX_DUMMY) {
          if (--left < 0) {
            this.bag.corrupted();
            n = 0;
            break;
          }
          const p = this.page(pos);
          n += p.count;
          pos = p.right;
        }
        this.level = 0;
        this.onKey = false;
        this.keyCount = n;
      }
      return this.keyCount;
    } finally {
      this.bag.unlockRead();
    }
  }

  position(): number {
    if (this.level === 0 || this.curRec === 0) return 0;
    let leaf = this.leaf();
    let n = this.stIdx[this.level - 1] + 1;
    let left = this.bag.pageTotal();
    while (leaf.left !== CDX_DUMMY) {
      if (--left < 0) {
        this.bag.corrupted();
        return 0;
      }
      leaf = this.page(leaf.left);
      n += leaf.count;
    }
    return n;
  }

  gotoPosition(n: number): boolean {
    if (!this.first()) return false;
    while (--n > 0) if (!this.next()) return false;
    return true;
  }

  relPos(): number {
    let d = 0.5;
    for (let lvl = this.level - 1; lvl >= 0; lvl--) d = (d + this.stIdx[lvl]) / this.page(this.stPos[lvl]).count;
    return d;
  }

  goRelPos(d: number): boolean {
    this.level = 0;
    let pos = this.root;
    for (;;) {
      const p = this.page(pos);
      if (p.count === 0) return false;
      const i = Math.min(Math.trunc(d * p.count), p.count - 1);
      if (!this.push(pos, i)) return false;
      if (p.leaf) {
        this.onKey = true;
        this.setCur(p, i);
        return true;
      }
      d = d * p.count - i;
      if (d < 0) d = 0;
      else if (d >= 1) d = 1;
      pos = p.childs[i];
    }
  }

  // ---- building --------------------------------------------------------------------

  /** Build the tree from sorted keys: leaves filled as far as they go, as Harbour does. */
  build(sorted: SortedKeys): void {
    this.bag.lockWrite();
    try {
      if (sorted.count === 0 && this.recCountHint === 0) {
        const p = this.bag.newPage(this, CDX_NODE_ROOT | CDX_NODE_LEAF);
        p.initLeaf(this.keyLen, 0);
        this.root = p.pos;
      } else this.buildPages(sorted);
      this.keyCount = sorted.count;
      this.level = 0;
      this.onKey = false;
      this.headerChanged = true;
    } finally {
      this.bag.unlockWrite();
    }
  }

  private buildPages(sorted: SortedKeys): void {
    const bag = this.bag;
    const len = this.keyLen;
    const pageLen = bag.pageLen;
    const maxKeys = this.maxKeys;
    const maxRec = this.recCountHint;
    const trail = this.trail;
    const { set, order, count } = sorted;
    const kb = set.buf;
    const recs = set.recs;
    const nodes: CdxPage[] = [];
    // a finished page's last key goes up into its parent
    const addUp = (lvl: number, key: string, rec: number, child: number): void => {
      let p = nodes[lvl];
      if (p === undefined || p.count >= maxKeys) {
        const np = bag.newPage(this, CDX_NODE_BRANCH);
        if (p !== undefined) {
          p.right = np.pos;
          np.left = p.pos;
          addUp(lvl + 1, p.keys[p.count - 1], p.recs[p.count - 1], p.pos);
        }
        nodes[lvl] = p = np;
      }
      p.keys.push(key);
      p.recs.push(rec);
      p.childs.push(child);
    };
    if (count === 0) {
      const leaf = bag.newPage(this, CDX_NODE_LEAF);
      leaf.initLeaf(len, maxRec);
      leaf.attr |= CDX_NODE_ROOT;
      this.root = leaf.pos;
      return;
    }
    // leaves: as many keys as their packed entries leave room for; each is
    // encoded from the key bytes and written when the next one starts (it
    // then knows its right sibling), not kept decoded in the cache
    const bits = leafBits(len, maxRec);
    const dups = new Uint8Array(count);
    const trls = new Uint8Array(count);
    let leafPos = -1;
    let leafLeft = CDX_DUMMY;
    let leafFrom = 0;
    let n = 0;
    const writeLeaf = (to: number, right: number, attr: number): void => {
      const b = bag.builtPage(leafPos);
      encodeLeafBytes(b, attr, leafLeft, right, kb, len, order, recs, leafFrom, to, dups, trls, bits);
    };
    while (n < count) {
      const pos = bag.allocPos(false);
      if (leafPos >= 0) {
        writeLeaf(n, pos, CDX_NODE_LEAF);
        leafLeft = leafPos;
        addUp(1, set.key(order[n - 1]), recs[order[n - 1]], leafPos);
      }
      leafPos = pos;
      leafFrom = n;
      n = leafRun(kb, len, order, n, count, trail, pageLen - EXT_HEAD, bits.req, dups, trls);
    }
    const lastRec = recs[order[count - 1]];
    const lastKey = set.key(order[count - 1]);
    const single = nodes[1] === undefined;
    writeLeaf(count, CDX_DUMMY, single ? CDX_NODE_LEAF | CDX_NODE_ROOT : CDX_NODE_LEAF);
    bag.endBuilt();
    if (single) {
      this.root = leafPos;
      return;
    }
    addUp(1, lastKey, lastRec, leafPos);
    for (let lvl = 1; ; lvl++) {
      const p = nodes[lvl];
      if (lvl + 1 === STACK_MAX || nodes[lvl + 1] === undefined) {
        p.attr |= CDX_NODE_ROOT;
        this.root = p.pos;
        break;
      }
      addUp(lvl + 1, lastKey, lastRec, p.pos);
    }
  }

  verify(): { problems: string[]; keys: string[]; recs: number[] } {
    const problems: string[] = [];
    const keys: string[] = [];
    const recs: number[] = [];
    const leaves: number[] = [];
    let leafDepth = -1;
    const walk = (pos: number, depth: number, lastKey: string | null, lastRec: number): void => {
      const p = this.page(pos);
      if (depth === 0 && (p.attr & CDX_NODE_ROOT) === 0) problems.push(`root page ${pos} not marked as root`);
      if (depth > 0 && (p.attr & CDX_NODE_ROOT) !== 0) problems.push(`page ${pos} marked as root`);
      if (p.count > 0 && lastKey !== null &&
          (p.keys[p.count - 1] !== lastKey || p.recs[p.count - 1] !== lastRec)) {
        problems.push(`page ${pos}: its last key differs from its parent's key`);
      }
      if (p.leaf) {
        if (leafDepth < 0) leafDepth = depth;
        else if (leafDepth !== depth) problems.push(`page ${pos}: leaf at depth ${depth}, others at ${leafDepth}`);
        leaves.push(pos);
        for (let i = 0; i < p.count; i++) {
          keys.push(p.keys[i]);
          recs.push(p.recs[i]);
        }
        return;
      }
      if (p.count > this.maxKeys) problems.push(`page ${pos}: ${p.count} keys, more than ${this.maxKeys}`);
      if (p.count === 0 && depth > 0) problems.push(`page ${pos}: empty branch`);
      for (let i = 0; i < p.count; i++) walk(p.childs[i], depth + 1, p.keys[i], p.recs[i]);
    };
    this.bag.lockRead();
    try {
      walk(this.root, 0, null, 0);
      for (let i = 0; i < leaves.length; i++) {
        const p = this.page(leaves[i]);
        const left = i > 0 ? leaves[i - 1] : CDX_DUMMY;
        const right = i + 1 < leaves.length ? leaves[i + 1] : CDX_DUMMY;
        if (p.left !== left || p.right !== right) problems.push(`leaf ${leaves[i]}: sibling links wrong`);
      }
    } finally {
      this.bag.unlockRead();
    }
    for (let i = 1; i < keys.length; i++) {
      const k = this.cmp(keys[i - 1], this.keyLen, keys[i], this.keyLen, true);
      if (k > 0 || (k === 0 && recs[i - 1] > recs[i])) problems.push(`keys ${i} and ${i + 1} out of order`);
    }
    return { problems, keys, recs };
  }

  refresh(): void {
    if (this.bag.shared) {
      this.bag.lockRead();
      this.bag.unlockRead();
    }
  }

  readLock(): boolean {
    this.bag.lockRead();
    return true;
  }

  protected stepInPage(forward: boolean): boolean {
    const lvl = this.level - 1;
    if (lvl < 0 || !this.bag.unchangedSinceLock()) return false;
    const p = this.bag.cached(this.stPos[lvl]);
    if (p === undefined) return false;
    const i = this.stIdx[lvl];
    if (forward ? i + 1 >= p.count : i <= 0 || i > p.count) return false;
    this.stIdx[lvl] = forward ? i + 1 : i - 1;
    this.setCur(p, this.stIdx[lvl]);
    return true;
  }

  readUnlock(): void {
    this.bag.unlockRead();
  }

  flush(): void {
    this.bag.flush();
  }
}
