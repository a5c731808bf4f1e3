// Alert() on the CGI terminal, which has no screen to draw a box on: the
// message (each ';' or line feed starts a new line), then the choices in
// parentheses. With no keyboard to read, the first choice is taken.

import type { Thread } from './vm/thread.js';

/** Show `message` with its `options` (already non-empty strings); returns the choice, 1-based. */
export function alertLine(ctx: Thread, message: string, options: string[]): number {
  const c = ctx.vm.console;
  const lines = message.replace(/;/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) c.out(ctx.vm.eol);
    if (lines[i] !== '') c.out(lines[i]);
  }
  c.out(' (' + options.join(', ') + ') ');
  return 1;
}
