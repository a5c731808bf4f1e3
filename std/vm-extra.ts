// Small run-time services of the VM: hb_MethodName() (ProcName() with the
// method of a codeblock), hb_ExecMsg() (a function run as a method),
// hb_PIsByRef(), hb_ForNext(), hb_SetMacro(), AltD() (no debugger is
// linked) and the legacy version functions hb_PCodeVer() and hb_BuildDate().

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, HbSymbol, type Block, type Value } from '../runtime/values/types.js';
import { nativeProc } from '../runtime/vm/frame.js';
import { inNative } from '../runtime/errors/launch.js';
import { swKey } from '../runtime/vm/control.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, intVal, isNum, substError } from './param.js';

const HB_FORNEXT = nativeProc('HB_FORNEXT');
const SET_DEBUG = 13;
const HB_EXECMSG = nativeProc('HB_EXECMSG');

// hb_SetMacro() flags (hbmacro.ch) that can be asked about and switched
const HB_SM_HARBOUR = 1;
const HB_SM_XBASE = 2;
const HB_SM_SHORTCUTS = 8;
const HB_SM_ARRSTR = 16;
const MACRO_FLAGS = Symbol('macro flags');
/** Harbour extensions and shortcut evaluation of .AND./.OR. are on by default. */
const DEFAULT_MACRO_FLAGS = HB_SM_HARBOUR | HB_SM_SHORTCUTS;

function macroFlags(ctx: Thread): { flags: number } {
  return ctx.slot(MACRO_FLAGS, () => ({ flags: DEFAULT_MACRO_FLAGS }));
}

/** The name of the frame `level` calls up, a codeblock of a method named after that method. */
function methodName(ctx: Thread, level: number): string {
  if (level < 0) return level === -1 ? 'HB_METHODNAME' : '';
  const f = ctx.frameAt(level);
  if (f === undefined) return '';
  const name = f.proc.name;
  if (f.method !== null && name.startsWith('(b)')) return '(b)' + f.method.entry.cls.name + ':' + f.method.message;
  return name;
}

/** A whole number argument as hb_parnint reads it (0 when not numeric). */
function bigInt(v: Value): number {
  return isNum(v) ? Math.trunc(typeof v === 'number' ? v : v.n) : 0;
}

export const functions: StdModule = {
  HB_METHODNAME(ctx, level) {
    return methodName(ctx, intVal(deref(level)));
  },
  HB_EXECMSG(ctx, ...args) {
    const fn = deref(args[0]);
    if (args.length < 2 || !(fn instanceof HbSymbol)) return substError(ctx, 'HB_EXECMSG', 1099, baseArgs(args, 0));
    const f = ctx.enter(HB_EXECMSG);
    const sp = ctx.sp;
    ctx.nextSelf = deref(args[1]);
    const r = fn.sym.fn(ctx, ...args.slice(2));
    if (ctx.sp === sp) ctx.leave(f);
    return r;
  },
  HB_PISBYREF(ctx, n) {
    const args = ctx.frameAt(0)?.args;
    const i = intVal(deref(n)) & 0xffff;
    return args != null && i >= 1 && i <= args.length && args[i - 1] instanceof HbRef;
  },
  HB_FORNEXT(ctx, ...args) {
    const code = deref(args[2]);
    if (typeof code !== 'function') return undefined;
    const block = code as Block;
    const end = deref(args[1]);
    const endBlock = typeof end === 'function' ? (end as Block) : null;
    const step = args.length > 3 ? bigInt(deref(args[3])) : 1;
    let i = bigInt(deref(args[0]));
    const f = ctx.enter(HB_FORNEXT);
    const sp = ctx.sp;
    let last = endBlock !== null ? bigInt(endBlock(ctx)) : bigInt(end);
    while (i <= last) {
      block(ctx, i);
      i += step;
      if (endBlock !== null) last = bigInt(endBlock(ctx));
    }
    if (ctx.sp === sp) ctx.leave(f);
    return undefined;
  },
  // the flags are kept and reported; the macro compiler works the same whatever they are
  HB_SETMACRO(ctx, ...args) {
    if (args.length === 0) return undefined;
    const flag = intVal(deref(args[0]));
    if (flag !== HB_SM_HARBOUR && flag !== HB_SM_XBASE && flag !== HB_SM_SHORTCUTS && flag !== HB_SM_ARRSTR) return undefined;
    const st = macroFlags(ctx);
    const was = (st.flags & flag) !== 0;
    const on = deref(args[1]);
    if (typeof on === 'boolean') st.flags = on ? st.flags | flag : st.flags & ~flag;
    return was;
  },
  // AltD( 1 ) and AltD( 0 ) switch SET DEBUG (answering its old value);
  // AltD() would start the debugger, and there is none to start
  ALTD(ctx, ...args) {
    return inNative(ctx, 'ALTD', () => {
      if (args.length === 0) return false;
      const action = deref(args[0]);
      if (!isNum(action)) return undefined;
      // the action goes through a SWITCH: a number with decimals is its error
      const n = swKey(ctx, action);
      return n === 0 || n === 1 ? ctx.vm.syms.func('SET').fn(ctx, SET_DEBUG, n === 1) : undefined;
    });
  },
  HB_PCODEVER(ctx) {
    return ctx.vm.syms.func('HB_VERSION').fn(ctx, 10);
  },
  HB_BUILDDATE(ctx) {
    return ctx.vm.syms.func('HB_VERSION').fn(ctx, 11);
  },
};
