// How a TBrowse reaches its data: the row buffer is filled by moving the
// data source with skipBlock (one row at a time, as far as it goes), cell
// by cell through the column blocks; stabilize() does this incrementally
// (one row read per call) after cursor moves, scrolls and refreshes.
// Nothing is drawn on a stream terminal, but the cursor goes where the
// current cell is.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { evalItem, inNative } from '../runtime/errors/launch.js';
import { send } from '../runtime/classes/native.js';
import { numOr0, rtl } from './get-view.js';
import { picture, setCursorPos, setVisible } from './tbrowse-layout.js';
import {
  C_CELLWIDTH, C_DEFCOLOR, C_OBJECT, CLR_STANDARD, cn, type BrowseView, type ColData,
} from './tbrowse-view.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;

/** What a skipBlock answered: a whole number of rows moved (anything else is 0). */
function skipResult(v: Value): number {
  return isNum(v) ? Math.trunc(numOr0(v)) : 0;
}

/** Eval( ::bSkipBlock, n ) */
export function skip(b: BrowseView, n: number): number {
  return skipResult(evalItem(b.ctx, b.bSkipBlock, [n]));
}

/**
 * The rows a skip moved as the buffer counts them: forward, never back;
 * backward, as asked (Clipper trusts the data source there).
 */
function moved(toMove: number, got: number): number {
  if (toMove > 0) return got < 0 ? 0 : got;
  return toMove < 0 ? toMove : 0;
}

/** A cell's color indexes: the column's, or those its colorBlock gives for the value. */
function cellColors(ctx: Thread, d: ColData, value: Value, max: number): Value[] {
  const def = d[C_DEFCOLOR] as Value[];
  const colors: Value[] = [def[0], def[1]];
  const x = evalItem(ctx, send(ctx, d[C_OBJECT], 'COLORBLOCK'), [value]);
  if (Array.isArray(x)) {
    const n = Math.min(x.length, 2);
    for (let i = 0; i < n; i++) {
      if (!isNum(x[i])) continue;
      const c = Math.trunc(numOr0(x[i]));
      if (c >= 0 && c <= max) colors[i] = c;
    }
  }
  return colors;
}

/** readRecord( nRow ): row `row` of the buffer read from the data source, if it is not yet. */
export function readRecord(b: BrowseView, row: number): boolean {
  const ctx = b.ctx;
  const count = b.rowCount;
  let read = false;
  if (row < 1 || row > count || b.aCellStatus[row - 1] === true) return false;
  if (row <= b.nLastRow) {
    const toMove = row - b.nBufferPos;
    const n = moved(toMove, skip(b, toMove));
    b.nBufferPos += n;
    if (toMove > 0 && n < toMove) b.nLastRow = b.nBufferPos;
    else read = true;
  }
  const maxColor = b.aColors.length;
  const values = b.aCellValues[row - 1] as Value[];
  const colors = b.aCellColors[row - 1] as Value[];
  b.aColData.forEach((d, i) => {
    if (row <= b.nLastRow) {
      const col = d[C_OBJECT];
      const v = evalItem(ctx, send(ctx, col, 'BLOCK'), []);
      colors[i] = inNative(ctx, '_CELLCOLORS', () => cellColors(ctx, d, v, maxColor));
      const type = String(rtl(ctx, 'VALTYPE', v));
      values[i] = 'CMNDTL'.includes(type)
        ? rtl(ctx, 'PADR', rtl(ctx, 'TRANSFORM', v, picture(ctx, col)), d[C_CELLWIDTH])
        : ' '.repeat(Math.max(cn(d, C_CELLWIDTH), 0));
    } else {
      const def = d[C_DEFCOLOR] as Value[];
      colors[i] = [def[0], def[1]];
      values[i] = ' '.repeat(Math.max(cn(d, C_CELLWIDTH), 0));
    }
  });
  b.aCellStatus[row - 1] = true;
  b.aDispStatus[row - 1] = true;
  return read;
}

