// Translation rules: #define, #[x|y]translate and #[x|y]command, and the
// parsing of their match and result patterns into marker tokens.

import { TT, type PPToken } from './tokentype.js';

/** How keywords of a rule compare with the source. */
export const enum CmpMode {
  /** Token identity (splitting a matched range by commas). */
  Addr = 0,
  /** Case-insensitive (#xcommand, #xtranslate). */
  Std = 1,
  /** Case-insensitive, keywords may be abbreviated to 4 letters (#command, #translate). */
  DBase = 2,
  /** Case-sensitive (#define, #ycommand, #ytranslate). */
  Case = 3,
}

/** A token of a match or result pattern. */
export interface PatTok {
  t: TT;
  text: string;
  spaces: number;
  /** Marker number (1-based) shared by a match marker and its result markers; 0 if none. */
  index: number;
  /** Optional clause contents, or the alternatives of a restricted marker. */
  sub: PatTok[] | null;
  /** Match marker other than a restricted one (for clause ordering checks). */
  isMarker: boolean;
  /** Delimiter of a literal string, date or timestamp (see Token.quote). */
  quote?: string;
}

export interface Rule {
  match: PatTok[];
  /**
   * keyOf() of the second match token when both the first and the second
   * are plain tokens, else -1: a cheap test before a full match.
   */
  second: number;
  result: PatTok[];
  mode: CmpMode;
  /** Per marker number: may the marker collect several values (it is used only inside optional result clauses). */
  canRepeat: boolean[];
  /** First keyword of the match pattern, as shown in circularity errors. */
  name: string;
}

/** Error numbers of rule definition problems (Harbour's C2xxx list). */
export const enum RuleErr {
  DefineSyntax = 4,
  LabelMissing = 5,
  ParenMissing = 6,
  MissingSep = 7,
  UnknownResult = 8,
  WrongLabel = 9,
  BadMatch = 10,
  EmptyOptional = 11,
  UnclosedOptional = 12,
  Ambiguous = 17,
  NestedOptional = 18,
}

export class RuleError extends Error {
  constructor(readonly code: RuleErr) {
    super('rule');
  }
}

/** The first four characters, upper-cased, packed into a number (latin1 chars fit a byte). */
export function keyOf(text: string): number {
  let key = 0;
  const n = text.length < 4 ? text.length : 4;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    key = key * 256 + (c & 0xff);
  }
  return key * 8 + n;
}

/** The `second` field of a rule with this match pattern. */
export function secondKey(match: PatTok[]): number {
  if (match.length < 2 || match[0].t < TT.KEYWORD || match[1].t < TT.KEYWORD) return -1;
  return keyOf(match[1].text);
}

/** A plain pattern token copied from a source token. */
export function pat(tok: PPToken): PatTok {
  const p: PatTok = { t: tok.t, text: tok.text, spaces: tok.spaces, index: 0, sub: null, isMarker: false };
  if (tok.quote !== undefined) p.quote = tok.quote;
  return p;
}

/** True when `t` closes the pattern: end of line, or ';' for directives made by rules. */
function isEndOfPattern(tok: PPToken | undefined, direct: boolean): boolean {
  return tok === undefined || tok.t === TT.EOL || (!direct && tok.t === TT.EOC);
}

// ------------------------------------------------------------------ #define

/**
 * Parses `NAME [(p1, p2...)] [result]` from the tokens after the directive
 * keyword. Parameters become regular markers numbered by their first use in
 * the result.
 */
