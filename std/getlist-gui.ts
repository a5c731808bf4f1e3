// The parts of HBGetList for Gets with a control (Clipper 5.3): GUI
// controls (check boxes, list boxes, push buttons, radio groups) and
// TBrowse objects have readers of their own; accelerator keys (Alt+letter
// of a caption's "&x") and mouse clicks jump between Gets.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Value } from '../runtime/values/types.js';
import { exactEq } from '../runtime/values/compare.js';
import { evalItem } from '../runtime/errors/launch.js';
import { aGet } from '../runtime/vm/arrays.js';
import { send, type NativeMethod } from '../runtime/classes/native.js';
import { keyChar } from './keyboard.js';
import { isNum, numOr0, rtl } from './get-view.js';
import { getListLast } from './getlist-state.js';
import {
  GE_DOWN, GE_ENTER, GE_ESCAPE, GE_MOUSEHIT, GE_NOEXIT, GE_SHORTCUT, GE_TOP, GE_UP, GE_WHEN, GE_WRITE,
  exitState, getArg, isFalse, isN, listView, menuModal, setExit, type GetListView,
} from './getlist-class.js';
import {
  K_CTRL_HOME, K_CTRL_W, K_DOWN, K_ENTER, K_ESC, K_LBUTTONDOWN, K_LDBLCLK, K_PGDN, K_PGUP, K_SH_TAB, K_SPACE, K_TAB,
  K_UP,
} from './inkey-codes.js';

const SET_ESCAPE = 28;
const SC_NONE = 0;

const TBR_EXIT = -1;
const TBR_EXCEPTION = 1;

const HTNOWHERE = 0;
const HTCAPTION = -1025;
const HTCLIENT = -2049;
const HTDROPBUTTON = -4097;
const HTSCROLLFIRST = -3077;
const HTSCROLLLAST = -3073;
const HTCELL = -5121;


/** The letters of the Alt+letter keys, by key code range. */
const ALT_KEYS: Array<[number, string]> = [[272, 'qwertyuiop'], [286, 'asdfghjkl'], [300, 'zxcvbnm'], [376, '1234567890']];

function altLetter(key: number): string {
  for (const [first, letters] of ALT_KEYS) if (key >= first && key < first + letters.length) return letters[key - first];
  return '';
}

function controlOf(ctx: Thread, get: Value): Value {
  return send(ctx, get, 'CONTROL');
}

function classNameOf(ctx: Thread, o: Value): Value {
  return send(ctx, o, 'CLASSNAME');
}

/** The current Get may be left (VALID of a plain or a GUI Get). */
function leaveCurrent(l: GetListView, msg: Value): boolean {
  const ctx = l.ctx;
  const cur = aGet(ctx, l.aGetList, l.nPos);
  const control = controlOf(ctx, cur);
  const ok = control instanceof HbObject
    ? send(ctx, l.self, 'GUIPOSTVALIDATE', cur, control, msg)
    : send(ctx, l.self, 'GETPOSTVALIDATE', cur, msg);
  return !isFalse(ctx, ok);
}

/** WHEN of the Get about to be entered. */
function enterNext(l: GetListView, get: Value, msg: Value): boolean {
  const ctx = l.ctx;
  const control = controlOf(ctx, get);
  const ok = control instanceof HbObject
    ? send(ctx, l.self, 'GUIPREVALIDATE', get, control, msg)
    : send(ctx, l.self, 'GETPREVALIDATE', get, msg);
  return !isFalse(ctx, ok);
}

/** Accelerator( nKey, aMsg ): the Get whose caption has the Alt key's letter after "&" (0: none). */
function accelerator(l: GetListView, key: Value, msg: Value): number {
  const ctx = l.ctx;
  const letter = altLetter(numOr0(key));
  if (letter === '') return 0;
  const gets = l.gets;
  const pos = numOr0(l.nPos);
  const ranges: Array<[number, number]> = [[pos + 1, gets.length], [1, pos - 1]];
  for (const [from, to] of ranges) {
    for (let n = from; n <= to; n++) {
      const get = aGet(ctx, l.aGetList, n);
      const control = controlOf(ctx, get);
      const caption = String(control instanceof HbObject && classNameOf(ctx, control) !== 'TBROWSE'
        ? send(ctx, control, 'CAPTION') : send(ctx, get, 'CAPTION'));
      const amp = caption.indexOf('&') + 1;
      if (amp === 0 || amp === caption.length) continue;
      if (caption.charAt(amp).toLowerCase() !== letter) continue;
      if (!leaveCurrent(l, msg)) return 0;
      enterNext(l, get, msg);
      return n;
    }
  }
  return 0;
}

