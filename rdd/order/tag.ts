// One index order (an NTX file or a CDX tag) as the order layer sees it:
// its key and FOR expressions, key type and length, the cursor over its
// keys, scopes, and the navigation rules Harbour applies on top of the
// physical key order (descending orders, user-reversed orders, scopes).
// The storage (pages, files) belongs to the subclasses.

import type { RawKeyPart } from './rawkey.js';
import { FT_STRING, type Field } from '../dbf/fields.js';
import { latin1 } from '../dbf/fieldcodec.js';
import type { Value } from '../../runtime/values/types.js';
import { keyCompare, keyTypeClass, keyTypeOf } from './key.js';

export type { SortedKeys } from './keyset.js';
import type { SortedKeys } from './keyset.js';

export interface TagScope {
  /** the scope as given (a value or a codeblock) */
  item: Value;
  key: string;
  /** significant length (a short string is a partial key) */
  len: number;
}

/** How a key is looked for: the first >= key, the last equal key, or one (key, record) entry. */
export const enum Find { First, Last, Entry }

export interface TagInfo {
  name: string;
  keyExpr: string;
  forExpr: string;
  keyType: string;
  keyLen: number;
  keyDec: number;
  ascend: boolean;
  unique: boolean;
  custom: boolean;
}

/** Where a tag gets its key values (the area evaluates expressions in the right work area). */
export interface KeySource {
  /** the key value of the current record */
  keyValue(tag: Tag): Value;
  /** whether the current record passes the FOR condition */
  forValue(tag: Tag): boolean;
}

export abstract class Tag implements TagInfo {
  name: string;
  keyExpr: string;
  forExpr: string;
  keyType: string;
  keyLen: number;
  keyDec: number;
  ascend: boolean;
  unique: boolean;
  custom: boolean;
  /** navigation reversed by ordDescend() */
  usrDescend: boolean;
  /** compiled key and FOR expressions */
  keyBlock: unknown = undefined;
  forBlock: unknown = undefined;
  /** field number when the key is just a field (read directly) */
  keyField = 0;
  /** the FOR or WHILE of the creation made this a partial index */
  partial = false;
  /** only changed records update the order (not appends) */
  changesOnly = false;
  /** equal keys are ordered by record number */
  sortRec = false;
  /** a custom order whose keys the user sets freely (ordKeyAdd with a value) */
  template = false;
  /** a custom order that may hold a record more than once */
  multiKey = false;

  // cursor
  private key0 = '';
  /** the page bytes the current key is still to be read from (null: key0 holds it) */
  private keyBuf: Buffer | null = null;
  private keyAt = 0;

  /** The current key (read out of its page the first time it is asked for). */
  get curKey(): string {
    if (this.keyBuf !== null) {
      this.key0 = latin1(this.keyBuf, this.keyAt, this.keyAt + this.keyLen);
      this.keyBuf = null;
    }
    return this.key0;
  }

  set curKey(k: string) {
    this.key0 = k;
    this.keyBuf = null;
  }

  /**
   * Make the `keyLen` bytes at `buf[at]` the current key without reading
   * them out yet (a skip seldom needs the text); the storage must call
   * settleKey() before it changes those bytes.
   */
  protected setKeyRef(buf: Buffer, at: number): void {
    this.keyBuf = buf;
    this.keyAt = at;
  }

  /** Read a pending current key out of its page (before the page changes). */
  settleKey(): void {
    if (this.keyBuf !== null) void this.curKey;
  }
  /** record of the current key; 0 = no current key */
  curRec = 0;
  /** the cursor is on a key of the index */
  onKey = false;
  tagBOF = false;
  tagEOF = false;

  top: TagScope | null = null;
  bottom: TagScope | null = null;

  /**
   * DBFCDX remembers the logical position (ordKeyNo) of record logRec and the
   * logical key count, moving the position along with SKIPs; Harbour answers
   * from these while they stand, even where a recount would differ.
   */
  logPos = 0;
  logRec = 0;
  logPosSet = false;
  logCount = 0;
  logCountSet = false;

  /**
   * Hold the index for a key's removal and insertion as one change of the
   * file (true: endWrite() must follow).
   */
  beginWrite(): boolean {
    return false;
  }

  endWrite(): void {}

  forgetLogPos(): void {
    this.logPosSet = this.logCountSet = false;
  }

