// Tokens of a delimited string: hb_TokenCount, hb_TokenGet, hb_TokenPtr,
// hb_ATokens.
//
// The delimiter is a string (every occurrence separates, so empty tokens
// count), .T. for line ends (CR, LF, CRLF or LFCR), or by default a blank:
// then runs of blanks separate and blanks at both ends are ignored. Quotes
// can be respected (a delimiter inside them does not separate).

import { HbRef, type Value } from '../runtime/values/types.js';
import { badArgs, deref, int32Arg, intArg, str } from './str-args.js';
import type { StdModule } from './registry.js';

const RESPECT_DQUOTE = 0x01;
const RESPECT_SQUOTE = 0x02;
const RESPECT_BQUOTE = 0x04;
const QUOTE_MASK = 0x07;
/** the delimiter was given: every occurrence separates */
const IS_DELIM = 0x08;
const EOL_DELIM = 0x10;

interface Tokenizer {
  text: string;
  /** the part of `text` tokenized (blank delimiters at the ends dropped) */
  from: number;
  end: number;
  delim: string;
  flags: number;
}

/** The tokenizer described by the arguments from `param` (delimiter, quote flags). */
function tokenizer(text: string, skip: number, delimArg: Value, q1: Value, q2: Value): Tokenizer {
  let from = 0;
  let end = text.length;
  let delim = '';
  let flags = 0;
  if (end > 0) {
    if (skip > 0) from = skip >= end ? end : skip;
    const d = str(delimArg);
    if (d !== undefined && d.length > 0) {
      delim = d;
      flags |= IS_DELIM;
    } else if (deref(delimArg) === true) {
      flags |= EOL_DELIM;
    } else {
      delim = ' ';
    }
    if (delim.length > 0 && (flags & IS_DELIM) === 0) {
      const c = delim.charCodeAt(0);
      while (from < end && text.charCodeAt(from) === c) from++;
      while (end > from && text.charCodeAt(end - 1) === c) end--;
    }
    if (deref(q1) === true) {
      flags |= RESPECT_DQUOTE | RESPECT_SQUOTE;
      if (deref(q2) === true) flags &= ~RESPECT_SQUOTE;
    } else {
      flags |= int32Arg(q1);
    }
  }
  return { text, from, end, delim, flags };
}

function opensQuote(c: number, flags: number): boolean {
  return (flags & QUOTE_MASK) !== 0 && (
    (c === 34 && (flags & RESPECT_DQUOTE) !== 0) ||
    (c === 39 && (flags & RESPECT_SQUOTE) !== 0) ||
    (c === 96 && (flags & RESPECT_BQUOTE) !== 0));
}

/** One token: its start, its end, and the length of the delimiter after it. */
interface Token {
  start: number;
  stop: number;
  delimLen: number;
}

/**
 * Walk the tokens, calling `each` for every one; it returns false to stop.
 * The last token runs to the end of the text.
 */
function scan(t: Tokenizer, each: (tok: Token) => boolean): void {
  const { text, end, delim, flags } = t;
  const d0 = delim.length > 0 ? delim.charCodeAt(0) : -1;
  let quote = 0;
  let start = t.from;
  let pos = t.from;
  for (; pos < end; pos++) {
    const c = text.charCodeAt(pos);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (opensQuote(c, flags)) {
      quote = c;
    } else if ((flags & EOL_DELIM) !== 0 && (c === 10 || c === 13)) {
      const pair = pos + 1 < end && text.charCodeAt(pos + 1) === (c === 10 ? 13 : 10) ? 1 : 0;
      if (!each({ start, stop: pos, delimLen: pair + 1 })) return;
      pos += pair;
      start = pos + 1;
    } else if (c === d0 && (delim.length === 1 || text.startsWith(delim, pos))) {
      if (!each({ start, stop: pos, delimLen: delim.length })) return;
      if ((flags & IS_DELIM) === 0) {
        while (pos + 1 < end && text.charCodeAt(pos + 1) === d0) pos++;
      }
      pos += delim.length - 1;
      start = pos + 1;
    }
  }
  each({ start, stop: pos, delimLen: delim.length });
}

function tokenCount(t: Tokenizer): number {
  let n = 0;
  scan(t, () => {
    n++;
    return true;
  });
  return n;
}

/** Token number `n` (1-based), or undefined when there are fewer. */
function tokenAt(t: Tokenizer, n: number): Token | undefined {
  let found: Token | undefined;
  scan(t, (tok) => {
    if (--n === 0) {
      found = tok;
      return false;
    }
    return true;
  });
  return found;
}

export const functions: StdModule = {
  HB_TOKENCOUNT(_ctx, s, delim, q1, q2) {
    const text = str(s);
    return text === undefined ? 0 : tokenCount(tokenizer(text, 0, delim, q1, q2));
  },
  HB_TOKENGET(_ctx, s, n, delim, q1, q2) {
    const text = str(s);
    if (text === undefined) return '';
    const tok = tokenAt(tokenizer(text, 0, delim, q1, q2), intArg(n));
    return tok === undefined ? '' : text.slice(tok.start, tok.stop);
  },
  HB_TOKENPTR(_ctx, s, ref, delim, q1, q2) {
    const text = str(s);
    const store = (v: number) => {
      if (ref instanceof HbRef) ref.set(v);
    };
    if (text === undefined) {
      store(0);
      return '';
    }
    const t = tokenizer(text, intArg(ref), delim, q1, q2);
    const tok = tokenAt(t, 1);
    if (tok === undefined) {
      store(text.length + 1);
      return '';
    }
    const len = tok.stop - tok.start;
    store(t.end - t.from > len ? tok.stop + tok.delimLen : text.length + 1);
    return text.slice(tok.start, tok.stop);
  },
  HB_ATOKENS(ctx, s, delim, q1, q2) {
    const text = str(s);
    if (text === undefined) return badArgs(ctx, 'HB_ATOKENS', 1123, arguments);
    const out: Value[] = [];
    scan(tokenizer(text, 0, delim, q1, q2), (tok) => {
      out.push(text.slice(tok.start, tok.stop));
      return true;
    });
    return out;
  },
};
