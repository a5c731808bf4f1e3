// Searching and replacing: At, RAt, hb_At, hb_AtI, hb_RAt, StrTran, hb_StrReplace,
// hb_LeftEq, hb_LeftEqI.
//
// Positions are 1-based, 0 = not found; an empty needle is never found.
// Under UTF8EX positions count characters.

import type { Thread } from '../runtime/vm/thread.js';
import { HbHash, type Value } from '../runtime/values/types.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { charCount, charPos } from '../runtime/cdp/utf8.js';
import { badArgs, deref, intArg, intArgDef, isNum, str } from './str-args.js';
import type { StdModule } from './registry.js';

/** A C unsigned size from a signed value: negative numbers are huge. */
const unsigned = (n: number) => (n < 0 ? Number.MAX_SAFE_INTEGER : n);

/** The 1-based character position of byte offset `at` in `s` (UTF8EX). */
function charIndex(s: string, at: number): number {
  return charCount(s, 0, at) + 1;
}

function at(ctx: Thread, sub: string, s: string): number {
  if (sub.length === 0) return 0;
  const i = s.indexOf(sub);
  if (i < 0) return 0;
  return currentCodepage(ctx).charIdx ? charIndex(s, i) : i + 1;
}

/** hb_At(): the first `sub` in `text` between positions `start` and `to` (characters when `charIdx`). */
export function hbAt(sub: string, text: string, startArg: Value, toArg: Value, charIdx: boolean): number {
  let start = unsigned(intArg(startArg));
  let from: number;
  if (start <= 1) start = from = 0;
  else if (charIdx) from = charPos(text, --start);
  else from = --start;
  if (from >= text.length) return 0;
  const rest = text.length - from;
  let to: number;
  if (isNum(toArg)) {
    to = unsigned(intArg(toArg));
    if (to <= start) {
      to = 0;
    } else {
      to -= start;
      if (charIdx) to = charPos(text, to, from);
      if (to > rest) to = rest;
    }
  } else {
    to = rest;
  }
  if (to <= 0 || sub.length === 0) return 0;
  const i = text.indexOf(sub, from);
  if (i < 0 || i + sub.length > from + to) return 0;
  return charIdx ? charCount(text, from, i) + 1 + start : i + 1;
}

/** The last `sub` in `text` starting between byte offsets `from` and `to`, as a position. */
function rat(sub: string, text: string, from: number, to: number, charIdx: boolean): number {
  if (sub.length === 0 || to < from) return 0;
  const i = text.lastIndexOf(sub, to);
  if (i < from) return 0;
  return charIdx ? charIndex(text, i) : i + 1;
}

/** hb_RAt(): the last `sub` in `text` between positions `start` and `end`. */
export function hbRAt(sub: string, text: string, startArg: Value, endArg: Value, charIdx: boolean): number {
  const len = text.length;
  let to = len - sub.length;
  if (sub.length === 0 || to < 0) return 0;
  let start = intArg(startArg);
  let from: number;
  if (start <= 1) from = 0;
  else if (charIdx) from = charPos(text, --start);
  else from = --start;
  if (to < from) return 0;
  if (isNum(endArg)) {
    let end = intArg(endArg) - 1;
    if (end > 0 && charIdx) end = charPos(text, end);
    end -= sub.length - 1;
    if (end < to) to = end;
  }
  return rat(sub, text, from, to, charIdx);
}

/**
 * StrTran(): occurrences (leftmost, not overlapping) from the `start`-th
 * on, at most `count` of them, replaced. Start and count are C unsigned:
 * 0 gives '', a negative start replaces nothing, a negative count all.
 */
