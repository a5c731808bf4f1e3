// REPORT FORM (__ReportForm()): a Clipper .frm report definition run over
// the records of the current work area — page headers, group and subgroup
// headings with their subtotals, columns laid out by width (character and
// memo columns wrapped over several lines, ';' breaking a line), totals,
// page ejects — printed through ? so that SET CONSOLE, PRINTER, ALTERNATE
// and EXTRA (TO FILE) apply.
//
// The .frm file is 1990 bytes: the word 2 at both ends; a table of 55
// expression lengths (byte 4) and one of their offsets (byte 114) into an
// expression area (byte 224, 1440 bytes of NUL-terminated texts); 25
// column blocks of 12 bytes (byte 1664, the first one unused); and 24
// bytes of report parameters (byte 1964).

import type { Thread } from '../runtime/vm/thread.js';
import type { Block, Value } from '../runtime/values/types.js';
import { exactEq, ne } from '../runtime/values/compare.js';
import { cond, plus } from '../runtime/values/ops.js';
import { eject } from './console-devices.js';
import type { StdModule } from './registry.js';
import {
  SET_CONSOLE, SET_PRINTER, formName, inFrames, int, lib, openExtra, prgProc, printLine, qout, readForm, restoreOutput,
  str, word, type SavedOutput,
} from './dbform.js';

const P_REPORTFORM = prgProc('__REPORTFORM', 'treport.prg');
const P_NEW = prgProc('HBREPORTFORM:NEW', 'tobject.prg');
const P_INIT = prgProc('HBREPORTFORM:INIT', 'treport.prg');
const P_LOAD = prgProc('HBREPORTFORM:LOADREPORTFILE', 'treport.prg');
const P_GETCOLUMN = prgProc('HBREPORTFORM:GETCOLUMN', 'treport.prg');
const P_INIT_BLOCK = prgProc('(b)HBREPORTFORM_INIT', 'treport.prg');
const P_EXECUTE = prgProc('HBREPORTFORM:EXECUTEREPORT', 'treport.prg');

const FILE_SIZE = 1990;
const LENGTHS = 4;
const OFFSETS = 114;
const EXPRS = 224;
const EXPRS_SIZE = 1440;
const COLUMNS = 1664;
const PARAMS = 1964;

const MSG_PAGENO = 3;
const MSG_SUBTOTAL = 4;
const MSG_SUBSUBTOTAL = 5;
const MSG_TOTAL = 6;

interface Column {
  block: Block | undefined;
  /** ValType() of the expression when the report was loaded with a table open */
  type: string | undefined;
  header: Value[];
  width: number;
  decimals: number;
  total: boolean;
  pict: string | undefined;
}

interface Group {
  block: Block | undefined;
  type: string | undefined;
  header: string;
  ejectAfter: boolean;
}

interface Report {
  header: string[];
  width: number;
  lmargin: number;
  rmargin: number;
  lines: number;
  spacing: number;
  ejectBefore: boolean;
  ejectAfter: boolean;
  plain: boolean;
  summary: boolean;
  columns: Column[];
  groups: Group[];
  heading: string;
}

const yes = (c: string): boolean => c === 'Y' || c === 'y' || c === 'T' || c === 't';

function macroBlock(ctx: Thread, text: string): Block | undefined {
  const b = lib(ctx, 'HB_MACROBLOCK', text);
  return typeof b === 'function' ? b : undefined;
}

function run(ctx: Thread, b: Block | undefined): Value {
  return lib(ctx, 'EVAL', b);
}

/** Expression number `n` of the file ('' for 65535 or a text starting with NUL). */
function expr(buf: string, n: number): string {
  if (n === 65535) return '';
  const off = word(buf, OFFSETS + 2 * n);
  const len = word(buf, LENGTHS + 2 * n) - 1;
  if (len <= 0) return '';
  const s = buf.slice(EXPRS + off, Math.min(EXPRS + off + len, EXPRS + EXPRS_SIZE));
  return s.startsWith('\0') ? '' : s;
}