/** hitTest( nMRow, nMCol, aMsg ): the Get under the mouse, when the current one may be left for it. */
function hitTest(l: GetListView, row: Value, col: Value, msg: Value): number {
  const ctx = l.ctx;
  l.nNextGet = 0;
  const gets = l.gets;
  for (let i = 0; i < gets.length; i++) {
    l.nHitCode = send(ctx, gets[i], 'HITTEST', row, col);
    if (!isN(l.nHitCode, HTNOWHERE)) {
      l.nNextGet = i + 1;
      break;
    }
  }
  if (isN(l.nNextGet, 0)) return 0;
  if (!leaveCurrent(l, msg) || !enterNext(l, aGet(ctx, l.aGetList, l.nNextGet), msg)) {
    l.nNextGet = 0;
    return 0;
  }
  return numOr0(l.nNextGet);
}

/** SET KEY, accelerators and the menu's keys, before a control's reader looks at a key; the key left to handle. */
function commonKeys(l: GetListView, get: Value, key: Value, menu: Value, msg: Value): number | null {
  const ctx = l.ctx;
  const block = rtl(ctx, 'SETKEY', key);
  if (block !== undefined && send(ctx, l.self, 'GETDOSETKEY', block, get) === true) return null;
  let hot: Value;
  if (!isN(hot = send(ctx, l.self, 'ACCELERATOR', key, msg), 0)) {
    setExit(ctx, get, GE_SHORTCUT);
    l.nNextGet = hot;
  } else if (!(menu instanceof HbObject)) {
    // no menu
  } else if (!isN(hot = send(ctx, menu, 'GETACCEL', key), 0)) {
    l.nMenuID = menuModal(ctx, menu, hot, msg);
    return 0;
  } else if (rtl(ctx, 'ISSHORTCUT', menu, key) === true) {
    return 0;
  }
  return numOr0(key);
}

/** A click on the menu bar: runs the menu; 0 when the click is elsewhere. */
function menuClick(l: GetListView, menu: Value, msg: Value, row: Value, col: Value): Value {
  const ctx = l.ctx;
  if (!(menu instanceof HbObject) || classNameOf(ctx, menu) !== 'TOPBARMENU') return 0;
  const button = send(ctx, menu, 'HITTEST', row, col);
  if (isN(button, 0)) return 0;
  l.nMenuID = menuModal(ctx, menu, undefined, msg);
  return 1;
}

/** The exit keys every reader shares. */
function exitKey(ctx: Thread, get: Value, key: number): void {
  switch (key) {
    case K_UP: case K_SH_TAB: setExit(ctx, get, GE_UP); break;
    case K_DOWN: case K_TAB: setExit(ctx, get, GE_DOWN); break;
    case K_ENTER: setExit(ctx, get, GE_ENTER); break;
    case K_ESC: if (ctx.sets.get(SET_ESCAPE) === true) setExit(ctx, get, GE_ESCAPE); break;
    case K_PGUP: case K_PGDN: case K_CTRL_W: setExit(ctx, get, GE_WRITE); break;
    case K_CTRL_HOME: setExit(ctx, get, GE_TOP); break;
  }
}

/** The value a GUI control holds for its Get: a list's or radio group's item number for a numeric variable. */
function controlValue(ctx: Thread, get: Value, gui: Value): Value {
  const cls = classNameOf(ctx, gui);
  if ((cls === 'LISTBOX' || cls === 'RADIOGROUP') && isNum(send(ctx, get, 'VARGET'))) {
    return send(ctx, gui, 'VALUE');
  }
  return send(ctx, gui, 'BUFFER');
}