/** scrollBuffer( nRows ): the row buffer moved by `rows` (rows scrolled off are read again). */
export function scrollBuffer(b: BrowseView, rows: number): void {
  const count = b.rowCount;
  b.nLastScroll = rows;
  if (rows >= count || rows <= -count) {
    b.aCellStatus.fill(false);
    return;
  }
  const rotate = (a: Value[], up: boolean, fill?: Value) => {
    if (up) {
      const x = a.shift();
      a.push(fill === undefined ? x : fill);
    } else {
      const x = a.pop();
      a.unshift(fill === undefined ? x : fill);
    }
  };
  for (; rows > 0; rows--) {
    rotate(b.aCellValues, true);
    rotate(b.aCellColors, true);
    rotate(b.aCellStatus, true, false);
    rotate(b.aDispStatus, true, true);
  }
  for (; rows < 0; rows++) {
    rotate(b.aCellValues, false);
    rotate(b.aCellColors, false);
    rotate(b.aCellStatus, false, false);
    rotate(b.aDispStatus, false, true);
  }
}

/** setPosition(): the data source moved by the pending cursor move, the buffer scrolled to follow. */
export function setPosition(b: BrowseView): void {
  const count = b.rowCount;
  let offset = b.nMoveOffset + (b.nRowPos - b.nBufferPos);
  const newPos = b.nBufferPos + offset;
  let setPos = true;
  if (newPos < 1) {
    if (b.nMoveOffset < -1) offset -= b.nRowPos - 1;
  } else if (newPos > b.nLastRow) {
    if (b.nMoveOffset > 1) offset += b.nLastRow - b.nRowPos;
  } else {
    b.nRowPos = newPos;
  }
  const n = skip(b, offset);
  if (n > 0) {
    b.nBufferPos += n;
    if (b.nBufferPos > b.nLastRow) b.aCellStatus.fill(false, b.nLastRow, b.nBufferPos);
    if (b.nBufferPos > count) {
      b.call('SCROLLBUFFER', b.nBufferPos - count);
      b.nBufferPos = count;
      setPos = false;
    }
    if (b.nBufferPos > b.nLastRow) {
      b.nLastRow = b.nBufferPos;
      if (n !== offset) setPos = false;
    }
  } else if (n < 0) {
    b.nBufferPos += n;
    if (b.nBufferPos < 1) {
      b.nLastRow = Math.min(count, b.nLastRow - b.nBufferPos + 1);
      b.call('SCROLLBUFFER', b.nBufferPos - 1);
      b.nBufferPos = 1;
      setPos = false;
    }
  } else if (offset > 0) {
    if (b.nBufferPos === b.nRowPos) b.lHitBottom = true;
    b.nLastRow = b.nBufferPos;
    b.aCellStatus.fill(false, b.nLastRow);
  } else if (offset < 0) {
    if (b.nBufferPos === b.nRowPos) b.lHitTop = true;
    if (b.nBufferPos > 1) {
      b.call('SCROLLBUFFER', b.nBufferPos - 1);
      b.nBufferPos = 1;
    }
  }
  if (setPos) b.nRowPos = b.nBufferPos;
  b.nMoveOffset = 0;
}

