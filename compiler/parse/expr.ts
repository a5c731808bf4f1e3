// Expressions: precedence climbing over Harbour's operator levels. The same
// parser serves compiled code and the runtime macro compiler.
//
// Levels, loosest first: .OR. < .AND. < .NOT. < = == != <> # < < > <= >= $
// < + - < * / % < ^ (** folded) < unary - + ++ -- @. Binary operators
// associate to the left; assignments (:= += ...) to the right, and a unary
// operator's variable operand takes an assignment that follows it.

import { dayTimeLiteral } from './daytime.js';
import type { Token } from '../pp/token.js';
import type { Arg, AssignOp, BinOp, Expr, MacroPart } from '../ast.js';
import { Cursor } from './cursor.js';
import { CompileError } from '../diagnostics.js';

const P_OR = 1;
const P_AND = 2;
const P_EQUAL = 4;

const BINARY: Record<string, [BinOp, number]> = {
  '=': ['=', 4], '==': ['==', 4], '<>': ['!=', 4], '!=': ['!=', 4], '#': ['!=', 4],
  '<': ['<', 5], '>': ['>', 5], '<=': ['<=', 5], '>=': ['>=', 5], '$': ['$', 5],
  '+': ['+', 6], '-': ['-', 6],
  '*': ['*', 7], '/': ['/', 7], '%': ['%', 7],
  '^': ['^', 8], '**': ['^', 8],
};

const ASSIGN: Record<string, AssignOp> = {
  ':=': ':=', '+=': '+=', '-=': '-=', '*=': '*=', '/=': '/=', '%=': '%=', '^=': '^=', '**=': '^=',
};

export class ExprParser {
  constructor(readonly c: Cursor) {}

  /** A full expression, assignments included. */
  expr(): Expr {
    const left = this.binary(P_OR);
    const t = this.c.peek();
    if (t !== undefined && t.kind === 'op' && t.text in ASSIGN) {
      if (!isLValue(left)) this.c.fail();
      this.c.next();
      return { k: 'assign', op: ASSIGN[t.text], target: left, value: this.expr() };
    }
    return left;
  }

  /** An assignment target (a postfix expression) at statement level: `target = value`. */
  target(): Expr {
    return this.postfix();
  }

  private binary(min: number): Expr {
    let left = this.unary(min);
    for (;;) {
      const t = this.c.peek();
      if (t === undefined) return left;
      let op: BinOp | 'and' | 'or';
      let prec: number;
      if (t.kind === 'op') {
        if (t.text === '.AND.') {
          op = 'and';
          prec = P_AND;
        } else if (t.text === '.OR.') {
          op = 'or';
          prec = P_OR;
        } else {
          const b = BINARY[t.text];
          if (b === undefined || this.c.isArrow()) return left;
          [op, prec] = b;
        }
      } else {
        return left;
      }
      if (prec < min) return left;
      this.c.next();
      const right = this.binary(prec + 1);
      left = op === 'and' ? { k: 'and', l: left, r: right }
        : op === 'or' ? { k: 'or', l: left, r: right }
          : { k: 'bin', op, l: left, r: right };
    }
  }

  private unary(min: number): Expr {
    const t = this.c.peek();
    if (t !== undefined && t.kind === 'op') {
      switch (t.text) {
        case '!':
        case '.NOT.':
          this.c.next();
          return { k: 'not', e: this.assignedOperand(this.binary(Math.max(min, P_EQUAL))) };
        case '-':
          this.c.next();
          return { k: 'neg', e: this.assignedOperand(this.unary(min)) };
        case '+':
          this.c.next();
          return this.assignedOperand(this.unary(min));
        case '++':
        case '--':
          this.c.next();
          return { k: 'incdec', e: this.unary(min), inc: t.text === '++', post: false };
        case '@': {
          this.c.next();
          const r = this.reference();
          // @var stands only as a whole argument (see argument()); Harbour
          // reads the reference and stops at the token after it
          if (r.k !== 'funref') this.c.fail();
          return r;
        }
      }
    }
    return this.postfix();
  }

