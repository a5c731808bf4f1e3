// The Error object (ErrorNew(), and what runtime errors pass to the error
// block): class ERROR with Harbour's twelve instance variables and its
// access/assign messages. Assignments keep each slot's type: a string slot
// ignores a non-string, a flag ignores a non-logical, and a numeric slot
// raises "Argument error" for a non-number (substitutable).

import { HbNum, HbObject, type Value } from '../values/types.js';
import type { HbClass, ClassRegistry, Method } from '../classes/class.js';
import type { Thread } from '../vm/thread.js';
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

export const ES_WHOCARES = 0;
export const ES_WARNING = 1;
export const ES_ERROR = 2;
export const ES_CATASTROPHIC = 3;

const IVARS = ['CARGO', 'ARGS', 'FLAGS', 'DESCRIPTION', 'FILENAME', 'GENCODE', 'OPERATION', 'OSCODE',
  'SEVERITY', 'SUBCODE', 'SUBSYSTEM', 'TRIES'];

/** A new object's slots: everything empty, zero or NIL (tries stays NIL until counted, as in Harbour). */
const INIT: Value[] = [undefined, undefined, EF_NONE, '', '', 0, '', 0, 0, 0, '', undefined];

/**
 * Raises the error of a numeric slot assigned a non-number (BASE/0
 * "Argument error", operation the slot name); set by launch.ts, which
 * depends on this module.
 */
let numArgError: (ctx: Thread, slot: string, args: Value[]) => Value = () => undefined;

export function setNumArgError(f: typeof numArgError): void {
  numArgError = f;
}

/** A C int from a Harbour number, as the error API stores codes. */
function toInt(v: number | HbNum): number {
  const n = typeof v === 'number' ? v : v.n;
  return Math.trunc(n) | 0;
}

/** The integer to store in numeric slot `name`, or undefined when none is to be stored. */
function numArg(ctx: Thread, name: string, args: Value[]): number | undefined {
  const v = args[0];
  if (typeof v === 'number' || v instanceof HbNum) return toInt(v);
  const r = numArgError(ctx, name, args.length ? [args[0]] : []);
  if (typeof r === 'number' || r instanceof HbNum) return toInt(r);
  return undefined;
}

/** Register class ERROR. */
export function defineErrorClass(classes: ClassRegistry): HbClass {
  const cls = classes.create('ERROR');
  for (let i = 0; i < IVARS.length; i++) {
    cls.ivars.push(IVARS[i]);
    cls.ivarInit.push(INIT[i]);
  }
  const vars = (self: Value) => (self as HbObject).vars;
  const get = (slot: number): Method => (_ctx, self) => vars(self)[slot];
  const strSlot = (slot: number): Method => (_ctx, self, ...a) => {
    if (typeof a[0] === 'string') vars(self)[slot] = a[0];
    return a[0];
  };
  // numeric slots: genCode, osCode and subCode keep a C int, severity and tries a 16-bit unsigned
  const numSlot = (slot: number, name: string, short: boolean): Method => (ctx, self, ...a) => {
    const n = numArg(ctx, name, a);
    if (n === undefined) return 0;
    vars(self)[slot] = short ? n & 0xffff : n;
    if (slot === E_GENCODE) vars(self)[E_DESCRIPTION] = errorDescription(n);
    return n;
  };
  const flag = (bit: number): Method => (_ctx, self) => ((vars(self)[E_FLAGS] as number) & bit) !== 0;
  const setFlag = (bit: number): Method => (_ctx, self, ...a) => {
    const v = a[0];
    if (typeof v !== 'boolean') return undefined;
    const o = vars(self);
    o[E_FLAGS] = v ? (o[E_FLAGS] as number) | bit : (o[E_FLAGS] as number) & ~bit;
    return v;
  };

  cls.addMethod('ARGS', get(E_ARGS));
  cls.addMethod('_ARGS', (_ctx, self, ...a) => {
    if (!Array.isArray(a[0])) return undefined;
    vars(self)[E_ARGS] = a[0];
    return a[0];
  });
  cls.addMethod('CANDEFAULT', flag(EF_CANDEFAULT));
  cls.addMethod('_CANDEFAULT', setFlag(EF_CANDEFAULT));
  cls.addMethod('CANRETRY', flag(EF_CANRETRY));
  cls.addMethod('_CANRETRY', setFlag(EF_CANRETRY));
  cls.addMethod('CANSUBSTITUTE', flag(EF_CANSUBSTITUTE));
  cls.addMethod('_CANSUBSTITUTE', setFlag(EF_CANSUBSTITUTE));
  cls.addMethod('CARGO', get(E_CARGO));
  cls.addMethod('_CARGO', (_ctx, self, ...a) => {
    if (a.length > 0) vars(self)[E_CARGO] = a[0];
    return a[0];
  });
  cls.addMethod('DESCRIPTION', get(E_DESCRIPTION));
  cls.addMethod('_DESCRIPTION', strSlot(E_DESCRIPTION));
  cls.addMethod('FILENAME', get(E_FILENAME));
  cls.addMethod('_FILENAME', strSlot(E_FILENAME));
  cls.addMethod('GENCODE', get(E_GENCODE));
  cls.addMethod('_GENCODE', numSlot(E_GENCODE, 'GENCODE', false));
  cls.addMethod('OPERATION', get(E_OPERATION));
  cls.addMethod('_OPERATION', strSlot(E_OPERATION));
  cls.addMethod('OSCODE', get(E_OSCODE));
  cls.addMethod('_OSCODE', numSlot(E_OSCODE, 'OSCODE', false));
  cls.addMethod('SEVERITY', get(E_SEVERITY));
  cls.addMethod('_SEVERITY', numSlot(E_SEVERITY, 'SEVERITY', true));
  cls.addMethod('SUBCODE', get(E_SUBCODE));
  cls.addMethod('_SUBCODE', numSlot(E_SUBCODE, 'SUBCODE', false));
  cls.addMethod('SUBSYSTEM', get(E_SUBSYSTEM));
  cls.addMethod('_SUBSYSTEM', strSlot(E_SUBSYSTEM));
  cls.addMethod('TRIES', (_ctx, self) => vars(self)[E_TRIES] ?? 0);
  cls.addMethod('_TRIES', numSlot(E_TRIES, 'TRIES', true));
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

/** The codes a repeated file error updates (genCode with its description, subCode, osCode). */
export function fillFileCodes(o: HbObject, genCode: number, subCode: number, osCode: number): void {
  const v = o.vars;
  v[E_GENCODE] = genCode;
  v[E_DESCRIPTION] = errorDescription(genCode);
  v[E_SUBCODE] = subCode;
  v[E_OSCODE] = osCode;
}

export function errFlags(o: HbObject): number {
  return o.vars[E_FLAGS] as number;
}
