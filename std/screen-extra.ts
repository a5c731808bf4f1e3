// The screen helpers behind @...CLEAR and @...BOX (__AtClear, __Clear,
// __Box, __BoxD, __BoxS), hb_Scroll() with its own fill color and
// character, hb_DispBox(), hb_DispOutAtBox(), hb_ClrArea(), hb_Shadow(), the
// screen size (hb_ScrMaxRow/Col), SetBlink(), NoSnow(), Tone() and
// SetTypeahead(). On the CGI terminal all of them change only the screen
// buffer (which SaveScreen() reads) or nothing visible at all.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { colorDecode } from '../runtime/console.js';
import type { StdModule } from './registry.js';
import { rtl } from './get-view.js';
import { deref, isNum, intVal, numVal } from './param.js';
import { idleSleep } from './keys-extra.js';

/** The single and double line frames (as the terminal's code page shows them). */
const B_SINGLE = '\xDA\xC4\xBF\xB3\xD9\xC4\xC0\xB3';
const B_DOUBLE = '\xC9\xCD\xBB\xBA\xBC\xCD\xC8\xBA';
const SET_TYPEAHEAD = 14;

/** A color argument: a color string (-1 when it names none), a number, or -1 (the current color). */
function colorArg(v: Value): number {
  if (typeof v === 'string') return colorDecode(v).color;
  return isNum(v) ? intVal(v) : -1;
}

/** A box with the current color, the cursor then inside its top left corner. */
function boxAndPos(ctx: Thread, args: Value[], frame: string): void {
  const c = ctx.vm.console;
  const [t, l, b, r] = [intVal(args[0]), intVal(args[1]), intVal(args[2]), intVal(args[3])];
  c.screen.box(t, l, b, r, frame, c.attr());
  c.setPos(t + 1, l + 1);
}

const fourNums = (a: Value[]): boolean => isNum(a[0]) && isNum(a[1]) && isNum(a[2]) && isNum(a[3]);

/** Give cells of a region color `attr`; a row stops at the first cell off the screen. */
function setAttr(ctx: Thread, top: number, left: number, bottom: number, right: number, attr: number): void {
  const s = ctx.vm.console.screen;
  for (let row = top; row <= bottom; row++) {
    if (row < 0 || row >= s.rows) continue;
    for (let col = left; col <= right; col++) {
      if (col < 0 || col >= s.cols) break;
      s.put(row, col, s.save(row, col, row, col).charCodeAt(0), attr);
    }
  }
}

/** One side of a Scroll() region: `from` (0 when not numeric) to `to` (the edge when not numeric), within 0..max. */
function side(from: Value, to: Value, max: number): [number, number] {
  const clamp = (v: number) => (v < 0 ? 0 : v > max ? max : v);
  return [clamp(intVal(from)), isNum(to) ? clamp(intVal(to)) : max];
}

/** hb_Scroll(): Scroll() with a color and a fill character of its own. */
function hbScroll(ctx: Thread, a: Value[]): void {
  const c = ctx.vm.console;
  const [top, bottom] = side(a[0], a[2], c.maxRow);
  const [left, right] = side(a[1], a[3], c.maxCol);
  const rows = intVal(a[4]);
  const cols = intVal(a[5]);
  let attr = colorArg(a[6]);
  if (attr === -1) attr = c.attr();
  let fill = 32;
  if (isNum(a[7])) fill = intVal(a[7]) & 0xff;
  else if (typeof a[7] === 'string') fill = a[7].length > 0 ? a[7].charCodeAt(0) : 0;
  c.screen.scroll(top, left, bottom, right, rows, cols, attr);
  if (fill !== 32) {
    // the cells nothing moved into take the fill character
    const h = bottom - top + 1;
    const w = right - left + 1;
    const clear = rows === 0 && cols === 0;
    for (let r = 0; r < h; r++) {
      for (let k = 0; k < w; k++) {
        const sr = r + rows;
        const sk = k + cols;
        if (clear || sr < 0 || sr >= h || sk < 0 || sk >= w) c.screen.put(top + r, left + k, fill, attr);
      }
    }
  }
  if (cols === 0 && rows > 0 && top === 0 && left === 0 && bottom >= c.maxRow && right >= c.maxCol) c.scrollUp(rows);
}

/** The blink flag of the terminal's colors (SetBlink()). */
const blinkOff = new WeakSet<object>();

