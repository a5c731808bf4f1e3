// Types of values: Empty, the hb_Is*() family, hb_IsNull, hb_default,
// hb_defaultValue, __defaultNIL, Type(), and Descend() (the key that sorts
// a value of any type in reverse).

import type { Thread } from '../runtime/vm/thread.js';
import {
  HbArray, HbDate, HbHash, HbNum, HbObject, HbPointer, HbRef, HbSymbol, HbTimestamp, valType, type Value,
} from '../runtime/values/types.js';
import { macroSource, parseMacro } from '../compiler/macro.js';
import { walkExpr } from '../compiler/walk.js';
import type { Expr } from '../compiler/ast.js';
import { int32Width, mkNum } from '../runtime/values/number.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, substError } from './param.js';

/** Empty(): blanks-only strings, zero, empty date, .F., NIL, no elements ... */
export function isEmpty(v: Value): boolean {
  switch (typeof v) {
    case 'undefined': return true;
    case 'boolean': return !v;
    case 'number': return v === 0;
    case 'function': return false;
    case 'string': {
      for (let i = v.length - 1; i >= 0; i--) {
        const c = v.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
      }
      return true;
    }
  }
  if (v instanceof HbNum) return v.n === 0;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof HbDate) return v.jd === 0;
  if (v instanceof HbTimestamp) return v.jd === 0 && v.ms === 0;
  if (v instanceof HbHash) return v.keys.length === 0;
  if (v instanceof HbObject) return v.vars.length === 0;
  if (v instanceof HbSymbol) return !v.sym.defined;
  if (v instanceof HbPointer) return v.target === null || v.target === undefined;
  return true;
}

/** Whether `a` and `b` are of the same type, as hb_default() compares them (dates and timestamps are one). */
export function sameType(a: Value, b: Value): boolean {
  const ta = valType(a);
  const tb = valType(b);
  return ta === tb || (ta === 'D' && tb === 'T') || (ta === 'T' && tb === 'D');
}

// ---- Type() -------------------------------------------------------------

/**
 * The functions whose result type Type() may evaluate (Clipper's reserved
 * functions, sorted), with the shortest abbreviation each accepts (0: only
 * the full name). Any other function makes the type "UI".
 */
const RESERVED: ReadonlyArray<[string, number]> = [
  ['AADD', 0], ['ABS', 0], ['ASC', 0], ['AT', 0], ['BOF', 0], ['BREAK', 4], ['CDOW', 0], ['CHR', 0],
  ['CMONTH', 4], ['COL', 0], ['CTOD', 0], ['DATE', 0], ['DAY', 0], ['DBSELECTAREA', 0], ['DELETED', 4],
  ['DEVPOS', 4], ['DOW', 0], ['DTOC', 0], ['DTOS', 0], ['EMPTY', 4], ['EOF', 0], ['EXP', 0], ['FCOUNT', 4],
  ['FIELDNAME', 4], ['FLOCK', 4], ['FOUND', 4], ['INKEY', 4], ['INT', 0], ['LASTREC', 4], ['LEFT', 0],
  ['LEN', 0], ['LOCK', 0], ['LOG', 0], ['LOWER', 4], ['LTRIM', 4], ['MAX', 0], ['MIN', 0], ['MONTH', 4],
  ['PCOL', 0], ['PCOUNT', 4], ['PROW', 0], ['QSELF', 4], ['RECCOUNT', 4], ['RECNO', 4], ['REPLICATE', 4],
  ['RLOCK', 4], ['ROUND', 4], ['ROW', 0], ['RTRIM', 4], ['SECONDS', 4], ['SELECT', 4], ['SETPOS', 4],
  ['SETPOSBS', 4], ['SPACE', 4], ['SQRT', 0], ['STR', 0], ['SUBSTR', 4], ['TIME', 0], ['TRANSFORM', 4],
  ['TRIM', 0], ['TYPE', 0], ['UPPER', 4], ['VAL', 0], ['VALTYPE', 4], ['WORD', 0], ['YEAR', 0],
];

/** The reserved function a name stands for (its full name, or an accepted abbreviation), if any. */
export function reservedFunction(name: string): string | undefined {
  const u = name.toUpperCase();
  // the first entry not below the name: equal, or a name it abbreviates
  let lo = 0;
  let hi = RESERVED.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (u <= RESERVED[mid][0]) hi = mid;
    else lo = mid + 1;
  }
  const [full, minLen] = RESERVED[lo];
  if (u === full) return full;
  if (u < full && minLen > 0 && u.length >= minLen && full.startsWith(u)) return full;
  return undefined;
}

/** Raised by Type()'s error block: the expression failed with this error code. */
class TypeProbeFailure {
  constructor(readonly genCode: number) {}
}

const EG_NOVAR = 14;
const EG_NOALIAS = 15;

/**
 * Type( cExpr ): compile the text; a codeblock is "B", a call of an
 * unknown function "U", of a user function "UI"; otherwise evaluate it:
 * its ValType(), "U" when it needs a variable or alias that does not
 * exist, "UE" on any other error (or when it does not compile).
 */