function guiReader(l: GetListView, get: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const jump = (controlOf(ctx, get) instanceof HbObject && isN(l.nLastExitState, GE_SHORTCUT)) || isN(l.nLastExitState, GE_MOUSEHIT);
  if (!jump && send(ctx, l.self, 'GETPREVALIDATE', get, msg) !== true) return;
  send(ctx, l.self, 'SHOWGETMSG', get, msg);
  l.nLastExitState = 0;
  const gui = controlOf(ctx, get);
  send(ctx, gui, 'SELECT', send(ctx, get, 'VARGET'));
  send(ctx, gui, 'SETFOCUS');
  if (isN(exitState(ctx, get), GE_NOEXIT)) {
    const hit = numOr0(l.nHitCode);
    if (hit > 0) send(ctx, gui, 'SELECT', l.nHitCode);
    else if (hit === HTCAPTION) send(ctx, gui, 'SELECT');
    else if (hit === HTCLIENT) send(ctx, gui, 'SELECT', K_LBUTTONDOWN);
    else if (hit === HTDROPBUTTON) send(ctx, gui, 'OPEN');
    else if (hit >= HTSCROLLFIRST && hit <= HTSCROLLLAST) send(ctx, gui, 'SCROLL', l.nHitCode);
  }
  l.nHitCode = 0;
  while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
    if (send(ctx, gui, 'TYPEOUT') === true) setExit(ctx, get, GE_ENTER);
    while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
      send(ctx, l.self, 'GUIAPPLYKEY', get, gui, rtl(ctx, 'INKEY', 0), menu, msg);
      send(ctx, l.self, 'SHOWGETMSG', get, msg);
    }
    if (!isN(l.nLastExitState, GE_SHORTCUT) && !isN(l.nLastExitState, GE_MOUSEHIT)
      && isFalse(ctx, send(ctx, l.self, 'GETPOSTVALIDATE', get, msg))) {
      setExit(ctx, get, GE_NOEXIT);
    }
  }
  send(ctx, get, 'VARPUT', controlValue(ctx, get, gui));
  send(ctx, gui, 'KILLFOCUS');
  send(ctx, l.self, 'ERASEGETMSG', msg);
  if (classNameOf(ctx, gui) === 'LISTBOX' && send(ctx, gui, 'DROPDOWN') === true && send(ctx, gui, 'ISOPEN') === true) {
    send(ctx, gui, 'CLOSE');
  }
}

function guiApplyKey(l: GetListView, get: Value, gui: Value, keyArg: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const k = commonKeys(l, get, keyArg, menu, msg);
  if (k === null) return;
  let key = k;
  const cls = key === 0 ? '' : classNameOf(ctx, gui);
  if (cls === 'RADIOGROUP' || cls === 'LISTBOX') {
    if (key === K_UP) {
      send(ctx, gui, 'PREVITEM');
      key = 0;
    } else if (key === K_DOWN) {
      send(ctx, gui, 'NEXTITEM');
      key = 0;
    } else if (cls === 'RADIOGROUP') {
      const hot = send(ctx, gui, 'GETACCEL', key);
      if (!isN(hot, 0)) send(ctx, gui, 'SELECT', hot);
    } else if (key === K_SPACE) {
      if (send(ctx, gui, 'DROPDOWN') === true && send(ctx, gui, 'ISOPEN') !== true) {
        send(ctx, gui, 'OPEN');
        key = 0;
      }
    } else {
      const c = keyChar(key);
      if (c !== '') {
        const found = send(ctx, gui, 'FINDTEXT', c, numOr0(send(ctx, gui, 'VALUE')) + 1, false, false);
        if (!isN(found, 0)) send(ctx, gui, 'SELECT', found);
      }
    }
    if (isNum(send(ctx, get, 'VARGET'))) send(ctx, get, 'VARPUT', send(ctx, gui, 'VALUE'));
  } else if (cls === 'CHECKBOX') {
    if (key === K_SPACE) send(ctx, gui, 'SELECT');
  } else if (cls === 'PUSHBUTTON') {
    if (key === K_SPACE) {
      send(ctx, gui, 'SELECT', K_SPACE);
    } else if (key === K_ENTER) {
      send(ctx, gui, 'SELECT');
      key = 0;
    }
  }
  if (key === K_LBUTTONDOWN || key === K_LDBLCLK) {
    guiClick(l, get, gui, cls, menu, msg);
    return;
  }
  exitKey(ctx, get, key);
}

