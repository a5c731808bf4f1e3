// #pragma: compiler switches (-w3, WARNINGLEVEL=3 ...), the TEXT stream
// functions (__text, __stream, __cstream), BEGINDUMP/ENDDUMP, user
// operators and the preprocessor's own settings. Also the values
// __pragma( SWITCH ) reads in #if.

import { TT, type PPToken, canJoin } from './tokentype.js';
import { CmpMode } from './rule.js';
import { isEOC, valueCmp } from './match.js';
import { StreamMode } from './linereader.js';
import { PPErr } from './messages.js';
import type { Preprocessor } from './preprocessor.js';

/** Harbour's compiler defaults for the switches a program can query or set. */
export function defaultSwitches(): Map<string, number> {
  return new Map<string, number>([
    ['a', 0], ['b', 0], ['j', 0], ['l', 1], ['n', 0], ['p', 0], ['q', 0], ['v', 0], ['w', 0], ['z', 0],
    ['es', 0], ['gc', 0], ['p+', 0], ['texthidden', 0],
    ['kc', 0], ['kh', 1], ['ko', 0], ['ki', 1], ['kr', 0], ['kx', 1], ['kj', 0], ['km', 0], ['kd', 0], ['ks', 0],
  ]);
}

/**
 * Canonical name of a switch as the compiler accepts it in #pragma, or null.
 * A trailing digit equal to the value is part of the spelling (-w3).
 */
export function switchName(name: string, value: number, setting: boolean): string | null {
  let n = name;
  if (n.length > 1 && n.charCodeAt(n.length - 1) - 48 === value) n = n.slice(0, -1);
  const low = n.toLowerCase();
  if (n.length === 1) {
    if ('abjlpqvz'.includes(low)) return low;
    if (low === 'n') return setting ? null : 'n';
    if (low === 'w') return !setting || (value >= 0 && value <= 3) ? 'w' : null;
    return null;
  }
  if (n.length === 2) {
    if (low[0] === 'k') {
      if (n[1] === '?') return 'k?';
      return 'chorixjmds'.includes(low[1]) ? low : null;
    }
    if (low === 'gc' || low === 'es' || low === 'p+') return low;
    return null;
  }
  if (n.length >= 4 && 'texthidden'.startsWith(low)) return 'texthidden';
  return null;
}

/** Value of `= ON`/`( OFF )` after a named pragma. */
function logicalArg(toks: PPToken[], p: number): boolean | null {
  const v = argToken(toks, p, TT.KEYWORD);
  if (!v) return null;
  const u = v.text.toUpperCase();
  return u === 'ON' ? true : u === 'OFF' ? false : null;
}

/** Value of `= 3`/`( 3 )` after a named pragma. */
function intArg(toks: PPToken[], p: number): number | null {
  const v = argToken(toks, p, TT.NUMBER);
  return v ? parseInt(v.text, 10) || 0 : null;
}

function argToken(toks: PPToken[], p: number, type: TT): PPToken | null {
  if (p + 1 >= toks.length || toks[p + 1].t !== type) return null;
  if (toks[p].t === TT.EQ && isEOC(toks, p + 2)) return toks[p + 1];
  if (toks[p].t === TT.LEFT_PB && p + 2 < toks.length && toks[p + 2].t === TT.RIGHT_PB && isEOC(toks, p + 3)) {
    return toks[p + 1];
  }
  return null;
}

/** `-w3`, `-es2`, `-a-`, `-km+`, `-w 3`: returns [name, value] or null. */
function switchArg(toks: PPToken[], p: number): [string, number] | null {
  const tok = toks[p];
  if (!tok || tok.t !== TT.KEYWORD) return null;
  const last = tok.text.charCodeAt(tok.text.length - 1);
  const numeric = tok.text.length > 1 && last >= 48 && last <= 57;
  if (isEOC(toks, p + 1)) return numeric ? [tok.text, last - 48] : null;
  if (!isEOC(toks, p + 2) || numeric) return null;
  const n = toks[p + 1];
  if (n.t === TT.MINUS) return [tok.text, 0];
  if (n.t === TT.PLUS) return [tok.text, 1];
  if (n.t === TT.NUMBER) return [tok.text, parseInt(n.text, 10) || 0];
  return null;
}

function setSwitch(pp: Preprocessor, name: string, value: number): boolean {
  const sw = switchName(name, value, true);
  if (sw === null) return false;
  if (sw !== 'es' || (value >= 0 && value <= 2)) pp.switches.set(sw, value);
  pp.pragmas.push('-' + sw + String(value));
  pp.pragmaLines.push(pp.mainLine());
  return true;
}

/** Named pragmas that stand for a compiler switch. */
const NAMED_SWITCH: Array<[string, string, 'bool' | 'int']> = [
  ['AUTOMEMVAR', 'a', 'bool'],
  ['DEBUGINFO', 'b', 'bool'],
  ['DYNAMICMEMVAR', 'v', 'bool'],
  ['ENABLEWARNINGS', 'w', 'bool'],
  ['EXITSEVERITY', 'es', 'int'],
  ['LINENUMBER', 'l', 'bool'],
  ['NOSTARTPROC', 'n', 'int'],
  ['PREPROCESSING', 'p', 'bool'],
  ['SHORTCUT', 'z', 'bool'],
  ['TEXTHIDDEN', 'texthidden', 'int'],
  ['TRACE', 'p+', 'bool'],
  ['WARNINGLEVEL', 'w', 'int'],
];

