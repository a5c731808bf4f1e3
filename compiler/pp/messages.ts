// Preprocessor diagnostics: Harbour's numbers and message texts. A message
// is reported as <prefix><4-digit number>, e.g. E0002, F0029, W0001.

export const enum PPErr {
  IllegalChar = 1,
  StringTerminator = 2,
  MissingEndtext = 3,
  DirectiveIfdef = 13,
  DirectiveEndif = 14,
  DirectiveElse = 15,
  DirectiveUndef = 16,
  Explicit = 19,
  CyclicDefine = 20,
  CyclicTranslate = 21,
  CyclicCommand = 22,
  UnterminatedComment = 23,
  Pragma = 24,
  DirectiveIf = 25,
  CannotOpenInput = 26,
  CannotOpenFile = 29,
  WrongFileName = 30,
  NestedIncludes = 31,
  InvalidDirective = 32,
  CannotOpenRules = 33,
}

export const enum PPWarn {
  Explicit = 1,
  DefineRedef = 2,
}

const ERRORS: Record<number, string> = {
  1: "Illegal character '\\x%s'",
  2: "Unterminated string '%s'",
  3: 'Missing ENDTEXT',
  4: 'Syntax error in #define',
  5: 'Label missing in #define',
  6: 'Comma or right parenthesis missing in #define',
  7: 'Missing => in #translate/#command',
  8: 'Unknown result marker in #translate/#command',
  9: 'Label error in #translate/#command',
  10: 'Bad match marker in #translate/#command',
  11: 'Empty optional clause in #translate/#command',
  12: 'Unclosed optional clause in #translate/#command',
  13: 'Error in #ifdef',
  14: '#endif does not match #ifdef',
  15: '#else does not match #ifdef',
  16: 'Error in #undef',
  17: 'Ambiguous match pattern in #translate/#command',
  18: 'Result pattern contains nested clauses in #translate/#command',
  19: "#error '%s'",
  20: "Circularity detected in #define '%s'",
  21: "Circularity detected in #translate '%s'",
  22: "Circularity detected in #command '%s'",
  23: 'Unterminated /* */ comment',
  24: 'Error in #pragma',
  25: 'Error in #if expression',
  26: "Cannot open input file '%s'",
  27: 'File %s is too long',
  28: "Can't create preprocessed output file",
  29: "Can't open #include file '%s'",
  30: 'Bad filename in #include',
  31: 'Too many nested #includes',
  32: 'Invalid name follows #',
  33: "Can't open standard rule file '%s'",
  34: "Write error to intermediate file '%s'",
};

const WARNINGS: Record<number, string> = {
  1: '%s',
  2: 'Redefinition or duplicate definition of #define %s',
};

export type Prefix = 'E' | 'F' | 'W';

export function messageCode(prefix: Prefix, n: number): string {
  return prefix + String(n).padStart(4, '0');
}

export function messageText(prefix: Prefix, n: number, param: string): string {
  const fmt = (prefix === 'W' ? WARNINGS : ERRORS)[n] ?? '';
  return fmt.replace('%s', () => param);
}
