// The default error handler that ErrorSys() installs: substitute 0 for a
// zero divisor, retry lock errors, set NetErr() on open and append-lock
// failures, and otherwise show the alert, write the message and the call
// stack to stderr and quit with ErrorLevel 1.

import type { Thread } from '../vm/thread.js';
import { HbNum, HbObject, type Value } from '../values/types.js';
import {
  E_DESCRIPTION, E_FILENAME, E_GENCODE, E_OPERATION, E_OSCODE, E_SEVERITY, E_SUBCODE, E_SUBSYSTEM,
  EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE, ES_WARNING, errFlags,
} from './error.js';
import { QuitSignal } from '../vm/signals.js';
import type { ProcInfo } from '../vm/frame.js';

const EG_ZERODIV = 5;
const EG_OPEN = 21;
const EG_APPENDLOCK = 40;
const EG_LOCK = 41;

const BLOCK_PROC: ProcInfo = { name: '(b)ERRORSYS', file: '' };
const DEFERROR_PROC: ProcInfo = { name: 'DEFERROR', file: '' };

/** The text of the first line: "Error BASE/1081  Argument error: +". */
export function errorMessage(e: HbObject): string {
  const v = e.vars;
  let s = ((v[E_SEVERITY] as number) > ES_WARNING ? 'Error' : 'Warning') + ' ';
  s += typeof v[E_SUBSYSTEM] === 'string' ? v[E_SUBSYSTEM] : '???';
  s += typeof v[E_SUBCODE] === 'number' ? '/' + String(v[E_SUBCODE]) : '/???';
  if (typeof v[E_DESCRIPTION] === 'string') s += '  ' + v[E_DESCRIPTION];
  if (v[E_FILENAME] !== '' && v[E_FILENAME] !== undefined) s += ': ' + String(v[E_FILENAME]);
  else if (v[E_OPERATION] !== '' && v[E_OPERATION] !== undefined) s += ': ' + String(v[E_OPERATION]);
  return s;
}

function defError(ctx: Thread, e: HbObject): Value {
  const flags = errFlags(e);
  const gen = e.vars[E_GENCODE];
  const os = e.vars[E_OSCODE] as number;
  if (gen === EG_ZERODIV && flags & EF_CANSUBSTITUTE) return 0;
  if (gen === EG_LOCK && flags & EF_CANRETRY) return true;
  if (gen === EG_OPEN && os === 32 && flags & EF_CANDEFAULT) {
    ctx.netErr = true;
    return false;
  }
  if (gen === EG_APPENDLOCK && flags & EF_CANDEFAULT) {
    ctx.netErr = true;
    return false;
  }
  let msg = errorMessage(e);
  const osText = os ? `(DOS Error ${os})` : '';
  const options = ['Quit'];
  if (flags & EF_CANRETRY) options.push('Retry');
  if (flags & EF_CANDEFAULT) options.push('Default');

  // Alert() may be the program's own; 0 asks again, NIL (no choice) means Quit
  const alert = ctx.vm.syms.func('ALERT');
  let choice: number;
  do {
    const r = alert.fn(ctx, msg + (osText ? ';' + osText : ''), options);
    choice = typeof r === 'number' ? r : r instanceof HbNum ? Math.trunc(r.n) : -1;
  } while (choice === 0);
  const picked = choice > 0 ? options[choice - 1] : undefined;
  if (picked === 'Retry') return true;
  if (picked === 'Default') return false;

  if (osText) msg += ' ' + osText;
  let out = '\n' + msg;
  // the frames below this handler's own two: (b)ERRORSYS and DEFERROR
  for (let i = ctx.sp - 2; i >= 0; i--) {
    const f = ctx.frames[i];
    out += `\nCalled from ${f.proc.name}(${f.line})  `;
  }
  ctx.vm.console.err(out);
  ctx.vm.errorLevel = 1;
  throw new QuitSignal();
}

/** The block ErrorSys() installs: {| oError | DefError( oError ) }. */
export function defaultErrorBlock(ctx: Thread, e: Value): Value {
  const fb = ctx.enter(BLOCK_PROC);
  const fd = ctx.enter(DEFERROR_PROC);
  const r = defError(ctx, e as HbObject);
  ctx.leave(fd);
  ctx.leave(fb);
  return r;
}