function strTran(text: string, seek: string, repl: string, start: number, count: number): string {
  if (start === 0 || count === 0) return '';
  if (seek.length === 0 || seek.length > text.length || start < 0) return text;
  let out = '';
  let last = 0;
  let found = 0;
  let left = unsigned(count);
  for (let i = text.indexOf(seek); i >= 0 && left > 0; i = text.indexOf(seek, i + seek.length)) {
    if (++found >= start) {
      out += text.slice(last, i) + repl;
      last = i + seek.length;
      left--;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** One replacement rule of hb_StrReplace: the text to find and what replaces it. */
type Rule = [string, string];

function strReplace(text: string, src: Value, dst: Value): string {
  // single characters: each one found in `src` becomes the character (or
  // array element) at the same place in `dst`, or disappears
  if (typeof src === 'string') {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const k = src.indexOf(text[i]);
      if (k < 0) out += text[i];
      else out += replacementAt(dst, k);
    }
    return out;
  }
  const rules: Rule[] = [];
  if (src instanceof HbHash) {
    for (let i = 0; i < src.keys.length; i++) {
      const v = src.values[i];
      rules.push([strOrEmpty(src.keys[i]), typeof v === 'string' ? v : '']);
    }
  } else {
    const a = src as Value[];
    for (let i = 0; i < a.length; i++) rules.push([strOrEmpty(a[i]), replacementAt(dst, i)]);
  }
  let out = '';
  for (let pos = 0; pos < text.length;) {
    let hit = -1;
    for (let r = 0; r < rules.length; r++) {
      const f = rules[r][0];
      if (f.length > 0 && text.startsWith(f, pos)) {
        hit = r;
        break;
      }
    }
    if (hit < 0) out += text[pos++];
    else {
      out += rules[hit][1];
      pos += rules[hit][0].length;
    }
  }
  return out;
}

const strOrEmpty = (v: Value): string => (typeof v === 'string' ? v : '');

/** The replacement for match number `k` (0-based) taken from hb_StrReplace's third argument. */
function replacementAt(dst: Value, k: number): string {
  if (typeof dst === 'string') return k < dst.length ? dst[k] : '';
  if (Array.isArray(dst)) return k < dst.length ? strOrEmpty(dst[k]) : '';
  return '';
}

/** hb_LeftEq / hb_LeftEqI: whether `a` starts with `b` (bytes, or case-folded by the code page). */
function leftEq(ctx: Thread, a: string, b: string, fold: boolean): boolean {
  if (b.length > a.length) return false;
  if (!fold) return a.startsWith(b);
  const up = currentCodepage(ctx).upper;
  for (let i = 0; i < b.length; i++) {
    if (up[a.charCodeAt(i)] !== up[b.charCodeAt(i)]) return false;
  }
  return true;
}

/** The text up to its first NUL (the C string Harbour's wildcard matching sees). */
function cString(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

/**
 * hb_WildMatch(): `text` against a pattern of * (any run) and ? (one
 * character). Unless `exact`, the pattern need only match a prefix of the
 * text. `fold` compares through the code page's upper-case table.
 */
export function wildMatch(ctx: Thread, pattern: string, text: string, exact: boolean, fold: boolean): boolean {
  const cp = currentCodepage(ctx);
  const chars = cp.charIdx;
  const up = cp.upper;
  const p = cString(pattern);
  const s = cString(text);
  const next = (str: string, i: number) => (chars ? charPos(str, 1, i) + i : i + 1);
  // the positions after each '*' to go back to when a later part fails
  const backP: number[] = [];
  const backS: number[] = [];
  let pi = 0;
  let si = 0;
  let any = false;
  while (pi < p.length || (exact && !any && si < s.length)) {
    if (pi < p.length && p.charCodeAt(pi) === 42) {
      any = true;
      pi++;
      continue;
    }
    if (si < s.length && pi < p.length) {
      const pn = next(p, pi);
      const sn = next(s, si);
      let same = p.charCodeAt(pi) === 63;
      if (!same && pn - pi === sn - si) {
        same = true;
        for (let k = 0; k < pn - pi && same; k++) {
          const a = p.charCodeAt(pi + k);
          const b = s.charCodeAt(si + k);
          same = fold && !chars ? up[a] === up[b] : a === b;
        }
        if (!same && fold && chars) same = cp.upperStr(p.slice(pi, pn)) === cp.upperStr(s.slice(si, sn));
      }
      if (same) {
        if (any) {
          backP.push(pi);
          backS.push(sn);
          any = false;
        }
        pi = pn;
        si = sn;
        continue;
      }
    }
    if (any && si < s.length) {
      si = next(s, si);
    } else if (backP.length > 0) {
      pi = backP.pop() as number;
      si = backS.pop() as number;
      any = true;
    } else {
      return false;
    }
  }
  return true;
}

export const functions: StdModule = {
  HB_WILDMATCH(ctx, pattern, text, exact) {
    const p = str(pattern);
    const t = str(text);
    return p !== undefined && t !== undefined && wildMatch(ctx, p, t, deref(exact) === true, false);
  },
  HB_WILDMATCHI(ctx, pattern, text) {
    const p = str(pattern);
    const t = str(text);
    return p !== undefined && t !== undefined && wildMatch(ctx, p, t, true, true);
  },
  AT(ctx, sub, s) {
    if (typeof sub === 'string' && typeof s === 'string') return at(ctx, sub, s);
    const a = str(sub);
    const b = str(s);
    if (a !== undefined && b !== undefined) return at(ctx, a, b);
    return badArgs(ctx, 'AT', 1108, arguments);
  },
  HB_AT(ctx, sub, s, start, to) {
    const a = str(sub);
    const b = str(s);
    if (a !== undefined && b !== undefined) return hbAt(a, b, start, to, currentCodepage(ctx).charIdx);
    return badArgs(ctx, 'HB_AT', 1108, arguments);
  },
  HB_ATI(ctx, sub, s, start, to) {
    const a = str(sub);
    const b = str(s);
    if (a === undefined || b === undefined) return badArgs(ctx, 'HB_ATI', 1108, arguments);
    // hb_At() with both sides in upper case: the codepage's case pairs compare equal
    const cp = currentCodepage(ctx);
    return hbAt(cp.upperStr(a), cp.upperStr(b), start, to, cp.charIdx);
  },
  RAT(ctx, sub, s) {
    const a = str(sub) ?? '';
    const b = str(s) ?? '';
    return rat(a, b, 0, b.length - a.length, currentCodepage(ctx).charIdx);
  },
  HB_RAT(ctx, sub, s, start, end) {
    return hbRAt(str(sub) ?? '', str(s) ?? '', start, end, currentCodepage(ctx).charIdx);
  },
  STRTRAN(ctx, s, seek, repl, start, count) {
    const text = str(s);
    const find = str(seek);
    if (text === undefined || find === undefined) return badArgs(ctx, 'STRTRAN', 1126, arguments);
    const by = typeof repl === 'string' ? repl : str(repl) ?? '';
    return strTran(text, find, by, start === undefined ? 1 : intArgDef(start, 1), count === undefined ? -1 : intArgDef(count, -1));
  },
  HB_STRREPLACE(ctx, s, src, dst) {
    const text = str(s);
    const from = deref(src);
    const to = deref(dst);
    const okSrc = typeof from === 'string' || Array.isArray(from) || (from instanceof HbHash && to === undefined);
    if (text === undefined || !okSrc) return badArgs(ctx, 'HB_STRREPLACE', 3012, arguments);
    const size = from instanceof HbHash ? from.keys.length : (from as string | Value[]).length;
    if (text.length === 0 || size === 0) return text;
    return strReplace(text, from, to);
  },
  HB_LEFTEQ(ctx, a, b) {
    const x = str(a);
    const y = str(b);
    if (x === undefined || y === undefined) return badArgs(ctx, 'HB_LEFTEQ', 1071, arguments);
    return leftEq(ctx, x, y, false);
  },
  HB_LEFTEQI(ctx, a, b) {
    const x = str(a);
    const y = str(b);
    if (x === undefined || y === undefined) return badArgs(ctx, 'HB_LEFTEQI', 1071, arguments);
    return leftEq(ctx, x, y, true);
  },
};
