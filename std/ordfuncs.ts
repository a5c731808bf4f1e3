// Orders (indexes) from PRG code: ordCondSet/ordCreate (INDEX ON),
// ordListAdd/ordListClear/ordListRebuild (SET INDEX, REINDEX), ordSetFocus
// (SET ORDER), dbSeek (SEEK, FIND), ordScope, the ordKey*() positions and
// the dbOrderInfo() family, plus Clipper's dbCreateIndex()/dbSetIndex()/
// IndexKey() wrappers.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { cur, framed, noTable, badArg, proc, intArg, mgrOf } from './dbcommon.js';
import { EDBCMD_DBCMDBADPARAMETER, EDBCMD_ORDLSTADD_BADPARAMETER, EDBCMD_ORD_BADPARAMETER, EDBCMD_SEEK_BADPARAMETER } from '../rdd/errors.js';
import type { OrdCond, WorkArea } from '../rdd/workarea.js';
import { defaultDriver } from '../rdd/tables.js';
import { IndexArea } from '../rdd/order/area.js';
import { checkOrder as checkTag } from '../rdd/order/check.js';
import { findDriver } from '../rdd/registry.js';
import {
  DBOI_BAGEXT, DBOI_BAGNAME, DBOI_CONDITION, DBOI_CUSTOM, DBOI_EXPRESSION, DBOI_FINDREC, DBOI_FINDRECCONT,
  DBOI_ISDESC, DBOI_KEYADD, DBOI_KEYCOUNT, DBOI_KEYDELETE, DBOI_KEYVAL, DBOI_NAME, DBOI_NUMBER, DBOI_ORDERCOUNT,
  DBOI_POSITION, DBOI_RELKEYPOS, DBOI_SCOPEBOTTOM, DBOI_SCOPEBOTTOMCLEAR, DBOI_SCOPECLEAR, DBOI_SCOPESET,
  DBOI_SCOPETOP, DBOI_SCOPETOPCLEAR, DBOI_SKIPUNIQUE, DBOI_SKIPWILD, DBOI_SKIPWILDBACK, DBOI_UNIQUE, wildPrefix,
} from '../rdd/order/info.js';

const SET_SOFTSEEK = 9;
const SET_UNIQUE = 10;

/** Run `body` in the frame of a PRG-level library function at `line` (as Harbour's rddord.prg). */
function inPrg<T>(ctx: Thread, name: string, line: number, body: () => T): T {
  const f = ctx.enter(proc(name));
  f.line = line;
  const sp = ctx.sp;
  const r = body();
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

/** An order given as name or number (anything else: the controlling order). */
function orderArg(v: Value): Value {
  return typeof v === 'string' || isNumeric(v) ? v : undefined;
}

/**
 * An order argument that must be NIL, a number or (unless `noString`) a
 * name; false after the argument error was raised.
 */
function checkOrder(ctx: Thread, fn: string, v: Value, noString = false): { ok: boolean; order: Value } {
  if (v === undefined || (typeof v === 'string' && !noString)) return { ok: true, order: v };
  if (isNumeric(v)) return { ok: true, order: Math.trunc(numOf(v)) === 0 ? undefined : v };
  badArg(ctx, fn, EDBCMD_ORD_BADPARAMETER);
  return { ok: false, order: undefined };
}

function info(ctx: Thread, fn: string, a: WorkArea, code: number, order: Value, bag: Value, newVal?: Value): Value {
  return framed(ctx, fn, () => a.orderInfo(code, order, bag, newVal));
}

function ordCreate(ctx: Thread, args: Value[]): Value {
  const a = cur(ctx);
  if (a === undefined) return noTable(ctx, 'ORDCREATE');
  const [cBag, cTag, cExpr, bExpr, lUnique] = args;
  const bag = typeof cBag === 'string' ? cBag : '';
  const tag = typeof cTag === 'string' ? cTag : '';
  if ((bag === '' && tag === '') || typeof cExpr !== 'string') {
    return badArg(ctx, 'ORDCREATE', EDBCMD_ORD_BADPARAMETER);
  }
  const unique = typeof lUnique === 'boolean' ? lUnique : ctx.sets.get(SET_UNIQUE) === true;
  const block = typeof bExpr === 'function' ? bExpr as Block : undefined;
  framed(ctx, 'ORDCREATE', () => a.orderCreate(bag, tag, cExpr, block, unique));
  return undefined;
}

function ordListAdd(ctx: Thread, cBag: Value): Value {
  const a = cur(ctx);
  if (a === undefined) return noTable(ctx, 'ORDLISTADD');
  ctx.netErr = false;
  if (typeof cBag !== 'string') {
    if (cBag !== undefined) return badArg(ctx, 'ORDLISTADD', EDBCMD_ORDLSTADD_BADPARAMETER);
    return undefined;
  }
  return framed(ctx, 'ORDLISTADD', () => a.orderListAdd(cBag));
}

function ordSetFocus(ctx: Thread, order: Value, bag: Value): Value {
  const a = cur(ctx);
  if (a === undefined) return noTable(ctx, 'ORDSETFOCUS');
  return framed(ctx, 'ORDSETFOCUS', () => a.orderFocus(orderArg(order), typeof bag === 'string' ? bag : undefined));
}

function ordKey(ctx: Thread, order: Value, bag: Value): Value {
  const a = cur(ctx);
  if (a === undefined) return noTable(ctx, 'ORDKEY');
  const o = checkOrder(ctx, 'ORDKEY', order);
  if (!o.ok) return undefined;
  return info(ctx, 'ORDKEY', a, DBOI_EXPRESSION, o.order, strOrNil(bag));
}

function strOrNil(v: Value): Value {
  return typeof v === 'string' ? v : undefined;
}

function strOrNum(v: Value): Value {
  return typeof v === 'string' || isNumeric(v) ? v : undefined;
}

/** A function reading one DBOI_* value of an order given as (order, bag[, newVal]). */
function orderQuery(name: string, code: number, newType?: 'L'): (ctx: Thread, ...args: Value[]) => Value {
  return (ctx, order, bag, newVal) => {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, name);
    const nv = newType === 'L' ? (typeof newVal === 'boolean' ? newVal : undefined) : newVal;
    return info(ctx, name, a, code, strOrNum(order), strOrNil(bag), nv);
  };
}

