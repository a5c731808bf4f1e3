// hb_jsonEncode( xValue, [lHuman | nIndent], [cCodePage] ) and
// hb_jsonDecode( cJSON, [@xValue], [cCodePage] ), with Harbour's choices:
// numbers keep their decimals ("2.50"), dates and timestamps become their
// DToS()/hb_TToS() digits, hashes write their string keys only, values of
// other types are null, and an array or hash inside itself is null.
// Decoding is lenient about numbers and stops at the first error, keeping
// what it built so far.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbHash, HbNum, HbObject, HbRef, HbTimestamp, type Value } from '../runtime/values/types.js';
import { isIntLike, mkNum, pow10 } from '../runtime/values/number.js';
import { numRound } from '../runtime/values/round.js';
import { dateToDigits } from '../runtime/values/date.js';
import { tsToDigits } from '../runtime/values/timestamp.js';
import { hashSet } from '../runtime/hash.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { translate, uniToByte } from '../runtime/cdp/translate.js';
import { encodeCodePoint } from '../runtime/cdp/utf8.js';
import type { StdModule } from './registry.js';
import { deref, intVal } from './param.js';
import { codepageOrError } from './set.js';

const INDENT_SIZE = 2;
const SET_EOL = 110;

// ---- encoding ----------------------------------------------------------------

/** C's printf("%.*f"): the nearest decimal text, an exact tie going to the even digit. */
export function fixed(d: number, dec: number): string {
  if (!Number.isFinite(d)) return Number.isNaN(d) ? 'nan' : d < 0 ? '-inf' : 'inf';
  const sign = d < 0 || Object.is(d, -0) ? '-' : '';
  const abs = Math.abs(d);
  if (abs >= 1e21) return sign + BigInt(abs).toString() + (dec > 0 ? '.' + '0'.repeat(dec) : '');
  const s = abs.toFixed(dec);
  // toFixed() takes the larger of two equally near results, printf the even one
  if (dec <= 70) {
    const extra = abs.toFixed(dec + 30);
    const tail = extra.slice(extra.length - 30);
    if (tail === '5' + '0'.repeat(29) && (s.charCodeAt(s.length - 1) - 48) % 2 === 1) {
      return sign + extra.slice(0, extra.length - (dec > 0 ? 30 : 31));
    }
  }
  return sign + s;
}

interface Encoder {
  out: string;
  indent: number;
  eol: string;
  /** the arrays and hashes being written, outermost first (recursion shows as null) */
  open: object[];
  cp: Codepage | undefined;
  from: Codepage;
}

function addIndent(e: Encoder, level: number): void {
  if (level > 0) e.out += (e.indent > 0 ? ' ' : '\t').repeat(level * (e.indent > 0 ? e.indent : 1));
}

function encodeString(e: Encoder, s: string): void {
  if (e.cp !== undefined && e.cp !== e.from) s = translate(s, e.from, e.cp);
  let r = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 92 && c !== 34) continue;
    r += s.slice(run, i);
    run = i + 1;
    switch (c) {
      case 92: r += '\\\\'; break;
      case 34: r += '\\"'; break;
      case 8: r += '\\b'; break;
      case 12: r += '\\f'; break;
      case 10: r += '\\n'; break;
      case 13: r += '\\r'; break;
      case 9: r += '\\t'; break;
      default: r += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  e.out += r + s.slice(run) + '"';
}

/** The elements of an array, or of an object (an array of its instance variables to Harbour). */
function itemsOf(v: Value): Value[] | undefined {
  return Array.isArray(v) ? v : v instanceof HbObject ? v.vars : undefined;
}

const isFilled = (v: Value): boolean => {
  const items = itemsOf(v);
  return items !== undefined ? items.length > 0 : v instanceof HbHash && v.keys.length > 0;
};

