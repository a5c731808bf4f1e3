// Dates: Julian day numbers, DToS digits, and the SET DATE text forms.
//
// A date is a Julian day number; 0 is the empty date. Valid calendar dates
// run from 0000-01-01 (day 1721060) to 9999-12-31. Arithmetic can make
// other day numbers: one below 1721060 but above 0 shows as zeros
// ("00/00/00"), one of 0 or below as blanks.

import type { Thread } from '../vm/thread.js';
import { HbDate, HbTimestamp } from './types.js';

/** The Julian day of 0000-01-01, the first day with a calendar date. */
export const FIRST_DAY = 1721060;
const YEAR_LIMIT = 9999;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** The Julian day of a calendar date, or 0 when it is not a valid date. */
export function dateEncode(y: number, m: number, d: number): number {
  if (y < 0 || y > YEAR_LIMIT || m < 1 || m > 12 || d < 1) return 0;
  if (d > DAYS_IN_MONTH[m - 1] && !(d === 29 && m === 2 && isLeapYear(y))) return 0;
  const f = m < 3 ? -1 : 0;
  return Math.trunc(((f + 4800 + y) * 1461) / 4) +
    Math.trunc(((m - 2 - f * 12) * 367) / 12) -
    Math.trunc((Math.trunc((f + 4900 + y) / 100) * 3) / 4) +
    d - 32075;
}

// The last day decoded: Year(), Month(), Day() and the text forms of one
// date come in runs, so each date is decoded once.
let lastJd = 0;
let lastY = 0;
let lastM = 0;
let lastD = 0;

/** Decode `jd` into lastY/lastM/lastD (zeros before 0000-01-01). */
function decode(jd: number): void {
  lastJd = jd;
  if (jd < FIRST_DAY) {
    lastY = lastM = lastD = 0;
    return;
  }
  let j = jd + 68569;
  if (j < 500000000) {
    // every step fits in 32 bits: integer divisions
    const w = ((j * 4) / 146097) | 0;
    j -= ((146097 * w + 3) / 4) | 0;
    const x = ((4000 * (j + 1)) / 1461001) | 0;
    j -= (((1461 * x) / 4) | 0) - 31;
    const v = ((80 * j) / 2447) | 0;
    const u = (v / 11) | 0;
    lastY = x + u + (w - 49) * 100;
    lastM = v + 2 - u * 12;
    lastD = j - (((2447 * v) / 80) | 0);
    return;
  }
  if (j < 100000000000) {
    // exact in doubles; the year still fits 32 bits
    const w = Math.trunc((j * 4) / 146097);
    j -= Math.trunc((146097 * w + 3) / 4);
    const x = Math.trunc((4000 * (j + 1)) / 1461001);
    j -= Math.trunc((1461 * x) / 4) - 31;
    const v = Math.trunc((80 * j) / 2447);
    const u = Math.trunc(v / 11);
    lastY = x + u + (w - 49) * 100;
    lastM = v + 2 - u * 12;
    lastD = j - Math.trunc((2447 * v) / 80);
    return;
  }
  decodeHuge(jd);
}

/**
 * Far past any calendar (arithmetic on dates can get there): the same steps
 * in 64-bit integers that wrap, and the parts cut to 32 bits, as C gives them.
 */
function decodeHuge(jd: number): void {
  const w64 = (n: bigint) => BigInt.asIntN(64, n);
  let j = w64(BigInt(Math.trunc(jd)) + 68569n);
  const w = w64(j * 4n) / 146097n;
  j = w64(j - w64(w64(146097n * w) + 3n) / 4n);
  const x = w64(4000n * w64(j + 1n)) / 1461001n;
  j = w64(j - w64(w64(1461n * x) / 4n - 31n));
  const v = w64(80n * j) / 2447n;
  const u = v / 11n;
  lastY = Number(BigInt.asIntN(32, x + u + (w - 49n) * 100n));
  lastM = Number(BigInt.asIntN(32, v + 2n - u * 12n));
  lastD = Number(BigInt.asIntN(32, j - w64(2447n * v) / 80n));
}

