// Unrecoverable errors (Harbour's hb_errInternal): the message and the call
// stack go to stderr and the program ends with exit code 1... 

import type { Thread } from '../vm/thread.js';
import { INTERNAL_ERRORS } from '../lang.js';
import { QuitSignal } from '../vm/signals.js';

export function internalError(ctx: Thread, code: number, detail = ''): never {
  const c = ctx.vm.console;
  let s = `Unrecoverable error ${code}: ${INTERNAL_ERRORS[code] ?? ''}${detail}`;
  for (let i = ctx.sp; i >= 0; i--) {
    const f = ctx.frames[i];
    s += `\nCalled from ${f.proc.name}(${f.line})`;
  }
  c.err(s + '\n');
  ctx.vm.errorLevel = 1;
  throw new QuitSignal();
}
