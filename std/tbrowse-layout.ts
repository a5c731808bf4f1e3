// TBrowse layout: configuring (colors, column widths and headings from the
// columns' settings and first values, the row buffer's size) and which
// columns are visible where on the screen (frozen columns, leftVisible,
// rightVisible), with the choices Clipper makes.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { evalItem, inNative, makeError } from '../runtime/errors/launch.js';
import { EF_NONE } from '../runtime/errors/error.js';
import { internalError } from '../runtime/errors/internal.js';
import { send } from '../runtime/classes/native.js';
import { numOr0, rtl } from './get-view.js';
import {
  C_CELLPOS, C_CELLWIDTH, C_COLPOS, C_COLSEP, C_COLWIDTH, C_DEFCOLOR, C_FOOTING, C_FOOTSEP, C_FROZENSPACE,
  C_HEADING, C_HEADSEP, C_LASTSPACE, C_OBJECT, C_SEPWIDTH, C_SIZE, CLR_MAX, CLR_SELECTED, CLR_STANDARD, cn,
  type BrowseView, type ColData,
} from './tbrowse-view.js';

const EG_LIMIT = 31;
const LINE_DELIM = ';';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;

/** The browse's colors from its colorSpec: at least four, the first two valid. */
function decodeColors(ctx: Thread, spec: Value): Value[] {
  const colors: Value[] = [];
  const n = numOr0(rtl(ctx, 'HB_TOKENCOUNT', spec, ','));
  for (let i = 1; i <= n; i++) {
    let c = rtl(ctx, 'HB_TOKENGET', spec, i, ',');
    if (i <= 2 && numOr0(rtl(ctx, 'HB_COLORTON', c)) === -1) c = i === 1 ? 'W/N' : 'N/W';
    colors.push(c);
  }
  if (colors.length === 0) colors.push('W/N');
  if (colors.length < 2) colors.push('N/W');
  while (colors.length < CLR_MAX) colors.push(colors[CLR_STANDARD - 1]);
  return colors;
}

/** A column's color indexes (standard, selected, heading, footing) from its defColor, within the browse's colors. */
function columnColors(def: Value, max: number): Value[] {
  const idx: Value[] = [CLR_STANDARD, CLR_SELECTED, CLR_STANDARD, CLR_STANDARD];
  if (Array.isArray(def)) {
    for (let p = 0; p < CLR_MAX; p++) {
      const v = p < def.length ? def[p] : undefined;
      const i = isNum(v) ? Math.trunc(numOr0(v)) : -1;
      if (p < def.length && isNum(v) && i >= 0 && i <= max) idx[p] = i;
      else if (p > 1) idx[p] = idx[0];
    }
  }
  return idx;
}

/** A heading or footing: its text (a trailing ';' dropped), lines and widest line; NIL and '' have none. */
function decodeTitle(ctx: Thread, name: Value): { text: string; height: number; width: number } {
  if (typeof name !== 'string') return { text: '', height: 0, width: 0 };
  let text = name;
  let height = 0;
  let width = 0;
  if (text.length > 0) {
    if (text.endsWith(LINE_DELIM)) text = text.slice(0, -1);
    height = numOr0(rtl(ctx, 'HB_TOKENCOUNT', text, LINE_DELIM));
    for (let i = 1; i <= height; i++) width = Math.max(width, String(rtl(ctx, 'HB_TOKENGET', text, i, LINE_DELIM)).length);
  }
  return { text, height, width };
}

/** The value picture of a column for Transform() (NIL unless a string). */
export function picture(ctx: Thread, col: Value): Value {
  const p = send(ctx, col, 'PICTURE');
  return typeof p === 'string' ? p : undefined;
}

