// Builds the result of a matched rule: copies the result pattern, filling
// each result marker with what its match marker captured.

import { TT, type PPToken, cloneToken, mkToken } from './tokentype.js';
import { CmpMode, type PatTok, type Rule } from './rule.js';
import { type Capture, type Captures, type Skip, skipExp } from './match.js';
import { tokenText, tokensText } from './stringify.js';

/** Where the expansion happens: the source line and values for __FILE__ / __LINE__. */
export interface ExpandContext {
  toks: PPToken[];
  line: number;
  fileName: string;
  curLine: number;
}

const skip: Skip = { pos: 0, stopped: false };

/** Captured value number `n` of a marker (a single value repeats for every clause). */
function captured(caps: Captures, n: number, index: number): Capture | null {
  const list = caps[index - 1];
  if (list.length === 1) return list[0];
  return n < list.length ? list[n] : null;
}

function copyRange(cx: ExpandContext, from: number, to: number, spaces: number, out: PPToken[]): void {
  for (let k = from; k < to; k++) {
    const c = cloneToken(cx.toks[k]);
    if (k === from) c.spaces = spaces;
    out.push(c);
  }
}

/**
 * Adds a stringified, block or smart-stringified list: the captured range is
 * split at top-level commas and each expression is converted alone.
 */
function addList(cx: ExpandContext, spaces: number, type: TT, from: number, stop: number, out: PPToken[]): void {
  const toks = cx.toks;
  let first = true;
  let p = from;
  for (;;) {
    const moved = skipExp(toks, p, null, stop, CmpMode.Addr, true, skip);
    const next = skip.pos;
    const stopped = skip.stopped;
    const end = stopped ? next : next - 1;     // end of this expression (before the comma)
    if (moved && end !== p) {
      const tok = toks[p];
      if (type === TT.RM_BLOCK) {
        const isBlock = tok.t === TT.LEFT_CB && p + 1 < end && toks[p + 1].t === TT.PIPE;
        if (!isBlock) {
          out.push(mkToken(TT.LEFT_CB, '{', first ? spaces : 1, cx.line));
          out.push(mkToken(TT.PIPE, '|', 0, cx.line));
          out.push(mkToken(TT.PIPE, '|', 0, cx.line));
          first = false;
        }
        copyRange(cx, p, end, first ? spaces : toks[p].spaces, out);
        first = false;
        if (!isBlock) out.push(mkToken(TT.RIGHT_CB, '}', 0, cx.line));
      } else if ((tok.t === TT.MACROVAR || tok.t === TT.MACROTEXT) && end === p + 1) {
        // a lone macro stands for the name it holds: &x -> x, a&b -> "a&b"
        const sp = first ? spaces : tok.spaces;
        if (tok.t === TT.MACROVAR) {
          const cut = tok.text.endsWith('.') ? 2 : 1;
          out.push(mkToken(TT.KEYWORD, tok.text.slice(1, tok.text.length - cut + 1), sp, tok.line));
        } else {
          out.push(mkToken(TT.STRING, tokenText(tok, false, false, TT.NUL), sp, tok.line));
        }
        first = false;
      } else if ((type === TT.RM_STRSMART && (tok.t === TT.STRING || tok.t === TT.LEFT_PB)) ||
        (tok.t === TT.AMPERSAND && p + 1 < end && toks[p + 1].t === TT.LEFT_PB)) {
        // already a string or a parenthesised expression: copy as is (without a leading '&')
        const s = tok.t === TT.AMPERSAND ? p + 1 : p;
        copyRange(cx, s, end, first ? spaces : toks[s].spaces, out);
        first = false;
      } else {
        out.push(mkToken(TT.STRING, tokensText(toks, p, end), first ? spaces : tok.spaces, cx.line));
        first = false;
      }
    }
    if (stopped) break;
    const comma = cloneToken(toks[next - 1]);
    if (first) {
      comma.spaces = spaces;
      first = false;
    }
    out.push(comma);
    p = next;
  }
}

function addMarker(cx: ExpandContext, caps: Captures, m: PatTok, n: number, out: PPToken[]): void {
  const cap = captured(caps, n, m.index);
  switch (m.t) {
    case TT.RM_REGULAR:
      if (cap && cap.first !== cap.next) copyRange(cx, cap.first, cap.next, m.spaces, out);
      break;
    case TT.RM_STRDUMP:
      out.push(mkToken(TT.STRING, cap ? tokensText(cx.toks, cap.first, cap.next) : '', m.spaces, cx.line));
      break;
    case TT.RM_STRSTD:
    case TT.RM_STRSMART:
    case TT.RM_BLOCK:
      if (cap && cap.first !== cap.next) addList(cx, m.spaces, m.t, cap.first, cap.next, out);
      break;
    case TT.RM_LOGICAL:
      // Clipper only checks whether the marker matched at all
      out.push(mkToken(TT.LOGICAL, cap ? '.T.' : '.F.', m.spaces, cx.line));
      break;
  }
}

function stuff(cx: ExpandContext, rule: Rule, caps: Captures, n: number, pats: PatTok[], out: PPToken[]): void {
  for (const m of pats) {
    if (m.index) {
      addMarker(cx, caps, m, n, out);
    } else if (m.t === TT.RM_OPTIONAL) {
      // a clause repeats once per value of its most repeated marker
      let max = 0;
      for (const s of m.sub as PatTok[]) {
        if (s.index && caps[s.index - 1].length > max) max = caps[s.index - 1].length;
      }
      for (let k = 0; k < max; k++) stuff(cx, rule, caps, k, m.sub as PatTok[], out);
    } else if (m.t === TT.RM_DYNVAL) {
      if (m.text === '__FILE__') out.push(mkToken(TT.STRING, cx.fileName, 0, cx.line));
      else out.push(mkToken(TT.NUMBER, String(cx.curLine), 0, cx.line));
    } else if (m.t !== TT.RM_REFERENCE) {
      const tok = mkToken(m.t, m.text, m.spaces, cx.line);
      if (m.quote !== undefined) tok.quote = m.quote;
      out.push(tok);
    }
  }
}

/**
 * Replaces the matched tokens [p, next) of the line with the rule's result;
 * the first result token takes over the leading blanks of the first matched one.
 */
export function replaceMatch(cx: ExpandContext, rule: Rule, caps: Captures, p: number, next: number): void {
  const out: PPToken[] = [];
  stuff(cx, rule, caps, 0, rule.result, out);
  if (out.length && p < cx.toks.length) out[0].spaces = cx.toks[p].spaces;
  cx.toks.splice(p, next - p, ...out);
}
