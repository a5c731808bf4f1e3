// Dates: Date, CToD, DToC, DToS, SToD, Year, Month, Day, DoW, CMonth, CDoW
// and their hb_* variants with an explicit format. The text forms follow
// SET DATE FORMAT and SET EPOCH (runtime/values/date.ts); the names of
// months and days come from the language module.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbTimestamp, type Value } from '../runtime/values/types.js';
import {
  dateDay, dateDow, dateEncode, dateMonth, dateYear, dateToDigits, digitsToDate, formatDate, unformatDate,
} from '../runtime/values/date.js';
import { mkNum } from '../runtime/values/number.js';
import { LANG_DAY, LANG_MONTH, langItem } from '../runtime/lang.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, intVal, isNum, substError } from './param.js';

/** Today's date on the local clock, as a Julian day. */
export function today(): number {
  const now = new Date();
  return dateEncode(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const isDateTime = (v: Value): v is HbDate | HbTimestamp => v instanceof HbDate || v instanceof HbTimestamp;

/**
 * Integers with the width a runtime-library function gives them (Year() 5,
 * Month() 3 ...). Numerics are immutable: the small ones are shared.
 */
const width3: Array<HbNum | undefined> = new Array<HbNum | undefined>(10000).fill(undefined);
const width5: Array<HbNum | undefined> = new Array<HbNum | undefined>(10000).fill(undefined);

/** `n` (a calendar number, 0 to 9999) with width 3. */
function sized3(n: number): HbNum {
  return width3[n] ?? (width3[n] = new HbNum(n, 3, 0));
}

/** `n` with width 5 (years). */
function sized5(n: number): Value {
  return n >= 0 && n <= 9999 ? (width5[n] ?? (width5[n] = new HbNum(n, 5, 0))) : mkNum(n, 5, 0);
}

/** The day of a date or timestamp (or of a reference to one), undefined for any other value. */
function dayOf(v: unknown): number | undefined {
  const d = deref(v);
  return isDateTime(d) ? d.jd : undefined;
}

/** The format argument of hb_DToC()/hb_CToD(): a string, or SET DATE FORMAT. */
function formatArg(ctx: Thread, v: Value): string {
  return typeof v === 'string' ? v : ctx.sets.dateFormat;
}

/** SToD() and hb_SToD(): seven characters or more make a date (a shorter text is the empty date). */
function stod(v: Value): HbDate {
  return new HbDate(typeof v === 'string' && v.length >= 7 ? digitsToDate(v) : 0);
}

/**
 * CDoW()'s weekday (1 = Sunday) from the calendar parts, by a formula that
 * divides as C does (toward zero): it disagrees with DoW() for January and
 * February of year 0, and puts a day before the calendar (decoded as all
 * zeros) on a Wednesday.
 */
function weekdayOf(y: number, m: number, d: number): number {
  if (m < 3) {
    m += 13;
    y--;
  } else {
    m++;
  }
  return ((d + Math.trunc((26 * m) / 10) + y + Math.trunc(y / 4) - Math.trunc(y / 100) + Math.trunc(y / 400) + 6) % 7) + 1;
}

export const functions: StdModule = {
  DATE() {
    return new HbDate(today());
  },
  HB_DATE(_ctx, y, m, d) {
    if (arguments.length <= 1) return new HbDate(today());
    return new HbDate(dateEncode(intVal(deref(y)), intVal(deref(m)), intVal(deref(d))));
  },
  CTOD(ctx, s) {
    s = deref(s);
    if (typeof s !== 'string') return substError(ctx, 'CTOD', 1119, baseArgs(arguments));
    return new HbDate(unformatDate(s, ctx.sets.dateFormat, ctx.sets.epoch)[0]);
  },
  HB_CTOD(ctx, s, format) {
    s = deref(s);
    if (typeof s !== 'string') return substError(ctx, 'HB_CTOD', 1119, baseArgs(arguments));
    return new HbDate(unformatDate(s, formatArg(ctx, deref(format)), ctx.sets.epoch)[0]);
  },
  DTOC(ctx, d) {
    d = deref(d);
    if (!isDateTime(d)) return substError(ctx, 'DTOC', 1118, baseArgs(arguments));
    return formatDate(dateToDigits(d.jd), ctx.sets.dateFormat);
  },
  HB_DTOC(ctx, d, format) {
    d = deref(d);
    if (!isDateTime(d)) return substError(ctx, 'HB_DTOC', 1118, baseArgs(arguments));
    return formatDate(dateToDigits(d.jd), formatArg(ctx, deref(format)));
  },
  DTOS(ctx, d) {
    d = deref(d);
    if (!isDateTime(d)) return substError(ctx, 'DTOS', 1120, baseArgs(arguments));
    return dateToDigits(d.jd);
  },
  STOD(_ctx, s) {
    return stod(deref(s));
  },
  HB_STOD(_ctx, s) {
    return stod(deref(s));
  },
  YEAR(ctx, d) {
    const jd = d instanceof HbDate ? d.jd : dayOf(d);
    return jd !== undefined ? sized5(dateYear(jd)) : substError(ctx, 'YEAR', 1112, baseArgs(arguments));
  },
  MONTH(ctx, d) {
    const jd = d instanceof HbDate ? d.jd : dayOf(d);
    return jd !== undefined ? sized3(dateMonth(jd)) : substError(ctx, 'MONTH', 1113, baseArgs(arguments));
  },
  DAY(ctx, d) {
    const jd = d instanceof HbDate ? d.jd : dayOf(d);
    return jd !== undefined ? sized3(dateDay(jd)) : substError(ctx, 'DAY', 1114, baseArgs(arguments));
  },
  DOW(ctx, d) {
    const jd = d instanceof HbDate ? d.jd : dayOf(d);
    return jd !== undefined ? sized3(dateDow(jd)) : substError(ctx, 'DOW', 1115, baseArgs(arguments));
  },
  CMONTH(ctx, d) {
    const jd = dayOf(d);
    if (jd === undefined) return substError(ctx, 'CMONTH', 1116, baseArgs(arguments));
    const m = dateMonth(jd);
    return m >= 1 ? langItem(LANG_MONTH + m - 1) : '';
  },
  CDOW(ctx, d) {
    const jd = dayOf(d);
    if (jd === undefined) return substError(ctx, 'CDOW', 1117, baseArgs(arguments));
    return jd === 0 ? '' : langItem(LANG_DAY + weekdayOf(dateYear(jd), dateMonth(jd), dateDay(jd)) - 1);
  },
  HB_CDAY(ctx, n) {
    n = deref(n);
    if (!isNum(n)) return substError(ctx, 'HB_CDAY', 1117, baseArgs(arguments));
    const d = intVal(n);
    return d >= 1 && d <= 7 ? langItem(LANG_DAY + d - 1) : '';
  },
};
