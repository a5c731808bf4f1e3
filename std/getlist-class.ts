// Class HBGetList: one READ. ReadModal() runs the Gets in turn; each one's
// reader takes keys until the Get is left (exitState), WHEN and VALID
// decide whether it may be entered and left, and Settle() picks the next
// Get from how the last one was left. The GUI controls' and TBrowse's
// readers are in getlist-gui.ts.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbObject, type Value } from '../runtime/values/types.js';
import { not } from '../runtime/values/ops.js';
import { evalItem, isEvalItem } from '../runtime/errors/launch.js';
import { aGet } from '../runtime/vm/arrays.js';
import type { Method } from '../runtime/classes/class.js';
import {
  SlotView, defineSlots, nativeClass, send, type NativeClassDef, type NativeMethod, type NativeVar,
} from '../runtime/classes/native.js';
import { SCOPE_EXPORTED, SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import { langItem, LANG_NATMSG } from '../runtime/lang.js';
import { keyChar } from './keyboard.js';
import { numOr0, rtl } from './get-view.js';
import { getListLast, getListSetActive, getReadVar } from './getlist-state.js';

// exit states (getexit.ch)
export const GE_NOEXIT = 0;
export const GE_UP = 1;
export const GE_DOWN = 2;
export const GE_TOP = 3;
const GE_BOTTOM = 4;
export const GE_ENTER = 5;
export const GE_WRITE = 6;
export const GE_ESCAPE = 7;
export const GE_WHEN = 8;
export const GE_SHORTCUT = 9;
export const GE_MOUSEHIT = 10;

const SET_BELL = 26;
const SET_CONFIRM = 27;
const SET_ESCAPE = 28;
const SET_INSERT = 29;
const SET_EXIT = 30;
const SET_SCOREBOARD = 32;

const SC_NONE = 0;
const SC_NORMAL = 1;

// where the scoreboard shows the insert mode and the date message
const SCORE_ROW = 0;
const SCORE_COL = 60;

// Clipper nation messages
const MSG_INSERT_ON = 7;
const MSG_INSERT_OFF = 8;
const MSG_INVALID_DATE = 9;

// the message area of READ ... MSG AT: flag, row, left, right, color
const MSGFLAG = 1;
const MSGROW = 2;
const MSGLEFT = 3;
const MSGRIGHT = 4;
const MSGCOLOR = 5;

const HTNOWHERE = 0;
const HTCLIENT = -2049;

const K = {
  UP: 5, SH_TAB: 271, DOWN: 24, TAB: 9, ENTER: 13, ESC: 27, PGUP: 18, PGDN: 3, CTRL_HOME: 29, CTRL_W: 23,
  LBUTTONDOWN: 1002, LDBLCLK: 1006, CTRL_U: 21, HOME: 1, END: 6, RIGHT: 4, LEFT: 19, CTRL_RIGHT: 2,
  CTRL_LEFT: 26, BS: 8, DEL: 7, CTRL_T: 20, CTRL_Y: 25, CTRL_BS: 127, INS: 22,
};

const P = SCOPE_PROTECTED;

const GETLIST_VARS: readonly NativeVar[] = [
  { name: 'HasFocus', scope: SCOPE_EXPORTED, init: false, type: 'LOGICAL' },
  { name: 'oGet', scope: P },
  { name: 'aGetList', scope: P },
  { name: 'lUpdated', scope: P, init: false, type: 'LOGICAL' },
  { name: 'bFormat', scope: P },
  { name: 'lKillRead', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lBumpTop', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lBumpBot', scope: P, init: false, type: 'LOGICAL' },
  { name: 'nLastExitState', scope: P, init: 0 },
  { name: 'nLastPos', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'oActiveGet', scope: P },
  { name: 'xReadVar', scope: P },
  { name: 'cVarName', scope: P },
  { name: 'cReadProcName', scope: P, init: '', type: 'CHARACTER' },
  { name: 'nReadProcLine', scope: P, init: 0 },
  { name: 'nNextGet', scope: P, init: 0 },
  { name: 'nHitCode', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'nPos', scope: P, init: 1, type: 'NUMERIC' },
  { name: 'cMsgSaveS', scope: P },
  { name: 'nMenuID', scope: P },
  { name: 'nSaveCursor', scope: P },
];

export class GetListView extends SlotView {
  declare oGet: Value;
  declare aGetList: Value;
  declare lUpdated: Value;
  declare bFormat: Value;
  declare lKillRead: Value;
  declare lBumpTop: boolean;
  declare lBumpBot: boolean;
  declare nLastExitState: Value;
  declare nLastPos: Value;
  declare oActiveGet: Value;
  declare xReadVar: Value;
  declare cVarName: Value;
  declare cReadProcName: Value;
  declare nReadProcLine: Value;
  declare nNextGet: Value;
  declare nHitCode: Value;
  declare nPos: Value;
  declare cMsgSaveS: Value;
  declare nMenuID: Value;
  declare nSaveCursor: Value;

  constructor(
    readonly ctx: Thread,
    self: HbObject,
  ) {
    super(self, nativeClass(ctx, GETLIST_CLASS));
  }

  get killed(): boolean {
    return this.lKillRead === true;
  }

  /** The Gets of the READ, as an array (empty when it is not one). */
  get gets(): Value[] {
    return Array.isArray(this.aGetList) ? this.aGetList : [];
  }
}
defineSlots(GetListView, GETLIST_VARS);

export const GETLIST_CLASS: NativeClassDef = { name: 'HBGETLIST', vars: GETLIST_VARS, methods: [] };

export function listView(ctx: Thread, self: Value): GetListView {
  return new GetListView(ctx, self as HbObject);
}

/** Whether `v` is the number `n` (exit states may be any numeric value). */
export function isN(v: Value, n: number): boolean {
  return typeof v === 'number' ? v === n : v instanceof HbNum && v.n === n;
}

/** A Get's exit state. */
export function exitState(ctx: Thread, get: Value): Value {
  return send(ctx, get, 'EXITSTATE');
}

export function setExit(ctx: Thread, get: Value, state: number): void {
  send(ctx, get, '_EXITSTATE', state);
}

/** `IF ! x` of PRG code: true when x is .F. (an error for a non-logical, as the operator raises). */
export function isFalse(ctx: Thread, v: Value): boolean {
  return not(ctx, v);
}

/** The Get argument of a method, the current Get when it is not an object (hb_default). */
export function getArg(l: GetListView, get: Value): Value {
  return get instanceof HbObject ? get : l.oGet;
}

function natMsg(n: number): string {
  return langItem(LANG_NATMSG + n - 1);
}

// ---- the READ loop ---------------------------------------------------------------------

function readModal(l: GetListView, pos: Value, menu: Value, msgRow: Value, msgLeft: Value, msgRight: Value, msgColor: Value): Value {
  const ctx = l.ctx;
  l.nSaveCursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  l.cReadProcName = rtl(ctx, 'PROCNAME', 2);
  l.nReadProcLine = rtl(ctx, 'PROCLINE', 2);
  l.nPos = send(ctx, l.self, 'SETTLE', typeof pos === 'number' || pos instanceof HbNum ? pos : 0, true);
  const isNum = (v: Value) => typeof v === 'number' || v instanceof HbNum;
  const msgFlag = isNum(msgRow) && isNum(msgLeft) && isNum(msgRight);
  if (msgFlag) {
    if (typeof msgColor !== 'string') msgColor = rtl(ctx, 'GETCLRPAIR', rtl(ctx, 'SETCOLOR'), 1);
    rtl(ctx, 'SCROLL', msgRow, msgLeft, msgRow, msgRight);
    l.cMsgSaveS = screenSave(ctx, msgRow, msgLeft, msgRight);
  }
  l.nNextGet = 0;
  l.nHitCode = 0;
  l.nMenuID = 0;
  const msg: Value[] = [msgFlag, msgRow, msgLeft, msgRight, msgColor, undefined, undefined, undefined, undefined, undefined];
  while (!isN(l.nPos, 0)) {
    l.oGet = aGet(ctx, l.aGetList, l.nPos);
    send(ctx, l.self, 'POSTACTIVEGET');
    const reader = send(ctx, l.oGet, 'READER');
    if (isEvalItem(reader)) evalItem(ctx, reader, [l.oGet, l.self, menu, msg]);
    else send(ctx, l.self, 'READER', menu, msg);
    l.nPos = send(ctx, l.self, 'SETTLE', l.nPos);
  }
  if (msgFlag) screenRestore(ctx, msgRow, msgLeft, msgRight, l.cMsgSaveS);
  rtl(ctx, 'SETCURSOR', l.nSaveCursor);
  return l.self;
}

/** SaveScreen() of the message line, when the terminal has one. */
function screenSave(ctx: Thread, row: Value, left: Value, right: Value): Value {
  const f = ctx.vm.syms.findFunc('SAVESCREEN');
  return f?.defined ? f.fn(ctx, row, left, row, right) : undefined;
}

function screenRestore(ctx: Thread, row: Value, left: Value, right: Value, saved: Value): void {
  const f = ctx.vm.syms.findFunc('RESTSCREEN');
  if (f?.defined) f.fn(ctx, row, left, row, right, saved);
}

/** Settle( [nPos], [lInit] ): the Get to read next (0: the READ ends). */
function settle(l: GetListView, posArg: Value, init: Value): number {
  const ctx = l.ctx;
  let pos = numOr0(typeof posArg === 'number' || posArg instanceof HbNum ? posArg : l.nPos);
  let state: Value;
  if (pos === 0) state = GE_DOWN;
  else if (pos > 0 && init === true) state = GE_NOEXIT;
  else state = exitState(ctx, aGet(ctx, l.aGetList, pos));
  if (isN(state, GE_ESCAPE) || isN(state, GE_WRITE)) return 0;
  if (!isN(state, GE_WHEN)) {
    l.nLastPos = pos;
    l.lBumpTop = false;
    l.lBumpBot = false;
  } else if (!isN(l.nLastExitState, 0)) {
    state = l.nLastExitState;
  } else {
    state = numOr0(l.nNextGet) < numOr0(l.nLastPos) ? GE_UP : GE_DOWN;
  }
  switch (numOr0(state)) {
    case GE_UP: pos--; break;
    case GE_DOWN: pos++; break;
    case GE_TOP:
      pos = 1;
      l.lBumpTop = true;
      state = GE_DOWN;
      break;
    case GE_BOTTOM:
      pos = l.gets.length;
      l.lBumpBot = true;
      state = GE_UP;
      break;
    case GE_ENTER: pos++; break;
    case GE_SHORTCUT: case GE_MOUSEHIT:
      return numOr0(l.nNextGet);
  }
  const exit = ctx.sets.get(SET_EXIT) === true;
  if (pos === 0) {
    // above the first Get: back to it unless SET EXIT lets the READ end
    if (!exit && !l.lBumpBot) {
      l.lBumpTop = true;
      pos = numOr0(l.nLastPos);
      state = GE_DOWN;
    }
  } else if (pos === l.gets.length + 1) {
    if (!exit && !isN(state, GE_ENTER) && !l.lBumpTop) {
      l.lBumpBot = true;
      pos = numOr0(l.nLastPos);
      state = GE_UP;
    } else {
      pos = 0;
    }
  }
  l.nLastExitState = state;
  if (pos !== 0) send(ctx, aGet(ctx, l.aGetList, pos), '_EXITSTATE', state);
  return pos;
}

/** The standard reader: WHEN, then keys until the Get is left and VALID agrees. */
function reader(l: GetListView, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const get = l.oGet;
  const jumped = isN(l.nLastExitState, GE_SHORTCUT) || isN(l.nLastExitState, GE_MOUSEHIT);
  if (!jumped && send(ctx, l.self, 'GETPREVALIDATE', get, msg) !== true) return;
  send(ctx, l.self, 'SHOWGETMSG', get, msg);
  l.nHitCode = 0;
  l.nLastExitState = 0;
  send(ctx, get, 'SETFOCUS');
  while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
    if (send(ctx, get, 'TYPEOUT') === true) setExit(ctx, get, GE_ENTER);
    while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
      rtl(ctx, 'SETCURSOR', isN(l.nSaveCursor, SC_NONE) ? SC_NORMAL : l.nSaveCursor);
      const key = rtl(ctx, 'INKEY', 0);
      rtl(ctx, 'SETCURSOR', SC_NONE);
      send(ctx, l.self, 'GETAPPLYKEY', key, get, menu, msg);
      const row = rtl(ctx, 'ROW');
      const col = rtl(ctx, 'COL');
      send(ctx, l.self, 'SHOWGETMSG', get, msg);
      rtl(ctx, 'SETPOS', row, col);
    }
    if (!isN(l.nLastExitState, GE_SHORTCUT) && !isN(l.nLastExitState, GE_MOUSEHIT)
      && isFalse(ctx, send(ctx, l.self, 'GETPOSTVALIDATE', get, msg))) {
      setExit(ctx, get, GE_NOEXIT);
    }
  }
  const row = rtl(ctx, 'ROW');
  const col = rtl(ctx, 'COL');
  const cursor = rtl(ctx, 'SETCURSOR');
  send(ctx, get, 'KILLFOCUS');
  rtl(ctx, 'SETCURSOR', cursor);
  rtl(ctx, 'SETPOS', row, col);
  send(ctx, l.self, 'ERASEGETMSG', msg);
}

