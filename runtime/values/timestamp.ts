// Timestamps: a Julian day and milliseconds since midnight. Their text
// forms (SET TIMEFORMAT pictures, hb_TToS digits, ISO literals), and the
// arithmetic that carries milliseconds over into days.

import type { Thread } from '../vm/thread.js';
import { HbTimestamp } from './types.js';
import { dateDecode, dateEncode, dateToDigits, formatDate, unformatDate } from './date.js';

export const MS_PER_DAY = 86400000;

const isDigit = (c: number) => c >= 48 && c <= 57;
const upper = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

/** Milliseconds since midnight of a time of day, or 0 when out of range. */
export function timeEncode(h: number, m: number, s: number, ms: number): number {
  if (h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60 && ms >= 0 && ms < 1000) {
    return ((h * 60 + m) * 60 + s) * 1000 + ms;
  }
  return 0;
}

/** Hours, minutes, seconds and milliseconds of a time of day (zeros when out of range). */
export function timeDecode(t: number): [number, number, number, number] {
  if (t <= 0) return [0, 0, 0, 0];
  const ms = t % 1000;
  t = Math.trunc(t / 1000);
  const s = t % 60;
  t = Math.trunc(t / 60);
  const m = t % 60;
  t = Math.trunc(t / 60);
  return t >= 24 ? [0, 0, 0, 0] : [t, m, s, ms];
}

/**
 * A timestamp from a day and a time that may have run past either end of
 * the day (by less than two days), carrying the excess into the day.
 */
export function tsPut(jd: number, ms: number): HbTimestamp {
  if (jd < 0) {
    if (ms <= -MS_PER_DAY) {
      ms += MS_PER_DAY;
      jd--;
    } else if (ms > 0) {
      ms -= MS_PER_DAY;
      jd++;
      if (ms > 0) {
        ms -= MS_PER_DAY;
        jd++;
      }
    }
  } else if (ms >= MS_PER_DAY) {
    ms -= MS_PER_DAY;
    jd++;
  } else if (ms < 0) {
    ms += MS_PER_DAY;
    jd--;
    if (ms < 0) {
      ms += MS_PER_DAY;
      jd--;
    }
  }
  return new HbTimestamp(jd, ms);
}

/** Days and a fraction of a day as one number (timestamp differences). */
export function packDT(jd: number, ms: number): number {
  return jd + ms / MS_PER_DAY;
}

/** A number of days split into whole days and milliseconds, to the nearest millisecond. */
export function unpackDT(days: number): [number, number] {
  const ms = Math.trunc(days * MS_PER_DAY + 0.5);
  if (ms > -TWO_53 && ms < TWO_53) return [Math.trunc(ms / MS_PER_DAY), ms % MS_PER_DAY];
  // beyond exact doubles: split as 64-bit integers; C turns a count past
  // their range (or NaN) into the smallest one
  const big = ms < TWO_63 && ms >= -TWO_63 ? BigInt(ms) : -(2n ** 63n);
  return [Number(big / 86400000n), Number(big % 86400000n)];
}

const TWO_53 = 2 ** 53;
const TWO_63 = 2 ** 63;

