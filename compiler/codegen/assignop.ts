// Overloading of `:=`: a class may answer the assignment of a new value to a
// variable that holds one of its objects (OPERATOR ":=", the __OPASSIGN
// message), and what it answers is stored instead. Checking the old value
// on every assignment would cost every program, so a program is compiled
// with the check only when one of its modules names that operator.

import type { Module } from '../ast.js';
import { walkStmts } from '../walk.js';

/** The line a module's code starts with when it names the `:=` operator: the program is compiled again with the check. */
export const ASSIGN_OP_MARK = '// hbts: overloads :=';

/** The module has the text ":=" or "__OPASSIGN" as a string literal (a class declaring the operator). */
export function namesAssignOperator(mod: Module): boolean {
  let found = false;
  const visit = (e: Parameters<Parameters<typeof walkStmts>[2]>[0]) => {
    if (e.k === 'str' && (e.v === ':=' || e.v.toUpperCase() === '__OPASSIGN')) found = true;
  };
  walkStmts(mod.fileDecls, () => undefined, visit);
  for (const f of mod.funcs) walkStmts(f.body, () => undefined, visit);
  return found;
}