/** What a key does to the Get being read. */
function applyKey(l: GetListView, keyArg: Value, getArg0: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  let key = numOr0(keyArg);
  const block = rtl(ctx, 'SETKEY', keyArg);
  if (block !== undefined && send(ctx, l.self, 'GETDOSETKEY', block, get) === true) return;
  let hot: Value;
  if (l.aGetList !== undefined && !isN(hot = send(ctx, l.self, 'ACCELERATOR', keyArg, msg), 0)) {
    setExit(ctx, get, GE_SHORTCUT);
    l.nNextGet = hot;
    l.nLastExitState = GE_SHORTCUT;
  } else if (!(menu instanceof HbObject)) {
    // no menu
  } else if (!isN(hot = send(ctx, menu, 'GETACCEL', keyArg), 0)) {
    l.nMenuID = menuModal(ctx, menu, hot, msg);
    key = 0;
  } else if (rtl(ctx, 'ISSHORTCUT', menu, keyArg) === true) {
    key = 0;
  }
  switch (key) {
    case K.UP: case K.SH_TAB: setExit(ctx, get, GE_UP); break;
    case K.DOWN: case K.TAB: setExit(ctx, get, GE_DOWN); break;
    case K.ENTER: setExit(ctx, get, GE_ENTER); break;
    case K.ESC:
      if (ctx.sets.get(SET_ESCAPE) === true) {
        send(ctx, get, 'UNDO');
        setExit(ctx, get, GE_ESCAPE);
      }
      break;
    case K.PGUP: case K.PGDN: case K.CTRL_W: setExit(ctx, get, GE_WRITE); break;
    case K.CTRL_HOME: setExit(ctx, get, GE_TOP); break;
    case K.LBUTTONDOWN: case K.LDBLCLK: mouseKey(l, get, menu, msg); break;
    case K.CTRL_U: send(ctx, get, 'UNDO'); break;
    case K.HOME: send(ctx, get, 'HOME'); break;
    case K.END: send(ctx, get, 'END'); break;
    case K.RIGHT: send(ctx, get, 'RIGHT'); break;
    case K.LEFT: send(ctx, get, 'LEFT'); break;
    case K.CTRL_RIGHT: send(ctx, get, 'WORDRIGHT'); break;
    case K.CTRL_LEFT: send(ctx, get, 'WORDLEFT'); break;
    case K.BS: send(ctx, get, 'BACKSPACE'); break;
    case K.DEL: send(ctx, get, 'DELETE'); break;
    case K.CTRL_T: send(ctx, get, 'DELWORDRIGHT'); break;
    case K.CTRL_Y: send(ctx, get, 'DELEND'); break;
    case K.CTRL_BS: send(ctx, get, 'DELWORDLEFT'); break;
    case K.INS:
      ctx.sets.put(SET_INSERT, ctx.sets.get(SET_INSERT) !== true);
      send(ctx, l.self, 'SHOWSCOREBOARD');
      break;
    default: {
      const c = keyChar(key);
      if (c === '') break;
      if (send(ctx, get, 'TYPE') === 'N' && (c === '.' || c === ',')) {
        send(ctx, get, 'TODECPOS');
        break;
      }
      send(ctx, get, ctx.sets.get(SET_INSERT) === true ? 'INSERT' : 'OVERSTRIKE', c);
      if (send(ctx, get, 'TYPEOUT') === true) {
        if (ctx.sets.get(SET_BELL) === true) rtl(ctx, 'QQOUT', '\x07');
        if (ctx.sets.get(SET_CONFIRM) !== true) setExit(ctx, get, GE_ENTER);
      }
    }
  }
}