export function parseDefine(toks: PPToken[], direct: boolean): Rule {
  const nameTok = toks[0];
  if (nameTok === undefined || nameTok.t !== TT.KEYWORD) throw new RuleError(RuleErr.DefineSyntax);
  const match: PatTok[] = [pat(nameTok)];
  let k = 1;
  const params: PatTok[] = [];
  if (toks[k] !== undefined && toks[k].t === TT.LEFT_PB && toks[k].spaces === 0) {
    match.push(pat(toks[k]));
    let want = TT.KEYWORD;
    for (;;) {
      const p = toks[++k];
      if (p !== undefined && !isEndOfPattern(p, true) && (params.length === 0 || want === TT.COMMA) &&
        p.t === TT.RIGHT_PB) {
        match.push(pat(p));
        break;
      }
      if (p === undefined || isEndOfPattern(p, true) || p.t !== want) {
        throw new RuleError(want === TT.KEYWORD ? RuleErr.LabelMissing : RuleErr.ParenMissing);
      }
      const pt = pat(p);
      match.push(pt);
      if (want === TT.KEYWORD) {
        params.push(pt);
        want = TT.COMMA;
      } else {
        want = TT.KEYWORD;
      }
    }
    k++;
  } else {
    k = 1;
  }
  const result: PatTok[] = [];
  for (; !isEndOfPattern(toks[k], direct); k++) result.push(pat(toks[k]));
  let count = 0;
  for (let p = 0; p < params.length; p++) {
    const prm = params[p];
    let index = 0;
    let repeated = false;
    for (let q = 0; q < p; q++) if (params[q].text === prm.text) repeated = true;
    if (!repeated) {
      for (const r of result) {
        if (r.t === TT.KEYWORD && r.text === prm.text) {
          r.t = TT.RM_REGULAR;
          if (index === 0) index = ++count;
          r.index = index;
        }
      }
    }
    prm.t = TT.MM_REGULAR;
    prm.index = index;
  }
  return {
    match, second: secondKey(match), result, mode: CmpMode.Case,
    canRepeat: new Array<boolean>(count).fill(false), name: nameTok.text,
  };
}

// ------------------------------------------------- #command / #translate

/** A token of a rule with its backslash-quoting resolved. */
interface QTok {
  tok: PatTok;
  quoted: boolean;
}

/** Removes '\' quoting: the quoted token keeps the backslash's leading blanks. */
function unquote(toks: PPToken[], from: number, to: number): QTok[] {
  const out: QTok[] = [];
  for (let k = from; k < to; k++) {
    const tok = toks[k];
    if (tok.t === TT.BACKSLASH && k + 1 < to) {
      const next = pat(toks[++k]);
      next.spaces = tok.spaces;
      out.push({ tok: next, quoted: true });
    } else {
      out.push({ tok: pat(tok), quoted: false });
    }
  }
  return out;
}

/** Match markers sharing one name (a name may appear several times in a pattern). */
interface MarkerName {
  name: string;
  toks: Array<{ tok: PatTok; type: TT; sub: PatTok[] | null }>;
  canRepeat: boolean;
  index: number;
}

class RuleParser {
  private names: MarkerName[] = [];
  private count = 0;

  private find(name: string): MarkerName | undefined {
    return this.names.find((m) => m.name === name);
  }

  /**
   * Parses a match marker starting at the '<' at q[i]; returns the index after it,
   * with the marker's name token appended to `out`.
   */
  private matchMarker(q: QTok[], i: number, out: PatTok[]): number {
    const at = (k: number): QTok | undefined => (k < q.length && !q[k].quoted ? q[k] : undefined);
    const t = (k: number): TT => at(k)?.tok.t ?? TT.NUL;
    let type = TT.NUL;
    let id: PatTok | null = null;
    let sub: PatTok[] | null = null;
    let end = -1;
    const first = at(i + 1);
    if (first) {
      if (first.tok.t === TT.KEYWORD) {
        id = first.tok;
        const nt = t(i + 2);
        if (nt === TT.GT) {
          type = TT.MM_REGULAR;
          end = i + 3;
        } else if (nt === TT.COMMA) {
          let k = i + 3;
          if (t(k) === TT.EPSILON) k++;
          else if (t(k) === TT.DOT && t(k + 1) === TT.DOT && t(k + 2) === TT.DOT) k += 3;
          else k = -1;
          if (k > 0 && t(k) === TT.GT) {
            type = TT.MM_LIST;
            end = k + 1;
          }
        } else if (nt === TT.SEND && i + 3 < q.length) {
          // restricted: <id: tok tok, tok ...>; the first item may be quoted
          let k = i + 3;
          const items: PatTok[] = [];
          while (k < q.length && !(q[k].tok.t === TT.GT && !q[k].quoted)) items.push(q[k++].tok);
          if (k < q.length) {
            type = TT.MM_RESTRICT;
            sub = items.length ? items : null;
            end = k + 1;
          }
        }
      } else if (first.tok.t === TT.MULT || first.tok.t === TT.LEFT_PB || first.tok.t === TT.NOT) {
        const close = first.tok.t === TT.MULT ? TT.MULT : first.tok.t === TT.NOT ? TT.NOT : TT.RIGHT_PB;
        const idq = at(i + 2);
        if (idq && idq.tok.t === TT.KEYWORD && t(i + 3) === close && t(i + 4) === TT.GT) {
          id = idq.tok;
          type = first.tok.t === TT.MULT ? TT.MM_WILD : first.tok.t === TT.NOT ? TT.MM_NAME : TT.MM_EXTEXP;
          end = i + 5;
        }
      }
    }
    if (type === TT.NUL || id === null) throw new RuleError(RuleErr.BadMatch);
    let m = this.find(id.text);
    if (!m) {
      m = { name: id.text, toks: [], canRepeat: true, index: 0 };
      this.names.push(m);
    }
    m.toks.push({ tok: id, type, sub });
    if (type !== TT.MM_RESTRICT) id.isMarker = true;
    out.push(id);
    return end;
  }

