// Harbour preprocessor: public entry points.

import { readFileSync } from 'node:fs';
import { Preprocessor } from './preprocessor.js';
import { makeIncludeLoader } from './includes.js';
import { startRules } from './stdrules.js';
import { PPErr } from './messages.js';
import type { PPOptions, PPResult } from './types.js';

export type { PPOptions, Diagnostic, PPLine, PPResult } from './types.js';
export { ppoText } from './ppo.js';

function run(text: string | null, fileName: string, opts: PPOptions): PPResult {
  const rules = startRules(opts.defines);
  const stdout = opts.stdout ?? ((s: string): void => {
    process.stdout.write(s);
  });
  const pp = new Preprocessor(rules, makeIncludeLoader(fileName, opts.includePaths), stdout);
  for (const [name, value] of Object.entries(opts.switches ?? {})) pp.switches.set(name, value);
  if (text === null) {
    pp.pushFile(fileName, '');
    pp.report('F', PPErr.CannotOpenInput, fileName, 0);
  } else {
    pp.pushFile(fileName, text);
    pp.run();
  }
  return { lines: pp.lines, diagnostics: pp.diagnostics, pragmas: pp.pragmas, pragmaLines: pp.pragmaLines, includes: [...pp.includes] };
}

/** Preprocesses a source file (read as latin1: one char per byte). */
export function preprocessFile(path: string, opts: PPOptions): PPResult {
  let text: string | null;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    text = null;
  }
  return run(text, path, opts);
}

/** Preprocesses source text as if it were the file `fileName`. */
export function preprocessText(text: string, fileName: string, opts: PPOptions): PPResult {
  return run(text, fileName, opts);
}