/** MenuModal() of a READ's menu bar, with the message area. */
export function menuModal(ctx: Thread, menu: Value, item: Value, msg: Value): Value {
  const m = Array.isArray(msg) ? msg : [];
  return rtl(ctx, 'MENUMODAL', menu, item, m[MSGROW - 1], m[MSGLEFT - 1], m[MSGRIGHT - 1], m[MSGCOLOR - 1]);
}

/** A mouse click: on the menu bar, into the Get (moves the cursor), or onto another Get. */
function mouseKey(l: GetListView, get: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const mRow = rtl(ctx, 'MROW');
  const mCol = rtl(ctx, 'MCOL');
  let button: Value = 0;
  if (menu instanceof HbObject && send(ctx, menu, 'CLASSNAME') === 'TOPBARMENU') {
    button = send(ctx, menu, 'HITTEST', mRow, mCol);
    if (!isN(button, 0)) {
      l.nMenuID = menuModal(ctx, menu, undefined, msg);
      button = 1;
    }
  }
  if (!isN(button, 0)) return;
  button = send(ctx, get, 'HITTEST', mRow, mCol);
  if (isN(button, HTCLIENT)) {
    const col = numOr0(mCol);
    const at = () => numOr0(send(ctx, get, 'COL')) + numOr0(send(ctx, get, 'POS')) - 1;
    while (at() > col) {
      send(ctx, get, 'LEFT');
      if (send(ctx, get, 'TYPEOUT') === true) {
        send(ctx, get, 'HOME');
        break;
      }
    }
    while (at() < col) {
      send(ctx, get, 'RIGHT');
      if (send(ctx, get, 'TYPEOUT') === true) {
        send(ctx, get, 'END');
        break;
      }
    }
  } else if (!isN(button, HTNOWHERE)) {
    // on the Get's caption
  } else if (l.aGetList !== undefined && !isN(send(ctx, l.self, 'HITTEST', mRow, mCol, msg), 0)) {
    setExit(ctx, get, GE_MOUSEHIT);
    l.nLastExitState = GE_MOUSEHIT;
  } else {
    setExit(ctx, get, GE_NOEXIT);
  }
}

