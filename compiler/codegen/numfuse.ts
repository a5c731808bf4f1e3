// Arithmetic on numerics with decimals, fused: an expression of + - * / %,
// unary minus and Sqrt() whose operands are variables and literals is
// computed in JS doubles with the decimals tracked beside them, and only
// its result becomes an HbNum. Evaluated operator by operator, each
// intermediate result with decimals would be an item of its own.
//
// The fused code checks at run time that every variable holds a plain
// integer or a numeric with decimals, that no divisor is zero, that
// integer steps stay within 2^53 and that SET DECIMALS is 1..15 where a
// quotient or Sqrt() needs it. When any check fails the expression runs
// through the operators as usual. Reading a variable has no side effect
// and, with these checks passed, no operator can fail, so evaluating the
// expression again that way is invisible.
//
// The decimals follow the operators' rules (runtime/values/ops.ts): + and
// - keep the larger count, * adds them, / % and Sqrt() give SET DECIMALS,
// Int() none. A plain integer has none and every numeric with decimals has
// some, so "decimals 0" also means "both operands were integers".
//
// A comparison of two such expressions compares the doubles; `x op= e`
// of a local or static variable is fused as `x := x op e`.

import type { Expr } from '../ast.js';
import { literal, DEFAULT } from '../reduce-num.js';

/** What the fusion needs from the expression generator. */
export interface FuseHost {
  /** The JS read of a local or (process-wide) static variable, else null. */
  pureRead(name: string): string | null;
  /** The symbol constant of a call of `name` when it calls runtime-library function `which` (not one of the module's), else null. */
  libFunc(name: string, which: string): string | null;
  temp(): string;
}

type ArithOp = '+' | '-' | '*' | '/' | '%';

