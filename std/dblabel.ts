// LABEL FORM (__LabelForm()): a Clipper .lbl label definition run over the
// records of the current work area, labels side by side in bands, blank
// lines of a label closed up, printed through ? (SET CONSOLE, PRINTER,
// ALTERNATE and EXTRA apply). SAMPLE first prints rows of asterisks
// until the user answers no.
//
// The .lbl file is 1034 bytes: a remark of 60 bytes at byte 1, then words
// for the label height, width, left margin, lines between labels, spaces
// between labels and labels across (byte 61), then one 60-byte
// expression per label line from byte 73.

import type { Thread } from '../runtime/vm/thread.js';
import { HbObject, type Block, type Value } from '../runtime/values/types.js';
import { cond, not } from '../runtime/values/ops.js';
import type { StdModule } from './registry.js';
import {
  SET_CONSOLE, SET_MARGIN, SET_PRINTER, formName, inFrames, int, lib, openExtra, prgProc, printLine, readForm,
  restoreOutput, str, word, type SavedOutput,
} from './dbform.js';

const P_LABELFORM = prgProc('__LABELFORM', 'tlabel.prg');
const P_NEW = prgProc('HBLABELFORM:NEW', 'tobject.prg');
const P_INIT = prgProc('HBLABELFORM:INIT', 'tlabel.prg');
const P_LOAD = prgProc('HBLABELFORM:LOADLABEL', 'tlabel.prg');
const P_SAMPLES = prgProc('HBLABELFORM:SAMPLELABELS', 'tlabel.prg');
const P_INIT_BLOCK = prgProc('(b)HBLABELFORM_INIT', 'tlabel.prg');
const P_EXECUTE = prgProc('HBLABELFORM:EXECUTELABEL', 'tlabel.prg');

const FILE_SIZE = 1034;
const LINES_AT = 73;
const LINE_SIZE = 60;

const MSG_SAMPLES = 2;
const MSG_YN = 12;

interface Label {
  height: number;
  width: number;
  lmargin: number;
  linesBetween: number;
  spaces: number;
  across: number;
  /** one per label line; null for an empty line */
  fields: Array<Block | null>;
}

function loadLabel(ctx: Thread, file: string): Label {
  const l: Label = { height: 5, width: 35, lmargin: 0, linesBetween: 1, spaces: 0, across: 1, fields: [] };
  const buf = readForm(ctx, file, FILE_SIZE);
  if (buf === null || buf === '') return l;
  l.height = word(buf, 61);
  l.width = word(buf, 63);
  l.lmargin = word(buf, 65);
  l.linesBetween = word(buf, 67);
  l.spaces = word(buf, 69);
  l.across = word(buf, 71);
  for (let i = 0, off = LINES_AT; i < l.height; i++, off += LINE_SIZE) {
    const text = buf.slice(off, off + LINE_SIZE).trimEnd();
    if (text.trim() === '') l.fields.push(null);
    else {
      const b = lib(ctx, 'HB_MACROBLOCK', text);
      l.fields.push(typeof b === 'function' ? b : null);
    }
  }
  return l;
}

class LabelRun {
  band: string[];
  blank: string;
  col = 1;
  oneMoreBand = true;

  constructor(private ctx: Thread, private l: Label) {
    this.band = l.fields.map(() => ' '.repeat(l.lmargin));
    this.blank = ' '.repeat(l.width + l.spaces);
  }

  private printBand(): void {
    for (const s of this.band) printLine(this.ctx, s);
  }

  /** One record: its label joins the band; a full band is printed. */
  record(): void {
    const { ctx, l } = this;
    const lines: Array<string | null> = [];
    for (const f of l.fields) {
      if (f === null) {
        lines.push(null);
        continue;
      }
      const s = str(lib(ctx, 'PADR', lib(ctx, 'EVAL', f), l.width)) + ' '.repeat(l.spaces);
      if (s.trim() !== '') lines.push(s);
    }
    for (let i = 0; i < this.band.length; i++) this.band[i] += lines[i] ?? this.blank;
    if (this.col !== l.across) {
      this.oneMoreBand = true;
      this.col++;
      return;
    }
    for (let i = 0; i < this.band.length; i++) this.band[i] = this.band[i].trimEnd();
    this.oneMoreBand = false;
    this.col = 1;
    this.printBand();
    for (let i = this.band.length; i < l.height; i++) printLine(ctx);
    for (let i = 0; i < l.linesBetween; i++) printLine(ctx);
    this.band.fill(' '.repeat(l.lmargin));
  }

