// Times and timestamps: Time, Seconds, hb_MilliSeconds, hb_DateTime and
// the conversions between timestamps, dates, numbers and text (hb_TToS,
// hb_SToT, hb_TToC, hb_CToT, hb_TSToStr, hb_StrToTS, hb_TToD, hb_DToT ...).
//
// A date passed where a timestamp is expected counts as its midnight.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbLong, HbRef, HbTimestamp, type Value } from '../runtime/values/types.js';
import { dateEncode } from '../runtime/values/date.js';
import { mkNum } from '../runtime/values/number.js';
import {
  MS_PER_DAY, digitsToTs, formatTime, formatTimestamp, packDT, strToTs, timeDecode, timeEncode, tsToDigits, unpackDT,
} from '../runtime/values/timestamp.js';
import { parseTimestamp } from '../runtime/values/literals.js';
import { FIRST_DAY, dateDecode } from '../runtime/values/date.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, intVal, isNum, numVal, substError } from './param.js';

/** Julian day of the Unix epoch (1970-01-01). */
const UNIX_EPOCH_DAY = 2440588;

/** The local date and time now: [Julian day, milliseconds since midnight]. */
function localNow(): [number, number] {
  const d = new Date();
  return [
    dateEncode(d.getFullYear(), d.getMonth() + 1, d.getDate()),
    timeEncode(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()),
  ];
}

/** A date or timestamp argument as [day, milliseconds], or undefined. */
function dtArg(v: unknown): [number, number] | undefined {
  const d = deref(v);
  if (d instanceof HbTimestamp) return [d.jd, d.ms];
  if (d instanceof HbDate) return [d.jd, 0];
  return undefined;
}

/** The argument error every timestamp function raises (BASE/3012). */
function tsError(ctx: Thread, fn: string, args: IArguments): Value {
  return substError(ctx, fn, 3012, baseArgs(args));
}

/** A double result with the default width and SET DECIMALS places. */
const retnd = (ctx: Thread, d: number): Value => mkNum(d, 0, ctx.sets.decimals);

/** A timestamp from a number of days with a fraction (hb_rettd). */
function fromDays(days: number): HbTimestamp {
  const [jd, ms] = unpackDT(days);
  return new HbTimestamp(jd, ms);
}

/** `n` as C's "%0<w>d" writes it: zeros after any sign. */
const pad = (n: number, w: number): string => (n < 0 ? '-' + String(-n).padStart(w - 1, '0') : String(n).padStart(w, '0'));

