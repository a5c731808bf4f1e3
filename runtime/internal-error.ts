// A JavaScript exception escaping the VM is a bug in hbts, never a Harbour
// error: say so plainly, with the PRG call stack; the JS stack only when
// HBTS_DEBUG is set.

import type { VM } from './vm/vm.js';

export function reportInternalError(vm: VM, e: unknown): number {
  vm.console.flush();
  const ctx = vm.main;
  const err = e instanceof Error ? e : new Error(String(e));
  let text = err instanceof RangeError && /call stack/.test(err.message)
    ? 'hbts: stack overflow (recursion too deep)'
    : `hbts: internal error: ${err.message}`;
  for (let i = ctx.sp; i >= 0; i--) {
    const f = ctx.frames[i];
    text += `\nCalled from ${f.proc.name}(${f.line})`;
  }
  if (process.env.HBTS_DEBUG) text += '\n' + (err.stack ?? '');
  process.stderr.write(text + '\n');
  return 1;
}
