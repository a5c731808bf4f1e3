// Calls and parameters: Eval, hb_ExecFromArray, hb_MacroBlock, PCount,
// hb_PValue, hb_AParams.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbObject, HbRef, HbSymbol, valType, type Value } from '../runtime/values/types.js';
import { inNative, rtSubst } from '../runtime/errors/launch.js';
import { compileMacroList } from '../runtime/vm/macro.js';
import { nativeProc } from '../runtime/vm/frame.js';
import type { StdModule } from './registry.js';

const EG_NOMETHOD = 13;

const MACRO_BLOCK = nativeProc('(b)HB_MACROBLOCK');

/** A C int argument (hb_parni): truncated; 0 for anything else. */
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);
const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

/** A function name as the symbol table keeps it: upper case, up to the first blank. */
function funcName(s: string): string {
  const m = /^[^ \t\0]*/.exec(s);
  return (m ? m[0] : '').toUpperCase();
}

/**
 * hb_ExecFromArray( xFunc [, aArgs ] ), ( oObject, xMessage [, aArgs ] ) or
 * ( { [oObject,] xFunc, args... } ): call a function, codeblock or method
 * named by a symbol or a string with the arguments of an array.
 */
function execFromArray(ctx: Thread, args: Value[]): Value {
  let self: Value;
  let func: Value;
  let list: Value;
  let from = 0;
  const p = deref(args[0]);
  if (args.length === 1) {
    if (Array.isArray(p)) {
      list = p;
      if (p[0] instanceof HbObject) {
        self = p[0];
        func = p[1];
        from = 2;
      } else {
        func = p[0];
        from = 1;
      }
    } else {
      func = p;
    }
  } else if (p instanceof HbObject && args.length <= 3) {
    self = p;
    func = deref(args[1]);
    list = deref(args[2]);
  } else if (args.length === 2) {
    func = p;
    list = deref(args[1]);
  }
  const callArgs = Array.isArray(list) ? list.slice(from, from + 255) : [];
  if (func !== undefined && (list === undefined || Array.isArray(list))) {
    if (self !== undefined) {
      const name = func instanceof HbSymbol ? func.sym.name : typeof func === 'string' ? funcName(func) : '';
      if (name !== '') return ctx.vm.message(name).send(ctx, self, ...callArgs);
    } else if (func instanceof HbSymbol) {
      return func.sym.fn(ctx, ...callArgs);
    } else if (typeof func === 'string') {
      return ctx.vm.syms.func(funcName(func)).fn(ctx, ...callArgs);
    } else if (typeof func === 'function') {
      return func(ctx, ...callArgs);
    }
  }
  return inNative(ctx, 'HB_EXECFROMARRAY',
    () => rtSubst(ctx, 1, 1099, 'HB_EXECFROMARRAY', args.length ? args.map(deref) : undefined));
}

export const functions: StdModule = {
  HB_MACROBLOCK(ctx, text) {
    const t = deref(text);
    if (typeof t !== 'string') return undefined;
    // a text that does not compile gives no block (and no error); the
    // text is a list (`a, , b`), whose last item gives the block's value
    const fn = compileMacroList(ctx, t);
    if (fn === null) return undefined;
    // the block runs in a frame of its own that holds its arguments (hb_PValue(), PCount())
    return (c: Thread, ...args: Value[]) => {
      const f = c.enter(MACRO_BLOCK);
      f.args = args;
      const r = fn(c);
      c.leave(f);
      return r;
    };
  },
  HB_EXECFROMARRAY(ctx, ...args) {
    return execFromArray(ctx, args);
  },
  EVAL(ctx, ...args) {
    // a codeblock passed by reference (Eval( @bBlock )) is not taken as one
    const b = args[0];
    if (typeof b === 'function') return b(ctx, ...args.slice(1));
    return inNative(ctx, 'EVAL', () => rtSubst(ctx, EG_NOMETHOD, 1004, 'EVAL', args.length ? args.map(deref) : undefined));
  },
  PCOUNT(ctx) {
    return ctx.frameAt(0)?.args?.length ?? 0;
  },
  HB_PVALUE(ctx, ...a) {
    const args = ctx.frameAt(0)?.args;
    const n = int(deref(a[0])) & 0xffff;
    if (!args || n < 1 || n > args.length) return undefined;
    const cur = args[n - 1];
    // a new value reaches the caller's variable only through a reference
    if (a.length > 1 && cur instanceof HbRef) cur.set(deref(a[1]));
    return deref(cur);
  },
  HB_APARAMS(ctx, level) {
    const args = ctx.frameAt(int(deref(level)))?.args ?? [];
    return args.map(deref);
  },
  VALTYPE(_ctx, v) {
    return valType(deref(v));
  },
};
