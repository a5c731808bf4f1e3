// Transform() of numbers: the value laid out in a field as wide as the
// picture's digit positions (9 # $ *), then the picture's characters
// filled from it, with the @( @) @C @X @L @E functions applied.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum } from '../runtime/values/types.js';
import { formatNum, numToStr } from '../runtime/values/numfmt.js';
import { isIntLike, mkNum, numDec, numLen } from '../runtime/values/number.js';
import {
  PF_CREDIT, PF_DEBIT, PF_EMPTY, PF_EXCHANGE, PF_PADL, PF_PARNEG, PF_PARNEGWOS,
} from './transform-flags.js';

const isDigitPlace = (c: string) => c === '9' || c === '#' || c === '$' || c === '*';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNonZeroDigit = (c: string | undefined) => c !== undefined && c >= '1' && c <= '9';

/** The result of formatting: the text, and where @B stops trimming (after a leading '('). */
export interface NumResult {
  text: string;
  offset: number;
  flags: number;
}

/**
 * What a template gives every number: the width and decimals of its digit
 * places (0 width: none), and its fill plans once made (for the template's
 * own width, without and with @E).
 */
interface Layout {
  readonly pic: string;
  readonly width: number;
  readonly dec: number;
  plain: FillPlan | undefined;
  exchanged: FillPlan | undefined;
}

const layouts = new Map<string, Layout>();
// the two templates used last: a loop alternating two pictures finds them without a lookup
let recent1: Layout | undefined;
let recent2: Layout | undefined;

function layoutFor(pic: string): Layout {
  if (recent1 !== undefined && recent1.pic === pic) return recent1;
  let lay = recent2 !== undefined && recent2.pic === pic ? recent2 : layouts.get(pic);
  if (lay === undefined) {
    lay = measure(pic);
    if (layouts.size > 1000) layouts.clear();
    layouts.set(pic, lay);
  }
  recent2 = recent1;
  recent1 = lay;
  return lay;
}

function measure(pic: string): Layout {
  let width = 0;
  let dec = 0;
  for (let i = 0; i < pic.length; i++) {
    if (pic[i] === '.') {
      while (++i < pic.length) {
        if (isDigitPlace(pic[i])) {
          width++;
          dec++;
        }
      }
      if (dec > 0) width++;
      break;
    }
    if (isDigitPlace(pic[i])) width++;
  }
  return { pic, width, dec, plain: undefined, exchanged: undefined };
}

/** The absolute value of a numeric (for the @( @) @X functions). */
function negated(v: number | HbNum): number | HbNum {
  if (typeof v === 'number') return -v;
  return mkNum(-v.n, v.len, v.dec);
}

// How each character of a picture is filled from the laid-out number, made
// once per picture (and number width and @E): which character of the
// number goes where does not depend on the number's value.
const P_DIGIT = 0; // the number's character `arg`
const P_LIT = 1; // the character `arg`
const P_FILL = 2; // $ or *: the number's character `arg`, or `fill` where that is blank
const P_SEP = 3; // a ',' between digits: `arg`, or what the character before it calls for

interface FillPlan {
  readonly width: number;
  readonly exchange: boolean;
  readonly kind: Uint8Array;
  readonly arg: Int32Array;
  readonly fill: Uint16Array;
  /** the picture takes the number's characters unchanged, one for one */
  readonly copy: boolean;
}

function makePlan(pic: string, width: number, exchange: boolean): FillPlan {
  const n = pic.length;
  const kind = new Uint8Array(n);
  const arg = new Int32Array(n);
  const fill = new Uint16Array(n);
  let copy = n === width;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = pic[i];
    if (c === '9' || c === '#') {
      if (k < width) {
        kind[i] = P_DIGIT;
        arg[i] = k++;
      } else {
        kind[i] = P_LIT;
        arg[i] = 32;
      }
    } else if (c === '$' || c === '*') {
      if (k < width) {
        kind[i] = P_FILL;
        arg[i] = k++;
        fill[i] = c.charCodeAt(0);
      } else {
        kind[i] = P_LIT;
        arg[i] = 32;
      }
    } else if (c === '.' && k < width) {
      kind[i] = P_LIT;
      arg[i] = exchange ? 44 : 46;
      k++;
    } else if (c === ',' && i > 0 && k < width) {
      kind[i] = P_SEP;
      arg[i] = exchange ? 46 : 44;
    } else {
      kind[i] = P_LIT;
      arg[i] = c.charCodeAt(0);
    }
    if (kind[i] !== P_DIGIT) copy = false;
  }
  return { width, exchange, kind, arg, fill, copy };
}

