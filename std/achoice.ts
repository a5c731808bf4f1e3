// AChoice(): a scrolling light-bar list in a window of the screen, driven
// by keys (arrows, pages, Home/End, first letters) and optionally by a user
// function that sees each state (idle, hit top/bottom, an unhandled key, no
// selectable item) and answers abort, select, continue, goto or redraw.
// The list is drawn with hb_DispOutAt(), so on the CGI terminal it lands in
// the screen buffer only; the caller sees the result, the cursor, the keys
// consumed and the calls of its user function. Also Do(), which calls a
// function given by name, symbol or codeblock, as AChoice() calls the user
// function.

import type { Thread } from '../runtime/vm/thread.js';
import { HbSymbol, type Value } from '../runtime/values/types.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { isEvalItem, evalItem, inNative, launch, makeError, rtSubst } from '../runtime/errors/launch.js';
import type { StdModule } from './registry.js';
import { rtl } from './get-view.js';
import { deref, isNum, numVal } from './param.js';
import { aGet } from '../runtime/vm/arrays.js';
import {
  K_CTRL_END, K_CTRL_HOME, K_CTRL_PGDN, K_CTRL_PGUP, K_DOWN, K_END, K_ENTER, K_ESC, K_HOME, K_LBUTTONDOWN, K_LDBLCLK,
  K_LEFT, K_MWBACKWARD, K_MWFORWARD, K_PGDN, K_PGUP, K_RIGHT, K_UP,
} from './inkey-codes.js';

// achoice.ch: the modes the user function is told and the answers it gives
const AC_IDLE = 0;
const AC_HITTOP = 1;
const AC_HITBOTTOM = 2;
const AC_EXCEPT = 3;
const AC_NOITEM = 4;
const AC_ABORT = 0;
const AC_SELECT = 1;
const AC_CONT = 2;
const AC_GOTO = 3;
const AC_REDRAW = 4;

const CLR_STANDARD = 0;
const CLR_ENHANCED = 1;
const CLR_UNSELECTED = 4;
const SC_NONE = 0;


const ACHOICE = nativeProc('ACHOICE');
const EG_ARG = 1;
const EG_NOFUNC = 12;

const clip = (lo: number, v: number, hi: number): number => Math.min(Math.max(lo, v), hi);
const within = (lo: number, v: number, hi: number): boolean => v >= lo && v <= hi;

/** Do( xFunc, ...args ): call a function named by text or symbol, or evaluate a block. */
function doCall(ctx: Thread, args: Value[]): Value {
  const f = deref(args[0]);
  const rest = args.slice(1);
  if (typeof f === 'string') {
    const name = f.trim().toUpperCase();
    const sym = ctx.vm.syms.findFunc(name);
    if (sym === undefined) {
      launch(ctx, makeError(ctx, { genCode: EG_NOFUNC, subCode: 1001, operation: f, args: args.map(deref) }));
      return undefined;
    }
    return sym.fn(ctx, ...rest);
  }
  if (typeof f === 'function' || f instanceof HbSymbol) return evalItem(ctx, f, rest);
  return rtSubst(ctx, EG_ARG, 3012, 'DO', args.length > 0 ? args.map(deref) : undefined);
}

/** One running AChoice(): its window, items, selection state and position. */
class Chooser {
  /** first and last selectable item, and the number of items shown (1-based; 0 when none) */
  first = 0;
  last = 0;
  count = 0;
  pos = 0;
  atTop = 0;
  mode = AC_IDLE;

  constructor(
    private readonly ctx: Thread,
    private readonly items: Value[],
    private readonly select: Value[],
    private readonly top: number,
    private readonly left: number,
    private readonly bottom: number,
    private readonly right: number,
  ) {}

  get rows(): number {
    return this.bottom - this.top + 1;
  }

  get width(): number {
    return this.right - this.left + 1;
  }

  /** Whether item n may be chosen: a logical, a block or a macro text that gives one; otherwise yes. */
  selectable(n: number): boolean {
    if (n < 1 || n > this.select.length) return true;
    let s = this.select[Math.trunc(n) - 1];
    if (isEvalItem(s)) s = evalItem(this.ctx, s, []);
    else if (typeof s === 'string' && s.trim() !== '') s = evalItem(this.ctx, rtl(this.ctx, 'HB_MACROBLOCK', s), []);
    return typeof s === 'boolean' ? s : true;
  }