/** WHEN: whether the Get may be entered (the READ's "updated" state does not change meanwhile). */
function preValidate(l: GetListView, getArg0: Value, msg: Value): Value {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  let when: Value = true;
  const pre = send(ctx, get, 'PREBLOCK');
  if (pre !== undefined) {
    const updated = l.lUpdated;
    when = evalItem(ctx, pre, [get, msg]);
    if (!(send(ctx, get, 'CONTROL') instanceof HbObject) && isFalse(ctx, when)) send(ctx, get, 'DISPLAY');
    send(ctx, l.self, 'SHOWSCOREBOARD');
    l.lUpdated = updated;
    getListLast(ctx, l.self);
  }
  if (l.killed) {
    when = false;
    setExit(ctx, get, GE_ESCAPE);
  } else if (isFalse(ctx, when)) {
    setExit(ctx, get, GE_WHEN);
  } else {
    setExit(ctx, get, GE_NOEXIT);
  }
  return when;
}

/** VALID: whether the Get may be left; a changed buffer is assigned to the variable first. */
function postValidate(l: GetListView, getArg0: Value, msg: Value): Value {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  if (isN(exitState(ctx, get), GE_ESCAPE)) return true;
  if (send(ctx, get, 'BADDATE') === true) {
    send(ctx, get, 'HOME');
    send(ctx, l.self, 'DATEMSG');
    send(ctx, l.self, 'SHOWSCOREBOARD');
    return false;
  }
  if (send(ctx, get, 'CHANGED') === true) {
    send(ctx, get, 'ASSIGN');
    l.lUpdated = true;
  }
  const cursor = rtl(ctx, 'SETCURSOR');
  send(ctx, get, 'RESET');
  rtl(ctx, 'SETCURSOR', cursor);
  let valid: Value = true;
  const post = send(ctx, get, 'POSTBLOCK');
  if (post !== undefined) {
    const updated = l.lUpdated;
    const buffer = send(ctx, get, 'BUFFER');
    if (typeof buffer === 'string') rtl(ctx, 'SETPOS', send(ctx, get, 'ROW'), numOr0(send(ctx, get, 'COL')) + buffer.length);
    valid = evalItem(ctx, post, [get, msg]);
    rtl(ctx, 'SETPOS', send(ctx, get, 'ROW'), send(ctx, get, 'COL'));
    send(ctx, l.self, 'SHOWSCOREBOARD');
    send(ctx, get, 'UPDATEBUFFER');
    l.lUpdated = send(ctx, get, 'CHANGED') === true ? true : updated;
    getListLast(ctx, l.self);
    if (l.killed) {
      setExit(ctx, get, GE_ESCAPE);
      valid = true;
    }
  }
  return valid;
}

