// TBrowse's keys and mouse (Clipper 5.3): applyKey() runs the block
// setKey() has for a key (the standard cursor keys unless changed), and
// hitTest() tells which part of the browse a screen position is on.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { exactEq, gt, le } from '../runtime/values/compare.js';
import { aGet, aSet } from '../runtime/vm/arrays.js';
import { evalItem, isEvalItem } from '../runtime/errors/launch.js';
import { send } from '../runtime/classes/native.js';
import { numOr0, rtl } from './get-view.js';
import {
  C_COLPOS, C_COLWIDTH, C_FROZENSPACE, C_LASTSPACE, C_SEPWIDTH, cn, type BrowseView,
} from './tbrowse-view.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;

export const TBR_EXIT = -1;
const TBR_CONTINUE = 0;
export const TBR_EXCEPTION = 1;

const HTNOWHERE = 0;
const HTTOPLEFT = -1;
const HTTOP = -2;
const HTTOPRIGHT = -3;
const HTRIGHT = -4;
const HTBOTTOMRIGHT = -5;
const HTBOTTOM = -6;
const HTBOTTOMLEFT = -7;
const HTLEFT = -8;
const HTCELL = -5121;
const HTHEADING = -5122;
const HTFOOTING = -5123;
const HTHEADSEP = -5124;
const HTFOOTSEP = -5125;
const HTCOLSEP = -5126;

/** A block that sends `msg` to the browse it gets and answers TBR_CONTINUE. */
function moveKey(msg: string): Value {
  return (ctx: Thread, o: Value) => {
    send(ctx, o, msg);
    return TBR_CONTINUE;
  };
}

/** The keys every browse starts with (setKey() changes them). */
function defaultKeys(): Value[] {
  const keys: Array<[number, Value]> = [
    [24, moveKey('DOWN')], [6, moveKey('END')], [30, moveKey('GOBOTTOM')], [31, moveKey('GOTOP')],
    [1, moveKey('HOME')], [19, moveKey('LEFT')], [3, moveKey('PAGEDOWN')], [18, moveKey('PAGEUP')],
    [23, moveKey('PANEND')], [29, moveKey('PANHOME')], [26, moveKey('PANLEFT')], [2, moveKey('PANRIGHT')],
    [4, moveKey('RIGHT')], [5, moveKey('UP')],
    [27, () => TBR_EXIT],
    [1002, (ctx: Thread, o: Value) => tbMouse(ctx, o, rtl(ctx, 'MROW'), rtl(ctx, 'MCOL'))],
    [1014, moveKey('UP')], [1015, moveKey('DOWN')],
  ];
  return keys.map(([k, b]) => [k, b]);
}

/** setKey( nKey, [bBlock] ): the block of a key; a block sets it, NIL (passed) removes it. */
export function setKey(b: BrowseView, args: Value[]): Value {
  const ctx = b.ctx;
  const [key, block] = args;
  if (b.keys === undefined) b.keys = defaultKeys();
  const keys = b.keys as Value[];
  const pos = keys.findIndex((k) => exactEq(ctx, (k as Value[])[0], key));
  if (pos < 0) {
    if (isEvalItem(block)) keys.push([key, block]);
    return block;
  }
  const entry = keys[pos] as Value[];
  if (isEvalItem(block)) {
    entry[1] = block;
    return block;
  }
  const old = entry[1];
  if (args.length === 2 && block === undefined && !exactEq(ctx, key, 0)) keys.splice(pos, 1);
  return old;
}

/** applyKey( nKey ): what the key's block (or key 0's, the default action) answers; TBR_EXCEPTION when none. */
export function applyKey(b: BrowseView, key: Value): Value {
  let block = b.call('SETKEY', key);
  if (block === undefined) {
    block = b.call('SETKEY', 0);
    if (block === undefined) return TBR_EXCEPTION;
  }
  return evalItem(b.ctx, block, [b.self, key]);
}

/** setStyle( nStyle, [lNewValue] ): Clipper 5.3's style flags, made on first use. */
export function setStyle(b: BrowseView, style: Value, value: Value): Value {
  const ctx = b.ctx;
  if (!Array.isArray(b.styles)) b.styles = [false, false, false, false, false, undefined];
  if (gt(ctx, style, b.styles.length) && le(ctx, style, 4096)) rtl(ctx, 'ASIZE', b.styles, style);
  if (typeof value === 'boolean') aSet(ctx, b.styles, style, value);
  return aGet(ctx, b.styles, style);
}