/** A timestamp moved by a fractional number of days. */
export function tsAddDays(t: HbTimestamp, days: number): HbTimestamp {
  const [jd, ms] = unpackDT(days);
  return tsPut(t.jd + jd, t.ms + ms);
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** hb_TToS(): "YYYYMMDDhhmmssfff". */
export function tsToDigits(jd: number, ms: number): string {
  const [y, mo, d] = dateDecode(jd);
  const [h, mi, s, f] = timeDecode(ms);
  const date = y >= 0 && mo > 0 && d > 0 ? dateToDigits(jd) : '00000000';
  return date + pad(h, 2) + pad(mi, 2) + pad(s, 2) + pad(f, 3);
}

/** A time of day laid out by a SET TIMEFORMAT picture (hh:mm:ss.fff, hh:mm pp, ...). */
export function formatTime(ms: number, format: string): string {
  let [h, mi, s, f] = timeDecode(ms);
  const size = format.length < 16 ? format.length : 16;
  let pm = 0;
  let blankHour = false;
  for (let i = 0; i < size; i++) {
    if (upper(format.charCodeAt(i)) === 80) {
      if (h >= 12) {
        pm = 1;
        h -= 12;
      }
      if (h === 0) h += 12;
      if (h < 10) blankHour = true;
      break;
    }
  }
  let out = '';
  let i = 0;
  while (i < size) {
    const ch = upper(format.charCodeAt(i));
    let count = 1;
    while (++i < size && upper(format.charCodeAt(i)) === ch) count++;
    let value = 0;
    let digits = 0;
    switch (ch) {
      case 72: // H
        value = h;
        if (count === 2 && value >= 0) {
          if (blankHour) {
            out += ' ';
            count--;
          }
          digits = count;
        } else {
          digits = 1;
        }
        h = -1;
        break;
      case 77: // M
        value = mi;
        mi = -1;
        digits = count > 2 ? 1 : count;
        break;
      case 83: // S
        value = s;
        s = -1;
        digits = count > 2 ? 1 : count;
        break;
      case 70: // F
        value = f;
        f = -1;
        digits = count > 4 ? 1 : count;
        if (digits === 4) value *= 10;
        else if (digits === 2) value = Math.trunc((value + 5) / 10);
        else if (digits === 1) value = Math.trunc((value + 50) / 100);
        break;
      case 80: // P
        if (pm >= 0) {
          out += pm ? 'P' : 'A';
          if (--count) {
            out += 'M';
            --count;
          }
          pm = -1;
        }
        break;
    }
    if (digits && value >= 0) {
      count -= digits;
      out += String(value % 10 ** digits).padStart(digits, '0');
    }
    if (count > 0) out += String.fromCharCode(ch).repeat(count);
  }
  return out;
}

/** A timestamp laid out by date and time pictures, a blank between them. */
export function formatTimestamp(jd: number, ms: number, dateFormat: string, timeFormat: string): string {
  const date = formatDate(dateToDigits(jd), dateFormat);
  return (date.length > 0 ? date + ' ' : '') + formatTime(ms, timeFormat);
}

/** The text of a timestamp under SET DATE and SET TIMEFORMAT (hb_TToC, ?). */
export function tsToStr(ctx: Thread, t: HbTimestamp): string {
  return formatTimestamp(t.jd, t.ms, ctx.sets.dateFormat, ctx.sets.timeFormat);
}

/** hb_SToT(): a timestamp from "YYYYMMDD[hhmm[ss[fff]]]" digits. */
export function digitsToTs(s: string): HbTimestamp {
  let n = 0;
  while (n < 10 && n < s.length && isDigit(s.charCodeAt(n))) n++;
  let jd = 0;
  let ms = 0;
  let p = 0;
  if (n === 8 || n >= 10) {
    const c = (i: number) => s.charCodeAt(i) - 48;
    jd = dateEncode(((c(0) * 10 + c(1)) * 10 + c(2)) * 10 + c(3), c(4) * 10 + c(5), c(6) * 10 + c(7));
    p = 8;
    n -= 8;
  }
  if (n >= 2) ms = rawTime(s, p);
  return new HbTimestamp(jd, ms);
}

/** Milliseconds of "hh[mm[ss[f[f[f]]]]]" digits at `p` (as hb_SToT reads them). */
function rawTime(s: string, p: number): number {
  let n = 0;
  while (n < 10 && p + n < s.length && isDigit(s.charCodeAt(p + n))) n++;
  if (n < 2 || ((n & 1) !== 0 && n !== 7 && n !== 9)) return 0;
  const c = (i: number) => s.charCodeAt(p + i) - 48;
  const h = c(0) * 10 + c(1);
  let m = 0;
  let sec = 0;
  let f = 0;
  if (n >= 4) {
    m = c(2) * 10 + c(3);
    if (n >= 6) {
      sec = c(4) * 10 + c(5);
      const rest = n - 6;
      if (rest >= 3) f = (c(6) * 10 + c(7)) * 10 + c(8);
      else if (rest === 2) f = (c(6) * 10 + c(7)) * 10;
      else if (rest === 1) f = c(6) * 100;
    }
  }
  return timeEncode(h, m, sec, f);
}

/**
 * Read a time written in the order of a SET TIMEFORMAT picture: each of
 * h, m, s, f takes the next digit group, p looks for an A or P.
 */
export function unformatTime(s: string, format: string): number {
  const size = Math.min(s.length, format.length < 16 ? format.length : 16);
  const v = [-1, -1, -1, -1]; // hour, minutes, seconds, fraction
  let pm = -1;
  let prec = 0;
  for (let i = 0, k = 0; i < size && k < s.length; i++) {
    const ch = upper(format.charCodeAt(i));
    const slot = ch === 72 ? 0 : ch === 77 ? 1 : ch === 83 ? 2 : ch === 70 ? 3 : -1;
    if (ch === 80 && pm < 0) {
      while (k < s.length) {
        const c = upper(s.charCodeAt(k));
        if (isDigit(c) || c === 80 || c === 65) break;
        k++;
      }
      const c = upper(s.charCodeAt(k));
      if (c === 80) pm = 1;
      else if (c === 65) pm = 0;
    }
    if (slot >= 0 && v[slot] < 0) {
      v[slot] = 0;
      while (k < s.length && !isDigit(s.charCodeAt(k))) k++;
      while (k < s.length && isDigit(s.charCodeAt(k))) {
        v[slot] = v[slot] * 10 + s.charCodeAt(k) - 48;
        k++;
        if (slot === 3) prec++;
      }
    }
  }
  let [h, m, sec, f] = v.map((x) => (x < 0 ? 0 : x));
  if (f > 0) {
    for (; prec > 3; prec--) f = Math.trunc(f / 10);
    for (; prec < 3; prec++) f *= 10;
  }
  if (pm > 0) {
    if (h === 0) h = 24;
    else if (h !== 12) h += 12;
  } else if (pm === 0) {
    if (h === 0) h = 24;
    else if (h === 12) h = 0;
  }
  return timeEncode(h, m, sec, f);
}

/** hb_CToT(): a timestamp written as a SET DATE date followed by a SET TIMEFORMAT time. */
export function strToTs(ctx: Thread, s: string, dateFormat = ctx.sets.dateFormat, timeFormat = ctx.sets.timeFormat): HbTimestamp {
  const [jd, used] = unformatDate(s, dateFormat, ctx.sets.epoch);
  return new HbTimestamp(jd, unformatTime(s.slice(used), timeFormat));
}