/** doConfigure(): everything derived from the settings, computed again. */
export function doConfigure(b: BrowseView): void {
  const ctx = b.ctx;
  b.nConfigure = 0;
  b.aColors = decodeColors(ctx, b.cColorSpec);
  let headHeight = 0;
  let footHeight = 0;
  let headSep = false;
  let footSep = false;
  const cols = b.cols;
  const data = b.aColData;
  data.length = cols.length;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    // the block runs even for a column hidden with width 0, as in Clipper
    const v = evalItem(ctx, send(ctx, col, 'BLOCK'), []);
    const type = String(rtl(ctx, 'VALTYPE', v));
    let width = 'CMNDTL'.includes(type) ? String(rtl(ctx, 'TRANSFORM', v, picture(ctx, col))).length : 0;
    let colSep = send(ctx, col, 'COLSEP');
    if (colSep === undefined) colSep = b.cColSep;
    let hSep = send(ctx, col, 'HEADSEP');
    if (typeof hSep !== 'string' || hSep === '') hSep = typeof b.cHeadSep === 'string' ? b.cHeadSep : '';
    let fSep = send(ctx, col, 'FOOTSEP');
    if (typeof fSep !== 'string' || fSep === '') fSep = typeof b.cFootSep === 'string' ? b.cFootSep : '';
    const d: ColData = new Array<Value>(C_SIZE).fill(undefined);
    d[C_OBJECT] = col;
    d[C_COLWIDTH] = width;
    d[C_CELLWIDTH] = width;
    d[C_CELLPOS] = 0;
    d[C_COLSEP] = colSep;
    d[C_SEPWIDTH] = rtl(ctx, 'LEN', colSep);
    d[C_HEADSEP] = hSep;
    d[C_FOOTSEP] = fSep;
    d[C_DEFCOLOR] = columnColors(send(ctx, col, 'DEFCOLOR'), b.aColors.length);
    d[C_FROZENSPACE] = 0;
    d[C_LASTSPACE] = 0;
    if (hSep.length > 0) headSep = true;
    if (fSep.length > 0) footSep = true;
    const head = decodeTitle(ctx, send(ctx, col, 'HEADING'));
    if (head.height !== 0) {
      d[C_COLWIDTH] = Math.max(cn(d, C_COLWIDTH), head.width);
      headHeight = Math.max(headHeight, head.height);
    }
    d[C_HEADING] = head.text;
    const foot = decodeTitle(ctx, send(ctx, col, 'FOOTING'));
    if (foot.height !== 0) {
      d[C_COLWIDTH] = Math.max(cn(d, C_COLWIDTH), foot.width);
      footHeight = Math.max(footHeight, foot.height);
    }
    d[C_FOOTING] = foot.text;
    const w = send(ctx, col, 'WIDTH');
    if (w !== undefined) {
      width = numOr0(w);
      if (width > 0) {
        d[C_COLWIDTH] = w;
        if (width < cn(d, C_CELLWIDTH) || type === 'C') d[C_CELLWIDTH] = w;
      } else {
        d[C_CELLWIDTH] = 0;
      }
    }
    if (cn(d, C_CELLWIDTH) > 0 && cn(d, C_COLWIDTH) > cn(d, C_CELLWIDTH)) {
      if (type === 'N') d[C_CELLPOS] = cn(d, C_COLWIDTH) - cn(d, C_CELLWIDTH);
      else if (type === 'L') d[C_CELLPOS] = Math.trunc((cn(d, C_COLWIDTH) - cn(d, C_CELLWIDTH)) / 2);
    }
    data[i] = d;
  }

  let height = Math.max(b.bottom - b.top, 0);
  if (headSep && height > 0) height--;
  else headSep = false;
  if (footSep && height > 0) height--;
  else footSep = false;
  if (headHeight >= height) {
    headHeight = height;
    height = 0;
  } else {
    height -= headHeight;
  }
  if (footHeight >= height) footHeight = height;
  b.lHeadSep = headSep;
  b.nHeadHeight = headHeight;
  b.nFootHeight = footHeight;
  b.lFootSep = footSep;

  // headings padded to the same number of lines; separators for columns without one
  for (const d of data) {
    const lines = numOr0(rtl(ctx, 'HB_TOKENCOUNT', d[C_HEADING], LINE_DELIM));
    d[C_HEADING] = LINE_DELIM.repeat(Math.max(headHeight - lines, 0)) + String(d[C_HEADING]);
    if (headSep && d[C_HEADSEP] === '') d[C_HEADSEP] = ' ';
    if (footSep && d[C_FOOTSEP] === '') d[C_FOOTSEP] = ' ';
  }

  const rows = b.rowCount;
  if (rows === 0) inNative(ctx, '_GENLIMITRTE', () => limitError(ctx));
  resize(b.aCellStatus, rows, false);
  resize(b.aDispStatus, rows, true);
  b.aCellStatus.fill(false);
  b.aDispStatus.fill(true);
  for (const buf of [b.aCellValues, b.aCellColors]) {
    buf.length = rows;
    for (let r = 0; r < rows; r++) {
      const row = buf[r];
      if (Array.isArray(row)) resize(row, cols.length, undefined);
      else buf[r] = new Array<Value>(cols.length).fill(undefined);
    }
  }
  b.lStable = false;
  b.lFrames = true;
  b.nLastRow = rows;
  b.nLastScroll = 0;
  // the visible columns are updated, the cursor column is not
  const vis = setVisibleCols(data, b.right - b.left + 1, b.nFrozen, b.nLeftVisible, b.nRightVisible);
  b.nFrozen = vis.frozen;
  b.nLeftVisible = vis.left;
  b.nRightVisible = vis.right;
  b.nLastPos = 0;
  if (b.nRowPos > rows) b.nRowPos = rows;
  else if (b.nRowPos < 1) b.nRowPos = 1;
  b.nBufferPos = b.nRowPos;
}

