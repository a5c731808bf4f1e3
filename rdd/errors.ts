// The errors of the database layer, with Harbour's codes: generic codes
// (EG_*), the DBF drivers' subcodes (EDBF_*), the DBCMD subcodes of the
// PRG-level functions, and how an error is launched and its answer read.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { launch, makeError } from '../runtime/errors/launch.js';
import { EF_CANDEFAULT, EF_CANRETRY, EF_NONE } from '../runtime/errors/error.js';

export { EF_CANDEFAULT, EF_CANRETRY, EF_NONE };

// generic codes (error.ch)
export const EG_ARG = 1;
export const EG_NOVAR = 14;
export const EG_NOALIAS = 15;
export const EG_BADALIAS = 17;
export const EG_DUPALIAS = 18;
export const EG_CREATE = 20;
export const EG_OPEN = 21;
export const EG_CLOSE = 22;
export const EG_READ = 23;
export const EG_WRITE = 24;
export const EG_UNSUPPORTED = 30;
export const EG_LIMIT = 31;
export const EG_CORRUPTION = 32;
export const EG_DATATYPE = 33;
export const EG_DATAWIDTH = 34;
export const EG_NOTABLE = 35;
export const EG_NOORDER = 36;
export const EG_SHARED = 37;
export const EG_UNLOCKED = 38;
export const EG_READONLY = 39;
export const EG_APPENDLOCK = 40;
export const EG_LOCK = 41;

// DBF driver subcodes (hbdbferr.h)
export const EDBF_UNSUPPORTED = 1000;
export const EDBF_OPEN_DBF = 1001;
export const EDBF_OPEN_MEMO = 1002;
export const EDBF_OPEN_INDEX = 1003;
export const EDBF_CREATE_DBF = 1004;
export const EDBF_CREATE_MEMO = 1005;
export const EDBF_CREATE_INDEX = 1006;
export const EDBF_READ = 1010;
export const EDBF_WRITE = 1011;
export const EDBF_CORRUPT = 1012;
export const EDBF_DATATYPE = 1020;
export const EDBF_DATAWIDTH = 1021;
export const EDBF_UNLOCKED = 1022;
export const EDBF_SHARED = 1023;
export const EDBF_APPENDLOCK = 1024;
export const EDBF_READONLY = 1025;
export const EDBF_INVALIDKEY = 1026;
export const EDBF_LIMITEXCEEDED = 1027;
export const EDBF_LOCK = 1038;
export const EDBF_INVALIDORDER = 1050;
export const EDBF_SCOPETYPE = 1051;
export const EDBF_NOTCUSTOM = 1052;
export const EDBF_INVALIDFOR = 1053;
export const EDBF_KEYLENGTH = 1054;
export const EDBF_SIGNATURE = 1055;
export const EDBF_MEMOTYPE = 1056;
export const EDBF_MEMOTOOLONG = 1057;
export const EDBF_NOTINDEXED = 1201;

// DBCMD subcodes (hbapirdd.h)
export const EDBCMD_SEEK_BADPARAMETER = 1001;
export const EDBCMD_NOALIAS = 1002;
export const EDBCMD_NOVAR = 1003;
export const EDBCMD_REL_BADPARAMETER = 1004;
export const EDBCMD_USE_BADPARAMETER = 1005;
export const EDBCMD_ORD_BADPARAMETER = 1006;
export const EDBCMD_ORDLSTADD_BADPARAMETER = 1008;
export const EDBCMD_BADALIAS = 1010;
export const EDBCMD_DUPALIAS = 1011;
export const EDBCMD_REL_SAMEALIAS = 1013;
export const EDBCMD_DBCMDBADPARAMETER = 1014;
export const EDBCMD_BADPARAMETER = 1015;
export const EDBCMD_INFOBADPARAMETER = 1032;
export const EDBCMD_DBINFOBADPARAMETER = 1034;
export const EDBCMD_NOTABLE = 2001;
export const EDBCMD_EVAL_BADPARAMETER = 2019;

/** What the error block decided. */
export const enum Answer { Break, Retry, Default }

export interface RddErrorSpec {
  genCode: number;
  subCode: number;
  filename?: string;
  osCode?: number;
  flags?: number;
  operation?: string;
  args?: Value[];
  description?: string;
}

/** Launch an error of subsystem `subSystem` and read the block's answer. */
export function raise(ctx: Thread, subSystem: string, spec: RddErrorSpec): Answer {
  const err = makeError(ctx, { ...spec, subSystem, flags: spec.flags ?? EF_NONE });
  return launch(ctx, err) ? Answer.Retry : Answer.Default;
}

/** An error of the DBCMD subsystem raised by PRG-level function `fn` (its result is ignored). */
export function dbcmdError(ctx: Thread, genCode: number, subCode: number, operation: string, flags = EF_NONE): Answer {
  return raise(ctx, 'DBCMD', { genCode, subCode, operation, flags });
}

/** The generic code of a DBF subcode (Harbour's hb_dbfGetEGcode). */
export function egOf(sub: number): number {
  switch (sub) {
    case EDBF_OPEN_DBF: return EG_OPEN;
    case EDBF_CREATE_DBF: return EG_CREATE;
    case EDBF_READ: return EG_READ;
    case EDBF_WRITE: return EG_WRITE;
    case EDBF_CORRUPT: return EG_CORRUPTION;
    case EDBF_DATATYPE: return EG_DATATYPE;
    case EDBF_DATAWIDTH: return EG_DATAWIDTH;
    case EDBF_UNLOCKED: return EG_UNLOCKED;
    case EDBF_SHARED: return EG_SHARED;
    case EDBF_APPENDLOCK: return EG_APPENDLOCK;
    case EDBF_READONLY: return EG_READONLY;
    case EDBF_LOCK: return EG_LOCK;
  }
  return EG_UNSUPPORTED;
}

/**
 * Thrown to abandon an RDD operation after its error was reported and the
 * error block chose not to retry (Harbour's HB_FAILURE return).
 */
export class RddFailure extends Error {
  constructor() {
    super('rdd operation failed');
  }
}
