// The secure random functions: hb_Rand32, hb_RandNum, hb_RandInt,
// hb_RandStr. They draw from the operating system's generator (Harbour
// uses arc4random) rather than the seeded sequence of hb_Random().

import { randomBytes, randomFillSync } from 'node:crypto';
import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { mkNum } from '../runtime/values/number.js';
import { deref, intVal, isNum, numVal } from './param.js';
import type { StdModule } from './registry.js';

const U32_MAX = 0xffffffff;
const word = new Uint32Array(1);

function rand32(): number {
  randomFillSync(word);
  return word[0];
}

/** A number in 0..1, both ends included (the 32-bit draw over its maximum). */
function randUnit(): number {
  return rand32() / U32_MAX;
}

/** An integer argument as hb_parnint reads it: truncated, 0 when not numeric. */
function intArg(v: Value): number {
  return Math.trunc(intVal(v));
}

export const functions: StdModule = {
  HB_RAND32() {
    return rand32();
  },
  HB_RANDNUM(ctx: Thread, a, b) {
    const r = randUnit();
    const x = deref(a);
    const y = deref(b);
    let n: number;
    if (!isNum(x)) {
      n = r;
    } else if (!isNum(y)) {
      n = r * numVal(x);
    } else {
      let lo = numVal(y);
      let hi = numVal(x);
      if (lo > hi) [lo, hi] = [hi, lo];
      n = r * (hi - lo) + lo;
    }
    return mkNum(n, 0, ctx.sets.decimals) as Value;
  },
  HB_RANDINT(_ctx, a, b) {
    const r = randUnit();
    const x = deref(a);
    const y = deref(b);
    if (!isNum(x)) return r >= 0.5 ? 0 : 1;
    if (!isNum(y)) return Math.trunc(1 + r * intArg(x));
    let lo = intArg(x);
    let hi = intArg(y);
    if (lo > hi) [lo, hi] = [hi, lo];
    return Math.trunc(lo + r * (hi - lo + 1));
  },
  HB_RANDSTR(_ctx, len) {
    const n = intArg(deref(len));
    return n > 0 ? randomBytes(n).toString('latin1') : '';
  },
};
