// Small pieces of control flow that compiled code calls: BREAK, SWITCH
// keys, FOR with a step only known at run time, reference parameters,
// variable arguments and THREAD STATIC variables.

import type { Thread } from './thread.js';
import type { Frame } from './frame.js';
import { BreakSignal } from './signals.js';
import { HbNum, type Block, type HbRef, type Value } from '../values/types.js';
import type { GenFn } from './symbols.js';
import { gt, lt } from '../values/ops.js';
import { mkNum } from '../values/number.js';
import { launch, makeError, rtSubst } from '../errors/launch.js';

/** A folded constant whose decimals come from SET DECIMALS where it is used (7 / 2). */
export function decConst(ctx: Thread, v: number, len: number): Value {
  return mkNum(v, len, ctx.sets.decimals);
}

/** Eval( b, ... ) from generator code: through the codeblock's generator twin when it has one. */
export function* evalG(ctx: Thread, b: Value, ...args: Value[]): Generator<unknown, Value, unknown> {
  if (typeof b === 'function') {
    const g = (b as Block & { g?: GenFn }).g;
    return g !== undefined ? yield* g(ctx, ...args) : b(ctx, ...args);
  }
  return ctx.vm.message('EVAL').send(ctx, b, ...args);
}

/** A codeblock with its generator twin attached (see the code generator). */
export function blk(f: Block, g: GenFn): Block {
  (f as Block & { g?: GenFn }).g = g;
  return f;
}

export function doBreak(_ctx: Thread, v: Value): never {
  throw new BreakSignal(v);
}

/** A SWITCH value as a JS switch key: whole numbers and strings match their CASE constants. */
export function swKey(ctx: Thread, v: Value): unknown {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof HbNum && v.dec === 0 && Number.isInteger(v.n)) return v.n;
  // any other value (a number with decimals too) is BASE/3104, and its substitute is switched on
  const r = rtSubst(ctx, 1, 3104, 'SWITCH', [v]);
  return r instanceof HbNum ? r.n : r;
}

/**
 * FOR ... STEP s with s not a constant: the loop goes on while v has not
 * passed the limit. A step that is not numeric is Harbour's BASE/1073 on
 * `step < 0`, whose substitute (a logical) gives the direction.
 */
export function forTest(ctx: Thread, v: Value, limit: Value, step: Value): boolean {
  let back: boolean;
  if (typeof step === 'number') back = step < 0;
  else if (step instanceof HbNum) back = step.n < 0;
  else {
    const r = rtSubst(ctx, 1, 1073, '<', [step, 0]);
    if (typeof r !== 'boolean') {
      launch(ctx, makeError(ctx, { genCode: 1, subCode: 1066, operation: 'conditional', args: [r] }));
      return false;
    }
    back = r;
  }
  return back ? !lt(ctx, v, limit) : !gt(ctx, v, limit);
}

/** After assigning a parameter that was passed by reference, write through. */
export function refSet(r: HbRef | undefined, v: Value): Value {
  if (r !== undefined) r.set(v);
  return v;
}

/** The arguments beyond the `declared` parameters, for `...` in an argument list. */
export function argsFrom(f: Frame, declared: number): Value[] {
  return f.args === null ? [] : f.args.slice(declared);
}

/** A THREAD STATIC variable: each thread starts from the initial value. */
export class ThreadStatic {
  constructor(readonly init: () => Value) {}
}

export function tstatic(ctx: Thread, ts: ThreadStatic): Value {
  const m = ctx.threadStatics;
  if (!m.has(ts)) m.set(ts, ts.init());
  return m.get(ts);
}

export function tstaticSet(ctx: Thread, ts: ThreadStatic, v: Value): Value {
  ctx.threadStatics.set(ts, v);
  return v;
}
