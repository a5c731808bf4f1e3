// Character and byte variants of the string functions: hb_U*() count the
// characters of the current code page (UTF-8 characters under UTF8 and
// UTF8EX, bytes otherwise) and convert Unicode values through it; hb_B*()
// always count bytes. Also the hb_UTF8*() functions, which treat their
// argument as UTF-8 whatever the code page.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { charCount, charPos, decodeAt, encodeCodePoint, nextChar } from '../runtime/cdp/utf8.js';
import { transByte } from '../runtime/cdp/translate.js';
import { left, right, stuff, subStr } from './strings.js';
import { hbAt, hbRAt } from './str-search.js';
import { badArgs, int32Arg, intArg, intArgDef, isNum, str } from './str-args.js';
import type { StdModule } from './registry.js';

/** Whether the current code page's characters are UTF-8 sequences. */
const utf8Chars = (ctx: Thread) => currentCodepage(ctx).utf8;

/** The text of one character with Unicode value `u` in `cp` ('' when it has none). */
function uniChar(cp: Codepage, u: number): string {
  if (cp.utf8) return encodeCodePoint(u);
  const b = transByte(cp, u);
  return b < 0 ? '' : String.fromCharCode(b);
}

/** The Unicode value of the first character of `s` in `cp` (0 for '' or a malformed one). */
function uniCode(cp: Codepage, s: string): number {
  if (s.length === 0) return 0;
  if (!cp.utf8) return cp.toUni[s.charCodeAt(0)];
  const d = decodeAt(s, 0);
  return d.ok && d.cp <= 0xffff ? d.cp : 0;
}

/** `s` with the character at `pos` (1-based) replaced by `ins`. */
function poke(s: string, pos: number, width: number, ins: string): string {
  return s.slice(0, pos) + ins + s.slice(pos + width);
}

/** Write a new value back to a by-reference first argument. */
function storeBack(v: Value, s: string): void {
  if (v instanceof HbRef) v.set(s);
}

/** SubStr-style arguments: (text, from[, count]) with numbers where given. */
function subStrArgs(args: IArguments): [string, number, number] | undefined {
  const t = str(args[1]);
  const n = args.length - 1;
  if (t === undefined || !isNum(args[2]) || (n >= 3 && !isNum(args[3]))) return undefined;
  return [t, intArg(args[2]), n < 3 ? t.length : intArg(args[3])];
}

