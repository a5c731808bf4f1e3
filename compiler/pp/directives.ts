// Execution of # directives. A directive written in the source ends at the
// line end; one produced by a rule (indirect) ends at the next ';'.

import { TT, type PPToken, mkToken, setType } from './tokentype.js';
import { CmpMode, type PatTok, type Rule, RuleError, parseDefine, parseRule } from './rule.js';
import { isEOC, isEOS, tokenEqual, valueCmp } from './match.js';
import { processDefines } from './translate.js';
import { evalCondition } from './expr.js';
import { tokensText } from './stringify.js';
import { PPErr, PPWarn } from './messages.js';
import { pragmaSwitchName, runPragma, switchName } from './pragma.js';
import type { RuleList } from './ruleset.js';
import type { Preprocessor } from './preprocessor.js';

function endOfCommand(toks: PPToken[], p: number): number {
  while (p < toks.length && toks[p].t !== TT.EOC && toks[p].t !== TT.EOL) p++;
  return Math.min(p, toks.length - 1);
}

function endOfLine(toks: PPToken[], p: number): number {
  while (p < toks.length && toks[p].t !== TT.EOL) p++;
  return Math.min(p, toks.length - 1);
}

/** Text of the tokens from `p` to the end of the command, as #error and #stdout show it. */
function commandText(toks: PPToken[], p: number): string {
  let e = p;
  while (!isEOC(toks, e)) e++;
  return tokensText(toks, p, e);
}

function pushCondition(pp: Preprocessor, cond: boolean): void {
  pp.condStack.push(pp.condState);
  pp.condState = pp.condState ? 2 : cond ? 0 : 1;
}

/** Replaces defined( NAME ) and __pragma( SWITCH ) by their numeric value. */
function resolveConditionCalls(pp: Preprocessor, toks: PPToken[], p: number): void {
  for (; !isEOS(toks, p); p++) {
    const tok = toks[p];
    if (tok.t !== TT.KEYWORD || p + 3 >= toks.length) continue;
    const isDefined = valueCmp(tok, 'defined', CmpMode.Case);
    if ((!isDefined && !valueCmp(tok, '__pragma', CmpMode.Case)) || toks[p + 1].t !== TT.LEFT_PB ||
      toks[p + 2].t !== TT.KEYWORD || toks[p + 3].t !== TT.RIGHT_PB) continue;
    let value: string | null = null;
    if (tok.text[0] === '_') {
      const sw = switchName(pragmaSwitchName(toks[p + 2]), 0, false);
      const v = sw === null ? undefined : pp.switches.get(sw);
      if (v !== undefined) value = String(v);
    } else {
      value = pp.rules.defines.has(toks[p + 2].text) ? '1' : '0';
    }
    if (value !== null) {
      tok.text = value;
      setType(tok, TT.NUMBER);
      toks.splice(p + 1, 3);
    }
  }
}

function condition(pp: Preprocessor, toks: PPToken[], p: number, quiet: boolean): boolean {
  resolveConditionCalls(pp, toks, p);
  processDefines(pp, toks, p);
  const v = evalCondition(toks, p);
  if (v === null) {
    if (!quiet) pp.error(PPErr.DirectiveIf, '');
    return false;
  }
  return v !== 0n;
}

/** Same match pattern, marker for marker (for #uncommand / #untranslate). */
function samePattern(a: PatTok[] | null, b: PatTok[] | null): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k], y = b[k];
    const tok = mkToken(x.t, x.text, 0, 0);
    if (!tokenEqual(tok, y, CmpMode.Std)) return false;
    if ((x.t === TT.MM_RESTRICT || x.t === TT.MM_OPTIONAL) && !samePattern(x.sub, y.sub)) return false;
  }
  return true;
}

function removeRule(list: RuleList, rule: Rule): void {
  for (const r of list.all()) {
    if (r.mode === rule.mode && r.canRepeat.length === rule.canRepeat.length &&
      r.canRepeat.every((v, i) => v === rule.canRepeat[i]) && samePattern(r.match, rule.match)) {
      list.remove(r);
      return;
    }
  }
}

const RULE_DIRECTIVES: Array<[string, CmpMode, boolean, boolean]> = [
  // name, comparison, command?, delete?
  ['TRANSLATE', CmpMode.DBase, false, false],
  ['XTRANSLATE', CmpMode.Std, false, false],
  ['YTRANSLATE', CmpMode.Case, false, false],
  ['COMMAND', CmpMode.DBase, true, false],
  ['XCOMMAND', CmpMode.Std, true, false],
  ['YCOMMAND', CmpMode.Case, true, false],
  ['UNTRANSLATE', CmpMode.DBase, false, true],
  ['XUNTRANSLATE', CmpMode.Std, false, true],
  ['YUNTRANSLATE', CmpMode.Case, false, true],
  ['UNCOMMAND', CmpMode.DBase, true, true],
  ['XUNCOMMAND', CmpMode.Std, true, true],
  ['YUNCOMMAND', CmpMode.Case, true, true],
];