function guiClick(l: GetListView, get: Value, gui: Value, cls: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const row = rtl(ctx, 'MROW');
  const col = rtl(ctx, 'MCOL');
  if (!isN(menuClick(l, menu, msg, row, col), 0)) return;
  let close = true;
  const button = send(ctx, gui, 'HITTEST', row, col);
  const b = numOr0(button);
  if (b === HTNOWHERE) {
    if (!isN(send(ctx, l.self, 'HITTEST', row, col, msg), 0)) {
      setExit(ctx, get, GE_MOUSEHIT);
      l.nLastExitState = GE_MOUSEHIT;
    } else {
      setExit(ctx, get, GE_NOEXIT);
    }
  } else if (b >= HTCLIENT) {
    send(ctx, gui, 'SELECT', button);
  } else if (b === HTDROPBUTTON) {
    if (send(ctx, gui, 'ISOPEN') !== true) {
      send(ctx, gui, 'OPEN');
      close = false;
    }
  } else if (b >= HTSCROLLFIRST && b <= HTSCROLLLAST) {
    send(ctx, gui, 'SCROLL', button);
    close = false;
  }
  if (close && cls === 'LISTBOX' && send(ctx, gui, 'DROPDOWN') === true && send(ctx, gui, 'ISOPEN') === true) {
    send(ctx, gui, 'CLOSE');
    send(ctx, gui, 'DISPLAY');
  }
}

