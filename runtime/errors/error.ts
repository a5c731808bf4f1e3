// The Error object (ErrorNew(), and what runtime errors pass to the error
// block): class ERROR with Harbour's messages.

import { HbObject, type Value } from '../values/types.js';
import type { HbClass, ClassRegistry } from '../classes/class.js';
import { errorDescription } from '../lang.js';

// instance variable slots
export const E_CARGO = 0;
export const E_ARGS = 1;
export const E_FLAGS = 2;
export const E_DESCRIPTION = 3;
export const E_FILENAME = 4;
export const E_GENCODE = 5;
export const E_OPERATION = 6;
export const E_OSCODE = 7;
export const E_SEVERITY = 8;
export const E_SUBCODE = 9;
export const E_SUBSYSTEM = 10;
export const E_TRIES = 11;

// flag bits (oError:canRetry, canSubstitute, canDefault)
export const EF_NONE = 0;
export const EF_CANRETRY = 1;
export const EF_CANSUBSTITUTE = 2;
export const EF_CANDEFAULT = 4;

export const ES_WARNING = 1;
export const ES_ERROR = 2;

const SLOTS: Array<[string, number]> = [
  ['CARGO', E_CARGO], ['ARGS', E_ARGS], ['DESCRIPTION', E_DESCRIPTION], ['FILENAME', E_FILENAME],
  ['GENCODE', E_GENCODE], ['OPERATION', E_OPERATION], ['OSCODE', E_OSCODE], ['SEVERITY', E_SEVERITY],
  ['SUBCODE', E_SUBCODE], ['SUBSYSTEM', E_SUBSYSTEM], ['TRIES', E_TRIES],
];

const FLAG_MESSAGES: Array<[string, number]> = [
  ['CANRETRY', EF_CANRETRY], ['CANSUBSTITUTE', EF_CANSUBSTITUTE], ['CANDEFAULT', EF_CANDEFAULT],
];

const isNum = (v: Value): v is number => typeof v === 'number';

/** Register class ERROR. */
export function defineErrorClass(classes: ClassRegistry): HbClass {
  const cls = classes.create('ERROR');
  const init: Value[] = [undefined, undefined, EF_NONE, '', '', 0, '', 0, ES_ERROR, 0, '', 0];
  for (let i = 0; i < init.length; i++) {
    cls.ivars.push(i === E_FLAGS ? 'FLAGS' : (SLOTS.find(([, s]) => s === i)?.[0] ?? ''));
    cls.ivarInit.push(init[i]);
  }
  for (const [name, slot] of SLOTS) {
    cls.addMethod(name, (_ctx, self) => (self as HbObject).vars[slot]);
  }
  // assignments keep the slot's type: a value of another type is ignored
  const strSlot = (slot: number) => (_c: unknown, self: Value, v: Value) => {
    if (typeof v === 'string') (self as HbObject).vars[slot] = v;
    return v;
  };
  const numSlot = (slot: number) => (_c: unknown, self: Value, v: Value) => {
    if (isNum(v)) (self as HbObject).vars[slot] = v;
    return v;
  };
  cls.addMethod('_CARGO', (_c, self, v) => ((self as HbObject).vars[E_CARGO] = v));
  cls.addMethod('_ARGS', (_c, self, v) => {
    if (Array.isArray(v)) (self as HbObject).vars[E_ARGS] = v;
    return v;
  });
  cls.addMethod('_DESCRIPTION', strSlot(E_DESCRIPTION));
  cls.addMethod('_FILENAME', strSlot(E_FILENAME));
  cls.addMethod('_OPERATION', strSlot(E_OPERATION));
  cls.addMethod('_SUBSYSTEM', strSlot(E_SUBSYSTEM));
  cls.addMethod('_OSCODE', numSlot(E_OSCODE));
  cls.addMethod('_SEVERITY', numSlot(E_SEVERITY));
  cls.addMethod('_SUBCODE', numSlot(E_SUBCODE));
  cls.addMethod('_TRIES', numSlot(E_TRIES));
  cls.addMethod('_GENCODE', (_c, self, v) => {
    if (isNum(v)) {
      const o = self as HbObject;
      o.vars[E_GENCODE] = v;
      o.vars[E_DESCRIPTION] = errorDescription(v);
    }
    return v;
  });
  for (const [name, bit] of FLAG_MESSAGES) {
    cls.addMethod(name, (_c, self) => (((self as HbObject).vars[E_FLAGS] as number) & bit) !== 0);
    cls.addMethod('_' + name, (_c, self, v) => {
      const o = self as HbObject;
      if (typeof v === 'boolean') {
        const f = o.vars[E_FLAGS] as number;
        o.vars[E_FLAGS] = v ? f | bit : f & ~bit;
      }
      return v;
    });
  }
  return cls;
}

export interface ErrorSpec {
  genCode: number;
  subCode: number;
  subSystem?: string;
  description?: string;
  operation?: string;
  filename?: string;
  osCode?: number;
  severity?: number;
  flags?: number;
  args?: Value[];
}

export function newErrorObject(cls: HbClass): HbObject {
  return new HbObject(cls, cls.ivarInit.slice());
}

export function fillError(o: HbObject, s: ErrorSpec): HbObject {
  const v = o.vars;
  v[E_SEVERITY] = s.severity ?? ES_ERROR;
  v[E_SUBSYSTEM] = s.subSystem ?? 'BASE';
  v[E_GENCODE] = s.genCode;
  v[E_SUBCODE] = s.subCode;
  v[E_DESCRIPTION] = s.description ?? errorDescription(s.genCode);
  v[E_OPERATION] = s.operation ?? '';
  v[E_FILENAME] = s.filename ?? '';
  v[E_OSCODE] = s.osCode ?? 0;
  v[E_FLAGS] = s.flags ?? EF_NONE;
  if (s.args !== undefined) v[E_ARGS] = s.args;
  return o;
}

export function errFlags(o: HbObject): number {
  return o.vars[E_FLAGS] as number;
}