export const functions: StdModule = {
  HB_UCHAR(ctx, n) {
    if (!isNum(n)) return badArgs(ctx, 'HB_UCHAR', 1111, arguments);
    return uniChar(currentCodepage(ctx), int32Arg(n) & 0xffff);
  },
  HB_BCHAR(ctx, n) {
    if (!isNum(n)) return badArgs(ctx, 'HB_BCHAR', 1111, arguments);
    return String.fromCharCode(int32Arg(n) & 0xff);
  },
  HB_UCODE(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_UCODE', 1111, arguments);
    return uniCode(currentCodepage(ctx), t);
  },
  HB_BCODE(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_BCODE', 1111, arguments);
    return t.length > 0 ? t.charCodeAt(0) : 0;
  },
  HB_ULEN(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_ULEN', 1111, arguments);
    return utf8Chars(ctx) ? charCount(t) : t.length;
  },
  HB_BLEN(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_BLEN', 1111, arguments);
    return t.length;
  },
  HB_UPEEK(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_UPEEK', 1111, arguments);
    const pos = intArg(n);
    if (pos <= 0 || pos > t.length) return 0;
    const cp = currentCodepage(ctx);
    const at = cp.utf8 ? charPos(t, pos - 1) : pos - 1;
    return at < t.length ? uniCode(cp, t.slice(at)) : 0;
  },
  HB_BPEEK(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_BPEEK', 1111, arguments);
    const pos = intArg(n);
    return pos > 0 && pos <= t.length ? t.charCodeAt(pos - 1) : 0;
  },
  HB_UPOKE(ctx, s, n, code) {
    const t = str(s);
    if (t === undefined || !isNum(n) || !isNum(code)) return badArgs(ctx, 'HB_UPOKE', 1111, arguments);
    const pos = intArg(n);
    if (pos <= 0 || pos > t.length) return t;
    const cp = currentCodepage(ctx);
    const at = cp.utf8 ? charPos(t, pos - 1) : pos - 1;
    if (at >= t.length) return t;
    const ins = uniChar(cp, int32Arg(code) & 0xffff);
    const width = cp.utf8 ? charPos(t, 1, at) : 1;
    const r = poke(t, at, width, ins);
    if (ins.length !== width) storeBack(s, r);
    return r;
  },
  HB_BPOKE(ctx, s, n, code) {
    const t = str(s);
    if (t === undefined || !isNum(n) || !isNum(code)) return badArgs(ctx, 'HB_BPOKE', 1111, arguments);
    const pos = intArg(n);
    if (pos <= 0 || pos > t.length) return t;
    return poke(t, pos - 1, 1, String.fromCharCode(int32Arg(code) & 0xff));
  },
  HB_USUBSTR(ctx) {
    const a = subStrArgs(arguments);
    if (a === undefined) return badArgs(ctx, 'HB_USUBSTR', 1110, arguments);
    return subStr(a[0], a[1], a[2], utf8Chars(ctx));
  },
  HB_BSUBSTR(ctx) {
    const a = subStrArgs(arguments);
    if (a === undefined) return badArgs(ctx, 'HB_BSUBSTR', 1110, arguments);
    return subStr(a[0], a[1], a[2], false);
  },
  HB_ULEFT(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_ULEFT', 1124, arguments);
    return left(t, intArg(n), utf8Chars(ctx));
  },
  HB_BLEFT(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_BLEFT', 1124, arguments);
    return left(t, intArg(n), false);
  },
  HB_URIGHT(ctx, s, n) {
    return right(str(s) ?? '', intArg(n), utf8Chars(ctx));
  },
  HB_BRIGHT(_ctx, s, n) {
    return right(str(s) ?? '', intArg(n), false);
  },
  HB_UAT(ctx, sub, s, start, to) {
    const a = str(sub);
    const b = str(s);
    if (a === undefined || b === undefined) return badArgs(ctx, 'HB_UAT', 1108, arguments);
    return hbAt(a, b, start, to, utf8Chars(ctx));
  },
  HB_BAT(ctx, sub, s, start, to) {
    const a = str(sub);
    const b = str(s);
    if (a === undefined || b === undefined) return badArgs(ctx, 'HB_BAT', 1108, arguments);
    return hbAt(a, b, start, to, false);
  },
  HB_BRAT(_ctx, sub, s, start, end) {
    const a = str(sub) ?? '';
    const b = str(s) ?? '';
    return hbRAt(a, b, start, end, false);
  },
  HB_USTUFF(ctx, s, pos, del, ins) {
    const t = str(s);
    const i = str(ins);
    if (t === undefined || i === undefined || !isNum(pos) || !isNum(del)) return '';
    return stuff(t, intArg(pos), intArg(del), i, utf8Chars(ctx));
  },
  HB_BSTUFF(_ctx, s, pos, del, ins) {
    const t = str(s);
    const i = str(ins);
    if (t === undefined || i === undefined || !isNum(pos) || !isNum(del)) return '';
    return stuff(t, intArg(pos), intArg(del), i, false);
  },
  HB_UTF8CHR(ctx, n) {
    if (!isNum(n)) return badArgs(ctx, 'HB_UTF8CHR', 3012, arguments);
    return encodeCodePoint(int32Arg(n) >>> 0);
  },
  HB_UTF8ASC(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_UTF8ASC', 3012, arguments);
    return t.length === 0 ? 0 : decodeAt(t, 0).cp;
  },
  HB_UTF8LEN(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_UTF8LEN', 3012, arguments);
    return charCount(t);
  },
  HB_UTF8SUBSTR(ctx, s, from, count) {
    const t = str(s);
    const n = arguments.length - 1;
    if (t === undefined || (n >= 2 && !isNum(from)) || (n >= 3 && !isNum(count))) {
      return badArgs(ctx, 'HB_UTF8SUBSTR', 3012, arguments);
    }
    let f = intArg(from);
    const c = n < 3 ? t.length : intArg(count);
    if (f < 0) {
      f += charCount(t);
      if (f < 0) f = 0;
    } else if (f > 0) {
      f--;
    }
    if (f >= t.length || c <= 0) return '';
    const start = charPos(t, f);
    return start < t.length ? t.slice(start, start + charPos(t, c, start)) : '';
  },
  HB_UTF8LEFT(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_UTF8LEFT', 3012, arguments);
    const c = intArg(n);
    return c > 0 ? t.slice(0, charPos(t, c)) : '';
  },
  HB_UTF8RIGHT(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_UTF8RIGHT', 3012, arguments);
    const c = intArg(n);
    if (t.length === 0 || c <= 0) return '';
    const from = Math.max(charCount(t) - c, 0);
    const start = charPos(t, from);
    return t.slice(start, start + charPos(t, c, start));
  },
  HB_UTF8AT(ctx, sub, s, start, end) {
    const a = str(sub);
    const b = str(s);
    if (a === undefined || b === undefined) return badArgs(ctx, 'HB_UTF8AT', 3012, arguments);
    return utf8At(a, b, intArgDef(start, 1), intArgDef(end, b.length), false);
  },
  HB_UTF8RAT(ctx, sub, s, start, end) {
    const a = str(sub);
    const b = str(s);
    if (a === undefined || b === undefined) return badArgs(ctx, 'HB_UTF8RAT', 3012, arguments);
    return utf8At(a, b, intArgDef(start, 1), intArgDef(end, b.length), true);
  },
  HB_UTF8STUFF(ctx, s, pos, del, ins) {
    const t = str(s);
    const i = str(ins);
    if (t === undefined || i === undefined || !isNum(pos) || !isNum(del)) {
      return badArgs(ctx, 'HB_UTF8STUFF', 3012, arguments);
    }
    return stuff(t, intArg(pos), intArg(del), i, true);
  },
  HB_UTF8PEEK(ctx, s, n) {
    const t = str(s);
    if (t === undefined || !isNum(n)) return badArgs(ctx, 'HB_UTF8PEEK', 3012, arguments);
    const pos = intArg(n);
    if (pos <= 0 || pos > t.length) return 0;
    const at = charPos(t, pos - 1);
    return at < t.length ? decodeAt(t, at).cp : 0;
  },
};

