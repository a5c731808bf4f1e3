// What every work area shares, whatever its driver: the field list and
// lookup by name, BOF/EOF/FOUND, the filter, SET DELETED skipping, the
// scoped loops of dbEval/LOCATE/COPY, relations to child areas, and
// evaluating codeblocks with this area selected. Drivers override the
// navigation and data primitives (Harbour's WORKAREA method defaults).
//
// Methods that can fail the way Harbour's RDD methods do return a boolean:
// false once the error has been reported through the error block.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { HbDate, HbTimestamp, isNumeric, numOf } from '../runtime/values/types.js';
import type { VarSym } from '../runtime/vm/symbols.js';
import type { Field } from './dbf/fields.js';
import type { WorkAreaManager } from './manager.js';
import { Answer, EG_UNSUPPORTED, raise, type RddErrorSpec } from './errors.js';

/** The scope clauses of dbEval, LOCATE, COPY TO, ...: FOR, WHILE, NEXT, RECORD, REST. */
export interface Scope {
  forBlock?: Block;
  whileBlock?: Block;
  next?: number;
  recId?: Value;
  rest?: boolean;
}

export interface Relation {
  parent: WorkArea;
  child: WorkArea;
  block: Block | undefined;
  text: string;
  scoped: boolean;
}

/** The result of an orders query (DBOI_*) handled by a driver. */
export type OrderInfoResult = Value;

export abstract class WorkArea {
  areaNo = 0;
  /** the alias as given or derived from the file name ('' = none) */
  alias = '';
  fields: Field[] = [];
  /** field number (1-based) by VarSym id; 0 = not a field of this area */
  private symIndex: Int32Array = new Int32Array(0);

  bof = true;
  eof = true;
  found = false;
  /** set by GO TOP / GO BOTTOM, for the filter skip that follows them */
  atTop = false;
  atBottom = false;

  filterBlock: Block | undefined = undefined;
  filterText = '';
  hasFilter = false;

  relations: Relation[] = [];
  parents = 0;
  /** a relation from a parent whose movement is not applied yet */
  pendingRel: Relation | null = null;

  locateScope: Scope | null = null;

  /** mgr: the thread's areas this one belongs to (hb_dbRequest() moves it to another thread) */
  constructor(public mgr: WorkAreaManager, readonly driver: string) {}

  get ctx(): Thread {
    return this.mgr.ctx;
  }

  // ---- fields ----------------------------------------------------------------

  /** Install the field list and its name index. */
  protected setFields(fields: Field[]): void {
    this.fields = fields;
    let max = 0;
    for (const f of fields) if (f.sym.id > max) max = f.sym.id;
    const idx = new Int32Array(max + 1);
    for (let i = fields.length - 1; i >= 0; i--) idx[fields[i].sym.id] = i + 1;
    this.symIndex = idx;
  }

  /** Field number of a symbol (1-based), 0 when this area has no such field. */
  fieldOfSym(sym: VarSym): number {
    const id = sym.id;
    return id < this.symIndex.length ? this.symIndex[id] : 0;
  }

  /** Field number of a name as FieldPos() takes it (trimmed, any case). */
  fieldPos(name: string): number {
    const n = name.trim().toUpperCase();
    if (n === '' || n.length > 63) return 0;
    for (let i = 0; i < this.fields.length; i++) if (this.fields[i].name === n) return i + 1;
    return 0;
  }

  // ---- primitives every driver provides ------------------------------------

  abstract recNo(): number;
  abstract recCount(): number;
  abstract goTo(recNo: number): boolean;
  abstract goTop(): boolean;
  abstract goBottom(): boolean;
  abstract skipRaw(n: number): boolean;
  abstract deleted(): boolean;
  abstract getValue(index: number): Value;
  /**
   * Asked when a read of field `index` was left by BREAK or QUIT from its
   * error handler: whether the read failed (Harbour's GETVALUE returning
   * failure, so that a plain name goes on to a memvar) rather than having
   * reported the error and gone on.
   */
  fieldReadFailed(_index: number): boolean {
    return false;
  }
  abstract putValue(index: number, v: Value): boolean;
  abstract append(unlockAll: boolean): boolean;
  abstract deleteRec(): boolean;
  abstract recall(): boolean;
  abstract goCold(): boolean;
  abstract flush(): boolean;
  abstract close(): boolean;

