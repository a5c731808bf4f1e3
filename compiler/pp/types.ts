// Public types of the preprocessor.

import type { Token } from './token.js';

export interface PPOptions {
  includePaths: string[];
  /** -DNAME=value; value '' for plain -DNAME */
  defines: Record<string, string>;
  /** Initial compiler switch values seen by __pragma() and #pragma, e.g. { w: 3, es: 2 }. */
  switches?: Record<string, number>;
  /** Receives #stdout text; default: the process's standard output. */
  stdout?: (text: string) => void;
}

export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'fatal';
  /** e.g. 'F0029', 'E0001'; warnings W0001 (#warning) and W0002 (redefinition) are level 1 (-w1) */
  code: string;
  message: string;
}

/** One logical line after preprocessing; may contain 'eoc' tokens; never empty. */
export interface PPLine {
  file: string;
  /** Source line where the logical line starts. */
  line: number;
  tokens: Token[];
  /**
   * The line Harbour attributes to the line's first statement (its current
   * line): the last physical line of a statement continued with ';'.
   */
  lastLine: number;
  /** The -p output writes a `#line` directive before this line (first output after an #include). */
  lineInfo?: boolean;
}

export interface PPResult {
  lines: PPLine[];
  diagnostics: Diagnostic[];
  /**
   * Compiler switches set by #pragma, in order, each as '-<switch><value>':
   * e.g. '-w3', '-es2', '-a1', '-km0', '-l1' (named pragmas such as
   * AUTOMEMVAR=ON are reported as their switch, '-a1').
   */
  pragmas: string[];
  /** For each of `pragmas`, the line of the main file (or of its #include) where it appears. */
  pragmaLines: number[];
  /** Absolute paths of the files #included (directly or not), each once, for the compile cache. */
  includes: string[];
}
