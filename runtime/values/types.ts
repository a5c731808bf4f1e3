// Harbour values as JavaScript values.
//
//   NIL        undefined
//   Logical    boolean
//   Numeric    number (an integer with Harbour's default width) or HbNum
//              (any value that carries its own width or decimals)
//   Character  string, one JS char per byte (0-255)
//   Date       HbDate          Timestamp  HbTimestamp
//   Array      HbArray (a JS array)       Hash  HbHash
//   Codeblock  Block (a JS function)      Object  HbObject
//   Symbol     HbSymbol                   Pointer  HbPointer
//
// The common cases (integers, strings, logicals, NIL) are JS primitives so
// that compiled code handles them without allocation; `typeof` tells them
// apart in one check.

import type { Thread } from '../vm/thread.js';
import type { HbClass } from '../classes/class.js';
import type { FuncSym } from '../vm/symbols.js';

export type Value =
  | undefined
  | boolean
  | number
  | string
  | HbNum
  | HbDate
  | HbTimestamp
  | HbArray
  | HbHash
  | Block
  | HbObject
  | HbSymbol
  | HbPointer;

export type HbArray = Value[];

/** A codeblock: compiled code of `{| params | exprs }`, called with the thread that evaluates it. */
export type Block = (ctx: Thread, ...args: Value[]) => Value;

/**
 * A numeric value that carries its display width and decimals, e.g. 1.50
 * (dec 2), 10/4 (dec from SET DECIMALS), a field N(8,2), Val("12").
 * Immutable: operations build new values; number.ts has the normal form.
 */
export class HbNum {
  // The value classes declare their fields without initialisers and set
  // them in the constructor: no field-definition step per allocation, which
  // counts before the code that makes them is optimised.
  declare readonly n: number;
  /**
   * display width of the part before the decimal point (sign included),
   * as Harbour keeps it: Str() shows len + 1 + dec characters; 0 = derive
   * from the value (Harbour's default width)
   */
  declare readonly len: number;
  declare readonly dec: number;
  constructor(n: number, len: number, dec: number) {
    this.n = n;
    this.len = len;
    this.dec = dec;
  }
}

// V8 gives an object field the narrowest representation its first values
// allow (small integers) and changes the layout of every such object, with
// the code that relied on it, when a double comes; a double field also
// boxes each read before the code is optimised. One item made with a
// non-number value gives `n` the general representation from the start.
new HbNum(undefined as unknown as number, 0, 0);

/**
 * An integer beyond 2^53 held exactly, as Harbour's 64-bit integers are
 * (literals, and + - * of integers); `n` is the nearest double for every
 * operation that does not need the exact digits.
 */
export class HbLong extends HbNum {
  declare readonly big: bigint;
  constructor(big: bigint, len = 0) {
    super(Number(big), len, 0);
    this.big = big;
  }
}

/** A date as a Julian day number; 0 is the empty date. */
export class HbDate {
  declare readonly jd: number;
  constructor(jd: number) {
    this.jd = jd;
  }
}

/** A timestamp: Julian day and milliseconds since midnight. */
export class HbTimestamp {
  declare readonly jd: number;
  declare readonly ms: number;
  constructor(jd: number, ms: number) {
    this.jd = jd;
    this.ms = ms;
  }
}

/**
 * Harbour's hash: keys are strings, numbers, dates, timestamps or pointers.
 * The key map uses a normalised JS key (see hash.ts); entries keep the
 * original key value.
 */
export class HbHash {
  keys: Value[] = [];
  values: Value[] = [];
  /** normalised key -> position in keys/values */
  index = new Map<string | number, number>();
  /**
   * Normalised keys shared by more than one pair (a hash made
   * case-insensitive that holds "a" and "A"): those are looked up as
   * Harbour's binary search finds them. Null while there are none.
   */
  shared: Set<string | number> | null = null;
  /** hb_HAutoAdd / hb_HDefault / hb_HCaseMatch / hb_HBinary / hb_HKeepOrder state */
  flags = HASH_DEFAULT_FLAGS;
  defaultValue: Value = undefined;
}

// hash flag bits (facts from Harbour's hbapi.h)
export const HASH_AUTOADD_ACCESS = 0x01;
export const HASH_AUTOADD_ASSIGN = 0x02;
export const HASH_AUTOADD_MASK = 0x03;
export const HASH_RESORT = 0x08;
export const HASH_IGNORECASE = 0x10;
export const HASH_BINARY = 0x20;
export const HASH_KEEPORDER = 0x40;
export const HASH_DEFAULT_FLAGS = HASH_AUTOADD_ASSIGN | HASH_BINARY | HASH_KEEPORDER;

/** An instance of a Harbour class: its class and its instance variables. */
export class HbObject {
  constructor(
    public cls: HbClass,
    public vars: Value[],
  ) {}
}

/** A function reference: `@Func()` or a symbol from the symbol table. */
export class HbSymbol {
  constructor(readonly sym: FuncSym) {}
}

/** An opaque pointer (hb_IsPointer): wraps any host object. */
export class HbPointer {
  constructor(readonly target: unknown, readonly tag: string = '') {}
}

/** A reference made by `@var` or `@arr[i]`: reads and writes go through it. */
export class HbRef {
  constructor(
    readonly get: () => Value,
    readonly set: (v: Value) => void,
  ) {}
}

/** Harbour's ValType() letter of a value. */
export function valType(v: Value): string {
  switch (typeof v) {
    case 'undefined': return 'U';
    case 'boolean': return 'L';
    case 'number': return 'N';
    case 'string': return 'C';
    case 'function': return 'B';
  }
  if (v instanceof HbNum) return 'N';
  if (Array.isArray(v)) return 'A';
  if (v instanceof HbDate) return 'D';
  if (v instanceof HbTimestamp) return 'T';
  if (v instanceof HbHash) return 'H';
  if (v instanceof HbObject) return 'O';
  if (v instanceof HbSymbol) return 'S';
  return 'P';
}

export function isNumeric(v: Value): v is number | HbNum {
  return typeof v === 'number' || v instanceof HbNum;
}

/** The JS number of a numeric value (callers check isNumeric first). */
export function numOf(v: number | HbNum): number {
  return typeof v === 'number' ? v : v.n;
}

export function isDateLike(v: Value): v is HbDate | HbTimestamp {
  return v instanceof HbDate || v instanceof HbTimestamp;
}
