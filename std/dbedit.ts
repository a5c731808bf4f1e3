// DbEdit(): the current work area's records in a TBrowse, moved through
// with the cursor keys; every other key, and the moments the browse comes
// to rest, go to a user function that is told the state (dbedit.ch's DE_*)
// and answers whether and how to go on.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { exactEq, gt, lt, ne } from '../runtime/values/compare.js';
import { send } from '../runtime/classes/native.js';
import { evalItem, isEvalItem } from '../runtime/errors/launch.js';
import { macroCall } from '../runtime/vm/macro.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { isNum, numOr0, rtl } from './get-view.js';
import {
  K_CTRL_END, K_CTRL_HOME, K_CTRL_LEFT, K_CTRL_PGDN, K_CTRL_PGUP, K_CTRL_RIGHT, K_DOWN, K_END, K_ENTER, K_ESC,
  K_HOME, K_LBUTTONDOWN, K_LDBLCLK, K_LEFT, K_MOUSEMOVE, K_PGDN, K_PGUP, K_RIGHT, K_UP,
} from './inkey-codes.js';
import type { StdModule } from './registry.js';

const DE_IDLE = 0;
const DE_HITTOP = 1;
const DE_HITBOTTOM = 2;
const DE_EMPTY = 3;
const DE_EXCEPT = 4;
const DE_ABORT = 0;
const DE_REFRESH = 2;
const DE_APPEND = 3;
const SC_NONE = 0;

const DBEDIT = nativeProc('DBEDIT');
// the user function is called through a function of this name, as in
// Clipper: code in it may look at ProcName( 1 )
const CALLUSER = nativeProc('CALLUSER');

/** Text in the box-drawing code page of the screen, from UTF-8. */
export function boxText(ctx: Thread, utf8: string): Value {
  return rtl(ctx, 'HB_UTF8TOSTRBOX', Buffer.from(utf8, 'utf8').toString('latin1'));
}

const num = (ctx: Thread, fn: string): number => numOr0(rtl(ctx, fn));
const empty = (ctx: Thread, v: Value): boolean => rtl(ctx, 'EMPTY', v) === true;

/** The table has no record to show, by Clipper's tests. */
export function isDbEmpty(ctx: Thread): boolean {
  const last = num(ctx, 'LASTREC');
  return last === 0 || (rtl(ctx, 'BOF') === true && (rtl(ctx, 'EOF') === true || num(ctx, 'RECNO') === last + 1));
}

/**
 * The skip block of DbEdit() and Browse(): up to `recs` records on, never
 * past the last one (except onto the phantom record while appending);
 * `settle` steps back off the phantom record when asked to skip none.
 */
export function skipRecords(ctx: Thread, recs: Value, append: boolean, settle: boolean): number {
  let skipped = 0;
  const last = num(ctx, 'LASTREC');
  if (last === 0) return 0;
  const n = isNum(recs) ? numOr0(recs) : 0;
  if (n === 0) {
    if (settle && !append && rtl(ctx, 'EOF') === true) {
      rtl(ctx, 'DBSKIP', -1);
      skipped = -1;
    } else {
      rtl(ctx, 'DBSKIP', 0);
    }
  } else if (n > 0 && num(ctx, 'RECNO') !== last + 1) {
    while (skipped < n) {
      rtl(ctx, 'DBSKIP');
      if (rtl(ctx, 'EOF') === true) {
        if (append) skipped++;
        else rtl(ctx, 'DBSKIP', -1);
        break;
      }
      skipped++;
    }
  } else if (n < 0) {
    while (skipped > n) {
      rtl(ctx, 'DBSKIP', -1);
      if (rtl(ctx, 'BOF') === true) break;
      skipped--;
    }
  }
  return skipped;
}

/** What a run of DbEdit() keeps between keys. */
interface EditState {
  browse: Value;
  user: Value;
  /** on the phantom record after the user function answered DE_APPEND */
  append: boolean;
  /** wait for a key after the next idle call (cleared after a repositioning) */
  wait: boolean;
}

/** A number argument within [lo, hi], or `dflt`. */
function coord(v: Value, lo: Value, hi: Value | undefined, ctx: Thread, dflt: Value): Value {
  if (!isNum(v) || lt(ctx, v, lo) || (hi !== undefined && gt(ctx, v, hi))) return dflt;
  return v;
}

/** The i-th (0-based) element of an array argument when it is a string; else the argument itself when a string. */
function perColumn(v: Value, i: number, nonEmpty: boolean, ctx: Thread): string | undefined {
  if (Array.isArray(v)) {
    const e = v[i];
    if (typeof e === 'string' && !(nonEmpty && empty(ctx, e))) return e;
    return undefined;
  }
  return typeof v === 'string' && !(nonEmpty && empty(ctx, v)) ? v : undefined;
}