/**
 * hb_UTF8At/hb_UTF8RAt: the character position of the first (last) `sub`
 * in `text` within characters `start`..`end`; 0 when not found. Characters
 * compare as code points, so two malformed sequences (both U+FFFD) match.
 */
function utf8At(sub: string, text: string, start: number, end: number, last: boolean): number {
  const s = start < 0 ? Number.MAX_SAFE_INTEGER : start;
  const e = end < 0 ? Number.MAX_SAFE_INTEGER : end;
  if (e < s || sub.length === 0) return 0;
  const needle: number[] = [];
  for (let i = 0; i < sub.length;) {
    const d = decodeAt(sub, i);
    needle.push(d.cp);
    i = d.next;
  }
  let found = 0;
  let pos = 0;
  for (let i = 0; i < text.length && pos < e; i = nextChar(text, i)) {
    pos++;
    if (pos < s || pos + needle.length - 1 > e) continue;
    if (matchesAt(text, i, needle)) {
      if (!last) return pos;
      found = pos;
    }
  }
  return found;
}

/** Whether the characters of `text` from byte `i` on are the code points of `needle`. */
function matchesAt(text: string, i: number, needle: number[]): boolean {
  for (const cp of needle) {
    if (i >= text.length) return false;
    const d = decodeAt(text, i);
    if (d.cp !== cp) return false;
    i = d.next;
  }
  return true;
}
