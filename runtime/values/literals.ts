// Date and timestamp literals of compiled code: 0dYYYYMMDD, d"..." and
// t"...". The quoted forms take ISO 8601 text: a calendar date
// (YYYY-MM-DD, also with / or . as separator), a week date (YYYY-Www-D) or
// an ordinal date (YYYY-DDD), then optionally a time hh[:mm[:ss[.fff]]]
// with AM/PM or a UTC offset (Z, +hh[:mm]); a 'T' between them requires
// the time. A timestamp literal may also be a time alone.

import { HbDate, HbTimestamp } from './types.js';
import { dateDecode, dateEncode, digitsToDate, isLeapYear } from './date.js';
import { MS_PER_DAY, timeEncode } from './timestamp.js';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

interface DateParts {
  y: number;
  m: number;
  d: number;
  /** where the time part starts, or -1 when nothing follows the date */
  rest: number;
  valid: boolean;
}

/** The Julian day of ISO week `w`, weekday `d` (1 = Monday) of year `y`; 0 if out of range. */
function weekDate(y: number, w: number, d: number): number {
  if (w < 1 || w > 53 || d < 1 || d > 7) return 0;
  const jan1 = dateEncode(y, 1, 1);
  return jan1 + (w - 1) * 7 + d - ((jan1 + 3) % 7) + 2;
}

