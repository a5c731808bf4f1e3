// Unrecoverable errors (Harbour's hb_errInternal): the message and the call
// stack go to stderr and are appended to the log file of SET HBOUTLOG
// (hb_out.log), then the process ends at once with exit code 1: no EXIT
// procedures run.

import { appendFileSync } from 'node:fs';
import type { Thread } from '../vm/thread.js';
import { internalErrorText, langItem, LANG_ERRINTR } from '../lang.js';

const SET_HBOUTLOG = 112;
const SET_HBOUTLOGINFO = 113;

/** Ends the process; tests replace it to observe the exit. */
let exitProcess: (code: number) => never = (code) => process.exit(code);

export function setInternalExit(f: (code: number) => never): void {
  exitProcess = f;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The "Called from NAME(line)[ in file]" lines of the current call stack, innermost first. */
export function callStackLines(ctx: Thread): string[] {
  const out: string[] = [];
  for (let i = ctx.sp; i >= 0; i--) {
    const f = ctx.frames[i];
    out.push(`Called from ${f.proc.name}(${f.line & 0xffff})${f.proc.file ? ' in ' + f.proc.file : ''}`);
  }
  return out;
}

export function internalError(ctx: Thread, code: number, text?: string): never {
  const vm = ctx.vm;
  const head = langItem(LANG_ERRINTR).replace('%d', String(code));
  const body = text ?? internalErrorText(code);
  const stack = callStackLines(ctx);
  vm.console.err('\n' + head + body + '\n' + stack.map((l) => l + '\n').join(''));
  const logName = ctx.sets.get(SET_HBOUTLOG);
  const info = ctx.sets.get(SET_HBOUTLOGINFO);
  const now = new Date();
  let log = `Application Internal Error - ${vm.progName}\n`;
  log += `Terminated at: ${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}\n`;
  if (typeof info === 'string' && info !== '') log += `Info: ${info}\n`;
  log += head + body + '\n' + stack.map((l) => l + '\n').join('') + '-'.repeat(72) + '\n';
  try {
    appendFileSync(typeof logName === 'string' ? logName : 'hb_out.log', Buffer.from(log, 'latin1'));
  } catch {
    // no log when the file cannot be written, as in Harbour
  }
  vm.console.flush();
  return exitProcess(1);
}