function guiPreValidate(l: GetListView, getArg0: Value, gui: Value, msg: Value): Value {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  let when: Value = true;
  const pre = send(ctx, get, 'PREBLOCK');
  if (pre !== undefined) {
    const updated = l.lUpdated;
    when = evalItem(ctx, pre, [get, msg]);
    if (classNameOf(ctx, gui) !== 'TBROWSE') send(ctx, get, 'DISPLAY');
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

function guiPostValidate(l: GetListView, getArg0: Value, gui: Value, msg: Value): Value {
  const ctx = l.ctx;
  const get = getArg(l, getArg0);
  if (isN(exitState(ctx, get), GE_ESCAPE)) return true;
  let oldValue: Value;
  let newValue: Value;
  const browse = classNameOf(ctx, gui) === 'TBROWSE';
  if (!browse) {
    oldValue = send(ctx, get, 'VARGET');
    newValue = controlValue(ctx, get, gui);
  }
  if (!exactEq(ctx, oldValue, newValue)) {
    send(ctx, get, 'VARPUT', newValue);
    l.lUpdated = true;
  }
  let valid: Value = true;
  const post = send(ctx, get, 'POSTBLOCK');
  if (post !== undefined) {
    const updated = l.lUpdated;
    valid = evalItem(ctx, post, [get, msg]);
    rtl(ctx, 'SETPOS', send(ctx, get, 'ROW'), send(ctx, get, 'COL'));
    send(ctx, l.self, 'SHOWSCOREBOARD');
    if (!browse) send(ctx, gui, 'SELECT', send(ctx, get, 'VARGET'));
    l.lUpdated = updated;
    getListLast(ctx, l.self);
    if (l.killed) {
      setExit(ctx, get, GE_ESCAPE);
      valid = true;
    }
  }
  return valid;
}

function tbApplyKey(l: GetListView, get: Value, browse: Value, keyArg: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const key = commonKeys(l, get, keyArg, menu, msg);
  if (key === null) return;
  switch (key) {
    case K_TAB: setExit(ctx, get, GE_DOWN); break;
    case K_SH_TAB: setExit(ctx, get, GE_UP); break;
    case K_ENTER:
      if (send(ctx, browse, 'STABLE') !== true) send(ctx, browse, 'FORCESTABLE');
      setExit(ctx, get, GE_ENTER);
      break;
    case K_ESC: if (ctx.sets.get(SET_ESCAPE) === true) setExit(ctx, get, GE_ESCAPE); break;
    case K_CTRL_W: setExit(ctx, get, GE_WRITE); break;
    case K_LBUTTONDOWN: case K_LDBLCLK: {
      const row = rtl(ctx, 'MROW');
      const col = rtl(ctx, 'MCOL');
      if (!isN(menuClick(l, menu, msg, row, col), 0)) break;
      if (isN(send(ctx, browse, 'HITTEST', row, col), HTNOWHERE)) {
        if (!isN(send(ctx, l.self, 'HITTEST', row, col, msg), 0)) {
          setExit(ctx, get, GE_MOUSEHIT);
          l.nLastExitState = GE_MOUSEHIT;
        } else {
          setExit(ctx, get, GE_NOEXIT);
        }
      }
      break;
    }
  }
}

/** The reader of a Get whose control is a TBrowse: browse keys until one leaves it. */
function tbReader(l: GetListView, get: Value, menu: Value, msg: Value): void {
  const ctx = l.ctx;
  const jump = (controlOf(ctx, get) instanceof HbObject && isN(l.nLastExitState, GE_SHORTCUT)) || isN(l.nLastExitState, GE_MOUSEHIT);
  if (!jump && send(ctx, l.self, 'GETPREVALIDATE', get, msg) !== true) return;
  send(ctx, l.self, 'SHOWGETMSG', get, msg);
  l.nLastExitState = 0;
  const cursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  const tb = controlOf(ctx, get);
  const autoLite = send(ctx, tb, 'AUTOLITE');
  send(ctx, tb, '_AUTOLITE', true);
  send(ctx, tb, 'HILITE');
  if (isN(exitState(ctx, get), GE_NOEXIT) && isN(l.nHitCode, HTCELL)) {
    send(ctx, tb, '_ROWPOS', send(ctx, tb, 'MROWPOS'));
    send(ctx, tb, '_COLPOS', send(ctx, tb, 'MCOLPOS'));
    send(ctx, tb, 'INVALIDATE');
  }
  l.nHitCode = 0;
  while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
    while (isN(exitState(ctx, get), GE_NOEXIT) && !l.killed) {
      let key: Value = 0;
      while (send(ctx, tb, 'STABILIZE') !== true && isN(key, 0)) key = rtl(ctx, 'INKEY');
      if (isN(key, 0)) key = rtl(ctx, 'INKEY', 0);
      const done = send(ctx, tb, 'APPLYKEY', key);
      if (isN(done, TBR_EXIT)) {
        setExit(ctx, get, GE_ESCAPE);
        break;
      }
      if (isN(done, TBR_EXCEPTION)) {
        send(ctx, l.self, 'TBAPPLYKEY', get, tb, key, menu, msg);
        send(ctx, l.self, 'SHOWGETMSG', get, msg);
      }
    }
    if (!isN(l.nLastExitState, GE_SHORTCUT) && !isN(l.nLastExitState, GE_MOUSEHIT)
      && isFalse(ctx, send(ctx, l.self, 'GETPOSTVALIDATE', get, msg))) {
      setExit(ctx, get, GE_NOEXIT);
    }
  }
  send(ctx, tb, '_AUTOLITE', autoLite);
  send(ctx, tb, 'DEHILITE');
  send(ctx, l.self, 'ERASEGETMSG', msg);
  rtl(ctx, 'SETCURSOR', cursor);
}

/** The list's methods for Gets with controls. */
export const GETLIST_GUI_METHODS: NativeMethod[] = [
  { name: 'GUIREADER', fn: (ctx, self, g, m, msg) => (guiReader(listView(ctx, self), g, m, msg), self) },
  { name: 'GUIAPPLYKEY', fn: (ctx, self, g, gui, k, m, msg) => (guiApplyKey(listView(ctx, self), g, gui, k, m, msg), self) },
  { name: 'GUIPREVALIDATE', fn: (ctx, self, g, gui, msg) => guiPreValidate(listView(ctx, self), g, gui, msg) },
  { name: 'GUIPOSTVALIDATE', fn: (ctx, self, g, gui, msg) => guiPostValidate(listView(ctx, self), g, gui, msg) },
  { name: 'TBAPPLYKEY', fn: (ctx, self, g, tb, k, m, msg) => (tbApplyKey(listView(ctx, self), g, tb, k, m, msg), self) },
  { name: 'TBREADER', fn: (ctx, self, g, m, msg) => (tbReader(listView(ctx, self), g, m, msg), self) },
  { name: 'ACCELERATOR', fn: (ctx, self, k, msg) => accelerator(listView(ctx, self), k, msg) },
  { name: 'HITTEST', fn: (ctx, self, r, c, msg) => hitTest(listView(ctx, self), r, c, msg) },
];

