// hb_StrFormat(): printf-style formatting with %c %d %x %X %f %s, flags
// - + blank 0, width, precision and %n$ argument numbers.

import { HbNum, type Value } from '../runtime/values/types.js';
import { formatNum } from '../runtime/values/numfmt.js';
import { numDec, numLen } from '../runtime/values/number.js';
import { badArgs, deref, intArg, str } from './str-args.js';
import type { StdModule } from './registry.js';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNumeric = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;

interface Spec {
  left: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  width: number;
  /** precision; -1 when not given */
  dec: number;
}

/** The sign prefix a flag asks for ('' when none). */
function signPrefix(s: Spec, negative: boolean): string {
  if (negative) return '-';
  if (s.plus) return '+';
  return s.space ? ' ' : '';
}

/** %d %x %X: an integer, optionally at least `dec` digits. */
function formatInteger(v: Value, kind: string, s: Spec): string {
  let digits = '0';
  let negative = false;
  if (isNumeric(v)) {
    if (kind === 'd') {
      digits = formatNum(v, 25, 0).trimStart();
    } else {
      const n = BigInt.asUintN(64, BigInt(intArg(v)));
      digits = n.toString(16);
      if (kind === 'X') digits = digits.toUpperCase();
    }
    if (digits[0] === '-') {
      negative = true;
      digits = digits.slice(1);
    }
  } else if (v === true) {
    digits = '1';
  }
  const extra = s.plus || s.space || negative ? 1 : 0;
  const size = digits.length;
  const zero = s.zero && s.dec < 0;
  const sign = signPrefix(s, negative);
  const minDigits = s.dec > size ? '0'.repeat(s.dec - size) : '';
  if (s.left) {
    const body = sign + minDigits + digits;
    const used = Math.max(size, s.dec) + extra;
    return body + (s.width > used ? ' '.repeat(s.width - used) : '');
  }
  if (zero) return sign + (s.width > size + extra ? '0'.repeat(s.width - size - extra) : '') + digits;
  const used = Math.max(size, s.dec) + extra;
  return (s.width > used ? ' '.repeat(s.width - used) : '') + sign + minDigits + digits;
}

/** %f: the number with its own decimals, or `dec` of them. */
function formatFloat(v: Value, s: Spec): string {
  let text = '0';
  if (isNumeric(v)) {
    let size = numLen(v);
    let dec = numDec(v);
    if (s.dec !== -1) {
      size += s.dec - dec + 1;
      dec = s.dec;
    }
    if (size > 255) size = 255;
    if (dec > 253) dec = 253;
    if (size < dec + 2) size = dec + 2;
    let f = formatNum(v, size, dec);
    if (f[0] === '*' && size < 255) f = formatNum(v, 255, dec);
    text = f.trimStart();
  }
  const negative = text[0] === '-';
  const extra = (s.plus || s.space) && !negative ? 1 : 0;
  const sign = negative ? '' : s.plus ? '+' : s.space ? ' ' : '';
  const pad = s.width > text.length + extra ? s.width - text.length - extra : 0;
  if (s.left) return sign + text + ' '.repeat(pad);
  if (s.zero) {
    if (negative) return '-' + '0'.repeat(pad) + text.slice(1);
    return sign + '0'.repeat(pad) + text;
  }
  return ' '.repeat(pad) + sign + text;
}

/** %s: a string argument (other values show as nothing), cut to `dec`. */
function formatString(v: Value, s: Spec): string {
  let text = typeof v === 'string' ? v : '';
  if (s.dec >= 0 && s.dec < text.length) text = text.slice(0, s.dec);
  const pad = s.width > 1 && s.width > text.length ? ' '.repeat(s.width - text.length) : '';
  return s.left ? text + pad : pad + text;
}

function formatChar(v: Value, s: Spec): string {
  const c = String.fromCharCode((isNumeric(v) ? intArg(v) : 0) & 0xff);
  const pad = s.width > 1 ? ' '.repeat(s.width - 1) : '';
  return s.left ? c + pad : pad + c;
}

