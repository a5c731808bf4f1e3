// Fields of the current area: FCount, FieldGet/FieldPut, FieldName,
// FieldPos, FieldType/Len/Dec, dbStruct, Header, RecSize, LUpdate, and
// the hb_Field*() and dbFieldInfo() functions.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { isNumeric } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { cur, framed, intArg, noTable, badArg } from './dbcommon.js';
import type { WorkArea } from '../rdd/workarea.js';
import { EDBCMD_DBCMDBADPARAMETER } from '../rdd/errors.js';
import { typeText } from '../rdd/dbf/fields.js';
import { HbDate } from '../runtime/values/types.js';

/** A field given by number or (hb_Field*) by name; 0 when there is none. */
function fieldIndex(a: WorkArea, v: Value): number {
  if (typeof v === 'string') return a.fieldPos(v);
  const n = intArg(v);
  return n >= 1 && n <= a.fields.length ? n : 0;
}

function fieldGet(ctx: Thread, v: Value): Value {
  const a = cur(ctx);
  if (a === undefined) return undefined;
  const i = fieldIndex(a, v);
  return i === 0 ? undefined : framed(ctx, 'FIELDGET', () => a.getValue(i));
}

function fieldPut(ctx: Thread, fn: string, n: Value, v: Value): Value {
  const a = cur(ctx);
  if (a === undefined) return undefined;
  const i = fieldIndex(a, n);
  if (i === 0 || v === undefined) return undefined;
  return framed(ctx, fn, () => (a.putValue(i, v) ? v : undefined));
}

export const functions: StdModule = {
  FCOUNT(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.fields.length;
  },
  FIELDGET(ctx, n) {
    if (typeof n === 'string') return undefined;
    return fieldGet(ctx, n);
  },
  FIELDPUT(ctx, n, v) {
    if (typeof n === 'string') return undefined;
    return fieldPut(ctx, 'FIELDPUT', n, v);
  },
  HB_FIELDGET(ctx, n) {
    return fieldGet(ctx, n);
  },
  HB_FIELDPUT(ctx, n, v) {
    return fieldPut(ctx, 'HB_FIELDPUT', n, v);
  },
  FIELDNAME(ctx, n) {
    const a = cur(ctx);
    const i = intArg(n);
    return a !== undefined && i >= 1 && i <= a.fields.length ? a.fields[i - 1].name : '';
  },
  FIELD(ctx, n) {
    const a = cur(ctx);
    const i = intArg(n);
    return a !== undefined && i >= 1 && i <= a.fields.length ? a.fields[i - 1].name : '';
  },
  FIELDPOS(ctx, name) {
    const a = cur(ctx);
    return a !== undefined && typeof name === 'string' && name.length > 0 ? a.fieldPos(name) : 0;
  },
  FIELDTYPE(ctx, n) {
    const a = cur(ctx);
    const i = intArg(n);
    return a !== undefined && i >= 1 && i <= a.fields.length ? typeText(a.fields[i - 1]) : '';
  },
  FIELDLEN(ctx, n) {
    const a = cur(ctx);
    const i = intArg(n);
    return a !== undefined && i >= 1 && i <= a.fields.length ? a.fields[i - 1].len : 0;
  },
  FIELDDEC(ctx, n) {
    const a = cur(ctx);
    const i = intArg(n);
    return a !== undefined && i >= 1 && i <= a.fields.length ? a.fields[i - 1].dec : 0;
  },
  HB_FIELDTYPE(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return '';
    const i = fieldIndex(a, n);
    return i === 0 ? '' : typeText(a.fields[i - 1]);
  },
  HB_FIELDLEN(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    const i = fieldIndex(a, n);
    return i === 0 ? 0 : a.fields[i - 1].len;
  },
  HB_FIELDDEC(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    const i = fieldIndex(a, n);
    return i === 0 ? 0 : a.fields[i - 1].dec;
  },
  DBSTRUCT(ctx) {
    const a = cur(ctx);
    if (a === undefined) return [];
    return a.fields.map((f) => [f.name, typeText(f), f.len, f.dec]);
  },
  AFIELDS(ctx, aNames, aTypes, aLens, aDecs) {
    const a = cur(ctx);
    const lists = [aNames, aTypes, aLens, aDecs];
    if (a === undefined || lists.every((l) => !Array.isArray(l))) return 0;
    let n = a.fields.length;
    for (const l of lists) if (Array.isArray(l) && l.length < n) n = l.length;
    for (let i = 0; i < n; i++) {
      const f = a.fields[i];
      if (Array.isArray(aNames)) aNames[i] = f.name;
      if (Array.isArray(aTypes)) aTypes[i] = typeText(f);
      if (Array.isArray(aLens)) aLens[i] = f.len;
      if (Array.isArray(aDecs)) aDecs[i] = f.dec;
    }
    return n;
  },
  HEADER(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.info(3, undefined);
  },
  RECSIZE(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.info(7, undefined);
  },
  LUPDATE(ctx) {
    const a = cur(ctx);
    if (a === undefined) return new HbDate(0);
    return a.info(4, undefined);
  },
  DBFIELDINFO(ctx, type, n, v) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBFIELDINFO');
    const i = intArg(n);
    if (!isNumeric(type) || i < 1 || i > a.fields.length) return badArg(ctx, 'DBFIELDINFO', EDBCMD_DBCMDBADPARAMETER);
    return framed(ctx, 'DBFIELDINFO', () => a.fieldInfo(i, intArg(type), v));
  },
};
