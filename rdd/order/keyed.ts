// Index keys of a work area's records: the key and FOR condition of a tag
// for the current record (evaluated under the table's code page, or taken
// from the field's bytes), the tag cursor on the current record, and
// keeping every tag's keys right when a record changes (goHot / goCold).

import type { Block, Value } from '../../runtime/values/types.js';
import { FptArea } from '../memo/area.js';
import { Find, type Tag } from './tag.js';
import { EG_CORRUPTION, EDBF_CORRUPT } from '../errors.js';
import { BreakSignal } from '../../runtime/vm/signals.js';
import { currentCodepage, selectCodepage } from '../../runtime/cdp/registry.js';
import { FT_ANY, isMemoType, type Field } from '../dbf/fields.js';
import { DEP_DELETED, keyDependencies } from './deps.js';

export abstract class KeyedArea extends FptArea {
  /** a SHARED append whose keys are not added yet */
  protected appendPending = false;

  /** Every tag of every open bag. */
  abstract get tags(): Tag[];
  /** The file a tag lives in (for error reports). */
  protected abstract tagFile(tag: Tag): string;

  // ---- keys -----------------------------------------------------------------------------

  /** The key value of the current record for a tag (text in the table's code page, as Harbour keys it). */
  keyValue(tag: Tag): Value {
    const vm = currentCodepage(this.ctx);
    if (vm.id !== this.cdp.id) {
      selectCodepage(this.ctx, this.cdp);
      try {
        return this.rawKeyValue(tag);
      } finally {
        selectCodepage(this.ctx, vm);
      }
    }
    return this.rawKeyValue(tag);
  }

  private rawKeyValue(tag: Tag): Value {
    if (tag.keyField !== 0) return this.getValue(tag.keyField);
    const b = tag.keyBlock;
    return typeof b === 'function' ? this.evalBlock(b as Block) : this.evalBlock(String(b));
  }

  /** The field that is the tag's whole key expression, if it is one. */
  protected keyFieldOf(tag: Tag): Field | null {
    if (tag.keyFieldDef === undefined) tag.keyFieldDef = tag.keyField !== 0 ? this.fields[tag.keyField - 1] ?? null : null;
    return tag.keyFieldDef;
  }

  keyOf(tag: Tag): string {
    const f = this.keyFieldOf(tag);
    if (f !== null && this.pendingRel === null) {
      // a single field: its bytes (in the table's code page) make the key
      if (!this.validBuffer) this.readRecord();
      const k = tag.fieldKey(this.rec, f.offset, f);
      if (k !== null) return k;
    }
    return tag.key(this.keyValue(tag));
  }

  forOf(tag: Tag): boolean {
    if (tag.forBlock === undefined) return true;
    const b = tag.forBlock;
    return this.evalBlock(typeof b === 'function' ? (b as Block) : String(b)) === true;
  }

  protected readonly scopeEval = (b: Value): Value => this.evalBlock(b as Block);

  /** Make sure the tag's cursor is on the current record's key (Harbour's current key refresh). */
  curKeyRefresh(tag: Tag): boolean {
    if (this.pendingRel !== null) this.forceRel();
    if (!this.positioned) {
      tag.onKey = false;
      tag.tagBOF = tag.tagEOF = true;
      tag.curRec = 0;
      return false;
    }
    if (!tag.onKey || tag.curRec !== this.curRec) {
      let prevKey: string | null = null;
      if (tag.curRec === this.curRec) {
        prevKey = tag.curKey;
        tag.keyFind(prevKey, tag.keyLen, Find.Entry, this.curRec);
      }
      if (tag.curRec !== this.curRec || !tag.onKey) {
        const key = this.keyOf(tag);
        if (prevKey === null || key !== prevKey) tag.keyFind(key, tag.keyLen, Find.Entry, this.curRec);
        // still not found from a buffered record: re-read it (a full GOTO, which
        // also clears Found() and moves related children) and search again
        if ((tag.curRec !== this.curRec || !tag.onKey) && this.validBuffer) {
          this.goTo(this.curRec);
          const fresh = this.keyOf(tag);
          if (fresh !== key) tag.keyFind(fresh, tag.keyLen, Find.Entry, this.curRec);
        }
      }
      return tag.curRec !== 0 && tag.curRec === this.curRec && tag.onKey;
    }
    tag.tagBOF = tag.tagEOF = false;
    return true;
  }

  // ---- key maintenance ---------------------------------------------------------------

  /** The record as it was when it became hot (for keys left until goCold). */
  private hotSnap: Buffer | null = null;

