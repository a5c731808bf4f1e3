// Non-error control transfers, carried as JS exceptions of private classes so
// that a JS bug (any other exception) is never taken for one of them.

import type { Value } from '../values/types.js';

/** BREAK / Break(): unwinds to the nearest BEGIN SEQUENCE. */
export class BreakSignal {
  constructor(readonly value: Value) {}
}

/** QUIT, or the default error handler ending the program. */
export class QuitSignal {}
