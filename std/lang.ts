// The language module functions: hb_langSelect, hb_langName,
// hb_langMessage, hb_langErrMsg and Clipper's nation messages (NationMsg,
// IsAffirm, IsNegative). English is the only language built in; its id
// after a selection carries the code page ("en.EN"), as in Harbour.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { errorDescription, langItem, LANG_NATMSG } from '../runtime/lang.js';
import { argErrorNoSubst, inNative } from '../runtime/errors/launch.js';
import type { StdModule } from './registry.js';

const SET_LANGUAGE = 100;
const SET_CODEPAGE = 114;
const LANG_NAME = 1;
const LANG_NAMENAT = 2;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);

/** The id of the selected language. */
function langId(ctx: Thread): string {
  const v = ctx.sets.get(SET_LANGUAGE);
  return typeof v === 'string' ? v : 'en';
}

// the standard (ISO) ids that name English
const ENGLISH = new Set(['en', 'en-au', 'en-bz', 'en-ca', 'en-cb', 'en-gb', 'en-ie', 'en-jm', 'en-nz', 'en-ph',
  'en-tt', 'en-us', 'en-za', 'en-zw']);

/** An id the language list knows: "en", or "en.<code page>". */
function isInstalled(id: string): boolean {
  const l = id.toLowerCase();
  return l === 'en' || (l.startsWith('en.') && l.length > 3 && !l.slice(3).includes('.'));
}

/** A language item of language `id` (the selected one when undefined), or undefined. */
function item(ctx: Thread, id: string | undefined, i: number): string | undefined {
  if (id !== undefined && !isInstalled(id)) return undefined;
  if (i < 0 || i >= 118) return undefined;
  if (i === 0) return id ?? langId(ctx);
  return langItem(i);
}

function select(ctx: Thread, id: string, cp: Value): string {
  const old = langId(ctx);
  let name = id;
  const std = id.replace(/_/g, '-').toLowerCase();
  if (ENGLISH.has(std)) name = 'en';
  const codepage = typeof cp === 'string' ? cp : String(ctx.sets.get(SET_CODEPAGE) ?? 'EN');
  if (codepage.toUpperCase() !== 'UTF8') name += '.' + codepage;
  return inNative(ctx, '__HB_LANGSELECT', () => {
    if (isInstalled(name)) ctx.sets.put(SET_LANGUAGE, name);
    else argErrorNoSubst(ctx, '__HB_LANGSELECT', 1303, [name]);
    return old;
  });
}

function natMsg(args: Value[]): string {
  if (args.length === 0) return 'Invalid argument';
  const v = deref(args[0]);
  if (typeof v !== 'number' && !(v instanceof HbNum)) return '';
  const n = int(v);
  return n >= 1 && n <= 13 ? langItem(LANG_NATMSG + n - 1) : '';
}

/** IsAffirm()/IsNegative(): does the text start with the yes (or no) word of "Y/N"? */
function yesNo(v: Value, yes: boolean): boolean {
  const s = deref(v);
  if (typeof s !== 'string' || s === '') return false;
  const yn = langItem(LANG_NATMSG + 11);
  const slash = yn.indexOf('/');
  const word = yes ? yn.slice(0, slash < 0 ? yn.length : slash) : slash < 0 ? '' : yn.slice(slash + 1);
  return word !== '' && s.length >= word.length && s.slice(0, word.length).toUpperCase() === word.toUpperCase();
}

export const functions: StdModule = {
  HB_LANGSELECT(ctx, id, cp) {
    const v = deref(id);
    if (typeof v !== 'string') return langId(ctx);
    return inNative(ctx, 'HB_LANGSELECT', () => select(ctx, v, deref(cp)));
  },
  __HB_LANGSELECT(ctx, id) {
    const old = langId(ctx);
    const v = deref(id);
    if (typeof v === 'string') {
      if (isInstalled(v)) ctx.sets.put(SET_LANGUAGE, v);
      else argErrorNoSubst(ctx, '__HB_LANGSELECT', 1303, [v]);
    }
    return old;
  },
  HB_LANGNAME(ctx, id) {
    const v = deref(id);
    const want = typeof v === 'string' ? v : undefined;
    const key = want ?? langId(ctx);
    if (!isInstalled(key)) return 'Harbour Language: (not installed)';
    return `Harbour Language: ${item(ctx, want, 0)} ${langItem(LANG_NAME)} (${langItem(LANG_NAMENAT)})`;
  },
  HB_LANGMESSAGE(ctx, n, id) {
    const v = deref(id);
    return item(ctx, typeof v === 'string' ? v : undefined, int(deref(n))) ?? '';
  },
  HB_LANGERRMSG(_ctx, n) {
    return errorDescription(int(deref(n)));
  },
  __NATMSG(_ctx, ...args) {
    return natMsg(args);
  },
  NATIONMSG(_ctx, ...args) {
    return natMsg(args);
  },
  __NATMSGVER() {
    return 'NATMSGS (Harbour)';
  },
  __NATISAFFIRM(_ctx, s) {
    return yesNo(s, true);
  },
  ISAFFIRM(_ctx, s) {
    return yesNo(s, true);
  },
  __NATISNEGATIVE(_ctx, s) {
    return yesNo(s, false);
  },
  ISNEGATIVE(_ctx, s) {
    return yesNo(s, false);
  },
};
