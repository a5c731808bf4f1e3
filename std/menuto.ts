// Light-bar menus: @ ... PROMPT (__AtPrompt) shows a prompt and adds it to
// the menu being built; MENU TO (__MenuTo) lets the user move a highlight
// over the prompts and gives back the number chosen (0 for Esc). Menus
// nest: a MENU TO run from a SetKey() block while another waits builds and
// runs its own level.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { rtl } from './get-view.js';
import { deref, isNum, numVal as num } from './param.js';
import {
  K_DOWN, K_END, K_ENTER, K_ESC, K_HOME, K_LBUTTONDOWN, K_LDBLCLK, K_LEFT, K_MOUSEMOVE, K_PGDN, K_PGUP, K_RIGHT, K_UP,
} from './inkey-codes.js';

const SET_INTENSITY = 31;
const SET_WRAP = 35;
const SET_MESSAGE = 36;
const SET_MCENTER = 37;
const CLR_STANDARD = 0;
const CLR_ENHANCED = 1;
const SC_NONE = 0;

interface Item { row: Value; col: Value; prompt: Value; msg: Value; color: Value }

/** The menu levels of a thread, and the level the next prompt goes to (1-based). */
interface Menus { levels: Item[][]; pointer: number }
const menus = new WeakMap<Thread, Menus>();

function menusOf(ctx: Thread): Menus {
  let m = menus.get(ctx);
  if (m === undefined) menus.set(ctx, (m = { levels: [], pointer: 1 }));
  return m;
}

const text = (v: Value): string => (typeof v === 'string' ? v : '');

/** The color of `slot` in an item's color, or in SetColor() when the item names none. */
function itemColor(ctx: Thread, color: Value, slot: number): Value {
  const own = rtl(ctx, 'HB_COLORINDEX', color, slot);
  return rtl(ctx, 'HB_COLORINDEX', typeof own === 'string' && own.trim() !== '' ? color : rtl(ctx, 'SETCOLOR'), slot);
}

/** The prompt under the mouse, 0 when none. */
function hitTest(ctx: Thread, items: Item[]): number {
  const row = num(rtl(ctx, 'MROW'));
  const col = num(rtl(ctx, 'MCOL'));
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (row === num(it.row) && col >= num(it.col) && col < num(it.col) + text(it.prompt).length) return i + 1;
  }
  return 0;
}

/** The chosen prompt of a running menu level: n (1-based) and whether the choice is final. */
interface Choice { n: number; exit: boolean }

/** Apply key `key` to the choice over `count` prompts. */
function move(ctx: Thread, items: Item[], key: number, c: Choice): void {
  const count = items.length;
  switch (key) {
    case K_MOUSEMOVE:
      return;
    case K_LBUTTONDOWN:
    case K_LDBLCLK: {
      const hit = hitTest(ctx, items);
      if (hit > 0) c.n = hit;
      if (key === K_LDBLCLK) c.exit = true;
      return;
    }
    case K_DOWN:
    case K_RIGHT:
      if (++c.n > count) c.n = ctx.sets.get(SET_WRAP) === true ? 1 : count;
      return;
    case K_UP:
    case K_LEFT:
      if (--c.n < 1) c.n = ctx.sets.get(SET_WRAP) === true ? count : 1;
      return;
    case K_HOME:
      c.n = 1;
      return;
    case K_END:
      c.n = count;
      return;
    case K_ENTER:
    case K_PGUP:
    case K_PGDN:
      c.exit = true;
      return;
    case K_ESC:
      c.n = 0;
      return;
  }
  // a hot key: the first prompt that starts with its letter
  const ch = text(rtl(ctx, 'HB_KEYCHAR', key)).toUpperCase();
  if (ch === '') return;
  for (let y = 0; y < count; y++) {
    if (rtl(ctx, 'HB_LEFTEQI', text(rtl(ctx, 'LTRIM', items[y].prompt)), ch) === true) {
      c.n = y + 1;
      c.exit = true;
      return;
    }
  }
}

