// The functions compiled code calls, by the names the code generator uses
// (compiler/codegen/runtime-names.ts). Every module receives this object.

import type { RuntimeName } from '../../compiler/codegen/runtime-names.js';
import {
  plus, minus, mult, div, mod, power, negate, inc, dec, eq, exactEq, ne, lt, le, gt, ge, contains, not, logical, cond, decNum,
} from '../values/ops.js';
import { HbNum, HbRef, type Value } from '../values/types.js';
import { mvGet, mvSet, mvRef, fieldGet, fieldSet, varGet, declPrivate, declPublic, inArea, inAreaG, valTypeRead } from './variables.js';
import { aGet, aSet, elemRef, arrayDims, arrayParams } from './arrays.js';
import { newHash } from '../hash.js';
import type { Thread } from './thread.js';
import { macroGet, macroSet, macroCall, macroRef, macroStr, macroPart, mvPeek, macroVar, sendMacro, macroText, macroList } from './macro.js';
import { doBreak, swKey, forTest, refSet, argsFrom, tstatic, tstaticSet, blk, decConst, evalG } from './control.js';
import { BreakSignal } from './signals.js';
import { opAssign } from '../classes/operators.js';
import { enumStart, enumNext, enumSet, enumKey, enumIsFirst, enumIsLast, enumStop, enumSend, EnumRef, passRef } from './enumerate.js';

function hashNew(_ctx: Thread, keys: Value[], values: Value[]) {
  return newHash(keys, values);
}

export const api = {
  plus, minus, mult, div, mod, power, negate, inc, dec, eq, exactEq, ne, lt, le, gt, ge, contains, not, logical, cond, forTest, decConst, HbNum, decNum,
  opAssign,
  mvGet, mvSet, mvRef, fieldGet, fieldSet, varGet, declPrivate, declPublic,
  aGet, aSet, elemRef, arrayDims, arrayParams, hashNew, inArea, inAreaG, Ref: HbRef, refSet, argsFrom, tstatic, tstaticSet, valTypeRead,
  macroGet, macroSet, macroCall, macroRef, macroStr, macroPart, mvPeek, macroVar, sendMacro, macroText, macroList,
  doBreak, BreakSignal, swKey, blk, evalG,
  enumStart, enumNext, enumSet, enumKey, enumIsFirst, enumIsLast, enumStop, enumSend, EnumRef, passRef,
} satisfies Record<RuntimeName, unknown>;
