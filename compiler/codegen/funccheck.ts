// The argument counts Harbour's compiler checks for Clipper's standard
// functions (error E0021 at compile time); -1 means no limit. Names match
// on their first four letters or more, as calls may abbreviate them.

import { CompileError } from '../diagnostics.js';

const COUNTS: ReadonlyArray<[string, number, number]> = [
  ['AADD', 2, 2], ['ABS', 1, 1], ['ASC', 1, 1], ['AT', 2, 2], ['BOF', 0, 0], ['BREAK', 0, 1],
  ['CDOW', 1, 1], ['CHR', 1, 1], ['CMONTH', 1, 1], ['COL', 0, 0], ['CTOD', 1, 1], ['DATE', 0, 0],
  ['DAY', 1, 1], ['DELETED', 0, 0], ['DEVPOS', 2, 2], ['DOW', 1, 1], ['DTOC', 1, 1], ['DTOS', 1, 1],
  ['EMPTY', 1, 1], ['EOF', 0, 0], ['EVAL', 1, -1], ['EXP', 1, 1], ['FCOUNT', 0, 0], ['FIELDNAME', 1, 1],
  ['FILE', 1, 1], ['FLOCK', 0, 0], ['FOUND', 0, 0], ['INKEY', 0, 2], ['INT', 1, 1], ['LASTREC', 0, 0],
  ['LEFT', 2, 2], ['LEN', 1, 1], ['LOCK', 0, 0], ['LOG', 1, 1], ['LOWER', 1, 1], ['LTRIM', 1, 1],
  ['MAX', 2, 2], ['MIN', 2, 2], ['MONTH', 1, 1], ['PCOL', 0, 0], ['PCOUNT', 0, 0], ['PROW', 0, 0],
  ['QSELF', 0, 0], ['RECCOUNT', 0, 0], ['RECNO', 0, 0], ['REPLICATE', 2, 2], ['RLOCK', 0, 0],
  ['ROUND', 2, 2], ['ROW', 0, 0], ['RTRIM', 1, 1], ['SECONDS', 0, 0], ['SELECT', 0, 1], ['SETPOS', 2, 2],
  ['SETPOSBS', 0, 0], ['SPACE', 1, 1], ['SQRT', 1, 1], ['STR', 1, 3], ['SUBSTR', 2, 3], ['TIME', 0, 0],
  ['TRANSFORM', 2, 2], ['TRIM', 1, 1], ['TYPE', 1, 1], ['UPPER', 1, 1], ['VAL', 1, 1], ['VALTYPE', 1, 1],
  ['WORD', 1, 1], ['YEAR', 1, 1],
];

/**
 * E0021 when a call to a standard function passes a wrong number of
 * arguments (null when right); with Harbour extensions on (not -kh-) the
 * message says how many.
 */
export function checkArgCount(name: string, count: number, detail: boolean): CompileError | null {
  const n = Math.max(name.length, 4);
  const entry = COUNTS.find(([f]) => f.slice(0, n) === name.slice(0, n) && name.length <= f.length);
  if (entry === undefined) return null;
  const [, min, max] = entry;
  if ((min !== -1 && count < min) || (max !== -1 && count > max)) {
    const expected = min === max ? `expected: ${min}` : max === -1 ? `expected at least: ${min}` : `expected from: ${min} to: ${max}`;
    return new CompileError(21, 0, [name, detail ? `\nPassed: ${count}, ${expected}` : '']);
  }
  return null;
}