function resize(a: Value[], n: number, fill: Value): void {
  const old = a.length;
  a.length = n;
  if (n > old) a.fill(fill, old);
}

/** No room for a single row: "Limit exceeded" (TBROWSE/0), after which nothing can continue. */
function limitError(ctx: Thread): void {
  const err = makeError(ctx, { genCode: EG_LIMIT, subCode: 0, subSystem: 'TBROWSE', flags: EF_NONE });
  evalItem(ctx, ctx.errorBlock, [err]);
  inNative(ctx, '__ERRINHANDLER', () => internalError(ctx, 9001));
}

/** The first shown column (width > 0) from `col` on, 0 if none. */
export function nextColumn(data: ColData[], col: number): number {
  for (; col <= data.length; col++) if (cn(data[col - 1], C_CELLWIDTH) > 0) return col;
  return 0;
}

/** The last shown column up to `col`, 0 if none. */
export function prevColumn(data: ColData[], col: number): number {
  for (; col >= 1; col--) if (cn(data[col - 1], C_CELLWIDTH) > 0) return col;
  return 0;
}

interface Fit {
  /** room left on the line */
  width: number;
  /** leftmost column placed so far (0: none) */
  first: number;
  /** nothing placed yet */
  isFirst: boolean;
}

/** The `count` first columns can stay frozen (0 when they cannot); their width is taken from `fit`. */
function maxFreeze(count: number, data: ColData[], fit: Fit): number {
  if (count > data.length || count < 1) return 0;
  const total = fit.width;
  let first = true;
  for (let c = 1; c <= count; c++) {
    const d = data[c - 1];
    if (cn(d, C_CELLWIDTH) > 0) {
      let w = cn(d, C_COLWIDTH);
      if (first) first = false;
      else w += cn(d, C_SEPWIDTH);
      if ((fit.width -= w) < 0) break;
    }
  }
  // all columns may be frozen only when they all fit; otherwise one character stays for the rest
  if (fit.width > 0 || (fit.width === 0 && nextColumn(data, count + 1) === 0)) return count;
  fit.width = total;
  return 0;
}

/** Place columns from `from` to `to` while they fit; the last one placed (or the one before `from`). */
function placeColumns(from: number, to: number, step: number, data: ColData[], fit: Fit): number {
  let last = 0;
  if (fit.width > 0) {
    for (let c = from; step > 0 ? c <= to : c >= to; c += step) {
      const d = data[c - 1];
      if (cn(d, C_CELLWIDTH) <= 0) continue;
      let w: number;
      if (fit.first === 0 || c === fit.first) w = cn(d, C_COLWIDTH);
      else if (c < fit.first) w = cn(d, C_COLWIDTH) + cn(data[fit.first - 1], C_SEPWIDTH);
      else w = cn(d, C_COLWIDTH) + cn(d, C_SEPWIDTH);
      if (fit.width >= w) {
        last = c;
        fit.width -= w;
        fit.isFirst = false;
        if (fit.first === 0 || c < fit.first) fit.first = c;
      } else {
        if (fit.isFirst) {
          // a first column wider than the screen is shown cut
          last = c;
          fit.width = 0;
          fit.isFirst = false;
        }
        break;
      }
    }
  }
  return last === 0 ? from - step : last;
}

interface Visible {
  frozen: number;
  left: number;
  right: number;
  /** room left over on the line */
  width: number;
}

/**
 * The visible columns for a line `width` wide: the frozen ones (if they
 * still fit), then from leftVisible rightwards or from rightVisible
 * leftwards, whichever the last move kept valid.
 */
export function setVisibleCols(data: ColData[], width: number, frozenIn: number, leftIn: number, rightIn: number): Visible {
  const fit: Fit = { width, first: 0, isFirst: true };
  const frozen = maxFreeze(frozenIn, data, fit);
  let left = leftIn;
  let right = rightIn;
  const count = data.length;
  if (count === 0 || nextColumn(data, 1) === 0) return { frozen, left: 0, right: 0, width: fit.width };
  let okLeft = false;
  let okRight = false;
  if (fit.width >= 1) {
    okRight = right > frozen && right <= count && cn(data[right - 1], C_CELLWIDTH) > 0;
    okLeft = left > frozen && left <= count && cn(data[left - 1], C_CELLWIDTH) > 0;
    if (!okLeft) {
      if (okRight) {
        if ((left = prevColumn(data, right)) < frozen) left = right;
      } else {
        let p = nextColumn(data, Math.max(left + 1, frozen + 1));
        if (p === 0) p = prevColumn(data, Math.min(count, left - 1));
        if (p > frozen) {
          left = p;
          okLeft = true;
        }
      }
    }
    fit.isFirst = true;
    fit.first = prevColumn(data, frozen);
  }
  if (okLeft) {
    right = placeColumns(left, count, 1, data, fit);
    left = placeColumns(left - 1, frozen + 1, -1, data, fit);
  } else if (okRight) {
    left = placeColumns(right, frozen + 1, -1, data, fit);
    right = placeColumns(right + 1, count, 1, data, fit);
  } else {
    left = frozen + 1;
    right = frozen;
  }
  return { frozen, left, right, width: fit.width };
}

