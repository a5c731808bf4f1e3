// The GET system's functions: the Gets @ ... GET makes (__Get, __GetA),
// READ (ReadModal) and the functions a reader or a VALID/WHEN block calls
// while it runs (GetActive, ReadVar, Updated, ReadKill ...), the class
// functions Get(), HBGetList() and hb_Get(), and the PUBLIC GetList every
// thread starts with.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, valType, type Value } from '../runtime/values/types.js';
import { ge, le } from '../runtime/values/compare.js';
import { evalItem, inNative, isEvalItem } from '../runtime/errors/launch.js';
import type { Fn } from '../runtime/vm/symbols.js';
import { instVar53, nativeClass, nativeInstance, send, type NativeClassDef } from '../runtime/classes/native.js';
import { langItem, LANG_NATMSG } from '../runtime/lang.js';
import { getInstance, getNew } from './get-class.js';
import { GET_CLASS, getView, numOr0, rtl } from './get-view.js';
import { GETLIST_CLASS, GETLIST_METHODS, isFalse } from './getlist-class.js';
import { GETLIST_GUI_METHODS } from './getlist-gui.js';
import { getListActive, getListLast, getListSetActive, getReadVar, readState } from './getlist-state.js';
import type { StdModule } from './registry.js';
import {
  K_CTRL_PGDN, K_CTRL_PGUP, K_CTRL_W, K_DOWN, K_ENTER, K_ESC, K_PGDN, K_PGUP, K_SPACE, K_UP,
} from './inkey-codes.js';

GETLIST_CLASS.methods.push(...GETLIST_METHODS, ...GETLIST_GUI_METHODS);

const SET_INSERT = 29;
const SET_EXIT = 30;
const SET_SCOREBOARD = 32;

const MSG_RANGE_FROM = 10;
const MSG_RANGE_TO = 11;

// ReadKey() codes of the keys that end a READ

/** hb_Get: a Get that can hide its input (passwords) behind a mask character. */
const HB_GET_CLASS: NativeClassDef = {
  name: 'HB_GET',
  vars: [],
  parent: (ctx) => nativeClass(ctx, GET_CLASS),
  methods: [
    {
      name: 'HIDEINPUT', setget: true, fn: (ctx, self, v) => {
        const g = getView(ctx, self);
        if (v !== undefined) g.lHideInput = instVar53(ctx, self, 'HIDEINPUT', v, 'L') as boolean;
        return g.lHideInput;
      },
    },
    {
      name: 'STYLE', setget: true, fn: (ctx, self, v) => {
        const g = getView(ctx, self);
        if (v !== undefined) g.cStyle = instVar53(ctx, self, 'STYLE', v, 'C', () => (v as string).length === 1) as string;
        return g.cStyle;
      },
    },
  ],
};

/** A function of the GET system: a frame of its own, as Harbour's PRG functions show in "Called from". */
function framed(name: string, fn: Fn): Fn {
  return (ctx, ...args) => inNative(ctx, name, () => fn(ctx, ...args));
}

/** Send to the active READ, if there is one; `none` otherwise. */
function toActive(ctx: Thread, msg: string, args: Value[], none: Value): Value {
  const list = getListActive(ctx);
  return list === undefined ? none : send(ctx, list, msg, ...args);
}

/** __Get( bSetGet, cVarName, cPicture, bValid, bWhen ): the Get of @ ... GET. */
function get(ctx: Thread, block: Value, name: Value, pic: Value, valid: Value, when: Value): Value {
  if (typeof name !== 'string') return undefined;
  if (!isEvalItem(block)) {
    if (numOr0(rtl(ctx, 'FIELDPOS', name)) > 0) {
      block = rtl(ctx, 'FIELDWBLOCK', name, rtl(ctx, 'SELECT'));
    } else {
      block = rtl(ctx, 'MEMVARBLOCK', name);
      // anything else (an expression) gets a block compiled from its text
      if (block === undefined) block = rtl(ctx, 'HB_MACROBLOCK', `iif(HB_PValue(1)==NIL,${name},${name}:=hb_PValue(1))`);
    }
  }
  // evaluated once now so that a missing variable fails here, as in Clipper
  evalItem(ctx, block, []);
  const o = getNew(ctx, undefined, undefined, block, name, pic);
  send(ctx, o, '_PREBLOCK', when);
  send(ctx, o, '_POSTBLOCK', valid);
  return o;
}

