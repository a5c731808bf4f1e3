// Calls and parameters: Eval, PCount, hb_PValue, hb_AParams, ValType.

import { valType, type Value } from '../runtime/values/types.js';
import { noMethod } from '../runtime/classes/send.js';
import type { StdModule } from './registry.js';

export const functions: StdModule = {
  EVAL(ctx, b, ...args) {
    if (typeof b === 'function') return b(ctx, ...args);
    return noMethod(ctx, b, 'EVAL', []);
  },
  PCOUNT(ctx) {
    return ctx.frameAt(0)?.args?.length ?? 0;
  },
  HB_PVALUE(ctx, n) {
    const args = ctx.frameAt(0)?.args;
    return typeof n === 'number' && args ? args[n - 1] : undefined;
  },
  HB_APARAMS(ctx) {
    return (ctx.frameAt(0)?.args ?? []).slice() as Value[];
  },
  VALTYPE(_ctx, v) {
    return valType(v);
  },
};