/** Split a heading at ';' into `n` parts of at most 254 characters each. */
function parseHeader(text: string, n: number): string[] {
  const r: string[] = [];
  for (let i = 0; i < n; i++) {
    const item = text.slice(0, 254);
    const semi = item.indexOf(';');
    if (semi >= 0) {
      r.push(item.slice(0, semi));
      text = text.slice(semi + 1);
    } else {
      r.push(item.trim() === '' ? '' : item);
      text = text.slice(254);
    }
  }
  return r;
}

function columnPicture(c: Column): string | undefined {
  switch (c.type) {
    case 'C': case 'M': return 'X'.repeat(Math.max(c.width, 0));
    case 'D': return '@D';
    case 'T': return '@T';
    case 'N':
      if (c.decimals !== 0) return '9'.repeat(Math.max(c.width - c.decimals - 1, 0)) + '.' + '9'.repeat(c.decimals);
      return '9'.repeat(Math.max(c.width, 0));
    case 'L': return '@L' + 'X'.repeat(Math.max(c.width - 1, 0));
  }
  return undefined;
}

function loadReport(ctx: Thread, file: string): Report {
  const r: Report = {
    header: [], width: 80, lmargin: 8, rmargin: 0, lines: 58, spacing: 1, ejectBefore: true, ejectAfter: false,
    plain: false, summary: false, columns: [], groups: [], heading: '',
  };
  const buf = readForm(ctx, file, FILE_SIZE);
  if (buf === null || buf === '' || word(buf, 0) !== 2 || word(buf, FILE_SIZE - 2) !== 2) return r;
  const p = (off: number): number => word(buf, PARAMS + off);
  r.width = p(10);
  r.lines = p(12);
  r.lmargin = p(14);
  r.rmargin = p(16);
  const ncols = p(18);
  r.spacing = yes(buf[PARAMS + 20]) ? 2 : 1;
  r.summary = yes(buf[PARAMS + 21]);
  const opt = buf.charCodeAt(PARAMS + 23);
  if (opt & 4) r.plain = true;
  if (opt & 2) r.ejectAfter = true;
  if (opt & 1) r.ejectBefore = false;
  const head = parseHeader(expr(buf, p(0)), 4);
  let n = 4;
  while (n > 0 && head[n - 1].trim() === '') n--;
  r.header = head.slice(0, n);
  const used = lib(ctx, 'USED') === true;
  const group = (exprNo: number, hdrNo: number, ejectAfter: boolean): void => {
    const text = expr(buf, exprNo);
    if (text.trim() === '') return;
    const block = macroBlock(ctx, text);
    const type = used ? str(lib(ctx, 'VALTYPE', run(ctx, block))) : undefined;
    r.groups.push({ block, type, header: expr(buf, hdrNo), ejectAfter });
  };
  group(p(2), p(6), yes(buf[PARAMS + 22]));
  group(p(4), p(8), false);
  for (let i = 0, off = COLUMNS + 12; i < ncols; i++, off += 12) {
    const c: Column = {
      block: macroBlock(ctx, expr(buf, word(buf, off + 8))),
      type: undefined,
      header: lib(ctx, 'HB_ATOKENS', expr(buf, word(buf, off + 10)), ';') as Value[],
      width: word(buf, off),
      decimals: word(buf, off + 6),
      total: yes(buf[off + 5] ?? ''),
      pict: undefined,
    };
    if (used) {
      c.type = str(lib(ctx, 'VALTYPE', inFrames(ctx, [P_GETCOLUMN], () => run(ctx, c.block))));
      c.pict = columnPicture(c);
    }
    r.columns.push(c);
  }
  return r;
}

/** A group value as text, to see when it changes. */
function groupText(ctx: Thread, v: Value, type: string | undefined): Value {
  switch (type?.toUpperCase()) {
    case 'D': return lib(ctx, 'DTOC', v);
    case 'T': return lib(ctx, 'HB_TTOC', v);
    case 'L': return v === true ? 'T' : 'F';
    case 'N': return lib(ctx, 'STR', v);
    case 'C': case 'M': return v;
  }
  return 'INVALID EXPRESSION';
}