  /** Count the items (up to the first that is not a non-empty text) and find the selectable ends; the mode. */
  limits(): number {
    this.first = this.last = this.count = 0;
    for (let i = 1; i <= this.items.length; i++) {
      const it = this.items[i - 1];
      if (typeof it !== 'string' || it.length === 0) break;
      this.count++;
      if (this.selectable(i)) {
        if (this.first === 0) this.first = i;
        this.last = this.count;
      }
    }
    if (this.first === 0) {
      this.last = this.count;
      return AC_NOITEM;
    }
    return AC_IDLE;
  }

  /** Item n, with Harbour's bound error for a position off the list. */
  item(n: number): Value {
    return aGet(this.ctx, this.items, n);
  }

  /** Draw an item's line: enhanced when lit, unselected when it cannot be chosen; the cursor goes to a lit line. */
  line(n: number, row: number, canSelect: boolean, lit: boolean): void {
    const ctx = this.ctx;
    const text = this.item(n);
    const isText = typeof text === 'string';
    rtl(ctx, 'COLORSELECT', canSelect && isText ? (lit ? CLR_ENHANCED : CLR_STANDARD) : CLR_UNSELECTED);
    const w = Math.trunc(this.width);
    rtl(ctx, 'HB_DISPOUTAT', Math.trunc(row), Math.trunc(this.left), isText ? rtl(ctx, 'PADR', text, w) : ' '.repeat(Math.max(0, w)));
    if (lit) rtl(ctx, 'SETPOS', Math.trunc(row), Math.trunc(this.left));
    rtl(ctx, 'COLORSELECT', CLR_STANDARD);
  }

  /** Redraw item n on its row (lit or not, selectable as it is). */
  show(n: number, lit: boolean): void {
    this.line(n, this.top + n - this.atTop, this.selectable(n), lit);
  }

  /** The item being left is drawn as a plain selectable line (what a final choice leaves). */
  leave(): void {
    if (this.pos !== 0) this.line(this.pos, this.top + this.pos - this.atTop, true, false);
  }

  /** Move the light from the current item to item n on the same page. */
  moveTo(n: number): void {
    this.show(this.pos, false);
    this.pos = n;
    this.show(this.pos, true);
  }

  /** Draw a page from atTop: `clear` rows at most (blank rows past the items). */
  page(clear = this.count): void {
    const ctx = this.ctx;
    const n = Math.min(this.rows, clear);
    for (let k = 1; k <= n; k++) {
      const row = this.top + k - 1;
      const idx = k + this.atTop - 1;
      if (within(1, idx, this.count)) {
        this.line(idx, row, this.selectable(idx), idx === this.pos);
      } else {
        rtl(ctx, 'COLORSELECT', CLR_STANDARD);
        rtl(ctx, 'HB_DISPOUTAT', Math.trunc(row), Math.trunc(this.left), ' '.repeat(Math.max(0, Math.trunc(this.width))));
      }
    }
  }

  /** After the items or their selectability may have changed: recount, keep the light on a selectable item. */
  refit(): void {
    this.mode = this.limits();
    if (this.mode === AC_NOITEM) {
      this.pos = 0;
      this.atTop = Math.max(1, this.pos - this.rows + 1);
      return;
    }
    while (this.pos < this.last && !this.selectable(this.pos)) this.pos++;
    if (this.pos > this.last) this.pos = clip(this.first, this.pos, this.last);
    this.atTop = Math.min(this.atTop, this.pos);
    if (this.atTop + this.rows - 1 > this.count) this.atTop = clip(1, this.pos - this.rows + 1, this.count - this.rows + 1);
    if (this.atTop < 1) this.atTop = 1;
  }

  /** Up from the first selectable item: the window shows the rows above it, and the user function hears of it. */
  private hitTop(): void {
    this.mode = AC_HITTOP;
    const top = Math.max(1, this.pos - this.rows + 1);
    if (this.atTop > top) {
      this.atTop = top;
      this.page();
    }
  }

  /** Down from the last selectable item: the window shows the rows below it, and the user function hears of it. */
  private hitBottom(): void {
    this.mode = AC_HITBOTTOM;
    const top = Math.min(this.pos, this.count - this.rows + 1);
    if (this.atTop < top) {
      this.atTop = top;
      this.page();
    }
  }

