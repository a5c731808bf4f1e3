// The instance area of class GET (Harbour's order: the Clipper-compatible
// slots first, then the exported read-only variables, then the editor's
// private state) and named access to it for the methods, with the small
// helpers the editing code shares.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbObject, type Value } from '../runtime/values/types.js';
import type { HbClass } from '../runtime/classes/class.js';
import { SlotView, defineSlots, nativeClass, type NativeClassDef, type NativeVar } from '../runtime/classes/native.js';
import { SCOPE_EXPORTED, SCOPE_HIDDEN, SCOPE_PROTECTED, SCOPE_READONLY } from '../runtime/classes/scope-bits.js';
import { stuff, subStr } from './strings.js';

const P = SCOPE_PROTECTED;
const RO = SCOPE_EXPORTED | SCOPE_READONLY;

const GET_VARS: readonly NativeVar[] = [
  { name: 'bBlock', scope: P },
  { name: 'xSubScript', scope: P },
  { name: 'cPicture', scope: P },
  { name: 'bPostBlock', scope: P },
  { name: 'bPreBlock', scope: P },
  { name: 'xCargo', scope: P },
  { name: 'cName', scope: P },
  { name: 'cInternal1', scope: P | SCOPE_HIDDEN },
  { name: 'xExitState', scope: P },
  { name: 'bReader', scope: P },
  { name: 'oControl', scope: P },
  { name: 'cCaption', scope: P, init: '' },
  { name: 'nCapCol', scope: P, init: 0 },
  { name: 'nCapRow', scope: P, init: 0 },
  { name: 'cMessage', scope: P, init: '' },
  { name: 'nDispLen', scope: P },
  { name: 'cType', scope: P },
  { name: 'cBuffer', scope: P },
  { name: 'xVarGet', scope: P },
  { name: 'decPos', scope: RO, init: 0 },
  { name: 'hasFocus', scope: RO, init: false },
  { name: 'original', scope: RO },
  { name: 'rejected', scope: RO, init: false },
  { name: 'typeOut', scope: RO, init: false },
  { name: 'cColorSpec', scope: P },
  { name: 'nPos', scope: P, init: 0 },
  { name: 'lChanged', scope: P, init: false },
  { name: 'lClear', scope: P, init: false },
  { name: 'nRow', scope: P },
  { name: 'nCol', scope: P },
  { name: 'lRejected', scope: P, init: false },
  { name: 'lHideInput', scope: P, init: false },
  { name: 'cStyle', scope: P, init: '*' },
  { name: 'nMaxLen', scope: P },
  { name: 'lEdit', scope: P, init: false },
  { name: 'nDispPos', scope: P, init: 1 },
  { name: 'nOldPos', scope: P, init: 0 },
  { name: 'nMaxEdit', scope: P },
  { name: 'lMinus', scope: P, init: false },
  { name: 'lMinus2', scope: P, init: false },
  { name: 'lMinusPrinted', scope: P, init: false },
  { name: 'lSuppDisplay', scope: P, init: false },
  { name: 'nPicLen', scope: P },
  { name: 'cPicMask', scope: P, init: '' },
  { name: 'cPicFunc', scope: P, init: '' },
  { name: 'lPicComplex', scope: P, init: false },
  { name: 'lPicBlankZero', scope: P, init: false },
];

/**
 * A Get object's variables by name. The editor's own state holds what its
 * methods put there (PRG heirs may store other things in the protected
 * variables, as they may in Harbour).
 */
export class GetView extends SlotView {
  declare bBlock: Value;
  declare xSubScript: Value;
  declare cPicture: Value;
  declare bPostBlock: Value;
  declare bPreBlock: Value;
  declare xCargo: Value;
  declare cName: Value;
  declare xExitState: Value;
  declare bReader: Value;
  declare oControl: Value;
  declare cCaption: string;
  declare nCapCol: Value;
  declare nCapRow: Value;
  declare cMessage: string;
  declare nDispLen: number | undefined;
  declare cType: string | undefined;
  declare cBuffer: Value;
  declare xVarGet: Value;
  declare decPos: number;
  declare hasFocus: boolean;
  declare original: Value;
  declare rejected: boolean;
  declare typeOut: boolean;
  declare cColorSpec: Value;
  declare nPos: number;
  declare lChanged: boolean;
  declare lClear: boolean;
  declare nRow: Value;
  declare nCol: Value;
  declare lHideInput: boolean;
  declare cStyle: string;
  declare nMaxLen: number | undefined;
  declare lEdit: boolean;
  declare nOldPos: number;
  declare nMaxEdit: number | undefined;
  declare lMinus: boolean;
  declare lMinus2: boolean;
  declare lMinusPrinted: boolean;
  declare lSuppDisplay: boolean;
  declare nPicLen: number | undefined;
  declare cPicMask: string;
  declare cPicFunc: string;
  declare lPicComplex: boolean;
  declare lPicBlankZero: boolean;

  constructor(
    readonly ctx: Thread,
    self: HbObject,
    cls: HbClass,
  ) {
    super(self, cls);
  }

  /** The edit buffer (a string whenever the Get has focus). */
  get buf(): string {
    return typeof this.cBuffer === 'string' ? this.cBuffer : '';
  }

  get maxLen(): number {
    return this.nMaxLen ?? 0;
  }

  get maxEdit(): number {
    return this.nMaxEdit ?? 0;
  }
}
defineSlots(GetView, GET_VARS);

/** The class definition; its methods are filled in by get-class.ts. */
export const GET_CLASS: NativeClassDef = { name: 'GET', vars: GET_VARS, methods: [] };

/** The view of a Get object (an heir's object included). */
export function getView(ctx: Thread, self: Value): GetView {
  return new GetView(ctx, self as HbObject, nativeClass(ctx, GET_CLASS));
}

// ---- helpers ---------------------------------------------------------------

/** A runtime-library function by name (its full argument handling included). */
export function rtl(ctx: Thread, name: string, ...args: Value[]): Value {
  return ctx.vm.syms.func(name).fn(ctx, ...args);
}

/** The character at 1-based position `p`, as SubStr( s, p, 1 ) gives it. */
export function charAt(s: string, p: number): string {
  return subStr(s, p, 1, false);
}

/** Harbour's `sub $ s`: an empty string is in nothing. */
export function has(s: string, sub: string): boolean {
  return sub !== '' && s.includes(sub);
}

/** Stuff( s, pos, del, ins ). */
export function stuffAt(s: string, pos: number, del: number, ins: string): string {
  return stuff(s, pos, del, ins, false);
}

/** Empty() of a string: nothing but blanks, tabs and line ends. */
export function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

export function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

export function isDigitChar(c: string): boolean {
  return c.length > 0 && c.charCodeAt(0) >= 48 && c.charCodeAt(0) <= 57;
}

/** Int() of a number as a JS integer. */
export function intOf(v: number | HbNum): number {
  return Math.trunc(typeof v === 'number' ? v : v.n);
}

export function isNum(v: Value): v is number | HbNum {
  return typeof v === 'number' || v instanceof HbNum;
}

/** A JS number of a numeric value, 0 otherwise (for screen positions). */
export function numOr0(v: Value): number {
  return typeof v === 'number' ? v : v instanceof HbNum ? v.n : 0;
}