export const functions: StdModule = {
  ORDCONDSET(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return false;
    const blockArg = (v: Value): Block | undefined => (typeof v === 'function' ? v as Block : undefined);
    const c: OrdCond = {
      forText: typeof args[0] === 'string' ? args[0] : '',
      forBlock: blockArg(args[1]),
      all: typeof args[2] === 'boolean' ? args[2] : true,
      whileBlock: blockArg(args[3]),
      evalBlock: blockArg(args[4]),
      step: intArg(args[5]),
      startRec: intArg(args[6]),
      next: intArg(args[7]),
      recId: intArg(args[8]),
      rest: args[9] === true,
      descend: args[10] === true,
      additive: args[12] === true,
      useCurrent: args[13] === true,
      custom: args[14] === true,
      temporary: args[17] === true,
      useFilter: args[18] === true,
      exclusive: args[19] === true,
    };
    if (c.whileBlock !== undefined) c.rest = true;
    if (c.next !== 0 || args[8] !== undefined || c.rest || c.useCurrent || c.useFilter) c.all = false;
    a.ordCond = c;
    return true;
  },
  ORDCREATE(ctx, ...args) {
    return ordCreate(ctx, args);
  },
  DBCREATEINDEX(ctx, cBag, cExpr, bExpr, lUnique, cOrder) {
    return inPrg(ctx, 'DBCREATEINDEX', 0, () => ordCreate(ctx, [cBag, cOrder, cExpr, bExpr, lUnique]));
  },
  ORDLISTADD(ctx, cBag) {
    return ordListAdd(ctx, cBag);
  },
  DBSETINDEX(ctx, cBag) {
    return inPrg(ctx, 'DBSETINDEX', 0, () => ordListAdd(ctx, cBag));
  },
  ORDLISTCLEAR(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDLISTCLEAR');
    framed(ctx, 'ORDLISTCLEAR', () => a.orderListClear());
    return undefined;
  },
  DBCLEARINDEX(ctx) {
    return inPrg(ctx, 'DBCLEARINDEX', 0, () => functions.ORDLISTCLEAR(ctx));
  },
  ORDLISTREBUILD(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDLISTREBUILD');
    framed(ctx, 'ORDLISTREBUILD', () => a.orderListRebuild());
    return undefined;
  },
  DBREINDEX(ctx) {
    return inPrg(ctx, 'DBREINDEX', 0, () => functions.ORDLISTREBUILD(ctx));
  },
  ORDSETFOCUS(ctx, order, bag) {
    return ordSetFocus(ctx, order, bag);
  },
  DBSETORDER(ctx, n) {
    let order = n;
    if (typeof n === 'string') {
      const v = Number.parseFloat(n.trim());
      if (Number.isFinite(v) && v !== 0) order = v;
    }
    inPrg(ctx, 'DBSETORDER', 0, () => ordSetFocus(ctx, order, undefined));
    return undefined;
  },
  ORDBAGCLEAR(ctx, bag) {
    const a = cur(ctx);
    if (a === undefined) return false;
    return framed(ctx, 'ORDBAGCLEAR', () => a.orderListDelete(typeof bag === 'string' ? bag : ''));
  },
  ORDDESTROY(ctx, order, bag) {
    const a = cur(ctx);
    if (a === undefined) return false;
    return framed(ctx, 'ORDDESTROY', () => a.orderDestroy(strOrNum(order), strOrNil(bag)));
  },
  ORDKEY(ctx, order, bag) {
    return ordKey(ctx, order, bag);
  },
  INDEXKEY(ctx, n) {
    if (!isNumeric(n) || cur(ctx) !== undefined) return inPrg(ctx, 'INDEXKEY', isNumeric(n) ? 83 : 79, () => ordKey(ctx, n, undefined));
    return '';
  },
  ORDFOR(ctx, order, bag, newFor) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDFOR');
    const o = checkOrder(ctx, 'ORDFOR', order);
    if (!o.ok) return undefined;
    return info(ctx, 'ORDFOR', a, DBOI_CONDITION, o.order, strOrNil(bag), strOrNil(newFor));
  },
  ORDNAME(ctx, order, bag) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDNAME');
    const o = checkOrder(ctx, 'ORDNAME', order, true);
    if (!o.ok) return undefined;
    return info(ctx, 'ORDNAME', a, DBOI_NAME, o.order, strOrNil(bag));
  },
  ORDNUMBER(ctx, order, bag) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDNUMBER');
    if ((order !== undefined && typeof order !== 'string') || (bag !== undefined && typeof bag !== 'string')) {
      return badArg(ctx, 'ORDNUMBER', EDBCMD_ORD_BADPARAMETER);
    }
    return info(ctx, 'ORDNUMBER', a, DBOI_NUMBER, order, bag);
  },
  INDEXORD(ctx) {
    const a = cur(ctx);
    if (a === undefined) return 0;
    const v = info(ctx, 'INDEXORD', a, DBOI_NUMBER, undefined, undefined);
    return isNumeric(v) ? v : 0;
  },
  ORDBAGNAME(ctx, order) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDBAGNAME');
    const o = checkOrder(ctx, 'ORDBAGNAME', order);
    if (!o.ok) return undefined;
    return info(ctx, 'ORDBAGNAME', a, DBOI_BAGNAME, o.order, undefined);
  },
  ORDBAGEXT(ctx) {
    const a = cur(ctx);
    if (a !== undefined) return info(ctx, 'ORDBAGEXT', a, DBOI_BAGEXT, undefined, undefined);
    const d = findDriver(defaultDriver(mgrOf(ctx)));
    return d !== undefined && d.settings.orderBagExt !== '' ? d.settings.orderBagExt : undefined;
  },
  INDEXEXT(ctx) {
    return inPrg(ctx, 'INDEXEXT', 0, () => functions.ORDBAGEXT(ctx));
  },
  ORDCOUNT(ctx, bag) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDCOUNT');
    return info(ctx, 'ORDCOUNT', a, DBOI_ORDERCOUNT, undefined, strOrNil(bag));
  },
  ORDSCOPE(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDSCOPE');
    const which = intArg(args[0]);
    let code: number;
    let nv: Value;
    if (which === 2) {
      if (args.length > 1 && args[1] !== undefined) {
        code = DBOI_SCOPESET;
        nv = args[1];
      } else code = DBOI_SCOPECLEAR;
    } else {
      code = which === 0 ? DBOI_SCOPETOP : DBOI_SCOPEBOTTOM;
      if (args.length > 1) {
        if (args[1] === undefined) code = which === 0 ? DBOI_SCOPETOPCLEAR : DBOI_SCOPEBOTTOMCLEAR;
        else nv = args[1];
      }
    }
    return info(ctx, 'ORDSCOPE', a, code, undefined, undefined, nv);
  },
  ORDKEYCOUNT: orderQuery('ORDKEYCOUNT', DBOI_KEYCOUNT),
  ORDKEYNO(ctx, order, bag) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDKEYNO');
    return info(ctx, 'ORDKEYNO', a, DBOI_POSITION, strOrNum(order), strOrNil(bag));
  },
  ORDKEYGOTO(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDKEYGOTO');
    return info(ctx, 'ORDKEYGOTO', a, DBOI_POSITION, undefined, undefined, isNumeric(n) ? n : undefined);
  },
  ORDKEYRELPOS(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDKEYRELPOS');
    // the result starts as 0 and a new position leaves it so
    return info(ctx, 'ORDKEYRELPOS', a, DBOI_RELKEYPOS, undefined, undefined, isNumeric(n) ? n : undefined) ?? 0;
  },
  ORDFINDREC(ctx, n, cont) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDFINDREC');
    return info(ctx, 'ORDFINDREC', a, cont === true ? DBOI_FINDRECCONT : DBOI_FINDREC, undefined, undefined,
      isNumeric(n) ? n : undefined);
  },
  ORDSKIPRAW(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDSKIPRAW');
    framed(ctx, 'ORDSKIPRAW', () => a.skipRaw(isNumeric(n) ? Math.trunc(numOf(n)) : 1));
    return undefined;
  },
  ORDSKIPUNIQUE(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDSKIPUNIQUE');
    return info(ctx, 'ORDSKIPUNIQUE', a, DBOI_SKIPUNIQUE, undefined, undefined, n);
  },
  ORDKEYVAL(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDKEYVAL');
    return info(ctx, 'ORDKEYVAL', a, DBOI_KEYVAL, undefined, undefined);
  },
  ORDKEYADD: orderQuery('ORDKEYADD', DBOI_KEYADD),
  ORDKEYDEL: orderQuery('ORDKEYDEL', DBOI_KEYDELETE),
  ORDDESCEND: orderQuery('ORDDESCEND', DBOI_ISDESC, 'L'),
  ORDISUNIQUE: orderQuery('ORDISUNIQUE', DBOI_UNIQUE, 'L'),
  ORDCUSTOM: orderQuery('ORDCUSTOM', DBOI_CUSTOM, 'L'),
  DBORDERINFO(ctx, nInfo, bag, order, newVal) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBORDERINFO');
    if (!isNumeric(nInfo)) return badArg(ctx, 'DBORDERINFO', EDBCMD_DBCMDBADPARAMETER);
    return info(ctx, 'DBORDERINFO', a, Math.trunc(numOf(nInfo)), strOrNum(order), strOrNum(bag), newVal);
  },
  // an integrity check of an order (hbts's own): the problems found, {} when sound
  HBTS_ORDCHECK(ctx, order, bag) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'HBTS_ORDCHECK');
    if (!(a instanceof IndexArea)) return [];
    const t = a.findTag(strOrNum(order), strOrNil(bag));
    if (t === undefined || t === null) return [];
    return framed(ctx, 'HBTS_ORDCHECK', () => checkTag(a, t));
  },
  DBSEEK(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBSEEK');
    if (args[0] === undefined) return badArg(ctx, 'DBSEEK', EDBCMD_SEEK_BADPARAMETER);
    const soft = typeof args[1] === 'boolean' ? args[1] : ctx.sets.get(SET_SOFTSEEK) === true;
    const last = args[2] === true;
    return framed(ctx, 'DBSEEK', () => a.seek(args[0], soft, last) && a.found);
  },
  ORDWILDSEEK(ctx, pattern, cont, back) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'ORDWILDSEEK');
    if (typeof pattern !== 'string') return badArg(ctx, 'ORDWILDSEEK', EDBCMD_SEEK_BADPARAMETER);
    return framed(ctx, 'ORDWILDSEEK', () => {
      let found = false;
      if (cont !== true) {
        if (back === true) a.goBottom();
        else a.goTop();
        const k = a.orderInfo(DBOI_KEYVAL, undefined, undefined, undefined);
        found = typeof k === 'string' && wildPrefix(k, pattern);
      }
      if (!found) found = a.orderInfo(back === true ? DBOI_SKIPWILDBACK : DBOI_SKIPWILD, undefined, undefined, pattern) === true;
      return found;
    });
  },
};

