// Class HBPersistent: objects that write their PROPERTY variables as text
// (OBJECT ... ENDOBJECT, the source of hbpers.ch's commands) and read such
// text back. Only the values that differ from a new object's are written;
// reading runs each "::name := expression" line through the macro
// compiler. The reader keeps Harbour's ways, also where they surprise: the
// values of a nested OBJECT land on the outer object, and reading stops at
// the first ENDOBJECT.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Value } from '../runtime/values/types.js';
import { exactEq } from '../runtime/values/ops.js';
import { aGet, aSet } from '../runtime/vm/arrays.js';
import { macroCall, macroGet, macroList, sendMacro } from '../runtime/vm/macro.js';
import { BreakSignal } from '../runtime/vm/signals.js';
import { nativeInstance, send, type NativeClassDef } from '../runtime/classes/native.js';
import { valToExp } from './valtoexp.js';
import { rtl } from './get-view.js';
import { deref, isNum, numVal } from './param.js';
import type { StdModule } from './registry.js';

const INDENT = 3;
const EOL = '\n';

const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

/** Whether `v` is an object of HBPersistent or of a class made from it. */
function isPersistent(ctx: Thread, v: Value): boolean {
  return v instanceof HbObject && rtl(ctx, '__OBJDERIVEDFROM', v, 'HBPERSISTENT') === true;
}

/** The lines of array `a` (named `name`) and of the persistent objects in it. */
function arrayText(ctx: Thread, a: Value[], name: string, indent: number): string {
  let out = EOL + spaces(indent) + 'ARRAY ::' + name + ' LEN ' + a.length + EOL;
  a.forEach((v, i) => {
    const item = `${name}[ ${i + 1} ]`;
    if (Array.isArray(v)) {
      out += arrayText(ctx, v, item, indent + INDENT) + EOL;
    } else if (v instanceof HbObject) {
      if (isPersistent(ctx, v)) out += String(send(ctx, v, 'SAVETOTEXT', item, indent));
    } else if (valTypeOf(ctx, v) !== 'B' && valTypeOf(ctx, v) !== 'P') {
      if (i === 0) out += EOL;
      out += spaces(indent + INDENT) + '::' + item + ' := ' + valToExp(ctx, v) + EOL;
    }
  });
  return out + EOL + spaces(indent) + 'ENDARRAY' + EOL;
}

const valTypeOf = (ctx: Thread, v: Value): string => String(rtl(ctx, 'VALTYPE', v));

/** SaveToText( [cObjectName], [nIndent] ): the object's properties that differ from a new object's. */
function saveToText(ctx: Thread, self: HbObject, nameArg: Value, indentArg: Value): string {
  const className = self.cls.name;
  const fresh = send(ctx, macroCall(ctx, className, []), 'CREATENEW');
  const name = typeof nameArg === 'string' ? nameArg : 'o' + className;
  const indent = isNum(indentArg) ? numVal(indentArg) + INDENT : 0;
  let out = (indent > 0 ? EOL : '') + spaces(indent) + 'OBJECT ' + (indent !== 0 ? '::' : '') + name + ' AS ' + className + EOL;
  let spacer = true;
  const props = rtl(ctx, '__CLSGETPROPERTIES', self.cls.handle);
  for (const p of Array.isArray(props) ? props : []) {
    const prop = String(p);
    const v = sendMacro(ctx, self, prop);
    const old = sendMacro(ctx, fresh, prop);
    const type = valTypeOf(ctx, v);
    if (type === valTypeOf(ctx, old) && exactEq(ctx, v, old) === true) continue;
    if (type === 'A') {
      out += arrayText(ctx, v as Value[], prop, indent + INDENT);
      spacer = true;
    } else if (type === 'O') {
      if (isPersistent(ctx, v)) {
        out += String(send(ctx, v, 'SAVETOTEXT', prop, indent));
        spacer = true;
      }
    } else if (type !== 'B' && type !== 'P') {
      if (spacer) {
        spacer = false;
        out += EOL;
      }
      out += spaces(indent + INDENT) + '::' + prop + ' := ' + valToExp(ctx, v) + EOL;
    }
  }
  return out + EOL + spaces(indent) + 'ENDOBJECT' + EOL;
}

/**
 * The name in an "OBJECT ::name AS Class" or "ARRAY ::name LEN n" line:
 * the text from column `from` up to the last `sep`, trimmed, less its "::".
 */
