// Console output: ? and ?? (QOut, QQOut) honouring SET CONSOLE, ALTERNATE,
// EXTRA and PRINTER; OutStd and OutErr; DevOut, DevPos and @...SAY honouring
// SET DEVICE; DispOut/DispOutAt; the cursor, screen size and colors of the
// CGI terminal; printer position (PRow, PCol, SetPrc, EJECT).

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { displayStr } from '../runtime/values/display.js';
import { colorDecode, colorToString } from '../runtime/console.js';
import { alertLine } from '../runtime/alert.js';
import { conDevPos, conOutAlt, conOutDev, devices, eject, printerNewLine } from './console-devices.js';
import type { StdModule } from './registry.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
/** A C int argument (hb_parni): truncated; 0 for a non-number. */
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);
const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

/** hb_itemString for the list output functions. */
function joined(ctx: Thread, args: Value[]): string {
  if (args.length === 1) return displayStr(ctx, deref(args[0]));
  let s = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += ' ';
    s += displayStr(ctx, deref(args[i]));
  }
  return s;
}

/** hb_itemStringCon: device output shows a logical as one letter. */
function conString(ctx: Thread, v: Value): string {
  v = deref(v);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  return displayStr(ctx, v);
}

/** Run `body` with the colors of `color` (when it is a string), then restore them. */
function withColor(ctx: Thread, color: Value, body: () => void): void {
  if (typeof color !== 'string') {
    body();
    return;
  }
  const c = ctx.vm.console;
  const saved = c.colors.slice();
  const index = c.colorIndex;
  c.setColorString(color);
  body();
  c.colors = saved;
  c.colorIndex = index;
}

/** Scroll() and CLS: the screen buffer scrolls; only a full-screen scroll up has a visible effect on a stream. */
function scroll(ctx: Thread, args: Value[]): void {
  const c = ctx.vm.console;
  const clamp = (v: number, max: number) => (v < 0 ? 0 : v > max ? max : v);
  const top = clamp(int(args[0]), c.maxRow);
  const left = clamp(int(args[1]), c.maxCol);
  const bottom = isNum(args[2]) ? clamp(int(args[2]), c.maxRow) : c.maxRow;
  const right = isNum(args[3]) ? clamp(int(args[3]), c.maxCol) : c.maxCol;
  const rows = int(args[4]);
  const cols = int(args[5]);
  c.screen.scroll(top, left, bottom, right, rows, cols, c.attr());
  if (cols === 0 && rows > 0 && top === 0 && left === 0 && bottom >= c.maxRow && right >= c.maxCol) c.scrollUp(rows);
}

/** DispBox()'s frames for 1 (single lines) and 2 (double lines). */
const B_SINGLE = '\xDA\xC4\xBF\xB3\xD9\xC4\xC0\xB3';
const B_DOUBLE = '\xC9\xCD\xBB\xBA\xBC\xCD\xC8\xBA';

