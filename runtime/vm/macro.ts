// Macro operations of compiled code: &text as a value, as an assignment
// target, as a function name, as a PRIVATE/PUBLIC name and as a message.
// A text that does not compile raises BASE/1449 "Syntax error: &".

import type { Thread } from './thread.js';
import type { VarSym } from './symbols.js';
import { HbRef, type Value } from '../values/types.js';
import { parseMacro, macroSource } from '../../compiler/macro.js';
import { CompileError } from '../../compiler/diagnostics.js';
import type { Expr } from '../../compiler/ast.js';
import { makeError, launchSubst } from '../errors/launch.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';
import { mvRef, mvSet } from './variables.js';
import { elemRef } from './arrays.js';
import { scanShape, shapeTree, shapeArgs, matchShape, type Shape, type ShapeFn } from './macro-shape.js';

type Compiled = (ctx: Thread) => Value;
type Assigner = (ctx: Thread, v: Value) => Value;

const CACHE_LIMIT = 4096;
const plainCache = new Map<string, Compiled>();
/** compiled shapes by shape key; null: texts of that shape compile one by one */
const plainShapes = new Map<string, Shape | null>();
/** the same for programs compiled in counting mode (refcount.ts), whose macros count too */
const countingCache = new Map<string, Compiled>();
const countingShapes = new Map<string, Shape | null>();

function cacheOf(ctx: Thread): Map<string, Compiled> {
  return ctx.vm.rc === null ? plainCache : countingCache;
}

/**
 * The JS of a macro, in counting mode when the program is; null when the
 * text parsed but is no valid expression (`--[a]`: a literal decremented),
 * which is a syntax error like one the parser finds.
 */
function source(ctx: Thread, e: Expr, text: string): string | null {
  try {
    return macroSource(e, undefined, ctx.vm.rc !== null, text);
  } catch (err) {
    if (err instanceof CompileError) return null;
    throw err;
  }
}

/** The macro linked, or null on a syntax error. */
function link(ctx: Thread, e: Expr, text: string): unknown {
  const js = source(ctx, e, text);
  return js === null ? null : ctx.vm.linkMacro(js);
}

/** A memvar (or field) assigned by a macro. */
function assignVar(ctx: Thread, sym: VarSym, v: Value): Value {
  return ctx.vm.rc === null ? mvSet(ctx, sym, v) : ctx.vm.linkage.rc.rcMvSet(ctx, sym, v);
}

function syntaxError(ctx: Thread, text: string): Value {
  return launchSubst(ctx, makeError(ctx, { genCode: 7, subCode: 1449, operation: '&', args: [text], flags: EF_CANSUBSTITUTE }));
}

/** The text of a macro variable: it must be a string. */
export function macroStr(ctx: Thread, v: Value): string {
  if (typeof v === 'string') return v;
  const r = launchSubst(ctx, makeError(ctx, { genCode: 1, subCode: 1065, operation: '&', args: [v], flags: EF_CANSUBSTITUTE }));
  return typeof r === 'string' ? r : '';
}

/**
 * A variable inside a macro name (a&b.c): its string, or, for any other
 * value, the syntax error of the text it was to complete (a substitute
 * string takes its place).
 */
export function macroPart(ctx: Thread, v: Value, text: string): string {
  if (typeof v === 'string') return v;
  const r = syntaxError(ctx, text);
  return typeof r === 'string' ? r : '';
}

/** A memvar's value, or NIL where there is none (no error). */
export function mvPeek(ctx: Thread, sym: VarSym): Value {
  return ctx.memvars.get(sym)?.v;
}

function parse(text: string, allowList = false, empty = false): Expr | null {
  try {
    return parseMacro(text, allowList, undefined, empty);
  } catch (e) {
    if (e instanceof CompileError) return null;
    throw e;
  }
}