/** The year of a Julian day (0 before 0000-01-01). */
export function dateYear(jd: number): number {
  if (jd !== lastJd) decode(jd);
  return lastY;
}

/** The month of a Julian day (0 before 0000-01-01). */
export function dateMonth(jd: number): number {
  if (jd !== lastJd) decode(jd);
  return lastM;
}

/** The day of the month of a Julian day (0 before 0000-01-01). */
export function dateDay(jd: number): number {
  if (jd !== lastJd) decode(jd);
  return lastD;
}

/** Year, month and day of a Julian day; zeros before 0000-01-01. */
export function dateDecode(jd: number): [number, number, number] {
  if (jd !== lastJd) decode(jd);
  return [lastY, lastM, lastD];
}

/** Day of the week, 1 = Sunday; 0 for the empty date. */
export function dateDow(jd: number): number {
  return jd >= FIRST_DAY ? ((jd + 1) % 7) + 1 : 0;
}

// the last DToS() text made, for its day
let digitsJd = 0;
let digitsText = '        ';

/** DToS(): "YYYYMMDD", eight blanks for the empty date. */
export function dateToDigits(jd: number): string {
  if (jd === digitsJd) return digitsText;
  if (jd <= 0) return '        ';
  if (jd !== lastJd) decode(jd);
  if (lastY < 0 || lastM <= 0 || lastD <= 0) return '00000000';
  // four year digits, as C writes them (a year past 9999 keeps its last four)
  const n = (lastY % 10000) * 10000 + lastM * 100 + lastD;
  const s = String(n);
  digitsJd = jd;
  digitsText = s.length === 8 ? s : '0'.repeat(8 - s.length) + s;
  return digitsText;
}

/**
 * The Julian day of "YYYYMMDD"; 0 when it is not a valid date. Only the
 * first eight characters count; a shorter string reads as if padded with
 * NUL bytes (SToD() itself gives the empty date below 7 characters).
 */
export function digitsToDate(s: string): number {
  const c = (i: number) => (i < s.length ? s.charCodeAt(i) : 0) - 48;
  const y = ((c(0) * 10 + c(1)) * 10 + c(2)) * 10 + c(3);
  return dateEncode(y, c(4) * 10 + c(5), c(6) * 10 + c(7));
}

const upper = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

/**
 * DToS digits (or blanks) laid out by a SET DATE FORMAT picture: D, M and Y
 * runs take the day, month and year digits, anything else is copied. At
 * most 10 characters.
 */
export function formatDate(digits: string, format: string): string {
  if (format !== planFormat) makePlan(format);
  let out = '';
  for (let i = 0; i < plan.length; i += 2) {
    const from = plan[i];
    out += from >= 0 ? digits.slice(from, plan[i + 1]) : planLiterals[-from - 1];
  }
  return out;
}

// The layout of the last format used, as runs: [from, to) of the digits, or
// a literal (from < 0: planLiterals[-from - 1]). The layout only picks
// characters, so laying out eight marker characters (not bytes, so never
// in a format) shows where each one comes from.
let planFormat = '';
let plan: number[] = [];
let planLiterals: string[] = [];
const MARKER = 0x100;
const MARKERS = String.fromCharCode(MARKER, MARKER + 1, MARKER + 2, MARKER + 3, MARKER + 4, MARKER + 5, MARKER + 6, MARKER + 7);

function makePlan(format: string): void {
  const t = layout(MARKERS, format);
  const runs: number[] = [];
  const literals: string[] = [];
  for (let i = 0; i < t.length;) {
    const c = t.charCodeAt(i);
    let j = i + 1;
    if (c >= MARKER) {
      while (j < t.length && t.charCodeAt(j) === t.charCodeAt(j - 1) + 1 && t.charCodeAt(j) > MARKER) j++;
      runs.push(c - MARKER, c - MARKER + j - i);
    } else {
      while (j < t.length && t.charCodeAt(j) < MARKER) j++;
      literals.push(t.slice(i, j));
      runs.push(-literals.length, 0);
    }
    i = j;
  }
  planFormat = format;
  plan = runs;
  planLiterals = literals;
}

