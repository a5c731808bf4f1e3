// A database table of the tests: rows of [PRG expression, Harbour's result]
// evaluated in order in one session whose current directory holds fresh
// copies of the Harbour fixtures; a result is described the way the
// recorder (tables/record.mjs) prints it from Harbour: N[Str()], C[text]
// with bytes outside 32..126 and the backslash as \xHH, D[DToS()],
// T[hb_TToS()], .T./.F., NIL, {a, b} for arrays; an error as
// ERR subsystem gen/sub operation [description] os osCode flags.

import * as fs from 'node:fs';
import { FIXTURES, RuntimeError, Session } from './session.js';
import { HbDate, HbNum, HbTimestamp, type Value } from '../../runtime/values/types.js';
import { numToStr } from '../../runtime/values/numfmt.js';
import { dateToDigits } from '../../runtime/values/date.js';
import { tsToDigits } from '../../runtime/values/timestamp.js';
import {
  E_DESCRIPTION, E_FLAGS, E_GENCODE, E_OPERATION, E_OSCODE, E_SUBCODE, E_SUBSYSTEM,
  EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE,
} from '../../runtime/errors/error.js';

export type Row = [expr: string, expected: string];

function quote(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 32 || c > 126 || c === 92 ? '\\x' + c.toString(16).toUpperCase().padStart(2, '0') : s[i];
  }
  return 'C[' + out + ']';
}

export function describe(v: Value): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || v instanceof HbNum) return 'N[' + numToStr(v) + ']';
  if (typeof v === 'boolean') return v ? '.T.' : '.F.';
  if (v === undefined) return 'NIL';
  if (v instanceof HbDate) return 'D[' + dateToDigits(v.jd) + ']';
  if (v instanceof HbTimestamp) return 'T[' + tsToDigits(v.jd, v.ms) + ']';
  if (Array.isArray(v)) return '{' + v.map(describe).join(', ') + '}';
  return typeof v;
}

function describeError(e: RuntimeError): string {
  const v = e.err.vars;
  const f = v[E_FLAGS] as number;
  const flags = (f & EF_CANSUBSTITUTE ? 'S' : '-') + (f & EF_CANDEFAULT ? 'D' : '-') + (f & EF_CANRETRY ? 'R' : '-');
  return `ERR ${String(v[E_SUBSYSTEM])} ${String(v[E_GENCODE])}/${String(v[E_SUBCODE])} ${String(v[E_OPERATION])}` +
    ` [${String(v[E_DESCRIPTION])}] os ${String(v[E_OSCODE])} ${flags}`;
}

/**
 * Run `rows` in a scratch directory holding copies of every fixture; the
 * rows whose result differs from the recorded one, described. The session
 * is handed to `after` (still in that directory) before it is closed.
 */
export function runRows(rows: Row[], after?: (s: Session) => void): string[] {
  const s = new Session(fs.readdirSync(FIXTURES));
  const home = process.cwd();
  process.chdir(s.dir);
  const failures: string[] = [];
  try {
    for (const [expr, expected] of rows) {
      let got: string;
      try {
        got = describe(s.ev(expr));
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        got = describeError(e);
      }
      if (got !== expected) failures.push(`${expr}: expected ${expected}, got ${got}`);
    }
    after?.(s);
  } finally {
    process.chdir(home);
    s.close();
  }
  return failures;
}