/** setVisible(): the visible columns for the cursor column, and each one's screen position. */
export function setVisible(b: BrowseView): void {
  let colPos = b.nColPos;
  const data = b.aColData;
  if (!(colPos < 1 || colPos > b.colCount || b.nLastPos !== colPos || b.lFrames || b.nLeftVisible === 0
    || b.nRightVisible === 0 || data[colPos - 1]?.[C_COLPOS] === undefined)) return;
  let frames = false;
  const count = data.length;
  if (colPos > count) {
    b.nColPos = count;
    b.nLeftVisible = count;
    b.nRightVisible = count;
  } else if (b.nColPos < 1) {
    b.nColPos = 1;
    b.nLeftVisible = 1;
    b.nRightVisible = 1;
  } else if (colPos !== b.nLastPos) {
    if (colPos > b.nRightVisible) {
      b.nRightVisible = b.nColPos;
      b.nLeftVisible = 0;
    } else if (colPos < b.nLeftVisible) {
      b.nLeftVisible = b.nColPos;
      b.nRightVisible = 0;
    }
  } else if (b.nColPos <= b.nFrozen && b.nLeftVisible === 0) {
    const c = nextColumn(data, b.nFrozen + 1);
    b.nColPos = c === 0 ? count : c;
  }
  const vis = setVisibleCols(data, b.right - b.left + 1, b.nFrozen, b.nLeftVisible, b.nRightVisible);
  b.nFrozen = vis.frozen;
  b.nLeftVisible = vis.left;
  b.nRightVisible = vis.right;
  if (b.nColPos > b.nRightVisible) b.nColPos = b.nRightVisible;
  else if (b.nColPos > b.nFrozen && b.nColPos < b.nLeftVisible) b.nColPos = b.nLeftVisible;

  // where each column shows on the screen
  let left = b.left;
  let first = true;
  for (let c = 1; c <= b.nRightVisible; c++) {
    const d = data[c - 1];
    if (cn(d, C_CELLWIDTH) > 0 && (c <= b.nFrozen || c >= b.nLeftVisible)) {
      const space = c === b.nLeftVisible ? Math.trunc(vis.width / 2) : 0;
      left += space;
      colPos = left;
      left += cn(d, C_COLWIDTH);
      if (first) first = false;
      else left += cn(d, C_SEPWIDTH);
      const last = c === b.nRightVisible ? b.right - left + 1 : 0;
      if (d[C_COLPOS] !== colPos || d[C_FROZENSPACE] !== space || d[C_LASTSPACE] !== last) {
        frames = true;
        d[C_COLPOS] = colPos;
        d[C_FROZENSPACE] = space;
        d[C_LASTSPACE] = last;
      }
    } else {
      if (d[C_COLPOS] !== undefined) frames = true;
      d[C_COLPOS] = undefined;
    }
  }
  for (let c = b.nRightVisible + 1; c <= count; c++) {
    const d = data[c - 1];
    if (d[C_COLPOS] !== undefined) frames = true;
    d[C_COLPOS] = undefined;
  }
  b.nLastPos = b.nColPos;
  if (frames) b.lFrames = true;
}

/** setCursorPos(): the screen cursor to the current cell, if it is shown. */
export function setCursorPos(b: BrowseView): boolean {
  b.configured();
  const row = b.nRowPos;
  let col = b.nColPos;
  if (row < 1 || row > b.rowCount || col < 1 || col > b.colCount) return false;
  const d = b.aColData[col - 1];
  if (d === undefined || d[C_COLPOS] === undefined) return false;
  b.n_Row = b.top + b.nHeadHeight + (b.lHeadSep ? 0 : -1) + row;
  b.n_Col = cn(d, C_COLPOS) + cn(d, C_CELLPOS);
  if (cn(d, C_SEPWIDTH) > 0) {
    // a separator before it, unless it is the first column shown
    while (--col >= 1) {
      if (b.aColData[col - 1][C_COLPOS] !== undefined) {
        b.n_Col += cn(d, C_SEPWIDTH);
        break;
      }
    }
  }
  rtl(b.ctx, 'SETPOS', b.n_Row, b.n_Col);
  return true;
}
