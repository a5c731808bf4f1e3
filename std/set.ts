// Set(), __SetCentury() and SetCancel(): read a SET value and, when a new
// one is passed, convert and check it the way Harbour does for that SET.
//
// Set( n ) returns the current value; Set( n, x ) returns it and stores
// the new one. The conversions: a logical SET takes .T./.F. or a string
// starting with "ON"/"OFF" (anything else leaves it unchanged); a numeric
// SET takes a number (truncated) and some reject negative ones with error
// BASE/2020; a string SET takes a string, and NIL stores "". Unknown SET
// numbers return NIL.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { getOutputFileHook } from '../runtime/vm/sets.js';
import { findCodepage } from '../runtime/cdp/registry.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { isKnownLanguage } from '../runtime/lang.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, intVal, isNum, plainError } from './param.js';

// the SET numbers of set.ch that need their own handling
const S_DATEFORMAT = 4;
const S_TYPEAHEAD = 14;
const S_COLOR = 15;
const S_CURSOR = 16;
const S_ALTFILE = 19;
const S_DEVICE = 20;
const S_EXTRAFILE = 22;
const S_PRINTFILE = 24;
const S_EXIT = 30;
const S_LANGUAGE = 100;
const S_FILECASE = 102;
const S_DIRCASE = 103;
const S_DIRSEPARATOR = 104;
const S_HBOUTLOG = 112;
const S_CODEPAGE = 114;
const S_OSCODEPAGE = 115;
const S_DBCODEPAGE = 117;

/** SETs whose value is a logical. */
const LOGICAL = new Set([
  1, 2, 8, 9, 10, 11, 12, 13, 17, 18, 21, 23, 26, 27, 28, 29, S_EXIT, 31, 32, 33, 35, 37, 38, 43, 44, 45,
  101, 105, 106, 107, 109, 111,
]);
/** SETs whose value is a number that may not be negative. */
const COUNT = new Set([3, 5, 25, 36, 39, 41, 46, 47, 108]);
/** SETs whose value is a string (NIL stores ""). */
const STRING = new Set([S_DATEFORMAT, 6, 7, 34, 42, 110, 113, 116]);
const VIDEOMODE = 40;

/** The printer a Unix system prints to when SET PRINTER TO names none. */
const DEFAULT_PRINTER = '|lpr';

/** A logical SET's new value: a logical, or a string beginning "ON" or "OFF"; else `old`. */
export function setLogical(v: Value, old: boolean): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && v.length >= 2 && (v.charCodeAt(0) | 32) === 111) {
    const c1 = v.charCodeAt(1) | 32;
    if (c1 === 110) return true;
    if (c1 === 102 && v.length >= 3 && (v.charCodeAt(2) | 32) === 102) return false;
  }
  return old;
}

/** SET CENTURY: switches the year of SET DATE FORMAT between two and four digits. */
export function setCentury(ctx: Thread, on: boolean): boolean {
  const sets = ctx.sets;
  const old = sets.century;
  sets.century = on;
  if (old !== on) {
    // the format is upper-cased and its first run of Y's rewritten
    const format = (sets.get(S_DATEFORMAT) as string).toUpperCase();
    let start = format.indexOf('Y');
    let stop: number;
    if (start < 0) {
      start = 0;
      stop = 0;
    } else {
      stop = start;
      while (stop < format.length && format.charCodeAt(stop) === 89) stop++;
    }
    sets.put(S_DATEFORMAT, format.slice(0, start) + (on ? 'YYYY' : 'YY') + format.slice(stop));
  }
  return old;
}

/** The number of Y's in the first run of them: four or more mean SET CENTURY ON. */
function yearDigits(format: string): number {
  let n = 0;
  for (let i = 0; i < format.length; i++) {
    if ((format.charCodeAt(i) | 32) === 121) n++;
    else if (n > 0) break;
  }
  return n;
}

/** SET FILECASE / SET DIRCASE: "LOWER", "UPPER", "MIXED" or 1, 2, 0. */
function caseValue(v: Value): number | undefined {
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    return u === 'LOWER' ? 1 : u === 'UPPER' ? 2 : u === 'MIXED' ? 0 : undefined;
  }
  if (isNum(v)) {
    const n = intVal(v);
    return n >= 0 && n <= 2 ? n : undefined;
  }
  return undefined;
}

/** Set(_SET_COLOR) and Set(_SET_CURSOR) are SetColor() and SetCursor() when the console provides them. */
function viaConsole(ctx: Thread, n: number, fn: string, hasArg: boolean, arg: Value, accepts: boolean): Value {
  const sym = ctx.vm.syms.findFunc(fn);
  if (sym !== undefined) return hasArg && accepts ? sym.fn(ctx, arg) : sym.fn(ctx);
  const old = ctx.sets.get(n);
  if (hasArg && accepts) ctx.sets.put(n, arg);
  return old;
}

