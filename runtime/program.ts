// Running a program: link its compiled modules, initialise statics, call
// ErrorSys() and the INIT procedures, run the start procedure with the
// command-line arguments, then the EXIT procedures; the exit code is
// ErrorLevel().

import type { VM } from './vm/vm.js';
import type { Fn, GenFn } from './vm/symbols.js';
import type { Value } from './values/types.js';
import { BreakSignal, QuitSignal } from './vm/signals.js';
import { checkAllocationFailure } from './errors/memory.js';
import { internalError } from './errors/internal.js';
import { internalErrorText } from './lang.js';
import { keepStack } from './internal-error.js';

/** Unrecoverable error: the start procedure cannot be found. */
const EI_VMBADSTARTUP = 9012;

export interface CompiledModule {
  /** the .prg file name as given (for ProcFile() and messages) */
  file: string;
  js: string;
}

interface LinkedModule {
  functions: Array<[string, Fn, GenFn, boolean, 'init' | 'exit' | null]>;
  initStatics(ctx: unknown): void;
}

export interface Program {
  modules: LinkedModule[];
  entry: Fn | null;
  inits: Fn[];
  exits: Fn[];
}

export function linkProgram(vm: VM, mods: CompiledModule[]): Program {
  const prog: Program = { modules: [], entry: null, inits: [], exits: [] };
  let first: Fn | null = null;
  for (const m of mods) {
    const linked = vm.link(m.js, m.file) as LinkedModule;
    prog.modules.push(linked);
    // Harbour runs a module's INIT procedures last declared first, its EXIT ones in order
    const inits: Fn[] = [];
    for (const [name, fn, gen, isStatic, special] of linked.functions) {
      if (special === 'init') inits.unshift(fn);
      else if (special === 'exit') prog.exits.push(fn);
      else if (!isStatic) {
        vm.syms.define(name, fn, m.file, gen);
        first ??= fn;
      }
    }
    prog.inits.push(...inits);
  }
  prog.entry = vm.syms.findFunc('MAIN')?.fn ?? first;
  return prog;
}

/** Run a linked program to its end; returns the process exit code. */
export function runProgram(vm: VM, prog: Program, args: string[]): number {
  const ctx = vm.main;
  // QUIT ends a phase; a BREAK with no BEGIN SEQUENCE ends it silently
  const guard = (body: () => void): void => {
    try {
      body();
    } catch (e) {
      checkAllocationFailure(ctx, e);
      if (!(e instanceof QuitSignal) && !(e instanceof BreakSignal)) keepStack(ctx, e);
      ctx.unwind(-1);
      if (!(e instanceof QuitSignal) && !(e instanceof BreakSignal)) throw e;
    }
  };
  try {
    guard(() => {
      for (const m of prog.modules) m.initStatics(ctx);
      // the PUBLIC GetList and ErrorSys()
      vm.syms.func('__HBVMINIT').fn(ctx);
      for (const f of prog.inits) f(ctx);
      // a program of static functions only has nothing to start
      if (prog.entry === null) internalError(ctx, EI_VMBADSTARTUP, internalErrorText(EI_VMBADSTARTUP).replace('%s', 'MAIN'));
      prog.entry(ctx, ...(args as Value[]));
    });
    // counting mode: LOCALs codeblocks used go as the start procedure's would have
    const detach = vm.rc;
    if (detach !== null) guard(() => detach.releaseDetached(ctx));
    guard(() => {
      for (const f of prog.exits) f(ctx);
    });
    // counting mode: cyclic garbage and the PUBLICs go, their destructors run
    const rc = vm.rc;
    if (rc !== null) guard(() => rc.programEnd(ctx));
  } finally {
    vm.console.flush();
  }
  return vm.errorLevel;
}
