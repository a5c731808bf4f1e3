// Calls of runtime-library functions that Harbour's compiler evaluates
// while compiling when their arguments are constants: Len( "abc" ) is the
// integer 3 whatever the code page, At( "", s ) is 0 (1 in Clipper's
// compiler), Int( 5000000000.9 ) is an integer constant of the literal's
// width. Each reduction has Harbour's conditions on the number of
// arguments, the -kh and -ku switches and the compiler/macro mode.

import type { Arg, Expr } from './ast.js';
import { reservedName } from './codegen/funcid.js';
import { checkArgCount } from './codegen/funccheck.js';
import {
  asInt32, asInt64, cmpNum, inLongRange, longConst, numNode, numOf, type NumConst,
} from './reduce-num.js';
import { constKind, dateNode, dayTime, tsNode } from './reduce-const.js';
import { dateToDigits, digitsToDate } from '../runtime/values/date.js';
import { digitsToTs } from '../runtime/values/timestamp.js';
import type { ReduceEnv } from './reduce-env.js';

type Call = Extract<Expr, { k: 'call' }>;

/** Functions with a compile-time reduction, by the name Harbour identifies them with. */
const REDUCIBLE = new Set([
  'AT', 'ASC', 'CHR', 'LEN', 'UPPER', 'EMPTY', 'INT', 'MAX', 'MIN', 'STOD', 'HB_STOD', 'HB_STOT', 'DTOS', 'CTOD',
  'HB_BCHAR', 'HB_BCODE', 'HB_BITAND', 'HB_BITOR', 'HB_BITXOR', 'HB_BITSET', 'HB_BITRESET', 'HB_BITSHIFT',
  'HB_BITTEST', 'HB_BITNOT', 'HB_I18N_GETTEXT_NOOP', 'HB_I18N_NGETTEXT_NOOP',
]);

/** Whether the reducer may fold a call to this function. */
export function isReducibleCall(name: string): boolean {
  return funcId(name) !== null;
}

/** The function a call names for the reducer (reserved abbreviations resolved), or null. */
function funcId(name: string): string | null {
  const full = reservedName(name);
  if (REDUCIBLE.has(full)) return full;
  // hb_i18n_[n]gettext_noop_<anything> is the no-op too
  const m = /^HB_I18N_(N?)GETTEXT_NOOP_/.exec(name);
  return m === null ? null : `HB_I18N_${m[1]}GETTEXT_NOOP`;
}

const long = (v: number): Expr => numNode(longConst(v));
/** A 64-bit integer: past 2^53 a literal, so that it stays exact. */
const bigLong = (v: bigint): Expr => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? long(n) : { k: 'num', text: v.toString() };
};
const str = (v: string): Expr => ({ k: 'str', v });
const bool = (v: boolean): Expr => ({ k: 'bool', v });
const byteChar = (n: number): string => String.fromCharCode(n & 0xff);

/** The argument in slot `i` (an omitted one is none). */
const argAt = (args: Arg[], i: number): Expr | null => args[i] ?? null;

/** Empty( constant ): the result, or null when the argument is not one Harbour folds. */
function emptyOf(a: Expr): boolean | null {
  switch (a.k) {
    case 'str': return /^[ \t\n\r]*$/.test(a.v);
    case 'array': return a.items.length === 0;
    case 'hash': return a.keys.length === 0;
    case 'nil': return true;
    case 'bool': return !a.v;
    case 'block': return false;
    case 'num': case 'numc': return numOf(a)?.v === 0; // an integer past 2^53 is not zero
    case 'date': case 'ts': {
      const [jd, ms] = dayTime(a)!;
      return jd === 0 && ms === 0;
    }
    default: return null;
  }
}

