// Matching of rule patterns against a line of tokens.
//
// Positions index the line's token array; a position past the end stands for
// the end of the line. An expression is recognised the way Clipper's
// preprocessor does it: no parsing, only bracket balance and "two operands
// in a row end the expression".

import { TT, type PPToken, canJoin, isCloseBr, isNeutral, isOpenBr } from './tokentype.js';
import { CmpMode, keyOf, type PatTok, type Rule } from './rule.js';

export function isEOL(toks: PPToken[], p: number): boolean {
  return p >= toks.length || toks[p].t === TT.EOL;
}

export function isEOC(toks: PPToken[], p: number): boolean {
  return p >= toks.length || toks[p].t === TT.EOL || toks[p].t === TT.EOC;
}

/** End of the part of a line that defines and translations work on: line end or ';' before a directive. */
export function isEOS(toks: PPToken[], p: number): boolean {
  if (p >= toks.length) return true;
  const t = toks[p].t;
  if (t === TT.EOL) return true;
  if (t !== TT.EOC || p + 1 >= toks.length) return false;
  const n = toks[p + 1].t;
  return n === TT.HASH || n === TT.DIRECTIVE;
}

/** ASCII case-insensitive comparison of a[0..n) and b[0..n). */
function eqPrefixI(a: string, b: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 97 && x <= 122) x -= 32;
    if (y >= 97 && y <= 122) y -= 32;
    if (x !== y) return false;
  }
  return true;
}

/**
 * Compares a token's text with `value` under a comparison mode: exact
 * (prefix of `value`), dBase (a 4+ letter word may abbreviate `value`) or
 * case-insensitive equality.
 */
export function valueCmp(tok: PPToken, value: string, mode: CmpMode): boolean {
  const text = tok.text;
  const len = text.length;
  if (len === 0) return false;
  if (mode === CmpMode.Case) return value.startsWith(text);
  if (mode === CmpMode.DBase && len >= 4 && (tok.t === TT.KEYWORD || tok.t === TT.STRING || tok.t === TT.TEXT)) {
    return len <= value.length && eqPrefixI(value, text, len);
  }
  return value.length === len && eqPrefixI(value, text, len);
}

export function tokenEqual(tok: PPToken, p: PatTok, mode: CmpMode): boolean {
  if (tok.t !== p.t) return false;
  const tl = tok.text.length, pl = p.text.length;
  if (tl !== pl && !(mode === CmpMode.DBase && pl > 4 && tl >= 4 && pl > tl)) return false;
  return valueCmp(tok, p.text, mode);
}

/** Tokens that need an operand on their left, so cannot start an expression. */
function needsLeft(toks: PPToken[], p: number): boolean {
  const t = toks[p].t;
  switch (t) {
    case TT.ASSIGN: case TT.PLUSEQ: case TT.MINUSEQ: case TT.MULTEQ: case TT.DIVEQ:
    case TT.MODEQ: case TT.EXPEQ: case TT.EQUAL: case TT.EQ:
      return true;
    case TT.SEND: {
      if (toks[p].spaces !== 0 || p + 1 >= toks.length) return false;
      const n = toks[p + 1].t;
      return n === TT.KEYWORD || n === TT.MACROVAR || n === TT.MACROTEXT;
    }
    default:
      return false;
  }
}

/** `{|params|` closing a line: the start of a multi-line code block; returns the position after it or -1. */
function startExtBlock(toks: PPToken[], p: number): number {
  if (p + 1 >= toks.length || toks[p].t !== TT.LEFT_CB || toks[p + 1].t !== TT.PIPE) return -1;
  let prev = TT.COMMA;
  let k = p + 2;
  while (k < toks.length) {
    const t = toks[k].t;
    if (((t === TT.KEYWORD || t === TT.EPSILON) && prev === TT.COMMA) || (t === TT.COMMA && prev === TT.KEYWORD)) {
      prev = t;
      k++;
    } else break;
  }
  if (k + 1 < toks.length && toks[k].t === TT.PIPE && isEOC(toks, k + 1)) return k + 1;
  return -1;
}

/** End of a multi-line code block: '}' or a new FUNCTION/PROCEDURE; returns the position after it or -1. */
function stopExtBlock(toks: PPToken[], p: number): number {
  if (!isEOC(toks, p) || p + 1 >= toks.length) return -1;
  const first = toks[p + 1];
  if (first.t === TT.RIGHT_CB) return p + 2;
  if (p + 2 < toks.length && first.t === TT.KEYWORD && toks[p + 2].t === TT.KEYWORD) {
    let k = p + 1;
    if (valueCmp(first, 'INIT', CmpMode.DBase) || valueCmp(first, 'EXIT', CmpMode.DBase) ||
      valueCmp(first, 'STATIC', CmpMode.DBase)) k++;
    if (valueCmp(toks[k], 'FUNCTION', CmpMode.DBase) || valueCmp(toks[k], 'PROCEDURE', CmpMode.DBase)) return p + 1;
  }
  return -1;
}

