// Harbour's tokenizer: turns the characters of one physical line into tokens.
//
// The scanner keeps the state a logical line needs across physical lines
// (pending ';', leading blanks, open extended code blocks), so the
// preprocessor's line reader feeds it line after line; `lexExpression` runs it
// once over a macro string. Source text is latin1: one char per byte.

import type { Token } from './pp/token.js';
import { TT, type PPToken, kindOf, canQuoteAfter } from './pp/tokentype.js';

/** Lexer error codes and texts are the preprocessor's (E0001, E0002). */
export interface LexError {
  /** Preprocessor error number: 1 illegal character, 2 unterminated string. */
  code: number;
  param: string;
  line: number;
}

const C_TAB = 9, C_SPACE = 32, C_DQUOTE = 34, C_HASH = 35, C_AMP = 38, C_SQUOTE = 39,
  C_STAR = 42, C_DOT = 46, C_SLASH = 47, C_0 = 48, C_7 = 55, C_9 = 57, C_SEMI = 59,
  C_LSB = 91, C_BSLASH = 92, C_RSB = 93, C_BACKTICK = 96;

function isFirstId(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNextId(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= C_0 && c <= C_9);
}

function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}

function isHex(c: number): boolean {
  return (c >= C_0 && c <= C_9) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isIllegal(c: number): boolean {
  return c < 32 || c === 127;
}

function upper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** True when s[i..] starts with `word` (ASCII upper case), ignoring case. */
function startsWithI(s: string, i: number, end: number, word: string): boolean {
  if (i + word.length > end) return false;
  for (let k = 0; k < word.length; k++) {
    if (upper(s.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Removes C escape sequences (\n, \t, \x41, \101 ...) as e"" strings need. */
export function unescapeC(s: string): string {
  let k = s.indexOf('\\');
  if (k < 0) return s;
  let out = s.slice(0, k);
  const n = s.length;
  while (k < n) {
    let c = s.charCodeAt(k++);
    if (c === C_BSLASH) {
      if (k >= n) break;
      c = s.charCodeAt(k++);
      switch (c) {
        case 114: c = 13; break;   // r
        case 110: c = 10; break;   // n
        case 116: c = 9; break;    // t
        case 98: c = 8; break;     // b
        case 102: c = 12; break;   // f
        case 118: c = 11; break;   // v
        case 97: c = 7; break;     // a
        case 120: {                // x: any number of hex digits
          c = 0;
          while (k < n && isHex(s.charCodeAt(k))) {
            const h = s.charCodeAt(k++);
            c = ((c << 4) | (h <= C_9 ? h - C_0 : (h | 32) - 87)) & 0xff;
          }
          break;
        }
        default:
          if (c >= C_0 && c <= C_7) {  // up to three octal digits
            c -= C_0;
            for (let d = 0; d < 2 && k < n; d++) {
              const o = s.charCodeAt(k);
              if (o < C_0 || o > C_7) break;
              c = ((c << 3) | (o - C_0)) & 0xff;
              k++;
            }
          }
      }
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Decides whether the '[' at s[i] opens a string, as Clipper does: after an
 * operand only when the bracket holds an unbalanced quote (and the rest of
 * the line is balanced) or a control character. Returns the index of the
 * closing ']' or -1.
 */
function quoteEnd(quoteOk: boolean, s: string, n: number, end: number): number {
  let q = 0;
  while (n < end) {
    const c = s.charCodeAt(n);
    if (c === C_RSB) {
      if (q && !quoteOk) {
        let u = n + 1;
        q = 0;
        while (u < end) {
          const d = s.charCodeAt(u);
          if (q) {
            if (d === q) q = 0;
          } else if (d === C_BACKTICK) q = C_SQUOTE;
          else if (d === C_SQUOTE || d === C_DQUOTE) q = d;
          else if (d === C_LSB) {
            const r = quoteEnd(true, s, u + 1, end);
            if (r >= 0) u = r;
          }
          ++u;
        }
        quoteOk = q === 0;
      }
      return quoteOk ? n : -1;
    } else if (!quoteOk) {
      if (q) {
        if (c === q) q = 0;
      } else if (c === C_BACKTICK) q = C_SQUOTE;
      else if (c === C_SQUOTE || c === C_DQUOTE) q = c;
      else if (isIllegal(c)) quoteOk = true;
    }
    ++n;
  }
  return -1;
}

export class Scanner {
  toks: PPToken[] = [];
  /** Physical line the next tokens come from. */
  line = 1;
  /** Blanks before the next token. */
  spaces = 0;
  /** Blanks before the pending ';' (kept if it turns out to separate statements). */
  spacesNL = 0;
  /** At least this many blanks before a word (after a joined line or a comment). */
  spacesMin = 0;
  lastType: TT = TT.NUL;
  /** A ';' was read: a separator if more tokens follow, a line join at the line end. */
  canNextLine = false;
  /** The statement is a # directive ('[' is no string there). */
  directive = false;
  newStatement = true;
  /** Progress through `{|params|` (5: complete), which opens a multi-line block at a line end. */
  blockState = 0;
  /** Multi-line code blocks open in this logical line. */
  nestedBlock = 0;
  /** Inside a multi-line comment. */
  inComment = false;
  /** #pragma ESCAPEDSTRINGS: "" strings take C escapes. */
  escStr = false;
  /** #pragma MULTILINESTRINGS: a string may continue over a ';' line end. */
  multiLineStr = false;
  /** #pragma operator spellings, searched before the built-in ones. */
  userOps: Array<[string, string]> = [];
  errors: LexError[] = [];
  /**
   * Scanning a macro's text: a macro name is only `&` and a name (as
   * Harbour's macro compiler reads it), never a trailing `&` alone, which
   * would make a text that expands to itself.
   */
  exprOnly = false;
  /** Supplies the next physical line for multi-line strings. */
  nextLine: (() => string | null) | null = null;

  /** Starts a new logical line. */
  reset(line: number): void {
    this.toks = [];
    this.line = line;
    this.spaces = this.spacesMin = 0;
    this.canNextLine = this.directive = false;
    this.newStatement = true;
    this.lastType = TT.NUL;
    this.blockState = this.nestedBlock = 0;
  }

  private error(code: number, param: string): void {
    this.errors.push({ code, param, line: this.line });
  }

  addCmdSep(): void {
    this.toks.push({ kind: 'eoc', text: ';', spaces: this.spacesNL, line: this.line, t: TT.EOC });
    this.newStatement = true;
    this.canNextLine = false;
    if (this.blockState) {
      if (this.blockState === 5) this.nestedBlock++;
      this.blockState = 0;
    }
  }

  add(t: TT, text: string): PPToken {
    if (this.canNextLine) this.addCmdSep();
    if (!this.directive) {
      if (this.nestedBlock && this.newStatement && t === TT.RIGHT_CB) {
        this.blockState = 0;
        this.nestedBlock--;
      } else if (this.lastType === TT.LEFT_CB && t === TT.PIPE) {
        this.blockState = 1;
      } else if (this.blockState) {
        const bs = this.blockState;
        if ((bs === 1 || bs === 2 || bs === 4) && t === TT.PIPE) this.blockState = 5;
        else if (bs === 1 && t === TT.KEYWORD) this.blockState = 2;
        else if (bs === 1 && t === TT.EPSILON) this.blockState = 4;
        else if (bs === 2 && t === TT.COMMA) this.blockState = 1;
        else this.blockState = 0;
      }
      if (this.newStatement && t === TT.HASH) {
        this.directive = true;
        t = TT.DIRECTIVE;
      }
    }
    if (this.spacesMin !== 0 && this.spaces === 0 && t === TT.KEYWORD) this.spaces = this.spacesMin;
    const tok: PPToken = { kind: kindOf(t), text, spaces: this.spaces, line: this.line, t };
    this.toks.push(tok);
    this.newStatement = false;
    this.spaces = this.spacesMin = 0;
    this.lastType = t;
    return tok;
  }

  /** Line being scanned; a multi-line string may replace it with a longer one. */
  private s = '';
  private end = 0;

  /** Scans s[i..end) of one physical line. */
  scan(s: string, i: number, end: number): void {
    this.s = s;
    this.end = end;
    while (i < this.end) {
      s = this.s;
      end = this.end;
      if (this.inComment) {
        const j = s.indexOf('*/', i);
        if (j < 0 || j + 2 > end) return;
        this.inComment = false;
        this.spaces = 0;
        this.spacesMin = 1;
        i = j + 2;
        continue;
      }
      const c = s.charCodeAt(i);
      const c1 = i + 1 < end ? s.charCodeAt(i + 1) : -1;
      switch (c) {
        case C_SPACE:
        case C_TAB: {
          let sp = this.spaces;
          do {
            const b = s.charCodeAt(i);
            if (b === C_SPACE) sp++;
            else if (b === C_TAB) sp += 4;
            else break;
          } while (++i < end);
          this.spaces = sp;
          continue;
        }
        case C_DQUOTE:
          i = this.escStr ? this.escString(i, 1) : this.plainString(i, C_DQUOTE, '"');
          continue;
        case C_SQUOTE:
        case C_BACKTICK:
          i = this.plainString(i, C_SQUOTE, "'");
          continue;
        case C_LSB:
          if (!this.directive) {
            const r = quoteEnd(this.canNextLine || canQuoteAfter(this.lastType), s, i + 1, end);
            if (r >= 0) {
              this.add(TT.STRING, s.slice(i + 1, r)).quote = '[';
              i = r + 1;
              continue;
            }
          }
          this.add(TT.LEFT_SB, '[');
          i++;
          continue;
        case C_SLASH:
          // a macro's text has no comments: there these are operators
          if (this.exprOnly) break;
          if (c1 === C_SLASH) return;
          if (c1 === C_STAR) {
            this.inComment = true;
            i += 2;
            continue;
          }
          break;
        case C_AMP:
          if (c1 === C_AMP && !this.exprOnly) return;
          if (c1 >= 0 && isFirstId(c1)) {
            i = this.macro(s, i, end);
            continue;
          }
          break;
        case C_STAR:
          if (this.toks.length === 0 && !this.exprOnly) return;
          break;
        case C_SEMI:
          if (this.canNextLine) this.addCmdSep();
          this.canNextLine = true;
          this.spacesNL = this.spaces;
          this.spaces = 0;
          i++;
          continue;
        case C_DOT:
          if (c1 >= 0 && isDigit(c1)) {
            let n = i + 1;
            while (++n < end && isDigit(s.charCodeAt(n)));
            this.add(TT.NUMBER, s.slice(i, n));
            i = n;
            continue;
          }
          if (i + 2 < end && s.charCodeAt(i + 2) === C_DOT) {
            const v = upper(c1);
            if (v === 84 || v === 89 || v === 70 || v === 78) {   // T Y F N
              this.add(TT.LOGICAL, v === 84 || v === 89 ? '.T.' : '.F.');
              i += 3;
              continue;
            }
          }
          break;
        default:
          if (isFirstId(c)) {
            if (c1 === C_DQUOTE) {
              const u = upper(c);
              if (u === 69) {               // e"..."
                i = this.escString(i, 2);
                continue;
              }
              if (u === 84 || u === 68) {   // t"..." d"..."
                i = this.dateString(s, i, end, u === 84 ? TT.TIMESTAMP : TT.DATE);
                continue;
              }
            }
            i = this.word(s, i, end);
            if (i < 0) return;
            continue;
          }
          if (c >= 128) {
            let n = i;
            while (++n < end && s.charCodeAt(n) >= 128);
            this.add(TT.TEXT, s.slice(i, n));
            i = n;
            continue;
          }
          if (isIllegal(c)) {
            this.add(TT.NUL, s[i]);
            this.error(1, (c < 16 ? '0' : '') + c.toString(16));
            i++;
            continue;
          }
          if (isDigit(c)) {
            i = this.number(s, i, end);
            continue;
          }
      }
      i = this.operator(s, i, end);
    }
  }

  /** Identifier, NOTE comment or word with embedded macros; -1 ends the line. */
  private word(s: string, i: number, end: number): number {
    let n = i;
    while (++n < end && isNextId(s.charCodeAt(n)));
    if (this.newStatement && !this.exprOnly && n - i === 4 && startsWithI(s, i, end, 'NOTE')) return -1;
    if (n < end && s.charCodeAt(n) === C_AMP && (!this.exprOnly || (end - n > 1 && isFirstId(s.charCodeAt(n + 1))))) {
      n = this.macroParts(s, n, end).n;
      this.add(TT.MACROTEXT, s.slice(i, n));
      return n;
    }
    this.add(TT.KEYWORD, s.slice(i, n));
    return n;
  }

  /** Scans [&name[.[idchars]]]+ [&] starting at an '&'; counts the parts. */
  private macroParts(s: string, n: number, end: number): { n: number; parts: number } {
    let parts = 0;
    while (end - n > 1 && s.charCodeAt(n) === C_AMP && isFirstId(s.charCodeAt(n + 1))) {
      ++parts;
      while (++n < end && isNextId(s.charCodeAt(n)));
      if (n < end && s.charCodeAt(n) === C_DOT) {
        while (++n < end && isNextId(s.charCodeAt(n))) ++parts;
      }
    }
    if (n < end && s.charCodeAt(n) === C_AMP && !this.exprOnly) {
      ++parts;
      ++n;
    }
    return { n, parts };
  }

  private macro(s: string, i: number, end: number): number {
    const { n, parts } = this.macroParts(s, i, end);
    this.add(parts === 1 ? TT.MACROVAR : TT.MACROTEXT, s.slice(i, n));
    return n;
  }

  private number(s: string, i: number, end: number): number {
    let n = i;
    const c1 = i + 1 < end ? s.charCodeAt(i + 1) | 32 : 0;
    if (s.charCodeAt(i) === C_0 && i + 2 < end && c1 === 120 && isHex(s.charCodeAt(i + 2))) {
      n = i + 2;
      while (++n < end && isHex(s.charCodeAt(n)));
      this.add(TT.NUMBER, s.slice(i, n));
      return n;
    }
    if (s.charCodeAt(i) === C_0 && i + 2 < end && c1 === 100 && isDigit(s.charCodeAt(i + 2))) {
      n = i + 2;
      while (++n < end && isDigit(s.charCodeAt(n)));
      this.add(TT.DATE, s.slice(i + 2, n));
      return n;
    }
    while (++n < end && isDigit(s.charCodeAt(n)));
    if (end - n > 1 && s.charCodeAt(n) === C_DOT && isDigit(s.charCodeAt(n + 1))) {
      ++n;
      while (++n < end && isDigit(s.charCodeAt(n)));
    }
    this.add(TT.NUMBER, s.slice(i, n));
    return n;
  }

  /**
   * Under #pragma MULTILINESTRINGS an unterminated string continues on the
   * next physical line when this one ends with ';' (the ';' and the blanks
   * before the line end are dropped). Returns where to resume the search.
   */
  private joinLine(open: number): number {
    if (!this.multiLineStr || !this.nextLine) return -1;
    const s = this.s;
    let u = this.end - 1;
    while (u > open && s.charCodeAt(u) === C_SPACE) --u;
    if (u <= open || s.charCodeAt(u) !== C_SEMI) return -1;
    const next = this.nextLine();
    if (next === null) return -1;
    this.s = s.slice(0, u) + next;
    this.end = this.s.length;
    return u - 1;
  }

  private plainString(i: number, close: number, quote: string): number {
    let n = i;
    for (;;) {
      const s = this.s, end = this.end;
      while (++n < end && s.charCodeAt(n) !== close);
      if (n < end) break;
      const r = this.joinLine(i);
      if (r < 0) break;
      n = r;
    }
    const s = this.s, end = this.end;
    this.add(TT.STRING, s.slice(i + 1, n)).quote = quote;
    if (n >= end) {
      this.error(2, s.slice(i + 1, end));
      return end;
    }
    return n + 1;
  }

  /** e"..." (skip 2) or "..." under ESCAPEDSTRINGS (skip 1). */
  private escString(i: number, skip: number): number {
    let n = i + skip - 1;
    for (;;) {
      const s = this.s, end = this.end;
      while (++n < end) {
        const c = s.charCodeAt(n);
        if (c === C_DQUOTE) break;
        if (c === C_BSLASH && ++n === end) break;
      }
      if (n < end) break;
      const r = this.joinLine(i + skip - 1);
      if (r < 0) break;
      n = r;
    }
    const s = this.s, end = this.end;
    this.add(TT.STRING, unescapeC(s.slice(i + skip, Math.min(n, end)))).quote = skip === 2 ? 'e' : '"';
    if (n >= end) {
      this.error(2, s.slice(i + skip - 1, end));
      return end;
    }
    return n + 1;
  }

  private dateString(s: string, i: number, end: number, t: TT): number {
    let n = i + 1;
    while (++n < end && s.charCodeAt(n) !== C_DQUOTE);
    this.add(t, s.slice(i + 2, n)).quote = '"';
    if (n >= end) {
      this.error(2, s.slice(i + 2, end));
      return end;
    }
    return n + 1;
  }

  private operator(s: string, i: number, end: number): number {
    if (this.userOps.length) {
      for (const [name, value] of this.userOps) {
        if (i + name.length <= end && s.charCodeAt(i) === name.charCodeAt(0) &&
          startsWithI(s, i + 1, end, name.slice(1).toUpperCase())) {
          this.add(TT.OTHER, value);
          return i + name.length;
        }
      }
    }
    const c = s.charCodeAt(i);
    const c1 = i + 1 < end ? s.charCodeAt(i + 1) : -1;
    let t = TT.OTHER, text = '', len = 1;
    switch (c) {
      case 46: // .
        if (startsWithI(s, i + 1, end, 'NOT.')) { t = TT.NOT; text = '!'; len = 5; }
        else if (startsWithI(s, i + 1, end, 'AND.')) { t = TT.AND; text = '.AND.'; len = 5; }
        else if (startsWithI(s, i + 1, end, 'OR.')) { t = TT.OR; text = '.OR.'; len = 4; }
        else if (c1 === 46 && i + 2 < end && s.charCodeAt(i + 2) === 46) { t = TT.EPSILON; text = '...'; len = 3; }
        else { t = TT.DOT; text = '.'; }
        break;
      case 42: // *
        if (c1 === 42) {
          if (i + 2 < end && s.charCodeAt(i + 2) === 61) { t = TT.EXPEQ; text = '^='; len = 3; }
          else { t = TT.POWER; text = '^'; len = 2; }
        } else if (c1 === 61) { t = TT.MULTEQ; text = '*='; len = 2; }
        else { t = TT.MULT; text = '*'; }
        break;
      case 43: // +
        if (c1 === 43) { t = TT.INC; text = '++'; len = 2; }
        else if (c1 === 61) { t = TT.PLUSEQ; text = '+='; len = 2; }
        else { t = TT.PLUS; text = '+'; }
        break;
      case 45: // -
        if (c1 === 45) { t = TT.DEC; text = '--'; len = 2; }
        else if (c1 === 61) { t = TT.MINUSEQ; text = '-='; len = 2; }
        else if (c1 === 62) { t = TT.ALIAS; text = '->'; len = 2; }
        else { t = TT.MINUS; text = '-'; }
        break;
      case 61: // =
        if (c1 === 61) { t = TT.EQUAL; text = '=='; len = 2; }
        else { t = TT.EQ; text = '='; }
        break;
      case 58: // :
        if (c1 === 61) { t = TT.ASSIGN; text = ':='; len = 2; }
        else { t = TT.SEND; text = ':'; }
        break;
      case 47: // /
        if (c1 === 61) { t = TT.DIVEQ; text = '/='; len = 2; }
        else { t = TT.DIV; text = '/'; }
        break;
      case 37: // %
        if (c1 === 61) { t = TT.MODEQ; text = '%='; len = 2; }
        else { t = TT.MOD; text = '%'; }
        break;
      case 94: // ^
        if (c1 === 61) { t = TT.EXPEQ; text = '^='; len = 2; }
        else { t = TT.POWER; text = '^'; }
        break;
      case 60: // <
        if (c1 === 61) { t = TT.LE; text = '<='; len = 2; }
        else if (c1 === 62) { t = TT.NE; text = '<>'; len = 2; }
        else { t = TT.LT; text = '<'; }
        break;
      case 62: // >
        if (c1 === 61) { t = TT.GE; text = '>='; len = 2; }
        else { t = TT.GT; text = '>'; }
        break;
      case 33: // !
        if (c1 === 61) { t = TT.NE; text = '<>'; len = 2; }
        else { t = TT.NOT; text = '!'; }
        break;
      case 64: t = TT.REFERENCE; text = '@'; break;
      case 40: t = TT.LEFT_PB; text = '('; break;
      case 41: t = TT.RIGHT_PB; text = ')'; break;
      case 93: t = TT.RIGHT_SB; text = ']'; break;
      case 123: t = TT.LEFT_CB; text = '{'; break;
      case 125: t = TT.RIGHT_CB; text = '}'; break;
      case 44: t = TT.COMMA; text = ','; break;
      case 92: t = TT.BACKSLASH; text = '\\'; break;
      case 124: t = TT.PIPE; text = '|'; break;
      case 38: t = TT.AMPERSAND; text = '&'; break;
      case C_HASH: t = TT.HASH; text = '#'; break;
      case 36: t = TT.IN; text = '$'; break;
      default: text = s[i];
    }
    this.add(t, text);
    return i + len;
  }
}

/** A lexing failure of lexExpression; the message is Harbour's text. */
export class LexFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function lexErrorText(e: LexError): string {
  return e.code === 1 ? `Illegal character '\\x${e.param}'` : `Unterminated string '${e.param}'`;
}

const exprScanner = new Scanner();
exprScanner.exprOnly = true;

/**
 * Tokens of one expression, for the runtime macro compiler (`&("...")`);
 * a ';' is a statement separator (eoc), also at the end of the text.
 * Throws LexFailure on an illegal character or an unterminated string.
 */
export function lexExpression(text: string): Token[] {
  const sc = exprScanner;
  sc.reset(1);
  sc.inComment = false;
  sc.scan(text, 0, text.length);
  const toks = sc.toks;
  sc.toks = [];
  if (sc.errors.length) {
    const e = sc.errors[0];
    sc.errors = [];
    throw new LexFailure(e.code === 1 ? 'E0001' : 'E0002', lexErrorText(e));
  }
  if (sc.canNextLine) {
    sc.toks = toks;
    sc.addCmdSep();
    sc.toks = [];
  }
  return toks;
}
