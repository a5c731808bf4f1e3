// The process-wide VM state shared by all threads: the symbol tables, the
// classes, the console, the exit status, and the hooks other layers fill in
// (fields from the database layer, operator overloading from classes).

import { Script } from 'node:vm';
import { SymbolTable, type FuncSym, type Fn } from './symbols.js';
import { ClassRegistry, type HbClass } from '../classes/class.js';
import { Console } from '../console.js';
import { defineErrorClass } from '../errors/error.js';
import { installOperators } from '../classes/operators.js';
import { Thread } from './thread.js';
import { makeError, launchSubst } from '../errors/launch.js';
import { nativeProc } from './frame.js';
import { EF_CANSUBSTITUTE } from '../errors/error.js';
import type { FieldHost } from './variables.js';
import { Message } from '../classes/send.js';
import { makeLinkage, type Linkage } from './linkage.js';
import { NO_OVERLOAD } from './arrays.js';
import type { Value, HbObject } from '../values/types.js';
import { deref } from '../classes/api.js';
import { OUTPUT_BUDGET, Scheduler } from './scheduler.js';
import type { RefCounter } from './refcount.js';

/** Operator overloading on objects; NO_OVERLOAD when the class does not define it. */
export interface OperatorHooks {
  index(ctx: Thread, obj: HbObject, i: Value): Value | typeof NO_OVERLOAD;
  indexAssign(ctx: Thread, obj: HbObject, i: Value, v: Value): Value | typeof NO_OVERLOAD;
}

const noOperators: OperatorHooks = {
  index: () => NO_OVERLOAD,
  indexAssign: () => NO_OVERLOAD,
};

export class VM {
  readonly syms: SymbolTable;
  readonly classes = new ClassRegistry();
  readonly errorClass: HbClass;
  readonly console = new Console();
  readonly eol = '\n';
  errorLevel = 0;
  readonly main: Thread;
  /** arguments after the program name (hb_argv(1..)) and the program path (hb_argv(0)) */
  argv: string[] = [];
  progName = '';
  fields: FieldHost | null = null;
  operators: OperatorHooks = noOperators;
  readonly linkage: Linkage;
  private readonly messages = new Map<string, Message>();
  readonly sched: Scheduler;
  /** reference counting, on for programs that declare a destructor (refcount.ts) */
  rc: RefCounter | null = null;

  constructor() {
    this.syms = new SymbolTable((sym) => undefinedFunction(sym));
    this.errorClass = defineErrorClass(this.classes);
    // error objects exist from the start: o[i] and operators on them too
    installOperators(this);
    this.main = new Thread(this, 1);
    this.linkage = makeLinkage(this);
    this.sched = new Scheduler(this);
    // buffered output is looked at every few hundred back edges (see Scheduler.preempt)
    this.console.stdout.onPending = () => {
      if (this.main.budget > OUTPUT_BUDGET) this.main.budget = OUTPUT_BUDGET;
    };
  }

  /** A message object with its own dispatch cache (one per call-site module). */
  newMessage(name: string): Message {
    return new Message(name, this.rc !== null);
  }

  /** A shared message object for sends by computed name. */
  message(name: string): Message {
    let m = this.messages.get(name);
    if (m === undefined) {
      m = new Message(name, this.rc !== null);
      this.messages.set(name, m);
    }
    return m;
  }

  /** Evaluate generated module code `(rt) => result` under a file name for stack traces. */
  link(js: string, filename: string): unknown {
    const fn = new Script(`(function (rt) {\n${js}\n})`, { filename }).runInThisContext() as (rt: Linkage) => unknown;
    return fn(this.linkage);
  }

  /** Link the code of a compiled macro. */
  linkMacro(js: string): unknown {
    return new Function('rt', js)(this.linkage);
  }
}

/** Calling a function no module defines: BASE/1001 "Undefined function", substitutable, with the arguments. */
function undefinedFunction(sym: FuncSym): Fn {
  return function undefinedFn(ctx, ...args) {
    if (sym.defined) return sym.fn(ctx, ...args);
    const f = ctx.enter(nativeProc(sym.name));
    const r = launchSubst(ctx, makeError(ctx, {
      genCode: 12, subCode: 1001, operation: sym.name, flags: EF_CANSUBSTITUTE,
      args: args.length > 0 ? args.map((a) => deref(a as Value)) : undefined,
    }));
    ctx.leave(f);
    return r;
  };
}
