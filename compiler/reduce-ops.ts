// Folding of operators whose operands are constants, as Harbour's compiler
// (and its macro compiler) does it: arithmetic on numbers, dates,
// timestamps and strings, comparisons, logical operators and IIF(). The
// operands are already reduced; each function returns the reduced node (or
// the node itself). Where Clipper's compiler behaves differently the
// Harbour-extension switch (-kh) selects the behaviour; -ko adds folds that
// drop run-time type checks (x + 0 -> x, x == .T. -> x).

import type { Expr } from './ast.js';
import {
  DEFAULT, addNum, cmpNum, divNum, exact, longConst, modNum, mulNum, negNum, numNode, numOf, powNum, type NumConst,
} from './reduce-num.js';
import { constKind, dateNode, dayTime, tsNode, typeName, type ConstKind } from './reduce-const.js';
import { packDT, tsAddDays, tsPut } from '../runtime/values/timestamp.js';
import { HbTimestamp } from '../runtime/values/types.js';
import { reduceError, type ReduceEnv } from './reduce-env.js';

type Bin = Extract<Expr, { k: 'bin' }>;

/** Decimals of a timestamp difference with a time part. */
const TIMEDIFF_DEC = 6;

const bool = (v: boolean): Expr => ({ k: 'bool', v });
const str = (v: string): Expr => ({ k: 'str', v });
/** A folded numeric, or the expression left as it is when it does not fold. */
const folded = (c: NumConst | null, e: Expr): Expr => (c === null ? e : numNode(c));

const isIdStart = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_');

/** Does string literal `s` contain macro text that expands at run time (&name)? */
export function hasMacro(s: string, env: ReduceEnv): boolean {
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
    if (!env.sw.harbour || isIdStart(s[i + 1])) return true;
  }
  return false;
}

/**
 * Joining two literals would create macro text across them ("&" + "x"):
 * the `len` first characters of `left` are scanned, and an '&' at their
 * end is followed by `right`.
 */
function joinsMacro(left: string, len: number, right: string, env: ReduceEnv): boolean {
  if (!env.sw.macroText) return false;
  for (let i = 0; i < len; i++) {
    if (left[i] !== '&') continue;
    const ch = i + 1 < len ? left[i + 1] : right[0];
    if (isIdStart(ch) || !env.sw.harbour) return true;
  }
  return false;
}

/** A day/time result: a date, or a timestamp when `ts`; null when no literal can hold it. */
function dayTimeNode(jd: number, ms: number, ts: boolean): Expr | null {
  if (!ts) return dateNode(jd);
  const t = tsPut(jd, ms);
  return tsNode(t.jd, t.ms);
}

/** Date or timestamp `dt` moved by the numeric constant `n` (negated when `sub`). */
function shiftDayTime(dt: [number, number], ts: boolean, n: NumConst, sub: boolean): Expr | null {
  if (!ts) return dateNode(dt[0] + (sub ? -1 : 1) * Math.trunc(n.v));
  if (n.long) return dayTimeNode(dt[0] + (sub ? -n.v : n.v), dt[1], true);
  const t = tsAddDays(new HbTimestamp(dt[0], dt[1]), sub ? -n.v : n.v);
  return tsNode(t.jd, t.ms);
}

const isZero = (n: NumConst): boolean => n.v === 0;

/** -ko: add constant `add` into the numeric operand of a chain of + (x + 1 + 2 -> x + 3). */
function plusNums(e: Expr, add: NumConst): Expr | null {
  if (e.k !== 'bin' || e.op !== '+') return null;
  const l = numOf(e.l);
  if (l !== null) {
    const c = exact(addNum(l, add, false));
    return c === null ? null : { ...e, l: numNode(c) };
  }
  const r = numOf(e.r);
  if (r !== null) {
    const c = exact(addNum(r, add, false));
    return c === null ? null : { ...e, r: numNode(c) };
  }
  // the search goes down the left operand if it is a +, else down the right one
  const isPlus = (x: Expr): boolean => x.k === 'bin' && x.op === '+';
  if (isPlus(e.l)) {
    const nl = plusNums(e.l, add);
    return nl === null ? null : { ...e, l: nl };
  }
  if (!isPlus(e.r)) return null;
  const nr = plusNums(e.r, add);
  return nr === null ? null : { ...e, r: nr };
}