  override goHot(): boolean {
    if (!super.goHot()) return false;
    if (this.appendPending) return true;
    let snapped = false;
    for (const tag of this.tags) {
      if (tag.custom) continue;
      if (this.tagDeps(tag) !== null) {
        if (!snapped) {
          if (this.hotSnap === null || this.hotSnap.length !== this.rec.length) this.hotSnap = Buffer.alloc(this.rec.length);
          this.rec.copy(this.hotSnap);
          snapped = true;
        }
        tag.hotDeferred = true;
        tag.hotKey = null;
        continue;
      }
      tag.hotKey = this.keyOf(tag);
      tag.hotFor = this.forOf(tag);
    }
    return true;
  }

  /** What a tag's key and FOR depend on (worked out once). */
  private tagDeps(tag: Tag): number[] | null {
    if (tag.deps === undefined) {
      const exprs = [tag.keyExpr];
      if (tag.forBlock !== undefined) exprs.push(tag.forExpr);
      const unknown = tag.forBlock !== undefined && tag.forExpr === '';
      tag.deps = unknown ? null : keyDependencies(exprs, (name) => this.fieldPos(name),
        (f) => !isMemoType(this.fields[f - 1].type) && this.fields[f - 1].type !== FT_ANY);
    }
    return tag.deps;
  }

  /** Whether a field the tag depends on differs from the record as it was. */
  private depsChanged(tag: Tag, was: Buffer): boolean {
    const r = this.rec;
    if (this.nullCount > 0) {
      for (let i = this.nullOffset, end = i + ((this.nullCount + 7) >> 3); i < end; i++) if (r[i] !== was[i]) return true;
    }
    for (const d of tag.deps!) {
      if (d === DEP_DELETED) {
        if (r[0] !== was[0]) return true;
        continue;
      }
      const f = this.fields[d - 1];
      for (let i = f.offset, end = f.offset + f.len; i < end; i++) if (r[i] !== was[i]) return true;
    }
    return false;
  }

  override goCold(): boolean {
    const changed = this.hot;
    let appended = this.appending;
    if (!super.goCold()) return false;
    if (!changed && !this.appendPending) return true;
    if (appended && this.shared) {
      // a SHARED append adds its keys when the new record is written again
      this.appendPending = true;
      return true;
    }
    if (this.shared) {
      appended = this.appendPending;
      this.appendPending = false;
    }
    const pending = this.pendingRel;
    this.pendingRel = null;
    // an error handler's BREAK takes effect once every order is updated, as in Harbour
    let broke: BreakSignal | null = null;
    try {
      for (const tag of this.tags) {
        try {
          this.updateKey(tag, appended);
        } catch (e) {
          if (!(e instanceof BreakSignal)) throw e;
          broke ??= e;
        }
      }
    } finally {
      this.pendingRel = pending;
    }
    if (broke !== null) throw broke;
    return true;
  }

  /** Bring the key of the current record in `tag` up to date (goCold). */
  private updateKey(tag: Tag, appended: boolean): void {
    const deferred = tag.hotDeferred;
    tag.hotDeferred = false;
    if (tag.custom || (appended && tag.changesOnly)) return;
    if (deferred && !appended) {
      // the fields it depends on are unchanged: so is its key
      if (!this.depsChanged(tag, this.hotSnap!)) return;
      const now = this.rec;
      const nowDeleted = this.isDeleted;
      this.rec = this.hotSnap!;
      // Deleted() reads the flag, not the buffer: it must show the old record too
      this.isDeleted = this.rec[0] === 0x2a;
      this.recGen++;
      try {
        tag.hotKey = this.keyOf(tag);
        tag.hotFor = this.forOf(tag);
      } finally {
        this.rec = now;
        this.isDeleted = nowDeleted;
        this.recGen++;
      }
    }
    const key = this.keyOf(tag);
    let add = this.forOf(tag);
    let del: boolean;
    if (appended) del = false;
    else if (tag.hotKey !== null && tag.hotKey === key) {
      if (tag.hotFor ? add : !add) add = del = false;
      else del = !add;
    } else del = tag.hotFor || tag.partial;
    // a key that moves is one change of the index file, as under Harbour's single write lock
    const held = del && add && tag.beginWrite();
    try {
      if (del && tag.hotKey !== null && !tag.removeKey(tag.hotKey, this.curRec)) {
        if (tag.changesOnly) add = false;
        else if (!tag.partial && !tag.unique) {
          this.error({ genCode: EG_CORRUPTION, subCode: EDBF_CORRUPT, filename: this.tagFile(tag) });
        }
      }
      if (add) tag.insertKey(key, this.curRec);
    } finally {
      if (held) tag.endWrite();
    }
    tag.hotKey = null;
  }

}