/** A SET KEY block run from a READ: the variable is assigned first and the buffer refreshed after. */
function doSetKey(l: GetListView, block: Value, getArg0: Value): Value {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  if (send(ctx, get, 'CHANGED') === true) {
    send(ctx, get, 'ASSIGN');
    l.lUpdated = true;
  }
  const updated = l.lUpdated;
  const r = evalItem(ctx, block, [l.cReadProcName, l.nReadProcLine, send(ctx, l.self, 'READVAR')]);
  send(ctx, l.self, 'SHOWSCOREBOARD');
  send(ctx, get, 'UPDATEBUFFER');
  l.lUpdated = updated;
  getListLast(ctx, l.self);
  if (l.killed) setExit(ctx, get, GE_ESCAPE);
  return typeof r === 'boolean' ? r : true;
}

function showScoreboard(l: GetListView): void {
  const ctx = l.ctx;
  if (ctx.sets.get(SET_SCOREBOARD) !== true) return;
  const on = natMsg(MSG_INSERT_ON);
  const off = natMsg(MSG_INSERT_OFF);
  const text = ctx.sets.get(SET_INSERT) === true ? on : off.length === on.length ? off : ' '.repeat(on.length);
  rtl(ctx, 'HB_DISPOUTAT', SCORE_ROW, SCORE_COL, text);
}