export const functions: StdModule = {
  QOUT(ctx, ...args) {
    conOutAlt(ctx, ctx.vm.eol);
    printerNewLine(ctx);
    if (args.length > 0) conOutAlt(ctx, joined(ctx, args));
    return undefined;
  },
  QQOUT(ctx, ...args) {
    if (args.length > 0) conOutAlt(ctx, joined(ctx, args));
    return undefined;
  },
  OUTSTD(ctx, ...args) {
    // the CGI terminal is standard output: OutStd() writes through it
    if (args.length > 0) ctx.vm.console.out(joined(ctx, args));
    return undefined;
  },
  OUTERR(ctx, ...args) {
    if (args.length > 0) ctx.vm.console.err(joined(ctx, args));
    return undefined;
  },
  DEVOUT(ctx, ...args) {
    if (args.length === 0) return undefined;
    withColor(ctx, args[1], () => conOutDev(ctx, conString(ctx, args[0])));
    return undefined;
  },
  DEVOUTPICT(ctx, value, picture, color) {
    const v = deref(value);
    const t = typeof v === 'string' || typeof v === 'boolean' || isNum(v) ? true
      : v !== undefined && typeof v === 'object' && 'jd' in v;
    if (t) {
      const text = ctx.vm.syms.func('TRANSFORM').fn(ctx, v, picture);
      withColor(ctx, color, () => conOutDev(ctx, conString(ctx, text)));
    }
    return undefined;
  },
  DISPOUT(ctx, ...args) {
    if (args.length === 0) return undefined;
    withColor(ctx, args[1], () => ctx.vm.console.out(conString(ctx, args[0])));
    return undefined;
  },
  DISPOUTAT(ctx, ...args) {
    if (args.length < 3) return undefined;
    withColor(ctx, args[3], () => ctx.vm.console.outAt(int(args[0]), int(args[1]), conString(ctx, args[2])));
    return undefined;
  },
  HB_DISPOUTAT(ctx, ...args) {
    // writes into the screen buffer only, which a stream terminal never shows
    if (args.length < 3 || !isNum(args[0]) || !isNum(args[1])) return undefined;
    const c = ctx.vm.console;
    withColor(ctx, args[3], () => c.screen.text(int(args[0]), int(args[1]), conString(ctx, args[2]), c.attr()));
    return undefined;
  },
  DEVPOS(ctx, ...args) {
    if (isNum(args[0]) && isNum(args[1])) conDevPos(ctx, int(args[0]), int(args[1]));
    return args[0];
  },
  SETPOS(ctx, ...args) {
    if (isNum(args[0]) && isNum(args[1])) ctx.vm.console.setPos(int(args[0]), int(args[1]));
    return args[0];
  },
  // SetPos() one column to the right, as Clipper: no check of the screen's edge
  SETPOSBS(ctx) {
    const c = ctx.vm.console;
    c.setPos(c.row, c.col + 1);
    return undefined;
  },
  ROW(ctx) {
    return ctx.vm.console.row;
  },
  COL(ctx) {
    return ctx.vm.console.col;
  },
  MAXROW(ctx) {
    return ctx.vm.console.maxRow;
  },
  MAXCOL(ctx) {
    return ctx.vm.console.maxCol;
  },
  SETMODE(ctx, rows, cols) {
    const c = ctx.vm.console;
    rows = deref(rows);
    cols = deref(cols);
    return c.setMode(isNum(rows) ? int(rows) : c.maxRow + 1, isNum(cols) ? int(cols) : c.maxCol + 1);
  },
  SCROLL(ctx, ...args) {
    scroll(ctx, args);
    return undefined;
  },
  DISPBOX(ctx, top, left, bottom, right, frame, color) {
    // drawn in the screen buffer only; the cursor ends inside the box
    if (!isNum(top) || !isNum(left) || !isNum(bottom) || !isNum(right)) return undefined;
    const c = ctx.vm.console;
    // a frame string, or 2 for double lines and anything else for single ones
    const f = typeof frame === 'string' ? frame : int(frame) === 2 ? B_DOUBLE : B_SINGLE;
    const attr = typeof color === 'string' ? colorDecode(color).color : isNum(color) && typeof frame === 'string' ? int(color) : -1;
    withColor(ctx, typeof frame === 'string' ? undefined : color,
      () => c.screen.box(int(top), int(left), int(bottom), int(right), f, attr >= 0 ? attr : c.attr()));
    c.setPos(int(top) + 1, int(left) + 1);
    return undefined;
  },
  DISPBEGIN() {
    return undefined;
  },
  DISPEND() {
    return undefined;
  },
  DISPCOUNT() {
    return 0;
  },
  ISCOLOR() {
    return false;
  },
  SETCOLOR(ctx, color) {
    const c = ctx.vm.console;
    const old = c.colorString();
    if (typeof color === 'string') c.setColorString(color);
    return old;
  },
  COLORSELECT(ctx, i) {
    if (isNum(i)) ctx.vm.console.colorSelect(int(i));
    return undefined;
  },
  SETCURSOR(ctx, style) {
    const c = ctx.vm.console;
    const old = c.cursor;
    if (isNum(style)) c.setCursor(int(style));
    return old;
  },
  HB_COLORINDEX(_ctx, color, index) {
    if (typeof color !== 'string' || !isNum(index)) return '';
    let i = int(index);
    let pos = 0;
    for (; pos < color.length && i > 0; pos++) if (color[pos] === ',') i--;
    if (i !== 0) return '';
    while (color[pos] === ' ') pos++;
    let end = pos;
    while (end < color.length && color[end] !== ',') end++;
    while (end > pos && color[end - 1] === ' ') end--;
    return color.slice(pos, end);
  },
  HB_COLORTON(_ctx, color) {
    return typeof color === 'string' ? colorDecode(color).color : 0;
  },
  HB_NTOCOLOR(_ctx, n) {
    return isNum(n) ? colorToString(int(n)) : 'N/N';
  },
  PROW(ctx) {
    return devices(ctx).prnRow;
  },
  PCOL(ctx) {
    return devices(ctx).prnCol;
  },
  SETPRC(ctx, ...args) {
    if (args.length === 2 && isNum(args[0]) && isNum(args[1])) {
      const d = devices(ctx);
      d.prnRow = int(args[0]);
      d.prnCol = int(args[1]);
    }
    return undefined;
  },
  __EJECT(ctx) {
    eject(ctx);
    return undefined;
  },
  ALERT(ctx, message, options) {
    if (typeof message !== 'string') return undefined;
    const opts: string[] = [];
    if (Array.isArray(options)) for (const o of options) if (typeof o === 'string' && !/^[ \t\r\n]*$/.test(o)) opts.push(o);
    if (opts.length === 0) opts.push('Ok');
    return alertLine(ctx, message, opts);
  },
  HB_EOL(ctx) {
    return ctx.vm.eol;
  },
  HB_OSNEWLINE(ctx) {
    return ctx.vm.eol;
  },
};