/** The browse's columns from DbEdit()'s arguments; false when there are none. */
function addColumns(ctx: Thread, browse: Value, a: Value[]): boolean {
  const [cols, , pictures, headers, headSeps, colSeps, footSeps, footings] = a.slice(4);
  let count = 0;
  if (Array.isArray(cols)) {
    for (const c of cols) {
      if (typeof c !== 'string' || empty(ctx, c)) break;
      count++;
    }
  } else {
    count = num(ctx, 'FCOUNT');
  }
  for (let i = 0; i < count; i++) {
    let text: string;
    let heading: string;
    if (Array.isArray(cols)) {
      text = cols[i] as string;
      const at = text.indexOf('->');
      heading = at >= 0 ? `${text.slice(0, at)}->;${text.slice(at + 2)}` : text;
    } else {
      text = rtl(ctx, 'FIELDNAME', i + 1) as string;
      heading = text;
    }
    // read-only cells: a block that only gives the value
    const block: Value = rtl(ctx, 'TYPE', text) === 'M' ? (() => '  <Memo>  ') as Block : rtl(ctx, 'HB_MACROBLOCK', text);
    const head = Array.isArray(headers)
      ? (typeof headers[i] === 'string' ? headers[i] as string : undefined)
      : (typeof headers === 'string' ? headers : undefined);
    const column = rtl(ctx, 'TBCOLUMNNEW', head ?? heading, block);
    const picture = perColumn(pictures, i, true, ctx);
    if (picture !== undefined) send(ctx, column, '_PICTURE', picture);
    const footing = perColumn(footings, i, false, ctx);
    if (footing !== undefined) send(ctx, column, '_FOOTING', footing);
    for (const [v, msg] of [[headSeps, '_HEADSEP'], [colSeps, '_COLSEP'], [footSeps, '_FOOTSEP']] as const) {
      if (Array.isArray(v) && typeof v[i] === 'string') send(ctx, column, msg, v[i]);
    }
    send(ctx, browse, 'ADDCOLUMN', column);
  }
  return count > 0;
}

