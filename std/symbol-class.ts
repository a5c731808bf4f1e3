// Class Symbol: an object naming a function of the symbol table
// (Symbol():New( "QOUT" )), which can tell its name, compare itself with
// another and call the function.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Value } from '../runtime/values/types.js';
import {
  SlotView, defineSlots, nativeClass, nativeInstance, send, type NativeClassDef, type NativeVar,
} from '../runtime/classes/native.js';
import { SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import type { StdModule } from './registry.js';

const VARS: readonly NativeVar[] = [{ name: 'nSym', scope: SCOPE_PROTECTED }];

class SymbolView extends SlotView {
  declare nSym: Value;

  constructor(ctx: Thread, self: Value) {
    super(self as HbObject, nativeClass(ctx, SYMBOL_CLASS));
  }
}
defineSlots(SymbolView, VARS);

const SYMBOL_CLASS: NativeClassDef = {
  name: 'SYMBOL',
  vars: VARS,
  methods: [
    {
      name: 'INIT', fn: (ctx, self, name) => {
        new SymbolView(ctx, self).nSym = ctx.vm.syms.func('__DYNSN2SYM').fn(ctx, name);
        return self;
      },
    },
    { name: 'NAME', fn: (ctx, self) => send(ctx, new SymbolView(ctx, self).nSym, 'NAME') },
    {
      name: 'ISEQUAL', fn: (ctx, self, other) => {
        if (send(ctx, self, 'CLASSH') !== send(ctx, other, 'CLASSH')) return false;
        const theirs = other instanceof HbObject && other.cls === (self as HbObject).cls ? new SymbolView(ctx, other).nSym : undefined;
        return send(ctx, new SymbolView(ctx, self).nSym, 'NAME') === send(ctx, theirs, 'NAME');
      },
    },
    { name: 'EXEC', fn: (ctx, self, ...args) => send(ctx, new SymbolView(ctx, self).nSym, 'EXEC', ...args) },
  ],
};

export const functions: StdModule = {
  SYMBOL(ctx) {
    return nativeInstance(ctx, SYMBOL_CLASS);
  },
};
