// Shared by the value tests: a thread, operands built from the table specs,
// and a description of a result in the same form as the expected tables
// (type, Str()/DToS()/hb_TToS() text, or the raised error).

import { VM } from '../../runtime/vm/vm.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { HbDate, HbNum, HbObject, HbTimestamp, type Value, valType } from '../../runtime/values/types.js';
import { numLiteral, valOf } from '../../runtime/values/number.js';
import { numToStr, hbNtos } from '../../runtime/values/numfmt.js';
import { div, negate } from '../../runtime/values/ops.js';
import { dateToDigits, digitsToDate } from '../../runtime/values/date.js';
import { digitsToTs, tsToDigits } from '../../runtime/values/timestamp.js';
import { E_ARGS, E_FLAGS, E_GENCODE, E_OPERATION, E_SUBCODE, EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE } from '../../runtime/errors/error.js';
import { newHash } from '../../runtime/hash.js';

/** An error the test error block caught, carried out as an exception. */
export class Caught {
  constructor(readonly err: HbObject) {}
}

/** A fresh thread whose error block throws the error object (like BEGIN SEQUENCE WITH Break). */
export function newThread(): Thread {
  const ctx = new VM().main;
  ctx.errorBlock = (_ctx: Thread, err: Value) => {
    throw new Caught(err as HbObject);
  };
  return ctx;
}

/** The value a table operand spec stands for (see the tables' headers). */
export function operand(ctx: Thread, spec: string): Value {
  const i = spec.indexOf(':');
  const k = i < 0 ? spec : spec.slice(0, i);
  const t = i < 0 ? '' : spec.slice(i + 1);
  switch (k) {
    case 'lit': return numLiteral(t);
    case 'neg': return negate(ctx, numLiteral(t));
    case 'val': return valOf(t);
    case 'div': {
      const [a, b] = t.split('/');
      return div(ctx, numLiteral(a), numLiteral(b));
    }
    case 'str': return t;
    case 'date': return new HbDate(digitsToDate(t));
    case 'ts': return digitsToTs(t);
    case 'nil': return undefined;
    case 'true': return true;
    case 'false': return false;
    case 'arr': return [1, 2];
    case 'hash': return newHash(['a'], [1]);
    case 'blk': return () => 1;
  }
  throw new Error('unknown operand ' + spec);
}

/** A value in the form of the tables: N[Str()], C[...], .T., D[DToS()], T[hb_TToS()], NIL, or the type letter. */
export function describe(v: Value): string {
  switch (valType(v)) {
    case 'N': return 'N[' + numToStr(v as number | HbNum) + ']';
    case 'C': return 'C[' + (v as string) + ']';
    case 'L': return v ? '.T.' : '.F.';
    case 'D': return 'D[' + dateToDigits((v as HbDate).jd) + ']';
    case 'T': return 'T[' + tsToDigits((v as HbTimestamp).jd, (v as HbTimestamp).ms) + ']';
    case 'U': return 'NIL';
    default: return valType(v);
  }
}

/** An error in the form of the tables: genCode/subCode, operation, arguments and flags. */
export function describeError(err: HbObject): string {
  const v = err.vars;
  const args = Array.isArray(v[E_ARGS]) ? '{' + (v[E_ARGS] as Value[]).map(describe).join(';') + '}' : '-';
  const f = v[E_FLAGS] as number;
  const flags = (f & EF_CANSUBSTITUTE ? 'S' : '-') + (f & EF_CANDEFAULT ? 'D' : '-') + (f & EF_CANRETRY ? 'R' : '-');
  return `ERR ${hbNtos(v[E_GENCODE] as number)}/${hbNtos(v[E_SUBCODE] as number)} ${v[E_OPERATION] as string} ${args} ${flags}`;
}

/** Run `f` and describe its result or the error it raised. */
export function evalDescribed(f: () => Value): string {
  try {
    return describe(f());
  } catch (e) {
    if (e instanceof Caught) return describeError(e.err);
    throw e;
  }
}