/** Call the user function (or answer for the missing one); false to end the browse. */
function callUser(ctx: Thread, st: EditState, key: number): boolean {
  const f = ctx.enter(CALLUSER);
  const sp = ctx.sp;
  const r = userCall(ctx, st, key);
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

function userCall(ctx: Thread, st: EditState, key: number): boolean {
  const b = st.browse;
  const mode = key !== 0 ? DE_EXCEPT
    : !st.append && isDbEmpty(ctx) ? DE_EMPTY
      : send(ctx, b, 'HITBOTTOM') === true ? DE_HITBOTTOM
        : send(ctx, b, 'HITTOP') === true ? DE_HITTOP : DE_IDLE;
  send(ctx, b, 'FORCESTABLE');
  let rec = num(ctx, 'RECNO');
  const user = st.user;
  // the answer is not checked: a value of another type fails in the
  // comparisons below, as in Clipper
  const action = isEvalItem(user) ? evalItem(ctx, user, [mode, send(ctx, b, 'COLPOS')])
    : typeof user === 'string' && !empty(ctx, user) ? macroCall(ctx, user, [mode, send(ctx, b, 'COLPOS')])
      : key === K_ENTER || key === K_ESC ? DE_ABORT : 1;
  if (!st.append && rtl(ctx, 'EOF') === true && !isDbEmpty(ctx)) rtl(ctx, 'DBSKIP', -1);
  if (exactEq(ctx, action, DE_APPEND)) {
    st.append = !(st.append && rtl(ctx, 'EOF') === true);
    if (st.append) {
      rtl(ctx, 'DBGOBOTTOM');
      send(ctx, b, 'DOWN');
    } else {
      send(ctx, send(ctx, b, 'REFRESHALL'), 'FORCESTABLE');
    }
    st.wait = false;
    return true;
  }
  if (exactEq(ctx, action, DE_REFRESH) || rec !== num(ctx, 'RECNO')) {
    if (ne(ctx, action, DE_ABORT)) {
      st.append = false;
      if ((ctx.sets.deleted && rtl(ctx, 'DELETED') === true) || filteredOut(ctx)) rtl(ctx, 'DBSKIP');
      if (rtl(ctx, 'EOF') === true) rtl(ctx, 'DBGOBOTTOM');
      rec = num(ctx, 'RECNO');
      send(ctx, send(ctx, b, 'REFRESHALL'), 'FORCESTABLE');
      while (rec !== num(ctx, 'RECNO')) send(ctx, send(ctx, b, 'UP'), 'FORCESTABLE');
      st.wait = false;
    }
  } else {
    send(ctx, b, 'REFRESHCURRENT');
  }
  return ne(ctx, action, DE_ABORT);
}

/** The current record does not pass the table's filter. */
function filteredOut(ctx: Thread): boolean {
  const filter = rtl(ctx, 'DBFILTER');
  return !empty(ctx, filter) && evalItem(ctx, rtl(ctx, 'HB_MACROBLOCK', filter), []) !== true;
}

/** The cursor keys DbEdit() moves the browse with, and the message each sends. */
const MOVES = new Map<number, string>([
  [K_DOWN, 'DOWN'], [K_UP, 'UP'], [K_PGDN, 'PAGEDOWN'], [K_PGUP, 'PAGEUP'], [K_CTRL_PGUP, 'GOTOP'],
  [K_CTRL_PGDN, 'GOBOTTOM'], [K_RIGHT, 'RIGHT'], [K_LEFT, 'LEFT'], [K_HOME, 'HOME'], [K_END, 'END'],
  [K_CTRL_LEFT, 'PANLEFT'], [K_CTRL_RIGHT, 'PANRIGHT'], [K_CTRL_HOME, 'PANHOME'], [K_CTRL_END, 'PANEND'],
]);

function dbEdit(ctx: Thread, a: Value[]): Value {
  if (rtl(ctx, 'USED') !== true) return false;
  if (rtl(ctx, 'EOF') === true) rtl(ctx, 'DBGOBOTTOM');
  const top = coord(a[0], 0, undefined, ctx, 0);
  const left = coord(a[1], 0, undefined, ctx, 0);
  const maxRow = rtl(ctx, 'MAXROW');
  const maxCol = rtl(ctx, 'MAXCOL');
  const bottom = isNum(a[2]) && !gt(ctx, a[2], maxRow) && !lt(ctx, a[2], top) ? a[2] : maxRow;
  const right = isNum(a[3]) && !gt(ctx, a[3], maxCol) && !lt(ctx, a[3], left) ? a[3] : maxCol;

  const b = rtl(ctx, 'TBROWSEDB', top, left, bottom, right);
  const st: EditState = { browse: b, user: a[5], append: false, wait: true };
  send(ctx, b, '_HEADSEP', typeof a[8] === 'string' ? a[8] : boxText(ctx, '═╤═'));
  send(ctx, b, '_COLSEP', typeof a[9] === 'string' ? a[9] : boxText(ctx, ' │ '));
  send(ctx, b, '_FOOTSEP', typeof a[10] === 'string' ? a[10] : '');
  send(ctx, b, '_SKIPBLOCK', ((c: Thread, n: Value) => skipRecords(c, n, st.append, true)) as Block);
  send(ctx, b, '_AUTOLITE', false);
  if (!addColumns(ctx, b, a)) return false;

  const cursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  let idle = true;
  let going = true;
  while (going) {
    let key: number;
    for (;;) {
      key = numOr0(rtl(ctx, 'INKEY'));
      if (send(ctx, b, 'STABILIZE') === true) break;
      if (key !== 0 && key !== K_MOUSEMOVE) break;
    }
    if (key === 0) {
      if (idle) {
        going = callUser(ctx, st, 0);
        send(ctx, b, 'FORCESTABLE');
      }
      if (going && st.wait) {
        send(ctx, b, 'HILITE');
        do key = numOr0(rtl(ctx, 'INKEY', 0)); while (key === K_MOUSEMOVE);
        send(ctx, b, 'DEHILITE');
        const action = rtl(ctx, 'SETKEY', key);
        if (action !== undefined) {
          evalItem(ctx, action, [rtl(ctx, 'PROCNAME', 1), rtl(ctx, 'PROCLINE', 1), '']);
          continue;
        }
      } else {
        st.wait = true;
      }
    }
    idle = true;
    if (key === 0) continue;
    // on the phantom record of an append, moving on or back only sets the flags
    if (st.append && (key === K_DOWN || key === K_PGDN || key === K_CTRL_PGDN)) {
      send(ctx, b, '_HITBOTTOM', true);
      continue;
    }
    if (st.append && (key === K_UP || key === K_PGUP || key === K_CTRL_PGUP)) {
      send(ctx, b, '_HITTOP', true);
      continue;
    }
    const move = MOVES.get(key);
    if (move !== undefined) {
      send(ctx, b, move);
    } else if (key === K_LBUTTONDOWN || key === K_LDBLCLK) {
      rtl(ctx, 'TBMOUSE', b, rtl(ctx, 'MROW'), rtl(ctx, 'MCOL'));
    } else {
      going = callUser(ctx, st, key);
      idle = false;
    }
  }
  rtl(ctx, 'SETCURSOR', cursor);
  return true;
}

export const functions: StdModule = {
  DBEDIT(ctx, ...args) {
    const f = ctx.enter(DBEDIT);
    const sp = ctx.sp;
    const r = dbEdit(ctx, args);
    if (ctx.sp === sp) ctx.leave(f);
    return r;
  },
};
