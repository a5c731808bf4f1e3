// Transform(): a value formatted by a picture of functions ("@!", "@R",
// "@E", ...) and a template ("999,999.99", "!!-XX", ...). Numbers are in
// transform-num.ts; strings, dates, timestamps and logicals here.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbTimestamp, type Value } from '../runtime/values/types.js';
import { dateToDigits, formatDate } from '../runtime/values/date.js';
import { formatTime, formatTimestamp } from '../runtime/values/timestamp.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { charPos, nextChar } from '../runtime/cdp/utf8.js';
import {
  PF_BRITISH, PF_DATE, PF_EMPTY, PF_EXCHANGE, PF_LEFT, PF_REMAIN, PF_TIME, PF_UPPER, parsePicture,
} from './transform-flags.js';
import { numberDefault, transformNumber } from './transform-num.js';
import { badArgs, deref } from './str-args.js';
import type { StdModule } from './registry.js';

/** The characters of `s`: bytes, or UTF-8 sequences when `chars`. */
function unitsOf(s: string, chars: boolean): string[] {
  if (!chars) return s.split('');
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    const n = nextChar(s, i);
    out.push(s.slice(i, n));
    i = n;
  }
  return out;
}

/** Template characters that take a character of the value. */
const MASK = new Set(['!', '#', '9', 'a', 'A', 'l', 'L', 'n', 'N', 'x', 'X', 'y', 'Y']);

function isYes(c: string): boolean {
  return c === 't' || c === 'T' || c === 'y' || c === 'Y';
}

/**
 * The date format for @E: the fields of SET DATE reordered day, month,
 * year, keeping its separators.
 */
function britishFormat(format: string, withCentury: boolean): string {
  const order = withCentury ? 'DDMMYYYY' : 'DDMMYY';
  let b = 0;
  let f = 0;
  let last = 'x';
  let out = '';
  for (let n = 0; n < 10; n++) {
    if (order[b] === last) {
      out += last;
      b++;
    } else if (f >= format.length) {
      break;
    } else if (b < order.length && 'YyDdMm'.includes(format[f])) {
      last = order[b++];
      out += last;
      do f++;
      while (f < format.length && format[f - 1] === format[f]);
    } else {
      out += format[f++];
    }
  }
  return out;
}

/** @R on a date: the separators of the date picture inserted before their positions. */
function insertSeparators(text: string, format: string, cap: number): string {
  const pic = formatDate('99999999', format);
  let size = text.length;
  for (let i = 0; i < pic.length; i++) {
    if (pic[i] !== '9') {
      text = (text.slice(0, i) + pic[i] + text.slice(i)).slice(0, cap);
      size++;
    }
  }
  // the length still counts every insertion: what the buffer cut off
  // comes back as NUL bytes
  return size > text.length ? text + '\0'.repeat(size - text.length) : text;
}

function transformString(cp: Codepage, s: string, flags: number, template: string, dateFormat: string): string {
  const chars = cp.charIdx;
  let pic = template;
  if (flags & (PF_DATE | PF_BRITISH)) pic = formatDate('XXXXXXXX', dateFormat);
  let out: string;
  if (pic.length > 0) {
    const exp = unitsOf(s, chars);
    const tpl = unitsOf(pic, chars);
    const remain = (flags & PF_REMAIN) !== 0;
    let k = 0;
    out = '';
    for (const p of tpl) {
      if (k < exp.length) {
        const e = exp[k++];
        if (p === '!') out += cp.upperStr(e);
        else if (p === 'y' || p === 'Y') out += isYes(e) ? 'Y' : 'N';
        else if (MASK.has(p)) out += flags & PF_UPPER ? cp.upperStr(e) : e;
        else {
          out += p;
          if (remain) k--;
        }
      } else if (!remain) {
        break;
      } else {
        out += MASK.has(p) ? ' ' : p;
      }
    }
    // @R with a template of literals only: the whole value follows them
    if (remain && k === 0 && exp.length > 0) out += flags & PF_UPPER ? cp.upperStr(s) : s;
  } else {
    out = flags & PF_UPPER ? cp.upperStr(s) : s;
    if (flags & PF_EXCHANGE) {
      const dot = out.indexOf('.');
      out = out.replace(/,/g, '.');
      if (dot >= 0) out = out.slice(0, dot) + ',' + out.slice(dot + 1);
    }
  }
  if (flags & PF_BRITISH) {
    // @E: the first two characters change places with the fourth and fifth
    const u = unitsOf(out, chars);
    if (u.length >= 5) out = u[3] + u[4] + u[2] + u[0] + u[1] + u.slice(5).join('');
  }
  return out;
}

