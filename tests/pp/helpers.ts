// Shared helpers for the preprocessor tests.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preprocessText, ppoText, type PPResult } from '../../compiler/pp/index.js';

/** The repository root, from the source tree or from the built dist/ tree. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export interface Run {
  result: PPResult;
  /** Non-empty lines of the -p output. */
  lines: string[];
  /** Diagnostics as "line code message". */
  diags: string[];
  stdout: string;
}

export function pp(text: string, defines: Record<string, string> = {}, includePaths: string[] = [],
  fileName = 'test.prg'): Run {
  let stdout = '';
  const result = preprocessText(text, fileName, {
    includePaths, defines, stdout: (s) => { stdout += s; },
  });
  const lines = ppoText(result).split('\n').filter((l) => l.trim() !== '');
  const diags = result.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`);
  return { result, lines, diags, stdout };
}

/** Output lines of `text` with surrounding blanks removed, without #line markers. */
export function out(text: string): string[] {
  return pp(text).lines.filter((l) => !l.startsWith('#line')).map((l) => l.trim());
}
