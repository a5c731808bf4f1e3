// A cursor over the tokens of one statement, with the checks and error
// raising that the expression and statement parsers share.

import type { Token } from '../pp/token.js';
import { CompileError } from '../diagnostics.js';
import { spells } from './keywords.js';

export class Cursor {
  pos = 0;
  constructor(
    readonly toks: Token[],
    readonly line: number,
  ) {}

  peek(o = 0): Token | undefined {
    return this.toks[this.pos + o];
  }

  next(): Token {
    const t = this.toks[this.pos];
    if (t === undefined) this.fail();
    this.pos++;
    return t;
  }

  atEnd(): boolean {
    return this.pos >= this.toks.length;
  }

  isOp(op: string, o = 0): boolean {
    const t = this.toks[this.pos + o];
    return t !== undefined && t.kind === 'op' && t.text === op;
  }

  /** Is the token at offset `o` the word `kw` (upper case, abbreviations allowed)? */
  isKw(kw: string, o = 0): boolean {
    const t = this.toks[this.pos + o];
    return t !== undefined && t.kind === 'word' && spells(t.text.toUpperCase(), kw);
  }

  /** Is the token at offset `o` exactly the word `w` (upper case, no abbreviation)? */
  isWord(w: string, o = 0): boolean {
    const t = this.toks[this.pos + o];
    return t !== undefined && t.kind === 'word' && t.text.toUpperCase() === w;
  }

  eatOp(op: string): boolean {
    if (this.isOp(op)) {
      this.pos++;
      return true;
    }
    return false;
  }

  eatKw(kw: string): boolean {
    if (this.isKw(kw)) {
      this.pos++;
      return true;
    }
    return false;
  }

  expectOp(op: string): void {
    if (!this.eatOp(op)) this.fail();
  }

  /** An identifier (any word). */
  ident(): string {
    const t = this.peek();
    if (t === undefined || t.kind !== 'word') this.fail();
    this.pos++;
    return t.text.toUpperCase();
  }

  /** `=>` written as one token or as '=' '>' with nothing between. */
  isArrow(o = 0): boolean {
    const t = this.peek(o);
    if (t === undefined || t.kind !== 'op') return false;
    if (t.text === '=>') return true;
    const n = this.peek(o + 1);
    return t.text === '=' && n !== undefined && n.kind === 'op' && n.text === '>' && n.spaces === 0;
  }

  eatArrow(): boolean {
    if (!this.isArrow()) return false;
    this.pos += this.peek()!.text === '=>' ? 1 : 2;
    return true;
  }

  /** The statement has tokens left where it should have ended, or ended too early. */
  fail(): never {
    const t = this.peek();
    if (t === undefined) throw new CompileError(20, this.line);
    throw new CompileError(30, t.line || this.line, ['syntax error', t.kind === 'word' ? t.text.toUpperCase() : t.text]);
  }

  expectEnd(): void {
    if (!this.atEnd()) this.fail();
  }
}