  up(): void {
    if (this.pos === this.first) {
      this.hitTop();
      return;
    }
    let n = this.pos - 1;
    while (!this.selectable(n)) n--;
    if (within(this.atTop, n, this.atTop + this.rows - 1)) {
      this.moveTo(n);
      return;
    }
    this.show(this.pos, false);
    rtl(this.ctx, 'SCROLL', this.top, Math.trunc(this.left), this.bottom, Math.trunc(this.right), n - (this.atTop + this.rows - 1));
    this.atTop = n;
    this.pos = Math.max(this.pos, this.atTop + this.rows - 1);
    for (; this.pos > n; this.pos--) {
      if (this.top + this.pos - this.atTop <= this.bottom) this.show(this.pos, false);
    }
    this.show(this.pos, true);
  }

  down(): void {
    if (this.pos === this.last) {
      this.hitBottom();
      return;
    }
    let n = this.pos + 1;
    while (!this.selectable(n)) n++;
    if (within(this.atTop, n, this.atTop + this.rows - 1)) {
      this.moveTo(n);
      return;
    }
    this.show(this.pos, false);
    rtl(this.ctx, 'SCROLL', this.top, Math.trunc(this.left), this.bottom, Math.trunc(this.right), n - (this.atTop + this.rows - 1));
    this.atTop = n - this.rows + 1;
    for (this.pos = Math.max(this.pos, this.atTop); this.pos < n; this.pos++) this.show(this.pos, false);
    this.show(this.pos, true);
  }

  /** Ctrl+PgUp (and Home without a user function): the first selectable item at the top. */
  home(): void {
    if (this.pos === this.first) {
      const top = Math.max(1, this.pos - this.rows + 1);
      if (this.atTop === top) this.mode = AC_HITTOP;
      else {
        this.atTop = top;
        this.page();
      }
      return;
    }
    this.pos = this.first;
    this.atTop = this.pos;
    this.page();
  }

  /** Ctrl+PgDn (and End without a user function): the last selectable item. */
  end(): void {
    if (this.pos === this.last) {
      if (this.atTop === Math.min(this.last, this.count - Math.min(this.count, this.rows) + 1)) this.mode = AC_HITBOTTOM;
      else {
        this.atTop = Math.min(this.last, this.count - this.rows + 1);
        this.page();
      }
      return;
    }
    if (within(this.atTop, this.last, this.atTop + this.rows - 1)) {
      this.moveTo(this.last);
      return;
    }
    this.pos = this.last;
    this.atTop = Math.max(1, this.pos - this.rows + 1);
    this.page();
  }

  /** Ctrl+Home: the first selectable item of the page. */
  pageTop(): void {
    if (this.pos === this.first) {
      const top = Math.max(1, this.pos - this.rows + 1);
      if (this.atTop === top) this.mode = AC_HITTOP;
      else {
        this.atTop = top;
        this.page();
      }
      return;
    }
    let n = this.atTop;
    while (!this.selectable(n)) n++;
    if (n !== this.pos) this.moveTo(n);
  }

  /** Ctrl+End: the last selectable item of the page. */
  pageBottom(): void {
    if (this.pos === this.last) {
      if (this.atTop === Math.min(this.pos, this.count - Math.min(this.count, this.rows) + 1) || this.pos === this.count) {
        this.mode = AC_HITBOTTOM;
      } else {
        this.atTop = Math.min(this.pos, this.count - this.rows + 1);
        this.page();
      }
      return;
    }
    let n = Math.min(this.atTop + this.rows - 1, this.count);
    while (!this.selectable(n)) n--;
    if (n !== this.pos) this.moveTo(n);
  }

  pageUp(): void {
    if (this.pos === this.first) {
      this.hitTop();
      return;
    }
    if (within(this.atTop, this.first, this.atTop + this.rows - 1)) {
      this.pos = this.first;
      this.atTop = Math.max(this.pos - this.rows + 1, 1);
    } else if (this.pos - this.rows + 1 < this.first) {
      this.pos = this.first;
      this.atTop = this.first;
    } else {
      this.pos = Math.max(this.first, this.pos - this.rows + 1);
      this.atTop = Math.max(1, this.atTop - this.rows + 1);
      while (this.pos > this.first && !this.selectable(this.pos)) {
        this.pos--;
        this.atTop--;
      }
      this.atTop = Math.max(1, this.atTop);
      if (this.atTop < this.rows && this.pos < this.rows) {
        this.pos = this.rows;
        this.atTop = 1;
      }
    }
    this.page();
  }

