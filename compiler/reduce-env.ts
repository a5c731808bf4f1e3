// The context an expression is reduced in.

import { CompileError } from './diagnostics.js';
import type { Switches } from './switches.js';

export interface ReduceEnv {
  /** the compiler switches in force for the statement */
  sw: Switches;
  /** the run-time macro compiler (some folds are the compiler's own) */
  macro: boolean;
  /** the statement's line, for compile errors */
  line: number;
  /** where compile errors go so that reduction goes on (as Harbour reports them all); thrown without it */
  errors?: CompileError[];
}

/** Report compile error `code` of the expression being reduced. */
export function reduceError(env: ReduceEnv, code: number, args: string[]): void {
  const err = new CompileError(code, env.line, args);
  if (env.errors === undefined) throw err;
  env.errors.push(err);
}
