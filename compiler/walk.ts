// Visiting every expression of a statement list, codeblock bodies included.

import type { Expr, Stmt } from './ast.js';

export function walkExpr(e: Expr | null, cb: (e: Expr) => void): void {
  if (e === null) return;
  cb(e);
  switch (e.k) {
    case 'field': if (e.alias && 'expr' in e.alias) walkExpr(e.alias.expr, cb); return;
    case 'aliasExpr': if ('expr' in e.alias) walkExpr(e.alias.expr, cb); walkExpr(e.e, cb); return;
    case 'call': e.args.forEach((a) => walkExpr(a, cb)); return;
    case 'macroCall': walkExpr(e.macro, cb); e.args.forEach((a) => walkExpr(a, cb)); return;
    case 'index': walkExpr(e.obj, cb); walkExpr(e.index, cb); return;
    case 'send':
      walkExpr(e.obj, cb);
      if (typeof e.msg !== 'string') walkExpr(e.msg, cb);
      e.args?.forEach((a) => walkExpr(a, cb));
      return;
    case 'assign': walkExpr(e.target, cb); walkExpr(e.value, cb); return;
    case 'bin': case 'and': case 'or': walkExpr(e.l, cb); walkExpr(e.r, cb); return;
    case 'not': case 'neg': case 'incdec': case 'ref': walkExpr(e.e, cb); return;
    case 'iif': walkExpr(e.c, cb); walkExpr(e.t, cb); walkExpr(e.f, cb); return;
    case 'array': e.items.forEach((a) => walkExpr(a, cb)); return;
    case 'hash': e.keys.forEach((k) => walkExpr(k, cb)); e.values.forEach((v) => walkExpr(v, cb)); return;
    case 'block': e.body.forEach((b) => walkExpr(b, cb)); return;
    case 'list': e.items.forEach((i) => walkExpr(i, cb)); return;
    case 'macro': e.parts.forEach((p) => { if ('expr' in p) walkExpr(p.expr, cb); }); return;
  }
}

export function walkStmts(stmts: Stmt[], onStmt: (s: Stmt) => void, onExpr: (e: Expr) => void): void {
  for (const s of stmts) {
    onStmt(s);
    const x = (e: Expr | null) => walkExpr(e, onExpr);
    const body = (b: Stmt[] | null) => b && walkStmts(b, onStmt, onExpr);
    switch (s.k) {
      case 'expr': x(s.e); break;
      case 'local': case 'static': case 'private': case 'public':
        for (const v of s.vars) { x(v.init); v.dims?.forEach(x); if (v.macro) x(v.macro); }
        break;
      case 'if': s.arms.forEach((a) => { x(a.cond); body(a.body); }); body(s.else); break;
      case 'case': s.arms.forEach((a) => { x(a.cond); body(a.body); }); body(s.otherwise); break;
      case 'switch': x(s.e); s.arms.forEach((a) => { x(a.value); body(a.body); }); body(s.otherwise); break;
      case 'while': x(s.cond); body(s.body); break;
      case 'for': x(s.v); x(s.start); x(s.end); x(s.step); body(s.body); break;
      case 'foreach': s.vars.forEach(x); s.bases.forEach(x); body(s.body); break;
      case 'seq': x(s.withBlock); body(s.body); x(s.using); body(s.recover); body(s.always); break;
      case 'break': case 'return': x(s.e); break;
      case 'do': if (typeof s.name !== 'string') x(s.name); s.args.forEach((a) => x(a)); break;
      case 'with': x(s.obj); body(s.body); break;
    }
  }
}
