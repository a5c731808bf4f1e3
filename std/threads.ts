// Threads and mutexes: hb_threadStart and friends, hb_mutex*, hb_idleSleep.
// Every operation that can wait is a generator (used as is by threads that
// run generator code) with a plain twin that drives it through the
// scheduler (runSync) for code that runs as plain functions.

import type { Thread } from '../runtime/vm/thread.js';
import type { GenFn, Fn } from '../runtime/vm/symbols.js';
import { HbNum, HbPointer, HbRef, HbSymbol, type Value } from '../runtime/values/types.js';
import { Wait, YIELD, type Step } from '../runtime/vm/scheduler.js';
import { MemvarCell } from '../runtime/vm/memvars.js';
import { argError } from '../runtime/errors/launch.js';
import type { StdModule } from './registry.js';
import { nowMs } from '../runtime/clock.js';

const INHERIT_PUBLIC = 1;
const INHERIT_PRIVATE = 2;
const MEMVARS_COPY = 4;

class Mutex {
  owner: Thread | null = null;
  count = 0;
  /** notifications nobody has taken yet */
  readonly events: Value[] = [];
  /** subscribers waiting now; a notification is handed to the first one without a value */
  readonly waiters: Array<{ has: boolean; value: Value }> = [];
}

const num = (v: Value): number | undefined => (typeof v === 'number' ? v : v instanceof HbNum ? v.n : undefined);

/** An absolute deadline from a timeout in seconds (NIL or negative: none). */
function deadline(timeout: Value): number {
  const s = num(timeout);
  return s === undefined || s < 0 ? Infinity : nowMs() + s * 1000;
}

function threadOf(v: Value): Thread | undefined {
  return v instanceof HbPointer && v.tag === 'THREAD' ? (v.target as Thread) : undefined;
}

function mutexOf(v: Value): Mutex | undefined {
  return v instanceof HbPointer && v.tag === 'MUTEX' ? (v.target as Mutex) : undefined;
}

const handles = new WeakMap<Thread, HbPointer>();
function handle(t: Thread): HbPointer {
  let h = handles.get(t);
  if (h === undefined) {
    h = new HbPointer(t, 'THREAD');
    handles.set(t, h);
  }
  return h;
}

function setRef(r: Value, v: Value): void {
  if (r instanceof HbRef) r.set(v);
}

/** The generator that runs a thread target: a function symbol, a codeblock or a function name. */
function* callTarget(ctx: Thread, target: Value, args: Value[]): Step {
  if (target instanceof HbSymbol) return yield* target.sym.g(ctx, ...args);
  if (typeof target === 'function') {
    const g = (target as { g?: GenFn }).g;
    return g ? yield* g(ctx, ...args) : target(ctx, ...args);
  }
  if (typeof target === 'string') return yield* ctx.vm.syms.func(target.toUpperCase()).g(ctx, ...args);
  return undefined;
}

/** Memvars a new thread sees: none, or its starter's PUBLICs/PRIVATEs, shared or copied. */
function inheritMemvars(parent: Thread, child: Thread, attr: number): void {
  if ((attr & (INHERIT_PUBLIC | INHERIT_PRIVATE)) === 0) return;
  const cells = parent.memvars.cells;
  for (let id = 0; id < cells.length; id++) {
    const c = cells[id];
    if (c === undefined) continue;
    if (c.isPublic ? (attr & INHERIT_PUBLIC) === 0 : (attr & INHERIT_PRIVATE) === 0) continue;
    child.memvars.cells[id] = attr & MEMVARS_COPY ? new MemvarCell(c.v, true) : c;
  }
}

function start(ctx: Thread, ...args: Value[]): Value {
  let attr = 0;
  if (num(args[0]) !== undefined) attr = num(args.shift())!;
  const target = args.shift();
  if (!(target instanceof HbSymbol) && typeof target !== 'function' && typeof target !== 'string') {
    return argError(ctx, 'HB_THREADSTART', 3012, [attr, target, ...args]);
  }
  const t = ctx.vm.sched.spawn(ctx, function* (c) {
    c.vm.syms.func('ERRORSYS').fn(c);
    return yield* callTarget(c, target, args);
  });
  // a new thread has its own PUBLIC GetList (as __HBVMINIT makes it) unless it inherits its starter's
  t.memvars.declarePublic(t.vm.syms.variable('GETLIST'), [], true);
  inheritMemvars(ctx, t, attr);
  return handle(t);
}

