// A JavaScript exception escaping the VM is a bug in hbts, never a Harbour
// error: say so plainly, with the PRG call stack; the JS stack only when
// HBTS_DEBUG is set.

import type { VM } from './vm/vm.js';
import type { Thread } from './vm/thread.js';
import { callStackLines } from './errors/internal.js';

/** The most call stack lines a report shows. */
const SHOWN_CALLS = 64;

/** The PRG call stack of each escaping exception, kept before the VM unwinds it. */
const stacks = new WeakMap<object, string[]>();

/** Keep the PRG call stack at which `e` escaped (called before unwinding). */
export function keepStack(ctx: Thread, e: unknown): void {
  if (typeof e === 'object' && e !== null && !stacks.has(e)) stacks.set(e, callStackLines(ctx));
}

export function reportInternalError(vm: VM, e: unknown): number {
  vm.console.flush();
  const ctx = vm.main;
  const err = e instanceof Error ? e : new Error(String(e));
  let text = err instanceof RangeError && /call stack/.test(err.message)
    ? 'hbts: stack overflow (recursion too deep)'
    : `hbts: internal error: ${err.message}`;
  let lines = (typeof e === 'object' && e !== null ? stacks.get(e) : undefined) ?? callStackLines(ctx);
  // a runaway recursion: its innermost calls and where it started
  if (lines.length > SHOWN_CALLS) {
    lines = [...lines.slice(0, SHOWN_CALLS - 4), `... ${lines.length - SHOWN_CALLS + 1} more calls`,
      ...lines.slice(-3)];
  }
  for (const l of lines) text += '\n' + l;
  if (process.env.HBTS_DEBUG) text += '\n' + (err.stack ?? '');
  process.stderr.write(text + '\n');
  return 1;
}
