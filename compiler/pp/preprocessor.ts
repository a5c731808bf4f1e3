// One preprocessor run: reads logical lines from the source file and the
// files it includes, executes directives, translates statements and
// collects the resulting lines.

import { resolve } from 'node:path';
import { Scanner } from '../lexer.js';
import { TT, type PPToken } from './tokentype.js';
import { LineReader, StreamMode, type StreamState } from './linereader.js';
import type { RuleSet } from './ruleset.js';
import { messageCode, messageText, PPErr, type Prefix } from './messages.js';
import { concatenateKeywords, dropCommand, processCommands, processDefines, processTranslates, type TranslateHost } from './translate.js';
import { runDirective } from './directives.js';
import { isEOC } from './match.js';
import type { Diagnostic, PPLine } from './types.js';
import type { Token } from './token.js';
import { defaultSwitches } from './pragma.js';

/** Clipper allowed 16 nested includes, Harbour 64. */
const MAX_INCLUDED_FILES = 64;
const DEFAULT_MAX_CYCLES = 4096;

interface SourceFile {
  /** Name as reported in diagnostics, __FILE__ and PPLine.file. */
  name: string;
  reader: LineReader;
  /** Tokens of the current logical line not handled yet. */
  pending: PPToken[];
  /** Harbour's current line: advances as line breaks inside a logical line are output. */
  curLine: number;
  /** First physical line of the current logical line. */
  firstLine: number;
  /** The next output needs a #line marker in -p output. */
  genLineInfo: boolean;
}

/** Loads the text of an include file; returns null when it cannot be found. */
export type IncludeLoader = (name: string, system: boolean, fromFile: string) => { path: string; text: string } | null;

export class Preprocessor implements TranslateHost {
  readonly stream: StreamState = { mode: StreamMode.Off, funcOut: null, funcEnd: null, buffer: '' };
  readonly scanner = new Scanner();
  readonly diagnostics: Diagnostic[] = [];
  readonly pragmas: string[] = [];
  /** For each of `pragmas`, the line of the main file it takes effect after. */
  readonly pragmaLines: number[] = [];
  readonly lines: PPLine[] = [];
  /** Absolute paths of the included files. */
  readonly includes = new Set<string>();
  /** Compiler switch values as #pragma and __pragma() see them. */
  readonly switches = defaultSwitches();
  maxCycles = DEFAULT_MAX_CYCLES;
  cycle = 0;
  /** Conditional compilation: 0 active, 1 skipping to #else, 2 skipping to #endif. */
  condState = 0;
  readonly condStack: number[] = [];
  fatal = false;
  private files: SourceFile[] = [];
  private out: PPLine | null = null;

  constructor(public rules: RuleSet, private readonly loadInclude: IncludeLoader,
    readonly stdout: (text: string) => void) {}

  fileName(): string {
    const f = this.files[this.files.length - 1];
    return f ? f.name : '';
  }

  curLine(): number {
    const f = this.files[this.files.length - 1];
    return f ? f.curLine : 0;
  }

  /** The current line of the main file (of the #include being read, inside one). */
  mainLine(): number {
    return this.files.length ? this.files[0].curLine : 0;
  }

  /** Reports a message at the current line. */
  report(prefix: Prefix, n: number, param: string, line = this.curLine()): void {
    this.diagnostics.push({
      file: this.fileName(),
      line,
      severity: prefix === 'W' ? 'warning' : prefix === 'F' ? 'fatal' : 'error',
      code: messageCode(prefix, n),
      message: messageText(prefix, n, param),
    });
    if (prefix === 'F') this.fatal = true;
  }

  error(n: PPErr, param: string): void {
    this.report('E', n, param);
  }

  /** Opens an included file; reports F0029/F0031 when that fails. */
  include(name: string, system: boolean): void {
    if (this.files.length >= MAX_INCLUDED_FILES) {
      this.report('F', PPErr.NestedIncludes, '');
      return;
    }
    const found = this.loadInclude(name, system, this.fileName());
    if (!found) {
      this.report('F', PPErr.CannotOpenFile, name);
      return;
    }
    this.includes.add(resolve(found.path));
    this.pushFile(found.path, found.text);
    this.files[this.files.length - 1].genLineInfo = true;
  }