  /**
   * The operand of a unary operator: a variable followed by an assignment
   * operator is assigned first, as in Harbour (`!lVar := .F.`, `-n += 1`).
   */
  private assignedOperand(e: Expr): Expr {
    const t = this.c.peek();
    if (t === undefined || t.kind !== 'op' || !(t.text in ASSIGN) || !isLValue(e)) return e;
    this.c.next();
    return { k: 'assign', op: ASSIGN[t.text], target: e, value: this.expr() };
  }

  /**
   * One argument of a call, an array literal, DO ... WITH or FOR EACH ... IN:
   * an expression, or a reference `@var` (which nothing may follow).
   */
  argument(): Expr {
    const c: Cursor = this.c;
    if (c.isOp('@')) {
      c.next();
      return this.reference();
    }
    return this.expr();
  }

  /** After '@': a function reference @Name() or a variable reference. */
  private reference(): Expr {
    const c: Cursor = this.c;
    if (c.peek()?.kind === 'word' && c.isOp('(', 1) && c.isOp(')', 2)) {
      const name = c.ident();
      c.pos += 2;
      return { k: 'funref', name };
    }
    const e = this.postfix();
    if (!isLValue(e)) throw new CompileError(23, c.line, ['@']);
    return { k: 'ref', e };
  }

  private postfix(): Expr {
    const c: Cursor = this.c;
    let e = this.primary();
    for (;;) {
      const t = c.peek();
      if (t !== undefined && t.kind === 'word' && t.text.toUpperCase() === 'AS' && c.peek(1)?.kind === 'word') {
        // a strong-typing annotation (expr AS CLASS Foo): no run-time meaning
        skipAsType(c);
        continue;
      }
      if (t === undefined || t.kind !== 'op') return e;
      switch (t.text) {
        case '[':
          c.next();
          e = this.indexList(e);
          continue;
        case ':':
          if (c.isOp(':', 1) && c.peek(1)!.spaces === 0) return e;
          c.next();
          e = this.send(e);
          continue;
        case '++':
        case '--':
          if (!isLValue(e)) return e;
          c.next();
          e = { k: 'incdec', e, inc: t.text === '++', post: true };
          continue;
        case '->':
          c.next();
          e = this.aliased(e);
          continue;
        default:
          return e;
      }
    }
  }

  /** obj[ i, j ][ k ]: after the first '['. */
  private indexList(obj: Expr): Expr {
    const c: Cursor = this.c;
    let e = obj;
    for (;;) {
      e = { k: 'index', obj: e, index: this.expr() };
      if (c.eatOp(',')) continue;
      c.expectOp(']');
      if (c.isOp('[')) {
        c.next();
        continue;
      }
      return e;
    }
  }

  /** obj:msg, obj:msg( args ), obj:&macro: after the ':'. */
  private send(obj: Expr | null): Expr {
    const c: Cursor = this.c;
    const t = c.next();
    let msg: string | Expr;
    // NIL is a reserved word, no message name
    if (t.kind === 'word' && t.text.toUpperCase() !== 'NIL') msg = t.text.toUpperCase();
    else if (t.kind === 'macrovar' || t.kind === 'macrotext') msg = macroExpr(t);
    else if (t.kind === 'op' && t.text === '&' && c.isOp('(')) {
      c.next();
      msg = { k: 'macro', parts: [{ expr: this.expr() }] };
      c.expectOp(')');
    } else {
      c.pos--;
      c.fail();
    }
    let args: Arg[] | null = null;
    if (c.isOp('(')) {
      c.next();
      args = this.args(')');
    }
    return { k: 'send', obj, msg, args };
  }

