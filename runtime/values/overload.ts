// Operator overloading: where the operators hand over to a class.
//
// When no built-in rule applies to the operands, an operator asks the hook
// before raising its argument error. The class engine installs the hook; it
// returns the result of the operand's operator method (any value, NIL
// included) or NO_OVERLOAD when the operand's class does not define that
// operator. Harbour consults it for the left operand (`self`), except for
// `$`, whose container on the right is asked first (__OPINCLUDE).

import type { Thread } from '../vm/thread.js';
import type { Value } from './types.js';

/** The message names of Harbour's overloadable operators. */
export type OperatorMessage =
  | '__OPPLUS' | '__OPMINUS' | '__OPMULT' | '__OPDIVIDE' | '__OPMOD' | '__OPPOWER'
  | '__OPINC' | '__OPDEC'
  | '__OPEQUAL' | '__OPEXACTEQUAL' | '__OPNOTEQUAL'
  | '__OPLESS' | '__OPLESSEQUAL' | '__OPGREATER' | '__OPGREATEREQUAL'
  | '__OPINSTRING' | '__OPINCLUDE' | '__OPNOT';

export const NO_OVERLOAD: unique symbol = Symbol('no overload');

/**
 * Send operator message `msg` to `self` with the other operand (absent for
 * unary operators), if its class overloads it.
 */
export type OperatorHook = (ctx: Thread, msg: OperatorMessage, self: Value, arg?: Value) => Value | typeof NO_OVERLOAD;

let hook: OperatorHook | undefined;

/** Install the class engine's operator dispatch (once, at startup). */
export function setOperatorHook(h: OperatorHook | undefined): void {
  hook = h;
}

/** Whether `self`'s class overloads `msg`, and if so the result. */
export function overload(ctx: Thread, msg: OperatorMessage, self: Value, arg?: Value): Value | typeof NO_OVERLOAD {
  return hook === undefined ? NO_OVERLOAD : hook(ctx, msg, self, arg);
}
