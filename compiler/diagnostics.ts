// Compile-time diagnostics with Harbour's codes and texts, and the error
// the parser throws to abandon one statement.

export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'fatal';
  code: string;
  message: string;
}

/** Harbour compiler error texts by E-code number. */
export const ERRORS: Record<number, string> = {
  1: 'Statement not allowed outside of procedure or function',
  2: "Redefinition of procedure or function '%s'",
  3: "Duplicate variable declaration '%s'",
  4: '%s declaration follows executable statement',
  5: "Outer codeblock variable '%s' is out of reach",
  8: "Redefinition of predefined function %s as '%s'",
  9: "Illegal variable '%s' initializer '%s'",
  10: 'ENDIF does not match IF',
  11: 'ENDDO does not match WHILE',
  12: 'ENDCASE does not match DO CASE',
  13: 'NEXT does not match FOR',
  14: 'ELSE does not match IF',
  15: 'ELSEIF does not match IF',
  16: "Syntax error '%s'",
  17: "Unclosed control structure '%s'",
  18: '%s statement with no loop in sight',
  19: "Syntax error '%s' in '%s'",
  20: 'Incomplete statement or unbalanced delimiters',
  21: 'Incorrect number of arguments in %s %s',
  22: "Invalid lvalue '%s'",
  23: "Invalid use of '@' (pass by reference) '%s'",
  24: 'Formal parameters already declared',
  25: 'Invalid %s from within of SEQUENCE code',
  30: 'Syntax error "%s at \'%s\'"',
  38: "Operation not supported for data type '%s'",
  40: "Invalid array index expression '%s'",
  41: "Bound error '%s'",
  42: "Macro of declared symbol '%s'",
  46: 'CASE or OTHERWISE does not match DO CASE or SWITCH',
  47: "Code block contains both macro and declared symbol references '%s'",
  55: 'CASE requires either numeric or string constant',
  57: "Invalid date constant '%s'",
  58: "Invalid timestamp constant '%s'",
  61: 'Implicit send operator with no WITH OBJECT in sight',
  70: 'Duplicate case value',
  71: 'ENDWITH does not match WITH OBJECT',
  72: 'ENDSWITCH does not match SWITCH',
  73: 'END SEQUENCE does not match BEGIN SEQUENCE',
  74: "Code block contains both macro and WITH OBJECT messages ':%s'",
};

export function errorText(code: number, ...args: string[]): string {
  let i = 0;
  return (ERRORS[code] ?? 'Syntax error').replace(/%s/g, () => args[i++] ?? '');
}

export function errorCode(code: number): string {
  return 'E' + String(code).padStart(4, '0');
}

/** Thrown by the parser: the statement is abandoned, the diagnostic recorded. */
export class CompileError extends Error {
  constructor(
    readonly code: number,
    readonly line: number,
    readonly args: string[] = [],
  ) {
    super(errorText(code, ...args));
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const kind = d.severity === 'warning' ? 'Warning' : 'Error';
  return `${d.file}(${d.line}) ${kind} ${d.code}  ${d.message}`;
}
