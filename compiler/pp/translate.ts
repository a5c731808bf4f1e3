// The three translation passes applied to a statement: #define over the whole
// line, #translate at every token of the line, #command at the statement
// start, each repeated until nothing changes or a loop is detected.

import { TT, type PPToken } from './tokentype.js';
import { CmpMode } from './rule.js';
import { isEOC, isEOS, matchRule, valueCmp } from './match.js';
import { replaceMatch, type ExpandContext } from './expand.js';
import type { RuleSet } from './ruleset.js';
import { PPErr } from './messages.js';
import { StreamMode, type StreamState } from './linereader.js';

/** Clipper allows 18 + rules translations of one token; Harbour a fixed 128 + rules. */
const MAX_REPEATS = 128;

export interface TranslateHost {
  rules: RuleSet;
  stream: StreamState;
  maxCycles: number;
  /** Translations done for the current statement. */
  cycle: number;
  error(n: PPErr, param: string): void;
  fileName(): string;
  curLine(): number;
}

function context(host: TranslateHost, toks: PPToken[], p: number): ExpandContext {
  return { toks, line: p < toks.length ? toks[p].line : 0, fileName: host.fileName(), curLine: host.curLine() };
}

/** Counts a translation; reports a circularity when a limit is passed. */
function tooMany(host: TranslateHost, local: number, limit: number, err: PPErr, name: string): boolean {
  if (++host.cycle > host.maxCycles || local > limit) {
    host.cycle = host.maxCycles + 1;
    host.error(err, name);
    return true;
  }
  return false;
}

export function processDefines(host: TranslateHost, toks: PPToken[], start: number): boolean {
  const defines = host.rules.defines;
  if (defines.size === 0) return false;
  let subst = false;
  let local = 0;
  let p = start;
  let repeat: boolean;
  do {
    let firstMiss = -1;
    repeat = false;
    while (!isEOS(toks, p)) {
      const tok = toks[p];
      if (tok.t === TT.KEYWORD) {
        const rule = defines.get(tok.text);
        if (rule) {
          const m = matchRule(rule, toks, p, false);
          if (m) {
            replaceMatch(context(host, toks, p), rule, m.caps, p, m.next);
            subst = repeat = true;
            if (tooMany(host, ++local, MAX_REPEATS + defines.size, PPErr.CyclicDefine, rule.name)) return true;
            continue;
          }
          if (firstMiss < 0) firstMiss = p;
        }
      }
      local = 0;
      p++;
    }
    p = firstMiss;
  } while (p >= 0 && repeat);
  return subst;
}

export function processTranslates(host: TranslateHost, toks: PPToken[], start: number): boolean {
  const list = host.rules.translates;
  if (list.count === 0) return false;
  let subst = false;
  let local = 0;
  let repeat: boolean;
  do {
    let p = start;
    repeat = false;
    while (!isEOS(toks, p)) {
      let cands = list.candidates(toks[p]);
      for (let i = 0; i < cands.length;) {
        const rule = cands[i];
        const m = matchRule(rule, toks, p, false);
        if (m) {
          replaceMatch(context(host, toks, p), rule, m.caps, p, m.next);
          subst = repeat = true;
          if (tooMany(host, ++local, MAX_REPEATS + list.count, PPErr.CyclicTranslate, rule.name)) return true;
          if (isEOS(toks, p)) break;
          cands = list.candidates(toks[p]);
          i = 0;
          continue;
        }
        i++;
      }
      local = 0;
      p++;
    }
  } while (repeat);
  return subst;
}

/** Removes the tokens up to and including the first end of command. */
export function dropCommand(toks: PPToken[], p: number): PPToken[] {
  let k = p;
  while (k < toks.length && toks[k].t !== TT.EOC && toks[k].t !== TT.EOL) k++;
  return toks.splice(p, k - p + 1);
}

export function processCommands(host: TranslateHost, toks: PPToken[]): boolean {
  const list = host.rules.commands;
  let subst = false;
  let local = 0;
  let repeat = true;
  while (repeat && !isEOC(toks, 0)) {
    repeat = false;
    for (const rule of list.candidates(toks[0])) {
      const m = matchRule(rule, toks, 0, true);
      if (m) {
        replaceMatch(context(host, toks, 0), rule, m.caps, 0, m.next);
        subst = repeat = true;
        if (tooMany(host, ++local, MAX_REPEATS + list.count, PPErr.CyclicCommand, rule.name)) return true;
        break;
      }
    }
  }
  // `text <linefunc>, <endfunc>` starts a Clipper TEXT stream (what TEXT translates to)
  if (!isEOC(toks, 0) && valueCmp(toks[0], 'TEXT', CmpMode.DBase) && toks.length > 4 &&
    toks[1].t === TT.KEYWORD && toks[2].t === TT.COMMA && toks[3].t === TT.KEYWORD && isEOC(toks, 4)) {
    const st = host.stream;
    const line = toks[0].line;
    st.funcOut = [
      { kind: 'word', text: toks[1].text, spaces: 0, line, t: TT.KEYWORD },
      { kind: 'op', text: '(', spaces: 0, line, t: TT.LEFT_PB },
      { kind: 'op', text: '%', spaces: 1, line, t: TT.RM_STRDUMP },
      { kind: 'op', text: ')', spaces: 1, line, t: TT.RIGHT_PB },
    ];
    st.funcEnd = [
      { kind: 'word', text: toks[3].text, spaces: 0, line, t: TT.KEYWORD },
      { kind: 'op', text: '(', spaces: 0, line, t: TT.LEFT_PB },
      { kind: 'op', text: ')', spaces: 1, line, t: TT.RIGHT_PB },
    ];
    st.mode = StreamMode.Clipper;
    dropCommand(toks, 0);
    subst = true;
  }
  return subst;
}

/** Harbour joins a keyword directly followed by another keyword (no blank between) into one. */
export function concatenateKeywords(toks: PPToken[]): void {
  for (let k = 0; k + 1 < toks.length;) {
    const a = toks[k], b = toks[k + 1];
    if (a.t === TT.KEYWORD && b.t === TT.KEYWORD && b.spaces === 0) {
      a.text += b.text;
      toks.splice(k + 1, 1);
    } else {
      k++;
    }
  }
}