/** Lines a text takes at a width (tabs of 4, or less on narrow widths). */
function lineCount(ctx: Thread, s: Value, width = 79): number {
  const tab = 4 >= width ? width - 1 : 4;
  return int(lib(ctx, 'MLCOUNT', lib(ctx, 'RTRIM', s), width, tab));
}

function memoLine(ctx: Thread, s: Value, width: number, n: number): string {
  const tab = 4 >= width ? width - 1 : 4;
  return str(lib(ctx, 'MEMOLINE', s, width, n, tab));
}

class ReportRun {
  page = 1;
  linesLeft = 0;
  maxLines = 0;
  firstPass = true;
  /** lPrinter as passed: an EJECT goes to the printer when it is .T. */
  formFeeds: Value;
  /** [0] = the report's totals, [g] = group g's */
  totals: Value[][] = [];
  groupValues: Value[] = [];

  constructor(private ctx: Thread, private r: Report, printer: Value) {
    this.formFeeds = printer;
  }

  private margin(s: string): string {
    return ' '.repeat(Math.max(this.r.lmargin, 0)) + s;
  }

  private ejectPage(): void {
    if (cond(this.ctx, this.formFeeds)) eject(this.ctx);
  }

  /** A new page: eject, then the header (or, in a plain report, room without end). */
  private newPage(): void {
    this.ejectPage();
    if (this.r.plain) this.linesLeft = 1000;
    else this.header();
  }

  header(): void {
    const { ctx, r } = this;
    const lines: string[] = [];
    const headingLen = r.width - r.lmargin - 30;
    const pageNo = str(lib(ctx, '__NATMSG', MSG_PAGENO)) + str(lib(ctx, 'STR', this.page, 6));
    if (!r.plain) {
      if (r.heading === '') lines.push(pageNo);
      else {
        let count = 1;
        for (const ch of r.heading) if (ch === ';') count++;
        for (const l of parseHeader(r.heading, count)) {
          const t = l.trimStart();
          const n = Math.max(lineCount(ctx, t, headingLen), 1);
          for (let i = 1; i <= n; i++) {
            lines.push(' '.repeat(15) + str(lib(ctx, 'PADC', memoLine(ctx, t, headingLen, i).trimEnd(), headingLen)));
          }
        }
        lines[0] = str(lib(ctx, 'STUFF', lines[0], 1, 14, pageNo));
      }
      lines.push(str(lib(ctx, 'DTOC', lib(ctx, 'DATE'))));
    }
    const pageSize = r.width - r.rmargin;
    for (const l of r.header) {
      const t = l.trimStart();
      const n = Math.max(lineCount(ctx, t), 1);
      for (let i = 1; i <= n; i++) {
        const h = memoLine(ctx, t, 79, i).trimEnd();
        lines.push(' '.repeat(Math.max(Math.trunc((pageSize - r.lmargin - h.length) / 2), 0)) + h);
      }
    }
    lines.push('');
    const first = lines.length;
    let depth = 0;
    for (const c of r.columns) depth = Math.max(depth, c.header.length);
    for (const c of r.columns) c.header.length = depth;
    for (let i = 0; i < depth; i++) lines.push('');
    r.columns.forEach((c, ci) => {
      for (let i = 0; i < depth; i++) {
        let s = ci > 0 ? ' ' : '';
        const h = c.header[i];
        if (h === undefined) s += ' '.repeat(Math.max(c.width, 0));
        else s += str(lib(ctx, c.type === 'N' ? 'PADL' : 'PADR', h, c.width));
        lines[first + i] += s;
      }
    });
    lines.push('', '');
    for (const l of lines) printLine(ctx, this.margin(l));
    this.page++;
    this.linesLeft = this.maxLines = r.lines - lines.length;
  }

  private anyTotals(): boolean {
    return this.r.columns.some((c) => c.total);
  }

