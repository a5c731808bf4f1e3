// PUBLIC and PRIVATE variables by name: __mvPublic, __mvPrivate, __mvGet,
// __mvPut, __mvExist, __mvScope, __mvClear, __mvRelease, __mvXRelease
// (the RELEASE commands), MemVarBlock, FieldBlock and FieldWBlock.

import type { Thread } from '../runtime/vm/thread.js';
import type { SymbolTable, VarSym } from '../runtime/vm/symbols.js';
import { HbNum, HbRef, HbSymbol, type Value } from '../runtime/values/types.js';
import { mvGet, mvSet, fieldGet, fieldSet } from '../runtime/vm/variables.js';
import { inNative, launch, makeError, rtSubst } from '../runtime/errors/launch.js';
import { EF_CANRETRY, EF_NONE } from '../runtime/errors/error.js';
import type { StdModule } from './registry.js';

const NAME_MAX = 63;

// __mvScope() results (hbmemvar.ch)
const MV_NOT_FOUND = -2;
const MV_UNKNOWN = -1;
const MV_ERROR = 0;
const MV_PUBLIC = 1;
const MV_PRIVATE_GLOBAL = 2;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);

/** A memvar name from a string: leading blanks skipped, upper case, up to the next blank. */
export function memvarName(s: string): string {
  let out = '';
  for (let i = 0; i < s.length && out.length < NAME_MAX; i++) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      if (out !== '') break;
    } else if (c === '\0') {
      break;
    } else {
      out += c >= 'a' && c <= 'z' ? c.toUpperCase() : c;
    }
  }
  return out;
}

/** The name a block function (MemVarBlock, FieldBlock) looks up: trimmed and upper case. */
function blockName(s: string): string {
  return s.replace(/^[ \t\n\r\f\v]+/, '').slice(0, NAME_MAX).toUpperCase().replace(/ +$/, '');
}

const varIndex = new WeakMap<SymbolTable, Map<string, VarSym>>();

/** The memvar/field symbol of `name` if the program ever used that name (no new symbol is made). */
export function findVar(ctx: Thread, name: string): VarSym | undefined {
  const syms = ctx.vm.syms;
  let m = varIndex.get(syms);
  if (m === undefined) {
    m = new Map();
    varIndex.set(syms, m);
  }
  for (let i = m.size; i < syms.varCount; i++) {
    const v = syms.varById(i);
    m.set(v.name, v);
  }
  return m.get(name);
}

/** The symbol a name argument (string or function symbol) stands for, or undefined. */
function symbolOf(ctx: Thread, v: Value): VarSym | undefined {
  if (typeof v === 'string') {
    const n = memvarName(v);
    return n === '' ? undefined : findVar(ctx, n);
  }
  if (v instanceof HbSymbol) return findVar(ctx, v.sym.name);
  return undefined;
}

/** The symbol to create a variable for (hb_dynsymGet: up to the first blank, upper case). */
function creatableSym(ctx: Thread, v: Value): VarSym | undefined {
  if (v instanceof HbSymbol) return ctx.vm.syms.variable(v.sym.name);
  if (typeof v !== 'string') return undefined;
  let n = '';
  for (let i = 0; i < v.length && n.length < NAME_MAX; i++) {
    const c = v[i];
    if (c === '\0' || c === ' ' || c === '\t') break;
    n += c >= 'a' && c <= 'z' ? c.toUpperCase() : c;
  }
  return ctx.vm.syms.variable(n);
}

/** A name that is neither a string nor a symbol: BASE/3008 with operation "&". */
function createError(ctx: Thread, fn: string, args: Value[]): void {
  inNative(ctx, fn, () => launch(ctx, makeError(ctx, {
    genCode: 1, subCode: 3008, operation: '&', args: args.length ? args.map(deref) : undefined, flags: EF_NONE,
  })));
}

/** Each name among the arguments, arrays of names expanded. */
function eachName(args: Value[], f: (v: Value) => void): void {
  for (const a0 of args) {
    const a = deref(a0);
    if (Array.isArray(a)) for (const x of a) f(x);
    else f(a);
  }
}

const upper = (c: string): string => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c);

/** Whole-name wildcard match with * and ?, ignoring case (hb_strMatchCaseWildExact). */
export function wildMatch(s: string, mask: string, si = 0, mi = 0): boolean {
  while (mi < mask.length) {
    const c = mask[mi];
    if (c === '*') {
      while (mask[mi] === '*') mi++;
      if (mi === mask.length) return true;
      for (let k = si; k <= s.length; k++) if (wildMatch(s, mask, k, mi)) return true;
      return false;
    }
    if (si >= s.length || (c !== '?' && upper(c) !== upper(s[si]))) return false;
    si++;
    mi++;
  }
  return si === s.length;
}

/** A mask argument: a string, with anything starting with "*" meaning all. */
export function maskArg(v: Value): string {
  return typeof v !== 'string' || v.startsWith('*') ? '*' : v;
}

/** The PRIVATE stack position where the calling function's own PRIVATEs start. */
function callerBase(ctx: Thread): number {
  return ctx.sp >= 0 ? ctx.frames[ctx.sp].privBase : 0;
}

/** __mvGet: the value, or BASE/1003 with retries while the handler asks for them. */
function getByName(ctx: Thread, name: Value): Value {
  for (;;) {
    const sym = symbolOf(ctx, name);
    if (sym !== undefined && ctx.memvars.get(sym) !== undefined) return mvGet(ctx, sym);
    const op = typeof name === 'string' ? name : (name as HbSymbol).sym.name;
    const retry = inNative(ctx, '__MVGET', () =>
      launch(ctx, makeError(ctx, { genCode: 14, subCode: 1003, operation: op, flags: EF_CANRETRY })));
    if (!retry) return undefined;
  }
}