/** Result of skipping one expression. */
export interface Skip {
  pos: number;
  /** The scan ended at a stop (end of command, stop token, closing bracket) rather than after a comma. */
  stopped: boolean;
}

/**
 * Skips one expression starting at `p`. In Addr mode `stopAt` is the end
 * position and only commas split; otherwise the expression also ends at
 * the end of the command, at `stopTok` and where two operands meet.
 * With `consumeComma` a separating comma is skipped too.
 */
export function skipExp(toks: PPToken[], p: number, stopTok: PatTok | null, stopAt: number,
  mode: CmpMode, consumeComma: boolean, out: Skip): boolean {
  const start = p;
  let prevType = TT.NUL, lbr = TT.NUL, rbr = TT.NUL, braces = 0;
  out.stopped = false;
  for (;;) {
    const before = p;
    let q = startExtBlock(toks, p);
    if (q >= 0) {
      let depth = 1;
      while (q < toks.length) {
        const s = startExtBlock(toks, q);
        if (s >= 0) {
          depth++;
          q = s;
          continue;
        }
        const e = stopExtBlock(toks, q);
        if (e >= 0) {
          q = e;
          if (--depth === 0) break;
          continue;
        }
        q++;
      }
      p = depth ? before : q;
    }
    if (mode === CmpMode.Addr ? p >= stopAt : isEOC(toks, p)) {
      out.stopped = true;
      break;
    }
    const tok = toks[p];
    const cur = tok.t;
    if (braces) {
      if (cur === lbr) ++braces;
      else if (cur === rbr) --braces;
    } else if (cur === TT.COMMA) {
      if (consumeComma) p++;
      break;
    } else if (mode !== CmpMode.Addr &&
      (isCloseBr(cur) || (!canJoin(cur) && !canJoin(prevType)) || (stopTok !== null && tokenEqual(tok, stopTok, mode)))) {
      out.stopped = true;
      break;
    } else if (isOpenBr(cur)) {
      lbr = cur;
      rbr = cur === TT.LEFT_PB ? TT.RIGHT_PB : cur === TT.LEFT_SB ? TT.RIGHT_SB : TT.RIGHT_CB;
      ++braces;
    }
    if (!isNeutral(cur)) prevType = cur;
    p++;
  }
  out.pos = p;
  return p !== start;
}

/**
 * Whether an expression may start at `p`. A '[' counts when a ']' follows
 * on the line; ';' tokens between them become plain text.
 */
function canStartExp(toks: PPToken[], p: number): boolean {
  if (isEOC(toks, p) || needsLeft(toks, p)) return false;
  if (toks[p].t !== TT.LEFT_SB) return true;
  let eoc = -1;
  for (let k = p + 1; !isEOL(toks, k); k++) {
    const t = toks[k].t;
    if (t === TT.RIGHT_SB) {
      if (eoc >= 0) {
        for (let e = eoc; e < k; e++) {
          if (toks[e].t === TT.EOC) {
            toks[e].t = TT.TEXT;
            toks[e].kind = 'text';
          }
        }
      }
      return true;
    }
    if (eoc < 0 && t === TT.EOC) eoc = k;
  }
  return false;
}

/** Values captured by the markers of one rule while matching. */
export interface Capture {
  first: number;
  next: number;
}

export type Captures = Capture[][];

const skip: Skip = { pos: 0, stopped: false };

/** Matches one pattern token at `p`; returns the position after the match or -1. */
function tokenMatch(toks: PPToken[], pats: PatTok[], k: number, p: number, stop: PatTok | null, mode: CmpMode): number {
  const m = pats[k];
  switch (m.t) {
    case TT.MM_REGULAR:
      if (!canStartExp(toks, p)) return -1;
      return skipExp(toks, p, stop ?? pats[k + 1] ?? null, 0, mode, false, skip) ? skip.pos : -1;
    case TT.MM_LIST: {
      if (!canStartExp(toks, p)) return -1;
      const st = stop ?? pats[k + 1] ?? null;
      let matched = false;
      do {
        if (!skipExp(toks, p, st, 0, mode, true, skip)) break;
        p = skip.pos;
        matched = true;
      } while (!skip.stopped);
      return matched ? p : -1;
    }
    case TT.MM_RESTRICT:
      return restrictMatch(toks, m.sub, p, mode);
    case TT.MM_WILD:
      if (isEOS(toks, p)) return -1;
      do p++; while (!isEOS(toks, p));
      return p;
    case TT.MM_EXTEXP: {
      const t = toks[p].t;
      if (t === TT.RIGHT_PB || t === TT.RIGHT_SB || t === TT.COMMA || !canStartExp(toks, p)) return -1;
      if (t === TT.LEFT_PB) {
        return skipExp(toks, p, stop ?? pats[k + 1] ?? null, 0, mode, false, skip) ? skip.pos : -1;
      }
      do p++; while (!isEOC(toks, p) && toks[p].spaces === 0 && toks[p].t !== TT.COMMA);
      return p;
    }
    case TT.MM_NAME:
      return toks[p].t === TT.KEYWORD ? p + 1 : -1;
    default:
      return tokenEqual(toks[p], m, mode) ? p + 1 : -1;
  }
}

