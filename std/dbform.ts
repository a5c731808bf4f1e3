// What REPORT FORM and LABEL FORM share: calling the runtime library's
// own functions (so output, pictures and memo lines are exactly those of
// ?, Transform() and MemoLine()), reading a .frm/.lbl file into a buffer
// of fixed size, the FRMLBL errors, and the output devices a run switches
// on (TO PRINTER, TO FILE, NOCONSOLE) and restores afterwards.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { HbNum } from '../runtime/values/types.js';
import { evalItem, makeError } from '../runtime/errors/launch.js';
import { E_TRIES } from '../runtime/errors/error.js';
import { fsClose, fsOpen, fsRead, lastError } from './files-os.js';
import { splitName } from '../rdd/paths.js';
import type { ProcInfo } from '../runtime/vm/frame.js';

export const SET_DEFAULT = 7;
export const SET_CONSOLE = 17;
export const SET_EXTRA = 21;
export const SET_EXTRAFILE = 22;
export const SET_PRINTER = 23;
export const SET_MARGIN = 25;
const SET_DEFEXTENSIONS = 109;

const EG_ARG = 1;
const EG_OPEN = 21;

/** A runtime-library function by name, called as PRG code calls it. */
export function lib(ctx: Thread, name: string, ...args: Value[]): Value {
  return ctx.vm.syms.func(name).fn(ctx, ...args);
}

export function str(v: Value): string {
  return typeof v === 'string' ? v : '';
}

export function int(v: Value): number {
  return typeof v === 'number' ? Math.trunc(v) : v instanceof HbNum ? Math.trunc(v.n) : 0;
}

/** ?: a new line, then the text (if any). */
export function qout(ctx: Thread, s?: string): void {
  if (s === undefined) lib(ctx, 'QOUT');
  else lib(ctx, 'QOUT', s);
}

/** A whole line: the text, then the end of line. */
export function printLine(ctx: Thread, s = ''): void {
  lib(ctx, 'QQOUT', s);
  lib(ctx, 'QOUT');
}

/** An unsigned 16-bit little-endian word at byte `pos` (0-based) of a buffer held as a byte string. */
export function word(buf: string, pos: number): number {
  return (buf.charCodeAt(pos) & 0xff) | ((buf.charCodeAt(pos + 1) & 0xff) << 8);
}

/**
 * An FRMLBL error handed straight to the error block (as the PRG code of
 * Clipper's report and label runner does): its answer is not looked at.
 */
export function formError(ctx: Thread, genCode: number, filename = '', osCode = 0): void {
  const err = makeError(ctx, { genCode, subCode: 0, subSystem: 'FRMLBL', filename, osCode });
  err.vars[E_TRIES] = 0;
  evalItem(ctx, ctx.errorBlock, [err]);
}

/** The form name with its default extension (under SET DEFEXTENSIONS); an argument error when it is missing. */
export function formName(ctx: Thread, name: Value, ext: string): string | undefined {
  if (typeof name !== 'string') {
    formError(ctx, EG_ARG);
    return undefined;
  }
  if (ctx.sets.get(SET_DEFEXTENSIONS) !== false && splitName(name).ext === '') return name + ext;
  return name;
}

/**
 * The first `size` bytes of a form file, padded with blanks as the buffer
 * they are read into; '' when the file is empty or cannot be read, null
 * when it cannot be opened (after an open error). A name without a
 * directory is also looked for in the SET DEFAULT directories.
 */
export function readForm(ctx: Thread, file: string, size: number): string | null {
  let h = fsOpen(ctx, file, 0);
  if (h < 0 && splitName(file).dir === '') {
    for (const dir of str(ctx.sets.get(SET_DEFAULT)).replace(/,/g, ';').split(';')) {
      const sep = dir === '' || dir.endsWith('/') || dir.endsWith('\\') ? '' : '/';
      h = fsOpen(ctx, dir + sep + file, 0);
      if (h >= 0) break;
    }
  }
  if (h < 0) {
    formError(ctx, EG_OPEN, file, lastError(ctx));
    return null;
  }
  const b = fsRead(ctx, h, size);
  fsClose(ctx, h);
  if (b === null || b.length === 0) return '';
  return b.toString('latin1').padEnd(size, ' ');
}

/** The output settings a form run changes, to be put back afterwards. */
export interface SavedOutput {
  printer: Value;
  console: Value;
  extra?: { on: Value; file: Value };
}

/** TO FILE: output also goes to the SET EXTRA file (a blank name means none). */
export function openExtra(ctx: Thread, saved: SavedOutput, altFile: Value): void {
  if (typeof altFile !== 'string' || altFile.trim() === '') return;
  saved.extra = { on: lib(ctx, 'SET', SET_EXTRA, true), file: lib(ctx, 'SET', SET_EXTRAFILE, altFile) };
}

export function restoreOutput(ctx: Thread, saved: SavedOutput): void {
  lib(ctx, 'SET', SET_PRINTER, saved.printer);
  lib(ctx, 'SET', SET_CONSOLE, saved.console);
  if (saved.extra !== undefined) {
    lib(ctx, 'SET', SET_EXTRAFILE, saved.extra.file);
    lib(ctx, 'SET', SET_EXTRA, saved.extra.on);
  }
}

/** A procedure of the PRG code the report and label runners are in Harbour, as "Called from" lines show it. */
export function prgProc(name: string, file: string): ProcInfo {
  return { name, file: '../../../' + file };
}

/** Run `body` inside frames for `procs` (outermost first), so error call stacks list them. */
export function inFrames<T>(ctx: Thread, procs: ProcInfo[], body: () => T): T {
  const frames = [];
  const sps = [];
  for (const p of procs) {
    frames.push(ctx.enter(p));
    sps.push(ctx.sp);
  }
  const r = body();
  for (let i = frames.length - 1; i >= 0; i--) if (ctx.sp === sps[i]) ctx.leave(frames[i]);
  return r;
}
