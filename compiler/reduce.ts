// The reduction pass: Harbour's compiler simplifies every expression before
// generating code for it, folding constant operands (see reduce-ops.ts and
// reduce-funcs.ts), picking an element of a literal array by a constant
// index, and dropping parts whose value is known (`x .AND. .F.` is .F.
// without evaluating x). The results are observable (widths of folded
// numbers, errors that no longer happen), so the code generator must only
// see reduced trees. The run-time macro compiler reduces the same way.

import type { Arg, Expr, FuncDecl, Stmt, VarDecl } from './ast.js';
import type { CompileError } from './diagnostics.js';
import { numOf } from './reduce-num.js';
import { constKind, typeName, type ConstKind } from './reduce-const.js';
import { reduceBin, reduceIif, reduceLogical, reduceNeg, reduceNot } from './reduce-ops.js';
import { inlineArray, reduceCall } from './reduce-funcs.js';
import { reduceError, type ReduceEnv } from './reduce-env.js';
import type { Switches } from './switches.js';

export type { ReduceEnv } from './reduce-env.js';

/** Constants that cannot be indexed: a compile error with a constant index. */
const NOT_INDEXABLE: ReadonlySet<ConstKind> = new Set(['U', 'N', 'D', 'T', 'C', 'B', 'L', 'F', 'R']);

/** Operator expressions, which a single-item list (parentheses) keeps around it. */
const OPERATORS: ReadonlySet<Expr['k']> = new Set(['assign', 'bin', 'and', 'or', 'not', 'neg', 'incdec']);

/**
 * ( "name" )->... with -ko: a string that is an identifier becomes the
 * alias name; for a field the string may still be in its parentheses.
 */
function aliasName(a: { name: string } | { expr: Expr }, env: ReduceEnv, field: boolean): { name: string } | { expr: Expr } {
  if ('name' in a) return a;
  const e = reduceExpr(a.expr, env);
  const s = field && e.k === 'list' && e.items.length === 1 ? e.items[0] : e;
  if (env.sw.extOpt && s.k === 'str' && /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(s.v)) return { name: s.v.toUpperCase() };
  return { expr: e };
}

/** A compile error when `obj` is a constant that cannot be indexed. */
function checkIndexable(obj: Expr, env: ReduceEnv): void {
  const k = constKind(obj);
  if (!env.sw.arrStr && k !== null && NOT_INDEXABLE.has(k)) reduceError(env, 38, [typeName(k)]);
}

/** What an index written as `e` is, when it cannot be one (NIL, a logical, a block ...): E0040's text. */
function badIndex(e: Expr): string | null {
  switch (e.k) {
    case 'nil': return 'NIL';
    case 'bool': return 'Logical';
    case 'block': return 'Codeblock';
    case 'array': return 'Array';
    case 'hash': return 'Hash';
    case 'not': return '.NOT.';
    case 'and': return '.AND.';
    case 'or': return '.OR.';
    default: return null;
  }
}

/**
 * x[ i ] as written: a constant x that cannot be indexed (with any index),
 * then an i that cannot be an index, are compile errors (in that order).
 */
function checkIndexing(e: Extract<Expr, { k: 'index' }>, env: ReduceEnv): void {
  checkIndexable(e.obj, env);
  const bad = badIndex(e.index);
  if (bad !== null) reduceError(env, 40, [bad]);
}

/**
 * x[ i ] (x reduced, `written` as the source has it): with a constant
 * index, a constant that x reduces to cannot be indexed either (`(1)[ 2 ]`),
 * and the element of a literal array is taken.
 */
function reduceIndex(e: Extract<Expr, { k: 'index' }>, written: Expr, env: ReduceEnv): Expr {
  const n = numOf(e.index);
  if (n === null) return e;
  const obj = e.obj;
  if (constKind(written) === null) checkIndexable(obj, env);
  if (obj.k === 'array') {
    // items that stand for several values leave the count to run time
    if (obj.items.some((x) => x !== null && (x.k === 'varargs' || (x.k === 'macro' && env.sw.xbase)))) return e;
    const i = Math.trunc(n.v);
    if (i >= 1 && i <= obj.items.length) return obj.items[i - 1] ?? { k: 'nil' };
    if (!env.sw.arrStr) reduceError(env, 41, ['Numeric']);
  }
  return e;
}

function reduceArgs(args: Arg[], env: ReduceEnv): Arg[] {
  return args.map((a) => (a === null ? null : reduceExpr(a, env)));
}

/**
 * Reduce an expression. `used` is false where the value is discarded (a
 * statement, all but the last item of a list), which changes how a few
 * calls compile.
 */
