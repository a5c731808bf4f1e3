// The preprocessor at run time: __pp_Init() makes one (with std.ch's rules,
// none, or a header's), __pp_AddRule() runs a directive in it,
// __pp_Process() gives the text a line preprocesses to, __pp_Path() sets
// where #include looks and __pp_Reset() forgets what was added since
// __pp_Init(). What the preprocessor reports (warnings aside) is raised as
// a PP error that the error block may let pass.

import { delimiter } from 'node:path';
import type { Thread } from '../runtime/vm/thread.js';
import { HbPointer, type Value } from '../runtime/values/types.js';
import { inNative, launch, makeError } from '../runtime/errors/launch.js';
import { EF_CANDEFAULT } from '../runtime/errors/error.js';
import { Preprocessor } from '../compiler/pp/preprocessor.js';
import { makeIncludeLoader } from '../compiler/pp/includes.js';
import { libraryRules, stdRuleSet } from '../compiler/pp/stdrules.js';
import { ppoText, type Diagnostic } from '../compiler/pp/index.js';
import type { RuleSet } from '../compiler/pp/ruleset.js';
import { deref } from './param.js';
import type { StdModule } from './registry.js';

class PPContext {
  pp: Preprocessor;
  constructor(
    /** the rules as __pp_Init() left them, for __pp_Reset() */
    readonly initial: RuleSet,
    /** the #include search folders (the loader reads this array) */
    readonly paths: string[],
  ) {
    this.pp = this.fresh();
  }

  fresh(): Preprocessor {
    return new Preprocessor(this.initial.clone(), makeIncludeLoader('', this.paths), () => undefined);
  }
}

function contextOf(v: Value): PPContext | null {
  v = deref(v);
  return v instanceof HbPointer && v.target instanceof PPContext ? v.target : null;
}

/** Replace (or add to) the search folders with those of a path list. */
function setPaths(c: PPContext, list: string, replace: boolean): void {
  if (replace) c.paths.length = 0;
  for (const d of list.split(delimiter)) if (d !== '') c.paths.push(d);
}

/** Raise each error the preprocessor reported, as function `fn`'s. */
function raise(ctx: Thread, fn: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === 'warning') continue;
    const err = makeError(ctx, {
      genCode: 1001, subCode: Number(d.code.slice(1)), subSystem: 'PP', description: d.message, flags: EF_CANDEFAULT,
    });
    inNative(ctx, fn, () => launch(ctx, err));
  }
}

/**
 * The preprocessed text of `text`: each statement on the line it came from,
 * up to the last one (lines after it give nothing), which keeps its line
 * end only when the input ended with one.
 */
function process(c: PPContext, text: string): string {
  const lines = c.pp.processText(text);
  const out = ppoText({ lines, diagnostics: [], pragmas: [], pragmaLines: [], includes: [] });
  return !text.endsWith('\n') && out.endsWith('\n') ? out.slice(0, -1) : out;
}

export const functions: StdModule = {
  __PP_INIT(ctx, path, header, arch) {
    path = deref(path);
    header = deref(header);
    arch = deref(arch);
    const r = libraryRules(typeof header === 'string' ? header : undefined, typeof arch === 'boolean' ? arch : true);
    const c = new PPContext(r.rules, []);
    if (typeof path === 'string') setPaths(c, path, true);
    raise(ctx, '__PP_INIT', r.diagnostics);
    return new HbPointer(c, 'PP');
  },
  __PP_PATH(_ctx, pp, path, clear) {
    const c = contextOf(pp);
    path = deref(path);
    if (c !== null) setPaths(c, typeof path === 'string' ? path : '', deref(clear) === true);
    return undefined;
  },
  __PP_RESET(_ctx, pp) {
    const c = contextOf(pp);
    if (c !== null) c.pp = c.fresh();
    return undefined;
  },
  __PP_ADDRULE(ctx, pp, rule) {
    const c = contextOf(pp);
    rule = deref(rule);
    if (c === null || typeof rule !== 'string') return false;
    let i = 0;
    while (i < rule.length && (rule[i] === ' ' || rule[i] === '\t')) i++;
    if (rule[i] !== '#') return false;
    c.pp.processText(rule.slice(i));
    raise(ctx, '__PP_ADDRULE', c.pp.diagnostics);
    return true;
  },
  __PP_PROCESS(ctx, pp, code) {
    const c = contextOf(pp);
    code = deref(code);
    if (c === null || typeof code !== 'string' || code === '') return '';
    const out = process(c, code);
    raise(ctx, '__PP_PROCESS', c.pp.diagnostics);
    return out;
  },
  // (REQUEST __PP_STDRULES is what gives Harbour's __pp_Init() std.ch's rules; here they are always there)
  __PP_STDRULES(_ctx, pp) {
    const c = contextOf(pp);
    if (c !== null) c.pp.rules = stdRuleSet();
    return undefined;
  },
};
