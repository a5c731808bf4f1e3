// Numeric functions: Str, StrZero, Val, hb_ntos, hb_ntoc, Round, Int, Abs, Mod,
// Sqrt, Log, Exp, Max, Min, Word.
//
// Results keep Harbour's widths and decimals: a function that returns a
// computed double gives it the default width and SET DECIMALS places
// (hb_retnd), Abs/Int/Round keep what their argument carries, Max/Min
// return one of their arguments unchanged. The formatting itself lives in
// runtime/values (numfmt.ts, round.ts, number.ts).

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbTimestamp, type Value } from '../runtime/values/types.js';
import { hbValOf, int32Width, isIntLike, mkNum, valOf } from '../runtime/values/number.js';
import { hbNtos, numToStr, strZero } from '../runtime/values/numfmt.js';
import { hbInt, hbRound } from '../runtime/values/round.js';
import { MS_PER_DAY } from '../runtime/values/timestamp.js';
import type { StdModule } from './registry.js';
import { expResult } from './math-errors.js';

/** 2^63: a double beyond it has no 64-bit integer part. */
const INT64_SPAN = 9223372036854775808;
import { EG_ZERODIV, baseArgs, deref, intVal, isNum, numVal, plainError, substError } from './param.js';

/** A double result as hb_retnd gives it: default width, SET DECIMALS places. */
function retnd(ctx: Thread, d: number): number | HbNum {
  return mkNum(d, 0, ctx.sets.decimals);
}

/**
 * Str() and StrZero() read their arguments alike: the width and decimals,
 * when passed (`argc` counts ctx too), must be numeric. Returns the text,
 * or undefined when an argument is wrong.
 */
function strArgs(argc: number, v: Value, len: Value, dec: Value, zero: boolean): string | undefined {
  v = deref(v);
  if (!isNum(v)) return undefined;
  if (argc < 3) return zero ? strZero(v) : numToStr(v);
  len = deref(len);
  if (!isNum(len)) return undefined;
  if (argc < 4) return zero ? strZero(v, numVal(len)) : numToStr(v, numVal(len));
  dec = deref(dec);
  if (!isNum(dec)) return undefined;
  return zero ? strZero(v, numVal(len), numVal(dec)) : numToStr(v, numVal(len), numVal(dec));
}

