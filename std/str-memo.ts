// Memo text as lines: MemoLine, MLCount, MLPos, MLCToPos, MPosToLC (word
// wrapping at a line length, tabs expanded, soft CRs Chr(141)+Chr(10)
// skipped) and MemoTran, HardCR.
//
// A line ends at an end-of-line string: the one given (a string or an
// array of them), else SET EOL.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { charCount, charPos, nextChar } from '../runtime/cdp/utf8.js';
import { deref, intArg, intArgDef, isNum, str } from './str-args.js';
import type { StdModule } from './registry.js';

const SOFT1 = 141;
const SOFT2 = 10;
const HARD1 = 13;
const HT = 9;
const SET_EOL = 110;

/** The state of a scan over memo text (see nextLine). */
interface Scan {
  s: string;
  lineLength: number;
  tabSize: number;
  wordWrap: boolean;
  eols: string[];
  /** positions and columns count UTF-8 characters (UTF8EX) */
  chars: boolean;
  offset: number;
  maxCol: number;
  maxPos: number;
  col: number;
}

const at = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : 0);
const unsignedSize = (n: number) => (n < 0 ? Number.MAX_SAFE_INTEGER : n);

function endOfLines(ctx: Thread, v: Value): string[] {
  const d = deref(v);
  if (typeof d === 'string' && d.length > 0) return [d];
  if (Array.isArray(d)) {
    const list = d.filter((e): e is string => typeof e === 'string' && e.length > 0);
    if (list.length > 0) return list;
  }
  const eol = ctx.sets.values[SET_EOL];
  const s = typeof eol === 'string' && eol.length > 0 ? eol : '\n';
  return [s];
}

/**
 * Start a scan from the usual arguments: text, line length (default 79),
 * then, `extra` places further on, tab size (4), word wrap (.T.) and the
 * end-of-line strings.
 */
function startScan(ctx: Thread, args: IArguments, extra: number): Scan | null {
  const s = str(args[1]);
  const size = intArgDef(args[2], 79);
  if (s === undefined || size <= 0) return null;
  let tabSize = unsignedSize(intArgDef(args[3 + extra], 4));
  const wrap = deref(args[4 + extra]);
  if (tabSize >= size) tabSize = size - 1;
  if (tabSize === 0) tabSize = 1;
  return {
    s, lineLength: size, tabSize, wordWrap: typeof wrap === 'boolean' ? wrap : true,
    eols: endOfLines(ctx, args[5 + extra]), chars: currentCodepage(ctx).charIdx,
    offset: 0, maxCol: 0, maxPos: 0, col: 0,
  };
}

/** The end-of-line string at the scan position, or -1. */
function eolAt(sc: Scan): number {
  for (let i = 0; i < sc.eols.length; i++) {
    const e = sc.eols[i];
    if (at(sc.s, sc.offset) === e.charCodeAt(0) && (e.length === 1 || sc.s.startsWith(e, sc.offset))) return i;
  }
  return -1;
}

/** Advance over one line; false at the end of the text. Leaves its width in `col`. */
function nextLine(sc: Scan): boolean {
  const s = sc.s;
  const len = s.length;
  let blankCol = 0;
  let blankPos = 0;
  let lastCol = 0;
  sc.col = 0;
  if (sc.offset >= len) return false;
  while (sc.offset < len) {
    if (at(s, sc.offset) === SOFT1 && at(s, sc.offset + 1) === SOFT2) {
      if (sc.maxCol && sc.col) break;
      if (sc.offset < sc.maxPos) lastCol = sc.col;
      sc.offset += 2;
      if (!sc.wordWrap) break;
      if (blankPos + 2 === sc.offset) blankPos += 2;
      continue;
    }
    const e = eolAt(sc);
    if (e >= 0) {
      if (sc.offset < sc.maxPos) lastCol = sc.col;
      if (sc.maxCol === 0) sc.offset += sc.eols[e].length;
      break;
    } else if (!sc.wordWrap && sc.col >= sc.lineLength) {
      break;
    }
    const lastPos = sc.offset;
    const ch = at(s, sc.offset);
    sc.offset = sc.chars ? nextChar(s, sc.offset) : sc.offset + 1;
    if (sc.offset <= sc.maxPos) lastCol = sc.col;
    sc.col += ch === HT ? sc.tabSize - (sc.col % sc.tabSize) : 1;
    if (sc.maxCol && sc.col >= sc.maxCol) {
      if (sc.col > sc.maxCol) sc.offset = lastPos;
      break;
    } else if (sc.col > sc.lineLength) {
      if (sc.wordWrap) {
        if (ch === 32 || ch === HT) break;
        if (blankCol !== 0) {
          sc.col = blankCol;
          sc.offset = blankPos;
        } else {
          sc.offset = lastPos;
        }
      } else {
        sc.offset = lastPos;
      }
      break;
    }
    if (sc.col > 1 && (ch === 32 || ch === HT)) {
      blankCol = sc.col;
      blankPos = sc.offset;
    }
  }
  if (sc.maxPos && sc.col > lastCol) sc.col = lastCol;
  else if (sc.col > sc.lineLength) sc.col = sc.lineLength;
  return true;
}

