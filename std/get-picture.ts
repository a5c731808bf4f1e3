// How a Get turns its value into the edit buffer and back: the PICTURE
// split into function and mask (with the default masks of dates, times and
// numbers), the buffer Transform() makes from the value, which buffer
// positions are editable, which typed characters a position accepts, and
// the value read back from an edited buffer.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbTimestamp, valType, type Value } from '../runtime/values/types.js';
import { exactEq, ge, lt } from '../runtime/values/compare.js';
import { numToStr } from '../runtime/values/numfmt.js';
import { langItem, LANG_TEXT } from '../runtime/lang.js';
import { send } from '../runtime/classes/native.js';
import { subStr } from './strings.js';
import {
  asciiUpper, blank, charAt, has, isDigitChar, isNum, rtl, stuffAt, type GetView,
} from './get-view.js';

const DATE_LETTERS = /[yYmMdD]/g;
const DATETIME_LETTERS = /[yYmMdDhHsSfF]/g;

/** The mask of a date (or date and time) format: every format letter a digit position. */
function formatMask(format: string, letters: RegExp): string {
  return format.replace(letters, '9');
}

/** :picture := cPicture (PCount() > 0): split it and derive the mask the value's type needs. */
export function setPicture(g: GetView, pic: Value): void {
  const ctx = g.ctx;
  if (pic !== undefined) {
    g.cPicture = pic;
    g.nPicLen = undefined;
    g.cPicFunc = '';
    g.cPicMask = '';
    g.lPicBlankZero = false;
    if (typeof pic === 'string') {
      if (pic.startsWith('@')) {
        const sp = pic.indexOf(' ');
        g.cPicFunc = asciiUpper(sp < 0 ? pic : pic.slice(0, sp));
        g.cPicMask = sp < 0 ? '' : pic.slice(sp + 1);
        if (g.cPicFunc.includes('D')) g.cPicMask = formatMask(ctx.sets.dateFormat, DATE_LETTERS);
        else if (g.cPicFunc.includes('T')) g.cPicMask = formatMask(ctx.sets.timeFormat, DATETIME_LETTERS);
        const s = g.cPicFunc.indexOf('S');
        if (s >= 0) {
          // @S<n>: the display width; the digits leave the function string
          let end = s + 1;
          while (end < g.cPicFunc.length && isDigitChar(g.cPicFunc[end])) end++;
          const width = Number(g.cPicFunc.slice(s + 1, end) || '0');
          if (width > 0) g.nPicLen = width;
          g.cPicFunc = g.cPicFunc.slice(0, s) + g.cPicFunc.slice(end);
        }
        if (g.cPicFunc.includes('Z')) {
          g.lPicBlankZero = true;
          g.cPicFunc = g.cPicFunc.replaceAll('Z', '');
        }
        if (g.cPicFunc === '@') g.cPicFunc = '';
        else if (g.cPicFunc.includes('R') && g.cPicFunc.includes('E')) g.cPicFunc = g.cPicFunc.replaceAll('R', '');
      } else {
        g.cPicMask = pic;
      }
      if (g.cType === 'D' || g.cType === 'T') g.cPicMask = g.cPicMask.replace(/^ +/, '');
    }
  }
  if (g.cType !== undefined && (blank(g.cPicMask) || g.cPicture === undefined || g.cType === 'D')) defaultMask(ctx, g);
  g.lPicComplex = false;
  if (!blank(g.cPicMask)) {
    for (const c of asciiUpper(g.cPicMask)) {
      if (!'!ANX9#'.includes(c)) {
        g.lPicComplex = true;
        break;
      }
    }
  }
}

function defaultMask(ctx: Thread, g: GetView): void {
  switch (g.cType) {
    case 'D':
      g.cPicMask = formatMask(ctx.sets.dateFormat, DATE_LETTERS);
      break;
    case 'T':
      g.cPicMask = formatMask(ctx.sets.dateFormat + ' ' + ctx.sets.timeFormat, DATETIME_LETTERS);
      break;
    case 'N':
      if (isNum(g.xVarGet)) {
        // as wide as Str() shows the value, with its decimals
        const s = numToStr(g.xVarGet);
        const dot = s.indexOf('.');
        g.cPicMask = dot < 0 ? '9'.repeat(s.length) : '9'.repeat(dot) + '.' + '9'.repeat(s.length - dot - 1);
      }
      break;
    case 'C':
      if (typeof g.xVarGet === 'string' && g.cPicFunc === '@9') {
        g.cPicMask = '9'.repeat(g.xVarGet.length);
        g.cPicFunc = '';
      }
      break;
  }
}