export const functions: StdModule = {
  __ATCLEAR(ctx, ...args) {
    if (args.length !== 4) return undefined;
    const a = args.map(deref);
    ctx.vm.console.setPos(intVal(a[0]), intVal(a[1]));
    rtl(ctx, 'SCROLL', intVal(a[0]), intVal(a[1]), intVal(a[2]), intVal(a[3]), 0, 0);
    return undefined;
  },
  __CLEAR(ctx) {
    const c = ctx.vm.console;
    rtl(ctx, 'SCROLL', 0, 0, c.maxRow, c.maxCol, 0, 0);
    c.setPos(0, 0);
    return undefined;
  },
  __BOX(ctx, ...args) {
    const a = args.map(deref);
    if (fourNums(a) && typeof a[4] === 'string') boxAndPos(ctx, a, a[4]);
    return undefined;
  },
  __BOXD(ctx, ...args) {
    const a = args.map(deref);
    if (fourNums(a)) boxAndPos(ctx, a, B_DOUBLE);
    return undefined;
  },
  __BOXS(ctx, ...args) {
    const a = args.map(deref);
    if (fourNums(a)) boxAndPos(ctx, a, B_SINGLE);
    return undefined;
  },
  HB_DISPBOX(ctx, ...args) {
    // a box that leaves the cursor where it was; no frame draws blanks
    const a = args.map(deref);
    if (!fourNums(a)) return undefined;
    const c = ctx.vm.console;
    let attr = colorArg(a[5]);
    if (attr === -1) attr = c.attr();
    c.screen.box(intVal(a[0]), intVal(a[1]), intVal(a[2]), intVal(a[3]), typeof a[4] === 'string' ? a[4] : '', attr);
    return undefined;
  },
  HB_DISPOUTATBOX(ctx, ...args) {
    const a = args.map(deref);
    const text = a[2];
    if (typeof text !== 'string' || text.length === 0) return undefined;
    const c = ctx.vm.console;
    // only a missing color means the current one (a color string naming none gives 0xFF)
    const attr = typeof a[3] === 'string' || isNum(a[3]) ? colorArg(a[3]) & 0xff : c.attr();
    c.screen.text(intVal(a[0]), intVal(a[1]), text, attr);
    return undefined;
  },
  HB_SCROLL(ctx, ...args) {
    hbScroll(ctx, args.map(deref));
    return undefined;
  },
  HB_CLRAREA(ctx, ...args) {
    if (args.length <= 4) return undefined;
    const a = args.map(deref);
    setAttr(ctx, intVal(a[0]), intVal(a[1]), intVal(a[2]), intVal(a[3]), intVal(a[4]) & 0xff);
    return undefined;
  },
  HB_SHADOW(ctx, ...args) {
    if (args.length < 4) return undefined;
    const a = args.map(deref);
    const c = ctx.vm.console;
    let [top, left, bottom, right] = [intVal(a[0]), intVal(a[1]), intVal(a[2]), intVal(a[3])];
    const attr = (isNum(a[4]) ? intVal(a[4]) : 7) & 0xff;
    if (top > bottom) [top, bottom] = [bottom, top];
    if (left > right) [left, right] = [right, left];
    // below the box, from two columns in; then two columns right of it, from one row down
    left += 2;
    bottom++;
    if (bottom <= c.maxRow && left <= c.maxCol) setAttr(ctx, bottom, left, bottom, Math.min(right, c.maxCol), attr);
    right++;
    top++;
    if (top <= c.maxRow && right <= c.maxCol) setAttr(ctx, top, right, bottom, Math.min(right + 1, c.maxCol), attr);
    return undefined;
  },
  HB_SCRMAXROW(ctx) {
    return ctx.vm.console.maxRow;
  },
  HB_SCRMAXCOL(ctx) {
    return ctx.vm.console.maxCol;
  },
  SETBLINK(ctx, on) {
    const c = ctx.vm.console;
    const old = !blinkOff.has(c);
    const v = deref(on);
    if (typeof v === 'boolean') {
      if (v) blinkOff.delete(c);
      else blinkOff.add(c);
    }
    return old;
  },
  NOSNOW() {
    return undefined;
  },
  TONE(ctx, freq, duration) {
    // the terminal has no sound: it waits for the tone's time (in 1/18.2 s ticks)
    if (!isNum(deref(freq))) return undefined;
    const d = deref(duration);
    idleSleep(ctx, (isNum(d) ? numVal(d) : 1) / 18.2);
    return undefined;
  },
  SETTYPEAHEAD(ctx, size) {
    return rtl(ctx, 'SET', SET_TYPEAHEAD, size);
  },
};
