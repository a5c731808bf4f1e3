// The compiler pipeline for one .prg file: preprocess -> parse -> generate.

import { preprocessFile, type PPOptions } from './pp/index.js';
import { parseModule } from './parse/module.js';
import { generateModule } from './codegen/module.js';
import type { Diagnostic } from './diagnostics.js';
import { applyPragma, applySwitches, defaultSwitches, switchesAt } from './switches.js';

export interface CompileResult {
  /** the generated module, or null when there were errors */
  js: string | null;
  diagnostics: Diagnostic[];
  /** compiler switches set by #pragma in the source */
  pragmas: string[];
  /** the files #included (directly or not), for the compile cache */
  includes: string[];
}

/**
 * `counting`: the code generation of programs that declare a destructor
 * (runtime/vm/refcount.ts); `assignOps`: of programs that overload `:=`
 * (codegen/assignop.ts).
 */
export function compileFile(path: string, displayName: string, opts: PPOptions, flags: readonly string[] = [], counting = false,
  assignOps = false): CompileResult {
  const pp = preprocessFile(path, opts);
  const base = applySwitches(defaultSwitches(), flags);
  // code generation sees the switches as the whole file leaves them; expression reduction those of each line
  const switches = pp.pragmas.reduce(applyPragma, { ...base });
  const at = switchesAt(base, pp.pragmas, pp.pragmaLines);
  const diagnostics: Diagnostic[] = [...pp.diagnostics];
  if (diagnostics.some((d) => d.severity === 'fatal')) return { js: null, diagnostics, pragmas: pp.pragmas, includes: pp.includes };
  const { module, diagnostics: parseDiags } = parseModule(pp.lines, displayName);
  diagnostics.push(...parseDiags);
  const gen = generateModule(module, switches, at, counting, assignOps);
  diagnostics.push(...gen.diagnostics);
  const failed = diagnostics.some((d) => d.severity !== 'warning');
  return { js: failed ? null : gen.js, diagnostics, pragmas: pp.pragmas, includes: pp.includes };
}