  pushFile(name: string, text: string): void {
    this.files.push({
      name,
      reader: new LineReader(text, this.scanner, this.stream),
      pending: [],
      curLine: 0,
      firstLine: 0,
      genLineInfo: false,
    });
  }

  /** Preprocesses until all files are done or a fatal error stops it. */
  run(): void {
    while (this.files.length && !this.fatal) {
      const f = this.files[this.files.length - 1];
      if (!f.pending.length && !this.nextLine(f)) {
        if (this.files.length === 1) break;
        this.files.pop();
        this.files[this.files.length - 1].genLineInfo = true;
        continue;
      }
      const toks = f.pending;
      const first = toks[0].t;
      if (first === TT.DIRECTIVE || first === TT.HASH) {
        const end = runDirective(this, toks, first === TT.DIRECTIVE);
        this.dropFrom(f, end);
      } else if (this.condState) {
        this.dropFrom(f, -1);
      } else {
        this.statement(f);
      }
    }
    this.finishLine();
  }

  /**
   * Preprocesses `text` as a source of its own with the rules and state
   * left by earlier calls (the run-time __pp_Process()): the lines it gives.
   */
  processText(text: string): PPLine[] {
    this.lines.length = 0;
    this.diagnostics.length = 0;
    this.fatal = false;
    this.pushFile('', text);
    this.run();
    this.files.length = 0;
    return this.lines;
  }

  /** Reads the next non-empty logical line of a file; false at its end. */
  private nextLine(f: SourceFile): boolean {
    const sc = this.scanner;
    while (!f.reader.eof) {
      const firstLine = f.reader.lineNo + 1;
      const ll = f.reader.read();
      f.curLine = f.reader.lineNo - ll.eols;
      if (sc.errors.length) {
        for (const e of sc.errors) this.report('E', e.code, e.param, e.line);
        sc.errors = [];
      }
      if (ll.toks.length) {
        f.pending = ll.toks;
        f.firstLine = firstLine;
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the handled tokens: through `end`, or through the first end of
   * command when `end` is -1.
   */
  private dropFrom(f: SourceFile, end: number): void {
    const toks = f.pending;
    const dropped = end < 0 ? dropCommand(toks, 0) : toks.splice(0, end + 1);
    if (toks.length) {
      for (const t of dropped) if (t.t === TT.EOL) f.curLine++;
    } else if (this.out && this.out.file === f.name) {
      this.finishLine();
    }
  }

  private statement(f: SourceFile): void {
    const toks = f.pending;
    this.cycle = 0;
    while (!isEOC(toks, 0) && this.cycle <= this.maxCycles) {
      if (toks[0].t === TT.DIRECTIVE || toks[0].t === TT.HASH) return;
      concatenateKeywords(toks);
      if (processDefines(this, toks, 0)) continue;
      if (processTranslates(this, toks, 0)) continue;
      if (processCommands(this, toks)) continue;
      break;
    }
    if (toks.length) this.emit(f);
    else this.finishLine();
  }

  /** Moves the first statement of the pending tokens to the output. */
  private emit(f: SourceFile): void {
    const toks = f.pending;
    let k = 0;
    while (k < toks.length - 1 && toks[k].t !== TT.EOC && toks[k].t !== TT.EOL) k++;
    const moved = toks.splice(0, k + 1);
    if (this.out && this.out.file !== f.name) this.finishLine();
    if (!this.out) {
      this.out = { file: f.name, line: f.firstLine, tokens: [], lastLine: f.curLine };
      if (f.genLineInfo) this.out.lineInfo = true;
      f.genLineInfo = false;
    }
    const out = this.out.tokens;
    let eols = 0;
    for (let i = 0; i < moved.length; i++) {
      const t = moved[i];
      if (t.t === TT.EOL) {
        eols++;
        if (i === moved.length - 1 && !toks.length) break;
      }
      out.push(t as Token);
    }
    if (toks.length) f.curLine += eols;
    else this.finishLine();
  }

  private finishLine(): void {
    const out = this.out;
    this.out = null;
    if (out && out.tokens.some((t) => t.kind !== 'eoc')) this.lines.push(out);
  }
}