/** Max()/Min() of two constants of comparable types: the chosen argument, or null. */
function extreme(a: Expr, b: Expr, max: boolean): Expr | null {
  const ka = constKind(a);
  const kb = constKind(b);
  if (ka === null || kb === null) return null;
  if (ka === kb) {
    switch (ka) {
      case 'N': {
        const c = cmpNum(numOf(a)!, numOf(b)!);
        return (max ? c >= 0 : c <= 0) ? a : b;
      }
      case 'D': {
        const c = dayTime(a)![0] - dayTime(b)![0];
        return (max ? c >= 0 : c <= 0) ? a : b;
      }
      case 'T': {
        const [da, ta] = dayTime(a)!;
        const [db, tb] = dayTime(b)!;
        const c = da !== db ? da - db : ta - tb;
        return (max ? c >= 0 : c <= 0) ? a : b;
      }
      case 'L': return (a as { v: boolean }).v === max ? a : b;
      default: return null;
    }
  }
  // a date against a timestamp compares the days; a tie goes to the date
  if ((ka === 'D' && kb === 'T') || (ka === 'T' && kb === 'D')) {
    const c = dayTime(a)![0] - dayTime(b)![0];
    const first = ka === 'D' ? (max ? c >= 0 : c <= 0) : (max ? c > 0 : c < 0);
    return first ? a : b;
  }
  return null;
}

/** Int( n ): an integer constant, or a double without decimals when out of the integer range. */
function intOf(n: NumConst): Expr {
  if (n.long) return long(n.v);
  if (inLongRange(n.v)) return bigLong(BigInt(Math.trunc(n.v)));
  return numNode({ long: false, v: n.v, width: n.width, dec: 0 });
}

/** hb_bitAnd() & co. on numeric constants: the result, or null. */
function bitOp(fn: string, args: Arg[]): Expr | null {
  const nums: NumConst[] = [];
  for (const a of args) {
    const n = a === null ? null : numOf(a);
    if (n === null) break;
    nums.push(n);
  }
  if (fn === 'HB_BITNOT') return nums.length >= 1 ? bigLong(BigInt.asIntN(64, ~asInt64(nums[0]))) : null;
  if (args.length < 2 || nums.length < 2) return null;
  const v = asInt64(nums[0]);
  const w = asInt64(nums[1]);
  const bit = (n: bigint): bigint => 1n << BigInt.asUintN(6, n);
  let r: bigint;
  switch (fn) {
    case 'HB_BITAND': case 'HB_BITOR': case 'HB_BITXOR': {
      // every argument must be numeric
      if (nums.length < args.length) return null;
      r = v;
      for (let i = 1; i < nums.length; i++) {
        const x = asInt64(nums[i]);
        r = fn === 'HB_BITAND' ? r & x : fn === 'HB_BITOR' ? r | x : r ^ x;
      }
      break;
    }
    case 'HB_BITSET': r = v | bit(w); break;
    case 'HB_BITRESET': r = v & ~bit(w); break;
    case 'HB_BITTEST': return bool((v & bit(w)) !== 0n);
    default: r = w < 0n ? v >> BigInt.asUintN(6, -w) : v << BigInt.asUintN(6, w); // HB_BITSHIFT
  }
  return bigLong(BigInt.asIntN(64, r));
}

/**
 * hb_i18n_gettext_noop( cText [, cContext ] ) is cText;
 * hb_i18n_ngettext_noop( nCount, cText | aTexts [, cContext ] ) the text for the count.
 */
function i18nNoop(plural: boolean, args: Arg[]): Expr | null {
  let rest = args;
  let count: Expr | null = null;
  if (plural) {
    if (rest.length === 0) return null;
    count = rest[0];
    rest = rest.slice(1);
    const k = count === null ? null : constKind(count);
    if (k !== null && k !== 'N' && k !== 'R') return null;
  }
  if (rest.length === 2) {
    const context = rest[1];
    if (context === null || context.k !== 'str' || context.v.length === 0) return null;
    rest = rest.slice(0, 1);
  }
  const text = rest.length === 1 ? rest[0] : null;
  if (text === null) return null;
  if (text.k === 'str') return text;
  if (!plural || text.k !== 'array' || !text.items.every((x) => x !== null && x.k === 'str')) return null;
  if (text.items.length === 1) return text.items[0];
  // aTexts[ iif( nCount == 1, 1, 2 ) ]
  const one: Expr = { k: 'num', text: '1' };
  const index: Expr = { k: 'iif', c: { k: 'bin', op: '==', l: count ?? { k: 'nil' }, r: one }, t: one, f: { k: 'num', text: '2' } };
  return { k: 'index', obj: text, index };
}

/**
 * The compiler reduces a call only when its number of arguments passes the
 * check of standard functions (E0021, reported by the code generator).
 */
function countAccepted(name: string, n: number): boolean {
  return checkArgCount(name, n, false) === null;
}

/**
 * A call with reduced arguments: the constant it folds to, or the call.
 * `again` reduces an expression a reduction builds.
 */