/** __GetA( bArray, cVarName, cPicture, bValid, bWhen, aIndex ): the Get of an array element. */
function getA(ctx: Thread, block: Value, name: Value, pic: Value, valid: Value, when: Value, index: Value): Value {
  if (typeof name !== 'string' || !Array.isArray(index)) return undefined;
  if (!isEvalItem(block)) {
    if (numOr0(rtl(ctx, 'FIELDPOS', name)) > 0) {
      block = rtl(ctx, 'FIELDWBLOCK', name, rtl(ctx, 'SELECT'));
    } else {
      while ((block = rtl(ctx, 'MEMVARBLOCK', name)) === undefined) rtl(ctx, '__MVGET', name);
    }
  }
  if (!'AH'.includes(valType(evalItem(ctx, block, [])))) return undefined;
  const o = getNew(ctx, undefined, undefined, block, name, pic);
  send(ctx, o, '_SUBSCRIPT', index);
  send(ctx, o, '_PREBLOCK', when);
  send(ctx, o, '_POSTBLOCK', valid);
  return o;
}

/** ReadModal( GetList, [nPos], [oMenu], [nMsgRow], [nMsgLeft], [nMsgRight], [cMsgColor] ) */
function readModal(ctx: Thread, list: Value, ...rest: Value[]): Value {
  if (rtl(ctx, 'EMPTY', list) === true) {
    rtl(ctx, 'SETPOS', numOr0(rtl(ctx, 'MAXROW')) - 1, 0);
    return false;
  }
  const reading = send(ctx, nativeInstance(ctx, GETLIST_CLASS), 'NEW', list);
  const saved = getListActive(ctx);
  getListSetActive(ctx, reading);
  getListLast(ctx, reading);
  send(ctx, reading, 'READMODAL', ...rest);
  getListSetActive(ctx, saved);
  rtl(ctx, 'SETPOS', numOr0(rtl(ctx, 'MAXROW')) - 1, 0);
  return send(ctx, reading, 'UPDATED');
}

/** RangeCheck( oGet, xDummy, xLow, xHigh ): the VALID of @ ... GET ... RANGE. */
function rangeCheck(ctx: Thread, o: Value, _dummy: Value, low: Value, high: Value): Value {
  if (isFalse(ctx, send(ctx, o, 'CHANGED'))) return true;
  const v = send(ctx, o, 'VARGET');
  if (ge(ctx, v, low) && le(ctx, v, high)) return true;
  if (ctx.sets.get(SET_SCOREBOARD) === true) {
    const text = (n: Value) => String(rtl(ctx, 'LTRIM', rtl(ctx, 'TRANSFORM', n, '')));
    const msg = String(rtl(ctx, 'LEFT', langItem(LANG_NATMSG + MSG_RANGE_FROM - 1) + text(low)
      + langItem(LANG_NATMSG + MSG_RANGE_TO - 1) + text(high), rtl(ctx, 'MAXCOL')));
    const col = Math.min(60, numOr0(rtl(ctx, 'MAXCOL')) - msg.length);
    rtl(ctx, 'HB_DISPOUTAT', 0, col, msg);
    let key: Value;
    while (numOr0(key = rtl(ctx, 'INKEY', 0)) === 0);
    rtl(ctx, 'HB_KEYINS', key);
    rtl(ctx, 'HB_DISPOUTAT', 0, col, ' '.repeat(msg.length));
  }
  return false;
}

