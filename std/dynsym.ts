// The dynamic symbol table as PRG code sees it: __dynsCount(),
// __dynsGetName(), __dynsGetIndex(), __dynsIsFun(), hb_IsFunction(),
// __dynsN2Ptr(), __dynsN2Sym(), __dynsP2Name(), __dynsGetPrf(),
// __dynsVerify().
//
// Harbour keeps one table of every name a program uses (functions,
// variables, messages) in descending byte order and numbers it from 1;
// here the table is the same union of names, in the same order, so an
// index and a name answer for each other. Which names a program has, and
// so the numbers, are this runtime's own.

import type { Thread } from '../runtime/vm/thread.js';
import { HbPointer, HbSymbol, type Value } from '../runtime/values/types.js';
import { FuncSym } from '../runtime/vm/symbols.js';
import type { StdModule } from './registry.js';
import { deref, intVal, isNum } from './param.js';

/** A name as Harbour looks a symbol up by text: ASCII letters upper case, up to the first blank, 63 bytes at most. */
export function symName(s: string): string {
  let r = '';
  const n = Math.min(s.length, 63);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0) break;
    r += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
  }
  return r;
}

interface Table {
  /** the sizes the names were collected at (they only grow) */
  key: string;
  names: string[];
  pos: Map<string, number>;
}

const TABLES = new WeakMap<object, Table>();

/** The sorted table of all names, collected again when symbols have been added. */
function table(ctx: Thread): Table {
  const vm = ctx.vm;
  let msgCount = 0;
  for (const c of vm.classes.list) msgCount += c.msgs.size;
  const key = vm.syms.funcCount + ',' + vm.syms.varCount + ',' + vm.classes.count + ',' + msgCount;
  let t = TABLES.get(vm);
  if (t !== undefined && t.key === key) return t;
  const all = new Set<string>(vm.syms.funcNames());
  for (let i = 0; i < vm.syms.varCount; i++) all.add(vm.syms.varById(i).name);
  for (const c of vm.classes.list) {
    all.add(c.name);
    for (const m of c.msgs.keys()) all.add(m);
  }
  // descending byte order (each character is one byte)
  const names = [...all].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const pos = new Map<string, number>();
  names.forEach((n, i) => pos.set(n, i + 1));
  t = { key, names, pos };
  TABLES.set(vm, t);
  return t;
}

/** The name a symbol argument stands for: text looked up as Harbour does, a symbol by its name. */
function nameOf(v: Value): string | undefined {
  if (typeof v === 'string') return symName(v);
  if (v instanceof HbSymbol) return v.sym.name;
  return undefined;
}

function isFunction(ctx: Thread, name: string | undefined): boolean {
  return name !== undefined && name !== '' && ctx.vm.syms.findFunc(name) !== undefined;
}

/** The symbol of a name, made when it does not exist yet (hb_dynsymGet). */
function symbolOf(ctx: Thread, name: string): FuncSym {
  return ctx.vm.syms.func(symName(name));
}

export const functions: StdModule = {
  __DYNSCOUNT(ctx) {
    return table(ctx).names.length;
  },
  __DYNSGETNAME(ctx, n) {
    const i = intVal(deref(n));
    const names = table(ctx).names;
    return i >= 1 && i <= names.length ? names[i - 1] : '';
  },
  __DYNSGETINDEX(ctx, v) {
    const name = nameOf(deref(v));
    return name === undefined ? 0 : table(ctx).pos.get(name) ?? 0;
  },
  __DYNSISFUN(ctx, v) {
    const x = deref(v);
    if (isNum(x)) {
      const i = intVal(x);
      const names = table(ctx).names;
      return i >= 1 && i <= names.length && isFunction(ctx, names[i - 1]);
    }
    return isFunction(ctx, nameOf(x));
  },
  HB_ISFUNCTION(ctx, v) {
    return isFunction(ctx, nameOf(deref(v)));
  },
  // no profiler: every count is zero
  __DYNSGETPRF() {
    return [0, 0];
  },
  __DYNSN2PTR(ctx, name) {
    const s = deref(name);
    return typeof s === 'string' ? new HbPointer(symbolOf(ctx, s)) : new HbPointer(null);
  },
  __DYNSN2SYM(ctx, name) {
    const s = deref(name);
    return typeof s === 'string' ? new HbSymbol(symbolOf(ctx, s)) : undefined;
  },
  __DYNSP2NAME(_ctx, p) {
    const v = deref(p);
    return v instanceof HbPointer && v.target instanceof FuncSym ? v.target.name : '';
  },
  // the table is always consistent
  __DYNSVERIFY() {
    return 0;
  },
};
