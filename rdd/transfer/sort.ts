// SORT TO: the records of the source's scope ordered by some of its fields
// (each ascending, or /D descending, /C ignoring case), copied to another
// area without their deletion flags. Equal records keep their order.

import type { Thread } from '../../runtime/vm/thread.js';
import type { Value } from '../../runtime/values/types.js';
import { HbDate, HbTimestamp, isNumeric, numOf } from '../../runtime/values/types.js';
import { strCmp } from '../../runtime/values/compare.js';
import { MS_PER_DAY } from '../../runtime/values/timestamp.js';
import type { Scope, WorkArea } from '../workarea.js';
import { isTrue } from '../workarea.js';
import { stripAlias } from '../order/area.js';
import type { TransPlan } from './trans.js';

export interface SortKey {
  field: number;
  descend: boolean;
  noCase: boolean;
}

/** Sort keys from "NAME", "NAME/D", "NAME/DC" (fields of `src` only). */
export function sortKeys(src: WorkArea, specs: Value[]): SortKey[] {
  const keys: SortKey[] = [];
  for (const s of specs) {
    const spec = (typeof s === 'string' ? s : '').toUpperCase();
    const slash = spec.indexOf('/');
    const name = slash >= 0 ? spec.slice(0, slash) : spec;
    const flags = slash >= 0 ? spec.slice(slash + 1) : '';
    const field = src.fieldPos(stripAlias(name.trim(), src.alias) || name.trim());
    if (field === 0) continue;
    keys.push({ field, descend: flags.lastIndexOf('D') > flags.lastIndexOf('A'), noCase: flags.includes('C') });
  }
  return keys;
}

function num(v: Value): number {
  if (isNumeric(v)) return numOf(v);
  if (v instanceof HbTimestamp) return v.jd + v.ms / MS_PER_DAY;
  if (v instanceof HbDate) return v.jd;
  return 0;
}

function compare(ctx: Thread, keys: SortKey[], a: Value[], b: Value[]): number {
  for (let k = 0; k < keys.length; k++) {
    const x = a[k];
    const y = b[k];
    let i = 0;
    if (typeof x === 'string') {
      if (typeof y !== 'string') i = 1;
      else i = keys[k].noCase ? strCmp(ctx, x.toUpperCase(), y.toUpperCase(), true) : strCmp(ctx, x, y, true);
    } else if (isNumeric(x) || x instanceof HbDate || x instanceof HbTimestamp) {
      const p = num(x);
      const q = num(y);
      i = p < q ? -1 : p === q ? 0 : 1;
    } else if (typeof x === 'boolean') {
      i = x === y ? 0 : x ? 1 : -1;
    }
    if (i !== 0) return keys[k].descend ? -i : i;
  }
  return 0;
}

/** Collect the scope's records, sort them and copy them to `dst` in order. */
export function sortRecords(src: WorkArea, dst: WorkArea, plan: TransPlan, sc: Scope, keys: SortKey[]): boolean {
  const rows: { rec: number; vals: Value[] }[] = [];
  let next = 1;
  if (sc.recId !== undefined) {
    if (!src.goToId(sc.recId)) return false;
  } else if (sc.next !== undefined) next = sc.next;
  else if (sc.whileBlock === undefined && !sc.rest && !src.goTop()) return false;
  while (next > 0) {
    if (src.pendingRel !== null) src.forceRel();
    if (src.eof) break;
    if (sc.whileBlock !== undefined && !isTrue(src.evalBlock(sc.whileBlock))) break;
    if (sc.forBlock === undefined || isTrue(src.evalBlock(sc.forBlock))) {
      rows.push({ rec: src.recNo(), vals: keys.map((k) => src.getValue(k.field)) });
    }
    if (sc.recId !== undefined || (sc.next !== undefined && --next < 1)) break;
    if (!src.skip(1)) return false;
  }
  const ctx = src.ctx;
  rows.sort((a, b) => compare(ctx, keys, a.vals, b.vals) || a.rec - b.rec);
  for (const r of rows) {
    if (!src.goTo(r.rec)) return false;
    if (!dst.append(true)) return false;
    for (const it of plan.items) {
      if (!dst.putValue(it.dst, src.getValue(it.src))) {
        dst.deleteRec();
        return false;
      }
    }
  }
  return true;
}
