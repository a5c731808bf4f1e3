// The instance area of class TBrowse (Clipper's eighteen variables first,
// then the browse engine's state) and named access to it. The engine keeps
// per-column data in aColData, one array per column indexed by the C_*
// constants below, and a row buffer (cell values and colors, read and
// displayed flags) of rowCount rows.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Value } from '../runtime/values/types.js';
import { SlotView, defineSlots, nativeClass, send, type NativeClassDef, type NativeVar } from '../runtime/classes/native.js';
import { SCOPE_EXPORTED, SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import { numOr0 } from './get-view.js';

const P = SCOPE_PROTECTED;
const noop = () => undefined;

const TBROWSE_VARS: readonly NativeVar[] = [
  { name: 'cargo', scope: SCOPE_EXPORTED },
  { name: 'n_Top', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'n_Left', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'n_Bottom', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'n_Right', scope: P, init: 0, type: 'NUMERIC' },
  { name: 'columns', scope: P, init: [], type: 'ARRAY' },
  { name: 'cHeadSep', scope: P, init: '', type: 'CHARACTER' },
  { name: 'cColSep', scope: P, init: ' ', type: 'CHARACTER' },
  { name: 'cFootSep', scope: P, init: '', type: 'CHARACTER' },
  { name: 'cColorSpec', scope: P, type: 'CHARACTER' },
  { name: 'bSkipBlock', scope: P, init: noop, type: 'BLOCK' },
  { name: 'bGoTopBlock', scope: P, init: noop, type: 'BLOCK' },
  { name: 'bGoBottomBlock', scope: P, init: noop, type: 'BLOCK' },
  { name: 'dummy', scope: P, init: '' },
  { name: 'cBorder', scope: P, type: 'CHARACTER' },
  { name: 'cMessage', scope: P },
  { name: 'keys', scope: P, type: 'ARRAY' },
  { name: 'styles', scope: P, type: 'ARRAY' },
  { name: 'nRowPos', scope: P, init: 1, type: 'INTEGER' },
  { name: 'nColPos', scope: P, init: 1, type: 'INTEGER' },
  { name: 'nLeftVisible', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nRightVisible', scope: P, init: 0, type: 'INTEGER' },
  { name: 'n_Row', scope: P, init: 0, type: 'INTEGER' },
  { name: 'n_Col', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nHeadHeight', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nFootHeight', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nFrozen', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nBufferPos', scope: P, init: 1, type: 'INTEGER' },
  { name: 'nMoveOffset', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nLastRow', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nLastScroll', scope: P, init: 0, type: 'INTEGER' },
  { name: 'nConfigure', scope: P, init: 3, type: 'INTEGER' },
  { name: 'nLastPos', scope: P, init: 0, type: 'INTEGER' },
  { name: 'lHitTop', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lHitBottom', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lHiLited', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lAutoLite', scope: P, init: true, type: 'LOGICAL' },
  { name: 'lStable', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lInvalid', scope: P, init: true, type: 'LOGICAL' },
  { name: 'lRefresh', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lFrames', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lHeadSep', scope: P, init: false, type: 'LOGICAL' },
  { name: 'lFootSep', scope: P, init: false, type: 'LOGICAL' },
  { name: 'aColData', scope: P, init: [], type: 'ARRAY' },
  { name: 'aColors', scope: P, init: [], type: 'ARRAY' },
  { name: 'aDispStatus', scope: P, init: [], type: 'ARRAY' },
  { name: 'aCellStatus', scope: P, init: [], type: 'ARRAY' },
  { name: 'aCellValues', scope: P, init: [], type: 'ARRAY' },
  { name: 'aCellColors', scope: P, init: [], type: 'ARRAY' },
];

// what aColData keeps of each column (0-based)
export const C_OBJECT = 0;
export const C_COLWIDTH = 1;
/** screen column of a visible column; NIL when it is not shown */
export const C_COLPOS = 2;
export const C_CELLWIDTH = 3;
/** offset of the value within the column (numbers right, logicals centered) */
export const C_CELLPOS = 4;
export const C_COLSEP = 5;
export const C_SEPWIDTH = 6;
export const C_HEADING = 7;
export const C_FOOTING = 8;
export const C_HEADSEP = 9;
export const C_FOOTSEP = 10;
export const C_DEFCOLOR = 11;
/** blank space in front of the first unfrozen column */
export const C_FROZENSPACE = 12;
/** space after (or, negative, cut off) the last visible column */
export const C_LASTSPACE = 13;
export const C_SIZE = 14;

// the browse's colors (1-based, as colorValue() takes them)
export const CLR_STANDARD = 1;
export const CLR_SELECTED = 2;
export const CLR_MAX = 4;

// what configure() marks for reconfiguring
export const CONF_COLORS = 1;
export const CONF_COLUMNS = 2;
export const CONF_ALL = 3;

export type ColData = Value[];

export class BrowseView extends SlotView {
  declare n_Top: Value;
  declare n_Left: Value;
  declare n_Bottom: Value;
  declare n_Right: Value;
  declare columns: Value;
  declare cHeadSep: Value;
  declare cColSep: Value;
  declare cFootSep: Value;
  declare cColorSpec: Value;
  declare bSkipBlock: Value;
  declare bGoTopBlock: Value;
  declare bGoBottomBlock: Value;
  declare cBorder: Value;
  declare cMessage: Value;
  declare keys: Value;
  declare styles: Value;
  declare nRowPos: number;
  declare nColPos: number;
  declare nLeftVisible: number;
  declare nRightVisible: number;
  declare n_Row: number;
  declare n_Col: number;
  declare nHeadHeight: number;
  declare nFootHeight: number;
  declare nFrozen: number;
  declare nBufferPos: number;
  declare nMoveOffset: number;
  declare nLastRow: number;
  declare nLastScroll: number;
  declare nConfigure: number;
  declare nLastPos: number;
  declare lHitTop: boolean;
  declare lHitBottom: boolean;
  declare lHiLited: boolean;
  declare lAutoLite: boolean;
  declare lStable: boolean;
  declare lInvalid: boolean;
  declare lRefresh: boolean;
  declare lFrames: boolean;
  declare lHeadSep: boolean;
  declare lFootSep: boolean;
  declare aColData: ColData[];
  declare aColors: Value[];
  declare aDispStatus: Value[];
  declare aCellStatus: Value[];
  declare aCellValues: Value[];
  declare aCellColors: Value[];

  constructor(
    readonly ctx: Thread,
    self: HbObject,
  ) {
    super(self, nativeClass(ctx, TBROWSE_CLASS));
  }

  /** The columns added (an array, whatever a program put there). */
  get cols(): Value[] {
    return Array.isArray(this.columns) ? this.columns : [];
  }

  get colCount(): number {
    return this.cols.length;
  }

  /** Screen coordinates as whole numbers. */
  get top(): number {
    return Math.trunc(numOr0(this.n_Top));
  }

  get left(): number {
    return Math.trunc(numOr0(this.n_Left));
  }

  get bottom(): number {
    return Math.trunc(numOr0(this.n_Bottom));
  }

  get right(): number {
    return Math.trunc(numOr0(this.n_Right));
  }

  /** A message to the browse itself (an heir's override runs). */
  call(msg: string, ...args: Value[]): Value {
    return send(this.ctx, this.self, msg, ...args);
  }

  /** The reconfiguration a changed setting asked for, done before the state is used. */
  configured(): void {
    if (this.nConfigure !== 0) this.call('DOCONFIGURE');
  }

  get rowCount(): number {
    return numOr0(this.call('ROWCOUNT'));
  }
}
defineSlots(BrowseView, TBROWSE_VARS);

export const TBROWSE_CLASS: NativeClassDef = { name: 'TBROWSE', vars: TBROWSE_VARS, methods: [] };

export function browseView(ctx: Thread, self: Value): BrowseView {
  return new BrowseView(ctx, self as HbObject);
}

/** A number kept in a column's data. */
export function cn(col: ColData, i: number): number {
  return numOr0(col[i]);
}
