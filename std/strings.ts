// The basic string functions: Len, SubStr, Left, Right, Stuff, Replicate,
// Space, Chr, Asc, case conversion and the Is*() character tests.
//
// Strings are bytes. Under a code page that indexes characters (UTF8EX)
// lengths and positions count UTF-8 characters instead, and Chr()/Asc()
// work on Unicode values, as in Harbour.

import type { Thread } from '../runtime/vm/thread.js';
import { HbHash, HbObject, type Value } from '../runtime/values/types.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { blanks } from '../runtime/values/numfmt.js';
import { CF_ALPHA, CF_DIGIT, CF_LOWER, CF_UPPER } from '../runtime/cdp/codepage.js';
import { charCount, charPos, decodeAt, encodeCodePoint } from '../runtime/cdp/utf8.js';
import {
  EG_STROVERFLOW, badArgs, badArgsGen, deref, int32Arg, intArg, intArgDef, isNum, str,
} from './str-args.js';
import type { StdModule } from './registry.js';
import { reserveChars } from '../runtime/errors/memory.js';

/** C's SIZE_MAX on 64 bits: Replicate() fails beyond it. */
const SIZE_MAX = 18446744073709551615;

/** Len() of a string: bytes, or characters under UTF8EX. */
export function textLen(ctx: Thread, s: string): number {
  return currentCodepage(ctx).charIdx ? charCount(s) : s.length;
}

/** SubStr() on a string with numeric (or absent) arguments; `chars`: positions count UTF-8 characters. */
export function subStr(s: string, from: number, count: number, chars: boolean): string {
  let size = s.length;
  if (from > 0) {
    if (--from > size) count = 0;
  }
  if (count <= 0) return '';
  let start = 0;
  if (chars) {
    if (from < 0) from += charCount(s);
    if (from > 0) {
      start = charPos(s, from);
      size -= start;
    }
    count = charPos(s, count, start);
  } else {
    if (from < 0) from += size;
    if (from > 0) {
      start = from;
      size -= from;
    }
    if (count > size) count = size;
  }
  if (count <= 0) return '';
  return start === 0 && count === s.length ? s : s.substr(start, count);
}

/** Left(): the first `n` bytes (characters when `chars`). */
export function left(s: string, n: number, chars: boolean): string {
  if (n <= 0) return '';
  if (n < s.length && chars) n = charPos(s, n);
  return n >= s.length ? s : s.slice(0, n);
}

/** Right(): the last `n` bytes (characters when `chars`). */
export function right(s: string, n: number, chars: boolean): string {
  if (n <= 0) return '';
  const len = s.length;
  if (n < len && chars) {
    const count = charCount(s);
    n = count > n ? len - charPos(s, count - n) : len;
  }
  return n >= len ? s : s.slice(len - n);
}

/**
 * Stuff(): `del` bytes (characters) at `pos` replaced by `ins`. Positions
 * and counts are C unsigned sizes: a negative one means "to the end".
 */
export function stuff(s: string, pos: number, del: number, ins: string, chars: boolean): string {
  const len = s.length;
  if (chars) {
    if (pos !== 0) pos = pos < 0 ? len : charPos(s, pos - 1);
    if (del !== 0) {
      if (pos < len) {
        del = del < 0 ? len - pos : charPos(s, del, pos);
        if (del === 0) del = len - pos;
      } else {
        del = 0;
      }
    }
  } else {
    if (pos !== 0) pos = pos < 1 || pos > len ? len : pos - 1;
    if (del !== 0 && (del < 1 || del > len - pos)) del = len - pos;
  }
  return s.slice(0, pos) + ins + s.slice(pos + del);
}

function replicate(ctx: Thread, s: string, times: number, args: IArguments): Value {
  const len = s.length;
  if (len === 0 || times <= 0) return '';
  if (times === 1) return s;
  if (len * times >= SIZE_MAX) return badArgsGen(ctx, 'REPLICATE', EG_STROVERFLOW, 1234, args);
  reserveChars(ctx, len * times, 'REPLICATE');
  return s.repeat(times);
}

