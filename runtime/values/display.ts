// How ?, ??, QOut, OutStd, OutErr and DevOut show a value: numbers in
// their width (SET FIXED: with SET DECIMALS places), logicals as .T./.F.,
// NIL as NIL, dates and timestamps by SET DATE/SET TIMEFORMAT, a function
// symbol as @NAME(), a pointer as its address; arrays, hashes, codeblocks
// and objects show as nothing.

import type { Thread } from '../vm/thread.js';
import { HbDate, HbNum, HbPointer, HbSymbol, HbTimestamp, type Value } from './types.js';
import { numDisplay } from './numfmt.js';
import { dateToStr } from './date.js';
import { tsToStr } from './timestamp.js';

export function displayStr(ctx: Thread, v: Value): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return numDisplay(ctx, v);
    case 'boolean': return v ? '.T.' : '.F.';
    case 'undefined': return 'NIL';
  }
  if (v instanceof HbNum) return numDisplay(ctx, v);
  if (v instanceof HbDate) return dateToStr(ctx, v);
  if (v instanceof HbTimestamp) return tsToStr(ctx, v);
  if (v instanceof HbSymbol) return '@' + v.sym.name + '()';
  if (v instanceof HbPointer) return pointerText(v);
  return '';
}

// Pointers have no address here: each target gets a stable made-up one,
// and a pointer to nothing shows as the null address.
const addresses = new WeakMap<object, number>();
let nextAddress = 0x1000;

function pointerText(p: HbPointer): string {
  const t = p.target;
  let a = 0;
  if (typeof t === 'object' && t !== null) {
    a = addresses.get(t) ?? 0;
    if (a === 0) {
      a = nextAddress;
      nextAddress += 0x10;
      addresses.set(t, a);
    }
  }
  return '0x' + a.toString(16).toUpperCase().padStart(16, '0');
}
