// From source files to a running program: compile each file (or take it
// from the compile cache), report diagnostics, link, run.

import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { compileFile } from '../compiler/compile.js';
import { formatDiagnostic, type Diagnostic } from '../compiler/diagnostics.js';
import { preprocessFile, ppoText } from '../compiler/pp/index.js';
import { VM } from './vm/vm.js';
import { registerStd } from '../std/registry.js';
import { linkProgram, runProgram, type CompiledModule } from './program.js';
import { CompileCache } from './compile-cache.js';
import { reportInternalError } from './internal-error.js';
import { DESTRUCTOR_MARK } from '../compiler/codegen/module.js';
import { ASSIGN_OP_MARK } from '../compiler/codegen/assignop.js';
import { enableCounting } from './vm/refcount-std.js';

/** hbrun's and hbmk2's exit code when a program does not compile. */
const EXIT_COMPILE_ERROR = 6;

/** The compile cache's keys for code generated in counting mode, and with the checks of := overloading. */
const COUNTING_KEY = '(counting)';
const ASSIGN_OPS_KEY = '(assignops)';

export interface BuildOptions {
  includePaths: string[];
  defines: Record<string, string>;
  /** compiler switches (-w3, -es2, -kmo ...) from the command line or an .hbp */
  flags: string[];
  files: string[];
  preprocessOnly: boolean;
  useCache: boolean;
}

export function buildProgram(opts: BuildOptions, args: string[]): number {
  const ppOpts = { includePaths: opts.includePaths, defines: opts.defines };
  for (const f of opts.files) {
    if (!existsSync(f)) {
      process.stderr.write(`hbts: cannot open ${f}\n`);
      return 1;
    }
  }
  if (opts.preprocessOnly) {
    let failed = false;
    for (const f of opts.files) {
      const r = preprocessFile(f, ppOpts);
      process.stdout.write(Buffer.from(ppoText(r), 'latin1'));
      failed = report(r.diagnostics) > 0 || failed;
    }
    return failed ? 1 : 0;
  }

  const cache = opts.useCache ? new CompileCache() : null;
  let compiled = false;
  const compileAll = (counting: boolean, assignOps: boolean): CompiledModule[] | null => {
    // each mode is another code generation: another cache key
    const flags = [...opts.flags];
    if (counting) flags.push(COUNTING_KEY);
    if (assignOps) flags.push(ASSIGN_OPS_KEY);
    const modules: CompiledModule[] = [];
    let failed = false;
    for (const f of opts.files) {
      const name = basename(f);
      const cached = cache?.get(f, ppOpts, flags);
      if (cached !== undefined) {
        modules.push({ file: name, js: cached });
        continue;
      }
      const r = compileFile(f, name, ppOpts, opts.flags, counting, assignOps);
      compiled = true;
      const errors = report(r.diagnostics);
      if (errors > 0) {
        // the compiler's summary, as hbrun and hbmk2 show it (the carriage
        // return clears the progress line Harbour's compiler draws there)
        process.stdout.write(`\r${errors} error${errors > 1 ? 's' : ''}\n\nNo code generated.\n`);
        failed = true;
      }
      if (r.js === null) continue;
      cache?.put(f, ppOpts, flags, r.js, r.includes);
      modules.push({ file: name, js: r.js });
    }
    return failed ? null : modules;
  };
  let modules = compileAll(false, false);
  if (modules === null) return EXIT_COMPILE_ERROR;
  // a program that declares a destructor counts references in all its
  // modules; one that overloads := checks assignments in all of them
  const counting = modules.some((m) => m.js.includes(DESTRUCTOR_MARK));
  const assignOps = modules.some((m) => m.js.includes(ASSIGN_OP_MARK));
  if (counting || assignOps) modules = compileAll(counting, assignOps);
  if (modules === null) return EXIT_COMPILE_ERROR;

  const vm = new VM();
  registerStd(vm);
  if (counting) enableCounting(vm);
  vm.argv = args;
  vm.progName = opts.files[0];
  try {
    const prog = linkProgram(vm, modules);
    // a run that compiled would put the compiler into the launcher's code cache
    if (!compiled) programStarts();
    return runProgram(vm, prog, args);
  } catch (e) {
    return reportInternalError(vm, e);
  }
}

/**
 * The launcher's hook (runtime/launch.cts) for the moment a program loaded
 * from the compile cache starts; called once.
 */
function programStarts(): void {
  const key = Symbol.for('hbts.programStart');
  const g = globalThis as Record<symbol, (() => void) | undefined>;
  const hook = g[key];
  if (hook === undefined) return;
  g[key] = undefined;
  hook();
}

/** Print diagnostics as Harbour does; the number of errors. */
function report(diags: Diagnostic[]): number {
  let errors = 0;
  for (const d of diags) {
    process.stderr.write(formatDiagnostic(d) + '\n');
    if (d.severity !== 'warning') errors++;
  }
  return errors;
}
