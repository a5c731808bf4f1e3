// A whole module: preprocessed lines -> statements -> functions.
// Statements before the first FUNCTION/PROCEDURE form an implicit procedure
// named after the file, except file-wide declarations (STATIC, MEMVAR,
// FIELD), which belong to the whole module, and REQUEST/EXTERNAL.

import { basename, extname } from 'node:path';
import type { PPLine } from '../pp/index.js';
import type { Token } from '../pp/token.js';
import type { FuncDecl, Module, Stmt } from '../ast.js';
import { Cursor } from './cursor.js';
import { StmtParser, isFuncStart, type RawStmt } from './stmt.js';
import { CompileError, type Diagnostic } from '../diagnostics.js';
import { skipAsType } from './expr.js';

/**
 * Split logical lines at statement separators. A statement takes the line
 * Harbour gives it: the last physical line of a ';'-continued statement.
 * Line breaks inside a multi-line codeblock (eoc tokens within brackets)
 * do not end a statement.
 */
export function splitStatements(lines: PPLine[]): RawStmt[] {
  const out: RawStmt[] = [];
  for (let source = 0; source < lines.length; source++) {
    const l = lines[source];
    let part: Token[] = [];
    let depth = 0;
    const flush = () => {
      if (part.length > 0) out.push({ toks: part, line: l.lastLine ?? l.line, file: l.file, source });
      part = [];
    };
    for (const t of l.tokens) {
      if (t.kind === 'op') {
        if (t.text === '(' || t.text === '{' || t.text === '[') depth++;
        else if (t.text === ')' || t.text === '}' || t.text === ']') depth = Math.max(0, depth - 1);
      }
      if (t.kind === 'eoc') {
        if (depth === 0) flush();
        continue;
      }
      part.push(t);
    }
    flush();
  }
  return out;
}

export function parseModule(lines: PPLine[], file: string): { module: Module; diagnostics: Diagnostic[] } {
  const p = new StmtParser(splitStatements(lines));
  const mod: Module = { file, fileDecls: [], funcs: [] };
  const implicitName = basename(file, extname(file)).toUpperCase();

  // statements before the first function
  const head: Stmt[] = [];
  const headLine = p.stmts[0]?.line ?? 1;
  p.beginFunction();
  parseBody(p, head, file);
  const exec = head.filter((s) => {
    const fileWide = s.k === 'static' || s.k === 'memvar' || s.k === 'field';
    if (fileWide) mod.fileDecls.push(s);
    // REQUEST/EXTERNAL at the top run nothing: no implicit procedure for them
    return !fileWide && s.k !== 'request';
  });
  if (exec.length > 0) {
    mod.funcs.push({
      name: implicitName, kind: 'procedure', isStatic: false, special: null, params: [], varargs: false,
      body: exec, line: headLine, implicit: true,
    });
  }

  while (p.i < p.stmts.length) {
    const c = p.cursor()!;
    const raw = p.stmts[p.i];
    p.i++;
    let fn: FuncDecl | null = null;
    try {
      fn = header(c);
    } catch (e) {
      p.error(e, raw.file);
    }
    // a broken header still owns the statements up to the next function
    const body: Stmt[] = [];
    p.beginFunction();
    parseBody(p, body, raw.file);
    if (fn !== null) {
      fn.body = body;
      mod.funcs.push(fn);
    }
  }
  return { module: mod, diagnostics: p.diags };
}

function parseBody(p: StmtParser, into: Stmt[], file: string): void {
  for (;;) {
    try {
      into.push(...p.body(() => false, ''));
      return;
    } catch (e) {
      p.error(e, file);
      // an unclosed structure: resume at the statement after the error point
      if (p.i < p.stmts.length) {
        const c = p.cursor()!;
        if (isFuncStart(c)) return;
        p.i++;
      } else {
        return;
      }
    }
  }
}

/** FUNCTION / PROCEDURE header with its modifiers and parameters. */
function header(c: Cursor): FuncDecl {
  let isStatic = false;
  let special: 'init' | 'exit' | null = null;
  if (c.isKw('STATIC')) {
    isStatic = true;
    c.next();
  } else if (c.isWord('INIT')) {
    special = 'init';
    c.next();
  } else if (c.isWord('EXIT')) {
    special = 'exit';
    c.next();
  }
  const kind = c.isKw('FUNCTION') ? 'function' : 'procedure';
  c.next();
  const name = c.ident();
  const params: string[] = [];
  let varargs = false;
  if (c.eatOp('(')) {
    if (!c.eatOp(')')) {
      for (;;) {
        if (c.eatOp('...')) varargs = true;
        else {
          c.eatOp('@');
          params.push(c.ident());
          skipAsType(c);
        }
        if (c.eatOp(',')) continue;
        c.expectOp(')');
        break;
      }
    }
  }
  skipAsType(c);
  if (!c.atEnd()) throw new CompileError(30, c.line, ['syntax error', c.peek()!.text]);
  return { name, kind, isStatic, special, params, varargs, body: [], line: c.line, implicit: false };
}
