// Browse(): the current work area's records in a framed TBrowse with a
// status line; Enter (or a typed character) edits the current field
// through a Get, Del toggles the deletion mark, and moving down past the
// last record starts appending a new one.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { exactEq } from '../runtime/values/compare.js';
import { send } from '../runtime/classes/native.js';
import { evalItem } from '../runtime/errors/launch.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { numOr0, rtl } from './get-view.js';
import { boxText, skipRecords } from './dbedit.js';
import {
  K_CTRL_END, K_CTRL_HOME, K_CTRL_LEFT, K_CTRL_PGDN, K_CTRL_PGUP, K_CTRL_RIGHT, K_DEL, K_DOWN, K_END, K_ENTER, K_ESC,
  K_HOME, K_INS, K_LBUTTONDOWN, K_LDBLCLK, K_LEFT, K_MWBACKWARD, K_MWFORWARD, K_PGDN, K_PGUP, K_RIGHT, K_UP,
} from './inkey-codes.js';
import type { StdModule } from './registry.js';

const SC_NONE = 0;
const SC_NORMAL = 1;
const SC_INSERT = 2;
const SET_EXIT = 30;
const SET_SCOREBOARD = 32;

const BROWSE = nativeProc('BROWSE');
// the edit runs in a function of this name, as in Clipper: a SetKey()
// block of the Get is told it
const DOGET = nativeProc('DOGET');

const num = (ctx: Thread, fn: string, ...args: Value[]): number => numOr0(rtl(ctx, fn, ...args));
const atPhantom = (ctx: Thread): boolean => num(ctx, 'RECNO') === num(ctx, 'LASTREC') + 1;
const isChar = (ctx: Thread, key: number): boolean => rtl(ctx, 'HB_KEYCHAR', key) !== '';

/** One running Browse(). */
interface BrowseState {
  ctx: Thread;
  b: Value;
  /** on the phantom record, making a new one */
  append: boolean;
}

/** The cursor shape for editing: insert or overwrite, as ReadInsert() says. */
function editCursor(ctx: Thread): number {
  return rtl(ctx, 'READINSERT') === true ? SC_INSERT : SC_NORMAL;
}

/** The status line above the browse: record number, count, deletion mark, <bof>, <new>. */
function statusLine(st: BrowseState): void {
  const { ctx, b } = st;
  const row = numOr0(send(ctx, b, 'NTOP')) - 1;
  const right = numOr0(send(ctx, b, 'NRIGHT'));
  const rec = num(ctx, 'RECNO');
  const last = num(ctx, 'LASTREC');
  const at = (col: number, s: string): Value => rtl(ctx, 'HB_DISPOUTAT', row, right - col, s);
  at(27, 'Record ');
  if (last === 0 && !st.append) {
    at(20, '<none>               ');
  } else if (rec === last + 1) {
    at(40, '         ');
    at(20, '                <new>');
  } else {
    at(40, rtl(ctx, 'DELETED') === true ? '<Deleted>' : '         ');
    const count = `${rec}/${last}`.padEnd(16).slice(0, 16);
    at(20, count + (send(ctx, b, 'HITTOP') === true ? '<bof>' : '     '));
  }
}

/** Show the browse again with the cursor back on the record it was on. */
function freshOrder(st: BrowseState): void {
  const { ctx, b } = st;
  const rec = num(ctx, 'RECNO');
  send(ctx, b, 'REFRESHALL');
  send(ctx, b, 'FORCESTABLE');
  if (rec === num(ctx, 'LASTREC') + 1) return;
  while (num(ctx, 'RECNO') !== rec && rtl(ctx, 'BOF') !== true) {
    send(ctx, b, 'UP');
    send(ctx, b, 'FORCESTABLE');
  }
}

/** The append row in the selected color. */
function markAppendRow(st: BrowseState): void {
  const { ctx, b } = st;
  const row = send(ctx, b, 'ROWPOS');
  send(ctx, b, 'COLORRECT', [row, 1, row, send(ctx, b, 'COLCOUNT')], [2, 2]);
}

/** The key that carries on after an edit that did not move the record. */
function exitKey(ctx: Thread, append: boolean): number {
  const key = num(ctx, 'LASTKEY');
  switch (key) {
    case K_PGDN: return append ? 0 : K_DOWN;
    case K_PGUP: return append ? 0 : K_UP;
    case K_DOWN: case K_UP: return key;
  }
  return key === K_ENTER || isChar(ctx, key) ? K_RIGHT : 0;
}

