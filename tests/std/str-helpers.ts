// Shared by the string-library tests: argument lists written as PRG
// literals, calls of runtime-library functions by name, and results
// described the way the recording program (tables/record.mjs) prints them
// from Harbour.
//
// Arguments are PRG expressions of literals: "..." or '...' strings,
// Chr(n), '+' between strings, numbers as written (1.50 keeps its
// decimals), NIL, .T., .F., 0dYYYYMMDD dates, { ... } arrays and {|| ... }
// blocks (that return 1); an empty place is a NIL argument.

import type { Thread } from '../../runtime/vm/thread.js';
import { HbDate, HbHash, HbNum, HbPointer, type Value } from '../../runtime/values/types.js';
import { numLiteral } from '../../runtime/values/number.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { negate } from '../../runtime/values/ops.js';
import { dateToDigits, digitsToDate } from '../../runtime/values/date.js';
import { E_ARGS, E_FLAGS, E_GENCODE, E_OPERATION, E_SUBCODE, EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE } from '../../runtime/errors/error.js';
import { findCodepage, selectCodepage, EN } from '../../runtime/cdp/registry.js';
import { functions } from '../../std/strings-lib.js';
import { Caught, newThread } from '../values/helpers.js';

/** Parse a PRG argument list of literals into values. */
export function parseArgs(ctx: Thread, text: string): Value[] {
  const p = new LiteralParser(ctx, text);
  const out: Value[] = [];
  if (p.atEnd()) return out;
  for (;;) {
    out.push(p.peek() === ',' || p.atEnd() ? undefined : p.expr());
    if (p.atEnd()) return out;
    p.expect(',');
  }
}

class LiteralParser {
  private i = 0;
  constructor(private readonly ctx: Thread, private readonly s: string) {}

  atEnd(): boolean {
    this.skip();
    return this.i >= this.s.length;
  }

  peek(): string {
    this.skip();
    return this.s[this.i] ?? '';
  }

  expect(c: string): void {
    if (this.peek() !== c) throw new Error(`expected ${c} at ${this.i} in ${this.s}`);
    this.i++;
  }

  private skip(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  expr(): Value {
    let v = this.term();
    while (this.peek() === '+') {
      this.i++;
      v = (v as string) + (this.term() as string);
    }
    return v;
  }

  private term(): Value {
    const c = this.peek();
    const rest = this.s.slice(this.i);
    if (c === '"' || c === "'") {
      const end = this.s.indexOf(c, this.i + 1);
      const v = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return v;
    }
    const blk = /^\{\|\|[^}]*\}/.exec(rest);
    if (blk) {
      this.i += blk[0].length;
      return () => 1;
    }
    if (c === '{') {
      this.i++;
      const items: Value[] = [];
      while (this.peek() !== '}') {
        items.push(this.expr());
        if (this.peek() === ',') this.i++;
      }
      this.i++;
      return items;
    }
    let m = /^Chr\( *(\d+) *\)/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      return String.fromCharCode(Number(m[1]) & 0xff);
    }
    m = /^0d(\d{8})/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return new HbDate(digitsToDate(m[1]));
    }
    m = /^(-?)(\d+(\.\d*)?)/.exec(rest);
    if (m) {
      this.i += m[0].length;
      const n = numLiteral(m[2]);
      return m[1] ? negate(this.ctx, n) : n;
    }
    for (const [word, v] of [['NIL', undefined], ['.T.', true], ['.F.', false]] as const) {
      if (rest.toUpperCase().startsWith(word)) {
        this.i += word.length;
        return v;
      }
    }
    throw new Error(`cannot parse ${rest}`);
  }
}

/** A string as the recorder prints it: printable ASCII as is, other bytes as \xHH. */
function quote(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c > 126 || c === 92 ? '\\x' + c.toString(16).toUpperCase().padStart(2, '0') : s[i];
  }
  return 'C[' + out + ']';
}

/** A result in the recorder's form: N[Str()], C[...], .T./.F., D[DToS()], NIL, {a, b}, H, P, B, O. */
export function describe(v: Value): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || v instanceof HbNum) return 'N[' + numToStr(v) + ']';
  if (typeof v === 'boolean') return v ? '.T.' : '.F.';
  if (v === undefined) return 'NIL';
  if (v instanceof HbDate) return 'D[' + dateToDigits(v.jd) + ']';
  if (Array.isArray(v)) return '{' + v.map(describe).join(', ') + '}';
  if (v instanceof HbHash) return 'H';
  if (v instanceof HbPointer) return 'P';
  return typeof v === 'function' ? 'B' : 'O';
}

function describeError(err: { vars: Value[] }): string {
  const v = err.vars;
  const args = Array.isArray(v[E_ARGS]) ? '{' + (v[E_ARGS] as Value[]).map(describe).join(';') + '}' : '-';
  const f = v[E_FLAGS] as number;
  const flags = (f & EF_CANSUBSTITUTE ? 'S' : '-') + (f & EF_CANDEFAULT ? 'D' : '-') + (f & EF_CANRETRY ? 'R' : '-');
  return `ERR ${v[E_GENCODE] as number}/${v[E_SUBCODE] as number} ${v[E_OPERATION] as string} ${args} ${flags}`;
}

/** A table row: function, argument list, expected result, optional settings ("fixed dec=4 date=dd/mm/yyyy cdp=DE850"). */
export type Row = [fn: string, args: string, expected: string, settings?: string];

/** Apply the settings of a row to a thread. */
function applySettings(ctx: Thread, settings: string): void {
  for (const s of settings.split(' ').filter(Boolean)) {
    const [k, v] = s.split('=');
    if (k === 'fixed') ctx.sets.fixed = true;
    else if (k === 'dec') ctx.sets.decimals = Number(v);
    else if (k === 'exact') ctx.sets.exact = true;
    else if (k === 'date') {
      ctx.sets.put(4, v);
      ctx.sets.century = /yyyy/i.test(v);
    } else if (k === 'cdp') selectCodepage(ctx, findCodepage(v) ?? EN);
    else throw new Error('unknown setting ' + s);
  }
}

/** Run every row and list the ones whose result differs from the recorded one. */
export function runRows(rows: Row[]): string[] {
  const failures: string[] = [];
  for (const [fn, args, expected, settings] of rows) {
    const ctx = newThread();
    if (settings) applySettings(ctx, settings);
    let got: string;
    try {
      const f = functions[fn];
      if (f === undefined) throw new Error('no function ' + fn);
      got = describe(f(ctx, ...parseArgs(ctx, args)));
    } catch (e) {
      if (!(e instanceof Caught)) throw e;
      got = describeError(e.err);
    }
    if (got !== expected) failures.push(`${fn}(${args})${settings ? ' [' + settings + ']' : ''}: expected ${expected}, got ${got}`);
  }
  return failures;
}
