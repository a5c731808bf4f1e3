// _GET_( var, "var", ... ), what @ ... GET produces, becomes a call of
// __GET with a set/get codeblock for the variable (or of __GETA with the
// array and its indexes for an array element), as Harbour's compiler does.

import type { Arg, Expr } from '../ast.js';
import type { Scope } from './scope.js';

const SG = '__SETGETVAL';

/** The __GET/__GETA call that replaces _GET_( args ). */
export function rewriteGet(args: Arg[], scope: Scope): { name: string; args: Arg[] } {
  const [first, ...rest] = args;
  if (first !== null && first.k === 'index') {
    // _GET_( a[ i, j ], "a[i,j]", ... ) -> __GETA( {|| a }, "a", ..., { i, j } )
    const indexes: Expr[] = [];
    let base: Expr = first;
    while (base.k === 'index') {
      indexes.unshift(base.index);
      base = base.obj;
    }
    const block: Expr = base.k === 'macro' ? { k: 'nil' } : { k: 'block', params: [], varargs: false, body: [base], line: 0, source: '' };
    const out: Arg[] = [block, ...rest.slice(0, 4)];
    while (out.length < 5) out.push(null);
    const name = out[1];
    if (name !== null && name.k === 'str') {
      const cut = name.v.indexOf('[', 1);
      if (cut > 0) out[1] = { k: 'str', v: name.v.slice(0, cut) };
    }
    out.push({ k: 'array', items: indexes });
    return { name: '__GETA', args: out };
  }
  if (first !== null && first.k === 'macro') {
    // @ r, c GET &var: the variable's name comes from the macro at run time
    const text = first.parts.length === 1 && 'var' in first.parts[0] ? ({ k: 'var', name: first.parts[0].var } as Expr) : null;
    return { name: '__GET', args: [{ k: 'nil' }, rest[0] ?? text, ...rest.slice(1)] };
  }
  if (first !== null && first.k === 'var' && scope.resolve(first.name).kind === 'undeclared') {
    // an undeclared variable: __GET builds the set/get block by name at run time
    return { name: '__GET', args: [{ k: 'nil' }, ...rest] };
  }
  if (first === null) return { name: '__GET', args };
  const setget: Expr = {
    k: 'block', params: [SG], varargs: false, line: 0, source: '',
    body: [{
      k: 'iif',
      c: { k: 'bin', op: '==', l: { k: 'var', name: SG }, r: { k: 'nil' } },
      t: first,
      f: { k: 'assign', op: ':=', target: first, value: { k: 'var', name: SG } },
    }],
  };
  return { name: '__GET', args: [setget, ...rest] };
}
