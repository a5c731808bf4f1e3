import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DATES, DATE_FORMAT_CASES, CTOD_TEXTS, CTOD_CASES, STOD_CASES, STAMPS, TIME_FORMAT_CASES, CTOT_TEXTS, CTOT_CASES,
  STOT_CASES, LITERAL_CASES,
} from './tables/date.table.js';
import { newThread, operand } from './helpers.js';
import { HbDate, HbTimestamp } from '../../runtime/values/types.js';
import {
  dateDecode, dateDow, dateEncode, dateToDigits, dateToStr, digitsToDate, strToDate, FIRST_DAY,
} from '../../runtime/values/date.js';
import { digitsToTs, formatTimestamp, strToTs, tsToDigits, tsToStr } from '../../runtime/values/timestamp.js';
import { dateLiteral, parseDateLiteral, parseTimestamp, timestampLiteral } from '../../runtime/values/literals.js';
import { displayStr } from '../../runtime/values/display.js';

test('dates under every date picture', () => {
  const ctx = newThread();
  const failures: string[] = [];
  const values = [...DATES.map((d) => operand(ctx, d) as HbDate), new HbDate(1)];
  for (const [format, texts] of DATE_FORMAT_CASES) {
    ctx.sets.dateFormat = format;
    values.forEach((d, i) => {
      const got = dateToStr(ctx, d);
      if (got !== texts[i]) failures.push(`${format} ${DATES[i] ?? 'jd 1'}: expected [${texts[i]}], got [${got}]`);
      if (displayStr(ctx, d) !== got) failures.push(`${format}: display differs from DToC`);
    });
  }
  assert.deepEqual(failures, []);
});

test('CToD() under date pictures and SET EPOCH', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [format, epoch, results] of CTOD_CASES) {
    ctx.sets.dateFormat = format;
    ctx.sets.epoch = epoch;
    CTOD_TEXTS.forEach((text, i) => {
      const got = dateToDigits(strToDate(ctx, text).jd);
      if (got !== results[i]) failures.push(`${format} epoch ${epoch} ${JSON.stringify(text)}: expected ${results[i]}, got ${got}`);
    });
  }
  assert.deepEqual(failures, []);
});

test('SToD(), DoW() and the calendar parts', () => {
  const failures: string[] = [];
  for (const [text, [dtos, dow, y, m, d]] of STOD_CASES) {
    const jd = text.length >= 7 ? digitsToDate(text) : 0;
    const [yy, mm, dd] = dateDecode(jd);
    const got = [dateToDigits(jd), String(dateDow(jd)), String(yy), String(mm), String(dd)];
    const want = [dtos, dow, y, m, d];
    if (got.join('|') !== want.join('|')) failures.push(`SToD(${JSON.stringify(text)}): expected ${want.join('|')}, got ${got.join('|')}`);
  }
  assert.deepEqual(failures, []);
});

test('Julian days round-trip over the whole calendar', () => {
  assert.equal(dateEncode(0, 1, 1), FIRST_DAY);
  assert.equal(dateEncode(2024, 2, 30), 0);
  assert.equal(dateEncode(10000, 1, 1), 0);
  const last = dateEncode(9999, 12, 31);
  for (let jd = FIRST_DAY; jd <= last; jd += 7) {
    const [y, m, d] = dateDecode(jd);
    if (dateEncode(y, m, d) !== jd) assert.fail(`day ${jd} decodes to ${y}-${m}-${d}`);
  }
});

test('timestamps under every time picture', () => {
  const failures: string[] = [];
  const stamps = STAMPS.map((s) => digitsToTs(s.slice(3)));
  for (const [format, texts] of TIME_FORMAT_CASES) {
    stamps.forEach((t, i) => {
      const got = formatTimestamp(t.jd, t.ms, 'mm/dd/yy', format);
      if (got !== texts[i]) failures.push(`${format} ${STAMPS[i]}: expected [${texts[i]}], got [${got}]`);
    });
  }
  assert.deepEqual(failures, []);
});

test('hb_CToT()', () => {
  const ctx = newThread();
  const failures: string[] = [];
  for (const [df, tf, results] of CTOT_CASES) {
    CTOT_TEXTS.forEach((text, i) => {
      const t = strToTs(ctx, text, df, tf);
      const got = tsToDigits(t.jd, t.ms);
      if (got !== results[i]) failures.push(`${df} ${tf} ${JSON.stringify(text)}: expected ${results[i]}, got ${got}`);
    });
  }
  assert.deepEqual(failures, []);
});

test('hb_SToT() and hb_TToS()', () => {
  const failures: string[] = [];
  for (const [text, expected] of STOT_CASES) {
    const t = digitsToTs(text);
    const got = tsToDigits(t.jd, t.ms);
    if (got !== expected) failures.push(`${JSON.stringify(text)}: expected ${expected}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test('t"..." and d"..." literals', () => {
  const failures: string[] = [];
  for (const [kind, text, expected] of LITERAL_CASES) {
    let got: string;
    if (kind === 't') {
      const t = timestampLiteral(text);
      got = tsToDigits(t.jd, t.ms);
    } else {
      got = dateToDigits(dateLiteral(text, false).jd);
    }
    if (got !== expected) failures.push(`${kind}"${text}": expected ${expected}, got ${got}`);
  }
  assert.deepEqual(failures, []);
  // 0d literals and invalid texts (compile-time errors in Harbour)
  assert.equal(parseDateLiteral('20240315', true), dateEncode(2024, 3, 15));
  assert.equal(parseDateLiteral('0', true), 0);
  assert.equal(parseDateLiteral('20240230', true), undefined);
  assert.equal(parseDateLiteral('2024031', true), undefined);
  assert.equal(parseDateLiteral('2024-02-30', false), undefined);
  assert.equal(parseDateLiteral('2024-03-15 x', false), undefined);
  assert.equal(parseTimestamp('2024-03-15 25:00'), undefined);
  assert.equal(parseTimestamp('2024-03-15T'), undefined);
  assert.equal(parseTimestamp('hello'), undefined);
});

test('display of timestamps follows SET DATE and SET TIMEFORMAT', () => {
  const ctx = newThread();
  const t = new HbTimestamp(dateEncode(2024, 3, 15), ((8 * 60 + 30) * 60) * 1000);
  assert.equal(tsToStr(ctx, t), '03/15/24 08:30:00.000');
  ctx.sets.dateFormat = 'mm/dd/yyyy';
  ctx.sets.timeFormat = 'hh:mm pm';
  assert.equal(displayStr(ctx, t), '03/15/2024  8:30 AM');
  ctx.sets.dateFormat = '';
  assert.equal(displayStr(ctx, t), ' 8:30 AM');
});