function encode(e: Encoder, v: Value, level: number, eolFirst: boolean): void {
  if (isFilled(v)) {
    const id = v instanceof HbObject ? v.vars : (v as object);
    for (let i = 0; i < level; i++) {
      if (e.open[i] === id) {
        if (!eolFirst && e.indent) addIndent(e, level);
        e.out += 'null';
        return;
      }
    }
    e.open[level] = id;
  }
  if (eolFirst) e.out = e.out.slice(0, -1) + e.eol;
  if (typeof v === 'string') return encodeString(e, v);
  if (typeof v === 'number') {
    e.out += String(v);
    return;
  }
  if (v instanceof HbNum) {
    e.out += isIntLike(v) ? String(v.n) : fixed(v.n, v.dec);
    return;
  }
  if (v === undefined) {
    e.out += 'null';
    return;
  }
  if (typeof v === 'boolean') {
    e.out += v ? 'true' : 'false';
    return;
  }
  if (v instanceof HbDate) {
    e.out += '"' + dateToDigits(v.jd) + '"';
    return;
  }
  if (v instanceof HbTimestamp) {
    e.out += '"' + tsToDigits(v.jd, v.ms) + '"';
    return;
  }
  const items = itemsOf(v);
  if (items !== undefined) {
    if (items.length === 0) {
      e.out += '[]';
      return;
    }
    if (e.indent) addIndent(e, level);
    e.out += '[';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) e.out += ',';
      if (e.indent) {
        e.out += e.eol;
        if (!isFilled(items[i])) addIndent(e, level + 1);
      }
      encode(e, items[i], level + 1, false);
    }
    if (e.indent) {
      e.out += e.eol;
      addIndent(e, level);
    }
    e.out += ']';
    return;
  }
  if (v instanceof HbHash) {
    if (v.keys.length === 0) {
      e.out += '{}';
      return;
    }
    if (e.indent) addIndent(e, level);
    e.out += '{';
    for (let i = 0; i < v.keys.length; i++) {
      const k = v.keys[i];
      if (typeof k !== 'string') continue;
      const item = v.values[i];
      if (i > 0) e.out += ',';
      if (e.indent) {
        e.out += e.eol;
        addIndent(e, level + 1);
      }
      encode(e, k, level + 1, false);
      e.out += e.indent ? ': ' : ':';
      encode(e, item, level + 1, e.indent !== 0 && isFilled(item));
    }
    if (e.indent) {
      e.out += e.eol;
      addIndent(e, level);
    }
    e.out += '}';
    return;
  }
  e.out += 'null';
}

/** hb_jsonEncode(): JSON text of a value; `indent` 0 for compact text. */
export function jsonEncode(ctx: Thread, v: Value, indent: number, cp?: Codepage): string {
  const setEol = ctx.sets.get(SET_EOL);
  const eol = typeof setEol === 'string' && setEol !== '' ? setEol : ctx.vm.eol;
  const e: Encoder = { out: '', indent, eol, open: [], cp, from: currentCodepage(ctx) };
  encode(e, v, 0, false);
  if (indent) e.out += eol;
  return e.out;
}

// ---- decoding ----------------------------------------------------------------

/** The decoder's position, the code page of the JSON text and the program's one. */
interface Decoder {
  s: string;
  pos: number;
  cp: Codepage;
  to: Codepage;
}

const FAIL = Symbol('fail');

function skipWs(d: Decoder): void {
  for (;;) {
    const c = d.s.charCodeAt(d.pos);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
    d.pos++;
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function decodeString(d: Decoder): string | typeof FAIL {
  const s = d.s;
  let out = '';
  d.pos++;
  for (;;) {
    if (d.pos >= s.length) return FAIL;
    const c = s.charCodeAt(d.pos);
    if (c === 34) break;
    if (c === 92) {
      const e = s[++d.pos];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          let u = 0;
          for (let i = 0; i < 4; i++) {
            const h = hexDigit(s.charCodeAt(++d.pos));
            if (h < 0) return FAIL;
            u = u * 16 + h;
          }
          out += d.cp.utf8 ? encodeCodePoint(u) : String.fromCharCode(uniToByte(d.cp, u));
          break;
        }
        default: return FAIL;
      }
      d.pos++;
    } else if (c >= 32) {
      out += s[d.pos++];
    } else {
      return FAIL;
    }
  }
  d.pos++;
  return d.cp === d.to ? out : translate(out, d.cp, d.to);
}

function decodeNumber(d: Decoder): Value {
  const s = d.s;
  const neg = s.charCodeAt(d.pos) === 45;
  if (neg) d.pos++;
  const isDigit = () => {
    const c = s.charCodeAt(d.pos);
    return c >= 48 && c <= 57;
  };
  let n = 0;
  while (isDigit()) n = n * 10 + s.charCodeAt(d.pos++) - 48;
  let dbl = false;
  let value = 0;
  let dec = 0;
  if (s[d.pos] === '.') {
    dbl = true;
    value = n;
    d.pos++;
    let mult = 1;
    while (isDigit()) {
      mult /= 10;
      value += (s.charCodeAt(d.pos++) - 48) * mult;
      dec++;
    }
  }
  if (s[d.pos] === 'e' || s[d.pos] === 'E') {
    d.pos++;
    const negExp = s[d.pos] === '-';
    if (negExp) d.pos++;
    let exp = 0;
    while (isDigit()) exp = exp * 10 + s.charCodeAt(d.pos++) - 48;
    if (!dbl) {
      value = n;
      dbl = true;
    }
    if (negExp) dec += exp;
    value = negExp ? value / pow10(exp) : value * pow10(exp);
  }
  if (dbl) return mkNum(numRound(neg ? -value : value, dec), 0, dec);
  return neg ? -n : n;
}

