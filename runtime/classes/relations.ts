// Class relations PRG code asks about: IsDerivedFrom() / IsKindOf() and
// __clsParent().

import type { Thread } from '../vm/thread.js';
import { HbObject, type Value } from '../values/types.js';
import type { HbClass } from './class.js';
import { inNative, launch, makeError } from '../errors/launch.js';
import { EF_NONE } from '../errors/error.js';

/** Whether class `cls` is `name` or has it among its ancestors. */
export function isParent(cls: HbClass, name: string): boolean {
  const key = name.toUpperCase();
  for (const s of cls.supers) if (s.cls.name === key) return true;
  return false;
}

function argErr(ctx: Thread): void {
  inNative(ctx, '__OBJDERIVEDFROM', () => launch(ctx, makeError(ctx, { genCode: 1, subCode: 3101, operation: '__OBJDERIVEDFROM', flags: EF_NONE })));
}

/** __objDerivedFrom( oObject, xSuper ): xSuper is a class name or an object of the class. */
export function derivedFrom(ctx: Thread, obj: Value, sup: Value): boolean {
  if (!(obj instanceof HbObject)) {
    argErr(ctx);
    return false;
  }
  let name: string;
  if (sup instanceof HbObject) name = (sup.cls.castOf ?? sup.cls).name;
  else if (typeof sup === 'string') name = sup.toUpperCase();
  else {
    argErr(ctx);
    return false;
  }
  return isParent(obj.cls.castOf ?? obj.cls, name);
}
