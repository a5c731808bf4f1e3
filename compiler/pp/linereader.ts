// Reads one logical line of a source file at a time: physical lines joined
// by a trailing ';', multi-line comments, extended code blocks whose body
// spans lines, and the TEXT ... ENDTEXT / #pragma BEGINDUMP streams, whose
// lines are not tokenized as code.

import { Scanner, unescapeC } from '../lexer.js';
import { TT, type PPToken, cloneToken, mkToken } from './tokentype.js';

export const enum StreamMode {
  Off = 0,
  /** #pragma BEGINDUMP: lines are C code, skipped up to #pragma ENDDUMP. */
  DumpC = 2,
  /** TEXT (Clipper style): each line becomes a call of the line function. */
  Clipper = 3,
  /** #pragma __stream: lines are joined with LF and passed at ENDTEXT. */
  Prg = 4,
  /** #pragma __cstream: like Prg, with C escapes processed. */
  C = 5,
}

/** Stream state shared by all files of one preprocessor run. */
export interface StreamState {
  mode: StreamMode;
  /** Tokens emitted per line (Clipper) or once (Prg/C); RM_STRDUMP marks the text. */
  funcOut: PPToken[] | null;
  funcEnd: PPToken[] | null;
  buffer: string;
}

export interface LogicalLine {
  toks: PPToken[];
  /** Line breaks kept inside the token list (extended code blocks). */
  eols: number;
}

/** Splits file text (latin1) into physical lines the way Harbour reads them. */
function splitLines(text: string): string[] {
  if (text.charCodeAt(0) === 0xef && text.charCodeAt(1) === 0xbb && text.charCodeAt(2) === 0xbf) {
    text = text.slice(3);
  }
  if (text.indexOf('\r') >= 0) text = text.replace(/\r/g, '');
  return text.indexOf('\x1a') >= 0 ? text.split(/[\n\x1a]/) : text.split('\n');
}

const C_SPACE = 32, C_TAB = 9;

function isBlank(c: number): boolean {
  return c === C_SPACE || c === C_TAB;
}

function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

/**
 * True when the line holds exactly the words given (blanks between them),
 * optionally followed by ';', a comment or nothing. Returns the index after
 * the words or -1.
 */
export function lineHasCommand(s: string, words: string[]): number {
  let n = 0;
  const len = s.length;
  for (const w of words) {
    while (n < len && isBlank(s.charCodeAt(n))) ++n;
    if (n + w.length > len || s.substr(n, w.length).toUpperCase() !== w) return -1;
    n += w.length;
    if (n < len && isIdChar(w.charCodeAt(w.length - 1)) && isIdChar(s.charCodeAt(n))) return -1;
  }
  while (n < len && isBlank(s.charCodeAt(n))) ++n;
  if (n + 1 < len && (s[n] === '/' || s[n] === '&') && s[n] === s[n + 1]) n = len;
  if (n === len || s[n] === ';' || (n + 1 < len && s[n] === '/' && s[n + 1] === '*')) return n;
  return -1;
}

export class LineReader {
  private readonly lines: string[];
  private next = 0;
  /** Number of physical lines read so far (the current line number). */
  lineNo = 0;

  /** Feeds the scanner the lines a multi-line string continues on. */
  private readonly supplyLine = (): string | null => (this.eof ? null : this.readPhys());

  constructor(text: string, private readonly sc: Scanner, private readonly stream: StreamState) {
    this.lines = splitLines(text);
  }

  get eof(): boolean {
    return this.next >= this.lines.length;
  }

  private readPhys(): string {
    this.lineNo++;
    return this.lines[this.next++];
  }

  /** Appends the stream function tokens, the text replacing the dump marker. */
  private addStreamFunc(func: PPToken[] | null, value: string | null): void {
    const sc = this.sc;
    if (func) {
      for (const f of func) {
        if (f.t === TT.RM_STRDUMP) {
          if (value !== null) {
            const tok = mkToken(TT.STRING, value, f.spaces, this.lineNo);
            sc.toks.push(tok);
          }
        } else {
          const c = cloneToken(f);
          c.line = this.lineNo;
          sc.toks.push(c);
        }
      }
    }
    sc.newStatement = true;
  }

