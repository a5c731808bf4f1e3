// The terminal's code pages: hb_SetTermCP() / hb_SetDispCP() make what the
// program writes go out translated from its code page to the terminal's
// (hb_SetKeyCP() is for keys typed at a terminal, which this one never
// reads); hb_cdpTerm() and hb_cdpOS() name the code page the locale
// (LANG, else LC_CTYPE) gives, as Harbour does on Unix.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { codepageIds, currentCodepage, findCodepage } from '../runtime/cdp/registry.js';
import { translate } from '../runtime/cdp/translate.js';
import { deref } from './str-args.js';
import type { StdModule } from './registry.js';

/** Harbour's code page country prefix for a language of the locale. */
const COUNTRY: Record<string, string> = {
  bg: 'BG', cs: 'CS', da: 'DK', de: 'DE', el: 'EL', en: 'EN', es: 'ES', fi: 'FI', fr: 'FR', he: 'HE', hr: 'HR',
  hu: 'HU', is: 'IS', it: 'IT', lt: 'LT', nl: 'NL', no: 'NO', pl: 'PL', pt: 'PT', ro: 'RO', ru: 'RU', sk: 'SK',
  sl: 'SL', sv: 'SV', tr: 'TR', uk: 'UA',
};

/** The code set names of the locale that Harbour knows, by their normalised spelling. */
const KNOWN = new Set([
  'utf8', 'cp437', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861',
  'cp862', 'cp863', 'cp864', 'cp865', 'cp866', 'cp869', 'cp874', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254',
  'cp1255', 'cp1256', 'cp1257', 'cp1258', 'iso8859-1', 'iso8859-2', 'iso8859-3', 'iso8859-4', 'iso8859-5',
  'iso8859-6', 'iso8859-7', 'iso8859-8', 'iso8859-9', 'iso8859-13', 'iso8859-15',
]);
const RENAMED: Record<string, string> = { koi8r: 'koi-8', koi8u: 'koi-8u', gbk: 'GBK', big5: 'BIG5' };

/** The code page of the locale: language[_territory][.codeset][@modifier]; NIL when Harbour has none for it. */
function localeCodepage(): Value {
  const env = process.env.LANG || process.env.LC_CTYPE || '';
  let lang = env;
  let set = 'UTF-8';
  const dot = env.indexOf('.');
  if (dot >= 0) {
    lang = env.slice(0, dot);
    set = env.slice(dot + 1);
    const at = env.indexOf('@');
    if (at >= 0) set = env.slice(0, at);
  }
  let cp = set.toLowerCase().replace(/[_-]/g, '').replaceAll('ibm', 'cp').replaceAll('windows', 'cp');
  if (cp.startsWith('iso8859')) cp = 'iso8859-' + cp.slice(7);
  if (RENAMED[cp] !== undefined) cp = RENAMED[cp].toLowerCase();
  else if (!KNOWN.has(cp)) return undefined;
  if (cp === 'utf8') return 'UTF8';
  // a code page of the language's country with that table, else the table's own name
  const ids = codepageIds();
  const country = COUNTRY[lang.toLowerCase()];
  if (country !== undefined) {
    for (const id of ids) if (id.startsWith(country) && findCodepage(id)?.uniId.toLowerCase() === cp) return id;
  }
  for (const id of ids) {
    const uni = findCodepage(id)?.uniId;
    if (uni !== undefined && uni.toLowerCase() === cp) return uni;
  }
  return undefined;
}

/** Output from the program's code page (or `host`) to `term`'s. */
function setTermOut(ctx: Thread, term: Value, host: Value): void {
  const to = typeof term === 'string' ? findCodepage(term) : undefined;
  if (to === undefined) return;
  const from = typeof host === 'string' ? findCodepage(host) : undefined;
  ctx.vm.console.termOut = (s) => {
    const cp = from ?? currentCodepage(ctx);
    return cp.id === to.id ? s : translate(s, cp, to);
  };
}

export const functions: StdModule = {
  HB_SETTERMCP(ctx, term, host) {
    setTermOut(ctx, deref(term), deref(host));
    return undefined;
  },
  HB_SETDISPCP(ctx, term, host) {
    setTermOut(ctx, deref(term), deref(host));
    return undefined;
  },
  HB_SETKEYCP() {
    return undefined;
  },
  HB_CDPTERM: () => localeCodepage(),
  HB_CDPOS: () => localeCodepage(),
};