  /** alias->field, alias->( expr ), M->var, FIELD->name: after the '->'. */
  private aliased(left: Expr): Expr {
    const c: Cursor = this.c;
    let alias: { name: string } | { expr: Expr };
    if (left.k === 'var') {
      const n = left.name;
      if (n === 'M' || n === 'MEMV' || n === 'MEMVA' || n === 'MEMVAR') {
        const t = c.peek();
        if (t?.kind === 'macrovar' || t?.kind === 'macrotext') {
          c.next();
          return macroExpr(t);
        }
        // M->&( expr )
        if (c.isOp('&') && c.isOp('(', 1)) {
          c.pos += 2;
          const m: Expr = { k: 'macro', parts: [{ expr: this.expr() }] };
          c.expectOp(')');
          return m;
        }
        return { k: 'memvar', name: this.aliasedName() };
      }
      if (n === 'FIELD' || n === '_FIELD' || n === 'FIEL' || n === '_FIE' || n === '_FIEL') {
        if (c.isOp('(')) {
          c.next();
          const e = this.exprList(')');
          return { k: 'aliasExpr', alias: { name: 'FIELD' }, e };
        }
        const m = c.peek();
        if (m?.kind === 'macrovar' || m?.kind === 'macrotext') {
          c.next();
          return { k: 'aliasExpr', alias: { name: 'FIELD' }, e: macroExpr(m) };
        }
        // FIELD->1->name (REPLACE 1->name WITH ...): the work area by number
        if (m?.kind === 'number' && c.isOp('->', 1)) {
          c.pos += 2;
          return this.aliased({ k: 'num', text: m.text });
        }
        // FIELD->NIL fails one token later in Harbour's grammar
        if (c.peek()?.kind === 'word' && c.peek()!.text.toUpperCase() === 'NIL') {
          c.pos++;
          c.fail();
        }
        const name = c.ident();
        // FIELD->alias->name is alias->name
        if (c.isOp('->')) {
          c.next();
          return this.aliased({ k: 'var', name });
        }
        return { k: 'field', name, alias: null };
      }
      alias = { name: n };
    } else {
      alias = { expr: left };
    }
    if (c.isOp('(')) {
      c.next();
      return { k: 'aliasExpr', alias, e: this.exprList(')') };
    }
    const t = c.peek();
    if (t?.kind === 'macrovar' || t?.kind === 'macrotext') {
      c.next();
      return { k: 'aliasExpr', alias, e: macroExpr(t) };
    }
    return { k: 'field', name: this.aliasedName(), alias };
  }

  /** The name after `alias->`: NIL is a reserved word there. */
  private aliasedName(): string {
    const c: Cursor = this.c;
    const t = c.peek();
    if (t?.kind === 'word' && t.text.toUpperCase() === 'NIL') c.fail();
    return c.ident();
  }

  /** Comma-separated expressions up to `close`; one expression or a list. */
  private exprList(close: string): Expr {
    const items = [this.expr()];
    while (this.c.eatOp(',')) items.push(this.expr());
    this.c.expectOp(close);
    return items.length === 1 ? items[0] : { k: 'list', items };
  }

  /** Call arguments after '(' up to `close`; empty slots are null. */
  args(close: string): Arg[] {
    const c: Cursor = this.c;
    const out: Arg[] = [];
    if (c.eatOp(close)) return out;
    for (;;) {
      if (c.isOp(',') || c.isOp(close)) out.push(null);
      else out.push(this.argument());
      if (c.eatOp(',')) continue;
      c.expectOp(close);
      return out;
    }
  }

  private primary(): Expr {
    const c: Cursor = this.c;
    const t = c.next();
    switch (t.kind) {
      case 'number': return { k: 'num', text: t.text };
      case 'string': return { k: 'str', v: t.text };
      case 'date': return { k: 'date', text: t.text, literal: /^\d+$/.test(t.text) };
      case 'timestamp': return { k: 'ts', text: t.text };
      case 'logical': return { k: 'bool', v: t.text.toUpperCase() === '.T.' };
      case 'macrovar':
      case 'macrotext': {
        const m = macroExpr(t);
        if (c.isOp('(')) {
          c.next();
          return { k: 'macroCall', macro: m, args: this.args(')') };
        }
        return m;
      }
      case 'word': return this.word(t);
      case 'op': return this.opPrimary(t);
    }
    c.pos--;
    c.fail();
  }