  /** key and FOR result of the record when it became hot */
  hotKey: string | null = null;
  hotFor = false;
  /** The key of the record being changed is left for goCold (see deps.ts). */
  hotDeferred = false;
  /** The fields the key and FOR depend on; null: unknown; undefined: not worked out yet. */
  deps: number[] | null | undefined = undefined;

  constructor(info: TagInfo) {
    this.name = info.name;
    this.keyExpr = info.keyExpr;
    this.forExpr = info.forExpr;
    this.keyType = info.keyType;
    this.keyLen = info.keyLen;
    this.keyDec = info.keyDec;
    this.ascend = info.ascend;
    this.unique = info.unique;
    this.custom = info.custom;
    this.usrDescend = !info.ascend;
  }

  // ---- what a storage provides (physical key order) ------------------------

  /** The key of a value with its significant length. */
  abstract encode(v: Value): [string, number];
  /** The key of a value (the key part of encode()). */
  key(v: Value): string {
    return this.encode(v)[0];
  }
  /**
   * Write at `dst[at]` the key of a single-field key expression straight
   * from the field's bytes at `b[o]`; false when it must be evaluated. A C
   * field of the key's length is its own key.
   */
  fieldKeyInto(b: Buffer, o: number, f: Field, dst: Buffer, at: number): boolean {
    if (!this.fieldIsKey(f)) return false;
    for (let k = 0; k < f.len; k++) dst[at + k] = b[o + k];
    return true;
  }

  /** Whether the key of a single-field key expression is the field's bytes as they are. */
  fieldIsKey(f: Field): boolean {
    return f.type === FT_STRING && f.len === this.keyLen && this.rawTextKeys();
  }

  private keyScratch: Buffer | null = null;

  /** The key of a single-field key expression from the field's bytes (fieldKeyInto), or null. */
  fieldKey(b: Buffer, o: number, f: Field): string | null {
    if (f.type === FT_STRING) return f.len === this.keyLen ? latin1(b, o, o + f.len) : null;
    let s = this.keyScratch;
    if (s === null) s = this.keyScratch = Buffer.alloc(Math.max(this.keyLen, 1));
    return this.fieldKeyInto(b, o, f, s, 0) ? latin1(s, 0, this.keyLen) : null;
  }
  /** The field that is the whole key expression (null: none; undefined: not looked up yet). */
  keyFieldDef: Field | null | undefined = undefined;
  /** The fields a character key is concatenated from (null: it is not; undefined: not looked up yet). */
  keyPartsDef: RawKeyPart[] | null | undefined = undefined;
  /** Whether a character key is stored as the text's bytes as they are (no case folding). */
  rawTextKeys(): boolean {
    return true;
  }
  /** The value of a key (ordKeyVal); `decimals` is SET DECIMALS for floating-point keys. */
  abstract decode(key: string, decimals: number): Value;
  /** Move to the first / last key; false when the index is empty. */
  protected abstract first(): boolean;
  protected abstract last(): boolean;
  /** Move to the next / previous key; false (cursor unchanged) at the end. */
  protected abstract next(): boolean;
  protected abstract prev(): boolean;
  /**
   * Position at the first key that is not before (`after`: not before or
   * equal to) `key` (first `len` characters significant; `rec` > 0 orders
   * equal keys by record where the storage does). False when there is none.
   */
  protected abstract seekPos(key: string, len: number, rec: number, after: boolean): boolean;
  /** Add / remove a key; false when it was not added (unique) or not found. */
  abstract insertKey(key: string, rec: number): boolean;
  abstract removeKey(key: string, rec: number): boolean;
  /** Number of keys. */
  abstract keyTotal(): number;
  /** 1-based position of the current key in physical order (0 = none). */
  abstract position(): number;
  /** Move to the n-th key in physical order; false when there is none. */
  abstract gotoPosition(n: number): boolean;
  /** Replace all keys with `sorted`, already in physical order. */
  abstract build(sorted: SortedKeys): void;
  /**
   * The current key's place in the tree as a fraction 0..1, estimated from
   * the page path the way the driver does (see relpos.ts).
   */
  abstract relPos(): number;
  /** Move to the key at tree fraction `d`; false when there is none. */
  abstract goRelPos(d: number): boolean;
  /** relPos() is in physical order and the caller turns it for a descending view (CDX). */
  physicalRelPos = false;
  /** Prepare for reading (shared indexes: reload what another process changed). */
  abstract refresh(): void;
  /**
   * Hold the index read lock for a navigation (refreshing first, as
   * refresh() does), so its pages are read as one consistent tree; false
   * when the index cannot be read. Every true is paired with readUnlock().
   */
  abstract readLock(): boolean;
  abstract readUnlock(): void;

