// Source text of tokens: used by the stringify result markers, #error and
// #stdout texts, and the -p output.

import { TT, type PPToken } from './tokentype.js';

/** Writes a string value with the first delimiter that does not occur in it. */
function quoteString(v: string, quote: boolean): string {
  let iq = 7;
  for (let n = 0; iq && n < v.length; n++) {
    switch (v.charCodeAt(n)) {
      case 34: iq &= ~1; break;          // "
      case 39: iq &= ~2; break;          // '
      case 93: iq &= ~4; break;          // ]
      case 10: case 13: case 0: iq = 0; break;
    }
  }
  if (iq === 0 && quote) {
    // control characters need an escaped e"..." string
    let out = 'e"';
    for (let n = 0; n < v.length; n++) {
      const ch = v[n];
      switch (ch) {
        case '\r': out += '\\r'; break;
        case '\n': out += '\\n'; break;
        case '\t': out += '\\t'; break;
        case '\b': out += '\\b'; break;
        case '\f': out += '\\f'; break;
        case '\v': out += '\\v'; break;
        case '\x07': out += '\\a'; break;
        case '\0': out += '\\0'; break;
        case '"': out += '\\"'; break;
        case '\\': out += '\\\\'; break;
        default: out += ch;
      }
    }
    return out + '"';
  }
  if (iq & 1) return '"' + v + '"';
  if (iq & 2) return "'" + v + "'";
  return '[' + v + ']';
}

/**
 * Text of one token. `withSpaces` writes its leading blanks; `quote` is the
 * -p mode, where control characters are escaped and two operators never
 * touch (so that e.g. `+` `+` cannot read back as `++`); `prevType` is the
 * type of the token written before it.
 */
export function tokenText(tok: PPToken, withSpaces: boolean, quote: boolean, prevType: TT): string {
  let sp = withSpaces ? tok.spaces : 0;
  if (sp === 0 && quote && prevType && prevType >= TT.ASSIGN && prevType !== TT.EQ &&
    tok.t >= TT.ASSIGN && tok.t !== TT.EQ) sp = 1;
  const lead = sp > 0 ? ' '.repeat(sp) : '';
  switch (tok.t) {
    case TT.STRING:
      return lead + quoteString(tok.text, quote);
    case TT.TIMESTAMP:
      return lead + 't"' + tok.text + '"';
    case TT.DATE:
      return lead + (tok.quote === undefined ? '0d' + tok.text : 'd"' + tok.text + '"');
    default:
      return lead + tok.text;
  }
}

/** Text of tokens [from, to), the first without its leading blanks. */
export function tokensText(toks: PPToken[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += tokenText(toks[k], k !== from, false, TT.NUL);
  return s;
}