  /**
   * Parses a match pattern; inside an optional clause stops at its ']' and
   * returns the index of it, otherwise returns q.length.
   */
  matchPattern(q: QTok[], i: number, out: PatTok[], inOptional: boolean): number {
    let lastOpt: PatTok | null = null;
    while (i < q.length) {
      const { tok, quoted } = q[i];
      if (!quoted) {
        if (tok.t === TT.LT) {
          i = this.matchMarker(q, i, out);
          lastOpt = null;
          continue;
        }
        if (tok.t === TT.RIGHT_SB && inOptional) return i;
        if (tok.t === TT.LEFT_SB) {
          if (i + 1 >= q.length) throw new RuleError(RuleErr.UnclosedOptional);
          const inner: PatTok[] = [];
          const close = this.matchPattern(q, i + 1, inner, true);
          if (inner.length === 0) throw new RuleError(RuleErr.EmptyOptional);
          tok.t = TT.MM_OPTIONAL;
          if (tok.spaces > 1) tok.spaces = 1;
          tok.isMarker = true;
          tok.sub = inner;
          if (lastOpt && lastOpt.sub && !hasKeywords(lastOpt.sub)) {
            if (!hasKeywords(inner)) throw new RuleError(RuleErr.Ambiguous);
            // keep the clause with keywords first
            tok.sub = lastOpt.sub;
            lastOpt.sub = inner;
          }
          out.push(tok);
          lastOpt = tok;
          i = close + 1;
          continue;
        }
      }
      out.push(tok);
      lastOpt = null;
      i++;
    }
    if (inOptional) throw new RuleError(RuleErr.UnclosedOptional);
    return i;
  }

  /** Parses a result marker starting at the '<' at q[i]. */
  private resultMarker(q: QTok[], i: number, out: PatTok[], dump: boolean, optional: boolean, spaces: number): number {
    const at = (k: number): QTok | undefined => (k < q.length && !q[k].quoted ? q[k] : undefined);
    const t = (k: number): TT => at(k)?.tok.t ?? TT.NUL;
    let type = TT.NUL;
    let id: PatTok | null = null;
    let end = -1;
    const first = at(i + 1);
    if (first) {
      const rt = first.tok.t;
      if (rt === TT.KEYWORD || rt === TT.STRING) {
        if (t(i + 2) === TT.GT) {
          id = first.tok;
          type = rt === TT.STRING ? TT.RM_STRSTD : dump ? TT.RM_STRDUMP : TT.RM_REGULAR;
          end = i + 3;
        }
      } else if (rt === TT.LEFT_PB || rt === TT.LEFT_CB || rt === TT.DOT) {
        const close = rt === TT.LEFT_PB ? TT.RIGHT_PB : rt === TT.LEFT_CB ? TT.RIGHT_CB : TT.DOT;
        const idq = at(i + 2);
        if (idq && idq.tok.t === TT.KEYWORD && t(i + 3) === close && t(i + 4) === TT.GT) {
          id = idq.tok;
          type = rt === TT.LEFT_PB ? TT.RM_STRSMART : rt === TT.LEFT_CB ? TT.RM_BLOCK : TT.RM_LOGICAL;
          end = i + 5;
        }
      } else if (rt === TT.MINUS) {
        const idq = at(i + 2);
        if (idq && idq.tok.t === TT.KEYWORD) {
          if (t(i + 3) === TT.ALIAS) {
            id = idq.tok;
            type = TT.RM_NUL;
            end = i + 4;
          } else if (t(i + 3) === TT.MINUS && t(i + 4) === TT.GT) {
            id = idq.tok;
            type = TT.RM_NUL;
            end = i + 5;
          }
        }
      } else if (rt === TT.REFERENCE && t(i + 2) === TT.GT) {
        out.push({ t: TT.RM_REFERENCE, text: '~', spaces: q[i + 2].tok.spaces, index: 0, sub: null, isMarker: false });
        return i + 3;
      }
    }
    if (type === TT.NUL || id === null) throw new RuleError(RuleErr.WrongLabel);
    const m = this.find(id.text);
    if (!m) throw new RuleError(RuleErr.UnknownResult);
    if (!m.index) m.index = ++this.count;
    if (!optional) m.canRepeat = false;
    out.push({ t: type, text: id.text, spaces, index: m.index, sub: null, isMarker: false });
    return end;
  }