function typeOf(ctx: Thread, text: string): string {
  let e: Expr;
  try {
    e = parseMacro(text);
  } catch {
    return 'UE';
  }
  if (e.k === 'block') return 'B';
  let unknown = false;
  let udf = false;
  walkExpr(e, (x) => {
    if (x.k !== 'call') return;
    const reserved = reservedFunction(x.name);
    if (ctx.vm.syms.findFunc(reserved ?? x.name) === undefined) unknown = true;
    else if (reserved === undefined) udf = true;
    // an abbreviation (CMon, SubS ...) calls the reserved function it abbreviates
    else x.name = reserved;
  });
  if (unknown) return 'U';
  if (udf) return 'UI';
  let fn: (ctx: Thread) => Value;
  try {
    fn = ctx.vm.linkMacro(macroSource(e, undefined, false, text)) as (ctx: Thread) => Value;
  } catch {
    return 'UE';
  }
  const sp = ctx.sp;
  const oldBlock = ctx.errorBlock;
  ctx.errorBlock = (_c: Thread, err: Value) => {
    throw new TypeProbeFailure(err instanceof HbObject ? (err.vars[5] as number) : 0);
  };
  try {
    ctx.memoRead = undefined;
    const v = fn(ctx);
    return typeof v === 'string' && ctx.memoRead === v ? 'M' : valType(v);
  } catch (x) {
    if (!(x instanceof TypeProbeFailure)) throw x;
    ctx.unwind(sp);
    return x.genCode === EG_NOVAR || x.genCode === EG_NOALIAS ? 'U' : 'UE';
  } finally {
    ctx.errorBlock = oldBlock;
  }
}

// ---- the functions -------------------------------------------------------

const is = (test: (v: Value) => boolean) => (_ctx: Thread, v: Value) => test(deref(v));

export const functions: StdModule = {
  EMPTY(_ctx, v) {
    return isEmpty(deref(v));
  },
  HB_ISNIL: is((v) => v === undefined),
  HB_ISNUMERIC: is((v) => typeof v === 'number' || v instanceof HbNum),
  HB_ISLOGICAL: is((v) => typeof v === 'boolean'),
  HB_ISDATE: is((v) => v instanceof HbDate),
  HB_ISTIMESTAMP: is((v) => v instanceof HbTimestamp),
  HB_ISDATETIME: is((v) => v instanceof HbDate || v instanceof HbTimestamp),
  HB_ISBLOCK: is((v) => typeof v === 'function'),
  HB_ISPOINTER: is((v) => v instanceof HbPointer),
  HB_ISSYMBOL: is((v) => v instanceof HbSymbol),
  HB_ISSTRING: is((v) => typeof v === 'string'),
  HB_ISCHAR: is((v) => typeof v === 'string'),
  HB_ISMEMO: is(() => false),
  HB_ISARRAY: is((v) => Array.isArray(v)),
  HB_ISOBJECT: is((v) => v instanceof HbObject),
  HB_ISHASH: is((v) => v instanceof HbHash),
  HB_ISHASHKEY: is((v) => typeof v === 'string' || typeof v === 'number' || v instanceof HbNum
    || v instanceof HbDate || v instanceof HbTimestamp || v instanceof HbPointer),
  HB_ISEVALITEM: is((v) => typeof v === 'function' || v instanceof HbSymbol),
  HB_ISNULL(ctx, v) {
    v = deref(v);
    if (typeof v === 'string' || Array.isArray(v)) return (v as string | HbArray).length === 0;
    if (v instanceof HbHash) return v.keys.length === 0;
    return substError(ctx, 'HB_ISNULL', 1111, baseArgs(arguments));
  },
  HB_DEFAULT(_ctx, ref, def) {
    // hb_default( @var, default ): a variable of another type gets the default
    if (arguments.length > 2 && ref instanceof HbRef && !sameType(ref.get(), deref(def))) ref.set(deref(def));
    return undefined;
  },
  HB_DEFAULTVALUE(_ctx, v, def) {
    v = deref(v);
    return arguments.length > 2 && !sameType(v, deref(def)) ? deref(def) : v;
  },
  __DEFAULTNIL(_ctx, ref, def) {
    if (arguments.length > 2 && ref instanceof HbRef && ref.get() === undefined) ref.set(deref(def));
    return undefined;
  },
  DESCEND(ctx, v) {
    // the key that sorts in the opposite order: bytes as 256 - byte, dates as a number
    v = deref(v);
    if (typeof v === 'string') {
      if (v === '\0') return v;
      let r = '';
      for (let i = 0; i < v.length; i++) r += String.fromCharCode((256 - v.charCodeAt(i)) & 255);
      return r;
    }
    if (v instanceof HbDate) return mkNum(5231808 - v.jd, int32Width(5231808 - v.jd), 0);
    if (typeof v === 'number' || v instanceof HbNum) return mkNum(-(typeof v === 'number' ? v : v.n), 0, ctx.sets.decimals);
    if (typeof v === 'boolean') return !v;
    return undefined;
  },
  TYPE(ctx, text) {
    text = deref(text);
    if (typeof text !== 'string') return substError(ctx, 'TYPE', 1121, baseArgs(arguments));
    return typeOf(ctx, text);
  },
};
