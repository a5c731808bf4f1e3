// Fine-grained token types used inside the lexer and the preprocessor.
//
// The public Token has a coarse `kind`; matching rules needs to tell a comma
// from a parenthesis from a match marker, so every token made by the lexer
// also carries a numeric type `t`. The numbering groups related types: all
// operators from ASSIGN upwards sort after the punctuation, which the -p
// writer relies on when it decides whether two operators need a blank.

import type { Token, TokKind } from './token.js';

export enum TT {
  NUL = 0,

  // match markers (rule patterns only)
  MM_REGULAR = 1,
  MM_LIST = 2,
  MM_RESTRICT = 3,
  MM_WILD = 4,
  MM_EXTEXP = 5,
  MM_NAME = 6,
  MM_OPTIONAL = 7,

  // result markers (rule results only)
  RM_REGULAR = 11,
  RM_STRDUMP = 12,
  RM_STRSTD = 13,
  RM_STRSMART = 14,
  RM_BLOCK = 15,
  RM_LOGICAL = 16,
  RM_NUL = 17,
  RM_OPTIONAL = 18,
  RM_DYNVAL = 19,
  RM_REFERENCE = 20,

  KEYWORD = 21,
  MACROVAR = 22,
  MACROTEXT = 23,
  TEXT = 24,
  OTHER = 25,
  BACKSLASH = 26,
  PIPE = 27,
  DOT = 28,
  COMMA = 29,
  EOC = 30,
  EOL = 31,
  HASH = 32,
  DIRECTIVE = 33,

  STRING = 41,
  NUMBER = 42,
  DATE = 43,
  TIMESTAMP = 44,
  LOGICAL = 45,

  LEFT_PB = 50,
  RIGHT_PB = 51,
  LEFT_SB = 52,
  RIGHT_SB = 53,
  LEFT_CB = 54,
  RIGHT_CB = 55,
  REFERENCE = 56,
  AMPERSAND = 57,
  SEND = 58,
  ALIAS = 59,

  ASSIGN = 60,
  PLUSEQ = 61,
  MINUSEQ = 62,
  MULTEQ = 63,
  DIVEQ = 64,
  MODEQ = 65,
  EXPEQ = 66,
  INC = 67,
  DEC = 68,
  NOT = 69,
  OR = 70,
  AND = 71,
  EQUAL = 72,
  EQ = 73,
  LT = 74,
  GT = 75,
  LE = 76,
  GE = 77,
  NE = 78,
  IN = 79,
  PLUS = 80,
  MINUS = 81,
  MULT = 82,
  DIV = 83,
  MOD = 84,
  POWER = 85,
  EPSILON = 86,
}

/** A token as the lexer and the preprocessor handle it. */
export interface PPToken extends Token {
  t: TT;
}

const KIND: TokKind[] = [];
for (let i = 0; i <= TT.EPSILON; i++) KIND.push('op');
KIND[TT.NUL] = 'other';
KIND[TT.KEYWORD] = 'word';
KIND[TT.MACROVAR] = 'macrovar';
KIND[TT.MACROTEXT] = 'macrotext';
KIND[TT.TEXT] = 'text';
KIND[TT.OTHER] = 'other';
KIND[TT.EOC] = 'eoc';
KIND[TT.EOL] = 'eoc';
KIND[TT.STRING] = 'string';
KIND[TT.NUMBER] = 'number';
KIND[TT.DATE] = 'date';
KIND[TT.TIMESTAMP] = 'timestamp';
KIND[TT.LOGICAL] = 'logical';

export function kindOf(t: TT): TokKind {
  return KIND[t];
}

export function mkToken(t: TT, text: string, spaces: number, line: number): PPToken {
  return { kind: KIND[t], text, spaces, line, t };
}

export function cloneToken(src: PPToken): PPToken {
  const c: PPToken = { kind: src.kind, text: src.text, spaces: src.spaces, line: src.line, t: src.t };
  if (src.quote !== undefined) c.quote = src.quote;
  return c;
}

/** Changes the type of a token in place, keeping `kind` in step. */
export function setType(tok: PPToken, t: TT): void {
  tok.t = t;
  tok.kind = KIND[t];
}

// ---- token class predicates (arguments are types) ----

export function isOpenBr(t: TT): boolean {
  return t === TT.LEFT_PB || t === TT.LEFT_SB || t === TT.LEFT_CB;
}

export function isCloseBr(t: TT): boolean {
  return t === TT.RIGHT_PB || t === TT.RIGHT_SB || t === TT.RIGHT_CB;
}

/** Tokens that may glue to a neighbour in an expression (operators, punctuation). */
export function canJoin(t: TT): boolean {
  return !isCloseBr(t) && t !== TT.KEYWORD && t !== TT.MACROVAR && t !== TT.MACROTEXT &&
    t !== TT.TEXT && t !== TT.STRING && t !== TT.NUMBER && t !== TT.DATE &&
    t !== TT.TIMESTAMP && t !== TT.LOGICAL;
}

/** After a token of this type a '[' may open a string. */
export function canQuoteAfter(t: TT): boolean {
  return t !== TT.KEYWORD && t !== TT.MACROVAR && t !== TT.MACROTEXT && t !== TT.RIGHT_PB &&
    t !== TT.RIGHT_SB && t !== TT.RIGHT_CB && t !== TT.STRING && t !== TT.NUMBER &&
    t !== TT.DATE && t !== TT.TIMESTAMP && t !== TT.LOGICAL;
}

export function isNeutral(t: TT): boolean {
  return t === TT.DEC || t === TT.INC;
}
