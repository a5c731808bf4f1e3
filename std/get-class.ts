// Class GET: the editable field of @ ... GET. Its variables and messages
// are Harbour's (Clipper 5.3 compatible); this file has the messages that
// give and take focus, read and write the variable through the Get's
// block (and subscripts), show the field, and the plain properties. The
// buffer logic is in get-picture.ts, the editing keys in get-edit.ts.

import type { Thread } from '../runtime/vm/thread.js';
import { HbHash, HbObject, valType, type Value } from '../runtime/values/types.js';
import { lt } from '../runtime/values/compare.js';
import { isEvalItem, evalItem } from '../runtime/errors/launch.js';
import { aGet, aSet } from '../runtime/vm/arrays.js';
import type { Method } from '../runtime/classes/class.js';
import { nativeInstance, send, type NativeMethod } from '../runtime/classes/native.js';
import { SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import {
  acceptChar, badDate, firstEditable, isEditable, lastEditable, putMask, setPicture, unTransform,
} from './get-picture.js';
import {
  backSpace, backSpaceLow, delEnd, delLeft, delRight, deleteAll, deleteChar, deleteLow, delWordLeft, delWordRight,
  end, home, left, leftLow, right, rightLow, setPos, toDecPos, typeChar, wordLeft, wordRight,
} from './get-edit.js';
import { GET_CLASS, blank, getView, intOf, isNum, numOr0, rtl, stuffAt, type GetView } from './get-view.js';

const SET_INTENSITY = 31;
const SET_DELIMITERS = 33;
const SET_DELIMCHARS = 34;

const SC_NONE = 0;
const CLR_STANDARD = 0;
const CLR_ENHANCED = 1;
const CLR_BACKGROUND = 3;
const CLR_UNSELECTED = 4;

// the Get's colors: unselected, enhanced (with focus), caption, accelerator key
const GET_CLR_UNSELECTED = 0;
const GET_CLR_ENHANCED = 1;
const GET_CLR_CAPTION = 2;
const GET_CLR_ACCEL = 3;

const HTNOWHERE = 0;
const HTCAPTION = -1025;
const HTCLIENT = -2049;

/** A method of the Get: its view first. */
function m(fn: (g: GetView, ...args: Value[]) => Value): Method {
  return (ctx, self, ...args) => fn(getView(ctx, self), ...args);
}

/** A method that only changes the Get: it answers Self. */
function proc(fn: (g: GetView, ...args: Value[]) => void): Method {
  return (ctx, self, ...args) => {
    fn(getView(ctx, self), ...args);
    return self;
  };
}

function colorIndex(ctx: Thread, color: Value, i: number): string {
  return String(rtl(ctx, 'HB_COLORINDEX', color, i));
}

function colorToN(ctx: Thread, color: string): number {
  return numOr0(rtl(ctx, 'HB_COLORTON', color));
}

function nToColor(ctx: Thread, n: number): string {
  return String(rtl(ctx, 'HB_NTOCOLOR', n));
}

function dispOutAt(ctx: Thread, row: Value, col: Value, text: string, color?: Value): void {
  rtl(ctx, 'HB_DISPOUTAT', row, col, text, color);
}

// ---- reading and writing the variable ---------------------------------------

/** Whether subscript `sub` indexes into `v` (numbers index anything, keys only hashes). */
function indexes(v: Value, sub: Value): boolean {
  return isNum(sub) || (v instanceof HbHash && 'CDT'.includes(valType(sub)));
}

function varGet(g: GetView): Value {
  const block = g.bBlock;
  if (!isEvalItem(block)) return g.xVarGet;
  const ctx = g.ctx;
  const subs = g.xSubScript;
  let v = evalItem(ctx, block, []);
  if (Array.isArray(subs) && subs.length > 0) {
    for (const sub of subs) {
      if (!indexes(v, sub)) break;
      v = aGet(ctx, v, sub);
    }
  }
  return v;
}

function varPut(g: GetView, value: Value): Value {
  const block = g.bBlock;
  if (!isEvalItem(block) || !'CNDTLU'.includes(valType(value))) return undefined;
  const ctx = g.ctx;
  const subs = g.xSubScript;
  if (Array.isArray(subs) && subs.length > 0) {
    let v = evalItem(ctx, block, []);
    for (let i = 0; i < subs.length - 1; i++) {
      if (!indexes(v, subs[i])) return value;
      v = aGet(ctx, v, subs[i]);
    }
    const last = subs[subs.length - 1];
    if (indexes(v, last)) aSet(ctx, v, last, value);
  } else {
    evalItem(ctx, block, [value]);
  }
  return value;
}

// ---- focus --------------------------------------------------------------------

function setFocus(g: GetView): void {
  if (g.hasFocus) return;
  const ctx = g.ctx;
  const v = send(ctx, g.self, 'VARGET');
  g.xVarGet = v;
  g.hasFocus = true;
  g.rejected = false;
  g.original = v;
  g.cType = valType(v);
  send(ctx, g.self, '_PICTURE', g.cPicture);
  g.cBuffer = putMask(g, v, false);
  g.lChanged = false;
  g.lClear = g.cPicFunc.includes('K') || g.cType === 'N';
  g.lEdit = false;
  setPos(g, 1);
  g.lMinusPrinted = false;
  g.lMinus = false;
  if (g.cType === 'N') {
    const buf = g.buf;
    g.decPos = buf.indexOf(g.cPicFunc.includes('E') ? ',' : '.') + 1;
    if (g.decPos === 0) g.decPos = buf.length + 1;
    g.lMinus2 = lt(ctx, g.xVarGet, 0);
  } else {
    g.decPos = 0;
  }
  send(ctx, g.self, 'DISPLAY');
}

function killFocus(g: GetView): void {
  const had = g.hasFocus;
  g.hasFocus = false;
  g.nPos = 0;
  g.lClear = false;
  g.lMinus = false;
  g.lChanged = false;
  g.decPos = 0;
  g.typeOut = false;
  if (had) send(g.ctx, g.self, 'DISPLAY');
  g.xVarGet = undefined;
  g.original = undefined;
  g.cBuffer = undefined;
}

/** The value of the buffer written to the variable (a string keeps the original's tail). */
function assign(g: GetView): void {
  if (!g.hasFocus) return;
  let v = send(g.ctx, g.self, 'UNTRANSFORM');
  if (g.cType === 'C' && typeof v === 'string' && typeof g.original === 'string') v += g.original.slice(v.length);
  send(g.ctx, g.self, 'VARPUT', v);
}

function updateBuffer(g: GetView): void {
  if (g.hasFocus) {
    g.cBuffer = putMask(g, send(g.ctx, g.self, 'VARGET'));
    g.xVarGet = g.original;
    send(g.ctx, g.self, 'DISPLAY');
  } else {
    send(g.ctx, g.self, 'VARGET');
  }
}

function reset(g: GetView): void {
  if (!g.hasFocus) return;
  const ctx = g.ctx;
  g.cBuffer = putMask(g, send(ctx, g.self, 'VARGET'), false);
  g.xVarGet = g.original;
  g.cType = valType(g.xVarGet);
  setPos(g, firstEditable(g));
  g.lClear = g.cPicFunc.includes('K') || g.cType === 'N';
  g.lEdit = false;
  g.lMinus = false;
  g.rejected = false;
  const t = String(send(ctx, g.self, 'TYPE'));
  g.typeOut = !'CNDTL'.includes(t) || g.nPos === 0;
  send(ctx, g.self, 'DISPLAY');
}

function undo(g: GetView): void {
  if (!g.hasFocus) return;
  if (g.original !== undefined) send(g.ctx, g.self, 'VARPUT', g.original);
  send(g.ctx, g.self, 'RESET');
  g.lChanged = false;
}

// ---- showing the field ----------------------------------------------------------

function display(g: GetView): void {
  const ctx = g.ctx;
  const oldCursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  let buf: string;
  if (g.hasFocus) {
    buf = g.buf;
  } else {
    g.xVarGet = send(ctx, g.self, 'VARGET');
    g.cType = valType(g.xVarGet);
    send(ctx, g.self, '_PICTURE', g.cPicture);
    buf = putMask(g, g.xVarGet);
  }
  const maxLen = buf.length;
  g.nMaxLen = maxLen;
  const dispLen = g.nPicLen ?? maxLen;
  g.nDispLen = dispLen;
  if (g.cType === 'N' && g.hasFocus && !g.lMinusPrinted && g.decPos !== 0 && g.lMinus2 && g.nPos > g.decPos
    && numOr0(rtl(ctx, 'VAL', buf.slice(0, Math.max(g.decPos - 1, 0)))) === 0) {
    // a negative number under 1: the sign goes before the decimal point
    buf = stuffAt(buf, g.decPos - 1, 2, '-.');
  }
  let dispPos = 1;
  if (dispLen !== maxLen && g.nPos !== 0) {
    // a scrolling field (@S): keep the cursor in view
    const lead = dispLen > 8 ? g.nPos - dispLen + 4 : g.nPos - Math.trunc(dispLen / 2);
    dispPos = Math.max(1, Math.min(lead, maxLen - dispLen + 1));
  }
  if (!blank(g.cCaption)) showCaption(g);
  let rowPos: Value;
  let colPos = 0;
  if (!g.lSuppDisplay || dispPos !== g.nOldPos) {
    const text = g.lHideInput
      ? g.cStyle.slice(0, 1).repeat(buf.replace(/ +$/, '').length).padEnd(dispLen).slice(0, dispLen)
      : buf.substr(dispPos - 1, Math.max(dispLen, 0));
    dispOutAt(ctx, g.nRow, g.nCol, text, colorIndex(ctx, g.cColorSpec, g.hasFocus ? GET_CLR_ENHANCED : GET_CLR_UNSELECTED));
    rowPos = g.nRow;
    colPos = numOr0(g.nCol) + Math.min(dispLen, buf.length);
    if (ctx.sets.get(SET_DELIMITERS) === true && !g.hasFocus) {
      const delims = String(ctx.sets.get(SET_DELIMCHARS) ?? '');
      const color = colorIndex(ctx, g.cColorSpec, GET_CLR_UNSELECTED);
      dispOutAt(ctx, rowPos, numOr0(g.nCol) - 1, delims.slice(0, 1), color);
      dispOutAt(ctx, rowPos, colPos, delims.slice(1, 2), color);
      colPos++;
    }
  }
  if (g.nPos !== 0) rtl(ctx, 'SETPOS', g.nRow, numOr0(g.nCol) + g.nPos - dispPos);
  else if (rowPos !== undefined) rtl(ctx, 'SETPOS', rowPos, colPos);
  g.nOldPos = dispPos;
  g.lSuppDisplay = false;
  rtl(ctx, 'SETCURSOR', oldCursor);
}

/** The caption, its accelerator letter ("&x") in the accelerator color. */
function showCaption(g: GetView): void {
  const ctx = g.ctx;
  let caption = g.cCaption;
  let amp = caption.indexOf('&') + 1;
  if (amp > 0) {
    if (amp === caption.length) amp = 0;
    else caption = stuffAt(caption, amp, 1, '');
  }
  dispOutAt(ctx, g.nCapRow, g.nCapCol, caption, colorIndex(ctx, g.cColorSpec, GET_CLR_CAPTION));
  if (amp > 0) {
    dispOutAt(ctx, g.nCapRow, numOr0(g.nCapCol) + amp - 1, caption.charAt(amp - 1), colorIndex(ctx, g.cColorSpec, GET_CLR_ACCEL));
  }
}

/** :colorSpec := cColors: four colors, each missing one the unselected color. */
function setColorSpec(g: GetView, spec: Value): Value {
  const ctx = g.ctx;
  if (typeof spec === 'string') {
    const unsel = Math.max(colorToN(ctx, colorIndex(ctx, spec, GET_CLR_UNSELECTED)), 0);
    let s = nToColor(ctx, unsel);
    for (const i of [GET_CLR_ENHANCED, GET_CLR_CAPTION, GET_CLR_ACCEL]) {
      const n = colorToN(ctx, colorIndex(ctx, spec, i));
      s += ',' + nToColor(ctx, n !== -1 ? n : unsel);
    }
    g.cColorSpec = s;
  } else if ('UNDTBA'.includes(valType(spec))) {
    return undefined;
  } else {
    // other types take the colors of SetColor(), as Clipper 5.3 does
    const set = rtl(ctx, 'SETCOLOR');
    const slots = ctx.sets.get(SET_INTENSITY) === true
      ? [CLR_UNSELECTED, CLR_ENHANCED, CLR_STANDARD, CLR_BACKGROUND]
      : [CLR_STANDARD, CLR_STANDARD, CLR_STANDARD, CLR_STANDARD];
    g.cColorSpec = slots.map((i) => colorIndex(ctx, set, i)).join(',');
  }
  return spec;
}

// ---- construction ------------------------------------------------------------------

/** Init( nRow, nCol, bVarBlock, cVarName, cPicture, cColorSpec ) */
function init(g: GetView, row: Value, col: Value, block: Value, name: Value, pic: Value, color: Value): Value {
  const ctx = g.ctx;
  if (row === undefined) row = rtl(ctx, 'ROW');
  if (col === undefined) col = numOr0(rtl(ctx, 'COL')) + (ctx.sets.get(SET_DELIMITERS) === true ? 1 : 0);
  if (name === undefined) name = '';
  if (block === undefined && typeof name === 'string') block = rtl(ctx, 'MEMVARBLOCK', name);
  if (color === undefined) {
    const set = rtl(ctx, 'SETCOLOR');
    const bright = ctx.sets.get(SET_INTENSITY) === true;
    color = colorIndex(ctx, set, bright ? CLR_UNSELECTED : CLR_STANDARD) + ','
      + colorIndex(ctx, set, bright ? CLR_ENHANCED : CLR_STANDARD) + ','
      + colorIndex(ctx, set, CLR_STANDARD) + ','
      + (set === 'W/N,N/W,N/N,N/N,N/W' ? (bright ? 'W+/N' : 'W/N') : colorIndex(ctx, set, bright ? CLR_BACKGROUND : CLR_STANDARD));
  }
  g.nRow = row;
  g.nCol = col;
  g.bBlock = block;
  g.cName = name;
  send(ctx, g.self, '_PICTURE', pic);
  send(ctx, g.self, '_COLORSPEC', color);
  return g.self;
}

/** A SETGET message of a plain variable that NIL does not change. */
function keep(get: (g: GetView) => Value, set: (g: GetView, v: Value) => void): Method {
  return m((g, v) => {
    if (v !== undefined) set(g, v);
    return get(g);
  });
}

/** changed, clear, minus: logical switches a program may set while the Get has focus. */
function focusFlag(msg: string, slot: 'lChanged' | 'lClear' | 'lMinus'): NativeMethod[] {
  return [
    { name: msg, fn: m((g) => g[slot]) },
    {
      name: '_' + msg, fn: m((g, v) => {
        if (typeof v !== 'boolean') return false;
        if (g.hasFocus) g[slot] = v;
        return v;
      }),
    },
  ];
}

const P = SCOPE_PROTECTED;

const METHODS: NativeMethod[] = [
  { name: 'INIT', fn: m((g, r, c, b, n, p, col) => init(g, r, c, b, n, p, col)) },
  { name: 'ASSIGN', fn: proc(assign) },
  { name: 'BADDATE', fn: m(badDate) },
  {
    name: 'BLOCK', setget: true, fn: (ctx, self, ...a) => {
      const g = getView(ctx, self);
      if (a.length === 0 || a[0] === undefined) return g.bBlock;
      g.bBlock = a[0];
      g.xVarGet = g.original;
      g.cType = valType(g.xVarGet);
      return a[0];
    },
  },
  { name: 'BUFFER', fn: m((g) => g.cBuffer) },
  { name: '_BUFFER', fn: m((g, v) => (g.hasFocus ? (g.cBuffer = v) : v)) },
  ...focusFlag('CHANGED', 'lChanged'),
  ...focusFlag('CLEAR', 'lClear'),
  { name: 'COL', fn: m((g) => g.nCol) },
  { name: '_COL', fn: m((g, v) => (g.nCol = isNum(v) ? intOf(v) : 0)) },
  { name: 'COLORDISP', fn: (ctx, self, c) => {
    send(ctx, self, '_COLORSPEC', c);
    send(ctx, self, 'DISPLAY');
    return self;
  } },
  { name: 'COLORSPEC', fn: m((g) => g.cColorSpec) },
  { name: '_COLORSPEC', fn: m(setColorSpec) },
  { name: 'DISPLAY', fn: proc(display) },
  {
    name: 'HITTEST', fn: m((g, r, c) => {
      if (g.oControl instanceof HbObject) return send(g.ctx, g.oControl, 'HITTEST', r, c);
      const row = numOr0(r);
      const col = numOr0(c);
      if (row === numOr0(g.nRow) && col >= numOr0(g.nCol) && col < numOr0(g.nCol) + (g.nDispLen ?? 0)) return HTCLIENT;
      if (row === numOr0(g.nCapRow) && col >= numOr0(g.nCapCol) && col < numOr0(g.nCapCol) + g.cCaption.length) return HTCAPTION;
      return HTNOWHERE;
    }),
  },
  {
    name: 'CONTROL', setget: true, fn: (ctx, self, ...a) => {
      const g = getView(ctx, self);
      if (a.length === 1 && (a[0] === undefined || a[0] instanceof HbObject)) g.oControl = a[0];
      return g.oControl;
    },
  },
  { name: 'MESSAGE', setget: true, fn: m((g, v) => (typeof v === 'string' ? (g.cMessage = v) : g.cMessage)) },
  { name: 'CAPTION', setget: true, fn: m((g, v) => (typeof v === 'string' ? (g.cCaption = v) : g.cCaption)) },
  { name: 'CAPROW', setget: true, fn: m((g, v) => (isNum(v) ? (g.nCapRow = intOf(v)) : g.nCapRow)) },
  { name: 'CAPCOL', setget: true, fn: m((g, v) => (isNum(v) ? (g.nCapCol = intOf(v)) : g.nCapCol)) },
  { name: 'KILLFOCUS', fn: proc(killFocus) },
  ...focusFlag('MINUS', 'lMinus'),
  {
    name: 'NAME', setget: true, fn: (ctx, self, ...a) => {
      const g = getView(ctx, self);
      if (a.length > 0 && a[0] !== undefined) g.cName = a[0];
      return g.cName;
    },
  },
  {
    name: 'PICTURE', setget: true, fn: (ctx, self, ...a) => {
      const g = getView(ctx, self);
      if (a.length > 0) setPicture(g, a[0]);
      return g.cPicture;
    },
  },
  { name: 'POS', fn: m((g) => g.nPos) },
  { name: '_POS', fn: m((g, v) => setPos(g, v)) },
  {
    name: 'REFORM', fn: proc((g) => {
      if (!g.hasFocus) return;
      g.cBuffer = putMask(g, send(g.ctx, g.self, 'UNTRANSFORM'), false);
      g.nDispLen = g.nPicLen ?? g.nMaxLen;
    }),
  },
  { name: 'RESET', fn: proc(reset) },
  { name: 'ROW', fn: m((g) => g.nRow) },
  { name: '_ROW', fn: m((g, v) => (g.nRow = isNum(v) ? intOf(v) : 0)) },
  { name: 'SETFOCUS', fn: proc(setFocus) },
  { name: 'TYPE', fn: m((g) => (g.cType = valType(g.hasFocus ? g.xVarGet : send(g.ctx, g.self, 'VARGET')))) },
  { name: 'UNDO', fn: proc(undo) },
  { name: 'UNTRANSFORM', fn: m(unTransform) },
  { name: 'UPDATEBUFFER', fn: proc(updateBuffer) },
  { name: 'VARGET', fn: m(varGet) },
  { name: 'VARPUT', fn: m((g, v) => varPut(g, v)) },
  { name: 'END', fn: proc(end) },
  { name: 'HOME', fn: proc(home) },
  { name: 'LEFT', fn: proc(left) },
  { name: 'RIGHT', fn: proc(right) },
  { name: 'TODECPOS', fn: proc(toDecPos) },
  { name: 'WORDLEFT', fn: proc(wordLeft) },
  { name: 'WORDRIGHT', fn: proc(wordRight) },
  { name: 'BACKSPACE', fn: proc(backSpace) },
  { name: 'DELETE', fn: proc(deleteChar) },
  { name: 'DELEND', fn: proc(delEnd) },
  { name: 'DELLEFT', fn: proc(delLeft) },
  { name: 'DELRIGHT', fn: proc(delRight) },
  { name: 'DELWORDLEFT', fn: proc(delWordLeft) },
  { name: 'DELWORDRIGHT', fn: proc(delWordRight) },
  { name: 'INSERT', fn: proc((g, c) => typeChar(g, c, true)) },
  { name: 'OVERSTRIKE', fn: proc((g, c) => typeChar(g, c, false)) },
  { name: 'SUBSCRIPT', setget: true, fn: keep((g) => g.xSubScript, (g, v) => (g.xSubScript = v)) },
  { name: 'POSTBLOCK', setget: true, fn: keep((g) => g.bPostBlock, (g, v) => (g.bPostBlock = v)) },
  { name: 'PREBLOCK', setget: true, fn: keep((g) => g.bPreBlock, (g, v) => (g.bPreBlock = v)) },
  { name: 'CARGO', setget: true, fn: keep((g) => g.xCargo, (g, v) => (g.xCargo = v)) },
  { name: 'EXITSTATE', setget: true, fn: keep((g) => g.xExitState, (g, v) => (g.xExitState = v)) },
  { name: 'READER', setget: true, fn: keep((g) => g.bReader, (g, v) => (g.bReader = v)) },
  // the editor's own steps, protected as in Harbour
  { name: 'LEFTLOW', fn: m(leftLow), scope: P },
  { name: 'RIGHTLOW', fn: m(rightLow), scope: P },
  { name: 'BACKSPACELOW', fn: m(backSpaceLow), scope: P },
  { name: 'DELETELOW', fn: m((g) => (deleteLow(g), undefined)), scope: P },
  { name: 'DELETEALL', fn: proc(deleteAll), scope: P },
  { name: 'ISEDITABLE', fn: m((g, p) => isEditable(g, numOr0(p))), scope: P },
  { name: 'INPUT', fn: m((g, c) => acceptChar(g, typeof c === 'string' ? c : '')), scope: P },
  { name: 'PUTMASK', fn: m((g, v, e) => putMask(g, v, typeof e === 'boolean' ? e : g.hasFocus)), scope: P },
  { name: 'FIRSTEDITABLE', fn: m(firstEditable), scope: P },
  { name: 'LASTEDITABLE', fn: m(lastEditable), scope: P },
];

GET_CLASS.methods.push(...METHODS);

/** Get(): a new Get object, not initialized (Get():New( ... ) initializes it). */
export function getInstance(ctx: Thread): HbObject {
  return nativeInstance(ctx, GET_CLASS);
}

/** GetNew( [nRow], [nCol], [bVarBlock], [cVarName], [cPicture], [cColorSpec] ) */
export function getNew(ctx: Thread, ...args: Value[]): Value {
  return send(ctx, getInstance(ctx), 'NEW', ...args);
}
