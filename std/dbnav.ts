// Moving in a table and the record's state: GO TOP/BOTTOM/GOTO, SKIP,
// Bof()/Eof()/Found(), RecNo()/LastRec(), APPEND BLANK, DELETE/RECALL,
// Deleted(), PACK and ZAP.

import { isNumeric, numOf } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { cur, framed, noTable, badArg } from './dbcommon.js';
import { EDBCMD_NOVAR, EG_DATATYPE, EDBF_DATATYPE } from '../rdd/errors.js';

export const functions: StdModule = {
  DBGOTOP(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBGOTOP');
    framed(ctx, 'DBGOTOP', () => a.goTop());
    return undefined;
  },
  DBGOBOTTOM(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBGOBOTTOM');
    framed(ctx, 'DBGOBOTTOM', () => a.goBottom());
    return undefined;
  },
  DBGOTO(ctx, ...args) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBGOTO');
    if (args.length === 0) return badArg(ctx, 'DBGOTO', EDBCMD_NOVAR);
    const v = args[0];
    framed(ctx, 'DBGOTO', () => {
      if (isNumeric(v)) a.goTo(Math.trunc(numOf(v)));
      else a.error({ genCode: EG_DATATYPE, subCode: EDBF_DATATYPE });
    });
    return undefined;
  },
  DBSKIP(ctx, n) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBSKIP');
    const k = isNumeric(n) ? Math.trunc(numOf(n)) : 1;
    framed(ctx, 'DBSKIP', () => a.skip(k));
    return undefined;
  },
  BOF(ctx) {
    const a = cur(ctx);
    if (a === undefined) return true;
    a.forceRel();
    return a.bof;
  },
  EOF(ctx) {
    const a = cur(ctx);
    if (a === undefined) return true;
    if (a.pendingRel !== null) a.forceRel();
    return a.eof;
  },
  FOUND(ctx) {
    const a = cur(ctx);
    if (a === undefined) return false;
    a.forceRel();
    return a.found;
  },
  __DBSETFOUND(ctx, v) {
    const a = cur(ctx);
    if (a !== undefined && typeof v === 'boolean') a.found = v;
    return undefined;
  },
  RECNO(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.recId();
  },
  LASTREC(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.recCount();
  },
  RECCOUNT(ctx) {
    const a = cur(ctx);
    return a === undefined ? 0 : a.recCount();
  },
  DBAPPEND(ctx, unlockAll) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBAPPEND');
    ctx.netErr = false;
    return framed(ctx, 'DBAPPEND', () => a.append(unlockAll !== false));
  },
  DBDELETE(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBDELETE');
    framed(ctx, 'DBDELETE', () => a.deleteRec());
    return undefined;
  },
  DBRECALL(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBRECALL');
    framed(ctx, 'DBRECALL', () => a.recall());
    return undefined;
  },
  DELETED(ctx) {
    const a = cur(ctx);
    return a === undefined ? false : a.deleted();
  },
  __DBPACK(ctx, block, every) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, '__DBPACK');
    framed(ctx, '__DBPACK', () => {
      if (typeof block === 'function') {
        const n = isNumeric(every) && numOf(every) >= 1 ? Math.trunc(numOf(every)) : 1;
        a.pack(() => a.evalBlock(block), n);
      } else a.pack();
    });
    return undefined;
  },
  __DBZAP(ctx) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, '__DBZAP');
    framed(ctx, '__DBZAP', () => a.zap());
    return undefined;
  },
};

