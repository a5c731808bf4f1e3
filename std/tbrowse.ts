// The functions that make and drive browses: TBrowse(), TBrowseNew(),
// TBrowseDB() with the __dbSkipper() its skip block uses, TBMouse() and
// TApplyKey(), and the Clipper 5.3 TB*() procedures Harbour keeps empty.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { nativeInstance, send } from '../runtime/classes/native.js';
import { numOr0, rtl } from './get-view.js';
import { cur, noTable } from './dbcommon.js';
import { TBROWSE_CLASS } from './tbrowse-view.js';
import { tbMouse } from './tbrowse-keys.js';
import './tbrowse-class.js';
import type { StdModule } from './registry.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;

/** __dbSkipper( nRecs ): skip up to nRecs records without leaving the table's ends; the number skipped. */
function dbSkipper(ctx: Thread, recs: Value): Value {
  if (cur(ctx) === undefined) return noTable(ctx, '__DBSKIPPER');
  let skipped = 0;
  if (numOr0(rtl(ctx, 'LASTREC')) > 0) {
    const n = isNum(recs) ? Math.trunc(numOr0(recs)) : 1;
    if (n === 0) {
      rtl(ctx, 'DBSKIP', 0);
    } else if (n > 0) {
      while (skipped < n) {
        rtl(ctx, 'DBSKIP', 1);
        if (rtl(ctx, 'EOF') === true) {
          rtl(ctx, 'DBSKIP', -1);
          break;
        }
        skipped++;
      }
    } else {
      while (skipped > n) {
        rtl(ctx, 'DBSKIP', -1);
        if (rtl(ctx, 'BOF') === true) break;
        skipped--;
      }
    }
  }
  return skipped;
}

/** TBrowseNew( [nTop], [nLeft], [nBottom], [nRight] ) */
function tbrowseNew(ctx: Thread, ...args: Value[]): Value {
  return send(ctx, nativeInstance(ctx, TBROWSE_CLASS), 'NEW', ...args);
}

const NOTHING = (): Value => undefined;

export const functions: StdModule = {
  TBROWSE(ctx) {
    return nativeInstance(ctx, TBROWSE_CLASS);
  },
  TBROWSENEW: tbrowseNew,
  TBROWSEDB(ctx, ...args) {
    const o = tbrowseNew(ctx, ...args);
    send(ctx, o, '_SKIPBLOCK', (c: Thread, n: Value) => rtl(c, '__DBSKIPPER', n));
    send(ctx, o, '_GOTOPBLOCK', (c: Thread) => rtl(c, 'DBGOTOP'));
    send(ctx, o, '_GOBOTTOMBLOCK', (c: Thread) => rtl(c, 'DBGOBOTTOM'));
    return o;
  },
  __DBSKIPPER(ctx, recs) {
    return dbSkipper(ctx, recs);
  },
  TBMOUSE(ctx, o, row, col) {
    return tbMouse(ctx, o, row, col);
  },
  TAPPLYKEY(ctx, key, o) {
    return send(ctx, o, 'APPLYKEY', key);
  },
  TBADDCOL: NOTHING, TBBBLOCK: NOTHING, TBCLOSE: NOTHING, TBCREATE: NOTHING, TBDELCOL: NOTHING,
  TBDISPLAY: NOTHING, TBEDITCELL: NOTHING, TBFBLOCK: NOTHING, TBGOBOT: NOTHING, TBGOTOP: NOTHING,
  TBINSCOL: NOTHING, TBMODAL: NOTHING, TBSBLOCK: NOTHING, TBSKIP: NOTHING,
};