/** Compile a macro text to an evaluator (cached), or null on a syntax error. */
export function compileMacro(ctx: Thread, text: string, site?: MacroSite): Compiled | null {
  const cache = cacheOf(ctx);
  const shapes = ctx.vm.rc === null ? plainShapes : countingShapes;
  let fn = cache.get(text);
  if (fn !== undefined) return fn;
  const scan = scanShape(text);
  let e: Expr | null | undefined;
  if (scan !== null) {
    const shape = shapes.get(scan.key);
    if (shape !== undefined) {
      const mk = shape === null ? null : shapeArgs(shape, scan);
      if (mk !== null) {
        if (site !== undefined) {
          site.shape = shape;
          site.shapeKey = scan.key;
        }
        return bindShape(shape!.fn, mk);
      }
    } else {
      e = parse(text);
      if (e === null) return null;
      const params = shapeTree(e, scan);
      if (shapes.size >= CACHE_LIMIT) shapes.clear();
      if (params === null) {
        shapes.set(scan.key, null);
      } else {
        const linked = link(ctx, e, text) as ShapeFn | null;
        if (linked === null) return null;
        const made: Shape = { fn: linked, params };
        shapes.set(scan.key, made);
        return bindShape(made.fn, shapeArgs(made, scan)!);
      }
    }
  }
  return linkCached(ctx, cache, text, text, e ?? parse(text));
}

/** A parsed macro linked and cached under `key`; null on a syntax error (`e` null, or no valid code). */
function linkCached(ctx: Thread, cache: Map<string, Compiled>, key: string, text: string, e: Expr | null): Compiled | null {
  if (e === null) return null;
  const made = link(ctx, e, text) as Compiled | null;
  if (made === null) return null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, made);
  return made;
}

/**
 * hb_macroBlock()'s text: a list whose items may be left out (NIL), its
 * value the last item's (cached); null on a syntax error.
 */
export function compileMacroList(ctx: Thread, text: string): Compiled | null {
  const key = '\0(' + text;
  const cache = cacheOf(ctx);
  return cache.get(key) ?? linkCached(ctx, cache, key, text, parse(text, true, true));
}

function bindShape(fn: ShapeFn, mk: Value[]): Compiled {
  return (ctx) => fn(ctx as never, undefined, mk);
}

/** A macro in an argument list (or array literal): `f( &c )` with c = "1, 2" passes two values. */
export function macroList(ctx: Thread, text: string): Value[] {
  const key = '\0,' + text;
  const cache = cacheOf(ctx);
  let fn = cache.get(key);
  if (fn === undefined) {
    const e = parse(text, true);
    if (e === null) return [syntaxError(ctx, text)];
    const made = link(ctx, e.k === 'list' ? { k: 'array', items: e.items } : { k: 'array', items: [e] }, text) as Compiled | null;
    if (made === null) return [syntaxError(ctx, text)];
    fn = made;
    cache.set(key, fn);
  }
  return fn(ctx) as Value[];
}

/**
 * One &macro of compiled code: the last text it saw and what that compiled
 * to, so that a loop over the same text skips the cache lookup.
 */
export class MacroSite {
  text: string | undefined = undefined;
  get: Compiled | null = null;
  /** for an assignment: the variable a simple name writes, or the compiled assignment */
  sym: VarSym | null = null;
  set: Assigner | null = null;
  /** the shape of a recent text, so that texts of the same shape skip the caches */
  shape: Shape | null = null;
  shapeKey = '';
}

export function macroGet(ctx: Thread, text: string, site?: MacroSite): Value {
  if (site !== undefined) {
    if (site.get !== null && site.text === text) return site.get(ctx);
    if (site.shape !== null) {
      const mk = matchShape(text, site.shape, site.shapeKey);
      if (mk !== null) return site.shape.fn(ctx as never, undefined, mk);
    }
  }
  const fn = compileMacro(ctx, text, site);
  if (fn === null) return syntaxError(ctx, text);
  if (site !== undefined) {
    site.text = text;
    site.get = fn;
  }
  return fn(ctx);
}