/** Show an item's message (SET MESSAGE TO row [CENTER]) over the one shown before (`old`, updated). */
function showMessage(ctx: Thread, item: Item, row: number, center: boolean, old: { text: string; col: number }): void {
  if (old.text !== '') rtl(ctx, 'DISPOUTAT', row, old.col, ' '.repeat(old.text.length));
  let msg = item.msg;
  // a message may be a block that gives it
  if (typeof msg === 'function') msg = msg(ctx);
  old.text = typeof msg === 'string' ? msg : '';
  if (center) old.col = Math.trunc((num(rtl(ctx, 'MAXCOL')) - old.text.length) / 2);
  rtl(ctx, 'DISPOUTAT', row, old.col, old.text);
}

/** Run a menu level: highlight, read keys, until a choice is made or Esc. */
function runLevel(ctx: Thread, block: (c: Thread, ...a: Value[]) => Value, name: string, items: Item[], start: Value): number {
  const c: Choice = { n: isNum(start) && num(start) >= 1 ? Math.trunc(num(start)) : 1, exit: false };
  if (c.n > items.length) c.n = items.length;
  const intensity = ctx.sets.get(SET_INTENSITY) === true;
  const savedCursor = rtl(ctx, 'SETCURSOR', intensity ? SC_NONE : undefined);
  const savedReadVar = rtl(ctx, 'READVAR', name.toUpperCase());
  const msgRow = num(ctx.sets.get(SET_MESSAGE));
  const center = ctx.sets.get(SET_MCENTER) === true;
  const shown = { text: '', col: 0 };
  let lit = 0;
  while (c.n !== 0) {
    if (msgRow > 0) showMessage(ctx, items[c.n - 1], msgRow, center, shown);
    const q = c.n;
    const item = items[q - 1];
    const normal = itemColor(ctx, item.color, CLR_STANDARD);
    const selected = intensity ? itemColor(ctx, item.color, CLR_ENHANCED) : normal;
    if (lit !== c.n) {
      lit = c.n;
      rtl(ctx, 'DISPOUTAT', item.row, item.col, item.prompt, selected);
    }
    if (c.exit) break;
    let key = 0;
    while (key === 0) {
      key = num(rtl(ctx, 'INKEY', 0));
      const action = rtl(ctx, 'SETKEY', key);
      if (typeof action === 'function') {
        block(ctx, c.n);
        // the procedure that ran MENU TO (this function has no frame of its own)
        action(ctx, rtl(ctx, 'PROCNAME', 0), rtl(ctx, 'PROCLINE', 0), name.toUpperCase());
        const v = num(block(ctx));
        c.n = v < 1 ? 1 : v > items.length ? items.length : v;
        key = 0;
      }
    }
    move(ctx, items, key, c);
    if (c.n !== 0 && lit !== c.n) {
      lit = 0;
      rtl(ctx, 'DISPOUTAT', item.row, item.col, item.prompt, normal);
    }
  }
  rtl(ctx, 'READVAR', savedReadVar);
  rtl(ctx, 'SETCURSOR', savedCursor);
  return c.n;
}

export const functions: StdModule = {
  __ATPROMPT(ctx, row, col, prompt, msg, color) {
    const m = menusOf(ctx);
    if (m.pointer < 1) m.pointer = 1;
    while (m.levels.length < m.pointer) m.levels.push([]);
    m.levels[m.pointer - 1].push({ row: deref(row), col: deref(col), prompt: deref(prompt), msg: deref(msg), color: deref(color) });
    rtl(ctx, 'DISPOUTAT', row, col, prompt, color);
    return false;
  },
  __MENUTO(ctx, blockArg, nameArg) {
    const block = deref(blockArg) as (c: Thread, ...a: Value[]) => Value;
    const name = text(deref(nameArg));
    // a variable that does not exist yet is made PUBLIC for the menu's time
    const made = rtl(ctx, '__MVEXIST', name) !== true;
    if (made) rtl(ctx, '__MVPUBLIC', name);
    let n: number;
    const start = block(ctx);
    const m = menusOf(ctx);
    if (m.pointer < 1 || m.pointer > m.levels.length) {
      n = 0;
    } else {
      const level = m.pointer++;
      n = runLevel(ctx, block, name, m.levels[level - 1], start);
      m.pointer = level;
      m.levels.length = level - 1;
    }
    block(ctx, n);
    if (made) rtl(ctx, '__MVXRELEASE', name);
    rtl(ctx, 'SETPOS', num(rtl(ctx, 'MAXROW')) - 1, 0);
    return n;
  },
};