function declaredName(line: string, from: number, sep: string): string {
  const n = line.lastIndexOf(sep) + 1 - from;
  return (n > 0 ? line.substr(from - 1, n) : '').trim().slice(2);
}

/** LoadFromText( cText, [lIgnoreErrors] ): set the properties the text gives. */
function loadFromText(ctx: Thread, self: HbObject, text: Value, ignoreArg: Value): boolean {
  if (rtl(ctx, 'EMPTY', text) === true) return false;
  const ignore = ignoreArg === true;
  const objects: Value[] = [self];
  let start = true;
  const lines = String(text).split('\r').join('').split('\n');
  for (const raw of lines) {
    const line = String(rtl(ctx, 'ALLTRIM', raw));
    const saved = ctx.errorBlock;
    const sp = ctx.sp;
    // each line is a sequence of its own: with lIgnoreErrors an error only skips it
    if (ignore) ctx.errorBlock = (_c: Thread, e: Value) => { throw new BreakSignal(e); };
    try {
      let prop: string | undefined;
      let value: Value;
      if (line === '' || line.startsWith('//')) {
        // a comment or an empty line
      } else if (line.startsWith('::')) {
        let at = line.indexOf(':=');
        let skip = 2;
        if (at < 0) {
          at = line.indexOf('=');
          skip = 1;
        }
        if (at >= 0) {
          prop = line.slice(2, at).trimEnd();
          value = macroGet(ctx, line.slice(at + skip).trimStart());
        }
      } else {
        // (hb_ATokens: two blanks make an empty word)
        const words = line.toUpperCase().split(' ');
        if (words[0] === 'OBJECT') {
          if (start) {
            start = false;
          } else if (words[words.length - 2] === 'AS' && words[1]?.startsWith('::')) {
            prop = declaredName(line, 7, ' AS ');
            value = send(ctx, macroCall(ctx, words[words.length - 1], []), 'CREATENEW');
          }
        } else if (words[0] === 'ENDOBJECT') {
          objects.pop();
        } else if (words[0] === 'ARRAY' && words[1]?.startsWith('::')) {
          prop = declaredName(line, 6, ' LEN ');
          value = rtl(ctx, 'ARRAY', rtl(ctx, 'VAL', words[words.length - 1]));
        }
      }
      if (prop !== undefined && prop !== '') store(ctx, objects[objects.length - 1], prop, value);
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
      ctx.unwind(sp);
    } finally {
      ctx.errorBlock = saved;
    }
    if (objects.length === 0) break;
  }
  return true;
}

/** obj:prop := value, or obj:prop[ i, j ] := value when the name has an index. */
function store(ctx: Thread, obj: Value, prop: string, value: Value): void {
  const open = prop.indexOf('[');
  if (open < 0) {
    sendMacro(ctx, obj, '_' + prop, value);
    return;
  }
  const indexText = prop.slice(open + 1, prop.length - 1).split(' ').join('').split('][').join(',');
  const index = macroList(ctx, indexText);
  let a = sendMacro(ctx, obj, prop.slice(0, open));
  for (let k = 0; k < index.length - 1; k++) a = aGet(ctx, a, index[k]);
  aSet(ctx, a, index[index.length - 1], value);
}

const HBPERSISTENT_CLASS: NativeClassDef = {
  name: 'HBPERSISTENT',
  vars: [],
  methods: [
    { name: 'CREATENEW', fn: (_ctx, self) => self },
    {
      name: 'LOADFROMFILE',
      fn: (ctx, self, file, ignore) => send(ctx, self, 'LOADFROMTEXT', rtl(ctx, 'HB_MEMOREAD', file), ignore),
    },
    { name: 'LOADFROMTEXT', fn: (ctx, self, text, ignore) => loadFromText(ctx, self as HbObject, deref(text), deref(ignore)) },
    { name: 'SAVETOTEXT', fn: (ctx, self, name, indent) => saveToText(ctx, self as HbObject, deref(name), deref(indent)) },
    { name: 'SAVETOFILE', fn: (ctx, self, file) => rtl(ctx, 'HB_MEMOWRIT', file, send(ctx, self, 'SAVETOTEXT')) },
  ],
};

export const functions: StdModule = {
  HBPERSISTENT(ctx) {
    return nativeInstance(ctx, HBPERSISTENT_CLASS);
  },
};