/** ReadKey(): the last key as Clipper's READ reported it, +256 when the READ changed something. */
function readKey(ctx: Thread): number {
  let key = numOr0(rtl(ctx, 'LASTKEY'));
  switch (key) {
    case K_UP: key = 4; break;
    case K_DOWN: key = 5; break;
    case K_PGUP: key = 6; break;
    case K_PGDN: key = 7; break;
    case K_CTRL_PGUP: key = 34; break;
    case K_CTRL_PGDN: key = 35; break;
    case K_ESC: key = 12; break;
    case K_CTRL_W: key = 14; break;
    case K_ENTER: key = 15; break;
    default:
      if (key < K_SPACE) return 0;
      key = 15;
  }
  return updated(ctx) === true ? key + 256 : key;
}

function updated(ctx: Thread): Value {
  const last = getListLast(ctx);
  return last !== undefined ? send(ctx, last, 'UPDATED') : false;
}

/** The PUBLIC GetList of a new thread (before anything it inherits from its starter). */
function declareGetList(ctx: Thread): void {
  ctx.memvars.declarePublic(ctx.vm.syms.variable('GETLIST'), [], true);
}

export const functions: StdModule = {
  GET(ctx) {
    return getInstance(ctx);
  },
  HB_GET(ctx) {
    return nativeInstance(ctx, HB_GET_CLASS);
  },
  HBGETLIST(ctx) {
    return nativeInstance(ctx, GETLIST_CLASS);
  },
  GETNEW: framed('GETNEW', getNew),
  __GET: framed('__GET', (ctx, b, n, p, v, w) => get(ctx, b, n, p, v, w)),
  __GETA: framed('__GETA', (ctx, b, n, p, v, w, i) => getA(ctx, b, n, p, v, w, i)),
  READMODAL: framed('READMODAL', (ctx, list, ...rest) => readModal(ctx, list, ...rest)),
  GETREADER: framed('GETREADER', (ctx, o, _list, menu, msg) => {
    send(ctx, o, 'READER', menu, msg);
    return undefined;
  }),
  GETACTIVE: framed('GETACTIVE', (ctx, ...args) => {
    const list = getListActive(ctx);
    if (list !== undefined) return send(ctx, list, 'GETACTIVE', ...args.slice(0, 1));
    const s = readState(ctx);
    const old = s.get;
    if (args.length > 0) s.get = args[0];
    return old;
  }),
  GETDOSETKEY: framed('GETDOSETKEY', (ctx, block, o) => {
    toActive(ctx, 'GETDOSETKEY', [block, o], undefined);
    return undefined;
  }),
  GETAPPLYKEY: framed('GETAPPLYKEY', (ctx, o, key, list, menu, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    if (l !== undefined) send(ctx, l, 'GETAPPLYKEY', key, o, menu, msg);
    return undefined;
  }),
  GETPREVALIDATE: framed('GETPREVALIDATE', (ctx, o, msg) => toActive(ctx, 'GETPREVALIDATE', [o, msg], false)),
  GETPOSTVALIDATE: framed('GETPOSTVALIDATE', (ctx, o, msg) => toActive(ctx, 'GETPOSTVALIDATE', [o, msg], false)),
  READEXIT(ctx, lExit) {
    return rtl(ctx, 'SET', SET_EXIT, lExit);
  },
  READINSERT(ctx, lInsert) {
    return rtl(ctx, 'SET', SET_INSERT, lInsert);
  },
  UPDATED: framed('UPDATED', updated),
  __KILLREAD: framed('__KILLREAD', (ctx) => {
    toActive(ctx, 'KILLREAD', [true], undefined);
    return undefined;
  }),
  READUPDATED: framed('READUPDATED', (ctx, ...args) => {
    const last = getListLast(ctx);
    return last !== undefined ? send(ctx, last, 'READUPDATED', ...args.slice(0, 1)) : false;
  }),
  READKILL: framed('READKILL', (ctx, ...args) => toActive(ctx, 'KILLREAD', args.slice(0, 1), false)),
  READFORMAT: framed('READFORMAT', (ctx, ...args) => toActive(ctx, 'SETFORMAT', args.slice(0, 1), undefined)),
  __SETFORMAT: framed('__SETFORMAT', (ctx, block) => {
    toActive(ctx, 'SETFORMAT', isEvalItem(block) ? [block] : [], undefined);
    return undefined;
  }),
  RANGECHECK: framed('RANGECHECK', (ctx, o, d, lo, hi) => rangeCheck(ctx, o, d, lo, hi)),
  READVAR: framed('READVAR', (ctx, name) => {
    const list = getListActive(ctx);
    if (list !== undefined) return send(ctx, list, 'READVAR', name);
    const s = readState(ctx);
    const old = s.varName;
    if (typeof name === 'string') s.varName = name;
    return old;
  }),
  READKEY: framed('READKEY', readKey),
  HB_GETREADVAR: framed('HB_GETREADVAR', getReadVar),
  __GETLISTSETACTIVE(ctx, list) {
    getListSetActive(ctx, list);
    return undefined;
  },
  __GETLISTACTIVE(ctx) {
    return getListActive(ctx);
  },
  __GETLISTLAST(ctx, list) {
    return getListLast(ctx, list);
  },
  GUIREADER: framed('GUIREADER', (ctx, o, list, menu, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    if (l !== undefined) send(ctx, l, 'GUIREADER', o, menu, msg);
    return undefined;
  }),
  GUIAPPLYKEY: framed('GUIAPPLYKEY', (ctx, o, gui, list, key, menu, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    if (l !== undefined) send(ctx, l, 'GUIAPPLYKEY', o, gui, key, menu, msg);
    return undefined;
  }),
  GUIPREVALIDATE: framed('GUIPREVALIDATE', (ctx, o, gui, msg) => toActive(ctx, 'GUIPREVALIDATE', [o, gui, msg], false)),
  GUIPOSTVALIDATE: framed('GUIPOSTVALIDATE', (ctx, o, gui, msg) => toActive(ctx, 'GUIPOSTVALIDATE', [o, gui, msg], false)),
  TBREADER: framed('TBREADER', (ctx, o, list, menu, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    if (l !== undefined) send(ctx, l, 'TBREADER', o, menu, msg);
    return undefined;
  }),
  TBAPPLYKEY: framed('TBAPPLYKEY', (ctx, o, tb, list, key, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    if (l !== undefined) send(ctx, l, 'TBAPPLYKEY', o, tb, key, msg);
    return undefined;
  }),
  ACCELERATOR: framed('ACCELERATOR', (ctx, list, key, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    return l !== undefined ? send(ctx, l, 'ACCELERATOR', key, msg) : 0;
  }),
  HITTEST: framed('HITTEST', (ctx, list, row, col, msg) => {
    const l = list instanceof HbObject ? list : getListActive(ctx);
    return l !== undefined ? send(ctx, l, 'HITTEST', row, col, msg) : 0;
  }),
  SHOWGETMSG: framed('SHOWGETMSG', (ctx, o, msg) => {
    toActive(ctx, 'SHOWGETMSG', [o, msg], undefined);
    return undefined;
  }),
  ERASEGETMSG: framed('ERASEGETMSG', (ctx, _o, msg) => {
    toActive(ctx, 'ERASEGETMSG', [msg], undefined);
    return undefined;
  }),
  READSTATS: framed('READSTATS', (ctx, ...args) => toActive(ctx, 'READSTATS', args.slice(0, 2), undefined)),
  __HBVMINIT(ctx) {
    declareGetList(ctx);
    rtl(ctx, 'ERRORSYS');
    return undefined;
  },
};