/** Switch queried by __pragma( NAME ) in #if. */
export function pragmaSwitchName(name: PPToken): string {
  for (const [pragma, sw] of NAMED_SWITCH) {
    if (pragma !== 'ENABLEWARNINGS' && valueCmp(name, pragma, CmpMode.DBase)) return sw;
  }
  return name.text;
}

/**
 * `#pragma __text|<line func>|<end func>`: the functions called for TEXT
 * lines; `%s` stands for the text. Returns the index after the functions.
 */
function streamFuncs(pp: Preprocessor, toks: PPToken[], p: number): number {
  const take = (): PPToken[] | null => {
    if (p >= toks.length || toks[p].t !== TT.PIPE || isEOC(toks, p + 1)) return null;
    let e = p + 1;
    while (!isEOC(toks, e) && toks[e].t !== TT.PIPE) e++;
    const func: PPToken[] = [];
    for (let k = p + 1; k < e; k++) {
      const tok = toks[k];
      if (tok.t === TT.MOD && k + 1 < e && toks[k + 1].t === TT.KEYWORD && toks[k + 1].text === 's') {
        func.push({ ...tok, t: TT.RM_STRDUMP });
        k++;
      } else {
        func.push(tok);
      }
    }
    p = e;
    return func;
  };
  pp.stream.funcOut = take();
  pp.stream.funcEnd = take();
  if (p < toks.length && toks[p].t === TT.PIPE) {
    toks[p].t = TT.EOC;
    toks[p].kind = 'eoc';
    toks[p].text = ';';
  }
  return p;
}

/** Executes `#pragma ...` whose first token after PRAGMA is toks[p]. */
export function runPragma(pp: Preprocessor, toks: PPToken[], p: number): void {
  const tok = p < toks.length && !isEOC(toks, p) ? toks[p] : null;
  let ok = true;
  if (!tok) {
    ok = false;
  } else if (tok.text === '-' || tok.text === '/') {
    if (!pp.condState) {
      const sw = switchArg(toks, p + 1);
      ok = sw !== null && setSwitch(pp, sw[0], sw[1]);
    }
  } else if (tok.t === TT.KEYWORD) {
    ok = namedPragma(pp, toks, p, tok);
  } else {
    ok = false;
  }
  if (!ok && !pp.condState) pp.error(PPErr.Pragma, '');
}

function namedPragma(pp: Preprocessor, toks: PPToken[], p: number, tok: PPToken): boolean {
  const is = (name: string): boolean => valueCmp(tok, name, CmpMode.DBase);
  const st = pp.stream;
  if (is('BEGINDUMP')) {
    st.mode = StreamMode.DumpC;
  } else if (is('ENDDUMP') || is('__ENDTEXT')) {
    st.mode = StreamMode.Off;
  } else if (is('__TEXT')) {
    streamFuncs(pp, toks, p + 1);
    st.mode = StreamMode.Clipper;
  } else if (is('__STREAM') || is('__CSTREAM')) {
    streamFuncs(pp, toks, p + 1);
    st.mode = is('__STREAM') ? StreamMode.Prg : StreamMode.C;
    st.buffer = '';
  } else if (pp.condState) {
    // other pragmas are ignored in skipped code
  } else if (is('ESCAPEDSTRINGS')) {
    const v = logicalArg(toks, p + 1);
    if (v === null) return false;
    pp.scanner.escStr = v;
  } else if (is('MULTILINESTRINGS')) {
    const v = logicalArg(toks, p + 1);
    if (v === null) return false;
    pp.scanner.multiLineStr = v;
  } else if (is('RECURSELEVEL')) {
    const v = intArg(toks, p + 1);
    if (v === null) return false;
    pp.maxCycles = v;
  } else if (is('TRACEPRAGMAS')) {
    return logicalArg(toks, p + 1) !== null;
  } else if (is('OPERATOR')) {
    return userOperator(pp, toks, p + 1);
  } else {
    for (const [name, sw, kind] of NAMED_SWITCH) {
      if (!is(name)) continue;
      if (kind === 'bool') {
        const v = logicalArg(toks, p + 1);
        return v !== null && setSwitch(pp, sw, v ? 1 : 0);
      }
      const v = intArg(toks, p + 1);
      return v !== null && setSwitch(pp, sw, v);
    }
    return false;
  }
  return true;
}

/**
 * `#pragma operator <spelling> [<replacement>]`: a new operator token; the
 * spelling and the replacement are each written without inner blanks.
 */
function userOperator(pp: Preprocessor, toks: PPToken[], p: number): boolean {
  if (isEOC(toks, p) || !canJoin(toks[p].t)) return false;
  let name = '';
  do name += toks[p++].text; while (!isEOC(toks, p) && toks[p].spaces === 0);
  let value = '';
  if (!isEOC(toks, p)) {
    do value += toks[p++].text; while (!isEOC(toks, p) && toks[p].spaces === 0);
  }
  if (!isEOC(toks, p)) return false;
  pp.scanner.userOps.push([name, value || name]);
  return true;
}