/**
 * Restricted marker: one of the comma-separated token sequences. An empty
 * alternative matches nothing; '&' accepts a macro or &( ... ).
 */
function restrictMatch(toks: PPToken[], alts: PatTok[] | null, p: number, mode: CmpMode): number {
  if (!alts) return -1;
  let r = 0;
  let q = p;
  while (r < alts.length) {
    const a = alts[r];
    if (a.t === TT.COMMA) return q;
    const tok = q < toks.length ? toks[q] : undefined;
    if (a.t === TT.AMPERSAND && (r + 1 >= alts.length || alts[r + 1].t === TT.COMMA) && tok &&
      (tok.t === TT.MACROVAR || tok.t === TT.MACROTEXT ||
        (tok.t === TT.AMPERSAND && q + 1 < toks.length && toks[q + 1].t === TT.LEFT_PB))) {
      if (tok.t !== TT.AMPERSAND) return q + 1;
      let depth = 1;
      q += 2;
      while (depth > 0 && !isEOC(toks, q)) {
        if (toks[q].t === TT.LEFT_PB) ++depth;
        else if (toks[q].t === TT.RIGHT_PB) --depth;
        q++;
      }
      return q;
    }
    if (!isEOC(toks, q) && tokenEqual(toks[q], a, mode)) {
      q++;
      if (++r >= alts.length) return q;
    } else {
      q = p;
      let t: TT;
      do {
        t = alts[r].t;
        r++;
      } while (r < alts.length && t !== TT.COMMA);
    }
  }
  return -1;
}

/**
 * Matches a pattern at `p`; returns the position after it or -1. With
 * `caps` the values of numbered markers are recorded.
 */
export function patternMatch(toks: PPToken[], pats: PatTok[], p: number, stop: PatTok | null, mode: CmpMode,
  rule: Rule | null, caps: Captures | null): number {
  let k = 0;
  while (k < pats.length && !isEOS(toks, p)) {
    const m = pats[k];
    if (m.t === TT.MM_OPTIONAL) {
      let ns = k + 1;
      while (ns < pats.length && pats[ns].t === TT.MM_OPTIONAL) ns++;
      const newStop = ns < pats.length ? pats[ns] : null;
      let opt = k, last = k;
      do {
        last = opt;
        const first = p;
        const r = patternMatch(toks, pats[opt].sub as PatTok[], p, newStop, mode, null, null);
        if (r >= 0 && r !== first) {
          p = r;
          if (caps && patternMatch(toks, pats[opt].sub as PatTok[], first, newStop, mode, rule, caps) < 0) return -1;
          opt = k;
        } else {
          opt++;
        }
      } while (opt < pats.length && pats[opt].t === TT.MM_OPTIONAL && !isEOS(toks, p));
      k = last;
    } else {
      const first = p;
      const r = tokenMatch(toks, pats, k, p, stop, mode);
      if (r < 0) return -1;
      if (caps && m.index && first !== r && !addCapture(rule as Rule, caps, m.index, first, r)) return -1;
      p = r;
    }
    k++;
  }
  while (k < pats.length && pats[k].t === TT.MM_OPTIONAL) k++;
  return k === pats.length ? p : -1;
}

function addCapture(rule: Rule, caps: Captures, index: number, first: number, next: number): boolean {
  const list = caps[index - 1];
  if (list.length === 0 || rule.canRepeat[index - 1]) {
    list.push({ first, next });
    return true;
  }
  return false;
}

export interface RuleMatch {
  caps: Captures;
  /** Position after the matched tokens. */
  next: number;
}

/** Tries a rule at `p`; a command must also consume the whole statement. */
export function matchRule(rule: Rule, toks: PPToken[], p: number, command: boolean): RuleMatch | null {
  if (rule.second >= 0) {
    const n = toks[p + 1];
    if (n === undefined || n.t !== rule.match[1].t || keyOf(n.text) !== rule.second) return null;
  }
  const r = patternMatch(toks, rule.match, p, null, rule.mode, null, null);
  if (r < 0 || (command && !isEOC(toks, r))) return null;
  const caps: Captures = [];
  for (let i = 0; i < rule.canRepeat.length; i++) caps.push([]);
  const next = patternMatch(toks, rule.match, p, null, rule.mode, rule, caps);
  return next < 0 ? null : { caps, next };
}
