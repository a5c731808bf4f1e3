// Runtime functions that commands of the standard headers expand to:
// the trace log behind hbtrace.ch's HB_TRACE, the object stack behind
// hbpers.ch's OBJECT / ENDOBJECT, and the graphics primitive behind hbgfx.ch
// (hbts terminals are text only, so it draws nothing, as on Harbour's).

import { appendFileSync, writeFileSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { displayStr } from '../runtime/values/display.js';
import { deref, intVal, isNum } from './param.js';
import type { StdModule } from './registry.js';

// --- trace log -------------------------------------------------------------

const LEVEL_NAMES = ['HB_TR_ALWAYS', 'HB_TR_FATAL', 'HB_TR_ERROR', 'HB_TR_WARNING', 'HB_TR_INFO', 'HB_TR_DEBUG'];
const TR_WARNING = 3;

/** Process-wide like Harbour's: the level is read from HB_TR_LEVEL on first use. */
const trace = {
  enabled: true,
  level: -1,
  logLevel: TR_WARNING,
  /** HB_TR_OUTPUT file, or null for stderr */
  file: null as string | null,
  fileOpened: false,
};

function traceLevel(): number {
  if (trace.level === -1) {
    trace.level = TR_WARNING;
    const env = process.env.HB_TR_LEVEL?.toUpperCase();
    if (env) {
      // either the full name or the part after "HB_TR_"
      const i = LEVEL_NAMES.findIndex((n) => n === env || n.slice(6) === env);
      if (i >= 0) trace.level = i;
    }
    if (trace.file === null && process.env.HB_TR_OUTPUT) trace.file = process.env.HB_TR_OUTPUT;
  }
  return trace.level;
}

function traceWrite(ctx: Thread, line: string): void {
  if (trace.file !== null) {
    try {
      if (!trace.fileOpened) writeFileSync(trace.file, '', 'latin1');
      trace.fileOpened = true;
      appendFileSync(trace.file, line, 'latin1');
      return;
    } catch {
      trace.file = null; // as Harbour: an output file that cannot be opened means stderr
    }
  }
  // through the console, so that it keeps its place among stdout's lines
  ctx.vm.console.err(line);
}

/** One log line: where it was called from, the level, then the values as ? shows them. */
function traceLog(ctx: Thread, level: number, values: Value[]): void {
  if (!trace.enabled || level > traceLevel()) return;
  const caller = ctx.frameAt(0);
  const file = (caller?.proc.file ?? '').replace(/^[./\\]+/, '');
  const where = caller ? `${file}:${caller.line & 0xffff}:${caller.proc.name}()` : `${file}:0:`;
  const label = level >= 0 && level < LEVEL_NAMES.length ? LEVEL_NAMES[level] : '(???)';
  const text = values.map((v) => displayStr(ctx, deref(v))).join(' ');
  traceWrite(ctx, `${where}: ${label} ${text}\n`);
}

/** A new setting given as a logical or a 0/1 number; -1 keeps the old one. */
function flagArg(v: Value): number {
  return typeof v === 'boolean' ? (v ? 1 : 0) : isNum(v) ? intVal(v) : -1;
}

// --- object stack of persistent-object texts ---------------------------------

const OBJECTS = Symbol('hbpers.objects');

function objectStack(ctx: Thread): Value[] | undefined {
  return ctx.slots.get(OBJECTS) as Value[] | undefined;
}

export const functions: StdModule = {
  HB_TRACELOGAT(ctx, level, ...values) {
    const l = deref(level);
    if (isNum(l)) traceLog(ctx, intVal(l), values);
    return undefined;
  },
  HB_TRACELOG(ctx, ...values) {
    traceLog(ctx, trace.logLevel, values);
    return undefined;
  },
  HB_TRACELOGLEVEL(ctx, level) {
    const old = trace.logLevel;
    const l = deref(level);
    if (isNum(l) && intVal(l) >= 0 && intVal(l) < LEVEL_NAMES.length) trace.logLevel = intVal(l);
    return old;
  },
  HB_TRACELEVEL(ctx, level) {
    const old = traceLevel();
    const l = deref(level);
    const n = isNum(l) ? intVal(l) : -1;
    if (n >= 0 && n < LEVEL_NAMES.length) trace.level = n;
    return old;
  },
  HB_TRACESTATE(ctx, state) {
    const old = trace.enabled;
    const n = flagArg(deref(state));
    if (n === 0 || n === 1) trace.enabled = n === 1;
    return old;
  },

  // OBJECT <x> AS <class>: the first call starts the stack with the object
  // being loaded; nested ones push a new object made by the constructor block
  HB_SETOBJECT(ctx, self, constructor) {
    let stack = objectStack(ctx);
    let obj = deref(self);
    if (stack === undefined) {
      stack = [];
      ctx.slots.set(OBJECTS, stack);
    } else {
      obj = ctx.vm.syms.func('EVAL').fn(ctx, deref(constructor));
    }
    stack.push(obj);
    return obj;
  },
  // ENDOBJECT: back to the enclosing object; closing the outermost one ends the stack
  HB_ENDOBJECT(ctx) {
    const stack = objectStack(ctx);
    // Harbour's version takes Len() of the missing stack: that argument error
    if (stack === undefined) return ctx.vm.syms.func('LEN').fn(ctx, undefined);
    if (stack.length > 1) {
      stack.pop();
      return stack[stack.length - 1];
    }
    ctx.slots.delete(OBJECTS);
    return stack[0];
  },

  // graphics on a terminal that cannot draw: every operation answers 0
  HB_GFXPRIMITIVE() {
    return 0;
  },
  HB_GFXTEXT() {
    return undefined;
  },
};
