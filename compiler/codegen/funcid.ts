// Clipper's reserved functions that a call may abbreviate to their first
// four (or more) letters: CMon() is CMonth(), SubS() is SubStr(). The list
// and the minimum lengths are Harbour's.

const ABBREVIABLE: ReadonlyArray<string> = [
  'BREAK', 'CMONTH', 'DELETED', 'DEVPOS', 'EMPTY', 'FCOUNT', 'FIELDNAME', 'FLOCK', 'FOUND', 'INKEY',
  'LASTREC', 'LOWER', 'LTRIM', 'MONTH', 'PCOUNT', 'QSELF', 'RECCOUNT', 'RECNO', 'REPLICATE', 'RLOCK',
  'ROUND', 'RTRIM', 'SECONDS', 'SELECT', 'SETPOS', 'SETPOSBS', 'SPACE', 'SUBSTR', 'TRANSFORM', 'UPPER',
  'VALTYPE',
];

/** Clipper's reserved functions: a program may not define a function of one of these names. */
const RESERVED = new Set([
  'AADD', 'ABS', 'ASC', 'AT', 'BOF', 'CDOW', 'CHR', 'COL', 'CTOD', 'DATE', 'DAY', 'DBSELECTAREA', 'DOW', 'DTOC',
  'DTOS', 'EOF', 'EXP', 'INT', 'LEFT', 'LEN', 'LOCK', 'LOG', 'MAX', 'MIN', 'PCOL', 'PROW', 'ROW', 'SQRT', 'STR',
  'TIME', 'TRIM', 'TYPE', 'VAL', 'WORD', 'YEAR', ...ABBREVIABLE,
]);

/** The reserved function a function definition named `name` would redefine (it may abbreviate one). */
export function redefinedReserved(name: string): string | undefined {
  const full = reservedName(name);
  return RESERVED.has(full) ? full : undefined;
}

/** The full name of a call to an abbreviated reserved function, or the name itself. */
export function reservedName(name: string): string {
  if (name.length < 4) return name;
  // the first reserved name that sorts at or after `name` must start with it
  let best: string | undefined;
  for (const r of ABBREVIABLE) if (r >= name && (best === undefined || r < best)) best = r;
  return best !== undefined && best.startsWith(name) ? best : name;
}
