// Shared by the tests of the numeric, date, array, hash, type, Set() and
// JSON functions: each table row is a PRG expression, evaluated here
// through the macro compiler with the runtime library loaded, and the
// result described the way the recording program (tables/expr-record.mjs)
// prints it from Harbour: N[Str()], C[text], D[DToS()], T[hb_TToS()],
// {a, b} for arrays, {k=>v, ...} for hashes, B, O[class], S[name], P, NIL,
// .T./.F.; an error as ERR gen/sub operation {args} flags.

import { VM } from '../../runtime/vm/vm.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { registerStd } from '../../std/registry.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import {
  HbDate, HbHash, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value,
} from '../../runtime/values/types.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { dateToDigits } from '../../runtime/values/date.js';
import { tsToDigits } from '../../runtime/values/timestamp.js';
import {
  E_ARGS, E_FLAGS, E_GENCODE, E_OPERATION, E_SUBCODE, EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE,
} from '../../runtime/errors/error.js';

/** An error the test error block caught, carried out as an exception. */
class Caught {
  constructor(readonly err: HbObject) {}
}

/** A table row: PRG expression, expected description, optional settings ("dec=4 fixed exact date=dd/mm/yyyy epoch=1950"). */
export type Row = [expr: string, expected: string, settings?: string];

let vm: VM | undefined;

/** A thread of a VM with the runtime library, whose error block throws the error. */
function thread(): Thread {
  if (vm === undefined) {
    vm = new VM();
    registerStd(vm);
  }
  const ctx = vm.main;
  ctx.errorBlock = (_ctx: Thread, err: Value) => {
    throw new Caught(err as HbObject);
  };
  return ctx;
}

function quote(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c > 126 || c === 92 ? '\\x' + c.toString(16).toUpperCase().padStart(2, '0') : s[i];
  }
  return 'C[' + out + ']';
}

/** A value as the recorder describes it. */
export function describe(v: Value): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || v instanceof HbNum) return 'N[' + numToStr(v) + ']';
  if (typeof v === 'boolean') return v ? '.T.' : '.F.';
  if (v === undefined) return 'NIL';
  if (v instanceof HbDate) return 'D[' + dateToDigits(v.jd) + ']';
  if (v instanceof HbTimestamp) return 'T[' + tsToDigits(v.jd, v.ms) + ']';
  if (Array.isArray(v)) return '{' + v.map(describe).join(', ') + '}';
  if (v instanceof HbHash) return '{' + v.keys.map((k, i) => describe(k) + '=>' + describe(v.values[i])).join(', ') + '}';
  if (v instanceof HbObject) return 'O[' + v.cls.name + ']';
  if (v instanceof HbSymbol) return 'S[' + v.sym.name + ']';
  if (v instanceof HbPointer) return 'P';
  return 'B';
}

function describeError(err: HbObject): string {
  const v = err.vars;
  const args = Array.isArray(v[E_ARGS]) ? '{' + (v[E_ARGS] as Value[]).map(describe).join(';') + '}' : '-';
  const f = v[E_FLAGS] as number;
  const flags = (f & EF_CANSUBSTITUTE ? 'S' : '-') + (f & EF_CANDEFAULT ? 'D' : '-') + (f & EF_CANRETRY ? 'R' : '-');
  return `ERR ${v[E_GENCODE] as number}/${v[E_SUBCODE] as number} ${v[E_OPERATION] as string} ${args} ${flags}`;
}

const DEFAULTS: Array<[number, Value]> = [[1, false], [2, false], [3, 2], [4, 'mm/dd/yy'], [5, 1900], [116, 'hh:mm:ss.fff']];

function applySettings(ctx: Thread, settings: string): void {
  for (const [n, v] of DEFAULTS) ctx.sets.put(n, v);
  ctx.sets.century = false;
  for (const s of settings.split(' ').filter(Boolean)) {
    const [k, v] = s.split('=');
    if (k === 'fixed') ctx.sets.put(2, true);
    else if (k === 'exact') ctx.sets.put(1, true);
    else if (k === 'dec') ctx.sets.put(3, Number(v));
    else if (k === 'epoch') ctx.sets.put(5, Number(v));
    else if (k === 'date') {
      ctx.sets.put(4, v);
      ctx.sets.century = /yyyy/i.test(v);
    } else throw new Error('unknown setting ' + s);
  }
}

/** Evaluate one row's expression and describe its result (or its error). */
export function evalRow(expr: string, settings = ''): string {
  const ctx = thread();
  applySettings(ctx, settings);
  const sp = ctx.sp;
  try {
    const fn = compileMacro(ctx, expr);
    if (fn === null) throw new Error('does not compile: ' + expr);
    return describe(fn(ctx));
  } catch (e) {
    if (!(e instanceof Caught)) throw e;
    ctx.unwind(sp);
    return describeError(e.err);
  }
}

/** Run every row and list the ones whose result differs from the recorded one. */
export function runRows(rows: Row[]): string[] {
  const failures: string[] = [];
  for (const [expr, expected, settings] of rows) {
    const got = evalRow(expr, settings);
    if (got !== expected) failures.push(`${expr}${settings ? ' [' + settings + ']' : ''}: expected ${expected}, got ${got}`);
  }
  return failures;
}
