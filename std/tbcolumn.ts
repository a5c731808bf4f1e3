// Class TBColumn: one column of a TBrowse (TBColumnNew()). Its settings are
// typed: assigning a value of the wrong type is an argument error of
// subsystem TBCOLUMN (__eInstVar53()), as in Clipper 5.3.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Value } from '../runtime/values/types.js';
import { aGet, aSet } from '../runtime/vm/arrays.js';
import type { Method } from '../runtime/classes/class.js';
import {
  SlotView, defineSlots, instVar53, nativeClass, nativeInstance, send, type NativeClassDef, type NativeMethod,
  type NativeVar,
} from '../runtime/classes/native.js';
import { SCOPE_EXPORTED, SCOPE_PROTECTED } from '../runtime/classes/scope-bits.js';
import { numOr0, rtl } from './get-view.js';
import type { StdModule } from './registry.js';

const E = SCOPE_EXPORTED;
const P = SCOPE_PROTECTED;

const VARS: readonly NativeVar[] = [
  { name: 'cargo', scope: E },
  { name: 'nWidth', scope: P },
  { name: 'bBlock', scope: P },
  { name: 'aDefColor', scope: P, init: [1, 2] },
  { name: 'bColorBlock', scope: P, init: () => undefined },
  { name: 'cHeading', scope: P, init: '' },
  { name: 'cHeadSep', scope: P },
  { name: 'cColSep', scope: P },
  { name: 'cFootSep', scope: P },
  { name: 'cFooting', scope: P, init: '' },
  { name: 'picture', scope: E },
  { name: 'bPreBlock', scope: P },
  { name: 'bPostBlock', scope: P },
  { name: 'aSetStyle', scope: P, init: [false, false, false] },
];

class ColumnView extends SlotView {
  declare bBlock: Value;
  declare cHeading: Value;
  declare aSetStyle: Value;

  constructor(ctx: Thread, self: Value) {
    super(self as HbObject, nativeClass(ctx, TBCOLUMN_CLASS));
  }
}
defineSlots(ColumnView, VARS);

/** A SETGET message of a typed setting: NIL leaves it, another type is an error. */
function typed(msg: string, slot: string, type: string): NativeMethod {
  const fn: Method = (ctx, self, v) => {
    const c = new ColumnView(ctx, self) as unknown as Record<string, Value>;
    if (v !== undefined) c[slot] = instVar53(ctx, self, msg, v, type);
    return c[slot];
  };
  return { name: msg, fn, setget: true };
}

/** setStyle( nStyle, [lNewValue] ): Clipper 5.3's per-column style flags (TBC_READWRITE, TBC_MOVE, TBC_SIZE ...). */
function setStyle(ctx: Thread, self: Value, style: Value, value: Value): Value {
  const c = new ColumnView(ctx, self);
  const styles = c.aSetStyle;
  const n = numOr0(style);
  if (Array.isArray(styles) && n > styles.length && n <= 4096) rtl(ctx, 'ASIZE', styles, n);
  if (typeof value === 'boolean') aSet(ctx, styles, style, value);
  return aGet(ctx, styles, style);
}

const TBCOLUMN_CLASS: NativeClassDef = {
  name: 'TBCOLUMN',
  vars: VARS,
  methods: [
    typed('BLOCK', 'bBlock', 'B'),
    typed('COLORBLOCK', 'bColorBlock', 'B'),
    typed('DEFCOLOR', 'aDefColor', 'A'),
    typed('COLSEP', 'cColSep', 'C'),
    typed('HEADING', 'cHeading', 'C'),
    typed('FOOTING', 'cFooting', 'C'),
    typed('HEADSEP', 'cHeadSep', 'C'),
    typed('FOOTSEP', 'cFootSep', 'C'),
    typed('WIDTH', 'nWidth', 'N'),
    typed('PREBLOCK', 'bPreBlock', 'B'),
    typed('POSTBLOCK', 'bPostBlock', 'B'),
    { name: 'SETSTYLE', fn: (ctx, self, style, value) => setStyle(ctx, self, style, value) },
    {
      name: 'INIT', fn: (ctx, self, heading, block) => {
        // any type is taken here, as Clipper does
        const c = new ColumnView(ctx, self);
        c.cHeading = heading;
        c.bBlock = block;
        return self;
      },
    },
  ],
};

/** TBColumnNew( [cHeading], [bBlock] ) */
function tbColumnNew(ctx: Thread, heading: Value, block: Value): Value {
  return send(ctx, nativeInstance(ctx, TBCOLUMN_CLASS), 'NEW', heading, block);
}

export const functions: StdModule = {
  TBCOLUMN(ctx) {
    return nativeInstance(ctx, TBCOLUMN_CLASS);
  },
  TBCOLUMNNEW(ctx, heading, block) {
    return tbColumnNew(ctx, heading, block);
  },
  __EINSTVAR53(ctx, self, method, v, type, subCode, valid) {
    const ok = valid === undefined ? undefined : () => send(ctx, valid, 'EVAL', self, v) === true;
    return instVar53(ctx, self, method, v, type, ok, numOr0(subCode));
  },
};