/** The edit buffer of `value` (PutMask): `edit` is the editing form, without @B and with plain digits for * and $. */
export function putMask(g: GetView, value: Value, edit: boolean = g.hasFocus): string {
  const ctx = g.ctx;
  let func = g.cPicFunc;
  let mask = g.cPicMask;
  const t = valType(value);
  if (!'CNDTL'.includes(t)) value = '';
  if (g.hasFocus) {
    func = func.replaceAll('B', '');
    if (func === '@') func = '';
  }
  if (edit && g.lEdit && (mask.includes('*') || mask.includes('$'))) mask = mask.replace(/[*$]/g, '9');
  const zero = g.lPicBlankZero && !g.hasFocus;
  const pic = (blank(func) ? (zero ? '@Z ' : '') : func + (zero ? 'Z' : '') + ' ') + mask;
  let buf = String(rtl(ctx, 'TRANSFORM', value, pic));
  const numeric = g.cType === 'N';
  if (numeric) {
    const nonNeg = ge(ctx, value, 0);
    if ((func.includes('(') || func.includes(')')) && nonNeg) buf += ' ';
    const credit = func.includes('C');
    const debit = func.includes('X');
    if (((credit && lt(ctx, value, 0)) || (debit && nonNeg)) && !(credit && debit)) buf += '   ';
    g.lMinusPrinted = lt(ctx, value, 0);
  }
  g.nMaxLen = buf.length;
  g.nMaxEdit = buf.length;
  if (edit && numeric && !blank(mask)) {
    // the mask's separators in the places Transform() put either
    for (let i = 1; i <= buf.length; i++) {
      let c = charAt(mask, i);
      if (has(',.', c) && has(',.', charAt(buf, i))) {
        if (func.includes('E')) c = c === ',' ? '.' : ',';
        buf = stuffAt(buf, i, 1, c);
      }
    }
    if (g.lEdit && rtl(ctx, 'EMPTY', value) === true) buf = buf.replaceAll('0', ' ');
  }
  if (numeric) {
    if (g.cPicFunc.includes('(') || g.cPicFunc.includes(')')) g.nMaxEdit--;
    if (g.cPicFunc.includes('C') || g.cPicFunc.includes('X')) g.nMaxEdit -= 3;
  }
  if ((g.cType === 'D' || g.cType === 'T') && send(ctx, g.self, 'BADDATE') === true) buf = g.buf;
  g.nMaxLen = buf.length;
  return buf;
}

/** Whether buffer position `p` takes typed characters. */
export function isEditable(g: GetView, p: number): boolean {
  const mask = g.cPicMask;
  if (blank(mask)) return true;
  // positions past the mask that the buffer still has (a value wider than its picture)
  if (p > mask.length && p <= g.maxLen) return true;
  if (g.cType === undefined) return false;
  const c = charAt(mask, p);
  switch (g.cType) {
    case 'C': return has('!ANX9#LY', asciiUpper(c));
    case 'N': return has('9#$*', c);
    case 'D': case 'T': return c === '9';
    case 'L': return has('LY#', asciiUpper(c));
  }
  return false;
}

export function firstEditable(g: GetView): number {
  if (g.nMaxLen === undefined) return 0;
  for (let p = 1; p <= Math.max(g.nMaxLen, 1); p++) if (isEditable(g, p)) return p;
  return 0;
}

export function lastEditable(g: GetView): number {
  if (g.nMaxLen === undefined) return 0;
  for (let p = g.nMaxLen; p >= 1; p--) if (isEditable(g, p)) return p;
  return 0;
}

/** The character typed key `c` puts at the cursor, '' when the position refuses it. */
export function acceptChar(g: GetView, c: string): string {
  const ctx = g.ctx;
  switch (g.cType) {
    case 'N':
      if (c === '-') {
        // a minus sign may be typed anywhere
        g.lMinus2 = true;
        g.lMinus = true;
      } else if (has('.,', c)) {
        send(ctx, g.self, 'TODECPOS');
        return '';
      } else if (!has('0123456789+', c)) {
        return '';
      }
      break;
    case 'D': case 'T':
      if (!has('0123456789', c)) return '';
      break;
    case 'L':
      if (!has('YNTF', upper(ctx, c))) return '';
      break;
  }
  if (!blank(g.cPicFunc)) c = String(rtl(ctx, 'TRANSFORM', c, g.cPicFunc)).slice(0, 1);
  if (blank(g.cPicMask)) return c;
  const pic = asciiUpper(charAt(g.cPicMask, g.nPos));
  const alpha = () => rtl(ctx, 'ISALPHA', c) === true;
  if (pic === 'A') return alpha() ? c : '';
  if (pic === 'N') return alpha() || isDigitChar(c) ? c : '';
  if (pic === '9') {
    if (!isDigitChar(c) && !has('-+', c)) return '';
    return g.cType !== 'N' && has('-+', c) ? '' : c;
  }
  if (pic === 'L' || (pic === '#' && g.cType === 'L')) {
    return has('YNTF' + langItem(LANG_TEXT + 1) + langItem(LANG_TEXT + 2), upper(ctx, c)) ? c : '';
  }
  if (pic === '#') return isDigitChar(c) || c === ' ' || has('.+-', c) ? c : '';
  if (pic === 'Y') {
    c = upper(ctx, c);
    return has('YN', c) ? c : '';
  }
  if ((pic === '$' || pic === '*') && g.cType === 'N') return isDigitChar(c) || c === '-' ? c : '';
  return String(rtl(ctx, 'TRANSFORM', c, pic));
}