export const functions: StdModule = {
  __MVPUBLIC(ctx, ...args) {
    eachName(args, (v) => {
      const sym = creatableSym(ctx, v);
      if (sym === undefined) createError(ctx, '__MVPUBLIC', args);
      else ctx.memvars.declarePublic(sym);
    });
    return undefined;
  },
  __MVPRIVATE(ctx, ...args) {
    eachName(args, (v) => {
      const sym = creatableSym(ctx, v);
      if (sym === undefined) createError(ctx, '__MVPRIVATE', args);
      else ctx.memvars.declarePrivateKeep(sym);
    });
    return undefined;
  },
  __MVXRELEASE(ctx, ...args) {
    eachName(args, (v) => {
      const sym = symbolOf(ctx, v);
      if (sym !== undefined && ctx.memvars.get(sym) !== undefined) {
        if (ctx.memvars.hasPrivate(sym)) ctx.memvars.get(sym)!.v = undefined;
        else ctx.memvars.clear(sym);
      } else if (typeof v !== 'string' && !(v instanceof HbSymbol)) {
        inNative(ctx, '__MVXRELEASE', () =>
          launch(ctx, makeError(ctx, { genCode: 1, subCode: 3008, operation: 'RELEASE', args: [v], flags: EF_NONE })));
      }
    });
    return undefined;
  },
  __MVRELEASE(ctx, ...args) {
    const m = deref(args[0]);
    if (typeof m !== 'string') return undefined;
    const mask = maskArg(m);
    const include = mask === '*' || args.length < 2 || deref(args[1]) === true;
    const syms = ctx.vm.syms;
    ctx.memvars.clearPrivates(callerBase(ctx), (id) => wildMatch(syms.varById(id).name, mask) === include);
    return undefined;
  },
  __MVSCOPE(ctx, ...args) {
    const v = deref(args[0]);
    if (typeof v !== 'string' && !(v instanceof HbSymbol)) return MV_ERROR;
    const sym = symbolOf(ctx, v);
    if (sym === undefined) {
      const n = typeof v === 'string' ? memvarName(v) : v.sym.name;
      return n !== '' && ctx.vm.syms.findFunc(n) !== undefined ? MV_UNKNOWN : MV_NOT_FOUND;
    }
    const cell = ctx.memvars.get(sym);
    if (cell === undefined) return MV_UNKNOWN;
    return ctx.memvars.hasPrivate(sym) ? MV_PRIVATE_GLOBAL : MV_PUBLIC;
  },
  __MVCLEAR(ctx) {
    const getList = findVar(ctx, 'GETLIST');
    ctx.memvars.clearAll(getList?.id ?? -1);
    return undefined;
  },
  __MVEXIST(ctx, name) {
    const sym = symbolOf(ctx, deref(name));
    return sym !== undefined && ctx.memvars.get(sym) !== undefined;
  },
  __MVGET(ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name !== 'string' && !(name instanceof HbSymbol)) {
      return inNative(ctx, '__MVGET', () => rtSubst(ctx, 1, 3009, '', args.length ? args.map(deref) : undefined));
    }
    return getByName(ctx, name);
  },
  __MVGETDEF(ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name !== 'string' && !(name instanceof HbSymbol)) {
      return inNative(ctx, '__MVGETDEF', () => rtSubst(ctx, 1, 3009, '', args.length ? args.map(deref) : undefined));
    }
    const sym = symbolOf(ctx, name);
    const cell = sym !== undefined ? ctx.memvars.get(sym) : undefined;
    if (cell !== undefined) return cell.v;
    return args.length >= 2 ? deref(args[1]) : undefined;
  },
  __MVPUT(ctx, ...args) {
    const name = deref(args[0]);
    const value = deref(args[1]);
    if (typeof name !== 'string' && !(name instanceof HbSymbol)) {
      inNative(ctx, '__MVPUT', () => rtSubst(ctx, 1, 3010, '', args.length ? args.map(deref) : undefined));
      return value;
    }
    const sym = symbolOf(ctx, name) ?? creatableSym(ctx, name)!;
    mvSet(ctx, sym, value);
    return value;
  },
  MEMVARBLOCK(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') return undefined;
    const key = blockName(n);
    const sym = key === '' ? undefined : findVar(ctx, key);
    if (sym === undefined || ctx.memvars.get(sym) === undefined) return undefined;
    return (c: Thread, ...a: Value[]) => (a[0] === undefined ? mvGet(c, sym) : mvSet(c, sym, a[0]));
  },
  FIELDBLOCK(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') return undefined;
    const key = blockName(n);
    const sym = key === '' ? undefined : findVar(ctx, key);
    if (sym === undefined) return undefined;
    return (c: Thread, ...a: Value[]) => (a[0] === undefined ? fieldGet(c, null, sym) : fieldSet(c, null, sym, a[0]));
  },
  FIELDWBLOCK(ctx, name, area) {
    const n = deref(name);
    const wa = int(deref(area));
    if (typeof n !== 'string' || wa === 0) return undefined;
    const key = blockName(n);
    const sym = key === '' ? undefined : findVar(ctx, key);
    if (sym === undefined) return undefined;
    return (c: Thread, ...a: Value[]) => (a[0] === undefined ? fieldGet(c, wa, sym) : fieldSet(c, wa, sym, a[0]));
  },
};