  /** The two lines of a total: its title, then the totalled columns. */
  private totalLines(title: string, row: Value[]): void {
    const { ctx, r } = this;
    if (this.linesLeft < 2) this.newPage();
    printLine(ctx, this.margin(title));
    lib(ctx, 'QQOUT', this.margin(''));
    r.columns.forEach((c, ci) => {
      if (ci > 0) lib(ctx, 'QQOUT', ' ');
      lib(ctx, 'QQOUT', c.total ? lib(ctx, 'TRANSFORM', row[ci], c.pict) : ' '.repeat(Math.max(c.width, 0)));
    });
    qout(ctx);
  }

  private subtotalTitle(g: number): string {
    return str(lib(this.ctx, '__NATMSG', g === 0 ? MSG_SUBTOTAL : MSG_SUBSUBTOTAL));
  }

  /** One record of the report (the dbEval() body). */
  record(): void {
    const { ctx, r } = this;
    const cols = r.columns;
    const groups = r.groups;
    cols.forEach((c, ci) => {
      if (c.total) this.totals[0][ci] = plus(ctx, this.totals[0][ci], run(ctx, c.block));
    });
    const head: string[] = [];
    let changed = false;
    let ejectGroup = false;
    let anySub = false;
    if (!this.firstPass) {
      for (let g = groups.length - 1; g >= 0; g--) {
        anySub = this.anyTotals();
        if (g === 0) ejectGroup = groups[0].ejectAfter;
        if (!anySub) continue;
        if (ne(ctx, groupText(ctx, run(ctx, groups[0].block), groups[0].type), this.groupValues[0])) changed = true;
        if (changed || ne(ctx, groupText(ctx, run(ctx, groups[g].block), groups[g].type), this.groupValues[g])) {
          head.push(this.subtotalTitle(g));
          let s = '';
          cols.forEach((c, ci) => {
            if (c.total) {
              s += str(lib(ctx, 'TRANSFORM', this.totals[g + 1][ci], c.pict));
              this.totals[g + 1][ci] = 0;
            } else s += ' '.repeat(Math.max(c.width, 0));
            s += ' ';
          });
          head.push(s.slice(0, -1));
        }
      }
    }
    if (head.length > 0 && ejectGroup && changed) {
      if (head.length > this.linesLeft) this.newPage();
      for (const l of head) printLine(ctx, this.margin(l));
      head.length = 0;
      this.newPage();
    }
    groups.forEach((grp, g) => {
      const v = groupText(ctx, run(ctx, grp.block), grp.type);
      if (exactEq(ctx, v, this.groupValues[g])) return;
      head.push('');
      if (g === 0 && !this.firstPass && !anySub && grp.ejectAfter) this.linesLeft = 0;
      head.push((g === 0 ? '** ' : '* ') + grp.header + ' ' + str(groupText(ctx, run(ctx, grp.block), grp.type)));
    });
    this.firstPass = false;
    if (head.length > 0) {
      if (head.length > this.linesLeft) this.newPage();
      for (const l of head) printLine(ctx, this.margin(l));
      this.linesLeft -= head.length;
      if (this.linesLeft === 0) this.newPage();
    }
    cols.forEach((c, ci) => {
      if (!c.total) return;
      for (let g = 1; g < this.totals.length; g++) {
        this.totals[g][ci] = plus(ctx, this.totals[g][ci], run(ctx, c.block));
      }
    });
    groups.forEach((grp, g) => {
      this.groupValues[g] = groupText(ctx, run(ctx, grp.block), grp.type);
    });
    if (!r.summary) this.detail();
  }

