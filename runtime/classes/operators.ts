// Operator overloading: an operator the built-in rules cannot apply asks the
// object's class for its operator message (__OPPLUS ...); o[i] and
// o[i] := v go through __OPARRAYINDEX, and without it index the object's
// instance variables as Harbour does (an object is an array underneath).

import type { Thread } from '../vm/thread.js';
import type { VM } from '../vm/vm.js';
import { HbObject, type Value } from '../values/types.js';
import { NO_OVERLOAD, setOperatorHook, type OperatorMessage } from '../values/overload.js';
import { NO_OVERLOAD as NO_INDEX_OVERLOAD, aGet, aSet } from '../vm/arrays.js';
import { sendObject } from './send.js';

function hasMessage(obj: HbObject, msg: string): boolean {
  return (obj.cls.castOf ?? obj.cls).lookup(msg) !== undefined;
}

function operatorHook(ctx: Thread, msg: OperatorMessage, self: Value, arg?: Value): Value | typeof NO_OVERLOAD {
  if (!(self instanceof HbObject) || !hasMessage(self, msg)) return NO_OVERLOAD;
  const unary = msg === '__OPNOT' || msg === '__OPINC' || msg === '__OPDEC';
  return sendObject(ctx, self, msg, unary ? [] : [arg]);
}

/**
 * An assignment to a variable holding an object whose class has the `:=`
 * operator: the object answers the new value, and its answer is stored.
 */
export function opAssign(ctx: Thread, v: Value, old: Value): Value {
  return old instanceof HbObject && hasMessage(old, '__OPASSIGN') ? sendObject(ctx, old, '__OPASSIGN', [v]) : v;
}

const objectIndex = {
  index(ctx: Thread, obj: HbObject, i: Value): Value | typeof NO_INDEX_OVERLOAD {
    if (hasMessage(obj, '__OPARRAYINDEX')) return sendObject(ctx, obj, '__OPARRAYINDEX', [i]);
    return aGet(ctx, obj.vars, i);
  },
  indexAssign(ctx: Thread, obj: HbObject, i: Value, v: Value): Value | typeof NO_INDEX_OVERLOAD {
    if (hasMessage(obj, '__OPARRAYINDEX')) return sendObject(ctx, obj, '__OPARRAYINDEX', [i, v]);
    return aSet(ctx, obj.vars, i, v);
  },
};

/** Hook classes into the operators (once per VM, when the first class is made). */
export function installOperators(vm: VM): void {
  if (vm.operators === objectIndex) return;
  setOperatorHook(operatorHook);
  vm.operators = objectIndex;
}