function upper(ctx: Thread, s: string): string {
  return String(rtl(ctx, 'UPPER', s));
}

/** The value the edit buffer stands for (unTransform); NIL without focus. */
export function unTransform(g: GetView): Value {
  if (!g.hasFocus) return undefined;
  const ctx = g.ctx;
  const buf = g.cBuffer;
  if (typeof buf !== 'string' || g.cType === undefined) {
    g.lClear = false;
    g.decPos = 0;
    g.nPos = 0;
    g.typeOut = false;
    return undefined;
  }
  switch (g.cType) {
    case 'C': {
      if (!g.cPicFunc.includes('R')) return buf;
      // @R: only the mask's template positions are the value
      let s = '';
      for (let i = 1; i <= g.cPicMask.length; i++) if (has('ANX9#!LY', asciiUpper(charAt(g.cPicMask, i)))) s += charAt(buf, i);
      return s;
    }
    case 'N':
      return rtl(ctx, 'HB_VAL', numberText(g, buf));
    case 'L': {
      const u = upper(ctx, buf);
      return u.includes('T') || u.includes('Y') || has(u, langItem(LANG_TEXT + 1));
    }
    case 'D': {
      const s = g.cPicFunc.includes('E') ? charsAt(buf, 4, 3) + charsAt(buf, 1, 3) + buf.slice(6) : buf;
      return rtl(ctx, 'CTOD', s);
    }
    case 'T':
      return rtl(ctx, 'HB_CTOT', buf);
  }
  return undefined;
}

function charsAt(s: string, p: number, n: number): string {
  return s.slice(p - 1, p - 1 + n);
}

/** Left( s, p - 1 ) + c + SubStr( s, p + 1 ): the character at `p` replaced (appended past the end). */
function putChar(s: string, p: number, c: string): string {
  return (p > 1 ? s.slice(0, p - 1) : '') + c + subStr(s, p + 1, s.length + 1, false);
}

/** A numeric buffer as hb_Val() text: template characters gone, the sign where it reads it. */
function numberText(g: GetView, buffer: string): string {
  const mask = g.cPicMask;
  let minus = g.cPicFunc.includes('X') && buffer.endsWith('DB');
  if (!minus) {
    for (let i = 1; i <= g.maxLen; i++) {
      const c = charAt(buffer, i);
      if (isEditable(g, i) && isDigitChar(c)) break;
      if (has('-(', c) && c !== charAt(mask, i)) {
        minus = true;
        break;
      }
    }
  }
  const first = firstEditable(g);
  const last = lastEditable(g);
  const span = (s: string) => subStr(s, first, last - first + 1, false);
  const rest = (s: string) => subStr(s, last + 1, s.length + 1, false);
  let s = ' '.repeat(Math.max(first - 1, 0)) + span(buffer);
  // a decimal point left of the first digit position comes back
  if (g.decPos <= first - 1) s = putChar(s, g.decPos, '.');
  const CUT = '\x01';
  if (g.cPicFunc.includes('D') || g.cPicFunc.includes('T')) {
    for (let i = first; i <= last; i++) if (!isEditable(g, i)) s = putChar(s, i, CUT);
  } else {
    const head = first > 1 ? s.slice(0, first - 1) : '';
    const body = g.cPicFunc.includes('E')
      ? span(s).replace(/[.,]/g, (c) => (c === '.' ? ' ' : '.'))
      : span(s).replaceAll(',', ' ');
    s = head + body + rest(s);
    let seenDot = false;
    for (let i = first; i <= last; i++) {
      if (isEditable(g, i)) {
        if (seenDot && charAt(s, i) === ' ') s = putChar(s, i, '0');
      } else if (charAt(s, i) === '.') {
        seenDot = true;
      } else {
        s = putChar(s, i, CUT);
      }
    }
  }
  s = s.replaceAll(CUT, '').replace(/[$*\-()]/g, ' ');
  s = s.replaceAll(' ', '').padStart(s.length, ' ');
  if (minus) {
    let i = 0;
    while (i < s.length && !isDigitChar(s[i]) && s[i] !== '.') i++;
    s = i > 0 ? s.slice(0, i - 1) + '-' + s.slice(i) : '-' + s;
  }
  return s;
}

/** badDate: an edited date (or timestamp) buffer that reads back as no date. */
export function badDate(g: GetView): boolean {
  if (!g.hasFocus) return false;
  const ctx = g.ctx;
  const t = send(ctx, g.self, 'TYPE');
  if (t !== 'D' && t !== 'T') return false;
  const v = send(ctx, g.self, 'UNTRANSFORM');
  const empty = t === 'D' ? new HbDate(0) : new HbTimestamp(0, 0);
  return exactEq(ctx, v, empty) && !exactEq(ctx, g.cBuffer, rtl(ctx, 'TRANSFORM', v, g.cPicture));
}
