// The preprocessed source as `harbour -p` writes it into a .ppo file: each
// statement on the line it came from (blank lines keep the numbering) and a
// #line marker where output switches between a file and its includes.

import { TT, type PPToken } from './tokentype.js';
import { tokenText } from './stringify.js';
import type { PPResult } from './types.js';

export function ppoText(result: PPResult): string {
  const lastLine = new Map<string, number>();
  let out = '';
  let prev = TT.NUL;
  for (const pl of result.lines) {
    let last = lastLine.get(pl.file) ?? 1;
    if (pl.lineInfo) {
      // (text preprocessed at run time has no file name)
      const name = pl.file === '' ? '' : ' ' + tokenText({ kind: 'string', text: pl.file, spaces: 0, line: 0, t: TT.STRING }, false, true, TT.NUL);
      out += `#line ${pl.lastLine}${name}\n`;
      last = pl.lastLine;
    } else {
      while (last < pl.lastLine) {
        out += '\n';
        last++;
      }
    }
    prev = TT.EOL;
    for (const tok of pl.tokens as PPToken[]) {
      if (tok.t === TT.EOL) {
        out += '\n';
        last++;
        prev = TT.EOL;
        continue;
      }
      out += tokenText(tok, true, true, prev);
      prev = tok.t;
    }
    out += '\n';
    lastLine.set(pl.file, last + 1);
  }
  return out;
}