function reducePlus(e: Bin, env: ReduceEnv): Expr {
  const { l, r } = e;
  const a = numOf(l);
  const b = numOf(r);
  if (a !== null) {
    if (b !== null) return folded(exact(addNum(a, b, false)), e);
    const dt = dayTime(r);
    if (dt !== null) return shiftDayTime(dt, r.k === 'ts', a, false) ?? e;
    if (env.sw.extOpt && isZero(a)) return r;
    if (env.sw.extOpt) return plusNums(r, a) ?? e;
    return e;
  }
  if (b !== null) {
    const dt = dayTime(l);
    if (dt !== null) return shiftDayTime(dt, l.k === 'ts', b, false) ?? e;
    if (env.sw.extOpt && isZero(b)) return l;
    if (env.sw.extOpt) return plusNums(l, b) ?? e;
    return e;
  }
  const dl = dayTime(l);
  const dr = dayTime(r);
  if (dl !== null && dr !== null) {
    // date + date adds the days, as Clipper does
    return dayTimeNode(dl[0] + dr[0], dl[1] + dr[1], l.k === 'ts' || r.k === 'ts') ?? e;
  }
  if (l.k === 'str' && r.k === 'str') {
    if (r.v.length === 0) return l;
    if (l.v.length === 0) return r;
    return joinsMacro(l.v, l.v.length, r.v, env) ? e : str(l.v + r.v);
  }
  return e;
}

function reduceMinus(e: Bin, env: ReduceEnv): Expr {
  const { l, r } = e;
  const a = numOf(l);
  const b = numOf(r);
  if (a !== null && b !== null) return folded(exact(addNum(a, b, true)), e);
  const dl = dayTime(l);
  const dr = dayTime(r);
  if (dl !== null && dr !== null) {
    const days = dl[0] - dr[0];
    const ms = dl[1] - dr[1];
    return numNode(ms === 0 ? longConst(days) : { long: false, v: packDT(days, ms), width: DEFAULT, dec: TIMEDIFF_DEC });
  }
  if (dl !== null && b !== null) return shiftDayTime(dl, l.k === 'ts', b, true) ?? e;
  if (l.k === 'str' && r.k === 'str') {
    if (r.v.length === 0) return l;
    if (l.v.length === 0) return r;
    // the left operand's trailing blanks move to the end
    let n = l.v.length;
    while (n > 0 && l.v[n - 1] === ' ') n--;
    if (joinsMacro(l.v, n, r.v, env)) return e;
    return str(l.v.slice(0, n) + r.v + l.v.slice(n));
  }
  return e;
}

function reduceArith(e: Bin, env: ReduceEnv): Expr {
  const a = numOf(e.l);
  const b = numOf(e.r);
  if (a === null || b === null) return e;
  let c: NumConst | null;
  switch (e.op) {
    case '*': c = exact(mulNum(a, b)); break;
    case '/': c = divNum(a, b); break;
    case '%': c = modNum(a, b, env.sw.harbour); break;
    default: c = env.sw.harbour ? powNum(a, b) : null; // Clipper does not fold ^
  }
  return c === null ? e : numNode(c);
}

/** $ of two literals (not holding macro text). */
function reduceIn(e: Bin, env: ReduceEnv): Expr {
  const { l, r } = e;
  if (l.k !== 'str' || r.k !== 'str') return e;
  if (env.sw.macroText && (hasMacro(l.v, env) || hasMacro(r.v, env))) return e;
  // Clipper's compiler finds the empty string in any string
  if (l.v.length === 0) return bool(!env.macro && !env.sw.harbour);
  return bool(r.v.includes(l.v));
}

/** Types a NIL literal compares unequal to. */
const NIL_COMPARABLE: ReadonlySet<ConstKind> = new Set(['N', 'L', 'D', 'T', 'C', 'B', 'A', 'H', 'F']);

/** Compare two constants of the same type: -1/0/1, or null when not folded. */
function compareSame(k: ConstKind, l: Expr, r: Expr): number | null {
  switch (k) {
    case 'L': return Number((l as { v: boolean }).v) - Number((r as { v: boolean }).v);
    case 'N': return cmpNum(numOf(l)!, numOf(r)!);
    case 'D': case 'T': {
      const a = dayTime(l)!;
      const b = dayTime(r)!;
      return a[0] !== b[0] ? Math.sign(a[0] - b[0]) : Math.sign(a[1] - b[1]);
    }
    default: return null;
  }
}

/**
 * -ko: `x == .T.` is x, `x == .F.` is .NOT. x (and `!y == .F.` is y); for
 * != the other way round.
 */
function logicalCompare(l: Expr, r: Expr, equal: boolean, env: ReduceEnv): Expr {
  const lit = l.k === 'bool' ? l : (r as { v: boolean; k: 'bool' });
  const x = l.k === 'bool' ? r : l;
  if (lit.v === equal) return x;
  if (x.k === 'not') return x.e;
  return notOf(x, env);
}

/** .NOT. x as compiled: the pcode optimizer (not in macros, off with -kj) drops .NOT. .NOT. */
function notOf(x: Expr, env: ReduceEnv): Expr {
  const inner = x.k === 'list' && x.items.length === 1 ? x.items[0] : x;
  return inner.k === 'not' && !env.macro && env.sw.optJump ? inner.e : { k: 'not', e: x };
}

