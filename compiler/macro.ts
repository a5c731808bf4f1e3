// The run-time macro compiler: `&cText`, `&( expr )` and Type() compile a
// string with the same expression parser and code generator as compiled
// code. Macro code sees no LOCALs: every name is a field or a memvar.
// Compiled macros are cached by their text.

import { lexExpression, LexFailure } from './lexer.js';
import { Cursor } from './parse/cursor.js';
import { ExprParser } from './parse/expr.js';
import { ModuleGen, FnCtx } from './codegen/context.js';
import { ExprGen } from './codegen/expr.js';
import { Scope } from './codegen/scope.js';
import { RC_NAMES, RUNTIME_NAMES } from './codegen/runtime-names.js';
import type { Expr } from './ast.js';
import { CompileError } from './diagnostics.js';
import { reduceExpr } from './reduce.js';
import { defaultSwitches, type Switches } from './switches.js';

/** Compiled macro code: evaluates with the thread it runs in. */
export type MacroFn = (ctx: unknown) => unknown;

/**
 * Switches of the macro compiler: Harbour's run-time defaults (extensions
 * and shortcuts on). The macro-text switch is the compiler's own: the
 * macro compiler folds literals that hold '&'.
 */
export function macroSwitches(flags: Partial<Switches> = {}): Switches {
  return { ...defaultSwitches(), macroText: false, ...flags };
}

/**
 * Parse a text as one expression (a list `a, b` only where the macro
 * stands for several values: arguments, or with `empty` a list whose
 * items may be left out, as hb_macroBlock() takes it); throws CompileError.
 */
export function parseExpression(text: string, allowList = false, empty = false): Expr {
  let toks;
  try {
    toks = lexExpression(text);
  } catch (e) {
    if (e instanceof LexFailure) throw new CompileError(30, 1, ['syntax error', text]);
    throw e;
  }
  // an expression has no statements to separate
  if (toks.some((t) => t.kind === 'eoc')) throw new CompileError(30, 1, ['syntax error', ';']);
  const c = new Cursor(toks, 1);
  if (c.atEnd()) throw new CompileError(20, 1);
  const p = new ExprParser(c);
  // an item left out is NIL
  const item = (): Expr => (empty && (c.isOp(',') || c.atEnd()) ? { k: 'nil' } : p.expr());
  const items = [item()];
  while (allowList && c.eatOp(',')) items.push(item());
  c.expectEnd();
  return items.length === 1 ? items[0] : { k: 'list', items };
}

/** Parse a macro text and reduce it as the macro compiler does; throws CompileError. */
export function parseMacro(text: string, allowList = false, sw: Switches = macroSwitches(), empty = false): Expr {
  const e = parseExpression(text, allowList, empty);
  const env = { sw, macro: true, line: 1 };
  // the items of a list of values are reduced one by one
  if (allowList && e.k === 'list') return { k: 'list', items: e.items.map((x) => reduceExpr(x, env)) };
  return reduceExpr(e, env);
}

/**
 * JS source of a macro's module: `rt` in, an evaluator `(ctx, v, mk) => value`
 * out (`v` is the value an assignment macro stores, `mk` the literals a
 * macro shape takes as parameters).
 */
export function macroSource(e: Expr, owner = '(macro)', counting = false, text: string | null = null): string {
  const g = new ModuleGen('', undefined, true, counting, text);
  const fc = new FnCtx(g, new Scope(null), 'fm', owner, null);
  const body = new ExprGen(fc).gen(e);
  const temps = fc.temps.length ? `let ${fc.temps.join(', ')}; ` : '';
  const rc = counting ? `const { ${RC_NAMES.join(', ')} } = rt.rc;\n` : '';
  return `const { ${RUNTIME_NAMES.join(', ')} } = rt.api;\n${rc}${g.header.join('\n')}\n` +
    `return (ctx, v, mk) => { ${temps}const fm = ctx.frames[ctx.sp]; return ${body}; };`;
}