/** Max() and Min(): one of the two arguments (or a new logical/date), or undefined when they do not compare. */
function pick(a: Value, b: Value, max: boolean): Value | undefined {
  if (isNum(a) && isNum(b)) {
    const x = numVal(a);
    const y = numVal(b);
    return (max ? x >= y : x <= y) ? a : b;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return max ? a || b : a && b;
  if (a instanceof HbDate && b instanceof HbDate) {
    return new HbDate(max ? Math.max(a.jd, b.jd) : Math.min(a.jd, b.jd));
  }
  if ((a instanceof HbDate || a instanceof HbTimestamp) && (b instanceof HbDate || b instanceof HbTimestamp)) {
    // a date against a timestamp of the same day wins as it is
    if (a.jd === b.jd) {
      if (a instanceof HbDate) return a;
      if (b instanceof HbDate) return b;
    }
    const x = a.jd * MS_PER_DAY + (a instanceof HbTimestamp ? a.ms : 0);
    const y = b.jd * MS_PER_DAY + (b instanceof HbTimestamp ? b.ms : 0);
    return (max ? x >= y : x <= y) ? a : b;
  }
  return undefined;
}

/**
 * A double as the shortest text Harbour's hb_dblToStr() gives it: up to 16
 * significant digits, at most `maxDec` decimals (-1: no limit), no
 * trailing zeros. Digits are peeled off with the same floating-point
 * steps, so the last digit rounds as Harbour's does.
 */
export function dblToStr(d: number, maxDec: number): string {
  let prec = 16;
  const neg = d < 0;
  let whole = Math.trunc(neg ? -d : d);
  let frac = (neg ? -d : d) - whole;
  // integer digits, right to left
  const digits: number[] = [];
  do {
    const q = whole / 10 + 0.01;
    whole = Math.trunc(q);
    digits.push(48 + Math.trunc((q - whole) * 10 + 0.01));
  } while (whole >= 1);
  const buf = digits.reverse();
  let first = buf.length > 1 || buf[0] !== 48;
  if (first) {
    if (buf.length >= prec) {
      // beyond 16 digits: zeros, rounding the 16th
      let up = buf.length === prec ? frac >= 0.5 : buf[prec] >= 53;
      buf.fill(48, prec);
      for (let i = prec - 1; up; i--) {
        if (i < 0) {
          buf.unshift(49);
          break;
        }
        if (buf[i] !== 57) {
          buf[i]++;
          up = false;
        } else {
          buf[i] = 48;
        }
      }
      prec = 0;
    } else {
      prec -= buf.length;
    }
  }
  if (prec > 0 && maxDec !== 0 && frac > 0) {
    const dot = buf.length;
    buf.push(46);
    let dec = maxDec;
    while (prec > 0 && dec-- !== 0) {
      frac *= 10;
      const dig = Math.trunc(frac);
      frac -= dig;
      const c = 48 + Math.trunc(dig + 0.01);
      buf.push(c);
      if (c !== 48) first = true;
      if (first) prec--;
    }
    if (frac > (prec > 0 ? 0.5 - 10 ** -prec : 0.2)) {
      for (let i = buf.length - 1; ; i--) {
        if (i === dot) continue;
        if (i < 0) {
          buf.unshift(49);
          break;
        }
        if (buf[i] !== 57) {
          buf[i]++;
          break;
        }
        buf[i] = 48;
      }
    }
    while (buf.length > 0 && buf[buf.length - 1] === 48 && buf.lastIndexOf(46) >= 0) buf.pop();
    if (buf[buf.length - 1] === 46) buf.pop();
  }
  const text = String.fromCharCode(...buf);
  return neg && text !== '0' ? '-' + text : text;
}

export const functions: StdModule = {
  STR(ctx, v, len, dec) {
    const argc = arguments.length;
    // the common calls first: a numeric with plain integer width and decimals
    if (typeof v === 'number' || v instanceof HbNum) {
      if (argc === 2) return numToStr(v);
      if (typeof len === 'number') {
        if (argc === 3) return numToStr(v, len);
        if (typeof dec === 'number') return numToStr(v, len, dec);
      }
    }
    const s = strArgs(argc, v, len, dec, false);
    return s !== undefined ? s : substError(ctx, 'STR', 1099, baseArgs(arguments));
  },
  STRZERO(ctx, v, len, dec) {
    const argc = arguments.length;
    if (argc < 2 || argc > 4) return undefined;
    if (typeof v === 'number' || v instanceof HbNum) {
      if (argc === 2) return strZero(v);
      if (typeof len === 'number') {
        if (argc === 3) return strZero(v, len);
        if (typeof dec === 'number') return strZero(v, len, dec);
      }
    }
    const s = strArgs(argc, v, len, dec, true);
    return s !== undefined ? s : substError(ctx, 'STRZERO', 6003, baseArgs(arguments));
  },
  WORD(ctx, v) {
    v = deref(v);
    if (!isNum(v)) {
      plainError(ctx, 'WORD', 1091, baseArgs(arguments));
      return undefined;
    }
    // a C int: the low 32 bits of the 64-bit integer part (0 beyond 64 bits)
    const x = numVal(v);
    const n = x > -INT64_SPAN && x < INT64_SPAN ? Math.trunc(x) | 0 : 0;
    return mkNum(n, int32Width(n), 0);
  },
  HB_NTOS(_ctx, v) {
    v = deref(v);
    return isNum(v) ? hbNtos(v) : '';
  },
  HB_NTOC(_ctx, v, dec) {
    v = deref(v);
    if (!isNum(v)) return '';
    if (isIntLike(v)) return String(numVal(v));
    dec = deref(dec);
    return dblToStr(numVal(v), isNum(dec) ? intVal(dec) : -1);
  },
  VAL(ctx, s) {
    if (typeof s === 'string') return valOf(s);
    s = deref(s);
    return typeof s === 'string' ? valOf(s) : substError(ctx, 'VAL', 1098, baseArgs(arguments));
  },
  HB_VAL(ctx, s, len) {
    s = deref(s);
    if (typeof s !== 'string') return substError(ctx, 'HB_VAL', 1098, baseArgs(arguments));
    len = deref(len);
    return hbValOf(s, isNum(len) ? intVal(len) : s.length);
  },
  ROUND(ctx, v, dec) {
    v = deref(v);
    dec = deref(dec);
    if (isNum(v) && isNum(dec)) return hbRound(v, intVal(dec));
    return substError(ctx, 'ROUND', 1094, baseArgs(arguments));
  },
  INT(ctx, v) {
    if (typeof v === 'number') return v;
    if (v instanceof HbNum) return hbInt(v);
    v = deref(v);
    return isNum(v) ? hbInt(v) : substError(ctx, 'INT', 1090, baseArgs(arguments));
  },
  ABS(ctx, v) {
    v = deref(v);
    if (typeof v === 'number') return v < 0 ? -v : v;
    if (!(v instanceof HbNum)) return substError(ctx, 'ABS', 1089, baseArgs(arguments));
    // a positive integer keeps its width, a negated one gets the default
    if (isIntLike(v)) return v.n >= 0 ? v : mkNum(-v.n, 0, 0);
    return mkNum(Math.abs(v.n), 0, v.dec);
  },
  MOD(ctx, a, b) {
    a = deref(a);
    b = deref(b);
    if (!isNum(a) || !isNum(b)) return substError(ctx, 'MOD', 1085, [a, b], undefined, '%');
    const x = numVal(a);
    const y = numVal(b);
    if (y === 0) {
      // the handler's substitute is ignored: Mod() returns its first argument
      substError(ctx, 'MOD', 1341, baseArgs(arguments), EG_ZERODIV, '%');
      return a;
    }
    let r = x % y;
    // the result takes the sign of the divisor, as Clipper's Mod() does
    if (r !== 0 && (x > 0 ? y < 0 : y > 0)) r += y;
    return retnd(ctx, r);
  },
  SQRT(ctx, v) {
    v = deref(v);
    if (!isNum(v)) return substError(ctx, 'SQRT', 1097, baseArgs(arguments));
    const d = numVal(v);
    return retnd(ctx, d > 0 ? Math.sqrt(d) : 0);
  },
  LOG(ctx, v) {
    v = deref(v);
    if (!isNum(v)) return substError(ctx, 'LOG', 1095, baseArgs(arguments));
    const d = numVal(v);
    return retnd(ctx, d > 0 ? Math.log(d) : -Infinity);
  },
  EXP(ctx, v) {
    v = deref(v);
    if (!isNum(v)) return substError(ctx, 'EXP', 1096, baseArgs(arguments));
    const x = numVal(v);
    return expResult(ctx, x, Math.exp(x));
  },
  MAX(ctx) {
    const r = arguments.length > 2 ? pick(deref(arguments[1]), deref(arguments[2]), true) : undefined;
    return r !== undefined ? r : substError(ctx, 'MAX', 1093, baseArgs(arguments));
  },
  MIN(ctx) {
    const r = arguments.length > 2 ? pick(deref(arguments[1]), deref(arguments[2]), false) : undefined;
    return r !== undefined ? r : substError(ctx, 'MIN', 1092, baseArgs(arguments));
  },
};