  /** Handles one physical line while a stream is active; returns where code scanning resumes. */
  private streamLine(s: string): number {
    const st = this.stream;
    const sc = this.sc;
    if (st.mode === StreamMode.DumpC) {
      const at = lineHasCommand(s, ['#', 'PRAGMA', 'ENDDUMP']);
      if (at >= 0) {
        st.mode = StreamMode.Off;
        return at;
      }
      return s.length;
    }
    let at = lineHasCommand(s, ['ENDTEXT']);
    if (at < 0) at = lineHasCommand(s, ['#', 'PRAGMA', '__ENDTEXT']);
    if (at >= 0) {
      sc.line = this.lineNo;
      if (st.mode === StreamMode.Clipper) {
        if (st.funcEnd) this.addStreamFunc(st.funcEnd, null);
      } else {
        this.addStreamFunc(st.funcOut, st.buffer);
        if (st.funcEnd) {
          if (st.funcOut) sc.addCmdSep();
          this.addStreamFunc(st.funcEnd, st.buffer);
        }
        st.buffer = '';
      }
      st.funcOut = st.funcEnd = null;
      st.mode = StreamMode.Off;
      return at;
    }
    if (st.mode === StreamMode.Clipper) {
      this.addStreamFunc(st.funcOut, s);
    } else {
      st.buffer += (st.mode === StreamMode.C ? unescapeStream(s) : s) + '\n';
    }
    return s.length;
  }

  /**
   * Reads the next logical line. The token list ends with an EOL token unless
   * the line produced no tokens at all (blank or comment lines).
   */
  read(): LogicalLine {
    const sc = this.sc;
    const st = this.stream;
    sc.reset(this.lineNo + 1);
    sc.nextLine = this.supplyLine;
    let startLine = this.lineNo + 1;
    let eolPos = -1;
    let eols = 0;
    do {
      let s = this.readPhys();
      sc.line = this.lineNo;
      let i = 0;
      if (sc.canNextLine) {
        sc.spaces = sc.spacesNL;
        sc.spacesMin = 1;
        sc.canNextLine = false;
        // Clipper keeps only the last leading blank of a joined line
        if (s.length > 1 && isBlank(s.charCodeAt(0))) {
          while (s.length - i > 1 && isBlank(s.charCodeAt(i + 1))) ++i;
        }
      }
      if (st.mode !== StreamMode.Off && !sc.inComment) {
        i = this.streamLine(s);
      }
      if (i < s.length) sc.scan(s, i, s.length);
      if (eolPos >= 0 && (eolPos !== sc.toks.length || (sc.nestedBlock && sc.toks.length && this.eof))) {
        const ins: PPToken[] = [];
        while (startLine < this.lineNo) {
          ins.push(mkToken(TT.EOL, '\n', 0, startLine));
          startLine++;
          eols++;
        }
        if (ins.length) sc.toks.splice(eolPos, 0, ...ins);
      }
      if (!sc.canNextLine && !(st.mode !== StreamMode.Off && st.mode !== StreamMode.Clipper) &&
        (sc.nestedBlock || sc.blockState === 5)) {
        eolPos = sc.toks.length;
        sc.spaces = sc.spacesMin = 0;
        sc.newStatement = true;
        sc.directive = false;
        if (sc.blockState) {
          if (sc.blockState === 5) sc.nestedBlock++;
          sc.blockState = 0;
        }
      }
    } while (!this.eof && (sc.canNextLine || sc.nestedBlock || sc.inComment ||
      (st.mode !== StreamMode.Off && st.mode !== StreamMode.Clipper)));
    sc.nextLine = null;
    if (sc.inComment) {
      sc.inComment = false;
      sc.errors.push({ code: 23, param: '', line: this.lineNo });
    } else if (st.mode === StreamMode.DumpC) {
      st.mode = StreamMode.Off;
    } else if (st.mode !== StreamMode.Off && this.eof) {
      sc.errors.push({ code: 3, param: '', line: this.lineNo });
    }
    const toks = sc.toks;
    if (toks.length) toks.push(mkToken(TT.EOL, '\n', 0, this.lineNo));
    sc.toks = [];
    return { toks, eols };
  }
}

/** C escapes in a __cstream line. */
function unescapeStream(s: string): string {
  return s.indexOf('\\') < 0 ? s : unescapeC(s);
}