/** hitTest( nRow, nCol ): the part of the browse at a screen position (HT* of button.ch). */
export function hitTest(b: BrowseView, mRow: Value, mCol: Value): number {
  b.configured();
  if (!isNum(mRow) || !isNum(mCol)) return HTNOWHERE;
  const row = numOr0(mRow);
  const col = numOr0(mCol);
  const top = b.top;
  const bottom = b.bottom;
  let left = b.left;
  const right = b.right;
  if (row < top || row > bottom || col < left || col > right) return HTNOWHERE;
  let ret = HTNOWHERE;
  if (rtl(b.ctx, 'EMPTY', b.cBorder) !== true) {
    if (row === top - 1) ret = col === left - 1 ? HTTOPLEFT : col === right + 1 ? HTTOPRIGHT : HTTOP;
    else if (row === bottom + 1) ret = col === left - 1 ? HTBOTTOMLEFT : col === right + 1 ? HTBOTTOMRIGHT : HTBOTTOM;
    else if (col === left - 1) ret = HTLEFT;
    else if (col === right + 1) ret = HTRIGHT;
  }
  if (ret !== HTNOWHERE) return ret;
  if (row < top + b.nHeadHeight) return HTHEADING;
  if (b.lHeadSep && row === top + b.nHeadHeight) return HTHEADSEP;
  if (b.lFootSep && row === bottom - b.nFootHeight) return HTFOOTSEP;
  if (row > bottom - b.nFootHeight) return HTFOOTING;
  let first = true;
  for (let c = 1; c <= b.nRightVisible;) {
    const d = b.aColData[c - 1];
    if (d[C_COLPOS] !== undefined) {
      if (first) {
        first = false;
      } else if ((left += cn(d, C_SEPWIDTH)) > col) {
        return HTCOLSEP;
      }
      if ((left += cn(d, C_COLWIDTH) + cn(d, C_FROZENSPACE) + cn(d, C_LASTSPACE)) > col) break;
    }
    c = c === b.nFrozen && c < b.nLeftVisible ? b.nLeftVisible : c + 1;
  }
  return HTCELL;
}

/** mRowPos / mColPos: the data row and column under the mouse (0 outside the data area). */
export function mousePos(b: BrowseView): { row: number; col: number } {
  b.configured();
  let row = numOr0(rtl(b.ctx, 'MROW'));
  const col = numOr0(rtl(b.ctx, 'MCOL'));
  const top = b.top;
  const bottom = b.bottom;
  let left = b.left;
  if (row < top || row > bottom || col < left || col > b.right) return { row: 0, col: 0 };
  if (row < top + b.nHeadHeight + (b.lHeadSep ? 1 : 0) || row > bottom - b.nFootHeight - (b.lFootSep ? 1 : 0)) row = 0;
  else row -= top + b.nHeadHeight - (b.lHeadSep ? 0 : 1);
  let pos = 0;
  for (let c = 1; c <= b.nRightVisible;) {
    const d = b.aColData[c - 1];
    if (d[C_COLPOS] !== undefined) {
      if (pos !== 0 && (left += cn(d, C_SEPWIDTH)) > col) break;
      pos = c;
      if ((left += cn(d, C_COLWIDTH) + cn(d, C_FROZENSPACE) + cn(d, C_LASTSPACE)) > col) break;
    }
    c = c === b.nFrozen && c < b.nLeftVisible ? b.nLeftVisible : c + 1;
  }
  return { row: pos === 0 ? 0 : row, col: pos };
}

/** TBMouse( oBrowse, nRow, nCol ): the cursor moved to the clicked cell. */
export function tbMouse(ctx: Thread, o: Value, row: Value, col: Value): number {
  if (numOr0(send(ctx, o, 'HITTEST', row, col)) !== HTCELL) return TBR_EXCEPTION;
  let n = numOr0(send(ctx, o, 'MROWPOS')) - numOr0(send(ctx, o, 'ROWPOS'));
  for (; n < 0; n++) send(ctx, o, 'UP');
  for (; n > 0; n--) send(ctx, o, 'DOWN');
  n = numOr0(send(ctx, o, 'MCOLPOS')) - numOr0(send(ctx, o, 'COLPOS'));
  for (; n < 0; n++) send(ctx, o, 'LEFT');
  for (; n > 0; n--) send(ctx, o, 'RIGHT');
  return TBR_CONTINUE;
}

