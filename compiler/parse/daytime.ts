// Visual FoxPro's strict date and time literals, which Harbour's compiler
// reads too: {^ 2024/01/31 }, {^ 2024-01-31, 12:30:15.5 PM }, {^ 12:30 }.
// The parts are separate tokens by the time the parser sees them; a form
// that does not decode is left to the ordinary `{` parsing (and its error).

import type { Token } from '../pp/token.js';
import type { Expr } from '../ast.js';
import type { Cursor } from './cursor.js';
import { dateEncode } from '../../runtime/values/date.js';
import { dateNode, tsNode } from '../reduce-const.js';

const isOp = (t: Token | undefined, op: string): boolean => t !== undefined && t.kind === 'op' && t.text === op;

/** The value of a number token without decimals, or null. */
function intOf(t: Token | undefined): number | null {
  return t !== undefined && t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : null;
}

/** The value and decimals of a number token written with a decimal point, or null. */
function decimalOf(t: Token | undefined): { v: number; dec: number } | null {
  if (t === undefined || t.kind !== 'number') return null;
  const m = /^\d*\.(\d+)$/.exec(t.text);
  return m === null ? null : { v: Number(t.text), dec: m[1].length };
}

/** The time part from token `i` to the closing brace: milliseconds and the index of '}', or null. */
function timeAt(toks: (o: number) => Token | undefined, i: number): { ms: number; end: number } | null {
  let hour = intOf(toks(i));
  if (hour === null || hour >= 24 || !isOp(toks(i + 1), ':')) return null;
  const minute = intOf(toks(i + 2));
  if (minute === null || minute >= 60) return null;
  i += 3;
  let ms = 0;
  if (isOp(toks(i), ':')) {
    const t = toks(i + 1);
    const whole = intOf(t);
    const frac = decimalOf(t);
    if (whole !== null) {
      if (whole >= 60) return null;
      ms = whole * 1000;
    } else if (frac !== null) {
      if (frac.v >= 60) return null;
      ms = Math.min(Math.trunc(frac.v * 1000), 59999);
    } else {
      return null;
    }
    i += 2;
  }
  const t = toks(i);
  if (t !== undefined && t.kind === 'word' && hour > 0 && hour <= 12) {
    const w = t.text.toUpperCase();
    if (w === 'A' || w === 'AM') {
      if (hour === 12) hour = 0;
      i++;
    } else if (w === 'P' || w === 'PM') {
      if (hour < 12) hour += 12;
      i++;
    }
  }
  if (!isOp(toks(i), '}')) return null;
  return { ms: (hour * 60 + minute) * 60000 + ms, end: i };
}

/**
 * At the '^' after '{': the date or timestamp literal, with the cursor moved
 * past its '}', or null (cursor unmoved) when the tokens do not form one.
 */
export function dayTimeLiteral(c: Cursor): Expr | null {
  const toks = (o: number): Token | undefined => c.peek(o);
  let year: number | null = null;
  let month = 0;
  let day = 0;
  let timeAtIdx = -1;
  const sep = toks(2);
  if (isOp(sep, '/') || isOp(sep, '-')) {
    // {^ yyyy/mm/dd ...} with one separator throughout
    year = intOf(toks(1));
    const m = intOf(toks(3));
    const d = intOf(toks(5));
    if (year !== null && m !== null && d !== null && isOp(toks(4), sep!.text) && toks(6) !== undefined) {
      month = m;
      day = d;
      timeAtIdx = 6;
    }
  } else {
    // {^ yyyy.mm.dd ...}: the tokens "yyyy.mm" and ".dd"
    const ym = decimalOf(toks(1));
    const d = decimalOf(toks(2));
    if (ym !== null && ym.dec === 2 && d !== null && d.dec === 2 && toks(3) !== undefined) {
      year = Math.trunc(ym.v);
      month = Math.trunc(ym.v * 100 + 0.1) % 100;
      day = Math.trunc(d.v * 100 + 0.1);
      timeAtIdx = 3;
    }
  }
  let result: Expr | null = null;
  let end = -1;
  if (timeAtIdx > 0 && year !== null) {
    const jd = dateEncode(year, month, day);
    if (jd === 0 && (year !== 0 || month !== 0 || day !== 0)) return null;
    if (isOp(toks(timeAtIdx), '}')) {
      result = dateNode(jd);
      end = timeAtIdx;
    } else {
      const t = timeAt(toks, isOp(toks(timeAtIdx), ',') ? timeAtIdx + 1 : timeAtIdx);
      if (t === null) return null;
      result = tsNode(jd, t.ms);
      end = t.end;
    }
  } else {
    const t = timeAt(toks, 1);
    if (t === null) return null;
    result = tsNode(0, t.ms);
    end = t.end;
  }
  if (result === null) return null;
  c.pos += end + 1;
  return result;
}
