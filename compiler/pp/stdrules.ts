// The rules every program starts with: std/include/std.ch (read once per
// process) plus the predefined names of a Harbour 3.2 build on 64-bit
// little-endian Linux, and the names defined on the command line.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scanner } from '../lexer.js';
import { TT, type PPToken } from './tokentype.js';
import { CmpMode, pat, type PatTok, type Rule, secondKey } from './rule.js';
import { RuleSet } from './ruleset.js';
import { Preprocessor } from './preprocessor.js';
import { makeIncludeLoader, stdIncludeDir } from './includes.js';
import { messageCode, messageText, PPErr } from './messages.js';
import type { Diagnostic } from './types.js';

/** Version of the Harbour build this runtime follows (hbver.h: 3.2.1). */
export const HARBOUR_VERSION = '0x030201';

let stdBase: RuleSet | null = null;

function tokensOf(text: string): PPToken[] {
  const sc = new Scanner();
  sc.reset(1);
  sc.scan(text, 0, text.length);
  return sc.toks;
}

/**
 * Defines NAME (all its tokens form the match, case-sensitive) with the
 * tokens of `value`, or with no value when `value` is null.
 */
export function addDefine(rules: RuleSet, name: string, value: string | null): void {
  const match = tokensOf(name).map(pat);
  if (match.length === 0) return;
  let result: PatTok[] = [];
  if (value !== null) {
    result = tokensOf(value).map(pat);
    if (result.length) result[0].spaces = 0;
  }
  const rule: Rule = { match, second: secondKey(match), result, mode: CmpMode.Case, canRepeat: [], name: match[0].text };
  rules.defines.set(rule.name, rule);
}

function addDynamic(rules: RuleSet, name: string): void {
  const match: PatTok[] = [{ t: TT.KEYWORD, text: name, spaces: 0, index: 0, sub: null, isMarker: false }];
  const result: PatTok[] = [{ t: TT.RM_DYNVAL, text: name, spaces: 0, index: 0, sub: null, isMarker: false }];
  rules.defines.set(name, { match, second: -1, result, mode: CmpMode.Case, canRepeat: [], name });
}

let stdOnly: RuleSet | null = null;

/** The rules of a header file, read by a preprocessor of their own, and what it reported. */
function rulesOf(file: string, text: string): { rules: RuleSet; diagnostics: Diagnostic[] } {
  const rules = new RuleSet();
  const pp = new Preprocessor(rules, makeIncludeLoader(file, []), () => undefined);
  pp.pushFile(file, text);
  pp.run();
  return { rules, diagnostics: pp.diagnostics };
}

/** The rules of std.ch alone; shared, never modified. */
function stdRules(): RuleSet {
  if (stdOnly) return stdOnly;
  const stdFile = join(stdIncludeDir(), 'std.ch');
  const { rules, diagnostics } = rulesOf(stdFile, readFileSync(stdFile, 'latin1'));
  const bad = diagnostics.find((d) => d.severity !== 'warning');
  if (bad) throw new Error(`hbts: ${bad.file}(${bad.line}) ${bad.code} ${bad.message}`);
  // like Harbour's built-in tables: the rules stay, the include guard does not
  rules.defines.delete('HB_STD_CH_');
  return (stdOnly = rules);
}

/** A copy of std.ch's rules alone. */
export function stdRuleSet(): RuleSet {
  return stdRules().clone();
}

/** The names every preprocessor predefines: the platform's (`arch`), the version, __FILE__ and __LINE__. */
function predefine(rules: RuleSet, arch: boolean): void {
  if (arch) {
    addDefine(rules, '__PLATFORM__LINUX', null);
    addDefine(rules, '__PLATFORM__UNIX', null);
    addDefine(rules, '__ARCH64BIT__', '8');
    addDefine(rules, '__LITTLE_ENDIAN__', '8');
  }
  addDefine(rules, '__HARBOUR__', HARBOUR_VERSION);
  addDynamic(rules, '__FILE__');
  addDynamic(rules, '__LINE__');
}

/** Rules of std.ch with the build-time predefined names; shared, never modified. */
function baseRules(): RuleSet {
  if (stdBase) return stdBase;
  const rules = stdRules().clone();
  predefine(rules, true);
  addDefine(rules, '__HB_MAIN__', 'MAIN');
  return (stdBase = rules);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** __DATE__, __TIME__ and __TIMESTAMP__: now. */
function defineNow(rules: RuleSet): void {
  const now = new Date();
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  addDefine(rules, '__DATE__', `"${date}"`);
  addDefine(rules, '__TIME__', `"${time}"`);
  addDefine(rules, '__TIMESTAMP__',
    `t"${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${time}.${pad(now.getMilliseconds(), 3)}"`);
}

/** A fresh rule set for one run: std rules, compile date and time, -D names. */
export function startRules(defines: Record<string, string>): RuleSet {
  const rules = baseRules().clone();
  defineNow(rules);
  for (const [name, value] of Object.entries(defines)) addDefine(rules, name, value === '' ? null : value);
  return rules;
}

/**
 * The rules of a preprocessor made at run time (__pp_Init): std.ch's, none
 * (`header` ''), or those of a header file (with what reading it
 * reported); then the predefined names, the platform's only when `arch`.
 */
export function libraryRules(header: string | undefined, arch: boolean): { rules: RuleSet; diagnostics: Diagnostic[] } {
  let r: { rules: RuleSet; diagnostics: Diagnostic[] };
  if (header === undefined || header === '') {
    r = { rules: header === undefined ? stdRuleSet() : new RuleSet(), diagnostics: [] };
  } else {
    let text: string | null = null;
    try {
      text = readFileSync(header, 'latin1');
    } catch {
      // reported below, as Harbour reports a missing rule file
    }
    r = text !== null ? rulesOf(header, text) : {
      rules: new RuleSet(),
      diagnostics: [{ file: header, line: 0, severity: 'fatal', code: messageCode('F', PPErr.CannotOpenRules), message: messageText('F', PPErr.CannotOpenRules, header) }],
    };
  }
  predefine(r.rules, arch);
  defineNow(r.rules);
  return r;
}