/** The SET ... TO file SETs: the console opens the file, the name (or '') is stored. */
function outputFile(ctx: Thread, n: number, name: string, additive: Value): void {
  const hook = getOutputFileHook();
  let stored = hook !== undefined ? hook(ctx, n, name, setLogical(additive, false)) : name;
  if (n === S_PRINTFILE && stored === '') stored = DEFAULT_PRINTER;
  ctx.sets.put(n, stored);
}

/** The code page with id `id`; an unknown id raises BASE/1302 for function `fn`. */
export function codepageOrError(ctx: Thread, fn: string, id: string, args: IArguments): Codepage | undefined {
  const cp = findCodepage(id);
  if (cp === undefined) plainError(ctx, fn, 1302, baseArgs(args));
  return cp;
}

/** Set( n [, x [, y ]] ) for `hasArg` = whether x was passed. */
function set(ctx: Thread, n: number, hasArg: boolean, x: Value, y: Value, args: IArguments): Value {
  const sets = ctx.sets;
  const old = sets.get(n);
  const error = () => plainError(ctx, 'SET', 2020, baseArgs(args));
  if (LOGICAL.has(n)) {
    if (hasArg) sets.put(n, setLogical(x, old as boolean));
    return old;
  }
  if (COUNT.has(n)) {
    if (hasArg && isNum(x)) {
      const v = intVal(x);
      if (v < 0) error();
      else sets.put(n, v);
    }
    return old;
  }
  if (STRING.has(n)) {
    if (hasArg && (typeof x === 'string' || x === undefined)) {
      const s = x === undefined ? '' : x.slice(0, 65535);
      sets.put(n, s);
      if (n === S_DATEFORMAT) sets.century = yearDigits(s) >= 4;
    }
    return old;
  }
  switch (n) {
    case VIDEOMODE:
      if (hasArg && isNum(x)) sets.put(n, intVal(x));
      return old;
    case S_TYPEAHEAD:
      if (hasArg && isNum(x)) {
        const v = intVal(x);
        sets.put(n, v === 0 ? 0 : v < 16 ? 16 : v > 4096 ? 4096 : v);
      }
      return old;
    case S_COLOR:
      return viaConsole(ctx, n, 'SETCOLOR', hasArg, x, typeof x === 'string');
    case S_CURSOR:
      return viaConsole(ctx, n, 'SETCURSOR', hasArg, x, isNum(x));
    case S_ALTFILE:
    case S_EXTRAFILE:
    case S_PRINTFILE:
      if (hasArg && typeof x === 'string') outputFile(ctx, n, x, y);
      return old;
    case S_DEVICE:
      if (hasArg && typeof x === 'string') sets.put(n, x);
      return old;
    case S_HBOUTLOG:
      if (hasArg && (typeof x === 'string' || x === undefined)) sets.put(n, x === undefined ? undefined : x.slice(0, 65535));
      return old;
    case S_LANGUAGE:
      if (hasArg) {
        if (typeof x !== 'string') error();
        else if (isKnownLanguage(x)) sets.put(n, 'en');
        else plainError(ctx, 'SET', 1303, baseArgs(args));
      }
      return old;
    case S_CODEPAGE:
      if (hasArg) {
        if (typeof x !== 'string') error();
        else {
          const cp = codepageOrError(ctx, 'SET', x, args);
          if (cp !== undefined) sets.put(n, cp.id);
        }
      }
      return old;
    case S_OSCODEPAGE:
    case S_DBCODEPAGE:
      if (hasArg) {
        if (x === undefined) sets.put(n, undefined);
        else if (typeof x !== 'string') error();
        else {
          const cp = codepageOrError(ctx, 'SET', x, args);
          if (cp !== undefined) sets.put(n, cp.id);
        }
      }
      return old;
    case S_FILECASE:
    case S_DIRCASE:
      if (hasArg) {
        const v = caseValue(x);
        if (v === undefined) error();
        else sets.put(n, v);
      }
      return old;
    case S_DIRSEPARATOR:
      if (hasArg && typeof x === 'string' && x.length > 0) sets.put(n, x[0]);
      return old;
  }
  return undefined;
}

export const functions: StdModule = {
  SET(ctx, n, x, y) {
    n = deref(n);
    if (!isNum(n)) return undefined;
    return set(ctx, intVal(n), arguments.length > 2, deref(x), deref(y), arguments);
  },
  __SETCENTURY(ctx, on) {
    const old = ctx.sets.century;
    if (arguments.length > 1) setCentury(ctx, setLogical(deref(on), old));
    return old;
  },
  SETCANCEL(ctx, on) {
    const old = ctx.sets.get(12);
    on = deref(on);
    if (typeof on === 'boolean') ctx.sets.put(12, on);
    return old;
  },
};