/** The date part of ISO text, and where the rest begins. */
function isoDate(s: string): DateParts {
  const c = (i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  const num = (i: number, n: number) => {
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 10 + c(i + k) - 48;
    return v;
  };
  const r: DateParts = { y: 0, m: 0, d: 0, rest: 0, valid: false };
  let p = 0;
  while (isSpace(c(p))) p++;
  r.rest = p;
  const sep = c(p + 4);
  if (!(isDigit(c(p)) && isDigit(c(p + 1)) && isDigit(c(p + 2)) && isDigit(c(p + 3)) && (sep === 45 || sep === 47 || sep === 46))) {
    return r;
  }
  r.y = num(p, 4);
  if (isDigit(c(p + 5)) && isDigit(c(p + 6)) && c(p + 7) === sep && isDigit(c(p + 8)) && isDigit(c(p + 9)) && !isDigit(c(p + 10))) {
    r.m = num(p + 5, 2);
    r.d = num(p + 8, 2);
    if (dateEncode(r.y, r.m, r.d) !== 0 || (r.y === 0 && r.m === 0 && r.d === 0)) {
      p += 10;
      r.valid = true;
    }
  } else if ((c(p + 5) | 32) === 119 && isDigit(c(p + 6)) && isDigit(c(p + 7)) && c(p + 8) === sep &&
      isDigit(c(p + 9)) && !isDigit(c(p + 10))) {
    const jd = weekDate(r.y, num(p + 6, 2), c(p + 9) - 48);
    if (jd !== 0) {
      [r.y, r.m, r.d] = dateDecode(jd);
      p += 10;
      r.valid = true;
    }
  } else if (sep === 45 && isDigit(c(p + 5)) && isDigit(c(p + 6)) && isDigit(c(p + 7)) && !isDigit(c(p + 8))) {
    const day = num(p + 5, 3);
    if (day > 0 && (day <= 365 || (day === 366 && isLeapYear(r.y)))) {
      const jan1 = dateEncode(r.y, 1, 1);
      if (jan1 !== 0) {
        [r.y, r.m, r.d] = dateDecode(jan1 + day - 1);
        p += 8;
        r.valid = true;
      }
    }
  }
  if (!r.valid) {
    r.y = r.m = r.d = 0;
    r.rest = -1;
    return r;
  }
  if ((c(p) | 32) === 116) {
    // 'T': a time must follow
    if (isDigit(c(p + 1))) p++;
    r.valid = false;
  } else {
    if (c(p) === 44 || c(p) === 59) p++;
    while (isSpace(c(p))) p++;
    if (p >= s.length) p = -1;
  }
  r.rest = p;
  return r;
}

interface TimeParts {
  ms: number;
  /** seconds east of UTC given in the text (to be subtracted) */
  offset: number;
  valid: boolean;
}

/** A time of day: hh[:mm[:ss[.fff]]] then AM/PM, Z or a UTC offset; nothing else may follow. */
function isoTime(s: string, p: number): TimeParts {
  const bad: TimeParts = { ms: 0, offset: 0, valid: false };
  const c = (i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  while (isSpace(c(p))) p++;
  if (!isDigit(c(p))) return bad;
  let h = c(p++) - 48;
  if (isDigit(c(p))) h = h * 10 + c(p++) - 48;
  let m = 0;
  let sec = 0;
  let ms = 0;
  let blocks = 0;
  let offset = 0;
  // two-digit group after a separator
  const group = (): number => {
    let v = c(++p) - 48;
    p++;
    if (isDigit(c(p))) v = v * 10 + c(p++) - 48;
    return v;
  };
  if (c(p) === 58 && isDigit(c(p + 1))) {
    blocks++;
    m = group();
    if (c(p) === 58 && isDigit(c(p + 1))) {
      blocks++;
      sec = group();
      if (c(p) === 46 && isDigit(c(p + 1))) {
        blocks++;
        p++;
        ms = (c(p++) - 48) * 100;
        if (isDigit(c(p))) {
          ms += (c(p++) - 48) * 10;
          if (isDigit(c(p))) {
            ms += c(p++) - 48;
            for (let frac = 3; isDigit(c(p)) && ++frac <= 9;) p++;
          }
        }
      }
    }
  }
  if (blocks > 0 && (c(p) | 32) === 122) {
    p++;
  } else {
    while (isSpace(c(p))) p++;
    const a = c(p) | 32;
    if ((a === 112 || a === 97) && (c(p + 1) | 32) === 109) {
      // PM / AM
      blocks++;
      p += 2;
      if (h === 0) h = 24;
      else if (a === 112 && h !== 12) h += 12;
      else if (a === 97 && h === 12) h = 0;
    } else {
      if ((c(p) | 32) === 117 && (c(p + 1) | 32) === 116 && (c(p + 2) | 32) === 99 && (c(p + 3) === 43 || c(p + 3) === 45)) p += 3;
      if ((c(p) === 43 || c(p) === 45) && isDigit(c(p + 1))) {
        const minus = c(p) === 45;
        offset = c(p + 1) - 48;
        p += 2;
        if (isDigit(c(p))) offset = offset * 10 + c(p++) - 48;
        offset *= 60;
        if (c(p) === 58 && isDigit(c(p + 1))) p++;
        if (c(p) >= 48 && c(p) <= 53 && isDigit(c(p + 1))) {
          offset += (c(p) - 48) * 10 + c(p + 1) - 48;
          p += 2;
        }
        offset *= 60;
        if (minus) offset = -offset;
      }
    }
  }
  while (isSpace(c(p))) p++;
  if (p < s.length || blocks === 0 || h >= 24 || m >= 60 || sec >= 60 || offset < -43200 || offset > 43200) return bad;
  return { ms: timeEncode(h, m, sec, ms), offset, valid: true };
}

/** The day and time of timestamp text, or undefined when it is not valid. */
export function parseTimestamp(s: string): [number, number] | undefined {
  const d = isoDate(s);
  let valid = d.valid;
  let t: TimeParts = { ms: 0, offset: 0, valid: false };
  if (d.rest >= 0) {
    t = isoTime(s, d.rest);
    valid = t.valid;
  }
  if (!valid) return undefined;
  let jd = dateEncode(d.y, d.m, d.d);
  let ms = t.ms;
  if (t.offset !== 0) {
    ms -= t.offset * 1000;
    if (ms < 0) {
      ms += MS_PER_DAY;
      if (--jd < 0) return undefined;
    } else if (ms >= MS_PER_DAY) {
      ms -= MS_PER_DAY;
      jd++;
    }
  }
  return [jd, ms];
}

/**
 * The Julian day of a date literal, or undefined when it is invalid (a
 * compile-time error): `digits` is the text after 0d (8 digits, or "0" for
 * the empty date) when `literal`, else the text of d"...".
 */
export function parseDateLiteral(text: string, literal: boolean): number | undefined {
  if (literal) {
    if (text === '0') return 0;
    if (text.length !== 8) return undefined;
    const jd = digitsToDate(text);
    return jd !== 0 || text === '00000000' ? jd : undefined;
  }
  const d = isoDate(text);
  // text after a date makes it invalid, except a time after 'T' (ignored);
  // a time alone gives the empty date
  if (d.rest >= 0 && (d.valid || !isoTime(text, d.rest).valid)) return undefined;
  return d.rest >= 0 || d.valid ? dateEncode(d.y, d.m, d.d) : undefined;
}

/** A date literal's value (the empty date when it is invalid). */
export function dateLiteral(text: string, literal: boolean): HbDate {
  return new HbDate(parseDateLiteral(text, literal) ?? 0);
}

/** A timestamp literal's value (t"..."; the empty timestamp when it is invalid). */
export function timestampLiteral(text: string): HbTimestamp {
  const t = parseTimestamp(text);
  return t === undefined ? new HbTimestamp(0, 0) : new HbTimestamp(t[0], t[1]);
}