export function reduceExpr(e: Expr, env: ReduceEnv, used = true): Expr {
  switch (e.k) {
    case 'field':
      return e.alias === null || 'name' in e.alias ? e : { ...e, alias: aliasName(e.alias, env, true) };
    case 'aliasExpr':
      return { ...e, alias: aliasName(e.alias, env, false), e: reduceExpr(e.e, env, used) };
    case 'call': {
      const c = { ...e, args: reduceArgs(e.args, env) };
      const r = reduceCall(c, env, (x) => reduceExpr(x, env, used));
      if (r === c && inlineArray(c, env, used)) c.dim = true;
      return r;
    }
    case 'macroCall':
      return { ...e, macro: reduceExpr(e.macro, env), args: reduceArgs(e.args, env) };
    case 'index':
      checkIndexing(e, env);
      return reduceIndex({ ...e, obj: reduceExpr(e.obj, env), index: reduceExpr(e.index, env) }, e.obj, env);
    case 'send':
      return {
        ...e,
        // Clipper does not reduce the object of a message
        obj: e.obj !== null && env.sw.harbour ? reduceExpr(e.obj, env) : e.obj,
        msg: typeof e.msg === 'string' ? e.msg : reduceExpr(e.msg, env),
        args: e.args === null ? null : reduceArgs(e.args, env),
      };
    case 'assign':
      return { ...e, target: reduceExpr(e.target, env), value: reduceExpr(e.value, env) };
    case 'bin':
      return reduceBin({ ...e, l: reduceExpr(e.l, env), r: reduceExpr(e.r, env) }, env);
    case 'and': case 'or':
      return reduceLogical({ ...e, l: reduceExpr(e.l, env), r: reduceExpr(e.r, env) }, env);
    case 'not':
      return reduceNot({ ...e, e: reduceExpr(e.e, env) }, env);
    case 'neg':
      return reduceNeg({ ...e, e: reduceExpr(e.e, env) }, env);
    case 'incdec':
      return { ...e, e: reduceExpr(e.e, env) };
    case 'iif':
      return reduceIif({ ...e, c: reduceExpr(e.c, env), t: reduceExpr(e.t, env, used), f: reduceExpr(e.f, env, used) }, env);
    case 'array':
      return { ...e, items: reduceArgs(e.items, env) };
    case 'hash':
      return { ...e, keys: e.keys.map((x) => reduceExpr(x, env)), values: e.values.map((x) => reduceExpr(x, env)) };
    case 'block': {
      const body = e.body.map((x, i) => reduceExpr(x, env, i === e.body.length - 1));
      // -kd: a block with a macro that names declared variables is compiled as it is
      return e.source !== '' && env.sw.macroDecl ? { ...e, body, macroDecl: true } : { ...e, body };
    }
    case 'list': {
      const items = e.items.map((x, i) => reduceExpr(x, env, used && i === e.items.length - 1));
      // ( expr ) is expr unless it is an operator (Harbour extension)
      if (env.sw.harbour && items.length === 1 && !OPERATORS.has(items[0].k)) return items[0];
      return { ...e, items };
    }
    case 'ref':
      return { ...e, e: reduceExpr(e.e, env) };
    case 'macro':
      return { ...e, parts: e.parts.map((p) => ('expr' in p ? { expr: reduceExpr(p.expr, env) } : p)) };
    default:
      return e;
  }
}

// ------------------------------------------------------------------ statements

/** The switches in force at a line of the module. */
export type SwitchesAt = (line: number) => Switches;

function reduceVars(vars: VarDecl[], env: ReduceEnv): void {
  for (const v of vars) {
    if (v.init) v.init = reduceExpr(v.init, env);
    if (v.dims) v.dims = v.dims.map((d) => reduceExpr(d, env));
    if (v.macro) v.macro = reduceExpr(v.macro, env);
  }
}

/**
 * Reduce the expressions of statements in place, each with the switches
 * of its line; compile errors are collected in `errors`.
 */
export function reduceStmts(stmts: Stmt[], at: SwitchesAt, errors: CompileError[]): void {
  for (const s of stmts) {
    const env: ReduceEnv = { sw: at(s.line), macro: false, line: s.line, errors };
    const x = (e: Expr): Expr => reduceExpr(e, env);
    const body = (b: Stmt[] | null): void => {
      if (b) reduceStmts(b, at, errors);
    };
    switch (s.k) {
      case 'expr': s.e = reduceExpr(s.e, env, false); break;
      case 'local': case 'static': case 'private': case 'public': reduceVars(s.vars, env); break;
      case 'if':
        for (const a of s.arms) { a.cond = x(a.cond); body(a.body); }
        body(s.else);
        break;
      case 'case':
        for (const a of s.arms) { a.cond = x(a.cond); body(a.body); }
        body(s.otherwise);
        break;
      case 'switch':
        s.e = x(s.e);
        for (const a of s.arms) { a.value = x(a.value); body(a.body); }
        body(s.otherwise);
        break;
      case 'while': s.cond = x(s.cond); body(s.body); break;
      case 'for':
        s.v = x(s.v);
        s.start = x(s.start);
        s.end = x(s.end);
        if (s.step) s.step = x(s.step);
        body(s.body);
        break;
      case 'foreach': s.vars = s.vars.map(x); s.bases = s.bases.map(x); body(s.body); break;
      case 'seq':
        if (s.withBlock) s.withBlock = x(s.withBlock);
        if (s.using) s.using = x(s.using);
        body(s.body);
        body(s.recover);
        body(s.always);
        break;
      case 'break': case 'return': if (s.e) s.e = x(s.e); break;
      case 'do':
        if (typeof s.name !== 'string') s.name = x(s.name);
        s.args = reduceArgs(s.args, env);
        break;
      case 'with': s.obj = x(s.obj); body(s.body); break;
    }
  }
}

/** Reduce a function's statements; returns the compile errors found. */
export function reduceFunction(f: FuncDecl, at: SwitchesAt): CompileError[] {
  const errors: CompileError[] = [];
  reduceStmts(f.body, at, errors);
  return errors;
}
