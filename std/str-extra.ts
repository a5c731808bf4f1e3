// Assorted string and byte functions: hb_StrClear, hb_StrIsUTF8,
// hb_UTF8Poke, hb_UTF8ToStrBox, hb_StrCDecode and hb_ByteSwapI/W/L/U/LL.

import type { Thread } from '../runtime/vm/thread.js';
import { HbLong, HbRef, type Value } from '../runtime/values/types.js';
import { longOf } from '../runtime/values/number.js';
import { utf8ToStr } from '../runtime/cdp/translate.js';
import { decodeAt, nextChar } from '../runtime/cdp/utf8.js';
import { functions as strFormat } from './str-format.js';
import { badArgs, deref, int32Arg, intArg, isNum, str } from './str-args.js';
import { boxCodepage } from './gtinfo.js';
import type { StdModule } from './registry.js';

const REPLACEMENT = 0xfffd;

/** hb_StrIsUTF8(): true when the text has multi-byte sequences and all are whole. */
function isUtf8(s: string): boolean {
  let left = s.length;
  if (left === 0) return false;
  let p = 0;
  let seen = false;
  do {
    const c = s.charCodeAt(p++);
    if (c & 0x80) {
      // continuation bytes the lead announces: its leading one bits less one
      let tail = 0;
      for (let b = (c << 1) & 0xff; b & 0x80; b = (b << 1) & 0xff) tail++;
      if (tail === 0 || tail >= left) break;
      left -= tail;
      while (tail > 0 && (s.charCodeAt(p) & 0xc0) === 0x80) {
        p++;
        tail--;
      }
      if (tail !== 0) break;
      seen = true;
    }
  } while (--left);
  return left === 0 && seen;
}

/** The UTF-8 length Harbour gives a code point (up to 6 bytes; U+FFFF takes 4). */
function utf8Size(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0xffff) return 3;
  if (cp < 0x1fffff) return 4;
  if (cp < 0x3ffffff) return 5;
  return 6;
}

/** A code point as Harbour's UTF-8 encoder writes it. */
function utf8Bytes(cp: number): string {
  const n = utf8Size(cp);
  if (n === 1) return String.fromCharCode(cp);
  const bits = (k: number) => Math.floor(cp / 2 ** (6 * k));
  let out = String.fromCharCode(((0xff00 >> n) & 0xff) | (bits(n - 1) & (0x7f >> n)));
  for (let k = n - 2; k >= 0; k--) out += String.fromCharCode(0x80 | (bits(k) & 0x3f));
  return out;
}

/** Byte offset of the `pos`-th (1-based) character, -1 when there is none. */
function charOffset(s: string, pos: number): number {
  if (pos <= 0 || pos > s.length) return -1;
  for (let i = 0; i < s.length;) {
    if (--pos === 0) return i;
    i = nextChar(s, i);
  }
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** hb_StrCDecode(): the text of C string literals; null on a syntax error. */
function cDecode(ctx: Thread, src: string, cont: boolean): { text: string; cont: boolean } | null {
  let out = '';
  let i = 0;
  const len = src.length;
  for (;;) {
    if (!cont) {
      while (i < len && isSpace(src.charCodeAt(i))) i++;
      if (i < len && src[i] === '"') {
        i++;
        cont = true;
      }
    }
    if (!cont || i >= len) break;
    let j = i;
    while (j < len) {
      const c = src[j];
      if (c === '"') {
        cont = false;
        break;
      }
      if (++j < len && c === '\\') j++;
    }
    if (j > i) {
      out += strFormat.HB_STRDECODESCAPE(ctx, src.slice(i, j)) as string;
      i = j;
    }
    if (!cont) i++;
  }
  return i >= len ? { text: out, cont } : null;
}

/** A numeric argument as a 64-bit integer (hb_parnint). */
function int64Arg(v: Value): bigint {
  const d = deref(v);
  return d instanceof HbLong ? d.big : BigInt(intArg(d));
}

function swap16(x: bigint): number {
  const w = Number(x & 0xffffn);
  return ((w & 0xff) << 8) | (w >> 8);
}

function swap32(x: bigint): number {
  const w = Number(x & 0xffffffffn);
  return (((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)) >>> 0;
}

function swap64(x: bigint): bigint {
  let u = BigInt.asUintN(64, x);
  let r = 0n;
  for (let k = 0; k < 8; k++) {
    r = (r << 8n) | (u & 0xffn);
    u >>= 8n;
  }
  return BigInt.asIntN(64, r);
}

/** The byte-swap functions: BASE/1089 when the argument is not numeric. */
function byteSwap(fn: string, swap: (x: bigint) => Value): (ctx: Thread, ...a: Value[]) => Value {
  return function (ctx: Thread, v: Value) {
    if (!isNum(v)) return badArgs(ctx, fn, 1089, arguments);
    return swap(int64Arg(v));
  };
}

export const functions: StdModule = {
  HB_STRCLEAR(_ctx, ref) {
    // the bytes are zeroed in place; a JS string always takes a new buffer
    if (!(ref instanceof HbRef)) return false;
    const s = ref.get();
    if (typeof s !== 'string') return false;
    ref.set('\0'.repeat(s.length));
    return s.length > 0;
  },
  HB_STRISUTF8(_ctx, s) {
    const t = str(s);
    return t !== undefined && isUtf8(t);
  },
  HB_UTF8POKE(ctx, s, pos, code) {
    const t = str(s);
    if (t === undefined || !isNum(pos) || !isNum(code)) return badArgs(ctx, 'HB_UTF8POKE', 3012, arguments);
    const at = charOffset(t, intArg(pos));
    if (at < 0) return t;
    let cp = int32Arg(code);
    if (cp < 0) cp = REPLACEMENT;
    const old = decodeAt(t, at).next - at;
    const result = t.slice(0, at) + utf8Bytes(cp) + t.slice(at + old);
    if (s instanceof HbRef) s.set(result);
    return result;
  },
  HB_UTF8TOSTRBOX(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_UTF8TOSTRBOX', 3012, arguments);
    const box = boxCodepage(ctx);
    if (t.length === 0) return '';
    return box.utf8 ? t : utf8ToStr(box, t);
  },
  HB_STRCDECODE(ctx, s, contRef) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_STRCDECODE', 1099, arguments);
    const cont = deref(contRef) === true;
    if (t.length === 0) return cont ? t : undefined;
    const r = cDecode(ctx, t, cont);
    if (r === null || (r.cont && !(contRef instanceof HbRef))) return undefined;
    if (contRef instanceof HbRef) contRef.set(r.cont);
    return r.text;
  },
  HB_BYTESWAPI: byteSwap('HB_BYTESWAPI', (x) => (swap16(x) << 16) >> 16),
  HB_BYTESWAPW: byteSwap('HB_BYTESWAPW', swap16),
  HB_BYTESWAPL: byteSwap('HB_BYTESWAPL', (x) => swap32(x) | 0),
  HB_BYTESWAPU: byteSwap('HB_BYTESWAPU', swap32),
  HB_BYTESWAPLL: byteSwap('HB_BYTESWAPLL', (x) => longOf(swap64(x)) as Value),
};