// the plan of each picture, for the width and @E it was last used with
// (templates without digit places, whose width comes from the number)
const plans = new Map<string, FillPlan>();

function planFor(lay: Layout, width: number, exchange: boolean): FillPlan {
  if (width === lay.width) {
    // the template's own width: kept with its layout
    if (exchange) return lay.exchanged ?? (lay.exchanged = makePlan(lay.pic, width, true));
    return lay.plain ?? (lay.plain = makePlan(lay.pic, width, false));
  }
  const pic = lay.pic;
  let plan = plans.get(pic);
  if (plan === undefined || plan.width !== width || plan.exchange !== exchange) {
    plan = makePlan(pic, width, exchange);
    if (plans.size > 1000) plans.clear();
    plans.set(pic, plan);
  }
  return plan;
}

// character-code arrays of each length, reused to build the result
const codeArrays: Array<number[] | undefined> = [];

function codeArray(n: number): number[] {
  return codeArrays[n] ?? (codeArrays[n] = new Array<number>(n).fill(0));
}

/** Fill the picture's characters from the laid-out number (`width` characters). */
function fillPicture(lay: Layout, digits: string, width: number, exchange: boolean): string {
  const plan = planFor(lay, width, exchange);
  if (plan.copy) return digits;
  const kind = plan.kind;
  const arg = plan.arg;
  const fill = plan.fill;
  const n = kind.length;
  const out = codeArray(n);
  for (let i = 0; i < n; i++) {
    const t = kind[i];
    if (t === P_DIGIT) {
      out[i] = digits.charCodeAt(arg[i]);
    } else if (t === P_LIT) {
      out[i] = arg[i];
    } else if (t === P_FILL) {
      const d = digits.charCodeAt(arg[i]);
      out[i] = d === 32 ? fill[i] : d;
    } else {
      // a separator after a digit; before the first digit it repeats
      // what precedes it, and a sign moves onto it
      const prev = out[i - 1];
      if (prev >= 48 && prev <= 57) {
        out[i] = arg[i];
      } else if (prev === 45) {
        out[i - 1] = i > 1 && out[i - 2] !== 36 ? out[i - 2] : 32;
        out[i] = 45;
      } else {
        out[i] = prev;
      }
    }
  }
  return String.fromCharCode.apply(null, out);
}

/** Whether position `i` holds a digit of the number rather than a literal of the picture. */
function isNumberDigit(out: string[], pic: string, i: number, from0 = false): boolean {
  const c = out[i];
  const ok = from0 ? isDigit(c) : isNonZeroDigit(c);
  return ok && (pic.length === 0 || pic[i] === '9' || pic[i] !== c);
}

/** Enclose a negative number in parentheses (@) keeps the leading blanks before '('). */
function parenthesize(out: string[], pic: string, flags: number): number {
  if (flags & PF_PARNEGWOS) {
    let k = 0;
    if (pic.length > 0 && out.length > 1 && pic[0] === out[0] && (pic[0] === '*' || pic[0] === '$') && out[1] === ' ') k++;
    while (k + 1 < out.length && out[k + 1] === ' ') k++;
    if (isNumberDigit(out, pic, k)) {
      // no room for '(': the digits it displaces become stars
      out[k] = '(';
      for (++k; k < out.length; k++) if (isNumberDigit(out, pic, k, true)) out[k] = '*';
    } else {
      out[k] = '(';
    }
    out.push(')');
    return 0;
  }
  if (isNumberDigit(out, pic, 0)) {
    for (let k = 1; k < out.length; k++) if (isNumberDigit(out, pic, k, true)) out[k] = '*';
  }
  out[0] = '(';
  out.push(')');
  return 1;
}

