// Macro texts that differ only in the literal arguments of their calls, as
// `&( "f1(" + Str( i ) + ")" )` in a loop makes them, share one compiled
// form. A text is scanned (not parsed) into its shape: the text with every
// number and quoted string cut out, plus the literals in order. The first
// text of a shape is parsed; literals that are plain arguments of a call
// become parameters of the shape's code, the others must recur verbatim.

import type { Expr } from '../../compiler/ast.js';
import { walkExpr } from '../../compiler/walk.js';
import { isReducibleCall } from '../../compiler/reduce-funcs.js';
import { plainInt } from '../../compiler/codegen/expr.js';
import { numLiteral } from '../values/number.js';
import type { Value } from '../values/types.js';

/** A scanned text: its shape key and its literals (numbers as text, strings without quotes). */
export interface Scan {
  key: string;
  lits: string[];
  /** per literal: a number (else a string) */
  nums: boolean[];
}

/** Compiled code of a shape: `mk` holds the parameter literals' values. */
export type ShapeFn = (ctx: never, v: undefined, mk: Value[]) => Value;

export interface Shape {
  fn: ShapeFn;
  /** per literal: true when it is a parameter, else the text it must have */
  params: (true | string)[];
}

const NUM = '\u0001';
const STR = '\u0002';

function identChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function digit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Scan a macro text; null when it has no literals or holds anything the
 * scanner does not take apart safely ([ ] strings, prefixed strings, hex,
 * dates, numbers that start with a dot).
 */
export function scanShape(text: string): Scan | null {
  const n = text.length;
  let key = '';
  let from = 0;
  let lits: string[] | null = null;
  const nums: boolean[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (identChar(c) && !digit(c)) {
      i++;
      while (i < n && identChar(text.charCodeAt(i))) i++;
      const q = text.charCodeAt(i);
      if (q === 34 || q === 39) return null; // e"..", t"..", d"..": not plain strings
      continue;
    }
    if (digit(c)) {
      const start = i;
      while (i < n && digit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && digit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && digit(text.charCodeAt(i))) i++;
      }
      if (i < n && (identChar(text.charCodeAt(i)) || (text.charCodeAt(i) === 46 && digit(text.charCodeAt(i + 1))))) return null;
      key += text.slice(from, start) + NUM;
      from = i;
      (lits ??= []).push(text.slice(start, i));
      nums.push(true);
      continue;
    }
    if (c === 34 || c === 39) {
      const end = text.indexOf(text[i], i + 1);
      if (end < 0) return null;
      key += text.slice(from, i) + STR;
      (lits ??= []).push(text.slice(i + 1, end));
      nums.push(false);
      i = end + 1;
      from = i;
      continue;
    }
    if (c === 32 || c === 9) {
      // runs of blanks are one blank: Str()'s padding does not split a shape
      key += text.slice(from, i) + ' ';
      while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      from = i;
      continue;
    }
    if (c === 91 || c === 0 || c === 1 || c === 2 || (c === 46 && digit(text.charCodeAt(i + 1)))) return null;
    i++;
  }
  if (lits === null) return null;
  return { key: key + text.slice(from), lits, nums };
}

/**
 * Turn a parsed text into its shape's tree: the literals that are plain
 * call arguments become parameter reads. Returns the per-literal plan, or
 * null when the tree's literals do not line up with the scanned ones (the
 * reducer folded some, or a construct visits them out of order).
 */
export function shapeTree(e: Expr, scan: Scan): (true | string)[] | null {
  const args = new Set<Expr>();
  const lits: Expr[] = [];
  let ok = true;
  walkExpr(e, (x) => {
    if (x.k === 'hash') ok = false;
    else if (x.k === 'num' || x.k === 'str') lits.push(x);
    else if (x.k === 'call' && !isReducibleCall(x.name)) {
      for (const a of x.args) if (a !== null && (a.k === 'num' || a.k === 'str')) args.add(a);
    }
  });
  if (!ok || lits.length !== scan.lits.length) return null;
  for (let i = 0; i < lits.length; i++) {
    const x = lits[i];
    if ((x.k === 'num' ? x.text : x.k === 'str' ? x.v : null) !== scan.lits[i]) return null;
  }
  if (!lits.some((x) => args.has(x))) return null;
  let p = 0;
  return lits.map((x, i) => {
    if (!args.has(x)) return scan.lits[i];
    Object.assign(x, { k: 'js', code: `mk[${p++}]` });
    return true;
  });
}

/** The parameter values of a scanned text for a shape, or null when a fixed literal differs. */
export function shapeArgs(shape: Shape, scan: Scan): Value[] | null {
  const out: Value[] = [];
  const { params } = shape;
  const { lits, nums } = scan;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const t = lits[i];
    if (p === true) out.push(nums[i] ? numValue(t) : t);
    else if (p !== t) return null;
  }
  return out;
}

/**
 * The parameter values of `text` when it has the shape whose key is `key`,
 * else null: scanShape and shapeArgs in one pass that builds no key, for
 * the texts a loop makes one after another.
 */
export function matchShape(text: string, shape: Shape, key: string): Value[] | null {
  const { params } = shape;
  const n = text.length;
  const kn = key.length;
  const out: Value[] = [];
  let i = 0;
  let k = 0;
  let lit = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (identChar(c) && !digit(c)) {
      do {
        if (key.charCodeAt(k) !== text.charCodeAt(i)) return null;
        i++;
        k++;
      } while (i < n && identChar(text.charCodeAt(i)));
      const q = text.charCodeAt(i);
      if (q === 34 || q === 39) return null;
      continue;
    }
    if (digit(c)) {
      if (key.charCodeAt(k++) !== 1 || lit >= params.length) return null;
      const start = i;
      let v = 0;
      while (i < n && digit(text.charCodeAt(i))) v = v * 10 + text.charCodeAt(i++) - 48;
      let whole = i - start <= 9;
      if (text.charCodeAt(i) === 46 && digit(text.charCodeAt(i + 1))) {
        whole = false;
        i++;
        while (i < n && digit(text.charCodeAt(i))) i++;
      }
      if (i < n && (identChar(text.charCodeAt(i)) || (text.charCodeAt(i) === 46 && digit(text.charCodeAt(i + 1))))) return null;
      const p = params[lit++];
      if (p === true) out.push(whole ? v : numValue(text.slice(start, i)));
      else if (p !== text.slice(start, i)) return null;
      continue;
    }
    if (c === 34 || c === 39) {
      const end = text.indexOf(text[i], i + 1);
      if (end < 0 || key.charCodeAt(k++) !== 2 || lit >= params.length) return null;
      const p = params[lit++];
      const t = text.slice(i + 1, end);
      if (p === true) out.push(t);
      else if (p !== t) return null;
      i = end + 1;
      continue;
    }
    if (c === 32 || c === 9) {
      if (key.charCodeAt(k++) !== 32) return null;
      while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      continue;
    }
    if (c === 91 || c === 0 || c === 1 || c === 2 || (c === 46 && digit(text.charCodeAt(i + 1)))) return null;
    if (key.charCodeAt(k++) !== c) return null;
    i++;
  }
  return k === kn && lit === params.length ? out : null;
}

/** A number literal's value, as compiled code has it. */
function numValue(t: string): Value {
  return plainInt(t) ? Number(t) : numLiteral(t);
}
