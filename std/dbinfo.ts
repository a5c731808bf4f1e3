// dbInfo(), dbRecordInfo() and rddInfo() (hb_rddInfo()): the DBI_*, DBRI_*
// and RDDI_* questions about the current table, a record, and a driver.

import type { Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { cur, framed, noTable, badArg, mgrOf } from './dbcommon.js';
import { EDBCMD_DBINFOBADPARAMETER, EDBCMD_EVAL_BADPARAMETER, EDBCMD_INFOBADPARAMETER } from '../rdd/errors.js';
import { findDriver } from '../rdd/registry.js';
import { defaultDriver } from '../rdd/tables.js';
import { rddInfo } from '../rdd/rddinfo.js';
import type { Thread } from '../runtime/vm/thread.js';

function hbRddInfo(ctx: Thread, name: string, args: Value[]): Value {
  const [nInfo, newVal, cRdd] = args;
  const drvName = typeof cRdd === 'string' ? cRdd : defaultDriver(mgrOf(ctx));
  const d = findDriver(drvName);
  if (d === undefined || !isNumeric(nInfo)) return badArg(ctx, name, EDBCMD_EVAL_BADPARAMETER);
  return framed(ctx, name, () => rddInfo(ctx, d, Math.trunc(numOf(nInfo)), newVal));
}

export const functions: StdModule = {
  DBINFO(ctx, nInfo, newVal) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBINFO');
    if (!isNumeric(nInfo)) return badArg(ctx, 'DBINFO', EDBCMD_DBINFOBADPARAMETER);
    return framed(ctx, 'DBINFO', () => a.info(Math.trunc(numOf(nInfo)), newVal));
  },
  DBRECORDINFO(ctx, nInfo, recNo, newVal) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBRECORDINFO');
    if (!isNumeric(nInfo)) return badArg(ctx, 'DBRECORDINFO', EDBCMD_INFOBADPARAMETER);
    return framed(ctx, 'DBRECORDINFO', () => a.recordInfo(recNo, Math.trunc(numOf(nInfo)), newVal));
  },
  RDDINFO(ctx, ...args) {
    return hbRddInfo(ctx, 'RDDINFO', args);
  },
  HB_RDDINFO(ctx, ...args) {
    return hbRddInfo(ctx, 'HB_RDDINFO', args);
  },
  // CLOSE ALL / CLOSE FORMAT end the active SET FORMAT of the GET system;
  // with no GET list active there is nothing to end
  __SETFORMAT() {
    return undefined;
  },
};
