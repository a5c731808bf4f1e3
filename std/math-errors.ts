// Math errors: hb_matherMode() and hb_matherBlock(), and what Exp() does
// when its result is out of range.
//
// Harbour learns of a math error from the C library's errno, which on
// Linux only Exp() can set (an overflow or an underflow to zero, both
// reported as a singularity); Log() and Sqrt() check their arguments first.
// The error goes to the block of hb_matherBlock() first, then to the
// handling that the mode chooses: keep the function's own result, take
// the C library's, or raise a MATH error the error block may substitute.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import { mkNum } from '../runtime/values/number.js';
import { evalItem, inNative, isEvalItem, launchSubst, makeError } from '../runtime/errors/launch.js';
import { EF_CANDEFAULT, EF_CANSUBSTITUTE } from '../runtime/errors/error.js';
import { QuitSignal } from '../runtime/vm/signals.js';
import { deref, intVal, isNum } from './param.js';
import type { StdModule } from './registry.js';

const MODE_DEFAULT = 0;
const MODE_CDEFAULT = 1;
const MODE_USER = 2;
const MODE_USERDEFAULT = 3;
const MODE_USERCDEFAULT = 4;

const ERR_SING = 2;
const EG_NUMERR = 6;

interface MathErrState {
  mode: number;
  block: Value;
  /** hb_matherBlock() was called once: its handler stays in front of the mode's */
  blockHandler: boolean;
}

/** A math error on its way through the handlers. */
interface MathException {
  type: number;
  func: string;
  error: string;
  arg1: number;
  arg2: number;
  /** the result to return when handled: the C library's, or a handler's (with its width and decimals) */
  retval: number | HbNum;
  handled: boolean;
}

const STATE = Symbol('math errors');

const stateOf = (ctx: Thread): MathErrState =>
  ctx.slot(STATE, () => ({ mode: MODE_DEFAULT, block: undefined, blockHandler: false }));

/** A double as hb_itemPutND makes it: default width, SET DECIMALS places. */
const nd = (ctx: Thread, d: number): number | HbNum => mkNum(d, 0, ctx.sets.decimals);

/** The math error block's turn: it may mark the error handled and set the result in its array. */
function runBlock(ctx: Thread, st: MathErrState, exc: MathException): void {
  if (st.block === undefined) return;
  const info: Value[] = [exc.retval, exc.handled];
  evalItem(ctx, st.block, [exc.type, exc.func, exc.error, nd(ctx, exc.arg1), nd(ctx, exc.arg2), info]);
  if (exc.handled) return;
  const handled = info[1];
  if (handled !== true) return;
  exc.handled = true;
  const r = deref(info[0]);
  exc.retval = isNum(r) ? r : 0;
}

/** The handling the mode chooses, for an error the block left unhandled. */
function runMode(ctx: Thread, mode: number, exc: MathException): void {
  if (exc.handled) return;
  if (mode === MODE_USER || mode === MODE_USERDEFAULT || mode === MODE_USERCDEFAULT) {
    const err = makeError(ctx, {
      genCode: EG_NUMERR,
      subCode: exc.type,
      subSystem: 'MATH',
      description: exc.error,
      operation: exc.func,
      args: [nd(ctx, exc.arg1), nd(ctx, exc.arg2)],
      flags: EF_CANSUBSTITUTE | (mode === MODE_USER ? 0 : EF_CANDEFAULT),
    });
    const r = deref(launchSubst(ctx, err));
    if (isNum(r)) {
      exc.retval = r;
      exc.handled = true;
      return;
    }
  }
  // the user had to correct the error and did not: the program ends
  if (mode === MODE_USER) throw new QuitSignal();
  if (mode === MODE_CDEFAULT || mode === MODE_USERCDEFAULT) exc.handled = true;
}

/**
 * Exp()'s result for argument `x` when exp() gave `r`: `r` itself when it
 * is in range, else what the handlers decide (0 when none handles it).
 */
export function expResult(ctx: Thread, x: number, r: number): number | HbNum {
  // errno's ERANGE: an overflow, or an underflow all the way to zero
  if (r !== 0 && r !== Infinity) return nd(ctx, r);
  const st = stateOf(ctx);
  const exc: MathException = {
    type: ERR_SING, func: 'EXP', error: 'Calculation results in singularity',
    arg1: x, arg2: 0, retval: nd(ctx, r), handled: false,
  };
  inNative(ctx, 'EXP', () => {
    if (st.blockHandler) runBlock(ctx, st, exc);
    runMode(ctx, st.mode, exc);
  });
  if (!exc.handled) return nd(ctx, 0);
  const v = exc.retval;
  return typeof v === 'number' ? v : mkNum(v.n, v.len, v.dec);
}

export const functions: StdModule = {
  HB_MATHERMODE(ctx, mode) {
    const st = stateOf(ctx);
    const old = st.mode;
    mode = deref(mode);
    if (isNum(mode)) {
      const m = intVal(mode);
      if (m >= MODE_DEFAULT && m <= MODE_USERCDEFAULT) st.mode = m;
    }
    return old;
  },
  HB_MATHERBLOCK(ctx, ...args: Value[]) {
    const st = stateOf(ctx);
    st.blockHandler = true;
    const old = st.block;
    if (args.length > 0) {
      const b = deref(args[0]);
      st.block = isEvalItem(b) ? b : undefined;
    }
    return old;
  },
};
