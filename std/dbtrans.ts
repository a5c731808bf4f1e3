// Moving records between tables and files: COPY TO / APPEND FROM (any
// driver, SDF, DELIMITED), SORT, TOTAL, JOIN, UPDATE, COPY STRUCTURE
// [EXTENDED], CREATE FROM, __dbTrans/__dbArrange and LIST/DISPLAY.

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import { exactEq, lt } from '../runtime/values/compare.js';
import { plus } from '../runtime/values/ops.js';
import { compileMacro } from '../runtime/vm/macro.js';
import type { StdModule } from './registry.js';
import { cur, framed, noTable, badArg, mgrOf, proc } from './dbcommon.js';
import { functions as consoleFns } from './console.js';
import { functions as setFns } from './set.js';
import type { Scope, WorkArea } from '../rdd/workarea.js';
import { isTrue } from '../rdd/workarea.js';
import { createTable, openTable } from '../rdd/tables.js';
import { checkCounters, copyCounters, fieldStruct, transLoop, transRecords, transStruct } from '../rdd/transfer/trans.js';
import { sortKeys, sortRecords } from '../rdd/transfer/sort.js';
import { dbcmdError, EG_NOTABLE, EDBCMD_NOTABLE, EDBCMD_USE_BADPARAMETER } from '../rdd/errors.js';
import { splitName } from '../rdd/paths.js';
import { DbfArea } from '../rdd/dbf/area.js';

const SET_PRINTER = 23;
const SET_EXTRA = 21;
const SET_EXTRAFILE = 22;
const SET_DEFEXTENSIONS = 109;

function blockArg(v: Value): Block | undefined {
  return typeof v === 'function' ? v as Block : undefined;
}

function scopeArgs(forB: Value, whileB: Value, next: Value, rec: Value, rest: Value): Scope {
  return {
    forBlock: blockArg(forB),
    whileBlock: blockArg(whileB),
    next: isNumeric(next) ? Math.trunc(numOf(next)) : undefined,
    recId: rec,
    rest: rest === true,
  };
}