  private word(t: Token): Expr {
    const c: Cursor = this.c;
    const name = t.text.toUpperCase();
    if (c.isOp('(')) {
      if (name === 'IIF' || name === 'IF') {
        c.next();
        const cond = this.expr();
        c.expectOp(',');
        const a = c.isOp(',') ? ({ k: 'nil' } as Expr) : this.expr();
        c.expectOp(',');
        const b = c.isOp(')') ? ({ k: 'nil' } as Expr) : this.expr();
        c.expectOp(')');
        return { k: 'iif', c: cond, t: a, f: b };
      }
      if (name === 'QSELF' && c.isOp(')', 1)) {
        c.pos += 2;
        return { k: 'self' };
      }
      c.next();
      return { k: 'call', name, args: this.args(')') };
    }
    if (name === 'NIL') return { k: 'nil' };
    return { k: 'var', name };
  }

  private opPrimary(t: Token): Expr {
    const c: Cursor = this.c;
    switch (t.text) {
      case '(': {
        // (@var):msg sends to a variable by reference
        if (c.isOp('@') && c.peek(1)?.kind === 'word' && c.isOp(')', 2) && c.isOp(':', 3)) {
          c.next();
          const ref = this.reference();
          c.expectOp(')');
          return { k: 'list', items: [ref] };
        }
        // ( expr ) stays a one-item list: the reduction decides whether the parentheses matter
        const e = this.exprList(')');
        return e.k === 'list' ? e : { k: 'list', items: [e] };
      }
      case '{':
        return this.brace();
      case '&':
        if (c.isOp('(')) {
          c.next();
          const m: Expr = { k: 'macro', parts: [{ expr: this.expr() }] };
          c.expectOp(')');
          if (c.isOp('(')) {
            c.next();
            return { k: 'macroCall', macro: m, args: this.args(')') };
          }
          return m;
        }
        break;
      case ':':
        // ::msg is Self:msg; a leading :msg belongs to WITH OBJECT
        if (c.isOp(':') && c.peek()!.spaces === 0) {
          return { k: 'var', name: 'SELF' };
        }
        return this.send(null);
      case '...':
        return { k: 'varargs' };
      case '[':
        return { k: 'str', v: this.bracketString() };
    }
    c.pos--;
    c.fail();
  }

  /** A [string] the preprocessor left as tokens: rebuild the text up to ']'. */
  private bracketString(): string {
    const c: Cursor = this.c;
    let s = '';
    let first = true;
    while (!c.isOp(']')) {
      const t = c.next();
      if (!first) s += ' '.repeat(t.spaces);
      s += t.kind === 'string' ? quoteAgain(t) : t.text;
      first = false;
    }
    c.next();
    return s;
  }

  /** After '{': a codeblock, a hash or an array literal. */
  private brace(): Expr {
    const c: Cursor = this.c;
    if (c.isOp('|')) return this.block();
    if (c.isOp('^')) {
      const dt = dayTimeLiteral(c);
      if (dt !== null) return dt;
    }
    if (c.eatArrow()) {
      c.expectOp('}');
      return { k: 'hash', keys: [], values: [] };
    }
    if (c.eatOp('}')) return { k: 'array', items: [] };
    const first = c.isOp(',') ? null : this.argument();
    // a hash key is no argument: no reference
    if (first !== null && first.k === 'ref' && c.isArrow()) c.fail();
    if (first !== null && c.eatArrow()) {
      const keys = [first];
      const values = [this.expr()];
      while (c.eatOp(',')) {
        keys.push(this.expr());
        if (!c.eatArrow()) c.fail();
        values.push(this.expr());
      }
      c.expectOp('}');
      return { k: 'hash', keys, values };
    }
    const items: Arg[] = [first];
    while (c.eatOp(',')) items.push(c.isOp(',') || c.isOp('}') ? null : this.argument());
    c.expectOp('}');
    return { k: 'array', items };
  }

