// Regular expressions: hb_RegEx, hb_RegExLike, hb_RegExHas, hb_RegExMatch,
// hb_RegExSplit, hb_RegExAtX, hb_RegExAll, hb_RegExComp, hb_IsRegEx,
// hb_AtX. Patterns use PCRE syntax (see regex-pcre.ts for the translation
// and what it does not cover). Each search runs on the rest of the subject
// after the previous match, as Harbour's does, so ^ and \A match at every
// restart.

import type { Thread } from '../runtime/vm/thread.js';
import { HbPointer, HbRef, type Value } from '../runtime/values/types.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { isValidUtf8, utf8ToJs } from '../runtime/cdp/utf8.js';
import { PatternError, translatePcre } from './regex-pcre.js';
import { EG_ARG, badArgs, deref, int32Arg, intArg, intArgDef, str, substError } from './str-args.js';
import type { StdModule } from './registry.js';

/** PCRE returns at most this many groups (the match and 15 subgroups). */
const MAX_GROUPS = 16;
const REGEX_TAG = 'regex';

/** A compiled pattern: the JS RegExp and how its groups map to PCRE's. */
class Regex {
  constructor(readonly re: RegExp, readonly groups: number[], readonly unicode: boolean) {}
}

/** Start and end byte offsets of each PCRE group of a match; -1 for a group that did not take part. */
type Match = Int32Array;

const cache = new Map<string, Regex | null>();

function compile(pattern: string, caseless: boolean, multiline: boolean, unicode: boolean): Regex | null {
  const key = `${caseless ? 'i' : ''}${multiline ? 'm' : ''}${unicode ? 'u' : ''}/${pattern}`;
  let r = cache.get(key);
  if (r !== undefined) return r;
  try {
    // in UTF-8 mode PCRE rejects a pattern that is not valid UTF-8
    if (unicode && !isValidUtf8(pattern)) throw new PatternError('invalid UTF-8');
    const src = unicode ? utf8ToJs(pattern) : pattern;
    const t = translatePcre(src, { caseless, multiline, dotall: false, extended: false }, unicode);
    r = new Regex(new RegExp(t.source, t.flags + 'd'), t.groups, unicode);
  } catch (e) {
    if (!(e instanceof PatternError) && !(e instanceof SyntaxError)) throw e;
    r = null;
  }
  if (cache.size >= 512) cache.clear();
  cache.set(key, r);
  return r;
}

/** UTF-8 byte length of the JS string `s` up to index `end`. */
function byteOffset(s: string, end: number): number {
  return Buffer.byteLength(s.slice(0, end), 'utf8');
}

/** Search `text` (a byte string); the group offsets of the first match, or null. */
function exec(r: Regex, text: string): Match | null {
  // in UTF-8 mode a subject that is not valid UTF-8 never matches
  if (r.unicode && !isValidUtf8(text)) return null;
  const subject = r.unicode ? utf8ToJs(text) : text;
  const m = r.re.exec(subject);
  if (m === null || m.indices === undefined) return null;
  const n = Math.min(r.groups.length, MAX_GROUPS);
  let count = 0;
  const out = new Int32Array(n * 2).fill(-1);
  for (let g = 0; g < n; g++) {
    const span = m.indices[r.groups[g]];
    if (span === undefined) continue;
    out[2 * g] = r.unicode ? byteOffset(subject, span[0]) : span[0];
    out[2 * g + 1] = r.unicode ? byteOffset(subject, span[1]) : span[1];
    count = g + 1;
  }
  return out.subarray(0, count * 2);
}

/**
 * The compiled pattern of argument `v` (a pattern string or hb_RegExComp()
 * result). A bad one raises BASE/3012 (not a pattern) or 3015 (does not
 * compile) with just that argument, and gives null.
 */
function regexArg(ctx: Thread, fn: string, v: Value, caseless: boolean, multiline: boolean): Regex | null {
  const item = deref(v);
  let r: Regex | null = null;
  let code = 3012;
  if (item instanceof HbPointer) {
    if (item.tag === REGEX_TAG) r = item.target as Regex;
  } else if (typeof item === 'string' && item.length > 0) {
    code = 3015;
    r = compile(item, caseless, multiline, currentCodepage(ctx).utf8);
  }
  if (r === null) substError(ctx, fn, EG_ARG, code, [item]);
  return r;
}

/** The text of group `g` of match `m` in `text` ('' when it did not take part). */
function groupText(text: string, m: Match, g: number): string {
  return m[2 * g + 1] >= 0 ? text.slice(m[2 * g], m[2 * g + 1]) : '';
}

/** { text, start, end } of group `g` (1-based positions, offset by `base`). */
function groupSpan(text: string, m: Match, g: number, base: number): Value[] {
  if (m[2 * g + 1] < 0) return ['', 0, 0];
  return [text.slice(m[2 * g], m[2 * g + 1]), base + m[2 * g] + 1, base + m[2 * g + 1]];
}

const REQ_MATCHES = 0;
const REQ_LIKE = 1;
const REQ_HAS = 2;
const REQ_SPLIT = 3;
const REQ_ATX = 4;
const REQ_ALL = 5;