/** Skip to the start of line `line` (1-based); the number of lines still missing. */
function skipLines(sc: Scan, line: number): number {
  while (--line > 0) if (!nextLine(sc)) break;
  return line;
}

/** MemoLine(): line `line`, tabs expanded, padded to the line length unless lPad is .F. */
function memoLine(sc: Scan, line: number, pad: boolean): string {
  if (skipLines(sc, line) !== 0) return '';
  let index = sc.offset;
  nextLine(sc);
  const s = sc.s;
  let out = '';
  let col = 0;
  while (index < s.length && col < sc.col) {
    if (at(s, index) === SOFT1 && at(s, index + 1) === SOFT2) {
      index += 2;
      continue;
    }
    const ch = at(s, index);
    const next = sc.chars ? nextChar(s, index) : index + 1;
    if (ch === HT) {
      let n = sc.tabSize - (out.length % sc.tabSize);
      do out += ' ';
      while (++col < sc.col && --n);
    } else {
      out += s.slice(index, next);
      ++col;
    }
    index = next;
  }
  if (col < sc.lineLength) {
    let fill = sc.lineLength - col;
    if (!pad) fill = index < s.length && (at(s, index) === 32 || at(s, index) === HT) ? 1 : 0;
    out += ' '.repeat(fill);
  }
  return out;
}

/** A position in the text as Harbour counts it (characters under UTF8EX). */
function position(sc: Scan, offset: number): number {
  return sc.chars ? charCount(sc.s, 0, offset) : offset;
}

/** MemoTran(): hard CRs (CR LF) and soft CRs (141 LF) replaced by one character each. */
function memoTran(s: string, hard: string, soft: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c === HARD1 && at(s, i + 1) === 10) {
      out += hard;
      i += 2;
    } else if (c === SOFT1 && at(s, i + 1) === SOFT2) {
      out += soft;
      i += 2;
    } else {
      out += s[i++];
    }
  }
  return out;
}

/** HardCR(): soft CRs turned into hard ones. */
function hardCR(s: string, utf8: boolean): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s.charCodeAt(i) === SOFT1 && at(s, i + 1) === SOFT2) {
      out += '\r\n';
      i += 2;
    } else {
      const next = utf8 ? nextChar(s, i) : i + 1;
      out += s.slice(i, next);
      i = next;
    }
  }
  return out;
}

export const functions: StdModule = {
  MEMOLINE(ctx) {
    const line = intArgDef(arguments[3], 1);
    if (line < 1) return '';
    const sc = startScan(ctx, arguments, 1);
    if (sc === null) return '';
    const pad = deref(arguments[7]);
    return memoLine(sc, line, typeof pad === 'boolean' ? pad : true);
  },
  MLCOUNT(ctx) {
    const sc = startScan(ctx, arguments, 0);
    if (sc === null) return 0;
    let n = 0;
    while (nextLine(sc)) n++;
    return n;
  },
  MLPOS(ctx) {
    const line = intArgDef(arguments[3], 1);
    if (line < 1) return 0;
    const sc = startScan(ctx, arguments, 1);
    if (sc === null) return 0;
    if (skipLines(sc, line) > 1) return 0;
    return position(sc, sc.offset) + (sc.offset < sc.s.length ? 1 : 0);
  },
  MLCTOPOS(ctx) {
    let line = unsignedSize(intArg(arguments[3]));
    const col = unsignedSize(intArg(arguments[4]));
    let offset = 0;
    const sc = line > 0 && isNum(arguments[4]) ? startScan(ctx, arguments, 2) : null;
    if (sc !== null && sc.lineLength > 4) {
      line = skipLines(sc, line);
      if (col && line === 0) {
        sc.maxCol = col;
        sc.lineLength = col;
        nextLine(sc);
      }
      offset = position(sc, sc.offset);
    }
    return offset + 1;
  },
  MPOSTOLC(ctx) {
    let pos = intArg(arguments[3]);
    let line = 0;
    let col = 0;
    const sc = pos > 0 ? startScan(ctx, arguments, 1) : null;
    if (sc !== null) {
      if (sc.chars) {
        const chars = charCount(sc.s);
        pos = pos > chars ? sc.s.length + (pos - chars) : charPos(sc.s, pos);
      }
      sc.maxPos = pos;
      if (sc.maxPos <= sc.s.length + 1) {
        for (;;) {
          const before = sc.offset;
          nextLine(sc);
          col = sc.col;
          ++line;
          if (sc.offset === before || sc.offset >= sc.maxPos) break;
        }
      }
    }
    return [line, col];
  },
  MEMOTRAN(_ctx, s, hard, soft) {
    const t = str(s);
    if (t === undefined) return '';
    const h = str(hard);
    const so = str(soft);
    return memoTran(t, h === undefined ? ';' : h.length > 0 ? h[0] : '\0', so === undefined ? ' ' : so.length > 0 ? so[0] : '\0');
  },
  HARDCR(ctx, s) {
    const t = str(s);
    return t === undefined ? '' : hardCR(t, currentCodepage(ctx).utf8);
  },
};