function* join(ctx: Thread, h: Value, res?: Value): Step {
  const t = threadOf(h);
  if (t === undefined) return argError(ctx, 'HB_THREADJOIN', 3012, h === undefined ? [] : [h]);
  if (t.joined) return false;
  while (t.state !== 'done') yield new Wait(() => t.state === 'done');
  t.joined = true;
  setRef(res, t.result);
  return true;
}

/** hb_threadWait( thread | aThreads, [ nTimeout ], [ lAll ] ) */
function* wait(ctx: Thread, what: Value, timeout?: Value, all?: Value): Step {
  const list = Array.isArray(what) ? what.map(threadOf) : [threadOf(what)];
  const ts = list.filter((t): t is Thread => t !== undefined);
  if (ts.length !== list.length) return argError(ctx, 'HB_THREADWAIT', 3012, [what]);
  const waitAll = all === true;
  const finished = () => ts.filter((t) => t.state === 'done').length;
  const ok = () => (waitAll ? finished() === ts.length : finished() > 0);
  const end = deadline(timeout);
  while (!ok() && nowMs() < end) yield new Wait(ok, end);
  if (!ok()) return 0;
  if (waitAll || !Array.isArray(what)) return waitAll && Array.isArray(what) ? ts.length : 1;
  return ts.findIndex((t) => t.state === 'done') + 1;
}

function* waitForAll(ctx: Thread): Step {
  const others = () => ctx.vm.sched.liveThreads().filter((t) => t !== ctx);
  while (others().length > 0) yield new Wait(() => others().length === 0);
  return undefined;
}

function* terminateAll(ctx: Thread): Step {
  for (const t of ctx.vm.sched.liveThreads()) if (t !== ctx) t.quitRequested = true;
  return yield* waitForAll(ctx);
}

function* lock(ctx: Thread, mv: Value, timeout?: Value): Step {
  const m = mutexOf(mv);
  if (m === undefined) return argError(ctx, 'HB_MUTEXLOCK', 3012, [mv]);
  const end = deadline(timeout);
  const free = () => m.owner === null || m.owner === ctx;
  while (!free()) {
    if (nowMs() >= end) return false;
    yield new Wait(free, end);
  }
  m.owner = ctx;
  m.count++;
  return true;
}

function unlock(ctx: Thread, mv: Value): Value {
  const m = mutexOf(mv);
  if (m === undefined) return argError(ctx, 'HB_MUTEXUNLOCK', 3012, [mv]);
  if (m.owner !== ctx) return false;
  if (--m.count === 0) m.owner = null;
  return true;
}

function notify(ctx: Thread, mv: Value, v: Value, toAll: boolean): Value {
  const m = mutexOf(mv);
  if (m === undefined) return argError(ctx, toAll ? 'HB_MUTEXNOTIFYALL' : 'HB_MUTEXNOTIFY', 3012, [mv]);
  const pending = m.waiters.filter((w) => !w.has);
  if (toAll) {
    for (const w of pending) {
      w.has = true;
      w.value = v;
    }
  } else if (pending.length > 0) {
    pending[0].has = true;
    pending[0].value = v;
  } else {
    m.events.push(v);
  }
  return undefined;
}

function* subscribe(ctx: Thread, mv: Value, timeout: Value, res: Value, clear: boolean): Step {
  const m = mutexOf(mv);
  if (m === undefined) return argError(ctx, clear ? 'HB_MUTEXSUBSCRIBENOW' : 'HB_MUTEXSUBSCRIBE', 3012, [mv]);
  if (clear) m.events.length = 0;
  if (m.events.length > 0) {
    setRef(res, m.events.shift());
    return true;
  }
  const w = { has: false, value: undefined as Value };
  m.waiters.push(w);
  const end = deadline(timeout);
  while (!w.has && nowMs() < end) yield new Wait(() => w.has, end);
  m.waiters.splice(m.waiters.indexOf(w), 1);
  if (!w.has) return false;
  setRef(res, w.value);
  return true;
}