/** Edit the current cell with a Get; the key to act on next (0: none). */
function editCell(st: BrowseState): number {
  const ctx = st.ctx;
  const f = ctx.enter(DOGET);
  const sp = ctx.sp;
  const r = edit(st);
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

function edit(st: BrowseState): number {
  const { ctx, b, append } = st;
  send(ctx, b, '_HITTOP', false);
  statusLine(st);
  send(ctx, b, 'FORCESTABLE');
  const score = rtl(ctx, 'SET', SET_SCOREBOARD, false);
  const exit = rtl(ctx, 'SET', SET_EXIT, true);
  const insKey = rtl(ctx, 'SETKEY', K_INS, ((c: Thread) => {
    rtl(c, 'SETCURSOR', rtl(c, 'READINSERT', rtl(c, 'READINSERT') !== true) === true ? SC_NORMAL : SC_INSERT);
  }) as Block);
  const cursor = rtl(ctx, 'SETCURSOR', editCursor(ctx));
  // the index key before the edit: a changed key moves the record in the order
  const keyText = rtl(ctx, 'INDEXKEY', 0);
  let keyBlock: Value;
  let keyBefore: Value;
  if (rtl(ctx, 'EMPTY', keyText) !== true) {
    keyBlock = rtl(ctx, 'HB_MACROBLOCK', keyText);
    keyBefore = evalItem(ctx, keyBlock, []);
  }
  const col = send(ctx, b, 'GETCOLUMN', send(ctx, b, 'COLPOS'));
  const colBlock = send(ctx, col, 'BLOCK');
  let value = evalItem(ctx, colBlock, []);
  const getBlock = ((_c: Thread, ...v: Value[]) => (v.length === 0 ? value : (value = v[0]))) as Block;
  const get = rtl(ctx, 'GETNEW', rtl(ctx, 'ROW'), rtl(ctx, 'COL'), getBlock, 'mGetVar', undefined, send(ctx, b, 'COLORSPEC'));
  let moved = false;
  if (rtl(ctx, 'READMODAL', [get]) === true) {
    if (append && atPhantom(ctx)) rtl(ctx, 'DBAPPEND');
    evalItem(ctx, colBlock, [value]);
    if (!append) {
      const forText = rtl(ctx, 'ORDFOR', rtl(ctx, 'INDEXORD'));
      if (rtl(ctx, 'EMPTY', forText) !== true && evalItem(ctx, rtl(ctx, 'HB_MACROBLOCK', forText), []) !== true) {
        rtl(ctx, 'DBGOTOP');
      }
      if (keyBlock !== undefined && !exactEq(ctx, keyBefore, evalItem(ctx, keyBlock, []))) moved = true;
    }
  }
  let next: number;
  if (moved) {
    freshOrder(st);
    next = 0;
  } else {
    send(ctx, b, 'REFRESHCURRENT');
    next = exitKey(ctx, append);
  }
  if (append) markAppendRow(st);
  rtl(ctx, 'SETCURSOR', cursor);
  rtl(ctx, 'SETKEY', K_INS, insKey);
  rtl(ctx, 'SET', SET_EXIT, exit);
  rtl(ctx, 'SET', SET_SCOREBOARD, score);
  return next;
}

/** The browse's frame, its columns (one per field) and the first display. */
function open(ctx: Thread, top: Value, left: Value, bottom: Value, right: Value): BrowseState {
  const t = numOr0(top);
  const l = numOr0(left);
  const bt = numOr0(bottom);
  const r = numOr0(right);
  rtl(ctx, 'HB_DISPBOX', top, left, bottom, right, boxText(ctx, '╒═╕│╛═╘│'));
  rtl(ctx, 'HB_DISPOUTATBOX', t + 3, left, boxText(ctx, '╞'));
  rtl(ctx, 'HB_DISPOUTATBOX', t + 3, right, boxText(ctx, '╡'));
  rtl(ctx, 'HB_DISPOUTAT', t + 1, l + 1, ' '.repeat(Math.max(0, r - l - 1)));
  const b = rtl(ctx, 'TBROWSEDB', t + 2, l + 1, bt - 1, r - 1);
  const st: BrowseState = { ctx, b, append: false };
  send(ctx, b, '_HEADSEP', ' ' + (boxText(ctx, '═') as string));
  send(ctx, b, '_SKIPBLOCK', ((c: Thread, n: Value) => skipRecords(c, n, st.append, false)) as Block);
  const fields = num(ctx, 'FCOUNT');
  for (let i = 1; i <= fields; i++) {
    const name = rtl(ctx, 'FIELDNAME', i);
    send(ctx, b, 'ADDCOLUMN', rtl(ctx, 'TBCOLUMNNEW', name, rtl(ctx, 'FIELDBLOCK', name)));
  }
  if (rtl(ctx, 'EOF') === true) rtl(ctx, 'DBGOTOP');
  send(ctx, b, 'FORCESTABLE');
  return st;
}

/** The keys that move the browse when not appending, and their messages. */
const MOVES = new Map<number, string>([
  [K_UP, 'UP'], [K_MWFORWARD, 'UP'], [K_DOWN, 'DOWN'], [K_MWBACKWARD, 'DOWN'], [K_PGUP, 'PAGEUP'],
  [K_PGDN, 'PAGEDOWN'], [K_CTRL_PGUP, 'GOTOP'], [K_CTRL_PGDN, 'GOBOTTOM'],
]);
/** The keys that move across the columns, appending or not. */
const PANS = new Map<number, string>([
  [K_LEFT, 'LEFT'], [K_RIGHT, 'RIGHT'], [K_HOME, 'HOME'], [K_END, 'END'], [K_CTRL_LEFT, 'PANLEFT'],
  [K_CTRL_RIGHT, 'PANRIGHT'], [K_CTRL_HOME, 'PANHOME'], [K_CTRL_END, 'PANEND'],
]);

function browse(ctx: Thread, argc: number, a: Value[]): Value {
  if (rtl(ctx, 'USED') !== true) return false;
  let [top, left, bottom, right] = a;
  if (argc < 4) {
    top = 1;
    left = 0;
    bottom = rtl(ctx, 'MAXROW');
    right = rtl(ctx, 'MAXCOL');
  }
  rtl(ctx, 'DISPBEGIN');
  const cursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  const saved = rtl(ctx, 'SAVESCREEN', top, left, bottom, right);
  const st = open(ctx, top, left, bottom, right);
  const b = st.b;
  rtl(ctx, 'DISPEND');

  let key = 0;
  let pressed = false;
  if (num(ctx, 'LASTREC') === 0) {
    key = K_DOWN;
    pressed = true;
  }
  let refresh = false;
  for (;;) {
    while (!pressed && send(ctx, b, 'STABILIZE') !== true) pressed = (key = num(ctx, 'INKEY')) !== 0;
    if (pressed) {
      pressed = false;
    } else {
      if (send(ctx, b, 'HITBOTTOM') === true && (!st.append || !atPhantom(ctx))) {
        if (st.append) {
          send(ctx, b, 'REFRESHCURRENT');
          send(ctx, b, 'FORCESTABLE');
          rtl(ctx, 'DBGOBOTTOM');
        } else {
          st.append = true;
          rtl(ctx, 'SETCURSOR', editCursor(ctx));
        }
        send(ctx, b, 'DOWN');
        send(ctx, b, 'FORCESTABLE');
        markAppendRow(st);
      }
      statusLine(st);
      send(ctx, b, 'FORCESTABLE');
      key = num(ctx, 'INKEY', 0);
      const action = rtl(ctx, 'SETKEY', key);
      if (action !== undefined) {
        evalItem(ctx, action, [rtl(ctx, 'PROCNAME', 1), rtl(ctx, 'PROCLINE', 1), '']);
        continue;
      }
    }
    if (key === K_ESC) break;
    const move = MOVES.get(key);
    const pan = PANS.get(key);
    if (move !== undefined) {
      // appending, a move down stays on the new record; any other move ends the append
      if (!st.append) send(ctx, b, move);
      else if (move === 'DOWN' || move === 'PAGEDOWN') send(ctx, b, '_HITBOTTOM', true);
      else refresh = true;
    } else if (pan !== undefined) {
      send(ctx, b, pan);
    } else if (key === K_LBUTTONDOWN || key === K_LDBLCLK) {
      rtl(ctx, 'TBMOUSE', b, rtl(ctx, 'MROW'), rtl(ctx, 'MCOL'));
    } else if (key === K_INS) {
      if (st.append) {
        rtl(ctx, 'SETCURSOR', rtl(ctx, 'READINSERT', rtl(ctx, 'READINSERT') !== true) === true ? SC_NORMAL : SC_INSERT);
      }
    } else if (key === K_DEL) {
      if (!atPhantom(ctx)) rtl(ctx, rtl(ctx, 'DELETED') === true ? 'DBRECALL' : 'DBDELETE');
    } else if (key === K_ENTER) {
      if (st.append || !atPhantom(ctx)) {
        pressed = (key = editCell(st)) !== 0;
      } else {
        key = K_DOWN;
        pressed = true;
      }
    } else if (isChar(ctx, key)) {
      // a typed character starts an edit with it
      rtl(ctx, 'HB_KEYINS', key);
      key = K_ENTER;
      pressed = true;
    }
    if (refresh) {
      refresh = false;
      st.append = false;
      freshOrder(st);
      rtl(ctx, 'SETCURSOR', SC_NONE);
    }
  }
  rtl(ctx, 'RESTSCREEN', top, left, bottom, right, saved);
  rtl(ctx, 'SETCURSOR', cursor);
  return true;
}

export const functions: StdModule = {
  BROWSE(ctx, ...args) {
    const f = ctx.enter(BROWSE);
    const sp = ctx.sp;
    const r = browse(ctx, args.length, args);
    if (ctx.sp === sp) ctx.leave(f);
    return r;
  },
};
