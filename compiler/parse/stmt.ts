// Statements and control structures. A statement is one run of tokens
// between statement separators; keywords are recognised only at the start
// of a statement and only where the tokens after them fit (Harbour's
// contextual keywords: `LOCAL next, case` and `if := 1` are valid).

import type { Token } from '../pp/token.js';
import type { Arg, Expr, Stmt, VarDecl } from '../ast.js';
import { Cursor } from './cursor.js';
import { ExprParser, isLValue, macroExpr, skipAsType } from './expr.js';
import { CompileError, type Diagnostic, errorCode } from '../diagnostics.js';

/** One statement's tokens and the line it starts on. */
export interface RawStmt {
  toks: Token[];
  line: number;
  file: string;
  /** the preprocessed line it comes from (several statements share one when ';' separates them) */
  source: number;
}

/** Operators that need a left operand: a keyword followed by one is a variable. */
const NEEDS_LEFT = new Set([':=', '+=', '-=', '*=', '/=', '%=', '^=', '==', '=', '->', '*', '/', '%', '^', '$', '.AND.', '.OR.', '|', ')', ']', '}']);

/** Is `t` (the token after a keyword) one that makes the keyword a variable? */
function needsLeftAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.kind !== 'op') return false;
  if (NEEDS_LEFT.has(t.text)) return true;
  // `word:msg` is a send; `word ::x` is not (that is Self)
  if (t.text !== ':' || t.spaces !== 0) return false;
  const n = toks[i + 1];
  return !(n !== undefined && n.kind === 'op' && n.text === ':' && n.spaces === 0);
}

type Ender = (c: Cursor) => boolean;

/** The parser's own errors (E0030 syntax error, E0020 incomplete statement), after which a line is dropped. */
const SYNTAX = 30;
const INCOMPLETE = 20;

/** Statements that do not end the declarations of a function (they generate no code). */
const NOT_EXECUTABLE = ['_HB_CLASS', '_HB_MEMBER', 'DECLARE', 'PARAMETERS', 'REQUEST', 'EXTERNAL', 'ANNOUNCE', 'DYNAMIC'];

export class StmtParser {
  i = 0;
  readonly diags: Diagnostic[] = [];
  /** open loops, SWITCHes and SEQUENCE bodies, innermost last: what LOOP, EXIT and RETURN may leave */
  private readonly ctl: Array<'loop' | 'switch' | 'seq'> = [];
  /** an executable statement came before in this function (declarations may not follow) */
  private executableSeen = false;

  constructor(readonly stmts: RawStmt[]) {}

  cursor(): Cursor | undefined {
    const s = this.stmts[this.i];
    return s ? new Cursor(s.toks, s.line) : undefined;
  }

  error(e: unknown, file: string): void {
    if (!(e instanceof CompileError)) throw e;
    this.diags.push({ file, line: e.line, severity: 'error', code: errorCode(e.code), message: e.message });
  }