  pageDown(): void {
    if (this.pos === this.last) {
      this.hitBottom();
      return;
    }
    if (within(this.atTop, this.last, this.atTop + this.rows - 1)) {
      this.moveTo(this.last);
      return;
    }
    const gap = this.pos - this.atTop;
    this.pos = Math.min(this.last, this.pos + this.rows - 1);
    if (this.pos + this.rows - 1 > this.last) {
      this.atTop = this.last - this.rows + 1;
      this.pos = Math.min(this.last, this.atTop + gap);
    } else {
      this.atTop = this.pos - gap;
    }
    while (this.pos < this.last && !this.selectable(this.pos)) {
      this.pos++;
      this.atTop++;
    }
    while (this.atTop + this.rows - 1 > this.count) this.atTop--;
    this.page();
  }

  /** A letter: the next selectable item after the light that starts with it, wrapping round. */
  seek(ch: string): void {
    const ctx = this.ctx;
    const starts = (n: number) => this.selectable(n) && rtl(ctx, 'HB_LEFTEQI', this.item(n), ch) === true;
    let n = this.pos + 1;
    while (n <= this.count && !starts(n)) n++;
    if (n === this.count + 1) {
      n = 1;
      while (n <= this.pos - 1 && !starts(n)) n++;
    }
    if (n === this.pos) return;
    if (within(this.atTop, n, this.atTop + this.rows - 1)) {
      this.moveTo(n);
    } else {
      this.pos = n;
      this.atTop = clip(1, this.pos - this.rows + 1, this.count);
      this.page();
    }
  }

  /** The mouse clicked: move the light to the item under it, when it may be chosen. */
  click(key: number): void {
    const ctx = this.ctx;
    const mRow = numVal(rtl(ctx, 'MROW'));
    const mCol = numVal(rtl(ctx, 'MCOL'));
    if (mCol < this.left || mCol > this.right || mRow < this.top || mRow > this.bottom) return;
    const n = this.atTop + mRow - this.top;
    if (n > this.count || !this.selectable(n)) return;
    this.moveTo(n);
    if (key === K_LDBLCLK) rtl(ctx, 'HB_KEYINS', K_ENTER);
  }
}