/** &text := v: the text names a variable, or is any assignable expression. */
export function macroSet(ctx: Thread, text: string, v: Value, site?: MacroSite): Value {
  if (site !== undefined && site.text === text) {
    if (site.sym !== null) return assignVar(ctx, site.sym, v);
    if (site.set !== null) return site.set(ctx, v);
  }
  const name = simpleName(text);
  if (name !== null) {
    const sym = ctx.vm.syms.variable(name);
    if (site !== undefined) {
      site.text = text;
      site.sym = sym;
      site.set = null;
    }
    return assignVar(ctx, sym, v);
  }
  const key = '\0:=' + text;
  const cache = cacheOf(ctx);
  let fn = cache.get(key) as Assigner | undefined;
  if (fn === undefined) {
    const e = parse(text);
    if (e === null) return syntaxError(ctx, text);
    const made = link(ctx, { k: 'assign', op: ':=', target: e, value: { k: 'js', code: 'v' } }, text) as Assigner | null;
    if (made === null) return syntaxError(ctx, text);
    fn = made;
    cache.set(key, fn as Compiled);
  }
  if (site !== undefined) {
    site.text = text;
    site.sym = null;
    site.set = fn;
  }
  return fn(ctx, v);
}


/** @&text: a reference to the named memvar (or array element). */
export function macroRef(ctx: Thread, text: string): HbRef {
  const name = simpleName(text);
  if (name !== null) return mvRef(ctx, ctx.vm.syms.variable(name));
  const e = parse(text);
  if (e !== null && e.k === 'index') {
    const obj = link(ctx, e.obj, text) as Compiled | null;
    const index = link(ctx, e.index, text) as Compiled | null;
    if (obj !== null && index !== null) return elemRef(ctx, obj(ctx), index(ctx));
  }
  syntaxError(ctx, text);
  return new HbRef(() => undefined, () => undefined);
}

/** PRIVATE &name / PUBLIC &name. */
export function macroVar(ctx: Thread, text: string): VarSym {
  return ctx.vm.syms.variable(text.trim());
}

/** A function name a macro may give: a letter or '_', then letters, digits and '_' ("_" alone is none). */
const FUNCTION_NAME = /^(?:[A-Za-z][A-Za-z0-9_]*|_[A-Za-z0-9_]+)$/;

/** &name( args ): call the function the text names; a text that is no name is a syntax error. */
export function macroCall(ctx: Thread, text: Value, args: Value[]): Value {
  const name = typeof text === 'string' ? text.trim() : '';
  if (!FUNCTION_NAME.test(name)) return syntaxError(ctx, typeof text === 'string' ? text : '');
  const sym = ctx.vm.syms.func(name.toUpperCase());
  return sym.fn(ctx, ...args);
}

/** obj:&name( args ). */
export function sendMacro(ctx: Thread, obj: Value, msg: string, ...args: Value[]): Value {
  return ctx.vm.message(msg.trim().toUpperCase()).send(ctx, obj, ...args);
}

/**
 * "text &name.more": each &name (with its optional terminating '.') whose
 * memvar holds a string is replaced by that string; scanning goes on from
 * the start of the replacement, so a value may itself hold a macro.
 */
export function macroText(ctx: Thread, s: string): string {
  let i = s.indexOf('&');
  while (i >= 0) {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
    if (m !== null && m[0] !== '_') {
      const cell = ctx.memvars.get(ctx.vm.syms.variable(m[0]));
      if (cell !== undefined && typeof cell.v === 'string') {
        let end = i + 1 + m[0].length;
        if (s[end] === '.') end++;
        s = s.slice(0, i) + cell.v + s.slice(end);
        i = s.indexOf('&', i);
        continue;
      }
    }
    i = s.indexOf('&', i + 1);
  }
  return s;
}

/** The identifier a macro text consists of, if that is all it is. */
function simpleName(text: string): string | null {
  const t = text.trim();
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(t) ? t.toUpperCase() : null;
}