/** The common body of the hb_RegEx*() functions; undefined when the arguments are wrong. */
function regexRequest(ctx: Thread, fn: string, req: number, args: IArguments): Value {
  const text = str(args[2]);
  if (text === undefined) {
    badArgs(ctx, fn, 3014, args);
    return undefined;
  }
  const r = regexArg(ctx, fn, args[1], deref(args[3]) === false, deref(args[4]) === true);
  if (r === null) return undefined;
  const m = exec(r, text);
  if (m === null) return req === REQ_SPLIT ? [text] : req === REQ_LIKE || req === REQ_HAS ? false : undefined;
  const count = m.length >> 1;
  switch (req) {
    case REQ_MATCHES: {
      const out: Value[] = [];
      for (let g = 0; g < count; g++) out.push(groupText(text, m, g));
      return out;
    }
    case REQ_LIKE:
      return m[0] === 0 && m[1] === text.length;
    case REQ_HAS:
      return true;
    case REQ_SPLIT:
      return split(r, text, m, int32Arg(args[5]));
    case REQ_ATX: {
      const out: Value[] = [];
      for (let g = 0; g < count; g++) out.push(groupSpan(text, m, g, 0));
      return out;
    }
    default:
      return all(r, text, m, int32Arg(args[5]), int32Arg(args[6]), deref(args[7]) !== false);
  }
}

function split(r: Regex, text: string, first: Match, max: number): Value[] {
  const out: Value[] = [];
  let rest = text;
  let m: Match | null = first;
  let n = 0;
  do {
    out.push(rest.slice(0, m[0]));
    const end = m[1];
    rest = rest.slice(end);
    n++;
    if (end <= 0 || rest.length === 0 || (max !== 0 && n >= max)) break;
    m = exec(r, rest);
  } while (m !== null);
  out.push(rest);
  return out;
}

/** hb_RegExAll(): every match (or only group `which`), as texts or { text, start, end }. */
function all(r: Regex, text: string, first: Match, max: number, which: number, onlyText: boolean): Value[] {
  const out: Value[] = [];
  let rest = text;
  let base = 0;
  let m: Match | null = first;
  let n = 0;
  while (m !== null) {
    const count = m.length >> 1;
    const item = (g: number): Value => (onlyText ? groupText(rest, m as Match, g) : groupSpan(rest, m as Match, g, base));
    if (which === 0 || which < 0 || which > count) {
      const groups: Value[] = [];
      for (let g = 0; g < count; g++) groups.push(item(g));
      out.push(groups);
    } else {
      out.push(item(which - 1));
    }
    const end = m[1];
    if (end < 0) break;
    rest = rest.slice(end);
    base += end;
    n++;
    if (end === 0 || rest.length === 0 || (max !== 0 && n >= max)) break;
    m = exec(r, rest);
  }
  return out;
}

function store(v: Value | HbRef, n: number): void {
  if (v instanceof HbRef) v.set(n);
}

/** hb_AtX(): the first match within positions start..end; @start/@len receive where it is. */
function atX(ctx: Thread, args: IArguments): Value {
  const text = str(args[2]);
  if (text === undefined) return badArgs(ctx, 'HB_ATX', 3013, args);
  const startRef = args[4] as Value | HbRef;
  const lenRef = args[5] as Value | HbRef;
  const r = regexArg(ctx, 'HB_ATX', args[1], deref(args[3]) === false, false);
  if (r === null) {
    store(startRef, 0);
    store(lenRef, 0);
    return undefined;
  }
  let len = text.length;
  const startArg = intArg(args[4]);
  let start = startArg < 0 ? Number.MAX_SAFE_INTEGER : startArg;
  const endArg = intArgDef(args[5], len);
  const end = endArg < 0 ? Number.MAX_SAFE_INTEGER : endArg;
  let result: Value;
  if (len > 0 && start <= len && start <= end) {
    if (end < len) len = end;
    if (start > 0) {
      start--;
      len -= start;
    }
    const m = exec(r, text.substr(start, len));
    if (m !== null) {
      result = text.substr(start + m[0], m[1] - m[0]);
      start += m[0] + 1;
      len = m[1] - m[0];
    } else {
      start = len = 0;
    }
  } else {
    start = len = 0;
  }
  store(startRef, start);
  store(lenRef, len);
  return result;
}

export const functions: StdModule = {
  HB_REGEXCOMP(ctx, pattern, cased, newline) {
    const p = str(pattern);
    if (p === undefined || p.length === 0) return badArgs(ctx, 'HB_REGEXCOMP', 3012, arguments);
    const r = compile(p, deref(cased) === false, deref(newline) === true, currentCodepage(ctx).utf8);
    return r === null ? undefined : new HbPointer(r, REGEX_TAG);
  },
  HB_ISREGEX(_ctx, v) {
    const p = deref(v);
    return p instanceof HbPointer && p.tag === REGEX_TAG;
  },
  HB_ATX(ctx) {
    return atX(ctx, arguments);
  },
  HB_REGEX(ctx) {
    return regexRequest(ctx, 'HB_REGEX', REQ_MATCHES, arguments) ?? [];
  },
  HB_REGEXLIKE(ctx) {
    return regexRequest(ctx, 'HB_REGEXLIKE', REQ_LIKE, arguments) === true;
  },
  HB_REGEXHAS(ctx) {
    return regexRequest(ctx, 'HB_REGEXHAS', REQ_HAS, arguments) === true;
  },
  HB_REGEXMATCH(ctx) {
    const req = deref(arguments[5]) === true ? REQ_LIKE : REQ_HAS;
    return regexRequest(ctx, 'HB_REGEXMATCH', req, arguments) === true;
  },
  HB_REGEXSPLIT(ctx) {
    return regexRequest(ctx, 'HB_REGEXSPLIT', REQ_SPLIT, arguments) ?? [];
  },
  HB_REGEXATX(ctx) {
    return regexRequest(ctx, 'HB_REGEXATX', REQ_ATX, arguments) ?? [];
  },
  HB_REGEXALL(ctx) {
    return regexRequest(ctx, 'HB_REGEXALL', REQ_ALL, arguments) ?? [];
  },
};

