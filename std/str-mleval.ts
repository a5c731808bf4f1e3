// hb_MLEval( cText, bCode, [nLineLength], [nTabSize], [lWrap], [nPos],
// [@nRow], [@nCol] ): each line of memo text, word-wrapped at the line
// length with tabs expanded, given to a block with whether it ended in a
// soft break; the number of lines, and the line and column of position
// nPos. Its own line breaking, as Harbour's: CR, LF, CR LF and LF CR end
// a line, a soft CR (Chr(141)+Chr(10)) is skipped while wrapping.

import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import { evalItem, isEvalItem } from '../runtime/errors/launch.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { nextChar } from '../runtime/cdp/utf8.js';
import { deref, intArgDef, str } from './str-args.js';
import type { StdModule } from './registry.js';

const SOFT1 = 141;
const LF = 10;
const CR = 13;
const MAX_LINE = 0xffff;

const at = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : 0);

interface Place {
  lines: number;
  row: number;
  col: number;
}

function mlEval(ctx: Thread, s: string, block: Value, size: number, tabArg: number, wrap: boolean, pos: number): Place {
  const utf8 = currentCodepage(ctx).charIdx;
  const lineLength = Math.min(size, MAX_LINE);
  let tabSize = tabArg < 0 ? Number.MAX_SAFE_INTEGER : tabArg;
  if (tabSize >= lineLength) tabSize = lineLength - 1;
  if (tabSize === 0) tabSize = 1;
  const p: Place = { lines: 0, row: 0, col: 0 };
  let offset = 0;
  let soft = false;
  let eol = false;
  do {
    let line = '';
    let col = 0;
    let blankCol = 0;
    let blankPos = 0;
    let blankLen = 0;
    soft = eol = false;
    p.lines++;
    while (!soft && offset < s.length) {
      const c = s.charCodeAt(offset);
      if (c === SOFT1 && at(s, offset + 1) === LF) {
        offset += 2;
        if (wrap) continue;
        break;
      }
      if (c === CR || c === LF) {
        offset++;
        if (at(s, offset) === (c === CR ? LF : CR)) offset++;
        eol = true;
        break;
      }
      const next = utf8 ? nextChar(s, offset) : offset + 1;
      const ch = s.slice(offset, next);
      line += ch;
      offset = next;
      if (p.row === 0 && offset > pos) {
        p.row = p.lines;
        p.col = col;
      }
      if (ch === ' ' || ch === '\t') {
        blankPos = offset;
        blankCol = col;
        blankLen = line.length;
      }
      // a tab repeats itself up to the next tab stop
      let repeat = ch === '\t' ? tabSize - (col % tabSize) - 1 : 0;
      for (;;) {
        if (++col >= lineLength) {
          // a full line: back to after its last blank when wrapping words
          if (wrap && blankCol > 0) {
            offset = blankPos;
            col = blankCol;
            line = line.slice(0, blankLen);
            if (offset <= pos) p.row = p.col = 0;
          }
          soft = true;
          break;
        }
        if (repeat-- === 0) break;
        line += ch;
      }
    }
    if (p.row === 0 && offset >= pos && !soft) {
      p.row = p.lines;
      p.col = col;
    }
    evalItem(ctx, block, [line, soft]);
  } while (offset < s.length);
  // text that ends with a line break has an empty last line
  if (soft || eol) {
    p.lines++;
    evalItem(ctx, block, ['', false]);
  }
  if (p.row === 0 && offset >= pos) {
    p.row = p.lines;
    p.col = 0;
  }
  return p;
}

export const functions: StdModule = {
  HB_MLEVAL(ctx, ...args) {
    const s = str(args[0]);
    const block = deref(args[1]);
    const size = intArgDef(args[2], 79);
    let p: Place = { lines: 0, row: 0, col: 0 };
    if (s !== undefined && isEvalItem(block) && size > 0) {
      const wrap = deref(args[4]);
      // a position counts from 1; none (or 0) is past the end of any text
      const n = intArgDef(args[5], 0);
      p = mlEval(ctx, s, block, size, intArgDef(args[3], 4), typeof wrap === 'boolean' ? wrap : true,
        n >= 1 ? n - 1 : Number.MAX_SAFE_INTEGER);
    }
    if (args[6] instanceof HbRef) args[6].set(p.row);
    if (args[7] instanceof HbRef) args[7].set(p.col);
    return p.lines;
  },
};
