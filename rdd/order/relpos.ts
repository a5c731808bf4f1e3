// ordKeyRelPos(): the relative position (0..1) of the current record in an
// order, and moving to one. Like Harbour this is an estimate from the page
// path, not a key count: each level contributes its slot fraction. The two
// index drivers differ in where a descending view is turned around (NTX in
// the tree fraction itself, CDX after scaling to the scope), which shows
// in the last bits of the result, so both ways are kept.

import type { IndexArea } from './area.js';
import { Find, type Tag } from './tag.js';

/** Differences below this count as an empty scope. */
const EPSILON = 0.0000000000001;

/** The tree fractions of the first and last key in scope; null when the scope is empty. */
function scopeEnds(tag: Tag): [number, number] | null {
  let start = 0;
  let stop = 1;
  if (tag.physicalRelPos) {
    // tag.top / tag.bottom are the physical lower / upper bounds
    if (tag.top !== null) {
      tag.keyFind(tag.top.key, tag.top.len, Find.First);
      if (tag.curRec === 0 || tag.tagEOF || !tag.inScope(tag.curKey)) return null;
      start = tag.relPos();
    }
    if (tag.bottom !== null) {
      tag.keyFind(tag.bottom.key, tag.bottom.len, Find.Last);
      if (tag.curRec === 0 || tag.tagBOF || !tag.inScope(tag.curKey)) return null;
      stop = tag.relPos();
    }
    return [start, stop];
  }
  if (tag.usrDescend ? tag.bottom : tag.top) {
    tag.goTop();
    if (tag.tagEOF) return null;
    start = tag.relPos();
  }
  if (tag.usrDescend ? tag.top : tag.bottom) {
    tag.goBottom();
    if (tag.tagBOF) return null;
    stop = tag.relPos();
  }
  return [start, stop];
}

const clamp01 = (d: number): number => (d <= 0 ? 0 : d >= 1 ? 1 : d);

/** ordKeyRelPos() without a new position. */
export function getRelKeyPos(a: IndexArea, tag: Tag | null): number {
  const rec = a.recNo();
  if (tag === null || (tag.physicalRelPos && !a.isPositioned())) {
    if (!a.isPositioned()) return rec > 1 ? 1 : 0;
    const n = a.recCount();
    return n === 0 ? 0 : (0.5 + rec) / n;
  }
  tag.refresh();
  a.refreshTagScopes(tag);
  const ends = scopeEnds(tag);
  if (ends === null || !a.curKeyRefresh(tag) || !tag.inScope(tag.curKey)) return 0;
  const [start, stop] = ends;
  if (start >= stop - EPSILON) return 0.5;
  let d = (tag.relPos() - start) / (stop - start);
  if (tag.physicalRelPos && tag.usrDescend) d = 1 - d;
  return clamp01(d);
}

/** Whether record `rec` passes SET DELETED and the filter (positioning on it). */
function visible(a: IndexArea, rec: number): boolean {
  const deleted = a.ctx.sets.deleted;
  if (a.filterBlock === undefined && !deleted) return true;
  if (a.recNo() !== rec || !a.isPositioned()) a.goTo(rec);
  if (deleted && a.deleted()) return false;
  return a.filterBlock === undefined || a.evalBlock(a.filterBlock) !== false;
}

/** ordKeyRelPos( nPos ): move to the record at relative position `d`. */
export function setRelKeyPos(a: IndexArea, tag: Tag | null, d: number): void {
  if (tag === null) {
    if (d >= 1) a.goBottom();
    else if (d <= 0) a.goTop();
    else {
      // Harbour truncates the fraction before scaling it: always record 1
      a.goTo(Math.min(1, a.recCount()));
      a.skipFilter(1);
      if (a.eof) a.goTop();
    }
    return;
  }
  tag.refresh();
  a.refreshTagScopes(tag);
  let forward = true;
  let top = false;
  if (d >= 1) forward = false;
  else if (d <= 0) top = true;
  else {
    const ends = scopeEnds(tag);
    if (ends === null) {
      a.goTo(0);
      return;
    }
    const [start, stop] = ends;
    if (tag.physicalRelPos && tag.usrDescend) d = 1 - d;
    tag.tagBOF = tag.tagEOF = false;
    if (start >= stop - EPSILON) top = true;
    else if (!tag.goRelPos(d * (stop - start) + start)) top = true;
    else if (tag.curRec === 0) forward = false;
    else if (!tag.inTop(tag.curKey)) top = true;
    else if (!tag.inBottom(tag.curKey)) forward = false;
  }
  if (tag.physicalRelPos) {
    if (forward) {
      if (top) tag.goTop();
      while (!tag.tagEOF && !visible(a, tag.curRec)) tag.skipNext();
      if (tag.tagEOF && !top) forward = false;
    }
    if (!forward) {
      tag.goBottom();
      while (!tag.tagBOF && !visible(a, tag.curRec)) tag.skipPrev();
    }
    a.goTo(tag.tagEOF || tag.tagBOF ? 0 : tag.curRec);
    return;
  }
  a.withTag(tag, () => {
    a.atTop = a.atBottom = false;
    if (forward) {
      if (top) tag.goTop();
      // Harbour goes to the key the cursor stopped on even when a scope leaves it out
      if (tag.curRec !== 0 && tag.onKey) {
        if (a.goTo(tag.curRec)) {
          a.skipFilter(1);
          if (a.eof && !top) forward = false;
        }
      } else if (top) a.goTo(0);
      else forward = false;
    }
    if (!forward) {
      tag.goBottom();
      const rec = tag.onKey ? tag.curRec : 0;
      if (a.goTo(rec) && rec !== 0) {
        a.atBottom = true;
        a.skipFilter(-1);
      }
    }
  });
}