function reduceEquality(e: Bin, env: ReduceEnv): Expr {
  const { l, r, op } = e;
  const equal = op !== '!=';
  const kl = constKind(l);
  const kr = constKind(r);
  if (kl !== null && kl === kr) {
    if (kl === 'U') return bool(equal);
    if (kl === 'C') {
      const a = (l as { v: string }).v;
      const b = (r as { v: string }).v;
      // = and != depend on SET EXACT: only empty strings fold; == folds unless macro text is involved
      if (a.length === 0 && b.length === 0) return bool(equal);
      if (op === '==' && (!env.sw.macroText || (!hasMacro(a, env) && !hasMacro(b, env)))) return bool(a === b);
      return e;
    }
    const c = compareSame(kl, l, r);
    return c === null ? e : bool((c === 0) === equal);
  }
  if ((kl === 'D' && kr === 'T') || (kl === 'T' && kr === 'D')) {
    const a = dayTime(l)!;
    const b = dayTime(r)!;
    // = compares the days only, == the time too
    const same = a[0] === b[0] && (a[1] === b[1] || op === '=');
    return bool(op === '!=' ? a[0] !== b[0] : same);
  }
  if (env.sw.extOpt && (kl === 'L' || kr === 'L')) return logicalCompare(l, r, equal, env);
  if ((kl === 'U' && kr !== null && NIL_COMPARABLE.has(kr)) || (kr === 'U' && kl !== null && NIL_COMPARABLE.has(kl))) {
    return bool(!equal);
  }
  return e;
}

function reduceOrder(e: Bin): Expr {
  const { l, r, op } = e;
  const kl = constKind(l);
  const kr = constKind(r);
  let c: number | null = null;
  if (kl !== null && kl === kr) {
    c = compareSame(kl, l, r);
  } else if ((kl === 'D' && kr === 'T') || (kl === 'T' && kr === 'D')) {
    // a date against a timestamp: the days only
    c = Math.sign(dayTime(l)![0] - dayTime(r)![0]);
  }
  if (c === null) return e;
  switch (op) {
    case '<': return bool(c < 0);
    case '<=': return bool(c <= 0);
    case '>': return bool(c > 0);
    default: return bool(c >= 0);
  }
}

/** A binary operator over reduced operands. */
export function reduceBin(e: Bin, env: ReduceEnv): Expr {
  switch (e.op) {
    case '+': return reducePlus(e, env);
    case '-': return reduceMinus(e, env);
    case '*': case '/': case '%': case '^': return reduceArith(e, env);
    case '$': return reduceIn(e, env);
    case '=': case '==': case '!=': return reduceEquality(e, env);
    default: return reduceOrder(e);
  }
}

export function reduceNeg(e: Extract<Expr, { k: 'neg' }>, env: ReduceEnv): Expr {
  const n = numOf(e.e);
  if (n !== null) return numNode(negNum(n));
  if (env.sw.extOpt && e.e.k === 'neg') return e.e.e;
  return e;
}

/**
 * .NOT. of a logical constant; .NOT. .NOT. x is x with -ko, and in
 * compiled code also when the pcode optimizer runs (the default).
 */
export function reduceNot(e: Extract<Expr, { k: 'not' }>, env: ReduceEnv): Expr {
  if (e.e.k === 'bool') return bool(!e.e.v);
  if (env.sw.extOpt && e.e.k === 'not') return e.e.e;
  return notOf(e.e, env);
}

/**
 * .AND. / .OR. with a logical constant: a constant left operand decides
 * (shortcut evaluation); a constant right one too, except in a macro
 * compiled without Harbour extensions. `x .AND. .F.` drops x unevaluated.
 */
export function reduceLogical(e: Extract<Expr, { k: 'and' | 'or' }>, env: ReduceEnv): Expr {
  const { l, r } = e;
  const and = e.k === 'and';
  if (l.k === 'bool' && r.k === 'bool') return bool(and ? l.v && r.v : l.v || r.v);
  if (!env.sw.shortcuts) return e;
  if (l.k === 'bool') return l.v === and ? r : bool(l.v);
  if (r.k === 'bool' && (!env.macro || env.sw.harbour)) return r.v === and ? l : bool(r.v);
  return e;
}

/** Condition types that cannot be logical: IIF() on them is a compile error. */
const NOT_LOGICAL: ReadonlySet<ConstKind> = new Set(['U', 'N', 'D', 'T', 'C', 'B', 'A', 'H', 'R', 'F']);

export function reduceIif(e: Extract<Expr, { k: 'iif' }>, env: ReduceEnv): Expr {
  if (e.c.k === 'bool') return e.c.v ? e.t : e.f;
  const k = constKind(e.c);
  if (k !== null && NOT_LOGICAL.has(k)) reduceError(env, 38, [typeName(k)]);
  return e;
}