export function reduceCall(e: Call, env: ReduceEnv, again: (x: Expr) => Expr): Expr {
  const args = e.args;
  const n = args.length;
  const fn = funcId(e.name);
  if (fn === null || (!env.macro && !countAccepted(e.name, n))) return e;
  const a = argAt(args, 0);
  const b = argAt(args, 1);
  const userCp = env.sw.userCp;
  const harbour = env.sw.harbour;
  switch (fn) {
    case 'AT':
      if (n !== 2 || a?.k !== 'str' || b?.k !== 'str' || userCp) return e;
      // Clipper's compiler finds "" at position 1
      if (a.v.length === 0) return long(!env.macro && !harbour ? 1 : 0);
      return long(b.v.indexOf(a.v) + 1);
    case 'ASC':
      if (a?.k !== 'str' || (userCp && a.v.charCodeAt(0) > 127)) return e;
      return long(a.v.length ? a.v.charCodeAt(0) : 0);
    case 'HB_BCODE':
      return a?.k === 'str' ? long(a.v.length ? a.v.charCodeAt(0) : 0) : e;
    case 'CHR': {
      const c = a === null ? null : numOf(a);
      if (c === null) return e;
      const iv = c.long ? asInt32(c) : Math.trunc(c.v);
      if (userCp && !(iv >= 0 && iv <= 127)) return e;
      // Clipper's compiler makes Chr( 256 ) and other multiples of 256 an empty string
      if (c.long && !env.macro && !harbour && (c.v % 256) === 0 && c.v !== 0) return str('');
      return str(byteChar(asInt32(c)));
    }
    case 'HB_BCHAR': {
      const c = a === null ? null : numOf(a);
      return c === null ? e : str(byteChar(asInt32(c)));
    }
    case 'LEN':
      if (a?.k === 'str' && !userCp) return long(a.v.length);
      if (a?.k === 'array') return long(a.items.length);
      if (a?.k === 'hash') return long(a.keys.length);
      return e;
    case 'UPPER':
      if (a?.k !== 'str' || !/^[A-Za-z0-9 ]*$/.test(a.v)) return e;
      return str(a.v.toUpperCase());
    case 'EMPTY': {
      if (n === 0 || !harbour || a === null) return e;
      const r = emptyOf(a);
      return r === null ? e : bool(r);
    }
    case 'INT': {
      const c = n === 1 && harbour && a !== null ? numOf(a) : null;
      return c === null ? e : intOf(c);
    }
    case 'MAX': case 'MIN':
      if (n !== 2 || !harbour || a === null || b === null) return e;
      return extreme(a, b, fn === 'MAX') ?? e;
    case 'STOD': case 'HB_STOD':
      if (n >= 2 || !harbour) return e;
      if (n === 0) return dateNode(0)!;
      if (a?.k !== 'str' || (a.v.length < 7 && a.v.length !== 0)) return e;
      return dateNode(a.v.length === 0 ? 0 : digitsToDate(a.v)) ?? e;
    case 'HB_STOT': {
      if (n === 0) return tsNode(0, 0)!;
      if (a?.k !== 'str') return e;
      const t = digitsToTs(a.v);
      return tsNode(t.jd, t.ms) ?? e;
    }
    case 'DTOS': {
      const dt = n === 1 && a !== null ? dayTime(a) : null;
      return dt === null ? e : str(dateToDigits(dt[0]));
    }
    case 'CTOD':
      if (n === 0 || !harbour || a?.k !== 'str' || a.v.length !== 0) return e;
      return dateNode(0)!;
    case 'HB_I18N_GETTEXT_NOOP': case 'HB_I18N_NGETTEXT_NOOP': {
      if (env.macro) return e;
      const r = i18nNoop(fn === 'HB_I18N_NGETTEXT_NOOP', args);
      return r === null ? e : again(r);
    }
    default:
      return bitOp(fn, args) ?? e;
  }
}

/** -ko compiles Array( dims ) inline when its value is used (Harbour's ARRAYDIM): no argument list in its error. */
export function inlineArray(e: Call, env: ReduceEnv, used: boolean): boolean {
  return used && env.sw.extOpt && e.name === 'ARRAY' && e.args.length > 0 &&
    e.args.every((x) => x === null || (x.k !== 'macro' && x.k !== 'varargs'));
}
