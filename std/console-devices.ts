// Where console output goes besides the screen: the SET ALTERNATE TO file
// (while SET ALTERNATE is ON), the SET EXTRA TO file, and the printer file
// of SET PRINTER TO (for ?/?? while SET PRINTER is ON, for @...SAY and
// DevOut while SET DEVICE TO PRINTER), with the printer head position that
// PRow()/PCol() report. Set() opens these files through the hook installed
// here; each open or create failure raises TERM/2013 (alternate), 2014
// (printer) or 2015 (extra), which the error handler may retry.

import { statSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import type { HbObject } from '../runtime/values/types.js';
import { setOutputFileHook } from '../runtime/vm/sets.js';
import { fileError, inNative, launch } from '../runtime/errors/launch.js';
import {
  FO_CREAT, FO_READWRITE, FO_TRUNC, FO_WRITE, FS_END, fsClose, fsFileExists, fsOpen, fsRead, fsSeek, fsWrite, lastError,
} from './files-os.js';
import { extName } from './files-name.js';

const SET_CONSOLE = 17;
const SET_ALTERNATE = 18;
const SET_ALTFILE = 19;
const SET_DEVICE = 20;
const SET_EXTRAFILE = 22;
const SET_PRINTER = 23;
const SET_PRINTFILE = 24;
const SET_MARGIN = 25;
const SET_EOF = 105;
const SET_DEFEXTENSIONS = 109;

/** The open device files of a thread and the printer head position. */
class Devices {
  alt = -1;
  extra = -1;
  print = -1;
  prnRow = 0;
  prnCol = 0;
  /** whether SET EOF was on when each file was opened (its Chr(26) on close) */
  eof = false;
}

const DEVICES = Symbol('Devices');
const all = new Set<{ ctx: Thread; d: Devices }>();

export function devices(ctx: Thread): Devices {
  return ctx.slot(DEVICES, () => {
    const d = new Devices();
    all.add({ ctx, d });
    return d;
  });
}

const bytes = (s: string) => Buffer.from(s, 'latin1');

function closeDevice(ctx: Thread, set: number, d: Devices): void {
  const h = set === SET_ALTFILE ? d.alt : set === SET_EXTRAFILE ? d.extra : d.print;
  if (h < 0) return;
  if (set !== SET_PRINTFILE && ctx.sets.get(SET_EOF) !== false) fsWrite(ctx, h, bytes('\x1a'));
  fsClose(ctx, h);
  if (set === SET_ALTFILE) d.alt = -1;
  else if (set === SET_EXTRAFILE) d.extra = -1;
  else d.print = -1;
}

/** A name the OS treats as a device: no default extension, no end-of-file handling. */
function isDevice(name: string): boolean {
  if (name.startsWith('/dev/')) return true;
  try {
    const st = statSync(name);
    return st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

/** Open the file of SET ALTERNATE/PRINTER/EXTRA TO; returns the name to store ('' = none open). */
function openDevice(ctx: Thread, set: number, name: string, append: boolean): string {
  const d = devices(ctx);
  closeDevice(ctx, set, d);
  // a pipe to a command ("|lpr") is not available here
  if (name === '' || name.startsWith('|')) return '';
  const device = isDevice(name);
  const defExt = device || ctx.sets.get(SET_DEFEXTENSIONS) === false ? undefined : set === SET_ALTFILE ? '.txt' : '.prn';
  const stripEof = append && !device;
  const path = extName(ctx, name, defExt, !device, true, (p) => fsFileExists(ctx, p));
  const flags = (stripEof && set !== SET_PRINTFILE ? FO_READWRITE : FO_WRITE) | FO_CREAT | (append ? 0 : FO_TRUNC);
  const subCode = set === SET_ALTFILE ? 2013 : set === SET_PRINTFILE ? 2014 : 2015;
  let err: HbObject | null = null;
  let h = -1;
  inNative(ctx, 'SET', () => {
    for (;;) {
      h = fsOpen(ctx, path, flags);
      if (h >= 0) break;
      err = fileError(ctx, err, 'TERM', 20, subCode, name, lastError(ctx));
      if (!launch(ctx, err)) break;
    }
  });
  if (h < 0) return '';
  if (stripEof) {
    const end = fsSeek(ctx, h, 0, FS_END);
    if (end > 0 && set !== SET_PRINTFILE) {
      fsSeek(ctx, h, -1, FS_END);
      const last = fsRead(ctx, h, 1);
      if (last !== null && last[0] === 0x1a) fsSeek(ctx, h, -1, FS_END);
    }
  }
  // a retrying error handler may have opened another file meanwhile
  closeDevice(ctx, set, d);
  if (set === SET_ALTFILE) d.alt = h;
  else if (set === SET_EXTRAFILE) d.extra = h;
  else d.print = h;
  return name;
}

setOutputFileHook(openDevice);

// at exit, close the files as Harbour does (each text file gets its Chr(26))
process.on('exit', () => {
  for (const { ctx, d } of all) {
    closeDevice(ctx, SET_ALTFILE, d);
    closeDevice(ctx, SET_EXTRAFILE, d);
    closeDevice(ctx, SET_PRINTFILE, d);
  }
});

/** The printer file while `on`, opening the SET PRINTER TO file if it is not open yet. */
function printer(ctx: Thread, d: Devices, on: boolean): number {
  if (!on) return -1;
  if (d.print < 0) {
    const name = ctx.sets.get(SET_PRINTFILE);
    if (typeof name === 'string' && name !== '') openDevice(ctx, SET_PRINTFILE, name, false);
  }
  return d.print;
}

const printerOn = (ctx: Thread) => ctx.sets.get(SET_PRINTER) === true;

/** SET DEVICE TO PRINTER is in effect. */
function deviceIsPrinter(ctx: Thread): boolean {
  const v = ctx.sets.get(SET_DEVICE);
  return typeof v === 'string' && v.length >= 4 && v.slice(0, 4).toUpperCase() === 'PRIN';
}

/** hb_conOutAlt: ?/?? output to the screen (SET CONSOLE), the alternate, extra and printer files. */
export function conOutAlt(ctx: Thread, s: string): void {
  if (ctx.sets.get(SET_CONSOLE) !== false) ctx.vm.console.out(s);
  const d = devices(ctx);
  if (d.alt < 0 && d.extra < 0 && d.print < 0 && !printerOn(ctx)) return;
  if (d.alt >= 0 && ctx.sets.get(SET_ALTERNATE) === true) fsWrite(ctx, d.alt, bytes(s));
  if (d.extra >= 0) fsWrite(ctx, d.extra, bytes(s));
  const p = printer(ctx, d, printerOn(ctx));
  if (p >= 0) {
    fsWrite(ctx, p, bytes(s));
    d.prnCol += s.length;
  }
}

/** The start of a ? line on the printer: the row advances and the margin is filled. */
export function printerNewLine(ctx: Thread): void {
  const d = devices(ctx);
  const p = printer(ctx, d, printerOn(ctx));
  if (p < 0) return;
  d.prnRow++;
  const m = ctx.sets.get(SET_MARGIN);
  d.prnCol = typeof m === 'number' ? m : 0;
  if (d.prnCol > 0) fsWrite(ctx, p, bytes(' '.repeat(d.prnCol)));
}

/** hb_conOutDev: DevOut and @...SAY output, to the printer under SET DEVICE TO PRINTER. */
export function conOutDev(ctx: Thread, s: string): void {
  const d = devices(ctx);
  const p = printer(ctx, d, deviceIsPrinter(ctx));
  if (p >= 0) {
    fsWrite(ctx, p, bytes(s));
    d.prnCol += s.length;
  } else {
    ctx.vm.console.out(s);
  }
}

/** DevPos(): moves the printer head (with line feeds, a page eject or spaces) or the screen cursor. */
export function conDevPos(ctx: Thread, row: number, col: number): void {
  const d = devices(ctx);
  const p = printer(ctx, d, deviceIsPrinter(ctx));
  if (p < 0) {
    ctx.vm.console.setPos(row, col);
    return;
  }
  const m = ctx.sets.get(SET_MARGIN);
  const pcol = col + (typeof m === 'number' ? m : 0);
  if (d.prnRow === row && d.prnCol === pcol) return;
  let s = '';
  if (d.prnRow !== row) {
    if (++d.prnRow > row) {
      s += '\x0c\r';
      d.prnRow = 0;
    } else {
      s += ctx.vm.eol;
    }
    while (d.prnRow < row) {
      s += ctx.vm.eol;
      d.prnRow++;
    }
    d.prnCol = 0;
  } else if (d.prnCol > pcol) {
    s += '\r';
    d.prnCol = 0;
  }
  if (d.prnCol < pcol) {
    s += ' '.repeat(pcol - d.prnCol);
    d.prnCol = pcol;
  }
  fsWrite(ctx, p, bytes(s));
}

/** EJECT: a form feed to the printer (whether or not it is on) and the head back home. */
export function eject(ctx: Thread): void {
  const d = devices(ctx);
  const p = printer(ctx, d, true);
  if (p >= 0) fsWrite(ctx, p, bytes('\x0c\r'));
  d.prnRow = d.prnCol = 0;
}
