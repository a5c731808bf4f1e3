// Which record bytes an index key can depend on. A key (and FOR) expression
// made only of this table's fields, literals, operators and functions that
// look at nothing but their arguments depends on those fields alone: when
// a change to the record leaves their bytes as they were, the key is the
// same and need not be evaluated twice. Anything else (variables, other
// aliases, macros, codeblocks, other functions) makes it unknown.

/** Functions whose result depends only on their arguments (and settings). */
const PURE = new Set([
  'UPPER', 'LOWER', 'STR', 'STRZERO', 'DTOS', 'DTOC', 'LEFT', 'RIGHT', 'SUBSTR', 'TRIM', 'RTRIM', 'LTRIM',
  'ALLTRIM', 'PADL', 'PADR', 'PADC', 'VAL', 'LEN', 'ABS', 'INT', 'ROUND', 'DESCEND', 'IIF', 'IF', 'CHR',
  'ASC', 'SPACE', 'REPLICATE', 'EMPTY', 'MAX', 'MIN', 'YEAR', 'MONTH', 'DAY', 'STOD', 'CTOD', 'HB_NTOS',
  'RECNO', 'DELETED', 'TTOS', 'HB_TTOS', 'DTOT', 'HB_DTOT', 'TRANSFORM', 'STRTRAN', 'AT', 'RAT', 'MOD',
  'BIN2I', 'BIN2L', 'BIN2W', 'I2BIN', 'L2BIN', 'HB_STOT', 'HB_STOD', 'DOW', 'CDOW', 'CMONTH',
]);

/** The record's deletion flag, as a dependency. */
export const DEP_DELETED = 0;

/**
 * The fields (1-based; DEP_DELETED for the deletion flag) the expressions
 * read, or null when they may depend on something else. `fieldNo` maps a
 * name to its field number (0: not a field), `plain` says whether a field's
 * bytes hold its whole value (false for memos).
 */
export function keyDependencies(exprs: string[], fieldNo: (name: string) => number,
  plain: (field: number) => boolean): number[] | null {
  const deps = new Set<number>();
  for (const e of exprs) if (!scan(e, deps, fieldNo, plain)) return null;
  return [...deps];
}

const isIdStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdChar = (c: number): boolean => isIdStart(c) || (c >= 48 && c <= 57);

function scan(e: string, deps: Set<number>, fieldNo: (name: string) => number, plain: (field: number) => boolean): boolean {
  // assignments have no place in a key
  if (/\+\+|--|[-+*/%^:]=/.test(e)) return false;
  let i = 0;
  const n = e.length;
  const nextNonSpace = (k: number): number => {
    while (k < n && (e[k] === ' ' || e[k] === '\t')) k++;
    return k;
  };
  while (i < n) {
    const c = e.charCodeAt(i);
    if (c === 34 || c === 39) {
      // a string literal
      const end = e.indexOf(e[i], i + 1);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (c === 46) {
      // .T. .F. .AND. .OR. .NOT. or a decimal point
      const m = /^\.(T|F|Y|N|AND|OR|NOT)\./i.exec(e.slice(i, i + 5));
      i += m !== null ? m[0].length : 1;
      continue;
    }
    if (c >= 48 && c <= 57) {
      while (i < n && ((e.charCodeAt(i) >= 48 && e.charCodeAt(i) <= 57) || e[i] === '.')) i++;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(e.charCodeAt(j))) j++;
      const name = e.slice(i, j).toUpperCase();
      const k = nextNonSpace(j);
      i = j;
      if (e[k] === '(') {
        if (!PURE.has(name)) return false;
        if (name === 'DELETED') deps.add(DEP_DELETED);
        continue;
      }
      if (e[k] === '-' && e[k + 1] === '>') {
        if (name !== 'FIELD' && name !== '_FIELD') return false;
        i = k + 2;
        continue;
      }
      const f = fieldNo(name);
      if (f === 0 || !plain(f)) return false;
      deps.add(f);
      continue;
    }
    // operators and parentheses are fine; these are not
    if (c === 38 || c === 123 || c === 125 || c === 124 || c === 58 || c === 91 || c === 93 || c === 64) return false;
    i++;
  }
  return true;
}
