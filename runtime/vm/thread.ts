// A VM thread: the per-thread state that compiled code and the runtime
// library receive explicitly as their first argument (`ctx`). Nothing
// per-thread lives anywhere else.

import { Frame, type ProcInfo } from './frame.js';
import type { MethodCall } from '../classes/class.js';
import type { VM } from './vm.js';
import type { Value } from '../values/types.js';
import { Sets } from './sets.js';
import { Memvars } from './memvars.js';
import type { Wait } from './scheduler.js';

export class Thread {
  readonly frames: Frame[] = [];
  /** index of the current frame in `frames`; -1 before the first call */
  sp = -1;
  readonly memvars: Memvars;
  readonly sets: Sets;
  errorBlock: Value = undefined;
  /** nesting depth of error-block calls (Harbour stops at 8) */
  errorDepth = 0;
  /** NetErr(): set by a failed shared open or append */
  netErr = false;
  /**
   * the text of the last memo field read: a value that is this text right
   * after such a read is a memo to ValType() and Type() ("M")
   */
  memoRead: string | undefined = undefined;
  /** Self for the next frame entered: a method dispatch sets it just before the call */
  nextSelf: Value = undefined;
  /** the message the next frame entered runs (set with nextSelf by a method dispatch) */
  nextMethod: MethodCall | null = null;
  /** loop iterations left before this thread offers the CPU to others (see preempt) */
  budget = Infinity;
  /** values of THREAD STATIC variables in this thread */
  readonly threadStatics = new Map<object, Value>();
  /** counting mode (refcount.ts): the last value a function returned, and what only temporaries hold, by frame depth */
  rcRet: Value = undefined;
  readonly rcPend: object[] = [];
  readonly rcPendAt: number[] = [];
  /** the arguments hb_threadStart() gave this thread, held until it ends */
  rcHeld: Value[] | null = null;
  /** per-thread slots of runtime-library modules (work areas, ...) by key */
  readonly slots = new Map<symbol, unknown>();

  // --- scheduling (see scheduler.ts); the main thread never uses these
  state: 'ready' | 'running' | 'done' = 'running';
  /** the suspended computation of a thread other than the main one */
  gen: Generator<unknown, Value, unknown> | null = null;
  /** what a suspended thread waits for (null: runnable) */
  wait: Wait | null = null;
  result: Value = undefined;
  quitRequested = false;
  /** hb_threadJoin() has collected this thread's result */
  joined = false;

  constructor(
    readonly vm: VM,
    readonly id: number,
    /** a new thread starts with a copy of its starter's SETs */
    sets?: Sets,
  ) {
    this.memvars = new Memvars(this);
    this.sets = new Sets(sets);
  }

  /** Push a frame for a call of `proc`. */
  enter(proc: ProcInfo): Frame {
    const i = ++this.sp;
    let f = this.frames[i];
    if (f === undefined) {
      f = new Frame();
      this.frames[i] = f;
    }
    const m = this.nextMethod;
    f.method = m;
    if (m === null) {
      f.proc = proc;
    } else {
      f.proc = m.proc ?? proc;
      this.nextMethod = null;
    }
    f.line = 0;
    f.privBase = this.memvars.privTop;
    f.args = null;
    f.self = this.nextSelf;
    this.nextSelf = undefined;
    return f;
  }

  /** Pop the frame `f` (the current one), releasing its PRIVATEs. */
  leave(f: Frame): void {
    if (this.memvars.privTop !== f.privBase) this.memvars.release(f.privBase);
    this.sp--;
  }

  /** Unwind to frame index `sp` after an exception (BEGIN SEQUENCE, thread end). */
  unwind(sp: number): void {
    if (this.sp > sp) {
      this.memvars.release(this.frames[sp + 1].privBase);
      this.sp = sp;
    }
  }

  /** The frame `level` calls up from the current one (0 = current), if any. */
  frameAt(level: number): Frame | undefined {
    const i = this.sp - level;
    return i >= 0 ? this.frames[i] : undefined;
  }

  /**
   * Called at a loop back edge when the budget runs out: the scheduler sets
   * a budget while other threads run; a lone thread never gets here. (A
   * thread running generator code yields there instead.)
   */
  preempt(): void {
    this.vm.sched.preempt(this);
  }

  /** A slot of per-thread state owned by a runtime-library module. */
  slot<T>(key: symbol, make: () => T): T {
    let v = this.slots.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      this.slots.set(key, v);
    }
    return v;
  }
}