/** "Invalid date" on the scoreboard until a key is pressed (the key stays to be read). */
function dateMsg(l: GetListView): void {
  const ctx = l.ctx;
  if (ctx.sets.get(SET_SCOREBOARD) !== true) return;
  const text = natMsg(MSG_INVALID_DATE);
  rtl(ctx, 'HB_DISPOUTAT', SCORE_ROW, SCORE_COL, text);
  let key: Value;
  while (isN(key = rtl(ctx, 'INKEY', 0), 0));
  rtl(ctx, 'HB_KEYINS', key);
  rtl(ctx, 'HB_DISPOUTAT', SCORE_ROW, SCORE_COL, ' '.repeat(text.length));
}

function showGetMsg(l: GetListView, getArg0: Value, msg: Value): void {
  const ctx = l.ctx;
  if (!Array.isArray(msg) || msg.length === 0 || msg[MSGFLAG - 1] !== true) return;
  const get = getArg(l, getArg0);
  const control = send(ctx, get, 'CONTROL');
  const text = control instanceof HbObject ? send(ctx, control, 'MESSAGE') : send(ctx, get, 'MESSAGE');
  if (rtl(ctx, 'EMPTY', text) === true) return;
  const width = numOr0(msg[MSGRIGHT - 1]) - numOr0(msg[MSGLEFT - 1]) + 1;
  rtl(ctx, 'HB_DISPOUTAT', msg[MSGROW - 1], msg[MSGLEFT - 1], rtl(ctx, 'PADC', text, width), msg[MSGCOLOR - 1]);
}

function eraseGetMsg(l: GetListView, msg: Value): void {
  const ctx = l.ctx;
  const row = rtl(ctx, 'ROW');
  const col = rtl(ctx, 'COL');
  if (Array.isArray(msg) && msg.length > 0 && msg[MSGFLAG - 1] === true) {
    screenRestore(ctx, msg[MSGROW - 1], msg[MSGLEFT - 1], msg[MSGRIGHT - 1], l.cMsgSaveS);
  }
  rtl(ctx, 'SETPOS', row, col);
}

// ReadStats( nElement, [xNewValue] ): the READ's state by number
const STATS: ReadonlyArray<keyof GetListView> = [
  'lUpdated', 'bFormat', 'lKillRead', 'lBumpTop', 'lBumpBot', 'nLastExitState', 'nLastPos', 'oActiveGet',
  'cVarName', 'cReadProcName', 'nReadProcLine', 'nNextGet', 'nHitCode', 'nPos', 'cMsgSaveS', 'nMenuID', 'nSaveCursor',
];