  /**
   * One key forward or back without the read lock, when that is certain to
   * give what the locked skip gives: a SHARED index no writer has committed
   * to since this process last read it, no scope, the cursor on the area's
   * record, and the next key in the same cached leaf. False: nothing moved.
   */
  quickSkip(forward: boolean, rec: number): boolean {
    if (!this.onKey || this.curRec !== rec || rec === 0 || this.top !== null || this.bottom !== null ||
        this.backward || !this.stepInPage(forward)) {
      return false;
    }
    this.tagBOF = this.tagEOF = false;
    return true;
  }

  /** Move the cursor one key within its leaf page if the unlocked state allows (see quickSkip). */
  protected abstract stepInPage(forward: boolean): boolean;
  /**
   * Walk the whole tree checking its structure; returns the problems found
   * and every key in physical order.
   */
  abstract verify(): { problems: string[]; keys: string[]; recs: number[] };
  abstract flush(): void;

  // ---- comparisons --------------------------------------------------------------

  cmp(a: string, lenA: number, b: string, lenB: number, exact: boolean): number {
    return keyCompare(a, lenA, b, lenB, exact);
  }

  /** Whether a value can be a key or scope of this tag. */
  sameType(v: Value): boolean {
    return keyTypeClass(keyTypeOf(v)) === keyTypeClass(this.keyType);
  }

  // ---- positioning (Harbour's tag key find) -------------------------------------

  /**
   * Look a key up. First: the first key not before it; Last: the last equal
   * key (or the one before the next greater); Entry: the key of record
   * `rec`. Returns whether the key was found; sets the cursor and EOF.
   */
  keyFind(key: string, len: number, mode: Find, rec = 0): boolean {
    let found = false;
    let out = false;
    if (mode === Find.Entry) {
      found = this.findEntry(key, rec);
      if (!found) out = !this.onKey;
    } else if (mode === Find.Last) {
      const ok = this.seekPos(key, len, 0, true);
      const moved = ok ? this.prev() : this.last();
      if (!moved) {
        out = true;
        this.onKey = ok;
      } else found = this.cmp(key, len, this.curKey, this.keyLen, false) === 0;
    } else {
      if (!this.seekPos(key, len, 0, false)) {
        out = true;
        this.onKey = false;
        this.curRec = 0;
      } else found = this.cmp(key, len, this.curKey, this.keyLen, false) === 0;
    }
    this.tagBOF = this.tagEOF = out || this.curRec === 0;
    return found;
  }

  /** Position on the entry (key, rec). */
  protected findEntry(key: string, rec: number): boolean {
    if (!this.seekPos(key, this.keyLen, rec, false)) {
      this.onKey = false;
      this.curRec = 0;
      return false;
    }
    while (this.curRec !== rec) {
      if (this.cmp(key, this.keyLen, this.curKey, this.keyLen, false) !== 0) return false;
      if (!this.next()) return false;
    }
    return this.cmp(key, this.keyLen, this.curKey, this.keyLen, false) === 0;
  }

  // ---- scopes --------------------------------------------------------------------

  /** Set (v defined) or clear the top (0) or bottom (1) scope as the user sees the order. */
  setScope(which: number, v: Value, evalBlock: (b: Value) => Value): void {
    let top = which === 0;
    if (this.usrDescend) top = !top;
    if (v === undefined) {
      if ((top ? this.top : this.bottom) !== null) this.scopeMoved(which);
      if (top) this.top = null;
      else this.bottom = null;
      return;
    }
    const val = typeof v === 'function' ? evalBlock(v) : v;
    if (!this.sameType(val)) {
      if (top) this.top = null;
      else this.bottom = null;
      return;
    }
    const [key, len] = this.encode(val);
    this.scopeMoved(which);
    const s: TagScope = { item: v, key, len };
    if (top) this.top = s;
    else this.bottom = s;
  }

  private scopeMoved(which: number): void {
    this.logCountSet = false;
    if (which === 0) this.logPosSet = false;
  }

  getScope(which: number): Value {
    let top = which === 0;
    if (this.usrDescend) top = !top;
    const s = top ? this.top : this.bottom;
    return s === null ? undefined : s.item;
  }