function layout(digits: string, format: string): string {
  const size = format.length < 10 ? format.length : 10;
  let out = '';
  let p = 0;
  let usedD = false;
  let usedM = false;
  let usedY = false;
  while (out.length < size) {
    const ch = upper(format.charCodeAt(p++));
    let run = 1;
    while (upper(format.charCodeAt(p)) === ch) {
      p++;
      if (out.length + run < size) run++;
    }
    const letter = String.fromCharCode(ch);
    // the digits of one field, least significant last; a repeated field
    // and the letters beyond its digits print as the letter itself
    let field: string;
    let used: boolean;
    if (ch === 68) {
      field = run >= 4 ? digits[6] + digits[6] + digits[6] + digits[7] : run === 3 ? digits[6] + digits[6] + digits[7] : run === 2 ? digits[6] + digits[7] : digits[7];
      used = usedD;
      usedD = true;
    } else if (ch === 77) {
      field = run >= 4 ? digits[4] + digits[4] + digits[4] + digits[5] : run === 3 ? digits[4] + digits[4] + digits[5] : run === 2 ? digits[4] + digits[5] : digits[5];
      used = usedM;
      usedM = true;
    } else if (ch === 89) {
      field = run === 4 ? digits.slice(0, 4) : run === 3 ? digits.slice(1, 4) : run === 2 ? digits.slice(2, 4) : digits[3];
      used = usedY;
      usedY = true;
    } else {
      field = '';
      used = true;
    }
    if (run > 4) field = field.slice(-1);
    if (used) field = '';
    out += (field + letter.repeat(run - field.length)).slice(0, size - out.length);
  }
  return out;
}

/** The text of a date under SET DATE FORMAT (DToC, ?). */
export function dateToStr(ctx: Thread, d: HbDate | HbTimestamp): string {
  return formatDate(dateToDigits(d.jd), ctx.sets.dateFormat);
}

/** A year of one or two digits placed in the century that SET EPOCH selects. */
export function applyEpoch(year: number, epoch: number): number {
  if (year >= 0 && year < 100) {
    let century = Math.trunc(epoch / 100);
    if (year < epoch % 100) century++;
    year += century * 100;
  }
  return year;
}

/**
 * Read a date written in the order of a SET DATE FORMAT picture: digit
 * groups separated by any non-digits. Returns the Julian day (0 when not a
 * valid date) and how many characters were read.
 */
export function unformatDate(s: string, format: string, epoch: number): [number, number] {
  // position (1-3) of day, month and year among the picture's fields
  let dPos = 0;
  let mPos = 0;
  let yPos = 0;
  for (let i = 0, used = 0; i < format.length && used < 3; i++) {
    const c = upper(format.charCodeAt(i));
    if (c === 68 && dPos === 0) {
      used++;
      dPos = mPos === 0 && yPos === 0 ? 1 : mPos === 0 || yPos === 0 ? 2 : 3;
    } else if (c === 77 && mPos === 0) {
      used++;
      mPos = dPos === 0 && yPos === 0 ? 1 : dPos === 0 || yPos === 0 ? 2 : 3;
    } else if (c === 89 && yPos === 0) {
      used++;
      yPos = mPos === 0 && dPos === 0 ? 1 : mPos === 0 || dPos === 0 ? 2 : 3;
    }
  }
  let d = 0;
  let m = 0;
  let y = 0;
  // non-digits before the first digit do not separate fields
  let inSep = true;
  let i = 0;
  for (let seps = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (dPos === 1) d = d * 10 + c - 48;
      else if (mPos === 1) m = m * 10 + c - 48;
      else if (yPos === 1) y = y * 10 + c - 48;
      inSep = false;
    } else if (!inSep) {
      inSep = true;
      dPos--;
      mPos--;
      yPos--;
      if (++seps >= 3) break;
    }
  }
  return [dateEncode(applyEpoch(y, epoch), m, d), i];
}

/** CToD(): a date from text in the SET DATE FORMAT order, SET EPOCH for 2-digit years. */
export function strToDate(ctx: Thread, s: string): HbDate {
  return new HbDate(unformatDate(s, ctx.sets.dateFormat, ctx.sets.epoch)[0]);
}