/** stabilize(): one step of bringing the display up to date; .T. when it is. */
export function stabilize(b: BrowseView): boolean {
  b.configured();
  if (!b.lStable || b.lInvalid || b.lFrames || b.lRefresh || b.nMoveOffset !== 0 || b.nBufferPos !== b.nRowPos) {
    const count = b.rowCount;
    if (b.lRefresh) {
      b.aCellStatus.fill(false);
      b.nLastRow = count;
      b.nLastScroll = 0;
      b.lRefresh = false;
    }
    b.call('SETVISIBLE');
    if (b.lFrames) {
      b.call('DISPFRAMES');
      b.aDispStatus.fill(true);
    }
    let read = false;
    if (b.nMoveOffset !== 0) {
      b.call('SETPOSITION');
      read = true;
    }
    // rows are read one per call, in the order a scroll brought them in
    const n = b.aCellStatus.length;
    const order = b.nLastScroll > 0 ? Array.from({ length: n }, (_, i) => n - i) : Array.from({ length: n }, (_, i) => i + 1);
    for (const row of order) {
      if (b.aCellStatus[row - 1] !== true) {
        if (read) return false;
        read = b.call('READRECORD', row) === true;
      }
      if (b.aDispStatus[row - 1] === true) b.call('DISPROW', row);
    }
    if (b.nRowPos > b.nLastRow) b.nRowPos = b.nLastRow;
    if (b.nBufferPos !== b.nRowPos) {
      const toMove = b.nRowPos - b.nBufferPos;
      b.nBufferPos += moved(toMove, skip(b, toMove));
      b.nRowPos = b.nBufferPos;
    }
    b.lStable = true;
    b.lInvalid = false;
  }
  if (b.call('AUTOLITE') === true) b.call('HILITE');
  else b.call('SETCURSORPOS');
  return true;
}

/** The cell value and colors of the buffer (NIL for a row not read). */
export function cellValue(b: BrowseView, row: number, col: number): Value {
  if (row >= 1 && row <= b.rowCount && col >= 1 && col <= b.colCount && b.aCellStatus[row - 1] === true) {
    return (b.aCellValues[row - 1] as Value[])[col - 1];
  }
  return undefined;
}

export function cellColor(b: BrowseView, row: number, col: number): Value {
  if (row >= 1 && row <= b.rowCount && col >= 1 && col <= b.colCount && b.aCellStatus[row - 1] === true) {
    return (b.aCellColors[row - 1] as Value[])[col - 1];
  }
  return undefined;
}

/** The color of index `i` of the browse's colors (0 is always N/N). */
export function colorValue(b: BrowseView, i: Value): Value {
  b.configured();
  if (isNum(i)) {
    const n = numOr0(i);
    if (n >= 1 && n <= b.aColors.length) return b.aColors[Math.trunc(n) - 1];
    if (n === 0) return 'N/N';
  }
  return b.aColors[CLR_STANDARD - 1];
}

/** hiLite() / deHilite(): the cursor to the current cell (the cell shown selected or not). */
export function hilite(b: BrowseView, on: boolean): void {
  b.configured();
  if (b.call('SETCURSORPOS') === true && b.call('CELLVALUE', b.nRowPos, b.nColPos) !== undefined) {
    rtl(b.ctx, 'SETPOS', b.n_Row, b.n_Col);
    if (on) b.lHiLited = true;
  }
  if (!on) b.lHiLited = false;
}

/** setUnstable(): a move or change is coming; the cell loses its highlight. */
export function setUnstable(b: BrowseView): void {
  b.configured();
  if (b.lHiLited) b.call('DEHILITE');
  b.lHitTop = false;
  b.lHitBottom = false;
  b.lStable = false;
}

export function refreshAll(b: BrowseView): void {
  b.call('SETUNSTABLE');
  evalItem(b.ctx, b.bSkipBlock, [1 - b.nBufferPos]);
  b.nBufferPos = 1;
  b.lFrames = true;
  // the buffer is read again in the next stabilize()
  b.lRefresh = true;
}

export function goTop(b: BrowseView): void {
  b.call('SETUNSTABLE');
  evalItem(b.ctx, b.bGoTopBlock, []);
  b.lRefresh = true;
  b.nRowPos = 1;
  b.nBufferPos = 1;
  b.nMoveOffset = 0;
  evalItem(b.ctx, b.bSkipBlock, [0]);
}

export function goBottom(b: BrowseView): void {
  b.call('SETUNSTABLE');
  evalItem(b.ctx, b.bGoBottomBlock, []);
  const n = skip(b, -(b.rowCount - 1));
  b.lRefresh = true;
  b.nRowPos = 1;
  b.nBufferPos = 1;
  b.nMoveOffset = -n;
  evalItem(b.ctx, b.bSkipBlock, [0]);
}

export { setCursorPos, setVisible };