  /** Re-evaluate scopes given as codeblocks. */
  refreshScopes(evalBlock: (b: Value) => Value): void {
    for (const s of [this.top, this.bottom]) {
      if (s !== null && typeof s.item === 'function') {
        const [key, len] = this.encode(evalBlock(s.item));
        s.key = key;
        s.len = len;
      }
    }
  }

  /** Whether key `k` is not before the top scope (in physical order). */
  inTop(k: string): boolean {
    const s = this.usrDescend ? this.bottom : this.top;
    if (s === null) return true;
    const i = this.cmp(s.key, s.len, k, this.keyLen, false);
    return this.usrDescend ? i >= 0 : i <= 0;
  }

  inBottom(k: string): boolean {
    const s = this.usrDescend ? this.top : this.bottom;
    if (s === null) return true;
    const i = this.cmp(s.key, s.len, k, this.keyLen, false);
    return this.usrDescend ? i <= 0 : i >= 0;
  }

  inScope(k: string): boolean {
    return this.inTop(k) && this.inBottom(k);
  }

  /** Whether a scope limits this tag (without one the current key need not be read out). */
  get scoped(): boolean {
    return this.top !== null || this.bottom !== null;
  }

  /** Whether navigation runs against the physical order. */
  get backward(): boolean {
    return this.usrDescend === this.ascend;
  }

  // ---- navigation in the user's order -------------------------------------------------

  goTop(): void {
    const s = this.usrDescend ? this.bottom : this.top;
    if (s !== null) this.keyFind(s.key, s.len, this.usrDescend === this.ascend ? Find.Last : Find.First);
    else {
      this.onKey = this.backward ? this.last() : this.first();
      if (!this.onKey) this.curRec = 0;
    }
    this.tagEOF = this.curRec === 0 || !this.onKey || (this.scoped && !this.inScope(this.curKey));
    this.tagBOF = this.tagEOF;
  }

  goBottom(): void {
    const s = this.usrDescend ? this.top : this.bottom;
    if (s !== null) this.keyFind(s.key, s.len, this.usrDescend === this.ascend ? Find.First : Find.Last);
    else {
      this.onKey = this.backward ? this.first() : this.last();
      if (!this.onKey) this.curRec = 0;
    }
    this.tagBOF = this.curRec === 0 || !this.onKey || (this.scoped && !this.inScope(this.curKey));
    this.tagEOF = this.tagBOF;
  }

  skipNext(): void {
    this.tagBOF = false;
    if (!this.onKey) this.tagEOF = true;
    else if (this.scoped && !this.inTop(this.curKey)) this.goTop();
    else this.tagEOF = !(this.backward ? this.prev() : this.next());
    if (!this.tagEOF && this.scoped && !this.inScope(this.curKey)) this.tagEOF = true;
  }

  skipPrev(): void {
    this.tagEOF = false;
    if (!this.onKey) this.goBottom();
    else this.tagBOF = !(this.backward ? this.next() : this.prev());
    if (!this.tagBOF && this.scoped && !this.inScope(this.curKey)) this.tagBOF = true;
  }

  /** Keys in the scope (ordKeyCount). */
  scopedCount(): number {
    if (this.top === null && this.bottom === null) return this.keyTotal();
    let n = 0;
    this.goTop();
    while (!this.tagEOF) {
      n++;
      this.skipNext();
    }
    return n;
  }

  /** Position of the current key among the keys in scope (ordKeyNo), 0 when out of it. */
  scopedPosition(): number {
    if (!this.onKey || this.curRec === 0) return 0;
    if (!this.inScope(this.curKey)) return 0;
    if (this.top === null && this.bottom === null) {
      const p = this.position();
      return this.backward ? this.keyTotal() - p + 1 : p;
    }
    const key = this.curKey;
    const rec = this.curRec;
    let n = 0;
    this.goTop();
    while (!this.tagEOF) {
      n++;
      if (this.curRec === rec && this.curKey === key) return n;
      this.skipNext();
    }
    return 0;
  }

  /** Move to the n-th key in scope (ordKeyGoto); false when there is none. */
  gotoScoped(n: number): boolean {
    if (n < 1) return false;
    if (this.top === null && this.bottom === null) {
      const total = this.keyTotal();
      if (n > total) return false;
      this.onKey = this.gotoPosition(this.backward ? total - n + 1 : n);
      this.tagBOF = this.tagEOF = !this.onKey;
      return this.onKey;
    }
    this.goTop();
    while (!this.tagEOF && --n > 0) this.skipNext();
    return !this.tagEOF;
  }
}