/** Decode one value into `into` (the slot of a container already built); returns FAIL on a syntax error. */
function decodeValue(d: Decoder, into: (v: Value) => void): boolean {
  const s = d.s;
  const c = s.charCodeAt(d.pos);
  if (c === 34) {
    const str = decodeString(d);
    if (str === FAIL) return false;
    into(str);
    return true;
  }
  if (c === 45 || (c >= 48 && c <= 57)) {
    into(decodeNumber(d));
    return true;
  }
  if (s.startsWith('null', d.pos)) {
    d.pos += 4;
    into(undefined);
    return true;
  }
  if (s.startsWith('true', d.pos)) {
    d.pos += 4;
    into(true);
    return true;
  }
  if (s.startsWith('false', d.pos)) {
    d.pos += 5;
    into(false);
    return true;
  }
  if (c === 91) {
    const a: Value[] = [];
    into(a);
    d.pos++;
    skipWs(d);
    if (s.charCodeAt(d.pos) !== 93) {
      for (;;) {
        if (!decodeValue(d, (v) => a.push(v))) return false;
        skipWs(d);
        const sep = s.charCodeAt(d.pos);
        if (sep === 44) {
          d.pos++;
          skipWs(d);
        } else if (sep === 93) {
          break;
        } else {
          return false;
        }
      }
    }
    d.pos++;
    return true;
  }
  if (c === 123) {
    const h = new HbHash();
    into(h);
    d.pos++;
    skipWs(d);
    if (s.charCodeAt(d.pos) !== 125) {
      for (;;) {
        let key: Value;
        if (!decodeValue(d, (v) => (key = v)) || typeof key !== 'string') return false;
        skipWs(d);
        if (s.charCodeAt(d.pos) !== 58) return false;
        d.pos++;
        skipWs(d);
        let value: Value;
        if (!decodeValue(d, (v) => (value = v))) return false;
        hashSet(h, key, value);
        skipWs(d);
        const sep = s.charCodeAt(d.pos);
        if (sep === 44) {
          d.pos++;
          skipWs(d);
        } else if (sep === 125) {
          break;
        } else {
          return false;
        }
      }
    }
    d.pos++;
    return true;
  }
  return false;
}

/**
 * hb_jsonDecode(): the value (as far as it could be read) and the number
 * of characters read (0 on error). Strings are read as text of code page
 * `cp` and converted to `to`.
 */
export function jsonDecode(text: string, cp: Codepage, to: Codepage): [Value, number] {
  const d: Decoder = { s: text, pos: 0, cp, to };
  skipWs(d);
  let result: Value;
  const ok = decodeValue(d, (v) => (result = v));
  return [result, ok ? d.pos : 0];
}

/** The code page argument of the JSON functions (a code page id; an unknown one is an error), if any. */
function cpArg(ctx: Thread, fn: string, args: IArguments): Codepage | undefined {
  const v = args.length > 3 ? deref(args[3]) : undefined;
  return typeof v === 'string' ? codepageOrError(ctx, fn, v, args) : undefined;
}

export const functions: StdModule = {
  HB_JSONENCODE(ctx, v, human) {
    if (arguments.length < 2) return undefined;
    const h = deref(human);
    const indent = h === true ? INDENT_SIZE : intVal(h);
    return jsonEncode(ctx, deref(v), indent, cpArg(ctx, 'HB_JSONENCODE', arguments));
  },
  HB_JSONDECODE(ctx, text, ref) {
    const t = deref(text);
    const current = currentCodepage(ctx);
    const source = cpArg(ctx, 'HB_JSONDECODE', arguments) ?? current;
    const [v, n] = typeof t === 'string' ? jsonDecode(t, source, current) : [undefined, 0];
    if (ref instanceof HbRef) {
      ref.set(v);
      return n;
    }
    return v;
  },
};