function transformDate(ctx: Thread, v: HbDate | HbTimestamp, flags: number): string {
  let dateFormat: string | undefined;
  let timeFormat: string | undefined;
  const isTs = v instanceof HbTimestamp;
  if (!isTs || (flags & (PF_DATE | PF_TIME)) !== PF_TIME) dateFormat = ctx.sets.dateFormat;
  if (isTs && (flags & (PF_DATE | PF_TIME)) !== PF_DATE) timeFormat = ctx.sets.timeFormat;
  if (dateFormat !== undefined && (flags & PF_BRITISH)) dateFormat = britishFormat(dateFormat, ctx.sets.century);
  let text: string;
  if (!isTs) text = formatDate(dateToDigits(v.jd), dateFormat as string);
  else if (timeFormat === undefined) text = formatDate(dateToDigits(v.jd), dateFormat as string);
  else if (dateFormat === undefined) text = formatTime(v.ms, timeFormat);
  else text = formatTimestamp(v.jd, v.ms, dateFormat, timeFormat);
  if (dateFormat !== undefined && (flags & PF_REMAIN)) text = insertSeparators(text, dateFormat, isTs ? 28 : 12);
  return text;
}

function transformLogical(ctx: Thread, v: boolean, flags: number, template: string): string {
  let pic = template;
  if (flags & (PF_DATE | PF_BRITISH)) pic = formatDate('99999999', ctx.sets.dateFormat);
  let out = '';
  let done = false;
  for (let i = 0; ; i++) {
    let c: string;
    let last = false;
    if (i < pic.length) {
      c = pic[i];
    } else if (!done) {
      c = 'L';
      last = true;
    } else {
      break;
    }
    if (c === 'y' || c === 'Y') {
      out += done ? ' ' : v ? 'Y' : 'N';
      done = true;
    } else if (c === '#' || c === 'l' || c === 'L') {
      out += done ? ' ' : v ? 'T' : 'F';
      done = true;
    } else {
      out += c;
    }
    if (last || !(flags & PF_REMAIN)) break;
  }
  return out;
}

/** Transform() with an empty or NIL picture. */
function transformDefault(ctx: Thread, v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || v instanceof HbNum) return numberDefault(ctx, v);
  if (v instanceof HbDate) return formatDate(dateToDigits(v.jd), ctx.sets.dateFormat);
  if (v instanceof HbTimestamp) return formatTimestamp(v.jd, v.ms, ctx.sets.dateFormat, ctx.sets.timeFormat);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  return undefined;
}

/** Transform() with a picture; undefined for a value it cannot format. */
function transformPicture(ctx: Thread, v: Value, picture: string): string | undefined {
  const pic = parsePicture(picture);
  let flags = pic.flags;
  let offset = 0;
  let text: string;
  if (typeof v === 'string') {
    text = transformString(currentCodepage(ctx), v, flags, pic.template, ctx.sets.dateFormat);
  } else if (typeof v === 'number' || v instanceof HbNum) {
    let template = pic.template;
    if (flags & PF_DATE) template = formatDate('99999999', ctx.sets.dateFormat);
    const r = transformNumber(ctx, v, flags, template);
    text = r.text;
    offset = r.offset;
    flags = r.flags;
  } else if (v instanceof HbDate || v instanceof HbTimestamp) {
    text = transformDate(ctx, v, flags);
  } else if (typeof v === 'boolean') {
    text = transformLogical(ctx, v, flags, pic.template);
  } else {
    return undefined;
  }

  if (flags & PF_EMPTY) {
    text = ' '.repeat(text.length);
  } else if (flags & PF_LEFT) {
    let first = offset;
    while (first < text.length && text.charCodeAt(first) === 32) first++;
    if (first > offset && first < text.length) {
      text = text.slice(0, offset) + text.slice(first) + ' '.repeat(first - offset);
    }
  }
  if (pic.width > 0 && text.length > pic.width) {
    text = text.slice(0, currentCodepage(ctx).charIdx ? charPos(text, pic.width) : pic.width);
  }
  return text;
}

export const functions: StdModule = {
  TRANSFORM(ctx, value, picture) {
    if (arguments.length > 1) {
      const v = deref(value);
      const p = deref(picture);
      let r: string | undefined;
      if (typeof p === 'string' && p.length > 0) r = transformPicture(ctx, v, p);
      else if (p === undefined || typeof p === 'string') r = transformDefault(ctx, v);
      if (r !== undefined) return r;
    }
    return badArgs(ctx, 'TRANSFORM', 1122, arguments);
  },
};