  /** The record identity as RecNo() returns it. */
  recId(): number {
    return this.recNo();
  }

  /** dbGoto() with any value: numbers go to that record. */
  goToId(v: Value): boolean {
    if (isNumeric(v)) return this.goTo(Math.trunc(numOf(v)));
    return this.goTo(0);
  }

  // ---- errors -----------------------------------------------------------------

  /** Report an error of this area's driver; the block's answer. */
  error(spec: RddErrorSpec): Answer {
    return raise(this.ctx, this.driver, spec);
  }

  unsupported(): boolean {
    this.error({ genCode: EG_UNSUPPORTED, subCode: 0 });
    return false;
  }

  // ---- blocks -------------------------------------------------------------------

  /** Evaluate a codeblock (or macro text) with this area selected, as Harbour's EVALBLOCK. */
  evalBlock(block: Block | string): Value {
    const mgr = this.mgr;
    const prev = mgr.currentNo;
    if (prev !== this.areaNo) mgr.selectNo(this.areaNo);
    try {
      return typeof block === 'function' ? block(this.ctx) : mgr.evalMacro(block);
    } finally {
      if (prev !== this.areaNo) mgr.selectNo(prev);
    }
  }

  // ---- relations --------------------------------------------------------------

  /** Apply a pending relational movement before the area is used. */
  forceRel(): boolean {
    const rel = this.pendingRel;
    if (rel === null) return true;
    this.pendingRel = null;
    return this.relEval(rel);
  }

  /** Position this (child) area as its parent's relation expression says. */
  relEval(rel: Relation): boolean {
    if (rel.parent.eof) return this.goTo(0);
    const key = rel.block !== undefined ? rel.parent.evalBlock(rel.block) : rel.parent.evalBlock(rel.text);
    if (this.orderNumber() !== 0) {
      if (rel.scoped) {
        this.setScope(0, key);
        this.setScope(1, key);
      }
      return this.seek(key, false, false);
    }
    const ok = this.goTo(isNumeric(key) ? Math.trunc(numOf(key)) : 0);
    if (ok) this.found = !this.eof;
    return ok;
  }

  /** A parent moved: remember the movement (applied when this area is used). */
  childSync(rel: Relation): boolean {
    if (!this.goCold()) return false;
    this.pendingRel = rel;
    return this.syncChildren();
  }

  syncChildren(): boolean {
    for (const rel of this.relations) if (!rel.child.childSync(rel)) return false;
    return true;
  }

  setRelation(rel: Relation): boolean {
    this.relations.push(rel);
    rel.child.parents++;
    return rel.child.childSync(rel);
  }

  clearRelations(): void {
    while (this.relations.length > 0) {
      const rel = this.relations.shift()!;
      const child = rel.child;
      if (child.pendingRel === rel) child.forceRel();
      if (rel.scoped) {
        child.setScope(0, undefined);
        child.setScope(1, undefined);
      }
      child.parents--;
    }
  }

  // ---- filters and skipping ---------------------------------------------------

  setFilter(block: Block | undefined, text: string): void {
    this.forceRel();
    this.filterBlock = block;
    this.filterText = text;
    this.hasFilter = true;
  }

  clearFilter(): void {
    this.forceRel();
    this.filterBlock = undefined;
    this.filterText = '';
    this.hasFilter = false;
  }