  resultPattern(q: QTok[]): PatTok[] {
    const out: PatTok[] = [];
    let optStart = -1;     // position in `out` of the open '[' of a clause
    let i = 0;
    while (i < q.length) {
      const { tok, quoted } = q[i];
      if (!quoted) {
        if (tok.t === TT.HASH && i + 1 < q.length && !q[i + 1].quoted && q[i + 1].tok.t === TT.LT) {
          // #<x>: the '#' only selects dump stringify; Clipper drops it before any marker
          i = this.resultMarker(q, i + 1, out, true, optStart >= 0, tok.spaces);
          continue;
        }
        if (tok.t === TT.LT) {
          i = this.resultMarker(q, i, out, false, optStart >= 0, tok.spaces);
          continue;
        }
        if (tok.t === TT.LEFT_SB) {
          if (optStart >= 0) throw new RuleError(RuleErr.NestedOptional);
          optStart = out.length;
          out.push(tok);
          i++;
          continue;
        }
        if (tok.t === TT.RIGHT_SB && optStart >= 0) {
          const open = out[optStart];
          const inner = out.splice(optStart + 1);
          open.t = TT.RM_OPTIONAL;
          open.sub = inner;
          // keep words in the clause apart from what precedes it
          if (inner.length && inner[0].spaces === 0 && open.spaces > 0 && inner[0].t !== TT.COMMA) inner[0].spaces = 1;
          optStart = -1;
          i++;
          continue;
        }
      }
      out.push(tok);
      i++;
    }
    if (optStart >= 0) throw new RuleError(RuleErr.UnknownResult);
    return out;
  }

  /** Gives match markers their final type and number; returns canRepeat per number. */
  finish(): boolean[] {
    const canRepeat = new Array<boolean>(this.count).fill(false);
    for (const m of this.names) {
      for (const { tok, type, sub } of m.toks) {
        if (this.count && m.index) {
          canRepeat[m.index - 1] = m.canRepeat;
          tok.index = m.index;
        }
        tok.sub = sub;
        tok.t = type;
      }
    }
    return canRepeat;
  }
}

function hasKeywords(toks: PatTok[]): boolean {
  for (const t of toks) if (!t.isMarker) return true;
  return false;
}

/**
 * Parses the tokens after #command/#translate (up to the end of the
 * directive). Returns null for a dummy directive (`=>` with no match).
 */
export function parseRule(toks: PPToken[], direct: boolean, mode: CmpMode): Rule | null {
  let end = 0;
  while (!isEndOfPattern(toks[end], direct)) end++;
  let sep = -1;
  for (let k = 0; k + 1 < end; k++) {
    if (toks[k].t === TT.EQ && toks[k + 1].t === TT.GT) {
      sep = k;
      break;
    }
  }
  if (sep < 0) throw new RuleError(RuleErr.MissingSep);
  if (sep === 0) return null;
  // Clipper keeps at most one blank before each result token
  for (let k = sep + 2; k < end; k++) if (toks[k].spaces > 1) toks[k].spaces = 1;
  const parser = new RuleParser();
  const mq = unquote(toks, 0, sep);
  const match: PatTok[] = [];
  parser.matchPattern(mq, 0, match, false);
  const result = parser.resultPattern(unquote(toks, sep + 2, end));
  const canRepeat = parser.finish();
  return { match, second: secondKey(match), result, mode, canRepeat, name: match[0].text };
}
