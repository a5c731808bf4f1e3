// A call frame: what ProcName(), ProcLine(), ProcFile(), PCount() and the
// "Called from" lines of the default error handler read.

import type { Value } from '../values/types.js';
import type { MethodCall } from '../classes/class.js';

/** The static facts of a procedure, function, method or codeblock. */
export interface ProcInfo {
  readonly name: string;
  readonly file: string;
}

export class Frame {
  proc: ProcInfo = NATIVE;
  /** current source line; 0 for runtime-library functions */
  line = 0;
  /** the PRIVATE stack height when the frame was entered */
  privBase = 0;
  /** the arguments, kept only by code that asks for them (PCount, hb_PValue, ...) */
  args: Value[] | null = null;
  /** Self inside a method */
  self: Value = undefined;
  /** the message this frame runs when it is a method (or an inline method's codeblock) */
  method: MethodCall | null = null;
}

export const NATIVE: ProcInfo = { name: '', file: '' };

/** ProcInfo for a runtime-library function that shows in "Called from" lines. */
export function nativeProc(name: string): ProcInfo {
  return { name, file: '' };
}
