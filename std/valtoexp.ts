// Values as text: hb_ValToExp() (source code that rebuilds the value),
// hb_CStr() (a readable description) and hb_ValToStr() (what ? prints).
//
// hb_ValToExp() writes arrays and hashes in full. An array or hash met a
// second time (shared, or containing itself) is written as NIL and listed
// with its path for __itemSetRef(); objects are written as arrays of their
// instance variables and listed for __itemSetObj() (or, raw, their plain
// elements for __itemSetObjRaw()). Paths are the indexes/keys from the
// outermost value, comma separated.

import type { Thread } from '../runtime/vm/thread.js';
import {
  HbDate, HbHash, HbNum, HbObject, HbPointer, HbSymbol, HbTimestamp, type Value,
} from '../runtime/values/types.js';
import { hbNtos, numToStr } from '../runtime/values/numfmt.js';
import { dateToDigits } from '../runtime/values/date.js';
import { displayStr } from '../runtime/values/display.js';
import type { StdModule } from './registry.js';
import { baseArgs, deref, substError } from './param.js';
import { isoTimestampShort } from './times.js';
import { aGet, aSet } from '../runtime/vm/arrays.js';

/**
 * A string as a PRG literal: "...", '...' or [...], whichever delimiter
 * the text does not contain; e"..." with escapes when it needs them (CR,
 * LF or NUL in it, all three delimiters used, or `escaped` asked).
 */
export function strToExp(s: string, escaped = false): string {
  let kinds = 0;
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 34: kinds |= 1; break; // "
      case 39: kinds |= 2; break; // '
      case 93: kinds |= 4; break; // ]
      case 10: case 13: case 0: kinds |= 7; break;
    }
  }
  if (kinds === 7 || escaped) {
    let r = 'e"';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      switch (c) {
        case '\r': r += '\\r'; break;
        case '\n': r += '\\n'; break;
        case '\0': r += '\\000'; break;
        case '\\': case '"': r += '\\' + c; break;
        default: r += c;
      }
    }
    return r + '"';
  }
  if ((kinds & 1) === 0) return '"' + s + '"';
  if ((kinds & 2) === 0) return "'" + s + "'";
  return '[' + s + ']';
}

/** A date as a literal: 0d20240131, 0d00000000 for the empty date. */
function dateExp(d: HbDate): string {
  return d.jd === 0 ? '0d00000000' : '0d' + dateToDigits(d.jd);
}

/** The class name of an object, as its ClassName() method answers. */
function className(ctx: Thread, o: HbObject): string {
  const r = ctx.vm.message('CLASSNAME').send(ctx, o);
  return typeof r === 'string' ? r : o.cls.name;
}

/** An object's instance variables as {name, value} pairs (__objGetIVars()), when the runtime provides that. */
function ivarsOf(ctx: Thread, o: HbObject): Array<[string, Value]> {
  const fn = ctx.vm.syms.findFunc('__OBJGETIVARS');
  const r = fn !== undefined ? fn.fn(ctx, o) : [];
  const pairs: Array<[string, Value]> = [];
  if (Array.isArray(r)) {
    for (const p of r) if (Array.isArray(p) && typeof p[0] === 'string') pairs.push([p[0], p[1]]);
  }
  return pairs;
}

/** What one hb_ValToExp() call collects while it walks nested values. */
interface Walk {
  raw: boolean;
  /** path of each array/hash/object seen so far ('' for the outermost) */
  paths: Map<object, string>;
  refs: string;
  objs: string | undefined;
}

function scalarExp(v: Value): string | undefined {
  switch (typeof v) {
    case 'string': return strToExp(v);
    case 'number': return hbNtos(v);
    case 'boolean': return v ? '.T.' : '.F.';
    case 'undefined': return 'NIL';
    case 'function': return '{|| ... }';
  }
  if (v instanceof HbNum) return hbNtos(v);
  if (v instanceof HbDate) return dateExp(v);
  if (v instanceof HbTimestamp) return 't"' + isoTimestampShort(v.jd, v.ms) + '"';
  if (v instanceof HbSymbol) return '@' + v.sym.name + '()';
  if (v instanceof HbPointer) return '<pointer>';
  return undefined;
}