function chr(ctx: Thread, v: Value): string {
  const cp = currentCodepage(ctx);
  if (cp.charIdx) return encodeCodePoint(int32Arg(v) & 0xffff);
  return String.fromCharCode(int32Arg(v) & 0xff);
}

function asc(ctx: Thread, s: string): number {
  if (s.length === 0) return 0;
  const c = s.charCodeAt(0);
  if (c < 0x80 || !currentCodepage(ctx).charIdx) return c;
  const cp = decodeAt(s, 0).cp;
  return cp > 0xffff ? 0xfffd : cp;
}

function charTest(ctx: Thread, v: Value, flag: number): boolean {
  const s = str(v);
  return s !== undefined && (currentCodepage(ctx).firstFlags(s) & flag) !== 0;
}

function asciiTest(v: Value, lo: number, hi: number, lo2 = lo, hi2 = hi): boolean {
  const s = str(v);
  if (s === undefined || s.length === 0) return false;
  const c = s.charCodeAt(0);
  return (c >= lo && c <= hi) || (c >= lo2 && c <= hi2);
}

function asciiCase(s: string, from: number, to: number, delta: number): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= from && c <= to) {
      let out = s.slice(0, i);
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i);
        out += d >= from && d <= to ? String.fromCharCode(d + delta) : s[i];
      }
      return out;
    }
  }
  return s;
}

/** SoundEx codes of the letters A to Z. */
const SOUNDEX_CODES = '01230120022455012623010202';

/** SoundEx(): the first letter and the codes of the following consonant sounds, 4 characters. */
function soundex(s: string): string {
  let out = '';
  let prev = '0';
  for (let i = 0; i < s.length && out.length < 4; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) continue;
    const code = SOUNDEX_CODES[c - 65];
    if (out.length === 0) out += String.fromCharCode(c);
    else if (code !== '0' && code !== prev) out += code;
    prev = code;
  }
  return out.padEnd(4, '0');
}

/** hb_StrXor(): each byte XORed with the key's bytes in turn (or with one byte value). */
function strXor(s: string, key: string | number): string {
  let out = '';
  if (typeof key === 'number') {
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) ^ key);
  } else {
    for (let i = 0, k = 0; i < s.length; i++) {
      out += String.fromCharCode(s.charCodeAt(i) ^ key.charCodeAt(k));
      if (++k === key.length) k = 0;
    }
  }
  return out;
}

