// PUBLIC and PRIVATE variables of one thread. Each memvar name (VarSym) has
// at most one visible cell; PRIVATE hides the outer cell until the function
// that declared it returns (the PRIVATE stack remembers what it hid).

import type { Thread } from './thread.js';
import type { VarSym } from './symbols.js';
import { HbRef, type Value } from '../values/types.js';

export class MemvarCell {
  constructor(
    public v: Value,
    readonly isPublic: boolean,
  ) {}
}

/**
 * The PRIVATE a PARAMETERS statement makes of an argument passed by
 * reference: it reads and writes the variable the reference names.
 */
class RefMemvarCell {
  readonly isPublic = false;
  constructor(private readonly ref: HbRef) {}
  get v(): Value {
    return this.ref.get();
  }
  set v(x: Value) {
    this.ref.set(x);
  }
}

export class Memvars {
  /** the visible cell of each memvar name, by VarSym.id */
  cells: (MemvarCell | undefined)[] = [];
  private stackIds: number[] = [];
  private stackCells: MemvarCell[] = [];
  private stackPrev: (MemvarCell | undefined)[] = [];
  privTop = 0;

  constructor(private readonly ctx: Thread) {}

  get(sym: VarSym): MemvarCell | undefined {
    return this.cells[sym.id];
  }

  /**
   * PUBLIC: creates the variable (initialised to .F., or .T. for the names
   * HARBOUR and CLIPPER) unless a memvar of that name is already visible.
   */
  declarePublic(sym: VarSym, value?: Value, hasValue = false): MemvarCell {
    const cur = this.cells[sym.id];
    if (cur !== undefined) {
      if (hasValue) this.put(cur, value);
      return cur;
    }
    const init = hasValue ? value : sym.name === 'HARBOUR' || sym.name === 'CLIPPER';
    const cell = new MemvarCell(init, true);
    this.ctx.vm.rc?.inc(this.ctx, init);
    this.cells[sym.id] = cell;
    return cell;
  }

  /**
   * PRIVATE: a new variable visible until the current function returns; a
   * name declared PRIVATE twice in one function keeps its one cell.
   */
  declarePrivate(sym: VarSym, value: Value = undefined): MemvarCell {
    const base = this.ctx.sp >= 0 ? this.ctx.frames[this.ctx.sp].privBase : 0;
    for (let i = this.privTop - 1; i >= base; i--) {
      if (this.stackIds[i] === sym.id) {
        const cell = this.stackCells[i];
        this.put(cell, value);
        return cell;
      }
    }
    // an argument passed by reference to PARAMETERS names the caller's variable
    const cell: MemvarCell = value instanceof HbRef ? new RefMemvarCell(value) : new MemvarCell(value, false);
    if (!(value instanceof HbRef)) this.ctx.vm.rc?.inc(this.ctx, value);
    const i = this.privTop++;
    this.stackIds[i] = sym.id;
    this.stackCells[i] = cell;
    this.stackPrev[i] = this.cells[sym.id];
    this.cells[sym.id] = cell;
    return cell;
  }

  /** Drop PRIVATEs above `base`, making what they hid visible again. */
  release(base: number): void {
    while (this.privTop > base) {
      const i = --this.privTop;
      this.cells[this.stackIds[i]] = this.stackPrev[i];
      this.stackPrev[i] = undefined;
      // counting mode: the value goes with the variable (a reference's stays with the variable it names)
      const cell = this.stackCells[i];
      if (!(cell instanceof RefMemvarCell)) this.ctx.vm.rc?.dec(this.ctx, cell.v);
    }
  }

  /** Assign a cell, counting the values in counting mode (see refcount.ts). */
  private put(cell: MemvarCell, v: Value): void {
    const old = cell.v;
    cell.v = v;
    const rc = this.ctx.vm.rc;
    if (rc !== null) {
      rc.inc(this.ctx, v);
      rc.dec(this.ctx, old);
    }
  }

  /** Program end (counting mode): every variable goes, PRIVATEs first, then the PUBLICs by name order. */
  releaseAll(): void {
    this.release(0);
    for (let id = 0; id < this.cells.length; id++) {
      const cell = this.cells[id];
      if (cell === undefined) continue;
      this.cells[id] = undefined;
      this.ctx.vm.rc?.dec(this.ctx, cell.v);
    }
  }

  /** A freed block still referred to becomes `to` (counting mode, see refcount.ts). */
  replaceValue(from: Value, to: Value): void {
    const seen = new Set<MemvarCell>();
    const fix = (c: MemvarCell | undefined) => {
      if (c !== undefined && !seen.has(c)) {
        seen.add(c);
        if (c.v === from) c.v = to;
      }
    };
    this.cells.forEach(fix);
    for (let i = 0; i < this.privTop; i++) {
      fix(this.stackCells[i]);
      fix(this.stackPrev[i]);
    }
  }

  /** The PRIVATE variables currently on the stack, oldest first (for __MVSAVE, RELEASE ALL ...). */
  privates(): Array<{ id: number; cell: MemvarCell; level: number }> {
    const out = [];
    for (let i = 0; i < this.privTop; i++) out.push({ id: this.stackIds[i], cell: this.stackCells[i], level: i });
    return out;
  }

  /** Hide a visible variable (RELEASE): PRIVATEs become NIL; PUBLICs are removed. */
  clear(sym: VarSym): void {
    const cell = this.cells[sym.id];
    if (cell === undefined) return;
    const old = cell.v;
    if (cell.isPublic) this.cells[sym.id] = undefined;
    else cell.v = undefined;
    this.ctx.vm.rc?.dec(this.ctx, old);
  }

  /**
   * PRIVATE without a value (__mvPrivate): a name already PRIVATE in the
   * current function keeps its cell and its value.
   */
  declarePrivateKeep(sym: VarSym): MemvarCell {
    const base = this.ctx.sp >= 0 ? this.ctx.frames[this.ctx.sp].privBase : 0;
    for (let i = this.privTop - 1; i >= base; i--) if (this.stackIds[i] === sym.id) return this.stackCells[i];
    return this.declarePrivate(sym, undefined);
  }

  /** Set to NIL the PRIVATEs from stack position `base` up whose names `match` (RELEASE ALL [LIKE|EXCEPT]). */
  clearPrivates(base: number, match: (id: number) => boolean): void {
    for (let i = this.privTop - 1; i >= base; i--) {
      const id = this.stackIds[i];
      if (this.cells[id] !== undefined && match(id)) this.put(this.cells[id]!, undefined);
    }
  }

  /** Whether `sym` has a PRIVATE anywhere on the stack. */
  hasPrivate(sym: VarSym): boolean {
    for (let i = this.privTop - 1; i >= 0; i--) if (this.stackIds[i] === sym.id) return true;
    return false;
  }

  /** CLEAR MEMORY: every PUBLIC and PRIVATE goes, except the one with id `keep`. */
  clearAll(keep: number): void {
    for (let i = this.privTop - 1; i >= 0; i--) this.stackPrev[i] = undefined;
    this.privTop = 0;
    for (let i = 0; i <= this.ctx.sp; i++) this.ctx.frames[i].privBase = 0;
    for (let id = 0; id < this.cells.length; id++) if (id !== keep) this.cells[id] = undefined;
  }
}