function achoice(ctx: Thread, args: Value[]): Value {
  const a = args.map(deref);
  const numOr0 = (v: Value) => (isNum(v) ? numVal(v) : 0);
  const top = Math.trunc(numOr0(a[0]));
  let bottom = Math.trunc(numOr0(a[2]));
  const left = numOr0(a[1]);
  let right = numOr0(a[3]);
  const maxCol = numVal(rtl(ctx, 'MAXCOL'));
  const maxRow = numVal(rtl(ctx, 'MAXROW'));
  if (right > maxCol) right = maxCol;
  if (bottom > maxRow) bottom = maxRow;
  const items = a[4];
  if (!Array.isArray(items) || items.length === 0) {
    rtl(ctx, 'SETPOS', top, Math.trunc(right + 1));
    return 0;
  }
  const savedCursor = rtl(ctx, 'SETCURSOR', SC_NONE);
  rtl(ctx, 'COLORSELECT', CLR_STANDARD);

  let select = a[5];
  let user = a[6];
  // the user function may come sixth (with nothing or an empty value seventh)
  if (rtl(ctx, 'EMPTY', user) === true && (typeof select === 'string' || isEvalItem(select))) {
    user = select;
    select = undefined;
  }
  const hasUser = rtl(ctx, 'EMPTY', user) !== true && (typeof user === 'string' || isEvalItem(user));
  if (!Array.isArray(select) && typeof select !== 'boolean') select = true;
  const selectList = Array.isArray(select) ? select : new Array<Value>(items.length).fill(select);

  const ch = new Chooser(ctx, items, selectList, top, left, bottom, right);
  let pos = isNum(a[7]) ? numVal(a[7]) : 1;
  let lightRow = isNum(a[8]) ? numVal(a[8]) : 0;

  ch.mode = ch.limits();
  if (ch.mode === AC_NOITEM) pos = 0;
  ch.pos = clip(ch.first, pos, ch.last);
  lightRow = clip(0, lightRow, ch.rows - 1);
  ch.atTop = clip(1, Math.max(1, ch.pos - lightRow), ch.count);
  if (ch.atTop + ch.rows - 1 > ch.count) ch.atTop = Math.max(1, ch.count - ch.rows + 1);
  ch.page(ch.count);

  // the user function is called through Do(), whose frame it sees as its caller
  const callUser = (): Value => inNative(ctx, 'DO', () => doCall(ctx, [user, ch.mode, ch.pos, ch.pos - ch.atTop]));
  let done = ch.mode === AC_NOITEM;
  if (done && hasUser) callUser();
  let key = 0;
  while (!done) {
    if (ch.mode !== AC_EXCEPT && ch.mode !== AC_NOITEM) {
      key = numVal(rtl(ctx, 'INKEY', 0));
      ch.mode = AC_IDLE;
    }
    const action = rtl(ctx, 'SETKEY', key);
    let letter = '';
    if (action !== undefined) {
      evalItem(ctx, action, [rtl(ctx, 'PROCNAME', 1), rtl(ctx, 'PROCLINE', 1), '']);
      if (numVal(rtl(ctx, 'NEXTKEY')) === 0) {
        rtl(ctx, 'HB_KEYSETLAST', 255);
        key = 0;
      }
      const clear = Math.min(ch.rows, ch.count);
      ch.refit();
      ch.page(clear);
    } else if ((key === K_ESC || ch.mode === AC_NOITEM) && !hasUser) {
      ch.leave();
      ch.mode = AC_IDLE;
      ch.pos = 0;
      done = true;
    } else if (key === K_LDBLCLK || key === K_LBUTTONDOWN) {
      ch.click(key);
    } else if (key === K_UP || key === K_MWFORWARD) {
      ch.up();
    } else if (key === K_DOWN || key === K_MWBACKWARD) {
      ch.down();
    } else if (key === K_CTRL_PGUP || (key === K_HOME && !hasUser)) {
      ch.home();
    } else if (key === K_CTRL_PGDN || (key === K_END && !hasUser)) {
      ch.end();
    } else if (key === K_CTRL_HOME) {
      ch.pageTop();
    } else if (key === K_CTRL_END) {
      ch.pageBottom();
    } else if (key === K_PGUP) {
      ch.pageUp();
    } else if (key === K_PGDN) {
      ch.pageDown();
    } else if (key === K_ENTER && !hasUser) {
      ch.leave();
      ch.mode = AC_IDLE;
      done = true;
    } else if ((key === K_RIGHT || key === K_LEFT) && !hasUser) {
      ch.leave();
      ch.pos = 0;
      done = true;
    } else if ((!hasUser || ch.mode === AC_EXCEPT) && (letter = String(rtl(ctx, 'UPPER', rtl(ctx, 'HB_KEYCHAR', key)))) !== '') {
      ch.seek(letter);
      ch.mode = AC_IDLE;
    } else if (ch.mode === AC_EXCEPT) {
      ch.mode = AC_IDLE;
    } else if (ch.mode !== AC_NOITEM) {
      ch.mode = key === 0 ? AC_IDLE : AC_EXCEPT;
    }

    if (!hasUser) continue;
    const answer = callUser();
    if (!isNum(answer)) {
      ch.leave();
      ch.pos = 0;
      done = true;
      continue;
    }
    switch (numVal(answer)) {
      case AC_ABORT:
      case AC_REDRAW:
        ch.leave();
        done = true;
        ch.pos = 0;
        break;
      case AC_SELECT:
        ch.leave();
        done = true;
        break;
      case AC_CONT:
        ch.mode = AC_IDLE;
        break;
      case AC_GOTO:
        // the same key is handled again, now as a letter to look for
        ch.mode = AC_EXCEPT;
        break;
    }
    if (ch.pos > 0 && ch.mode !== AC_EXCEPT) {
      ch.refit();
      ch.page();
    }
  }
  rtl(ctx, 'SETCURSOR', savedCursor);
  // the initial item comes back as it was given when the choice stayed on it
  return isNum(a[7]) && ch.pos === numVal(a[7]) ? a[7] : ch.pos;
}

export const functions: StdModule = {
  ACHOICE(ctx, ...args) {
    const f = ctx.enter(ACHOICE);
    const sp = ctx.sp;
    const r = achoice(ctx, args);
    if (ctx.sp === sp) ctx.leave(f);
    return r;
  },
  DO(ctx, ...args) {
    return inNative(ctx, 'DO', () => doCall(ctx, args));
  },
};