  /** The record's detail lines. */
  private detail(): void {
    const { ctx, r } = this;
    const eol = ctx.vm.eol;
    let n = 1;
    for (const c of r.columns) {
      if (c.type === 'M') n = Math.max(lineCount(ctx, run(ctx, c.block), c.width), n);
      else if (c.type === 'C') n = Math.max(lineCount(ctx, lib(ctx, 'STRTRAN', run(ctx, c.block), ';', eol), c.width), n);
    }
    const rows: string[] = new Array<string>(n).fill('');
    r.columns.forEach((c, ci) => {
      for (let i = 1; i <= n; i++) {
        let line: string;
        if (c.type === 'C' || c.type === 'M') {
          let v = run(ctx, c.block);
          if (c.type === 'C') v = lib(ctx, 'STRTRAN', v, ';', eol);
          line = str(lib(ctx, 'PADR', memoLine(ctx, lib(ctx, 'RTRIM', v), c.width, i), c.width));
        } else if (i === 1) {
          line = str(lib(ctx, 'PADR', lib(ctx, 'TRANSFORM', run(ctx, c.block), c.pict), c.width));
        } else line = ' '.repeat(Math.max(c.width, 0));
        rows[i - 1] += (ci > 0 ? ' ' : '') + line;
      }
    });
    if (rows.length > this.linesLeft) {
      if (rows.length > this.maxLines) {
        // taller than a page: printed line by line over pages (its last line is left out, as in Clipper)
        for (let i = 0; i < rows.length - 1; i++) {
          printLine(ctx, this.margin(rows[i]));
          if (--this.linesLeft === 0) this.newPage();
        }
      } else {
        this.newPage();
        for (const l of rows) printLine(ctx, this.margin(l));
        this.linesLeft -= rows.length;
      }
    } else {
      for (const l of rows) printLine(ctx, this.margin(l));
      this.linesLeft -= rows.length;
    }
    if (r.spacing > 1 && this.linesLeft >= r.spacing - 1) {
      for (let i = 2; i <= r.spacing; i++) {
        printLine(ctx);
        this.linesLeft--;
      }
    }
  }

  execute(args: Value[]): void {
    const { ctx, r } = this;
    this.linesLeft = this.maxLines = r.lines;
    qout(ctx);
    this.linesLeft--;
    if (r.ejectBefore) this.ejectPage();
    this.header();
    const ncols = r.columns.length;
    for (let g = 0; g <= r.groups.length; g++) {
      this.totals.push(r.columns.map((c) => (c.total ? 0 : undefined)));
    }
    this.groupValues = new Array<Value>(r.groups.length).fill(undefined);
    const [bFor, bWhile, nNext, nRecord, lRest] = args;
    lib(ctx, 'DBEVAL', () => {
      inFrames(ctx, [P_INIT_BLOCK, P_EXECUTE], () => this.record());
      return undefined;
    }, bFor, bWhile, nNext, nRecord, lRest);
    if (ncols > 0 && this.anyTotals()) {
      for (let g = r.groups.length - 1; g >= 0; g--) this.totalLines(this.subtotalTitle(g), this.totals[g + 1]);
      this.totalLines(str(lib(ctx, '__NATMSG', MSG_TOTAL)), this.totals[0]);
    }
    if (r.ejectAfter) this.ejectPage();
  }
}

function reportForm(ctx: Thread, args: Value[]): void {
  const [cName, lPrinter, cAltFile, lNoConsole, bFor, bWhile, nNext, nRecord, lRest, lPlain, cHeading, lBEject, lSummary] = args;
  const file = formName(ctx, cName, '.frm');
  const printer = cond(ctx, lPrinter) ? lib(ctx, 'SET', SET_PRINTER, true) : ctx.sets.get(SET_PRINTER);
  const saved: SavedOutput = {
    printer,
    console: cond(ctx, lNoConsole) ? lib(ctx, 'SET', SET_CONSOLE, false) : ctx.sets.get(SET_CONSOLE),
  };
  openExtra(ctx, saved, cAltFile);
  try {
    const r = inFrames(ctx, [P_LOAD], () => loadReport(ctx, file ?? ''));
    const run = new ReportRun(ctx, r, lPrinter);
    if (cond(ctx, lSummary)) r.summary = true;
    if (lBEject !== undefined && cond(ctx, lBEject)) r.ejectBefore = false;
    let heading = str(cHeading);
    if (cond(ctx, lPlain)) {
      r.plain = true;
      heading = '';
      run.formFeeds = false;
    }
    r.heading = heading;
    run.execute([bFor, bWhile, nNext, nRecord, lRest]);
  } finally {
    restoreOutput(ctx, saved);
  }
}

export const functions: StdModule = {
  __REPORTFORM(ctx, ...args) {
    inFrames(ctx, [P_REPORTFORM, P_NEW, P_INIT], () => reportForm(ctx, args));
    return undefined;
  },
};
