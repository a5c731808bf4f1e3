// Bit operations on 64-bit integers (hb_bitAnd ... hb_bitShift) and
// hexadecimal numbers (hb_NumToHex, hb_HexToNum).
//
// Harbour reads each operand as a signed 64-bit integer (a double is
// truncated). Operands that fit in 32 bits use JavaScript's bit operators,
// whose two's complement results agree with the 64-bit ones; anything
// larger goes through BigInt.

import type { Thread } from '../runtime/vm/thread.js';
import { HbLong, type HbNum, type Value } from '../runtime/values/types.js';
import { longOf } from '../runtime/values/number.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, isNum, numVal, substError } from './param.js';

const INT64_MIN = -9223372036854775808;

/** A numeric operand as C's conversion to a 64-bit integer makes it (out of range: the minimum). */
function toInt64(v: Value): number {
  const n = Math.trunc(numVal(v));
  return n >= -INT64_MIN || n < INT64_MIN || Number.isNaN(n) ? INT64_MIN : n;
}

/** The same conversion, exact: a 64-bit integer item keeps all its digits. */
function toBig(v: number | HbNum): bigint {
  return v instanceof HbLong ? v.big : BigInt(toInt64(v));
}

/** An operand that the 32-bit operators take exactly. */
const isInt32 = (v: number | HbNum): v is number => typeof v === 'number' && v >= -2147483648 && v <= 2147483647 &&
  Number.isInteger(v);

/** A 64-bit integer result as a numeric, exact past 2^53. */
function intResult(r: bigint): Value {
  return longOf(BigInt.asIntN(64, r)) as number | HbLong;
}

/** The first `count` arguments (dereferenced), or undefined when one is not numeric. */
function operands(args: IArguments, count: number): Array<number | HbNum> | undefined {
  const ops: Array<number | HbNum> = [];
  for (let i = 1; i <= count; i++) {
    const v = deref(args[i]);
    if (!isNum(v)) return undefined;
    ops.push(v);
  }
  return ops;
}

/** The argument error of a bit function; its substitute becomes the result. */
function bitError(ctx: Thread, fn: string, args: IArguments): Value {
  return substError(ctx, fn, 1089, baseArgs(args));
}

type Fold = (a: number, b: number) => number;
type BigFold = (a: bigint, b: bigint) => bigint;

/** hb_bitAnd/Or/Xor: the operation over all the arguments (at least two). */
function fold(ctx: Thread, fn: string, args: IArguments, op: Fold, bigOp: BigFold): Value {
  const n = Math.max(args.length - 1, 2);
  const ops = operands(args, n);
  if (ops === undefined) return bitError(ctx, fn, args);
  if (ops.every(isInt32)) {
    let r = ops[0] as number;
    for (let i = 1; i < ops.length; i++) r = op(r, ops[i] as number);
    return r;
  }
  let r = toBig(ops[0]);
  for (let i = 1; i < ops.length; i++) r = bigOp(r, toBig(ops[i]));
  return intResult(r);
}

/** A value with bit `bit` (taken modulo 64, as the processor shifts) set, cleared or tested. */
function bitMask(bit: number): bigint {
  return 1n << BigInt(((bit % 64) + 64) % 64);
}

export const functions: StdModule = {
  HB_BITAND(ctx) {
    return fold(ctx, 'HB_BITAND', arguments, (a, b) => a & b, (a, b) => a & b);
  },
  HB_BITOR(ctx) {
    return fold(ctx, 'HB_BITOR', arguments, (a, b) => a | b, (a, b) => a | b);
  },
  HB_BITXOR(ctx) {
    return fold(ctx, 'HB_BITXOR', arguments, (a, b) => a ^ b, (a, b) => a ^ b);
  },
  HB_BITNOT(ctx) {
    const ops = operands(arguments, 1);
    if (ops === undefined) return bitError(ctx, 'HB_BITNOT', arguments);
    const v = ops[0];
    return isInt32(v) ? ~v : intResult(~toBig(v));
  },
  HB_BITTEST(ctx) {
    const ops = operands(arguments, 2);
    if (ops === undefined) return bitError(ctx, 'HB_BITTEST', arguments);
    return (toBig(ops[0]) & bitMask(toInt64(ops[1]))) !== 0n;
  },
  HB_BITSET(ctx) {
    const ops = operands(arguments, 2);
    if (ops === undefined) return bitError(ctx, 'HB_BITSET', arguments);
    return intResult(toBig(ops[0]) | bitMask(toInt64(ops[1])));
  },
  HB_BITRESET(ctx) {
    const ops = operands(arguments, 2);
    if (ops === undefined) return bitError(ctx, 'HB_BITRESET', arguments);
    return intResult(toBig(ops[0]) & ~bitMask(toInt64(ops[1])));
  },
  HB_BITSHIFT(ctx) {
    const ops = operands(arguments, 2);
    if (ops === undefined) return bitError(ctx, 'HB_BITSHIFT', arguments);
    const v = toBig(ops[0]);
    const bits = toInt64(ops[1]);
    const count = BigInt(((Math.abs(bits) % 64) + 64) % 64);
    return intResult(bits < 0 ? v >> count : v << count);
  },
  HB_NUMTOHEX(ctx, v, len) {
    v = deref(v);
    len = deref(len);
    if (!isNum(v)) return substError(ctx, 'HB_NUMTOHEX', 3012, baseArgs(arguments));
    const s = BigInt.asUintN(64, toBig(v)).toString(16).toUpperCase();
    if (!isNum(len)) return s;
    const width = Math.min(Math.max(Math.trunc(numVal(len)), 1), 32);
    return s.length >= width ? s.slice(s.length - width) : '0'.repeat(width - s.length) + s;
  },
  HB_HEXTONUM(ctx, s) {
    s = deref(s);
    if (typeof s !== 'string') return substError(ctx, 'HB_HEXTONUM', 3012, baseArgs(arguments));
    let i = 0;
    while (s.charCodeAt(i) === 32) i++;
    let r = 0n;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (d < 0) return 0;
      r = BigInt.asUintN(64, (r << 4n) + BigInt(d));
    }
    return intResult(r);
  },
};