/** hb_TSToStr()'s full form: "YYYY-MM-DD HH:MM:SS.FFF". */
function isoText(jd: number, ms: number): string {
  const [y, m, d] = dateDecode(jd);
  const [h, mi, s, f] = timeDecode(ms);
  const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(f, 3)}`;
  // a year past four digits pushes the end out of the 23-character buffer
  return text.length > 23 ? text.slice(0, 23) : text;
}

/** hb_TSToStr( t, .T. ): the ISO text without a zero time part or trailing zeros. */
export function isoTimestampShort(jd: number, ms: number): string {
  const full = isoText(jd, ms);
  if (ms === 0) return jd === 0 ? '00:00' : full.slice(0, 10);
  let end = 23;
  while (full.charCodeAt(end - 1) === 48) end--;
  if (full.charCodeAt(end - 1) === 46) {
    end--;
    if (full.charCodeAt(end - 1) === 48 && full.charCodeAt(end - 2) === 48) end -= 3;
  }
  return jd === 0 ? full.slice(11, end) : full.slice(0, end);
}

/** A double cut to a 64-bit integer as C does (out of range: the smallest one). */
function int64(d: number): Value {
  const v = Math.trunc(d);
  if (v > -(2 ** 53) && v < 2 ** 53) return mkNum(v, 0, 0);
  return new HbLong(v < 2 ** 63 && v >= -(2 ** 63) ? BigInt(v) : -(2n ** 63n));
}

/** ISO 8601 week of a day: [year, week, weekday 1 = Monday]; zeros for the empty date. */
function isoWeek(jd: number): [number, number, number] {
  if (jd < FIRST_DAY) return [0, 0, 0];
  const day = (jd % 7) + 1;
  const thursday = jd + 4 - day;
  const year = dateDecode(thursday)[0];
  return [year, Math.trunc((thursday - dateEncode(year, 1, 1)) / 7) + 1, day];
}

/** Seconds the local clock is ahead of UTC at a local date and time. */
function localOffset(jd: number, ms: number): number {
  const [y, m, d] = dateDecode(jd);
  const [h, mi, s] = timeDecode(ms);
  const at = new Date(2000, 0, 1, h, mi, s);
  at.setFullYear(y, m - 1, d);
  return -at.getTimezoneOffset() * 60;
}

export const functions: StdModule = {
  TIME() {
    const [, ms] = localNow();
    const [h, m, s] = timeDecode(ms);
    return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
  },
  SECONDS(ctx) {
    return retnd(ctx, localNow()[1] / 1000);
  },
  HB_SECONDSCPU(ctx, which) {
    // 1 user, 2 system, 3 both; 11-13 the same with finished child processes
    // (which Node does not report); measured in clock ticks as times() does
    let n = deref(which);
    n = isNum(n) ? intVal(n) : 3;
    if ((n < 1 || n > 3) && (n < 11 || n > 13)) n = 3;
    const u = process.cpuUsage();
    const us = (n % 10 & 1 ? u.user : 0) + (n % 10 & 2 ? u.system : 0);
    return retnd(ctx, Math.floor(us / 10000) / 100);
  },
  HB_MILLISECONDS() {
    return mkNum(Date.now() + UNIX_EPOCH_DAY * MS_PER_DAY, 0, 0);
  },
  HB_DATETIME(_ctx, y, m, d, h, mi, s, f) {
    if (arguments.length <= 1) {
      const [jd, ms] = localNow();
      return new HbTimestamp(jd, ms);
    }
    const i = (v: Value) => intVal(deref(v));
    return new HbTimestamp(dateEncode(i(y), i(m), i(d)), timeEncode(i(h), i(mi), i(s), i(f)));
  },
  HB_DTOT(ctx, d, time) {
    const dt = dtArg(d);
    if (dt === undefined) return tsError(ctx, 'HB_DTOT', arguments);
    time = deref(time);
    let ms = 0;
    if (typeof time === 'string') ms = parseTimestamp(time)?.[1] ?? 0;
    else if (isNum(time)) ms = Math.max(Math.trunc(numVal(time) * 1000), 0);
    return new HbTimestamp(dt[0], ms);
  },
  HB_TTOD(ctx, t, timeRef, format) {
    const dt = dtArg(t);
    if (dt === undefined) return tsError(ctx, 'HB_TTOD', arguments);
    if (timeRef instanceof HbRef) {
      let f = deref(format);
      if (typeof f === 'string') {
        if (f === '') f = ctx.sets.timeFormat;
        timeRef.set(formatTime(dt[1], f));
      } else {
        timeRef.set(retnd(ctx, dt[1] / 1000));
      }
    }
    return new HbDate(dt[0]);
  },
  HB_TTON(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? retnd(ctx, packDT(dt[0], dt[1])) : tsError(ctx, 'HB_TTON', arguments);
  },
  HB_NTOT(ctx, n) {
    n = deref(n);
    return isNum(n) ? fromDays(numVal(n)) : tsError(ctx, 'HB_NTOT', arguments);
  },
  HB_TTOSEC(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? retnd(ctx, dt[0] * 86400 + dt[1] / 1000) : tsError(ctx, 'HB_TTOSEC', arguments);
  },
  HB_SECTOT(ctx, n) {
    n = deref(n);
    return isNum(n) ? fromDays(numVal(n) / 86400) : tsError(ctx, 'HB_SECTOT', arguments);
  },
  HB_TTOMSEC(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? retnd(ctx, dt[0] * MS_PER_DAY + dt[1]) : tsError(ctx, 'HB_TTOMSEC', arguments);
  },
  HB_MSECTOT(ctx, n) {
    n = deref(n);
    return isNum(n) ? fromDays(numVal(n) / MS_PER_DAY) : tsError(ctx, 'HB_MSECTOT', arguments);
  },
  HB_TTOC(ctx, t, dateFormat, timeFormat) {
    const dt = dtArg(t);
    if (dt === undefined) return tsError(ctx, 'HB_TTOC', arguments);
    const df = deref(dateFormat);
    const tf = deref(timeFormat);
    return formatTimestamp(dt[0], dt[1], typeof df === 'string' ? df : ctx.sets.dateFormat,
      typeof tf === 'string' ? tf : ctx.sets.timeFormat);
  },
  HB_CTOT(ctx, s, dateFormat, timeFormat) {
    s = deref(s);
    if (typeof s !== 'string') return tsError(ctx, 'HB_CTOT', arguments);
    const df = deref(dateFormat);
    const tf = deref(timeFormat);
    return strToTs(ctx, s, typeof df === 'string' ? df : ctx.sets.dateFormat,
      typeof tf === 'string' ? tf : ctx.sets.timeFormat);
  },
  HB_TTOS(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? tsToDigits(dt[0], dt[1]) : tsError(ctx, 'HB_TTOS', arguments);
  },
  HB_STOT(_ctx, s) {
    s = deref(s);
    return typeof s === 'string' ? digitsToTs(s) : new HbTimestamp(0, 0);
  },
  HB_HOUR(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? mkNum(timeDecode(dt[1])[0], 3, 0) : tsError(ctx, 'HB_HOUR', arguments);
  },
  HB_MINUTE(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? mkNum(timeDecode(dt[1])[1], 3, 0) : tsError(ctx, 'HB_MINUTE', arguments);
  },
  HB_SEC(ctx, t) {
    const dt = dtArg(t);
    if (dt === undefined) return tsError(ctx, 'HB_SEC', arguments);
    const [, , s, f] = timeDecode(dt[1]);
    return mkNum((s * 1000 + f) / 1000, 3, 3);
  },
  HB_TSTOSTR(ctx, t, short) {
    const dt = dtArg(t);
    if (dt === undefined) return tsError(ctx, 'HB_TSTOSTR', arguments);
    return deref(short) === true ? isoTimestampShort(dt[0], dt[1]) : isoText(dt[0], dt[1]);
  },
  HB_STRTOTS(ctx, s) {
    s = deref(s);
    if (typeof s !== 'string') return tsError(ctx, 'HB_STRTOTS', arguments);
    const t = parseTimestamp(s);
    return t === undefined ? new HbTimestamp(0, 0) : new HbTimestamp(t[0], t[1]);
  },
  HB_TTOMIN(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? retnd(ctx, dt[0] * 1440 + dt[1] / 60000) : tsError(ctx, 'HB_TTOMIN', arguments);
  },
  HB_TTOHOUR(ctx, t) {
    const dt = dtArg(t);
    return dt !== undefined ? retnd(ctx, dt[0] * 24 + dt[1] / 3600000) : tsError(ctx, 'HB_TTOHOUR', arguments);
  },
  HB_NTOMSEC(ctx, n) {
    n = deref(n);
    return isNum(n) ? int64(numVal(n) * MS_PER_DAY) : tsError(ctx, 'HB_NTOMSEC', arguments);
  },
  HB_NTOSEC(ctx, n) {
    n = deref(n);
    return isNum(n) ? retnd(ctx, numVal(n) * 86400) : tsError(ctx, 'HB_NTOSEC', arguments);
  },
  HB_NTOMIN(ctx, n) {
    n = deref(n);
    return isNum(n) ? retnd(ctx, numVal(n) * 1440) : tsError(ctx, 'HB_NTOMIN', arguments);
  },
  HB_NTOHOUR(ctx, n) {
    n = deref(n);
    return isNum(n) ? retnd(ctx, numVal(n) * 24) : tsError(ctx, 'HB_NTOHOUR', arguments);
  },
  HB_WEEK(ctx, d, yearRef, dayRef) {
    const dt = dtArg(d);
    if (dt === undefined) return tsError(ctx, 'HB_WEEK', arguments);
    const [year, week, day] = isoWeek(dt[0]);
    if (yearRef instanceof HbRef) yearRef.set(year);
    if (dayRef instanceof HbRef) dayRef.set(day);
    return week;
  },
  HB_CLOCKS2SECS(ctx, n) {
    // Harbour's clock ticks are milliseconds
    n = deref(n);
    return retnd(ctx, (isNum(n) ? Math.trunc(numVal(n)) : 0) / 1000);
  },
  HB_TSTOUTC(ctx, t) {
    t = deref(t);
    if (!(t instanceof HbTimestamp)) return tsError(ctx, 'HB_TSTOUTC', arguments);
    return fromDays(packDT(t.jd, t.ms) - localOffset(t.jd, t.ms) / 86400);
  },
  HB_UTCTOTS(ctx, t, offsetRef) {
    t = deref(t);
    if (!(t instanceof HbTimestamp)) return tsError(ctx, 'HB_UTCTOTS', arguments);
    // the local clock at that UTC moment, milliseconds kept
    const at = new Date((t.jd - UNIX_EPOCH_DAY) * MS_PER_DAY + t.ms - (t.ms % 1000));
    const jd = dateEncode(at.getFullYear(), at.getMonth() + 1, at.getDate());
    const ms = timeEncode(at.getHours(), at.getMinutes(), at.getSeconds(), t.ms % 1000);
    if (offsetRef instanceof HbRef) {
      const diff = packDT(jd, ms) - packDT(t.jd, t.ms);
      offsetRef.set(Math.trunc(diff * 86400 + (diff < 0 ? -0.5 : 0.5)));
    }
    return new HbTimestamp(jd, ms);
  },
  HB_UTCOFFSET(_ctx, t) {
    const dt = dtArg(t);
    if (dt === undefined) return -new Date().getTimezoneOffset() * 60;
    return localOffset(dt[0], dt[1]);
  },
};