export function strFormat(fmt: string, args: Value[]): string {
  let out = '';
  let next = 0;
  let p = 0;
  const at = (i: number) => (i < fmt.length ? fmt[i] : '');
  while (p < fmt.length) {
    if (fmt[p] !== '%') {
      out += fmt[p++];
      continue;
    }
    const start = p++;
    if (at(p) === '%') {
      out += '%';
      p++;
      continue;
    }
    // %n$: explicit argument number
    let argNo = 0;
    while (isDigit(at(p))) argNo = argNo * 10 + fmt.charCodeAt(p++) - 48;
    if (argNo > 0 && at(p) === '$') {
      p++;
    } else {
      argNo = -1;
      p = start + 1;
    }
    const s: Spec = { left: false, plus: false, space: false, zero: false, width: -1, dec: -1 };
    for (; p < fmt.length; p++) {
      const c = fmt[p];
      if (c === '-') s.left = true;
      else if (c === '+') s.plus = true;
      else if (c === ' ') s.space = true;
      else if (c === '0') s.zero = true;
      else break;
    }
    if (isDigit(at(p))) {
      s.width = 0;
      while (isDigit(at(p))) s.width = s.width * 10 + fmt.charCodeAt(p++) - 48;
    }
    if (at(p) === '.') {
      p++;
      s.dec = 0;
      while (isDigit(at(p))) s.dec = s.dec * 10 + fmt.charCodeAt(p++) - 48;
    }
    const kind = at(p);
    if (!'cdxXfs'.includes(kind) || kind === '') {
      // not a conversion: the text so far is kept as it is
      out += fmt.slice(start, p);
      continue;
    }
    if (argNo === -1) argNo = ++next;
    const v = argNo <= args.length ? args[argNo - 1] : undefined;
    if (kind === 'c') out += formatChar(v, s);
    else if (kind === 'f') out += formatFloat(v, s);
    else if (kind === 's') out += formatString(v, s);
    else out += formatInteger(v, kind, s);
    p++;
  }
  return out;
}

/**
 * hb_StrToExp(): the string as a PRG literal: in "", '' or [] when one of
 * them does not occur in it, else (or when asked) as an escaped e"..."
 * string.
 */
function strToExp(s: string, escaped: boolean): string {
  let kinds = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') kinds |= 1;
    else if (c === "'") kinds |= 2;
    else if (c === ']') kinds |= 4;
    else if (c === '\r' || c === '\n' || c === '\0') kinds |= 7;
  }
  if (kinds !== 7 && !escaped) {
    if ((kinds & 1) === 0) return '"' + s + '"';
    if ((kinds & 2) === 0) return "'" + s + "'";
    return '[' + s + ']';
  }
  let out = 'e"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\r') out += '\\r';
    else if (c === '\n') out += '\\n';
    else if (c === '\0') out += '\\000';
    else if (c === '\\' || c === '"') out += '\\' + c;
    else out += c;
  }
  return out + '"';
}

const ESCAPES: Record<string, string> = { r: '\r', n: '\n', t: '\t', b: '\b', f: '\f', v: '\v', a: '\x07' };

/**
 * hb_StrDecodEscape(): C escapes replaced by the bytes they stand for:
 * \r \n \t \b \f \v \a, up to three octal digits, \x and hex digits;
 * any other escaped character stands for itself, a final lone backslash
 * is dropped.
 */
function decodeEscapes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i++];
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (i >= s.length) break;
    const e = s[i++];
    if (ESCAPES[e] !== undefined) {
      out += ESCAPES[e];
    } else if (e >= '0' && e <= '7') {
      let v = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < s.length && s[i] >= '0' && s[i] <= '7'; k++) v = (v << 3) | (s.charCodeAt(i++) - 48);
      out += String.fromCharCode(v & 0xff);
    } else if (e === 'x') {
      let v = 0;
      while (i < s.length && /[0-9A-Fa-f]/.test(s[i])) v = ((v << 4) | parseInt(s[i++], 16)) & 0xff;
      out += String.fromCharCode(v);
    } else {
      out += e;
    }
  }
  return out;
}

export const functions: StdModule = {
  HB_STRDECODESCAPE(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_STRDECODESCAPE', 1099, arguments);
    return t.indexOf('\\') < 0 ? t : decodeEscapes(t);
  },
  HB_STRTOEXP(_ctx, s, escaped) {
    const t = str(s);
    return t === undefined ? undefined : strToExp(t, deref(escaped) === true);
  },
  HB_STRFORMAT(ctx, fmt, ...rest) {
    const f = str(fmt);
    if (f === undefined) return badArgs(ctx, 'HB_STRFORMAT', 1099, arguments);
    return strFormat(f, rest.map((a) => deref(a)));
  },
};