  /** Statements until one that `end` recognises (left unconsumed) or a function start / end of file. */
  body(end: Ender, opener: string): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      const c = this.cursor();
      if (c === undefined || isFuncStart(c)) {
        if (opener) {
          // at the end of the file Harbour names the line after the last statement
          const line = c ? c.line : (this.stmts[this.i - 1]?.line ?? 0) + 1;
          throw new CompileError(17, line, [opener]);
        }
        return out;
      }
      if (end(c)) return out;
      const file = this.stmts[this.i].file;
      const at = this.i;
      try {
        const s = this.statement(c);
        if (s) out.push(s);
      } catch (e) {
        if (e instanceof CompileError && e.code === 17) throw e;
        this.error(e, file);
        // resume after the failing statement (it may have been consumed already);
        // after a syntax error Harbour's parser drops the rest of the line
        this.i = Math.max(this.i, at + 1);
        if (e instanceof CompileError && (e.code === SYNTAX || e.code === INCOMPLETE)) {
          const source = this.stmts[at].source;
          while (this.i < this.stmts.length && this.stmts[this.i].source === source) this.i++;
        }
      }
    }
  }

  /** Parse the statement at the cursor (and, for structures, its body). */
  private statement(c: Cursor): Stmt | null {
    const line = c.line;
    const t = c.peek()!;
    if (t.kind === 'word') {
      const w = t.text.toUpperCase();
      const declaration = this.declarationKind(c);
      if (declaration !== null) {
        if (this.executableSeen) throw new CompileError(4, line, [declaration]);
      } else if (needsLeftAt(c.toks, c.pos + 1) || !NOT_EXECUTABLE.some((k) => c.isKw(k))) {
        this.executableSeen = true;
      }
      const s = this.keywordStatement(c, w, line);
      if (s !== undefined) return s;
    }
    this.executableSeen = true;
    this.i++;
    return { k: 'expr', e: this.exprStatement(c), line };
  }

  /** LOCAL / STATIC / MEMVAR / FIELD declaration statements (they must precede executable ones). */
  private declarationKind(c: Cursor): string | null {
    const next = c.peek(1);
    if (next === undefined || needsLeftAt(c.toks, c.pos + 1)) return null;
    if (c.isKw('LOCAL')) return 'LOCAL';
    if (c.isKw('MEMVAR')) return 'MEMVAR';
    if (c.isKw('STATIC') && next.kind === 'word' && !c.isKw('FUNCTION', 1) && !c.isKw('PROCEDURE', 1)) return 'STATIC';
    if (c.isKw('THREAD') && c.isKw('STATIC', 1)) return 'STATIC';
    if ((c.isKw('FIELD') || c.isKw('_FIELD')) && next.kind === 'word') return 'FIELD';
    return null;
  }

  /** A new function body starts: declarations may come first again. */
  beginFunction(): void {
    this.executableSeen = false;
  }

  private exprStatement(c: Cursor): Expr {
    const p = new ExprParser(c);
    // `lvalue = expr` at statement level is an assignment: try the target first
    const start = c.pos;
    try {
      const target = p.target();
      if (c.isOp('=') && isLValue(target)) {
        c.next();
        const value = p.expr();
        c.expectEnd();
        return { k: 'assign', op: ':=', target, value };
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
    c.pos = start;
    const e = p.expr();
    c.expectEnd();
    return e;
  }

  /** A statement introduced by a keyword, or undefined when the word is a name. */
  private keywordStatement(c: Cursor, w: string, line: number): Stmt | null | undefined {
    const next = c.peek(1);
    const eos = next === undefined;
    const needsLeft = needsLeftAt(c.toks, c.pos + 1);
    const kw = (k: string) => c.isKw(k);

    if (kw('LOCAL') && !needsLeft && !eos) return this.decl(c, 'local', line);
    if (kw('STATIC') && next?.kind === 'word') return this.decl(c, 'static', line);
    if (kw('THREAD') && c.isKw('STATIC', 1)) {
      c.next();
      return this.decl(c, 'static', line, true);
    }
    if ((kw('PRIVATE') || kw('PUBLIC')) && !needsLeft && !eos) {
      return this.decl(c, kw('PRIVATE') ? 'private' : 'public', line);
    }
    if (kw('MEMVAR') && !needsLeft && !eos) {
      c.next();
      this.i++;
      return { k: 'memvar', names: this.nameList(c), line };
    }
    if ((kw('FIELD') || kw('_FIELD')) && next?.kind === 'word') {
      c.next();
      this.i++;
      const names = this.nameList(c, true);
      let alias: string | null = null;
      if (c.isWord('IN')) {
        c.next();
        alias = c.ident();
      }
      c.expectEnd();
      return { k: 'field', names, alias, line };
    }
    if (kw('PARAMETERS') && next?.kind === 'word' && !needsLeft) {
      c.next();
      this.i++;
      return { k: 'parameters', names: this.nameList(c), line };
    }
    if ((kw('REQUEST') || kw('EXTERNAL') || kw('DYNAMIC') || kw('ANNOUNCE')) && !needsLeft && !eos) {
      c.next();
      this.i++;
      return { k: 'request', names: this.nameList(c), line };
    }
    if ((w === '_HB_CLASS' || w === '_HB_MEMBER') && !needsLeft && !eos) {
      // class and member declarations for the compiler's type checks
      this.i++;
      return null;
    }
    if (kw('DECLARE') && !needsLeft && !eos) {
      // Clipper's DECLARE is PRIVATE: before a macro, or before a name
      // that ends the statement or is followed by '[', ',', ':=' or AS
      const macro = next.kind === 'macrovar' || next.kind === 'macrotext' || (next.kind === 'op' && next.text === '&');
      if (macro || (next.kind === 'word' &&
        (c.peek(2) === undefined || c.isOp('[', 2) || c.isOp(',', 2) || c.isOp(':=', 2) || c.isWord('AS', 2)))) {
        return this.decl(c, 'private', line);
      }
      if (next.kind === 'word') {
        // strong-typing declarations of functions and classes carry no run-time meaning
        this.i++;
        return null;
      }
    }
    if (w === 'IF' && !eos && !needsLeft && !this.isInlineIf(c)) return this.ifStmt(c, line);
    if (kw('DO') && !eos) {
      if (c.isWord('CASE', 1) && c.toks.length === 2) return this.caseStmt(line);
      if (c.isKw('WHILE', 1) && c.toks.length > 2 && !c.isKw('WITH', 2)) {
        c.pos = 2;
        return this.whileStmt(c, line);
      }
      if (next?.kind === 'word' || next?.kind === 'macrovar' || next?.kind === 'macrotext') {
        return this.doStmt(c, line);
      }
    }
    if (kw('WHILE') && !eos && !needsLeft) {
      c.next();
      return this.whileStmt(c, line);
    }
    if (w === 'FOR' && !eos) {
      if (c.isWord('EACH', 1) && c.peek(2)?.kind === 'word') return this.forEachStmt(c, line);
      return this.forStmt(c, line);
    }
    if (kw('SWITCH') && !eos && !needsLeft) return this.switchStmt(c, line);
    if (kw('BEGIN') && c.isKw('SEQUENCE', 1)) return this.seqStmt(c, line);
    if ((kw('RETURN') || kw('BREAK')) && !needsLeft) {
      const isReturn = kw('RETURN');
      c.next();
      this.i++;
      if (isReturn && this.ctl.includes('seq')) throw new CompileError(25, line, ['RETURN']);
      const e = c.atEnd() ? null : new ExprParser(c).expr();
      c.expectEnd();
      return isReturn ? { k: 'return', e, line } : { k: 'break', e, line };
    }
    if ((kw('LOOP') || kw('EXIT')) && eos) {
      const isLoop = kw('LOOP');
      this.i++;
      this.jumpCheck(isLoop ? 'LOOP' : 'EXIT', line);
      return isLoop ? { k: 'loop', line } : { k: 'exit', line };
    }
    if (kw('WITH') && c.isKw('OBJECT', 1)) return this.withStmt(c, line);
    // a closing keyword with no structure open
    if (eos || w === 'NEXT') {
      const stray = strayCloser(c);
      if (stray) {
        this.i++;
        throw new CompileError(stray, line);
      }
    }
    return undefined;
  }

  /** LOOP needs an enclosing loop, EXIT a loop or SWITCH, neither may leave a SEQUENCE body. */
  private jumpCheck(what: 'LOOP' | 'EXIT', line: number): void {
    for (let k = this.ctl.length - 1; k >= 0; k--) {
      const c = this.ctl[k];
      if (c === 'seq') throw new CompileError(25, line, [what]);
      if (c === 'loop' || what === 'EXIT') return;
    }
    throw new CompileError(18, line, [what]);
  }

  /** Parse a body inside an open loop / SWITCH / SEQUENCE body. */
  private inside<T>(kind: 'loop' | 'switch' | 'seq', f: () => T): T {
    this.ctl.push(kind);
    try {
      return f();
    } finally {
      this.ctl.pop();
    }
  }

  /** IF( c, a, b ) written as a statement is the inline if. */
  private isInlineIf(c: Cursor): boolean {
    if (!c.isOp('(', 1)) return false;
    let depth = 0;
    let commas = 0;
    for (let j = 1; j < c.toks.length; j++) {
      const t = c.toks[j];
      if (t.kind !== 'op') continue;
      if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
      else if (t.text === ')' || t.text === ']' || t.text === '}') {
        depth--;
        if (depth === 0) return commas === 2 && j === c.toks.length - 1;
      } else if (t.text === ',' && depth === 1) commas++;
    }
    return false;
  }

  private nameList(c: Cursor, allowAlias = false): string[] {
    const names: string[] = [];
    for (;;) {
      if (allowAlias && c.isOp('->', 1)) c.pos += 2;
      names.push(c.ident());
      skipAsType(c);
      if (!c.eatOp(',')) break;
    }
    if (!allowAlias) c.expectEnd();
    return names;
  }

  private decl(c: Cursor, kind: 'local' | 'static' | 'private' | 'public', line: number, thread = false): Stmt {
    c.next();
    this.i++;
    const vars: VarDecl[] = [];
    const p = new ExprParser(c);
    for (;;) {
      const t = c.peek();
      let v: VarDecl;
      if ((kind === 'private' || kind === 'public') && (t?.kind === 'macrovar' || t?.kind === 'macrotext')) {
        c.next();
        v = { name: '', macro: macroExpr(t), init: null, dims: null, line };
      } else {
        v = { name: c.ident(), init: null, dims: null, line };
      }
      if (c.isOp('[')) {
        c.next();
        const dims = [p.expr()];
        for (;;) {
          if (c.eatOp(',')) dims.push(p.expr());
          else if (c.isOp(']') && c.isOp('[', 1)) c.pos += 2, dims.push(p.expr());
          else break;
        }
        c.expectOp(']');
        v.dims = dims;
      }
      skipAsType(c);
      if (c.eatOp(':=') || (c.isOp('=') && c.next())) v.init = p.expr();
      vars.push(v);
      if (!c.eatOp(',')) break;
    }
    c.expectEnd();
    if (kind === 'static') return { k: 'static', vars, thread, line };
    return { k: kind, vars, line };
  }

  private cond(c: Cursor): Expr {
    const e = new ExprParser(c).expr();
    c.expectEnd();
    return e;
  }

  private ifStmt(c: Cursor, line: number): Stmt {
    c.next();
    this.i++;
    const arms = [{ cond: this.cond(c), body: [] as Stmt[] }];
    let elseBody: Stmt[] | null = null;
    const isEnd = (x: Cursor) => isCloser(x, 'ENDIF') || x.isKw('ELSEIF') || (x.isKw('ELSE') && x.toks.length === 1);
    for (;;) {
      const body = this.body(isEnd, 'IF');
      if (elseBody !== null) elseBody.push(...body);
      else arms[arms.length - 1].body = body;
      const x = this.cursor()!;
      this.i++;
      if (isCloser(x, 'ENDIF')) break;
      const file = this.stmts[this.i - 1].file;
      if (x.isKw('ELSEIF')) {
        // after ELSE: reported, and its body joins the ELSE part
        if (elseBody !== null) this.error(new CompileError(15, x.line), file);
        else {
          x.next();
          arms.push({ cond: this.cond(x), body: [] });
        }
      } else if (elseBody !== null) {
        this.error(new CompileError(14, x.line), file);
      } else {
        elseBody = [];
      }
    }
    return { k: 'if', arms, else: elseBody, line };
  }

  private caseStmt(line: number): Stmt {
    this.i++;
    const arms: Array<{ cond: Expr; body: Stmt[] }> = [];
    let otherwise: Stmt[] | null = null;
    const isArm = (x: Cursor) => isCloser(x, 'ENDCASE') || (x.isKw('CASE') && x.toks.length > 1) || (x.isKw('OTHERWISE') && x.toks.length === 1);
    // statements before the first CASE are not allowed; skip them as Harbour reports
    this.body(isArm, 'DO CASE');
    for (;;) {
      const x = this.cursor()!;
      this.i++;
      if (isCloser(x, 'ENDCASE')) break;
      if (x.isKw('CASE')) {
        x.next();
        const cond = this.cond(x);
        arms.push({ cond, body: this.body(isArm, 'DO CASE') });
      } else {
        otherwise = this.body(isArm, 'DO CASE');
      }
    }
    return { k: 'case', arms, otherwise, line };
  }

  private whileStmt(c: Cursor, line: number): Stmt {
    this.i++;
    const cond = this.cond(c);
    const body = this.inside('loop', () => this.body((x) => isCloser(x, 'ENDDO'), 'WHILE'));
    this.i++;
    return { k: 'while', cond, body, line };
  }

  private forStmt(c: Cursor, line: number): Stmt {
    c.next();
    this.i++;
    const p = new ExprParser(c);
    // FOR var := start or FOR var = start
    const v = p.expr();
    let target: Expr;
    let start: Expr;
    if (v.k === 'assign' && v.op === ':=') {
      target = v.target;
      start = v.value;
    } else if (v.k === 'bin' && v.op === '=' && isLValue(v.l)) {
      target = v.l;
      start = v.r;
    } else {
      throw new CompileError(30, line, ['syntax error', c.peek()?.text ?? 'FOR']);
    }
    if (!c.eatKw('TO')) c.fail();
    const end = p.expr();
    const step = c.eatKw('STEP') ? p.expr() : null;
    c.expectEnd();
    const body = this.inside('loop', () => this.body(isNext, 'FOR'));
    this.i++;
    return { k: 'for', v: target, start, end, step, body, line };
  }

  private forEachStmt(c: Cursor, line: number): Stmt {
    c.pos = 2;
    this.i++;
    const p = new ExprParser(c);
    const vars: Expr[] = [];
    do {
      const v = p.expr();
      vars.push(v);
    } while (c.eatOp(','));
    if (!c.isWord('IN')) c.fail();
    c.next();
    const bases: Expr[] = [];
    do bases.push(p.argument()); while (c.eatOp(','));
    const descend = c.isKw('DESCEND') ? (c.next(), true) : false;
    c.expectEnd();
    if (vars.length !== bases.length) throw new CompileError(54, line);
    const body = this.inside('loop', () => this.body(isNext, 'FOR'));
    this.i++;
    return { k: 'foreach', vars, bases, descend, body, line };
  }

  private switchStmt(c: Cursor, line: number): Stmt {
    c.next();
    this.i++;
    const e = this.cond(c);
    const arms: Array<{ value: Expr; body: Stmt[] }> = [];
    let otherwise: Stmt[] | null = null;
    const isArm = (x: Cursor) => isCloser(x, 'ENDSWITCH') || (x.isKw('CASE') && x.toks.length > 1) || (x.isKw('OTHERWISE') && x.toks.length === 1);
    this.body(isArm, 'SWITCH');
    this.inside('switch', () => {
      for (;;) {
        const x = this.cursor()!;
        this.i++;
        if (isCloser(x, 'ENDSWITCH')) break;
        if (x.isKw('CASE')) {
          x.next();
          const value = this.cond(x);
          arms.push({ value, body: this.body(isArm, 'SWITCH') });
        } else {
          otherwise = this.body(isArm, 'SWITCH');
        }
      }
    });
    return { k: 'switch', e, arms, otherwise, line };
  }

  private seqStmt(c: Cursor, line: number): Stmt {
    c.pos = 2;
    this.i++;
    let withBlock: Expr | null = null;
    if (c.isKw('WITH')) {
      c.next();
      withBlock = new ExprParser(c).expr();
    }
    c.expectEnd();
    const isPart = (x: Cursor) => isCloser(x, 'ENDSEQUENCE') || (x.isKw('RECOVER') && (x.toks.length === 1 || x.isKw('USING', 1))) || (x.isKw('ALWAYS') && x.toks.length === 1);
    const body = this.inside('seq', () => this.body(isPart, 'BEGIN SEQUENCE'));
    let recover: Stmt[] | null = null;
    let using: Expr | null = null;
    let always: Stmt[] | null = null;
    for (;;) {
      const x = this.cursor()!;
      this.i++;
      if (isCloser(x, 'ENDSEQUENCE')) break;
      if (x.isKw('RECOVER')) {
        x.next();
        if (x.isKw('USING')) {
          x.next();
          using = new ExprParser(x).expr();
          x.expectEnd();
        }
        recover = this.body(isPart, 'BEGIN SEQUENCE');
      } else {
        always = this.body(isPart, 'BEGIN SEQUENCE');
      }
    }
    return { k: 'seq', withBlock, body, recover, using, always, line };
  }

  private withStmt(c: Cursor, line: number): Stmt {
    c.pos = 2;
    this.i++;
    const obj = this.cond(c);
    const body = this.body((x) => isCloser(x, 'ENDWITH'), 'WITH OBJECT');
    this.i++;
    return { k: 'with', obj, body, line };
  }

  /** DO proc [WITH args]: variables given as arguments are passed by reference. */
  private doStmt(c: Cursor, line: number): Stmt {
    c.next();
    this.i++;
    const t = c.next();
    const name: string | Expr = t.kind === 'word' ? t.text.toUpperCase() : macroExpr(t);
    const args: Arg[] = [];
    if (c.isKw('WITH')) {
      c.next();
      const p = new ExprParser(c);
      for (;;) {
        if (c.isOp(',')) args.push(null);
        else {
          const e = p.argument();
          args.push(e.k === 'var' || e.k === 'memvar' ? { k: 'ref', e } : e);
        }
        if (!c.eatOp(',')) break;
      }
    }
    c.expectEnd();
    return { k: 'do', name, args, line };
  }
}

/** Does this statement start a FUNCTION/PROCEDURE definition? */
export function isFuncStart(c: Cursor): boolean {
  const t1 = c.peek(1);
  if (t1 === undefined || t1.kind !== 'word') return false;
  if (c.isKw('FUNCTION') || c.isKw('PROCEDURE')) return true;
  if (c.isKw('STATIC') || c.isWord('INIT') || c.isWord('EXIT')) return c.isKw('FUNCTION', 1) || c.isKw('PROCEDURE', 1);
  return false;
}

/** ENDIF / END / END IF and friends for the structure named by `kw`. */
function isCloser(c: Cursor, kw: string): boolean {
  if (c.isKw(kw) && c.toks.length === 1) return true;
  if (c.isWord('END')) {
    if (c.toks.length === 1) return true;
    if (c.toks.length === 2 && c.peek(1)?.kind === 'word') {
      const w = c.peek(1)!.text.toUpperCase();
      const want: Record<string, string[]> = {
        ENDIF: ['IF'], ENDDO: ['DO', 'WHILE'], ENDCASE: ['CASE'], ENDSWITCH: ['SWITCH'],
        ENDSEQUENCE: ['SEQUENCE'], ENDWITH: ['WITH'],
      };
      return (want[kw] ?? []).some((x) => x === w || (x === 'SEQUENCE' && 'SEQUENCE'.startsWith(w) && w.length >= 4));
    }
  }
  if (kw === 'ENDSEQUENCE' && c.isWord('END') && c.isKw('SEQUENCE', 1)) return true;
  return false;
}

function isNext(c: Cursor): boolean {
  return (c.isKw('NEXT') && (c.toks.length === 1 || (c.toks.length === 2 && c.peek(1)?.kind === 'word')))
    || (c.isWord('END') && (c.toks.length === 1 || c.isWord('FOR', 1)));
}

/** A closing keyword that matches no open structure: its E-code, or 0. */
function strayCloser(c: Cursor): number {
  if (isCloser(c, 'ENDIF') && !c.isWord('END')) return 10;
  if (c.isKw('ENDDO') && c.toks.length === 1) return 11;
  if (c.isKw('ENDCASE') && c.toks.length === 1) return 12;
  if (isNext(c) && !c.isWord('END')) return 13;
  if (c.isKw('ELSE') && c.toks.length === 1) return 14;
  if (c.isKw('ENDSWITCH') && c.toks.length === 1) return 72;
  if (c.isKw('ENDWITH') && c.toks.length === 1) return 71;
  if (c.isKw('ENDSEQUENCE') && c.toks.length === 1) return 73;
  if ((c.isKw('OTHERWISE') || c.isKw('CASE')) && c.toks.length === 1) return 46;
  return 0;
}
