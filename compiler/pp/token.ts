// The token shared by the lexer, the preprocessor and the parser.
//
// Harbour preprocesses tokens, not text: a rule matches token kinds and
// (case-insensitive) keyword text, and the result keeps each token's count of
// leading blanks so that stringify markers and `-p` output reproduce spacing.

export type TokKind =
  | 'word'       // identifier or keyword; text as written (case preserved)
  | 'macrovar'   // &name or &name.           text as written, e.g. "&cVar."
  | 'macrotext'  // word with embedded macros  text as written, e.g. "a&b.c"
  | 'string'     // text = the value (delimiters and e"" escapes removed)
  | 'number'     // text as written: 12, 1.50, .5, 0x1F
  | 'date'       // text = digits of 0dYYYYMMDD, or the content of d"..."
  | 'timestamp'  // text = the content of t"..."
  | 'logical'    // text = ".T." or ".F." (.Y./.N. normalised)
  | 'op'         // operator or punctuation, text canonical (see OPERATORS)
  | 'eoc'        // ';' statement separator inside one logical line; text '\n' for a
                 // line break kept inside a multi-line code block (also ends a statement)
  | 'text'       // bytes >= 128 outside strings, or stream text (TEXT ... ENDTEXT)
  | 'other';     // any other single character ('?', '~', ...)

export interface Token {
  kind: TokKind;
  text: string;
  /** Number of blanks before the token (a tab counts 4). */
  spaces: number;
  /** 1-based source line the token came from. */
  line: number;
  /**
   * For 'string': the delimiter it was written with: '"', "'", '[' or 'e'.
   * For 'date' and 'timestamp': '"' when written d"..." / t"...".
   */
  quote?: string;
}

/**
 * Operator tokens as the lexer emits them (kind 'op'). Alternate spellings are
 * folded as Harbour's preprocessor folds them, so rules match either form:
 * ".NOT." -> "!", "**" -> "^", "**=" -> "^=", "!=" -> "<>". The words .AND.
 * and .OR. are upper-cased. "#" stays "#" (not-equal in an expression). "::"
 * is two ':' tokens.
 */
export const OPERATORS = [
  '.NOT.', '.AND.', '.OR.', '...', '**=', '**', '++', '--', '==', ':=', '+=', '-=', '*=', '/=', '%=', '^=',
  '<=', '>=', '!=', '<>', '->', '@', '(', ')', '[', ']', '{', '}', ',', '\\', '|', '.', '&', ':', '!', '=',
  '<', '>', '#', '$', '+', '-', '*', '/', '%', '^',
] as const;

export function isWord(t: Token | undefined, upper: string): boolean {
  return t !== undefined && t.kind === 'word' && t.text.toUpperCase() === upper;
}

export function isOp(t: Token | undefined, op: string): boolean {
  return t !== undefined && t.kind === 'op' && t.text === op;
}