function readStats(l: GetListView, args: Value[]): Value {
  const n = numOr0(args[0]);
  const name = Number.isInteger(n) && n >= 1 && n <= STATS.length ? STATS[n - 1] : undefined;
  const old = name === undefined ? undefined : (l[name] as Value);
  if (args.length > 1 && name !== undefined) {
    // the read variable's entry sets xReadVar, as Harbour's does
    const target = name === 'cVarName' ? 'xReadVar' : name;
    (l as unknown as Record<string, Value>)[target] = args[1];
  }
  return old;
}

/** A method of the list: its view first. */
function lm(fn: (l: GetListView, ...args: Value[]) => Value): Method {
  return (ctx, self, ...args) => fn(listView(ctx, self), ...args);
}

function lp(fn: (l: GetListView, ...args: Value[]) => void): Method {
  return (ctx, self, ...args) => {
    fn(listView(ctx, self), ...args);
    return self;
  };
}

/** Methods with an optional argument: the slot, set when one is passed (PCount() > 0). */
function swap(slot: 'lKillRead' | 'oActiveGet' | 'lUpdated'): Method {
  return (ctx, self, ...args) => {
    const l = listView(ctx, self);
    const old = l[slot];
    if (args.length > 0) l[slot] = args[0];
    return old;
  };
}

export const GETLIST_METHODS: NativeMethod[] = [
  { name: 'READMODAL', fn: lm((l, p, m, r, lf, rt, c) => readModal(l, p, m, r, lf, rt, c)) },
  { name: 'SETTLE', fn: lm((l, p, i) => settle(l, p, i)) },
  { name: 'READER', fn: lp((l, m, msg) => reader(l, m, msg)) },
  { name: 'GETAPPLYKEY', fn: lp((l, k, g, m, msg) => applyKey(l, k, g, m, msg)) },
  { name: 'GETPREVALIDATE', fn: lm((l, g, msg) => preValidate(l, g, msg)) },
  { name: 'GETPOSTVALIDATE', fn: lm((l, g, msg) => postValidate(l, g, msg)) },
  { name: 'GETDOSETKEY', fn: lm((l, b, g) => doSetKey(l, b, g)) },
  {
    name: 'POSTACTIVEGET', fn: lp((l) => {
      send(l.ctx, l.self, 'GETACTIVE', l.oGet);
      send(l.ctx, l.self, 'READVAR', send(l.ctx, l.self, 'GETREADVAR'));
      send(l.ctx, l.self, 'SHOWSCOREBOARD');
    }),
  },
  { name: 'GETREADVAR', fn: lm((l) => getReadVar(l.ctx, l.oGet)) },
  {
    name: 'SETFORMAT', fn: lm((l, b) => {
      const old = l.bFormat;
      if (isEvalItem(b)) l.bFormat = b;
      return old;
    }),
  },
  { name: 'KILLREAD', fn: swap('lKillRead') },
  { name: 'GETACTIVE', fn: swap('oActiveGet') },
  { name: 'DATEMSG', fn: lp(dateMsg) },
  { name: 'SHOWSCOREBOARD', fn: lp(showScoreboard) },
  { name: 'READUPDATED', fn: swap('lUpdated') },
  {
    name: 'READVAR', fn: lm((l, name) => {
      const old = l.cVarName;
      if (typeof name === 'string') l.cVarName = name;
      return old;
    }),
  },
  {
    name: 'SETFOCUS', fn: lp((l) => {
      getListSetActive(l.ctx, l.self);
      getListLast(l.ctx, l.self);
      send(l.ctx, aGet(l.ctx, l.aGetList, l.nPos), 'SETFOCUS');
    }),
  },
  { name: 'UPDATED', fn: lm((l) => l.lUpdated) },
  { name: 'GET', fn: lm((l) => l.oGet) },
  { name: 'READSTATS', fn: (ctx, self, ...args) => readStats(listView(ctx, self), args) },
  { name: 'SHOWGETMSG', fn: lp((l, g, msg) => showGetMsg(l, g, msg)) },
  { name: 'ERASEGETMSG', fn: lp((l, msg) => eraseGetMsg(l, msg)) },
  {
    name: 'INIT', fn: lp((l, list) => {
      l.aGetList = list;
      if (Array.isArray(list) && list.length >= 1) l.oGet = list[0];
    }),
  },
];
