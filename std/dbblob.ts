// dbFileGet() and dbFilePut(): a field's contents to a file and back (the
// BLOBExport()/BLOBImport() of blob.ch). The other BLOB*() calls are
// dbInfo()/dbFieldInfo() codes the memo drivers answer.

import type { Value } from '../runtime/values/types.js';
import { isNumeric } from '../runtime/values/types.js';
import type { WorkArea } from '../rdd/workarea.js';
import { getValueFile, putValueFile } from '../rdd/memo/valuefile.js';
import type { StdModule } from './registry.js';
import { badArg, cur, framed, intArg, noTable } from './dbcommon.js';

const EDBCMD_DBFILEPUTBADPARAMETER = 1041;
const EDBCMD_DBFILEGETBADPARAMETER = 1042;

/** A field given by name or number; 0 when there is no such field. */
function fieldArg(a: WorkArea, v: Value): number {
  const i = typeof v === 'string' ? a.fieldPos(v) : intArg(v);
  return i > 0 && i <= a.fields.length ? i : 0;
}

export const functions: StdModule = {
  DBFILEGET(ctx, field, file, mode) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBFILEGET');
    const i = fieldArg(a, field);
    if (i === 0 || !isNumeric(mode) || typeof file !== 'string' || file === '') {
      return badArg(ctx, 'DBFILEGET', EDBCMD_DBFILEGETBADPARAMETER);
    }
    return framed(ctx, 'DBFILEGET', () => getValueFile(a, i, file, intArg(mode)));
  },
  DBFILEPUT(ctx, field, file) {
    const a = cur(ctx);
    if (a === undefined) return noTable(ctx, 'DBFILEPUT');
    const i = fieldArg(a, field);
    if (i === 0 || typeof file !== 'string' || file === '') {
      return badArg(ctx, 'DBFILEPUT', EDBCMD_DBFILEPUTBADPARAMETER);
    }
    return framed(ctx, 'DBFILEPUT', () => putValueFile(a, i, file));
  },
};
