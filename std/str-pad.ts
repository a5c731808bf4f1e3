// Trimming and padding: Trim/RTrim/LTrim/AllTrim and PadL/PadR/PadC (with
// Pad, the hb_BPad* byte and hb_UPad* character variants).
//
// RTrim removes trailing blanks only; LTrim removes leading blanks, tabs,
// CRs and LFs. The Pad functions take any value Harbour can show as text
// (numbers without their leading blanks, dates, timestamps) and give ''
// for the rest.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbTimestamp, type Value } from '../runtime/values/types.js';
import { blanks, numToStr } from '../runtime/values/numfmt.js';
import { dateToStr } from '../runtime/values/date.js';
import { tsToStr } from '../runtime/values/timestamp.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { charCount, charPos } from '../runtime/cdp/utf8.js';
import { badArgs, deref, intArg, str } from './str-args.js';
import type { StdModule } from './registry.js';
import { reserveChars } from '../runtime/errors/memory.js';

// (the blank tests are written out in the loops: no call per character)

export function rtrim(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 32) n--;
  return n === s.length ? s : s.slice(0, n);
}

export function ltrim(s: string): string {
  const n = s.length;
  let i = 0;
  let c = 0;
  while (i < n && ((c = s.charCodeAt(i)) === 32 || c === 9 || c === 10 || c === 13)) i++;
  return i === 0 ? s : s.slice(i);
}

/** AllTrim(): RTrim() then LTrim(), cut once. */
function allTrim(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 32) n--;
  let i = 0;
  let c = 0;
  while (i < n && ((c = s.charCodeAt(i)) === 32 || c === 9 || c === 10 || c === 13)) i++;
  return i === 0 && n === s.length ? s : s.slice(i, n);
}

/** RTrim() removing tabs, CRs and LFs too (hb_strRTrimLen with any space). */
export function rtrimAny(s: string): string {
  let n = s.length;
  let c = 0;
  while (n > 0 && ((c = s.charCodeAt(n - 1)) === 32 || c === 9 || c === 10 || c === 13)) n--;
  return n === s.length ? s : s.slice(0, n);
}

/** The text Pad*() works on, or undefined for values it does not show. */
export function padText(ctx: Thread, v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || v instanceof HbNum) {
    const s = ctx.sets.fixed ? numToStr(v, undefined, ctx.sets.decimals) : numToStr(v);
    let i = 0;
    while (i < s.length && s.charCodeAt(i) === 32) i++;
    return i === 0 ? s : s.slice(i);
  }
  if (v instanceof HbDate) return dateToStr(ctx, v);
  if (v instanceof HbTimestamp) return tsToStr(ctx, v);
  return undefined;
}

const PAD_L = 0;
const PAD_R = 1;
const PAD_C = 2;

/**
 * Pad `v` to `width` characters (bytes when `chars` is false). A text that
 * is too long is cut on the right whatever the alignment.
 */
function pad(ctx: Thread, fn: string, mode: number, v: Value, widthArg: Value, fill: Value, chars: boolean): string {
  const width = typeof widthArg === 'number' ? widthArg : intArg(widthArg);
  if (width <= 0) return '';
  reserveChars(ctx, width, fn);
  const text = typeof v === 'string' ? v : padText(ctx, deref(v));
  if (text === undefined) return '';
  let have: number;
  let cut: number;
  if (chars) {
    have = charCount(text);
    cut = charPos(text, width);
  } else {
    have = text.length;
    cut = width;
  }
  if (width <= have) return cut >= text.length ? text : text.slice(0, cut);
  const f = typeof fill === 'string' ? fill : str(fill);
  let unit: string;
  if (f === undefined) unit = ' ';
  else if (chars) unit = f.length === 0 ? '\0' : f.slice(0, charPos(f, 1));
  else unit = f.length === 0 ? '\0' : f[0];
  const missing = width - have;
  const fillText = unit === ' ' ? blanks(missing) : unit.repeat(missing);
  if (mode === PAD_L) return fillText + text;
  if (mode === PAD_R) return text + fillText;
  const before = missing >> 1;
  return unit.repeat(before) + text + unit.repeat(missing - before);
}

export const functions: StdModule = {
  TRIM(ctx, s) {
    if (typeof s === 'string') return rtrim(s);
    const t = str(s);
    return t !== undefined ? rtrim(t) : badArgs(ctx, 'TRIM', 1100, arguments);
  },
  RTRIM(ctx, s) {
    if (typeof s === 'string') return rtrim(s);
    const t = str(s);
    return t !== undefined ? rtrim(t) : badArgs(ctx, 'TRIM', 1100, arguments);
  },
  LTRIM(ctx, s) {
    if (typeof s === 'string') return ltrim(s);
    const t = str(s);
    return t !== undefined ? ltrim(t) : badArgs(ctx, 'LTRIM', 1101, arguments);
  },
  ALLTRIM(ctx, s) {
    if (typeof s === 'string') return allTrim(s);
    const t = str(s);
    return t !== undefined ? allTrim(t) : badArgs(ctx, 'ALLTRIM', 2022, arguments);
  },
  PADL(ctx, v, n, f) {
    return pad(ctx, 'PADL', PAD_L, v, n, f, currentCodepage(ctx).charIdx);
  },
  PADR(ctx, v, n, f) {
    return pad(ctx, 'PADR', PAD_R, v, n, f, currentCodepage(ctx).charIdx);
  },
  PAD(ctx, v, n, f) {
    return pad(ctx, 'PAD', PAD_R, v, n, f, currentCodepage(ctx).charIdx);
  },
  PADC(ctx, v, n, f) {
    return pad(ctx, 'PADC', PAD_C, v, n, f, currentCodepage(ctx).charIdx);
  },
  HB_BPADL(ctx, v, n, f) {
    return pad(ctx, 'HB_BPADL', PAD_L, v, n, f, false);
  },
  HB_BPADR(ctx, v, n, f) {
    return pad(ctx, 'HB_BPADR', PAD_R, v, n, f, false);
  },
  HB_BPADC(ctx, v, n, f) {
    return pad(ctx, 'HB_BPADC', PAD_C, v, n, f, false);
  },
  HB_UPADL(ctx, v, n, f) {
    return pad(ctx, 'HB_UPADL', PAD_L, v, n, f, currentCodepage(ctx).utf8);
  },
  HB_UPADR(ctx, v, n, f) {
    return pad(ctx, 'HB_UPADR', PAD_R, v, n, f, currentCodepage(ctx).utf8);
  },
  HB_UPADC(ctx, v, n, f) {
    return pad(ctx, 'HB_UPADC', PAD_C, v, n, f, currentCodepage(ctx).utf8);
  },
};