function ruleDirective(pp: Preprocessor, toks: PPToken[], direct: boolean, mode: CmpMode, command: boolean, del: boolean): void {
  let rule: Rule | null;
  try {
    rule = parseRule(toks.slice(2), direct, mode);
  } catch (e) {
    if (e instanceof RuleError) {
      pp.error(e.code as number as PPErr, '');
      return;
    }
    throw e;
  }
  if (!rule) return;
  const list = command ? pp.rules.commands : pp.rules.translates;
  if (del) removeRule(list, rule);
  else list.add(rule);
}

function defineDirective(pp: Preprocessor, toks: PPToken[], direct: boolean): void {
  let rule: Rule;
  try {
    rule = parseDefine(toks.slice(2), direct);
  } catch (e) {
    if (e instanceof RuleError) {
      pp.error(e.code as number as PPErr, '');
      return;
    }
    throw e;
  }
  if (pp.rules.defines.has(rule.name)) pp.report('W', PPWarn.DefineRedef, rule.name);
  pp.rules.defines.set(rule.name, rule);
}

function includeDirective(pp: Preprocessor, toks: PPToken[]): void {
  const tok = toks[2];
  if (tok && tok.t === TT.STRING) {
    pp.include(tok.text, false);
    return;
  }
  if (tok && tok.t === TT.LT) {
    let name = '';
    let k = 3;
    for (; !isEOC(toks, k) && toks[k].t !== TT.GT; k++) name += toks[k].text;
    if (name && !isEOC(toks, k)) {
      pp.include(name, true);
      return;
    }
  }
  pp.report('F', PPErr.WrongFileName, '');
}

/**
 * Runs the directive starting at toks[0] ('#'). Returns the index of the
 * last token it used (its closing end of command / end of line).
 */
export function runDirective(pp: Preprocessor, toks: PPToken[], direct: boolean): number {
  const kw = toks[1];
  const is = (name: string): boolean => valueCmp(kw, name, CmpMode.DBase);
  let end = endOfCommand(toks, 1);
  if (kw && direct && pp.curLine() === 1 && kw.t === TT.NOT && kw.spaces === 0 && toks[0].spaces === 0) {
    return endOfLine(toks, 1);   // "#!" script line
  }
  if (!kw || kw.t !== TT.KEYWORD) {
    pp.report('F', PPErr.InvalidDirective, '');
    return end;
  }
  if (is('IFDEF') || is('IFNDEF')) {
    const name = toks[2];
    if (!name || name.t !== TT.KEYWORD || !isEOC(toks, 3)) {
      pp.error(PPErr.DirectiveIfdef, '');
    } else {
      let cond = false;
      if (!pp.condState) cond = pp.rules.defines.has(name.text) === is('IFDEF');
      pushCondition(pp, cond);
    }
  } else if (is('IF')) {
    pushCondition(pp, condition(pp, toks, 2, pp.condState !== 0));
    end = endOfCommand(toks, 1);
  } else if (is('ELIF')) {
    if (!pp.condStack.length) {
      pp.error(PPErr.DirectiveElse, '');
    } else if ((pp.condState & 2) === 0) {
      if (pp.condState) {
        if (condition(pp, toks, 2, false)) pp.condState ^= 1;
      } else {
        pp.condState = 2;
      }
      end = endOfCommand(toks, 1);
    }
  } else if (is('ENDIF')) {
    if (pp.condStack.length) pp.condState = pp.condStack.pop() as number;
    else pp.error(PPErr.DirectiveEndif, '');
  } else if (is('ELSE')) {
    if (pp.condStack.length) pp.condState ^= 1;
    else pp.error(PPErr.DirectiveElse, '');
  } else if (is('PRAGMA')) {
    runPragma(pp, toks, 2);
    end = endOfCommand(toks, 1);
  } else if (pp.condState) {
    // skipped code: other directives are not executed
  } else if (is('INCLUDE')) {
    includeDirective(pp, toks);
  } else if (valueCmp(kw, 'REQUIRE', CmpMode.Std)) {
    // used by the build tool only
  } else if (is('STDOUT')) {
    pp.stdout(commandText(toks, 2) + '\n');
  } else if (is('ERROR')) {
    pp.error(PPErr.Explicit, commandText(toks, 2));
  } else if (is('WARNING')) {
    pp.report('W', PPWarn.Explicit, commandText(toks, 2));
  } else if (is('DEFINE')) {
    defineDirective(pp, toks, direct);
    if (direct) end = endOfLine(toks, 1);
  } else if (is('UNDEF')) {
    const name = toks[2];
    if (!name || name.t !== TT.KEYWORD || !isEOC(toks, 3)) pp.error(PPErr.DirectiveUndef, '');
    else pp.rules.defines.delete(name.text);
  } else if (is('LINE')) {
    // line markers are ignored
  } else {
    const spec = RULE_DIRECTIVES.find(([name]) => is(name));
    if (!spec) {
      pp.report('F', PPErr.InvalidDirective, '');
    } else {
      ruleDirective(pp, toks, direct, spec[1], spec[2], spec[3]);
      if (direct) end = endOfLine(toks, 1);
    }
  }
  return end;
}
