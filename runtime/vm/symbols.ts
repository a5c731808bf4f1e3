// The global symbol tables shared by every thread: functions by name, and
// the names of memvars and fields. Names are upper case, as Harbour's are.

import type { Thread } from './thread.js';
import type { Value } from '../values/types.js';

/** A callable: compiled PRG code or a runtime-library function. */
export type Fn = (ctx: Thread, ...args: Value[]) => Value;

/** The generator twin of a callable: the same work, able to suspend (threads). */
export type GenFn = (ctx: Thread, ...args: Value[]) => Generator<unknown, Value, unknown>;

/** The generator form of a function that never suspends. */
export function genOf(fn: Fn): GenFn {
  return function* (ctx, ...args) {
    return fn(ctx, ...args);
  };
}

/** A function symbol. `fn` is replaced when a module defining it is loaded. */
export class FuncSym {
  /** the .prg file that defines it ('' for the runtime library) */
  file = '';
  /** false while only referenced (calling it raises "Undefined function") */
  defined = false;
  /** the generator twin of fn */
  g: GenFn;
  constructor(
    readonly name: string,
    public fn: Fn,
  ) {
    this.g = genOf((ctx, ...args) => this.fn(ctx, ...args));
  }
}

/** A memvar or field name; `id` indexes each thread's memvar cells. */
export class VarSym {
  constructor(
    readonly name: string,
    readonly id: number,
  ) {}
}

export class SymbolTable {
  private readonly funcs = new Map<string, FuncSym>();
  private readonly vars = new Map<string, VarSym>();
  private readonly varList: VarSym[] = [];

  constructor(private readonly undefinedFn: (sym: FuncSym) => Fn) {}

  /** The symbol of a function name, created (undefined) on first use. */
  func(name: string): FuncSym {
    const key = name.toUpperCase();
    let s = this.funcs.get(key);
    if (s === undefined) {
      s = new FuncSym(key, undefined as unknown as Fn);
      s.fn = this.undefinedFn(s);
      this.funcs.set(key, s);
    }
    return s;
  }

  /** The symbol of a function if it is defined, for dynamic lookups. */
  findFunc(name: string): FuncSym | undefined {
    const s = this.funcs.get(name.toUpperCase());
    return s !== undefined && s.defined ? s : undefined;
  }

  define(name: string, fn: Fn, file = '', g?: GenFn): FuncSym {
    const s = this.func(name);
    s.fn = fn;
    if (g !== undefined) s.g = g;
    s.file = file;
    s.defined = true;
    return s;
  }

  /** The names of all function symbols, defined or only referenced so far. */
  funcNames(): IterableIterator<string> {
    return this.funcs.keys();
  }

  get funcCount(): number {
    return this.funcs.size;
  }

  variable(name: string): VarSym {
    const key = name.toUpperCase();
    let s = this.vars.get(key);
    if (s === undefined) {
      s = new VarSym(key, this.varList.length);
      this.vars.set(key, s);
      this.varList.push(s);
    }
    return s;
  }

  varById(id: number): VarSym {
    return this.varList[id];
  }

  get varCount(): number {
    return this.varList.length;
  }
}
