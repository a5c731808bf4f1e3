// The runtime functions generated code calls by name. The module prologue
// destructures exactly these from the runtime's API object, which must
// provide every one (a test checks both sides agree).

export const RUNTIME_NAMES = [
  // operators
  'plus', 'minus', 'mult', 'div', 'mod', 'power', 'negate', 'inc', 'dec',
  'eq', 'exactEq', 'ne', 'lt', 'le', 'gt', 'ge', 'contains', 'not', 'logical', 'cond', 'forTest', 'decConst', 'HbNum', 'decNum',
  'opAssign',
  // variables, fields, arrays
  'mvGet', 'mvSet', 'mvRef', 'fieldGet', 'fieldSet', 'varGet', 'declPrivate', 'declPublic',
  'aGet', 'aSet', 'elemRef', 'arrayDims', 'arrayParams', 'hashNew', 'inArea', 'inAreaG', 'Ref', 'refSet', 'argsFrom',
  'tstatic', 'tstaticSet', 'valTypeRead',
  // macros and messages
  'macroGet', 'macroSet', 'macroCall', 'macroRef', 'macroStr', 'macroPart', 'mvPeek', 'macroVar', 'sendMacro', 'macroText', 'macroList',
  // control
  'doBreak', 'BreakSignal', 'swKey', 'blk', 'evalG',
  'enumStart', 'enumNext', 'enumSet', 'enumKey', 'enumIsFirst', 'enumIsLast', 'enumStop', 'enumSend', 'EnumRef', 'passRef',
] as const;

export type RuntimeName = (typeof RUNTIME_NAMES)[number];

/** What code compiled in counting mode also calls (runtime/vm/refcount-api.ts): `rt.rc`. */
export const RC_NAMES = [
  'rcInc', 'rcDec', 'rcDrop', 'rcSet', 'rcRefSet', 'rcASet', 'rcElemRef', 'rcArr', 'rcHashNew', 'rcMvSet', 'rcMvRef',
  'rcTSet', 'rcEnumSet', 'rcRet', 'rcKeep', 'rcUse', 'rcDone', 'rcDetach', 'rcTick',
] as const;

export type RcName = (typeof RC_NAMES)[number];