/** hb_idleSleep( nSeconds ): other threads run meanwhile; 0 just gives them a turn. */
function* sleep(_ctx: Thread, seconds: Value): Step {
  const end = deadline(num(seconds) ?? 0);
  do yield end === Infinity ? YIELD : new Wait(() => false, end);
  while (nowMs() < end);
  return undefined;
}

/** hb_threadOnce( @onceControl, [ bAction ] ): runs the action in the first caller only. */
function* once(ctx: Thread, control: Value, action: Value): Step {
  if (!(control instanceof HbRef)) return argError(ctx, 'HB_THREADONCE', 3012, [control, action]);
  const state = control.get();
  if (state !== undefined) {
    // another thread may still run the action: wait until it has finished
    while (control.get() === false) yield new Wait(() => control.get() !== false);
    return false;
  }
  control.set(false);
  if (typeof action === 'function') yield* callTarget(ctx, action, []);
  control.set(true);
  return true;
}

function* mutexEval(ctx: Thread, mv: Value, code: Value, ...args: Value[]): Step {
  if (!(yield* lock(ctx, mv))) return undefined;
  try {
    return yield* callTarget(ctx, code, args);
  } finally {
    unlock(ctx, mv);
  }
}

const blocking: Record<string, (ctx: Thread, ...a: Value[]) => Step> = {
  HB_THREADJOIN: join,
  HB_THREADWAIT: wait,
  HB_THREADWAITFORALL: waitForAll,
  HB_THREADTERMINATEALL: terminateAll,
  HB_THREADONCE: once,
  HB_MUTEXLOCK: lock,
  HB_MUTEXSUBSCRIBE: (ctx, m, t, r) => subscribe(ctx, m, t, r, false),
  HB_MUTEXSUBSCRIBENOW: (ctx, m, t, r) => subscribe(ctx, m, t, r, true),
  HB_MUTEXEVAL: mutexEval,
  HB_IDLESLEEP: sleep,
};

export const generators: Record<string, GenFn> = blocking;

const plain: Record<string, Fn> = {};
for (const name in blocking) {
  const g = blocking[name];
  plain[name] = (ctx, ...a) => ctx.vm.sched.runSync(ctx, g(ctx, ...a));
}

export const functions: StdModule = {
  ...plain,
  HB_THREADSTART: start,
  HB_THREADSELF: (ctx) => handle(ctx),
  HB_THREADID(ctx, h) {
    const t = h === undefined ? ctx : threadOf(h);
    return t === undefined ? 0 : t.id;
  },
  HB_THREADISMAIN(ctx, h) {
    const t = h === undefined ? ctx : threadOf(h);
    return t !== undefined && t === ctx.vm.main;
  },
  // the thread's handle is let go: it cannot be joined any more
  HB_THREADDETACH(ctx, ...args) {
    const t = threadOf(args[0]);
    if (t === undefined) return argError(ctx, 'HB_THREADDETACH', 3012, args);
    if (t.joined) return false;
    t.joined = true;
    return true;
  },
  HB_THREADQUITREQUEST(_ctx, h) {
    const t = threadOf(h);
    if (t === undefined || t.state === 'done') return false;
    t.quitRequested = true;
    return true;
  },
  HB_THREADONCEINIT(ctx, control, value) {
    if (!(control instanceof HbRef)) return argError(ctx, 'HB_THREADONCEINIT', 3012, [control, value]);
    if (control.get() !== undefined) return false;
    control.set(value);
    return true;
  },
  HB_MUTEXCREATE: () => new HbPointer(new Mutex(), 'MUTEX'),
  HB_MUTEXEXISTS: (_ctx, m) => mutexOf(m) !== undefined,
  HB_MUTEXUNLOCK: unlock,
  HB_MUTEXNOTIFY: (ctx, m, v) => notify(ctx, m, v, false),
  HB_MUTEXNOTIFYALL: (ctx, m, v) => notify(ctx, m, v, true),
  HB_MUTEXQUEUEINFO(ctx, mv, waiters, events) {
    const m = mutexOf(mv);
    if (m === undefined) return argError(ctx, 'HB_MUTEXQUEUEINFO', 3012, [mv]);
    setRef(waiters, m.waiters.filter((w) => !w.has).length);
    setRef(events, m.events.length);
    return true;
  },
  HB_MTVM: () => true,
};