  /** {| params | expr, ... }: at the first '|'. */
  private block(): Expr {
    const c: Cursor = this.c;
    const line = c.peek()!.line || c.line;
    const open = c.pos - 1;
    c.expectOp('|');
    const params: string[] = [];
    let varargs = false;
    if (!c.eatOp('|')) {
      for (;;) {
        if (c.eatOp('...')) varargs = true;
        else params.push(c.ident());
        skipAsType(c);
        if (c.eatOp(',')) continue;
        c.expectOp('|');
        break;
      }
    }
    const body: Expr[] = [];
    const first = c.pos;
    if (!c.isOp('}')) {
      body.push(this.expr());
      while (c.eatOp(',')) body.push(this.expr());
    }
    c.expectOp('}');
    const source = macroBlockText(c.toks, open, c.pos);
    // {|| &cVar }: the block is made from the variable's text alone
    const lone = source !== '' && c.pos - first === 2 && c.toks[first].kind === 'macrovar';
    return { k: 'block', params, varargs, body, line, source, ...(lone ? { loneMacro: true } : {}) };
  }
}

/**
 * The text of a codeblock that holds a macro variable (&name, a&b.c), which
 * Harbour compiles when the block is made, from that text; '' for others.
 */
function macroBlockText(toks: Token[], from: number, to: number): string {
  let macro = false;
  for (let k = from; k < to && !macro; k++) macro = toks[k].kind === 'macrovar' || toks[k].kind === 'macrotext';
  if (!macro) return '';
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (k > from && t.spaces > 0) s += ' ';
    switch (t.kind) {
      case 'string': s += quoteAgain(t); break;
      case 'date': s += t.quote === undefined ? '0d' + t.text : 'd"' + t.text + '"'; break;
      case 'timestamp': s += 't"' + t.text + '"'; break;
      default: s += t.text;
    }
  }
  return s;
}

/** Skip a strong-type annotation (AS NUMERIC, AS ARRAY OF ..., AS CLASS Foo). */
export function skipAsType(c: Cursor): void {
  if (!c.isWord('AS')) return;
  c.next();
  if (c.peek()?.kind === 'word') c.next();
  if (c.isWord('OF')) {
    c.next();
    if (c.peek()?.kind === 'word') c.next();
  } else if (c.peek()?.kind === 'word' && !c.isOp(',', 0)) {
    // AS CLASS <name>
    const prev = c.toks[c.pos - 1].text.toUpperCase();
    if (prev === 'CLASS') c.next();
  }
}

function quoteAgain(t: Token): string {
  const q = t.quote === "'" ? "'" : '"';
  return q + t.text + q;
}

/** Can this expression be assigned to (or passed by reference)? */
export function isLValue(e: Expr): boolean {
  switch (e.k) {
    case 'var': case 'memvar': case 'field': case 'index': case 'macro': case 'aliasExpr':
      return true;
    case 'send':
      return e.args === null;
    case 'list':
      return e.items.length === 1 && isLValue(e.items[0]);
    default:
      return false;
  }
}

/** The parts of a macro token: "&name", "&name.", "a&b.c", "&a&b". */
export function macroExpr(t: Token): Expr {
  return { k: 'macro', parts: macroParts(t.text), src: t.text };
}

export function macroParts(text: string): MacroPart[] {
  const parts: MacroPart[] = [];
  let i = 0;
  let lit = '';
  while (i < text.length) {
    const ch = text[i];
    if (ch === '&' && i + 1 < text.length && /[A-Za-z_]/.test(text[i + 1])) {
      if (lit) {
        parts.push({ text: lit });
        lit = '';
      }
      let j = i + 1;
      while (j < text.length && /\w/.test(text[j])) j++;
      parts.push({ var: text.slice(i + 1, j).toUpperCase() });
      if (text[j] === '.') j++;
      i = j;
    } else {
      lit += ch;
      i++;
    }
  }
  if (lit) parts.push({ text: lit });
  return parts;
}