/** The relational operators on two numerics, as JS operators. */
const COMPARE: Record<string, string> = { '=': '===', '==': '===', '!=': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

type Node =
  | { k: 'lit'; v: string; dec: number }
  | { k: 'var'; js: string }
  | { k: 'op'; op: ArithOp; l: Node; r: Node }
  | { k: 'neg'; e: Node }
  | { k: 'sqrt'; sym: string; e: Node }
  | { k: 'int'; sym: string; e: Node };

/** A computed operand: its JS value, its decimals (a number when known), whether they are known to be non-zero, whether it is a literal. */
interface Part {
  v: string;
  d: string | number;
  nz: boolean;
  lit?: boolean;
}

const SAFE = '9007199254740991';
/** Int()'s nudge of one unit in the last place (runtime/values/round.ts) */
const PREC_FACTOR = '1.0000000000000002';

/**
 * The fused JS of `e` with `generic` (the operators' code of the same
 * expression) as its fallback, or null when `e` is not worth fusing: it
 * must have two operations or more and something that gives decimals (a
 * literal with decimals, a quotient or Sqrt()).
 */
export function fuseArith(host: FuseHost, e: Expr, generic: () => string, done = (v: string) => v): string | null {
  const tree = shape(host, e);
  if (tree === null || operations(tree) < 2 || !givesDecimals(tree)) return null;
  const em = new Emitter(host);
  const root = em.part(tree);
  const guard = [...em.pre, ...em.steps].join(' && ');
  const value = root.nz ? `decNum(${root.v}, ${root.d})` : root.d === 0 ? root.v : `(${root.d} === 0 ? ${root.v} : decNum(${root.v}, ${root.d}))`;
  return `(${guard} ? ${done(value)} : ${generic()})`;
}

/**
 * A comparison of two such expressions, fused: the operands' values are
 * compared as doubles (the decimals do not matter), with `generic` as the
 * fallback; null unless one side has an operation that gives decimals.
 * A NaN takes the operators, which do not treat it alike everywhere.
 */
export function fuseCompare(host: FuseHost, e: Expr, generic: () => string): string | null {
  if (e.k !== 'bin' || COMPARE[e.op] === undefined) return null;
  const l = shape(host, e.l);
  const r = l === null ? null : shape(host, e.r);
  if (r === null || operations(l!) + operations(r) < 1 || !(givesDecimals(l!) || givesDecimals(r))) return null;
  const em = new Emitter(host);
  const a = em.part(l!);
  const b = em.part(r);
  const notNaN = [a, b].filter((x) => !x.lit).map((x) => `${x.v} === ${x.v}`);
  const guard = [...em.pre, ...em.steps, ...notNaN].join(' && ');
  return `(${guard} ? ${a.v} ${COMPARE[e.op]} ${b.v} : ${generic()})`;
}

function shape(host: FuseHost, e: Expr): Node | null {
  switch (e.k) {
    case 'list': return e.items.length === 1 ? shape(host, e.items[0]) : null;
    case 'num': {
      const c = literal(e.text);
      return constNode(c.long, c.v, c.dec);
    }
    case 'numc': return e.dec === DEFAULT ? null : constNode(e.long, e.v, e.dec);
    case 'var': {
      const js = host.pureRead(e.name);
      return js === null ? null : { k: 'var', js };
    }
    case 'neg': {
      const x = shape(host, e.e);
      return x === null ? null : { k: 'neg', e: x };
    }
    case 'bin': {
      if (e.op !== '+' && e.op !== '-' && e.op !== '*' && e.op !== '/' && e.op !== '%') return null;
      const l = shape(host, e.l);
      const r = l === null ? null : shape(host, e.r);
      return r === null ? null : { k: 'op', op: e.op, l: l!, r };
    }
    case 'call': {
      if (e.dim || e.args.length !== 1 || e.args[0] === null || e.args[0].k === 'macro') return null;
      const x = shape(host, e.args[0]);
      if (x === null) return null;
      const sqrt = host.libFunc(e.name, 'SQRT');
      if (sqrt !== null) return { k: 'sqrt', sym: sqrt, e: x };
      // Int() of a variable keeps its width: only of a result, whose width is the default
      const int = x.k === 'var' || x.k === 'lit' ? null : host.libFunc(e.name, 'INT');
      return int === null ? null : { k: 'int', sym: int, e: x };
    }
    default: return null;
  }
}

/** A literal as an operand: integers within the plain range, or a value with its decimals. */
function constNode(long: boolean, v: number, dec: number): Node | null {
  const js = v < 0 ? `(${v})` : String(v);
  if (long) return Math.abs(v) <= 999999999 && !Object.is(v, -0) ? { k: 'lit', v: js, dec: 0 } : null;
  return dec > 0 && Number.isFinite(v) ? { k: 'lit', v: js, dec } : null;
}

function operations(n: Node): number {
  switch (n.k) {
    case 'lit': case 'var': return 0;
    case 'op': return 1 + operations(n.l) + operations(n.r);
    case 'neg': case 'sqrt': case 'int': return 1 + operations(n.e);
  }
}

function givesDecimals(n: Node): boolean {
  switch (n.k) {
    case 'lit': return n.dec > 0;
    case 'var': return false;
    case 'op': return n.op === '/' || n.op === '%' || givesDecimals(n.l) || givesDecimals(n.r);
    case 'neg': return givesDecimals(n.e);
    case 'sqrt': return true;
    // its result is an integer, whatever its operand had
    case 'int': return false;
  }
}

/** Builds the checks and computations, in evaluation order, as JS conditions joined by &&. */
class Emitter {
  /** checks that do not depend on operands: SET DECIMALS, the functions being the library's */
  readonly pre: string[] = [];
  readonly steps: string[] = [];
  private setDec: string | null = null;

  constructor(private readonly host: FuseHost) {}

  part(n: Node): Part {
    switch (n.k) {
      case 'lit': return { v: n.v, d: n.dec, nz: n.dec > 0, lit: true };
      case 'var': {
        const v = this.host.temp();
        const d = this.host.temp();
        const x = n.js;
        this.steps.push(`(typeof ${x} === 'number' ? (${v} = ${x}, ${d} = 0, true) : ${x} instanceof HbNum && (${d} = ${x}.dec) !== 0 && (${v} = ${x}.n, true))`);
        return { v, d, nz: false };
      }
      case 'neg': {
        const x = this.part(n.e);
        const v = x.nz ? `-${x.v}` : x.d === 0 ? `0 - ${x.v}` : `(${x.d} === 0 ? 0 - ${x.v} : -${x.v})`;
        return { v: `(${v})`, d: x.d, nz: x.nz };
      }
      case 'sqrt': {
        this.pre.push(`${n.sym}.file === ''`);
        const x = this.part(n.e);
        const v = this.host.temp();
        this.steps.push(`(${v} = ${x.v} > 0 ? Math.sqrt(${x.v}) : 0, true)`);
        return { v, d: this.decimals(), nz: true };
      }
      case 'int': {
        this.pre.push(`${n.sym}.file === ''`);
        const x = this.part(n.e);
        if (x.d === 0) return x;
        // as Int(): the fraction cut after the same nudge as Round(); an
        // integer stays as it is; a plain integer only within the default width
        const v = this.host.temp();
        const cut = `Math.trunc(${x.v} * ${PREC_FACTOR}) + 0`;
        this.steps.push(`(${v} = ${x.nz ? cut : `${x.d} === 0 ? ${x.v} : ${cut}`}, ${v} < 999999999 && ${v} > -999999999)`);
        return { v, d: 0, nz: false };
      }
      case 'op': return this.op(n.op, this.part(n.l), this.part(n.r));
    }
  }

  private op(op: ArithOp, a: Part, b: Part): Part {
    const v = this.host.temp();
    if (op === '/' || op === '%') {
      // a zero divisor is the operator's error; `+ 0` makes -0 a 0 as the
      // operator's result table does; % takes the dividend's sign, as C's fmod
      this.steps.push(`${this.nonZero(b)}(${v} = ${a.v} ${op} ${b.v} + 0, true)`);
      return { v, d: this.decimals(), nz: true };
    }
    const d = op === '*' ? this.sum(a, b) : this.max(a, b);
    const nz = a.nz || b.nz;
    // two integers: the result must stay a plain one
    const range = `${v} <= ${SAFE} && ${v} >= -${SAFE}`;
    const check = nz ? 'true' : d.d === 0 ? range : `(${d.d} !== 0 || ${range})`;
    this.steps.push(`(${v} = ${a.v} ${op} ${b.v}, ${check})`);
    return { v, d: d.d, nz };
  }

  /** The check that a divisor is not zero (none for a literal). */
  private nonZero(b: Part): string {
    return b.lit && Number(b.v.replace(/[()]/g, '')) !== 0 ? '' : `${b.v} !== 0 && `;
  }

  private sum(a: Part, b: Part): { d: string | number } {
    if (typeof a.d === 'number' && typeof b.d === 'number') return { d: a.d + b.d };
    if (a.d === 0) return { d: b.d };
    if (b.d === 0) return { d: a.d };
    return { d: `(${a.d} + ${b.d})` };
  }

  private max(a: Part, b: Part): { d: string | number } {
    if (typeof a.d === 'number' && typeof b.d === 'number') return { d: Math.max(a.d, b.d) };
    if (a.d === 0 || a.d === b.d) return { d: b.d };
    if (b.d === 0) return { d: a.d };
    const t = this.host.temp();
    this.steps.push(`(${t} = ${a.d} > ${b.d} ? ${a.d} : ${b.d}, true)`);
    return { d: t };
  }

  /** SET DECIMALS, read and checked once per expression. */
  private decimals(): string {
    if (this.setDec === null) {
      this.setDec = this.host.temp();
      this.pre.push(`(${this.setDec} = ctx.sets.decimals) !== 0 && ${this.setDec} < 16`);
    }
    return this.setDec;
  }
}