/** hb_ValToExp() of `v` found at path `ind` (undefined: the outermost value). */
function toExp(ctx: Thread, item: Value, walk: Walk, ind: string | undefined): string {
  // an element that is a reference ({ @x }) shows the value it refers to
  const v = deref(item);
  const s = scalarExp(v);
  if (s !== undefined) return s;
  const container = v as unknown[] | HbHash | HbObject;
  let path: string;
  if (ind === undefined) {
    path = '';
    walk.paths.set(container, '');
  } else {
    const seen = walk.paths.get(container);
    if (seen !== undefined) {
      walk.refs += (walk.refs === '' ? '' : ',') + '{{' + ind + '},' + seen + '}';
      return 'NIL';
    }
    walk.paths.set(container, '{' + ind + '}');
    path = ind + ',';
  }

  let text: string;
  if (v instanceof HbHash) {
    if (v.keys.length === 0) {
      text = '{=>}';
    } else {
      text = '{';
      for (let i = 0; i < v.keys.length; i++) {
        const key = toExp(ctx, v.keys[i], { raw: walk.raw, paths: new Map(), refs: '', objs: undefined }, undefined);
        text += (i === 0 ? '' : ', ') + key + '=>' + toExp(ctx, v.values[i], walk, path + key);
      }
      text += '}';
    }
  } else if (v instanceof HbObject && !walk.raw) {
    text = '{';
    ivarsOf(ctx, v).forEach(([name, value], i) => {
      text += (i === 0 ? '{"' : ', {"') + name + '", ' + toExp(ctx, value, walk, path + (i + 1) + ',2') + '}';
    });
    text += '}';
  } else {
    const items = v instanceof HbObject ? v.vars : (v as Value[]);
    text = '{';
    for (let i = 0; i < items.length; i++) {
      text += (i === 0 ? '' : ', ') + toExp(ctx, items[i], walk, path + (i + 1));
    }
    text += '}';
  }

  if (v instanceof HbObject) {
    walk.objs = (walk.objs === undefined ? '' : walk.objs + ',') + '{"' + className(ctx, v) + '",' +
      (path !== '' ? '{' + path.slice(0, -1) + '}' : '') + '}';
  }
  if (path === '') {
    if (walk.refs !== '') text = '__itemSetRef( ' + text + ', {' + walk.refs + '} )';
    if (walk.objs !== undefined && walk.objs !== '') {
      text = (walk.raw ? '__itemSetObjRaw( ' : '__itemSetObj( ') + text + ', {' + walk.objs + '} )';
    }
  }
  return text;
}

/** hb_ValToExp( xValue, [lRaw] ) */
export function valToExp(ctx: Thread, v: Value, raw = false): string {
  return toExp(ctx, v, { raw, paths: new Map(), refs: '', objs: undefined }, undefined);
}

/** hb_CStr( xValue ): a short readable text of any value. */
export function cStr(ctx: Thread, v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || v instanceof HbNum) return numToStr(v);
  if (Array.isArray(v)) return '{ Array of ' + v.length + ' Items }';
  if (v instanceof HbHash) return '{ Hash of ' + v.keys.length + ' Items }';
  if (v instanceof HbObject) return '{ ' + className(ctx, v) + ' Object }';
  return scalarExp(v) ?? 'NIL';
}

/** xVal[ p1, p2, ... ]: the element at an index path (an array of indexes or keys). */
function atPath(ctx: Thread, v: Value, path: Value): Value {
  if (!Array.isArray(path)) return v;
  for (const i of path) v = aGet(ctx, v, i);
  return v;
}

/**
 * __itemSetRef( xVal, aRefs ): what hb_ValToExp() wrote as NIL for an
 * array or hash met before becomes that array or hash again: each entry
 * is { path of the NIL, path of the original (NIL: xVal itself) }.
 */
function itemSetRef(ctx: Thread, v: Value, refs: Value): Value {
  if (!Array.isArray(refs)) return v;
  for (const r of refs) {
    if (!Array.isArray(r) || !Array.isArray(r[0]) || r[0].length === 0) continue;
    const path = r[0];
    const target = r[1] === undefined ? v : atPath(ctx, v, r[1]);
    aSet(ctx, atPath(ctx, v, path.slice(0, -1)), path[path.length - 1], target);
  }
  return v;
}

/**
 * __itemSetObj()/__itemSetObjRaw(): the arrays hb_ValToExp() wrote for
 * objects become objects of their classes again (each entry is { class
 * name, path (NIL: xVal itself) }), through __objRestoreIVars() or
 * __objSetClass().
 */
function itemSetObj(ctx: Thread, v: Value, objs: Value, fn: string): Value {
  if (!Array.isArray(objs)) return v;
  const restore = ctx.vm.syms.func(fn);
  for (const o of objs) {
    if (!Array.isArray(o)) continue;
    const target = o[1] === undefined ? v : atPath(ctx, v, o[1]);
    const obj = restore.fn(ctx, target, o[0]);
    if (o[1] === undefined) v = obj;
    else {
      const path = o[1] as Value[];
      aSet(ctx, atPath(ctx, v, path.slice(0, -1)), path[path.length - 1], obj);
    }
  }
  return v;
}

export const functions: StdModule = {
  __ITEMSETREF(ctx, v, refs) {
    return itemSetRef(ctx, deref(v), deref(refs));
  },
  __ITEMSETOBJ(ctx, v, objs) {
    return itemSetObj(ctx, deref(v), deref(objs), '__OBJRESTOREIVARS');
  },
  __ITEMSETOBJRAW(ctx, v, objs) {
    return itemSetObj(ctx, deref(v), deref(objs), '__OBJSETCLASS');
  },
  HB_VALTOEXP(ctx, v, raw) {
    return valToExp(ctx, deref(v), deref(raw) === true);
  },
  HB_CSTR(ctx, v) {
    return cStr(ctx, deref(v));
  },
  HB_VALTOSTR(ctx, v) {
    if (arguments.length < 2) return substError(ctx, 'HB_VALTOSTR', 1099, baseArgs(arguments));
    return displayStr(ctx, deref(v));
  },
};