  /** Rows of asterisks the size of the labels, until the answer is no. */
  samples(): void {
    const { ctx, l } = this;
    const row = ' '.repeat(l.lmargin) + ('*'.repeat(l.width) + ' '.repeat(l.spaces)).repeat(l.across);
    for (;;) {
      for (let i = 0; i < l.height; i++) printLine(ctx, row);
      for (let i = 0; i < l.linesBetween; i++) printLine(ctx);
      const prompt = str(lib(ctx, '__NATMSG', MSG_SAMPLES)) + ' (' + str(lib(ctx, '__NATMSG', MSG_YN)) + ')';
      lib(ctx, 'DISPOUTAT', lib(ctx, 'ROW'), 0, prompt);
      const key = lib(ctx, 'HB_KEYCHAR', lib(ctx, 'INKEY', 0));
      lib(ctx, 'DISPOUT', key);
      const r = int(lib(ctx, 'ROW'));
      if (r === int(lib(ctx, 'MAXROW'))) {
        lib(ctx, 'SCROLL', 0, 0, lib(ctx, 'MAXROW'), lib(ctx, 'MAXCOL'), 1);
        lib(ctx, 'SETPOS', lib(ctx, 'MAXROW'), 0);
      } else lib(ctx, 'SETPOS', r + 1, 0);
      if (lib(ctx, '__NATISNEGATIVE', key) === true) break;
    }
  }

  execute(sample: boolean, scope: Value[]): void {
    if (sample) inFrames(this.ctx, [P_SAMPLES], () => this.samples());
    const [bFor, bWhile, nNext, nRecord, lRest] = scope;
    lib(this.ctx, 'DBEVAL', () => {
      inFrames(this.ctx, [P_INIT_BLOCK, P_EXECUTE], () => this.record());
      return undefined;
    }, bFor, bWhile, nNext, nRecord, lRest);
    if (this.oneMoreBand) this.printBand();
  }
}

/** The instance variables of the label runner object __LabelForm() returns, as it leaves them. */
const RUNNER_VARS: Array<[string, () => Value]> = [
  ['ALABELDATA', () => []], ['ABANDTOPRINT', () => []], ['CBLANK', () => ''], ['LONEMOREBAND', () => true],
  ['NCURRENTCOL', () => 1],
];

/** An object of class HBLABELFORM with its variables readable and assignable. */
function runnerObject(ctx: Thread): HbObject {
  const reg = ctx.vm.classes;
  let cls = reg.find('HBLABELFORM');
  if (cls === undefined) {
    cls = reg.create('HBLABELFORM');
    RUNNER_VARS.forEach(([name], i) => {
      cls!.ivars.push(name);
      cls!.ivarInit.push(undefined);
      cls!.addMethod(name, (_c, self) => (self as HbObject).vars[i]);
      cls!.addMethod('_' + name, (_c, self, v) => ((self as HbObject).vars[i] = v));
    });
  }
  return new HbObject(cls, RUNNER_VARS.map(([, init]) => init()));
}

function labelForm(ctx: Thread, args: Value[]): void {
  const [cName, lPrinter, cAltFile, lNoConsole, bFor, bWhile, nNext, nRecord, lRest, lSample] = args;
  const file = formName(ctx, cName, '.lbl');
  // the printer is left off afterwards unless TO PRINTER found it on (as Harbour does)
  const saved: SavedOutput = {
    printer: cond(ctx, lPrinter ?? false) ? lib(ctx, 'SET', SET_PRINTER, true) : false,
    console: ctx.sets.get(SET_CONSOLE),
  };
  lib(ctx, 'SET', SET_CONSOLE, not(ctx, lNoConsole) && saved.console === true);
  openExtra(ctx, saved, cAltFile);
  const oldMargin = lib(ctx, 'SET', SET_MARGIN, 0);
  let done = false;
  try {
    const l = inFrames(ctx, [P_LOAD], () => loadLabel(ctx, file ?? ''));
    l.lmargin += int(oldMargin);
    new LabelRun(ctx, l).execute(cond(ctx, lSample ?? false), [bFor, bWhile, nNext, nRecord, lRest]);
    done = true;
  } finally {
    restoreOutput(ctx, saved);
    // SET MARGIN stays at 0 when the run was broken off
    if (done) lib(ctx, 'SET', SET_MARGIN, oldMargin);
  }
}

export const functions: StdModule = {
  __LABELFORM(ctx, ...args) {
    inFrames(ctx, [P_LABELFORM, P_NEW, P_INIT], () => labelForm(ctx, args));
    return runnerObject(ctx);
  },
};
