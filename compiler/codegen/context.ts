// Code generation state: per module (the constant pool and the symbols the
// module refers to) and per function or codeblock body (scope, temporaries,
// loop labels, WITH OBJECT stack).

import type { CompileError } from '../diagnostics.js';
import { Scope } from './scope.js';
import { defaultSwitches, type Switches } from '../switches.js';

export class ModuleGen {
  /** `const` lines at the top of the generated module */
  readonly header: string[] = [];
  private readonly funcSyms = new Map<string, string>();
  private readonly varSyms = new Map<string, string>();
  private readonly msgs = new Map<string, string>();
  private readonly consts = new Map<string, string>();
  /** functions defined in this module: PRG name -> JS name */
  readonly localFuncs = new Map<string, string>();
  /** static variables: JS name -> initialiser code (run once at load) */
  readonly statics: Array<{ js: string; init: string; thread: boolean }> = [];
  private uid = 0;
  /** errors that do not stop the generation of their function (wrong argument counts) */
  readonly reported: CompileError[] = [];
  /** the nodes reported on: code generated twice (a codeblock's) reports once */
  private readonly reportedAt = new WeakSet<object>();
  /** the line of the statement being generated */
  stmtLine = 0;

  constructor(
    readonly file: string,
    readonly switches: Switches = defaultSwitches(),
    /** code for the run-time macro compiler (no compile-time argument checks) */
    readonly macro = false,
    /** counting mode: stores count references, for programs that declare a destructor (runtime/vm/refcount.ts) */
    readonly counting = false,
    /** the text a run-time macro compiles (what its syntax errors report) */
    readonly macroSrc: string | null = null,
    /** assignments to variables first offer the value to an object with the `:=` operator (codegen/assignop.ts) */
    readonly assignOps = false,
  ) {}

  /** Report an error on `node` that lets generation go on. */
  report(node: object, err: CompileError): void {
    if (this.reportedAt.has(node)) return;
    this.reportedAt.add(node);
    this.reported.push(err);
  }

  id(prefix: string): string {
    return prefix + ++this.uid;
  }

  /** The FuncSym of a function called by name. */
  func(name: string): string {
    let js = this.funcSyms.get(name);
    if (js === undefined) {
      js = 'F_' + mangle(name) + '_' + ++this.uid;
      this.funcSyms.set(name, js);
      this.header.push(`const ${js} = rt.func(${JSON.stringify(name)});`);
    }
    return js;
  }

  /** The VarSym of a memvar or field name. */
  varsym(name: string): string {
    let js = this.varSyms.get(name);
    if (js === undefined) {
      js = 'V_' + mangle(name) + '_' + ++this.uid;
      this.varSyms.set(name, js);
      this.header.push(`const ${js} = rt.varsym(${JSON.stringify(name)});`);
    }
    return js;
  }

  /** The message object (with its lookup cache) of a message name. */
  msg(name: string): string {
    let js = this.msgs.get(name);
    if (js === undefined) {
      js = 'M_' + mangle(name) + '_' + ++this.uid;
      this.msgs.set(name, js);
      this.header.push(`const ${js} = rt.msg(${JSON.stringify(name)});`);
    }
    return js;
  }

  /** A constant built once at load time from `code` (numbers with decimals, dates ...). */
  constant(code: string): string {
    let js = this.consts.get(code);
    if (js === undefined) {
      js = 'K' + ++this.uid;
      this.consts.set(code, js);
      this.header.push(`const ${js} = ${code};`);
    }
    return js;
  }

  /** A module-level object of its own (not shared with equal code elsewhere). */
  unique(code: string): string {
    const js = 'K' + ++this.uid;
    this.header.push(`const ${js} = ${code};`);
    return js;
  }

  /** ProcInfo for a function or codeblock frame. */
  proc(name: string): string {
    return this.constant(`rt.proc(${JSON.stringify(name)}, ${JSON.stringify(this.file)})`);
  }
}

export interface LoopLabel {
  kind: 'loop' | 'switch';
  label: string;
}

/** A FOR EACH variable: the JS name of its run-time enumerator (base, position, value). */
export interface EnumVar {
  state: string;
}

export class FnCtx {
  readonly temps: string[] = [];
  readonly labels: LoopLabel[] = [];
  readonly withObjs: string[] = [];
  /** FOR EACH enumerator variables in scope, by variable name */
  readonly enums = new Map<string, EnumVar>();
  lastLine = -1;
  /** declared parameters of this function or block (`...` passes the rest) */
  nParams = 0;
  /** JS name of the method context captured at entry, when codeblocks need it (methods only) */
  methodVar: string | null = null;
  /** counting mode: the next expression generated is a statement's, its value unused */
  discard = false;

  constructor(
    readonly mod: ModuleGen,
    public scope: Scope,
    /** JS name of the frame variable of this function or block */
    readonly frame: string,
    /** the PRG name of the function (for codeblock frame names) */
    readonly owner: string,
    readonly parent: FnCtx | null,
    /** generator mode: calls are `yield*` and loops may yield to other threads */
    readonly gen = false,
  ) {}

  temp(): string {
    const t = 't' + (this.temps.length + 1);
    this.temps.push(t);
    return t;
  }

  /** The enumerator of a FOR EACH variable, looking through enclosing blocks. */
  enumOf(name: string): EnumVar | undefined {
    for (let c: FnCtx | null = this; c !== null; c = c.parent) {
      const e = c.enums.get(name);
      if (e !== undefined) return e;
      if (c.scope.has(name)) return undefined;
    }
    return undefined;
  }
}

/** PRG names are upper-case identifiers; keep JS names readable and legal. */
export function mangle(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}