export const functions: StdModule = {
  HB_STRXOR(ctx, s, key) {
    const t = str(s);
    const k = deref(key);
    if (t !== undefined && typeof k === 'string') return k.length === 0 ? t : strXor(t, k);
    if (t !== undefined && isNum(k)) {
      const b = int32Arg(k) & 0xff;
      return b === 0 ? t : strXor(t, b);
    }
    return badArgs(ctx, 'HB_STRXOR', 3012, arguments);
  },
  SOUNDEX(_ctx, s) {
    return soundex(str(s) ?? '');
  },
  LEN(ctx, v) {
    if (typeof v === 'string') return currentCodepage(ctx).charIdx ? charCount(v) : v.length;
    if (Array.isArray(v)) return v.length;
    const d = deref(v);
    if (typeof d === 'string') return textLen(ctx, d);
    if (Array.isArray(d)) return d.length;
    if (d instanceof HbHash) return d.keys.length;
    if (d instanceof HbObject) return d.vars.length;
    return badArgs(ctx, 'LEN', 1111, arguments);
  },
  SUBSTR(ctx, s, from, count) {
    const hasCount = arguments.length > 3;
    if (typeof s === 'string' && typeof from === 'number' && (!hasCount || typeof count === 'number')) {
      return subStr(s, from, hasCount ? (count as number) : s.length, currentCodepage(ctx).charIdx);
    }
    const t = str(s);
    if (t !== undefined && isNum(from) && (!hasCount || isNum(count))) {
      return subStr(t, intArg(from), hasCount ? intArg(count) : t.length, currentCodepage(ctx).charIdx);
    }
    return badArgs(ctx, 'SUBSTR', 1110, arguments);
  },
  LEFT(ctx, s, n) {
    if (typeof s === 'string' && typeof n === 'number') return left(s, n, currentCodepage(ctx).charIdx);
    const t = str(s);
    if (t !== undefined && isNum(n)) return left(t, intArg(n), currentCodepage(ctx).charIdx);
    return badArgs(ctx, 'LEFT', 1124, arguments);
  },
  RIGHT(ctx, s, n) {
    if (typeof s === 'string' && typeof n === 'number') return right(s, n, currentCodepage(ctx).charIdx);
    const t = str(s);
    // Clipper raises no error here
    return t !== undefined && isNum(n) ? right(t, intArg(n), currentCodepage(ctx).charIdx) : '';
  },
  STUFF(ctx, s, pos, del, ins) {
    const t = str(s);
    const i = str(ins);
    if (t === undefined || i === undefined || !isNum(pos) || !isNum(del)) return '';
    return stuff(t, intArg(pos), intArg(del), i, currentCodepage(ctx).charIdx);
  },
  REPLICATE(ctx, s, times) {
    const t = str(s);
    if (t === undefined || !isNum(times)) return badArgs(ctx, 'REPLICATE', 1106, arguments);
    return replicate(ctx, t, intArg(times), arguments);
  },
  SPACE(ctx, n) {
    let len: number;
    if (typeof n === 'number') len = n;
    else if (isNum(n)) len = intArg(n);
    else return badArgs(ctx, 'SPACE', 1105, arguments);
    if (len <= 0) return '';
    reserveChars(ctx, len, 'SPACE');
    return blanks(len);
  },
  CHR(ctx, v) {
    if (typeof v === 'number' && v >= 0 && v < 128) return String.fromCharCode(v);
    if (!isNum(v)) return badArgs(ctx, 'CHR', 1104, arguments);
    return chr(ctx, v);
  },
  ASC(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'ASC', 1107, arguments);
    return asc(ctx, t);
  },
  UPPER(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'UPPER', 1102, arguments);
    return currentCodepage(ctx).upperStr(t);
  },
  LOWER(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'LOWER', 1103, arguments);
    return currentCodepage(ctx).lowerStr(t);
  },
  ISALPHA(ctx, s) {
    return charTest(ctx, s, CF_ALPHA);
  },
  ISDIGIT(ctx, s) {
    return charTest(ctx, s, CF_DIGIT);
  },
  ISUPPER(ctx, s) {
    return charTest(ctx, s, CF_UPPER);
  },
  ISLOWER(ctx, s) {
    return charTest(ctx, s, CF_LOWER);
  },
  HB_ASCIIUPPER(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_ASCIIUPPER', 1102, arguments);
    return asciiCase(t, 97, 122, -32);
  },
  HB_ASCIILOWER(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_ASCIILOWER', 1103, arguments);
    return asciiCase(t, 65, 90, 32);
  },
  HB_ASCIIISALPHA(_ctx, s) {
    return asciiTest(s, 65, 90, 97, 122);
  },
  HB_ASCIIISUPPER(_ctx, s) {
    return asciiTest(s, 65, 90);
  },
  HB_ASCIIISLOWER(_ctx, s) {
    return asciiTest(s, 97, 122);
  },
  HB_ASCIIISDIGIT(_ctx, s) {
    return asciiTest(s, 48, 57);
  },
  HB_STRSHRINK(ctx, s, n) {
    const t = str(s);
    if (t === undefined) return '';
    const by = intArgDef(n, 1);
    if (by <= 0) return t;
    if (currentCodepage(ctx).charIdx) {
      const chars = charCount(t);
      return by < chars ? t.slice(0, charPos(t, chars - by)) : '';
    }
    return by < t.length ? t.slice(0, t.length - by) : '';
  },
};
