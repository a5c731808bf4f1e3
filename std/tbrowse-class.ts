// Class TBrowse's messages: its settings (typed as in Clipper 5.3), the
// columns, cursor moves (which only take effect in the next stabilize()),
// and the read-only state programs ask for (rowPos, hitTop, stable ...).

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { ge, le } from '../runtime/values/compare.js';
import { minus, plus } from '../runtime/values/ops.js';
import { aGet } from '../runtime/vm/arrays.js';
import type { Method } from '../runtime/classes/class.js';
import { instVar53, type NativeMethod } from '../runtime/classes/native.js';
import { SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import { numOr0, rtl } from './get-view.js';
import { doConfigure, nextColumn, prevColumn, setVisibleCols } from './tbrowse-layout.js';
import {
  cellColor, cellValue, colorValue, goBottom, goTop, hilite, readRecord, refreshAll, scrollBuffer, setCursorPos,
  setPosition, setUnstable, setVisible, stabilize,
} from './tbrowse-stabilize.js';
import { applyKey, hitTest, mousePos, setKey, setStyle } from './tbrowse-keys.js';
import {
  C_CELLWIDTH, C_COLWIDTH, CONF_ALL, CONF_COLORS, CONF_COLUMNS, TBROWSE_CLASS, browseView, type BrowseView,
} from './tbrowse-view.js';

const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const blank = (ctx: Thread, v: Value) => rtl(ctx, 'EMPTY', v) === true;

/** A method of the browse: its view first. */
function bm(fn: (b: BrowseView, ...args: Value[]) => Value): Method {
  return (ctx, self, ...args) => fn(browseView(ctx, self), ...args);
}

/** A method that acts on the browse: it answers Self. */
function bp(fn: (b: BrowseView, ...args: Value[]) => void): Method {
  return (ctx, self, ...args) => {
    fn(browseView(ctx, self), ...args);
    return self;
  };
}

/** A read-only state value, after any pending reconfiguration. */
function state(get: (b: BrowseView) => Value): Method {
  return bm((b) => {
    b.configured();
    return get(b);
  });
}

/** A logical switch: a non-logical assignment is ignored (and answers .T.). */
function flag(name: string, slot: 'lHitTop' | 'lHitBottom' | 'lAutoLite' | 'lStable'): NativeMethod[] {
  return [
    { name, fn: state((b) => b[slot]) },
    {
      name: '_' + name, fn: bm((b, v) => {
        b.configured();
        if (typeof v !== 'boolean') return true;
        b[slot] = v;
        return v;
      }),
    },
  ];
}

/** A typed setting (SETGET): NIL leaves it, a value of another type is an argument error. */
function typed(name: string, slot: string, type: string, after?: (b: BrowseView) => void): NativeMethod {
  return {
    name, setget: true, fn: (ctx, self, v) => {
      const b = browseView(ctx, self);
      const r = b as unknown as Record<string, Value>;
      if (v !== undefined) {
        r[slot] = instVar53(ctx, self, name, v, type);
        after?.(b);
      }
      return r[slot];
    },
  };
}

/** configure( [nMode] ): what is to be recomputed before the browse is next used. */
function configure(b: BrowseView, mode: Value): void {
  let m = isNum(mode) ? Math.trunc(numOr0(mode)) : 0;
  if (m === 0 || m > CONF_ALL) m = CONF_ALL;
  b.nConfigure |= m;
}

/** nTop, nLeft, nBottom, nRight: a border moves the data area one character in. */
function coord(name: string, slot: 'n_Top' | 'n_Left' | 'n_Bottom' | 'n_Right', inward: 1 | -1, min?: string): NativeMethod {
  return {
    name, setget: true, fn: (ctx, self, v) => {
      const b = browseView(ctx, self);
      const bordered = () => !blank(ctx, b.cBorder);
      if (v !== undefined) {
        const ok = min === undefined ? undefined : () => ge(ctx, v, b.call(min));
        b[slot] = instVar53(ctx, self, name.toUpperCase(), v, 'N', ok);
        if (bordered()) b[slot] = inward > 0 ? plus(ctx, b[slot], 1) : minus(ctx, b[slot], 1);
        b.call('CONFIGURE', CONF_COLUMNS);
      }
      if (bordered()) return inward > 0 ? minus(ctx, b[slot], 1) : plus(ctx, b[slot], 1);
      return b[slot];
    },
  };
}

/** border( [cBorder] ): eight box characters around the browse, or none. */
function border(b: BrowseView, v: Value): Value {
  const ctx = b.ctx;
  if (v === undefined) return b.cBorder;
  const s = instVar53(ctx, b.self, 'BORDER', v, 'C') as string;
  if (s.length === 0 || s.length === 8) {
    const had = !blank(ctx, b.cBorder);
    const has = !blank(ctx, s);
    if (had !== has) {
      const d = has ? 1 : -1;
      b.n_Top = plus(ctx, b.n_Top, d);
      b.n_Left = plus(ctx, b.n_Left, d);
      b.n_Bottom = minus(ctx, b.n_Bottom, d);
      b.n_Right = minus(ctx, b.n_Right, d);
      b.call('CONFIGURE', CONF_COLUMNS);
    }
    b.cBorder = s;
  }
  return b.cBorder;
}

function rowCount(b: BrowseView): number {
  b.configured();
  const rows = b.bottom - b.top + 1 - b.nHeadHeight - (b.lHeadSep ? 1 : 0) - b.nFootHeight - (b.lFootSep ? 1 : 0);
  return rows > 0 ? rows : 0;
}

/** A column number argument within 1 .. last (comparisons raise Harbour's errors for other types). */
function inRange(ctx: Thread, n: Value, last: number): boolean {
  return ge(ctx, n, 1) && le(ctx, n, last);
}

function freeze(b: BrowseView, n: Value): Value {
  b.configured();
  if (!isNum(n)) return b.nFrozen;
  const count = Math.trunc(numOr0(n));
  const width = b.right - b.left + 1;
  const fit = setVisibleCols(b.aColData, width, count, 0, 0);
  if (fit.frozen === count) {
    b.nFrozen = count;
    b.lFrames = true;
    b.nLastPos = 0;
    const vis = setVisibleCols(b.aColData, width, b.nFrozen, b.nLeftVisible, b.nRightVisible);
    b.nFrozen = vis.frozen;
    b.nLeftVisible = vis.left;
    b.nRightVisible = vis.right;
  }
  return count;
}

/** up(), down(), pageUp(), pageDown(): a move of one row or page (the rows shown) for the next stabilize(). */
function move(b: BrowseView, dir: 1 | -1, page = false): void {
  b.call('SETUNSTABLE');
  b.nMoveOffset += page ? dir * b.rowCount : dir;
}

/** end(), panHome(), panEnd(): the cursor to a column the browse computes once it is unstable. */
function toColumn(b: BrowseView, col: () => number): void {
  b.call('SETUNSTABLE');
  b.nColPos = col();
}

/** left() / right(): to the next column that is shown (or off either end). */
function stepColumn(b: BrowseView, d: number): void {
  b.call('SETUNSTABLE');
  for (;;) {
    b.nColPos += d;
    if (b.nColPos < 1 || b.nColPos > b.colCount || numOr0(b.aColData[b.nColPos - 1]?.[C_CELLWIDTH]) !== 0) break;
  }
}

function colorRect(b: BrowseView, rect: Value, colors: Value): void {
  const rows = b.rowCount;
  const cols = b.colCount;
  const n = (a: Value[], i: number) => numOr0(a[i]);
  if (!Array.isArray(rect) || rect.length < 4 || !rect.slice(0, 4).every(isNum)) return;
  if (n(rect, 0) < 1 || n(rect, 0) > rows || n(rect, 1) < 1 || n(rect, 1) > cols) return;
  if (n(rect, 2) < n(rect, 0) || n(rect, 2) > rows || n(rect, 3) < n(rect, 1) || n(rect, 3) > cols) return;
  if (!Array.isArray(colors) || colors.length < 2 || !isNum(colors[0]) || !isNum(colors[1])) return;
  const max = b.aColors.length;
  if (n(colors, 0) < 1 || n(colors, 0) > max || n(colors, 1) < 1 || n(colors, 1) > max) return;
  b.call('SETVISIBLE');
  for (let r = Math.trunc(n(rect, 0)); r <= n(rect, 2); r++) {
    b.call('READRECORD', r);
    for (let c = Math.trunc(n(rect, 1)); c <= n(rect, 3); c++) {
      const cell = (b.aCellColors[r - 1] as Value[])[c - 1] as Value[];
      cell[0] = colors[0];
      cell[1] = colors[1];
    }
    b.call('DISPROW', r);
  }
}

/** Init( [nTop], [nLeft], [nBottom], [nRight] ): the whole screen by default, in the current colors. */
function init(b: BrowseView, top: Value, left: Value, bottom: Value, right: Value): void {
  const ctx = b.ctx;
  b.call('_NTOP', top ?? 0);
  b.call('_NLEFT', left ?? 0);
  b.call('_NBOTTOM', bottom ?? rtl(ctx, 'MAXROW'));
  b.call('_NRIGHT', right ?? rtl(ctx, 'MAXCOL'));
  b.call('_COLORSPEC', rtl(ctx, 'SETCOLOR'));
}

const P = SCOPE_PROTECTED;

TBROWSE_CLASS.methods.push(
  { name: 'MROWPOS', setget: true, fn: bm((b) => mousePos(b).row) },
  { name: 'MCOLPOS', setget: true, fn: bm((b) => mousePos(b).col) },
  { name: 'SETSTYLE', fn: bm((b, s, v) => setStyle(b, s, v)) },
  { name: 'SETKEY', fn: (ctx: Thread, self: Value, ...a: Value[]) => setKey(browseView(ctx, self), a) },
  { name: 'APPLYKEY', fn: bm((b, k) => applyKey(b, k)) },
  { name: 'HITTEST', fn: bm((b, r, c) => hitTest(b, r, c)) },
  { name: 'NROW', setget: true, fn: state((b) => b.n_Row) },
  { name: 'NCOL', setget: true, fn: state((b) => b.n_Col) },
  { name: 'BORDER', setget: true, fn: bm((b, v) => border(b, v)) },
  typed('MESSAGE', 'cMessage', 'C'),
  coord('nTop', 'n_Top', 1),
  coord('nLeft', 'n_Left', 1),
  coord('nBottom', 'n_Bottom', -1, 'NTOP'),
  coord('nRight', 'n_Right', -1, 'NLEFT'),
  typed('HEADSEP', 'cHeadSep', 'C'),
  typed('COLSEP', 'cColSep', 'C'),
  typed('FOOTSEP', 'cFootSep', 'C'),
  typed('SKIPBLOCK', 'bSkipBlock', 'B'),
  typed('GOTOPBLOCK', 'bGoTopBlock', 'B'),
  typed('GOBOTTOMBLOCK', 'bGoBottomBlock', 'B'),
  typed('COLORSPEC', 'cColorSpec', 'C', (b) => b.call('CONFIGURE', CONF_COLORS)),
  { name: 'ROWPOS', fn: state((b) => b.nRowPos) },
  {
    name: '_ROWPOS', fn: bm((b, v) => {
      const rows = b.rowCount;
      if (!isNum(v)) {
        b.nRowPos = Math.min(rows, 1);
        return 0;
      }
      const n = Math.trunc(numOr0(v));
      b.nRowPos = n > rows ? rows : n < 1 ? 1 : n;
      return n;
    }),
  },
  { name: 'COLPOS', fn: state((b) => b.nColPos) },
  {
    name: '_COLPOS', fn: bm((b, v) => {
      b.configured();
      b.nColPos = isNum(v) ? Math.trunc(numOr0(v)) : 0;
      return b.nColPos;
    }),
  },
  { name: 'FREEZE', fn: state((b) => b.nFrozen) },
  { name: '_FREEZE', fn: bm((b, n) => freeze(b, n)) },
  ...flag('HITTOP', 'lHitTop'),
  ...flag('HITBOTTOM', 'lHitBottom'),
  ...flag('AUTOLITE', 'lAutoLite'),
  ...flag('STABLE', 'lStable'),
  {
    name: 'ADDCOLUMN', fn: bp((b, col) => {
      rtl(b.ctx, 'AADD', b.columns, col);
      b.call('CONFIGURE', CONF_COLUMNS);
    }),
  },
  {
    name: 'DELCOLUMN', fn: bm((b, n) => {
      if (!inRange(b.ctx, n, b.colCount)) return undefined;
      const col = aGet(b.ctx, b.columns, n);
      rtl(b.ctx, 'HB_ADEL', b.columns, n, true);
      b.call('CONFIGURE', CONF_COLUMNS);
      return col;
    }),
  },
  {
    name: 'INSCOLUMN', fn: bm((b, n, col) => {
      if (inRange(b.ctx, n, b.colCount + 1)) {
        rtl(b.ctx, 'HB_AINS', b.columns, n, col, true);
        b.call('CONFIGURE', CONF_COLUMNS);
      }
      return col;
    }),
  },
  {
    name: 'SETCOLUMN', fn: bm((b, n, col) => {
      if (n === undefined || col === undefined) return undefined;
      const ctx = b.ctx;
      const i = instVar53(ctx, b.self, 'COLUMN', n, 'N');
      const o = instVar53(ctx, b.self, 'COLUMN', col, 'O');
      if (!inRange(ctx, i, b.colCount)) return undefined;
      const prev = aGet(ctx, b.columns, i);
      (b.columns as Value[])[Math.trunc(numOr0(i)) - 1] = o;
      b.call('CONFIGURE', CONF_COLUMNS);
      return prev;
    }),
  },
  { name: 'GETCOLUMN', fn: bm((b, n) => (inRange(b.ctx, n, b.colCount) ? aGet(b.ctx, b.columns, n) : undefined)) },
  { name: 'ROWCOUNT', fn: bm(rowCount) },
  { name: 'COLCOUNT', fn: bm((b) => b.colCount) },
  {
    name: 'COLWIDTH', fn: bm((b, n) => {
      b.configured();
      if (isNum(n) && numOr0(n) >= 1 && numOr0(n) <= b.colCount) return b.aColData[Math.trunc(numOr0(n)) - 1][C_COLWIDTH];
      return 0;
    }),
  },
  { name: 'LEFTVISIBLE', fn: state((b) => b.nLeftVisible) },
  { name: 'RIGHTVISIBLE', fn: state((b) => b.nRightVisible) },
  { name: 'HILITE', fn: bp((b) => hilite(b, true)) },
  { name: 'DEHILITE', fn: bp((b) => hilite(b, false)) },
  { name: 'REFRESHALL', fn: bp(refreshAll) },
  {
    name: 'REFRESHCURRENT', fn: bp((b) => {
      b.call('SETUNSTABLE');
      if (b.nRowPos >= 1 && b.nRowPos <= b.rowCount) b.aCellStatus[b.nRowPos - 1] = false;
    }),
  },
  {
    name: 'FORCESTABLE', fn: bp((b) => {
      while (b.call('STABILIZE') !== true);
    }),
  },
  {
    name: 'INVALIDATE', fn: bp((b) => {
      b.call('SETUNSTABLE');
      b.lInvalid = true;
      b.lFrames = true;
    }),
  },
  { name: 'UP', fn: bp((b) => move(b, -1)) },
  { name: 'DOWN', fn: bp((b) => move(b, 1)) },
  { name: 'LEFT', fn: bp((b) => stepColumn(b, -1)) },
  { name: 'RIGHT', fn: bp((b) => stepColumn(b, 1)) },
  { name: 'PAGEUP', fn: bp((b) => move(b, -1, true)) },
  { name: 'PAGEDOWN', fn: bp((b) => move(b, 1, true)) },
  {
    name: 'HOME', fn: bp((b) => {
      b.call('SETUNSTABLE');
      b.nColPos = b.nLeftVisible < b.nRightVisible ? b.nLeftVisible : b.nRightVisible;
    }),
  },
  { name: 'END', fn: bp((b) => toColumn(b, () => b.nRightVisible)) },
  { name: 'GOTOP', fn: bp(goTop) },
  { name: 'GOBOTTOM', fn: bp(goBottom) },
  {
    name: 'PANLEFT', fn: bp((b) => {
      b.call('SETUNSTABLE');
      const p = prevColumn(b.aColData, Math.min(b.colCount, b.nLeftVisible - 1));
      if (p !== 0 && p !== b.nLeftVisible) {
        b.nRightVisible = 0;
        b.nLeftVisible = p;
      }
    }),
  },
  {
    name: 'PANRIGHT', fn: bp((b) => {
      b.call('SETUNSTABLE');
      const p = nextColumn(b.aColData, Math.max(1, b.nRightVisible + 1));
      if (p !== 0 && p !== b.nRightVisible) {
        b.nLeftVisible = 0;
        b.nRightVisible = p;
      }
    }),
  },
  { name: 'PANHOME', fn: bp((b) => toColumn(b, () => nextColumn(b.aColData, 1))) },
  { name: 'PANEND', fn: bp((b) => toColumn(b, () => prevColumn(b.aColData, b.colCount))) },
  { name: 'STABILIZE', fn: bm(stabilize) },
  { name: 'COLORRECT', fn: bp((b, r, c) => colorRect(b, r, c)) },
  { name: 'CONFIGURE', fn: bp((b, m) => configure(b, m)) },
  { name: 'INIT', fn: bp((b, t, l, bt, r) => init(b, t, l, bt, r)) },
  // the engine's steps, protected as in Harbour
  { name: 'DOCONFIGURE', fn: bp(doConfigure), scope: P },
  { name: 'SETUNSTABLE', fn: bp(setUnstable), scope: P },
  { name: 'SETPOSITION', fn: bp(setPosition), scope: P },
  { name: 'READRECORD', fn: bm((b, r) => readRecord(b, numOr0(r))), scope: P },
  { name: 'SETVISIBLE', fn: bp(setVisible), scope: P },
  { name: 'SETCURSORPOS', fn: bm(setCursorPos), scope: P },
  { name: 'SCROLLBUFFER', fn: bp((b, n) => scrollBuffer(b, numOr0(n))), scope: P },
  { name: 'COLORVALUE', fn: bm((b, i) => colorValue(b, i)), scope: P },
  { name: 'CELLVALUE', fn: bm((b, r, c) => cellValue(b, numOr0(r), numOr0(c))), scope: P },
  { name: 'CELLCOLOR', fn: bm((b, r, c) => cellColor(b, numOr0(r), numOr0(c))), scope: P },
  {
    name: 'DISPFRAMES', fn: bp((b) => {
      // headings, footings and separators: nothing a stream terminal shows
      b.configured();
      b.lFrames = false;
    }), scope: P,
  },
  {
    name: 'DISPROW', fn: bp((b, r) => {
      const row = numOr0(r);
      if (row >= 1 && row <= b.rowCount) b.aDispStatus[row - 1] = false;
    }), scope: P,
  },
);