// the result of the last call (read at once by the caller: nothing is allocated for it)
const result: NumResult = { text: '', offset: 0, flags: 0 };

/**
 * Transform() of a numeric value with picture functions `flags` and
 * template `pic`. The result object is reused by the next call.
 */
export function transformNumber(ctx: Thread, v: number | HbNum, flags: number, pic: string): NumResult {
  const lay = layoutFor(pic);
  const width = lay.width;
  // the common pictures in a few steps: digit places for the number, and
  // no function that changes its digits or adds to them
  if (width !== 0 && (flags & PF_RESHAPE) === 0 && !(lay.dec > 0 && width - lay.dec === 1)) {
    if ((typeof v === 'number' ? v : v.n) !== 0) flags &= ~PF_EMPTY;
    result.text = fillPicture(lay, formatNum(v, width, lay.dec), width, (flags & PF_EXCHANGE) !== 0);
    result.offset = 0;
    result.flags = flags;
    return result;
  }
  return transformAny(ctx, v, flags, pic, lay);
}

/** The functions that change the laid-out digits or add to them. */
const PF_RESHAPE = PF_PADL | PF_DEBIT | PF_CREDIT | PF_PARNEG | PF_PARNEGWOS;

/** transformNumber() for any picture. */
function transformAny(ctx: Thread, v: number | HbNum, flags: number, pic: string, lay: Layout): NumResult {
  const d = typeof v === 'number' ? v : v.n;
  let width = lay.width;
  let dec = lay.dec;
  let dropLead = false;
  if (width === 0) {
    width = numLen(v);
    dec = numDec(v);
    if (ctx.sets.fixed) {
      if (isIntLike(v)) width += 2 + (ctx.sets.decimals << 1);
      else dec = ctx.sets.decimals;
    }
    if (dec > 0) width += dec + 1;
  } else if (dec > 0 && width - dec === 1) {
    // only decimals: lay out with a leading zero, then drop it
    dropLead = true;
    width++;
  }
  let value = v;
  if ((flags & (PF_DEBIT | PF_PARNEG | PF_PARNEGWOS)) && d < 0) value = negated(v);
  if (d !== 0) flags &= ~PF_EMPTY;

  let digits = formatNum(value, width, dec);
  if (dropLead) {
    width--;
    digits = digits[0] !== '0' ? '.' + '*'.repeat(width - 1) : digits.slice(1, width + 1);
  }
  if (flags & PF_PADL) {
    let i = 0;
    while (i < digits.length && digits[i] === ' ') i++;
    digits = '0'.repeat(i) + digits.slice(i);
    if (i > 0 && digits[i] === '-') digits = '-' + digits.slice(1, i) + '0' + digits.slice(i + 1);
  }

  let text: string;
  if (pic.length === 0) {
    if (flags & PF_EXCHANGE) {
      const dot = digits.indexOf('.');
      if (dot >= 0 && dot < width) digits = digits.slice(0, dot) + ',' + digits.slice(dot + 1);
    }
    text = digits;
  } else {
    text = fillPicture(lay, digits, width, (flags & PF_EXCHANGE) !== 0);
  }

  let offset = 0;
  if (d < 0) {
    if (flags & (PF_PARNEGWOS | PF_PARNEG)) {
      const out = text.split('');
      offset = parenthesize(out, pic, flags);
      text = out.join('');
    }
    if (flags & PF_DEBIT) text += ' DB';
  } else if ((flags & PF_CREDIT) && d > 0) {
    text += ' CR';
  }
  result.text = text;
  result.offset = offset;
  result.flags = flags;
  return result;
}

/**
 * Transform() of a number with no picture: its Str() text; with SET FIXED
 * ON an integer gets room for SET DECIMALS places on both sides, others
 * show SET DECIMALS places.
 */
export function numberDefault(ctx: Thread, v: number | HbNum): string {
  if (!ctx.sets.fixed) return numToStr(v);
  if (isIntLike(v)) return formatNum(v, numLen(v) + 2 + (ctx.sets.decimals << 1), 0);
  return numToStr(v, undefined, ctx.sets.decimals);
}
