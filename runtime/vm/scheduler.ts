// VM threads in one isolate. The main thread runs compiled code as plain
// JS functions; every other thread runs the generator twins, so it can be
// suspended at a call or a loop back edge and resumed later. A thread that
// must wait while running plain code (the main thread, or any thread inside
// a callback from the runtime library) runs the other threads from inside
// its wait until the condition it waits for holds.
//
// Blocking operations are written once, as generators that yield a Wait;
// `runSync` drives such a generator to completion from plain code.

import type { VM } from './vm.js';
import { Thread } from './thread.js';
import type { Value } from '../values/types.js';
import { QuitSignal, BreakSignal } from './signals.js';
import { checkAllocationFailure } from '../errors/memory.js';
import { keepStack } from '../internal-error.js';
import { nowMs } from '../clock.js';

/** What a suspended thread waits for: a condition, a deadline, or both. */
export class Wait {
  constructor(
    readonly cond: () => boolean,
    /** absolute time in ms (nowMs() scale); Infinity = no timeout */
    readonly deadline = Infinity,
  ) {}

  ready(now: number): boolean {
    return this.cond() || now >= this.deadline;
  }
}

/** Yielded by a thread that only gives other threads their turn. */
export const YIELD = 0;

export type Step = Generator<unknown, Value, unknown>;

const SLICE = 10_000;
/** back edges between looks at buffered output, and the age at which it is written */
export const OUTPUT_BUDGET = 256;
const OUTPUT_AGE_MS = 10;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export class Scheduler {
  /** threads other than the main one that have not finished */
  private readonly live: Thread[] = [];
  private nextId = 2;

  constructor(private readonly vm: VM) {}

  get others(): number {
    return this.live.length;
  }

  /** The thread spawn() made last (counting mode holds its arguments, see refcount-std.ts). */
  newest: Thread | null = null;

  /** Create a thread that will run `body` (a generator) when scheduled. */
  spawn(parent: Thread, body: (ctx: Thread) => Step): Thread {
    const t = new Thread(this.vm, this.nextId++, parent.sets);
    this.newest = t;
    t.gen = body(t);
    t.state = 'ready';
    this.live.push(t);
    parent.budget = Math.min(parent.budget, SLICE);
    return t;
  }

  /** Run `t` until it yields, waits or ends. */
  private step(t: Thread): void {
    t.state = 'running';
    t.budget = SLICE;
    let r: IteratorResult<unknown, Value>;
    try {
      r = t.quitRequested ? t.gen!.throw(new QuitSignal()) : t.gen!.next();
    } catch (e) {
      checkAllocationFailure(t, e);
      if (!(e instanceof QuitSignal) && !(e instanceof BreakSignal)) keepStack(t, e);
      t.unwind(-1);
      if (!(e instanceof QuitSignal) && !(e instanceof BreakSignal)) throw e;
      this.finish(t, undefined);
      return;
    }
    if (r.done) {
      this.finish(t, r.value);
      return;
    }
    t.wait = r.value instanceof Wait ? r.value : null;
    t.state = 'ready';
  }

  private finish(t: Thread, result: Value): void {
    t.state = 'done';
    t.result = result;
    t.gen = null;
    t.wait = null;
    const i = this.live.indexOf(t);
    if (i >= 0) this.live.splice(i, 1);
    // counting mode: the arguments it was started with go with it
    const held = t.rcHeld;
    if (held !== null) {
      t.rcHeld = null;
      for (const v of held) this.vm.rc?.dec(t, v);
    }
  }

  /**
   * One round: give every other thread that can run its slice. Threads on
   * the JS stack below the caller (running) cannot be resumed from here.
   * Returns whether any thread ran.
   */
  private round(): boolean {
    const now = nowMs();
    let ran = false;
    for (const t of [...this.live]) {
      if (t.state !== 'ready') continue;
      if (t.wait !== null && !t.wait.ready(now)) continue;
      this.step(t);
      ran = true;
    }
    return ran;
  }

  /** Plain code waits: run the others until `cond` holds or `deadline` passes. */
  waitSync(ctx: Thread, cond: () => boolean, deadline = Infinity): boolean {
    for (;;) {
      if (cond()) return true;
      const now = nowMs();
      if (now >= deadline) return false;
      if (this.round()) continue;
      // nothing can run: sleep until the nearest deadline, the output shown
      this.vm.console.flush();
      let next = deadline;
      for (const t of this.live) if (t.state === 'ready' && t.wait !== null) next = Math.min(next, t.wait.deadline);
      if (next === Infinity) deadlock(ctx);
      Atomics.wait(sleeper, 0, 0, Math.max(0, Math.min(next - now, 1000)));
    }
  }

  /** A back edge of plain code: output a few ms old goes out, the others run one slice each. */
  preempt(ctx: Thread): void {
    const out = this.vm.console.stdout;
    if (out.pending && nowMs() - out.pendingSince >= OUTPUT_AGE_MS) out.flush();
    if (this.live.length > 0) this.round();
    ctx.budget = this.live.length > 0 ? SLICE : out.pending ? OUTPUT_BUDGET : Infinity;
  }

  /** Drive a blocking operation (a generator) from plain code. */
  runSync(ctx: Thread, g: Step): Value {
    for (;;) {
      const r = g.next();
      if (r.done) return r.value;
      if (r.value instanceof Wait) this.waitSync(ctx, () => (r.value as Wait).cond(), (r.value as Wait).deadline);
      else this.preempt(ctx);
    }
  }

  /** Threads that have not finished, the main one excluded. */
  liveThreads(): readonly Thread[] {
    return this.live;
  }
}

function deadlock(ctx: Thread): never {
  throw new Error(`deadlock: thread ${ctx.id} waits and no other thread can run`);
}
