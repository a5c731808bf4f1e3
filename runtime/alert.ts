// Alert() on a line-oriented terminal (Harbour's CGI/stream GT): the message
// (';' and newlines become line breaks), then the choices in parentheses.
// With no keyboard to read, the first choice is taken.

import type { Thread } from './vm/thread.js';

export function alertLine(ctx: Thread, message: string, options: string[]): number {
  const text = message.replace(/;/g, '\n').split('\n').join(ctx.vm.eol);
  ctx.vm.console.out(text + ' (' + options.join(', ') + ') ');
  return 1;
}