  /** SKIP n: one record at a time, each step past filtered and deleted records. */
  skip(n: number): boolean {
    if (n === 0) return this.skipRaw(0);
    this.atTop = this.atBottom = false;
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

  /** Move off records hidden by SET DELETED or the filter, in direction `dir`. */
  skipFilter(dir: number): boolean {
    const deleted = this.ctx.sets.deleted;
    if (this.filterBlock === undefined && !deleted) return true;
    dir = dir < 0 ? -1 : 1;
    const bottom = this.atBottom;
    while (!this.bof && !this.eof) {
      if (deleted && this.deleted()) {
        if (!this.skipRaw(dir)) return false;
        continue;
      }
      if (this.filterBlock !== undefined) {
        const r = this.evalBlock(this.filterBlock);
        if (r === false) {
          if (!this.skipRaw(dir)) return false;
          continue;
        }
      }
      break;
    }
    if (this.bof && dir < 0) {
      if (bottom) return this.goTo(0);
      const ok = this.goTop();
      this.bof = true;
      return ok;
    }
    return true;
  }

  // ---- scoped loops -----------------------------------------------------------

  /** Position for a scope: RECORD, REST/WHILE/NEXT (stay), or GO TOP. Returns the NEXT count or -1 to stop. */
  private scopeStart(sc: Scope): number {
    if (sc.recId !== undefined) {
      if (!this.goToId(sc.recId)) return -1;
      return 1;
    }
    if (sc.next !== undefined) return sc.next <= 0 ? -1 : sc.next;
    if (sc.whileBlock === undefined && sc.rest !== true) {
      if (!this.goTop()) return -1;
    }
    return 1;
  }

  /** dbEval(): `block` on every record of the scope. */
  evalScope(block: Block, sc: Scope): boolean {
    let next = this.scopeStart(sc);
    if (next < 0) return sc.next !== undefined && sc.next <= 0;
    for (;;) {
      this.forceRel();
      if (this.eof) break;
      if (sc.whileBlock !== undefined && !isTrue(this.evalBlock(sc.whileBlock))) break;
      if (sc.forBlock === undefined || isTrue(this.evalBlock(sc.forBlock))) this.evalBlock(block);
      if (sc.recId !== undefined || (sc.next !== undefined && --next < 1)) break;
      if (!this.skip(1)) return false;
    }
    return true;
  }

  /** LOCATE (fContinue = false) and CONTINUE. */
  locate(cont: boolean): boolean {
    const sc = this.locateScope;
    let next = 1;
    if (cont) {
      if (sc === null || sc.forBlock === undefined) return true;
      if (!this.skip(1)) return false;
    } else {
      if (sc === null) return true;
      if (sc.recId !== undefined) {
        if (!this.goToId(sc.recId)) return false;
      } else if (sc.next !== undefined) {
        next = sc.next;
        if (next <= 0) return true;
      } else if (sc.whileBlock === undefined && sc.rest !== true) {
        if (!this.goTop()) return false;
      }
    }
    this.found = false;
    for (;;) {
      this.forceRel();
      if (this.eof) break;
      if (!cont && sc!.whileBlock !== undefined && !isTrue(this.evalBlock(sc!.whileBlock))) break;
      if (sc!.forBlock === undefined || isTrue(this.evalBlock(sc!.forBlock))) {
        this.found = true;
        break;
      }
      if (!cont && (sc!.recId !== undefined || (sc!.next !== undefined && --next < 1))) break;
      if (!this.skip(1)) return false;
    }
    return true;
  }

  /** Records of a scope, each passed to `each` (COPY TO, SORT, TOTAL ...); `each` returns false to stop. */
  forScope(sc: Scope, each: () => boolean): boolean {
    let next = this.scopeStart(sc);
    if (next < 0) return sc.next !== undefined && sc.next <= 0;
    for (;;) {
      this.forceRel();
      if (this.eof) break;
      if (sc.whileBlock !== undefined && !isTrue(this.evalBlock(sc.whileBlock))) break;
      if (sc.forBlock === undefined || isTrue(this.evalBlock(sc.forBlock))) {
        if (!each()) return false;
      }
      if (sc.recId !== undefined || (sc.next !== undefined && --next < 1)) break;
      if (!this.skip(1)) return false;
    }
    return true;
  }

  // ---- information ----------------------------------------------------------------

  /** dbInfo( DBI_* ): the answer, or `arg` when the code is not known (Harbour's generic WORKAREA part). */
  info(index: number, arg: Value): Value {
    switch (index) {
      case 1: case 2: case 20: case 36: case 148: return false;
      case 3: case 7: case 31: return 0;
      case 8: return [];
      case 22: return this.relations.length;
      case 26: return this.bof;
      case 27: return this.eof;
      case 28: return this.filterText;
      case 29: return this.found;
      case 30: return this.fields.length;
      case 33: return this.alias;
      case 137: {
        const n = isNumeric(arg) ? Math.trunc(numOf(arg)) : 0;
        return n > 0 && n <= this.relations.length ? this.relations[n - 1].scoped : false;
      }
      case 144: {
        const r = this.recNo();
        return r === 0 ? false : r !== this.recCount() + 1;
      }
      case 150: return false;
      case 101: case 102: return '';
    }
    return arg;
  }

  /** dbRecordInfo( DBRI_*, recNo ): `arg` when not answered. */
  recordInfo(_recId: Value, _type: number, arg: Value): Value {
    return arg;
  }

  /** dbFieldInfo( DBS_*, n ): `arg` when not answered. */
  fieldInfo(_i: number, _type: number, arg: Value): Value {
    return arg;
  }

  // ---- table maintenance ------------------------------------------------------------

  /** PACK: `block` is called every `every` records. */
  pack(_block?: (n: number) => void, _every?: number): boolean {
    return this.unsupported();
  }

  zap(): boolean {
    return this.unsupported();
  }

  /** Drop whatever a failed open left open (no writes). */
  discard(): void {
    // nothing opened
  }

  // ---- orders: an area without indexes ------------------------------------------

  /** the conditions for the next ordCreate (ordCondSet()) */
  ordCond: OrdCond | null = null;

  orderListAdd(_name: string): boolean {
    return this.unsupported();
  }

  orderListClear(): boolean {
    return this.unsupported();
  }

  orderListDelete(_name: string): boolean {
    return this.unsupported();
  }

  orderListRebuild(): boolean {
    return this.unsupported();
  }

  /** ordSetFocus(): the previous order's name. */
  orderFocus(_order: Value, _bag: Value): string {
    this.unsupported();
    return '';
  }

  orderCreate(_bag: string, _tag: string, _expr: string, _block: Block | undefined, _unique: boolean): boolean {
    return this.unsupported();
  }

  orderDestroy(_order: Value, _bag: Value): boolean {
    return this.unsupported();
  }

  /** dbOrderInfo(): an area without orders answers NIL. */
  orderInfo(_code: number, _order: Value, _bag: Value, _newVal: Value): Value {
    return undefined;
  }

  /** The controlling order number (0 = natural order). */
  orderNumber(): number {
    return 0;
  }

  seek(_key: Value, _soft: boolean, _last: boolean): boolean {
    return this.unsupported();
  }

  /** Set (value) or clear (undefined) the top (0) or bottom (1) scope of the controlling order. */
  setScope(_which: number, _v: Value): void {
    // no orders, no scopes
  }

  // ---- locks -------------------------------------------------------------------

  /** RLOCK / dbRLock(): lock `recNo` (0 = current), releasing others unless `keep`. */
  lockRecord(_recNo: number, _keep: boolean): boolean {
    return true;
  }

  lockFile(): boolean {
    return true;
  }

  unlock(_recNo: number): void {
    // nothing is locked
  }

  lockList(): number[] {
    return [];
  }
}

/** A codeblock result as a condition (Harbour's hb_itemGetLX): only .F., zero and empty dates are false. */
export function isTrue(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (isNumeric(v)) return numOf(v) !== 0;
  if (v instanceof HbDate) return v.jd !== 0;
  if (v instanceof HbTimestamp) return v.jd !== 0 || v.ms !== 0;
  return true;
}

/** The conditions of the next ordCreate (ordCondSet()). */
export interface OrdCond {
  forText: string;
  forBlock: Block | undefined;
  all: boolean;
  whileBlock: Block | undefined;
  evalBlock: Block | undefined;
  step: number;
  startRec: number;
  next: number;
  recId: number;
  rest: boolean;
  descend: boolean;
  additive: boolean;
  useCurrent: boolean;
  custom: boolean;
  useFilter: boolean;
  temporary: boolean;
  exclusive: boolean;
}