/** Run `body` in the frame of a PRG-level library function (its "Called from" line). */
function inPrg<T>(ctx: Thread, name: string, line: number, body: () => T): T {
  const f = ctx.enter(proc(name));
  f.line = line;
  const sp = ctx.sp;
  const r = body();
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

/** COPY TO / APPEND FROM through a driver (`fn` names the operation in a "no table" error). */
function transfer(ctx: Thread, exporting: boolean, args: Value[], fn: string, op: string): Value {
  const a = cur(ctx);
  if (a === undefined) {
    framed(ctx, fn, () => dbcmdError(ctx, EG_NOTABLE, EDBCMD_NOTABLE, op));
    return undefined;
  }
  const [cFile, aFields, bFor, bWhile, nNext, nRec, lRest, cRdd, , cCp, xDelim] = args;
  return framed(ctx, fn, () => transRecords(mgrOf(ctx), a, exporting, {
    file: typeof cFile === 'string' ? cFile : '',
    driver: typeof cRdd === 'string' ? cRdd : undefined,
    fields: aFields,
    scope: scopeArgs(bFor, bWhile, nNext, nRec, lRest),
    codepage: typeof cCp === 'string' ? cCp : undefined,
    delim: xDelim,
  }, fn));
}

/** The structure of the current area (dbStruct()). */
function structOf(a: WorkArea): Value[][] {
  const s: Value[][] = [];
  for (let i = 1; i <= a.fields.length; i++) s.push(fieldStruct(a, i));
  return s;
}

/** Entries of a structure whose names are in the list (all when the list is empty). */
function structFilter(struct: Value[][], list: Value): Value[][] {
  if (!Array.isArray(list) || list.length === 0) return struct;
  const out: Value[][] = [];
  for (const n of list) {
    const name = (typeof n === 'string' ? n : '').toUpperCase().trimEnd();
    const e = struct.find((d) => d[0] === name);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** Copy the current record of the current area to area `dst` (fields by name). */
function transOne(ctx: Thread, dstNo: number, struct: Value): boolean {
  const mgr = mgrOf(ctx);
  const src = mgr.current;
  const dst = mgr.area(dstNo);
  if (src === undefined || dst === undefined) return false;
  const plan = transStruct(src, dst, struct, null);
  if (plan === null) return false;
  checkCounters(plan, src, dst);
  const ok = transLoop(src, dst, plan, { next: 1 });
  if (dst instanceof DbfArea) dst.transRec = false;
  return ok;
}

/** Read and write a field by name for TOTAL ("alias->name" only for the current area). */
interface FieldAccess {
  get(): Value;
  set(v: Value): void;
}

function totalField(ctx: Thread, spec: string): FieldAccess {
  const at = spec.indexOf('->');
  const name = (at >= 0 ? spec.slice(at + 2) : spec).trim().toUpperCase();
  const sym = ctx.vm.syms.variable(name);
  return {
    get: () => {
      const a = mgrOf(ctx).current;
      const i = a === undefined ? 0 : a.fieldOfSym(sym);
      return a !== undefined && i !== 0 ? a.getValue(i) : undefined;
    },
    set: (v) => {
      const a = mgrOf(ctx).current;
      const i = a === undefined ? 0 : a.fieldOfSym(sym);
      if (a !== undefined && i !== 0) a.putValue(i, v);
    },
  };
}

export const functions: StdModule = {
  __DBCOPY(ctx, ...args) {
    return transfer(ctx, true, args, '__DBCOPY', 'COPY TO');
  },
  __DBAPP(ctx, ...args) {
    return transfer(ctx, false, args, '__DBAPP', 'APPEND FROM');
  },
  __DBSDF(ctx, lExport, cFile, aFields, bFor, bWhile, nNext, nRec, lRest, cCp) {
    return inPrg(ctx, '__DBSDF', 0, () => lExport === true
      ? transfer(ctx, true, [cFile, aFields, bFor, bWhile, nNext, nRec, lRest, 'SDF', undefined, cCp], '__DBCOPY', 'COPY TO')
      : transfer(ctx, false, [cFile, aFields, bFor, bWhile, nNext, nRec, lRest, 'SDF', undefined, cCp], '__DBAPP', 'APPEND FROM'));
  },
  __DBDELIM(ctx, lExport, cFile, xDelim, aFields, bFor, bWhile, nNext, nRec, lRest, cCp) {
    return inPrg(ctx, '__DBDELIM', 0, () => lExport === true
      ? transfer(ctx, true, [cFile, aFields, bFor, bWhile, nNext, nRec, lRest, 'DELIM', undefined, cCp, xDelim], '__DBCOPY', 'COPY TO')
      : transfer(ctx, false, [cFile, aFields, bFor, bWhile, nNext, nRec, lRest, 'DELIM', undefined, cCp, xDelim], '__DBAPP', 'APPEND FROM'));
  },
  __DBTRANS(ctx, nDst, aFields, bFor, bWhile, nNext, nRec, lRest) {
    if (!isNumeric(nDst)) return badArg(ctx, '__DBTRANS', EDBCMD_USE_BADPARAMETER);
    const mgr = mgrOf(ctx);
    const src = mgr.current;
    const dst = mgr.area(Math.trunc(numOf(nDst)));
    if (src === undefined || dst === undefined) return noTable(ctx, '__DBTRANS');
    return framed(ctx, '__DBTRANS', () => {
      const plan = transStruct(src, dst, aFields, null);
      if (plan === null) return false;
      checkCounters(plan, src, dst);
      const ok = transLoop(src, dst, plan, scopeArgs(bFor, bWhile, nNext, nRec, lRest));
      if (dst instanceof DbfArea) dst.transRec = false;
      if (ok && plan.counters) copyCounters(plan, src, dst);
      return ok;
    });
  },
  __DBTRANSREC(ctx, nDst, aStruct) {
    return isNumeric(nDst) ? transOne(ctx, Math.trunc(numOf(nDst)), aStruct) : false;
  },
  __DBARRANGE(ctx, nDst, aStruct, bFor, bWhile, nNext, nRec, lRest, aFields) {
    const mgr = mgrOf(ctx);
    const src = mgr.current;
    const dst = isNumeric(nDst) ? mgr.area(Math.trunc(numOf(nDst))) : undefined;
    if (src === undefined || dst === undefined || src === dst) return false;
    return framed(ctx, '__DBARRANGE', () => {
      const plan = transStruct(src, dst, aStruct, null);
      if (plan === null) return false;
      plan.recall = true;
      checkCounters(plan, src, dst);
      const keys = Array.isArray(aFields) ? sortKeys(src, aFields) : [];
      const sc = scopeArgs(bFor, bWhile, nNext, nRec, lRest);
      const ok = keys.length === 0 ? transLoop(src, dst, plan, sc) : sortRecords(src, dst, plan, sc, keys);
      if (dst instanceof DbfArea) dst.transRec = false;
      if (ok && plan.counters) copyCounters(plan, src, dst);
      return ok;
    });
  },
  __DBSORT(ctx, cFile, aFields, bFor, bWhile, nNext, nRec, lRest, cRdd, _nConn, cCp) {
    const mgr = mgrOf(ctx);
    const a = mgr.current;
    if (a === undefined || a.fields.length === 0) return false;
    const old = mgr.currentNo;
    const struct = structOf(a);
    return inPrg(ctx, '__DBSORT', 0, () => {
      let dstNo = 0;
      try {
        if (!createTable(mgr, {
          file: typeof cFile === 'string' ? cFile : undefined, struct, driver: typeof cRdd === 'string' ? cRdd : undefined,
          areaNo: 0, alias: '', keepOpen: true, codepage: typeof cCp === 'string' ? cCp : undefined,
        }, 'DBCREATE')) return false;
        dstNo = mgr.currentNo;
        mgr.selectNo(old);
        functions.__DBARRANGE(ctx, dstNo, struct, bFor, bWhile, nNext, nRec, lRest, aFields);
      } finally {
        if (dstNo !== 0) {
          mgr.selectNo(dstNo);
          mgr.releaseCurrent();
        }
        mgr.selectNo(old);
      }
      return true;
    });
  },
  __DBTOTAL(ctx, cFile, xKey, aFields, xFor, xWhile, nNext, nRec, lRest, cRdd, _nConn, cCp) {
    const mgr = mgrOf(ctx);
    const blockOf = (v: Value): Block | undefined => {
      if (typeof v === 'function') return v as Block;
      if (typeof v === 'string' && v.trim() !== '') {
        const fn = compileMacro(ctx, v);
        if (fn !== null) return ((c: Thread) => fn(c)) as unknown as Block;
      }
      return undefined;
    };
    let whileB = blockOf(xWhile);
    let rest = lRest === true;
    if (whileB !== undefined) rest = true;
    whileB ??= (() => true) as unknown as Block;
    const forB = blockOf(xFor) ?? ((() => true) as unknown as Block);
    let next: number;
    const a = mgr.current;
    if (a === undefined) return noTable(ctx, '__DBTOTAL');
    if (nRec !== undefined) {
      a.goTo(isNumeric(nRec) ? Math.trunc(numOf(nRec)) : 0);
      next = 1;
    } else if (nNext === undefined) {
      next = -1;
      if (!rest) a.goTop();
    } else next = isNumeric(nNext) ? Math.trunc(numOf(nNext)) : 0;
    const old = mgr.currentNo;
    const struct = structOf(a).filter((d) => d[1] !== 'M');
    if (struct.length === 0) return false;
    return inPrg(ctx, '__DBTOTAL', 0, () => {
      let dstNo = 0;
      try {
        let keyB = blockOf(xKey);
        if (keyB === undefined) {
          const k = a.orderInfo(2, undefined, undefined, undefined);
          keyB = blockOf(typeof k === 'string' ? k : '') ?? ((() => undefined) as unknown as Block);
        }
        const getters = (Array.isArray(aFields) ? aFields : []).map((f) => totalField(ctx, typeof f === 'string' ? f : ''));
        if (!createTable(mgr, {
          file: typeof cFile === 'string' ? cFile : undefined, struct, driver: typeof cRdd === 'string' ? cRdd : undefined,
          areaNo: 0, alias: '', keepOpen: true, codepage: typeof cCp === 'string' ? cCp : undefined,
        }, 'DBCREATE')) return false;
        dstNo = mgr.currentNo;
        mgr.selectNo(old);
        const ev = (b: Block): Value => b(ctx);
        while (!a.eof && next !== 0 && isTrue(ev(whileB!))) {
          let copied = false;
          const sums: Value[] = getters.map(() => 0);
          const key = ev(keyB);
          while (!a.eof && next-- !== 0 && isTrue(ev(whileB!)) && exactEq(ctx, key, ev(keyB))) {
            if (isTrue(ev(forB))) {
              if (!copied) {
                transOne(ctx, dstNo, struct);
                mgr.selectNo(old);
                copied = true;
              }
              for (let i = 0; i < getters.length; i++) sums[i] = plus(ctx, sums[i], getters[i].get());
            }
            a.skip(1);
          }
          if (copied) {
            mgr.selectNo(dstNo);
            for (let i = 0; i < getters.length; i++) getters[i].set(sums[i]);
            mgr.selectNo(old);
          }
        }
      } finally {
        if (dstNo !== 0) {
          mgr.selectNo(dstNo);
          mgr.releaseCurrent();
        }
        mgr.selectNo(old);
      }
      return true;
    });
  },
  __DBUPDATE(ctx, cAlias, bKey, lRandom, bAssign) {
    const mgr = mgrOf(ctx);
    const old = mgr.currentNo;
    const a = mgr.current;
    if (a === undefined) return noTable(ctx, '__DBUPDATE');
    const key = blockArg(bKey);
    const assign = blockArg(bAssign);
    return inPrg(ctx, '__DBUPDATE', 0, () => {
      try {
        a.goTop();
        mgr.selectAlias(typeof cAlias === 'string' ? cAlias : '', false);
        const from = mgr.current;
        if (from === undefined) return true;
        from.goTop();
        while (!from.eof) {
          const k = key !== undefined ? key(ctx) : undefined;
          mgr.selectNo(old);
          if (lRandom === true) {
            if (a.seek(k, false, false) && a.found && assign !== undefined) assign(ctx);
          } else {
            while (key !== undefined && lt(ctx, key(ctx), k) && !a.eof) a.skip(1);
            if (key !== undefined && exactEq(ctx, key(ctx), k) && !a.eof && assign !== undefined) assign(ctx);
          }
          mgr.selectNo(from.areaNo);
          from.skip(1);
        }
      } finally {
        mgr.selectNo(old);
      }
      return true;
    });
  },
  __DBJOIN(ctx, cAlias, cFile, aFields, bFor, cRdd, _nConn, cCp) {
    const mgr = mgrOf(ctx);
    const master = mgr.current;
    const alias = typeof cAlias === 'string' ? cAlias : '';
    const detailNo = mgr.aliasNumber(alias);
    if (master === undefined) return noTable(ctx, '__DBJOIN');
    const masterNo = master.areaNo;
    let struct: Value[][];
    if (!Array.isArray(aFields) || aFields.length === 0) struct = structOf(master);
    else {
      const names = aFields.map((f) => (typeof f === 'string' ? f : '').toUpperCase().trimEnd());
      struct = structOf(master).filter((d) => names.includes(d[0] as string));
      const detail = mgr.area(detailNo);
      if (detail !== undefined) {
        for (const d of structOf(detail)) {
          if (names.some((n) => n.includes('->') && n.slice(n.indexOf('->') + 2) === d[0])) struct.push(d);
        }
      }
    }
    if (struct.length === 0) {
      mgr.selectNo(detailNo);
      return false;
    }
    const forB = blockArg(bFor);
    return inPrg(ctx, '__DBJOIN', 0, () => {
      let resNo = 0;
      try {
        if (!createTable(mgr, {
          file: typeof cFile === 'string' ? cFile : undefined, struct, driver: typeof cRdd === 'string' ? cRdd : undefined,
          areaNo: 0, alias: '', keepOpen: true, codepage: typeof cCp === 'string' ? cCp : undefined,
        }, 'DBCREATE')) return false;
        resNo = mgr.currentNo;
        const res = mgr.current!;
        const detail = mgr.area(detailNo);
        const getters = struct.map((d) => {
          const name = d[0] as string;
          const m = master.fieldPos(name);
          if (m !== 0) return () => master.getValue(m);
          const x = detail !== undefined ? detail.fieldPos(name) : 0;
          return () => (detail !== undefined && x !== 0 ? detail.getValue(x) : undefined);
        });
        mgr.selectNo(masterNo);
        master.goTop();
        while (!master.eof) {
          if (detail !== undefined) {
            mgr.selectNo(detailNo);
            detail.goTop();
            while (!detail.eof) {
              mgr.selectNo(masterNo);
              if (forB === undefined || isTrue(forB(ctx))) {
                res.append(true);
                for (let i = 0; i < getters.length; i++) res.putValue(i + 1, getters[i]());
              }
              mgr.selectNo(detailNo);
              detail.skip(1);
            }
          }
          mgr.selectNo(masterNo);
          master.skip(1);
        }
      } finally {
        if (resNo !== 0) {
          mgr.selectNo(resNo);
          mgr.releaseCurrent();
        }
        mgr.selectNo(masterNo);
      }
      return true;
    });
  },
  __DBSTRUCTFILTER(_ctx, aStruct, aList) {
    return Array.isArray(aStruct) ? structFilter(aStruct as Value[][], aList) : aStruct;
  },
  __DBCOPYSTRUCT(ctx, cFile, aList) {
    const a = cur(ctx);
    const struct = a === undefined ? [] : structFilter(structOf(a), aList);
    return inPrg(ctx, '__DBCOPYSTRUCT', 0, () => framed(ctx, 'DBCREATE', () => createTable(mgrOf(ctx), {
      file: typeof cFile === 'string' ? cFile : undefined, struct, driver: undefined, areaNo: 0, alias: undefined,
      keepOpen: false,
    }, 'DBCREATE')));
  },
  __DBCOPYXSTRUCT(ctx, cFile) {
    const mgr = mgrOf(ctx);
    const a = mgr.current;
    if (a === undefined || a.fields.length === 0) return false;
    const struct = structOf(a);
    const old = mgr.currentNo;
    return inPrg(ctx, '__DBCOPYXSTRUCT', 0, () => {
      mgr.selectNo(0);
      mgr.selectFirstFree();
      functions.__DBCREATE(ctx, cFile, undefined, undefined, false);
      const x = mgr.current;
      try {
        if (x !== undefined) {
          for (const d of struct) {
            let len = d[2] as number;
            let dec = d[3] as number;
            if (d[1] === 'C' && len > 255) {
              dec = Math.trunc(len / 256);
              len %= 256;
            }
            x.append(true);
            x.putValue(1, d[0]);
            x.putValue(2, d[1]);
            x.putValue(3, len);
            x.putValue(4, dec);
          }
        }
      } finally {
        if (mgr.currentNo !== old) {
          mgr.releaseCurrent();
          mgr.selectNo(old);
        }
      }
      return true;
    });
  },
  __DBCREATE(ctx, cFile, cFrom, cRdd, lNew, cAlias, cCp) {
    const mgr = mgrOf(ctx);
    const old = mgr.currentNo;
    const isNew = lNew === true;
    const file = typeof cFile === 'string' ? cFile : '';
    const alias = typeof cAlias === 'string' ? cAlias : splitName(file).name;
    if (mgr.current !== undefined && !isNew) mgr.releaseCurrent();
    return inPrg(ctx, '__DBCREATE', 0, () => {
      if (typeof cFrom !== 'string' || cFrom.trim() === '') {
        createTable(mgr, {
          file, struct: [['FIELD_NAME', 'C', 10, 0], ['FIELD_TYPE', 'C', 1, 0], ['FIELD_LEN', 'N', 3, 0],
            ['FIELD_DEC', 'N', 3, 0]],
          driver: typeof cRdd === 'string' ? cRdd : undefined, areaNo: isNew ? 0 : mgr.currentNo, alias,
          keepOpen: true, codepage: typeof cCp === 'string' ? cCp : undefined,
        }, 'DBCREATE');
      } else {
        const struct: Value[][] = [];
        if (!openTable(mgr, { file: cFrom, driver: undefined, areaNo: isNew ? 0 : mgr.currentNo, alias: '', shared: true, readonly: false }, 'DBUSEAREA')) {
          return mgr.current !== undefined;
        }
        const src = mgr.current!;
        src.goTop();
        while (!src.eof) {
          struct.push([src.getValue(1), src.getValue(2), src.getValue(3), src.getValue(4)]);
          src.skip(1);
        }
        mgr.releaseCurrent();
        if (isNew) mgr.selectNo(old);
        for (const d of struct) {
          const t = typeof d[1] === 'string' ? d[1] : '';
          if (t.toUpperCase().startsWith('C') && isNumeric(d[3]) && numOf(d[3]) !== 0) {
            d[2] = numOf(d[2] as number) + numOf(d[3]) * 256;
            d[3] = 0;
          }
        }
        createTable(mgr, {
          file, struct, driver: typeof cRdd === 'string' ? cRdd : undefined, areaNo: isNew ? 0 : mgr.currentNo, alias,
          keepOpen: true, codepage: typeof cCp === 'string' ? cCp : undefined,
        }, 'DBCREATE');
      }
      return mgr.current !== undefined;
    });
  },
  __DBLIST(ctx, lOff, abEval, lAll, bFor, bWhile, nNext, nRec, lRest, lToPrint, cToFile) {
    const a = cur(ctx);
    const items = Array.isArray(abEval) ? abEval : [];
    const out = (): void => {
      const b = cur(ctx);
      const del = b !== undefined && b.deleted() ? '*' : ' ';
      if (lOff === true) consoleFns.QOUT(ctx, del);
      else consoleFns.QOUT(ctx, strRec(b), del);
      for (const e of items) consoleFns.QQOUT(ctx, typeof e === 'function' ? (e as Block)(ctx) : undefined, '');
    };
    let oldPrinter: Value;
    let oldExtra: Value;
    let oldExtraFile: Value;
    const toPrint = lToPrint === true;
    const toFile = typeof cToFile === 'string' && cToFile !== '';
    // through Set(), which opens and closes the files as SET commands do
    if (toPrint) oldPrinter = setFns.SET(ctx, SET_PRINTER, true);
    if (toFile) {
      const name = ctx.sets.get(SET_DEFEXTENSIONS) !== false && splitName(cToFile).ext === '' ? cToFile + '.txt' : cToFile;
      oldExtra = setFns.SET(ctx, SET_EXTRA, true);
      oldExtraFile = setFns.SET(ctx, SET_EXTRAFILE, name);
    }
    try {
      inPrg(ctx, '__DBLIST', 0, () => {
        const none = lAll !== true && bFor === undefined && bWhile === undefined &&
          (nNext === undefined || nNext === 0) && (nRec === undefined || nRec === 0) && lRest !== true;
        if (none) out();
        else if (a !== undefined) a.evalScope((() => out()) as unknown as Block, scopeArgs(bFor, bWhile, nNext, nRec, lRest));
      });
    } finally {
      if (toFile) {
        setFns.SET(ctx, SET_EXTRAFILE, oldExtraFile);
        setFns.SET(ctx, SET_EXTRA, oldExtra);
      }
      if (toPrint) setFns.SET(ctx, SET_PRINTER, oldPrinter);
    }
    return undefined;
  },
};

/** Str( RecNo(), 7 ) */
function strRec(a: WorkArea | undefined): string {
  return String(a === undefined ? 0 : a.recNo()).padStart(7);
}
