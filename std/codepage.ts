// Code pages as PRG code sees them: hb_cdpSelect and the hb_cdp*()
// queries, hb_Translate, hb_StrToUTF8, hb_UTF8ToStr.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { EF_NONE } from '../runtime/errors/error.js';
import { fnError } from '../runtime/errors/launch.js';
import { codepageIds, currentCodepage, findCodepage, selectCodepage } from '../runtime/cdp/registry.js';
import { strToUtf8, translate, utf8ToStr } from '../runtime/cdp/translate.js';
import { argList, badArgs, deref, str } from './str-args.js';
import type { StdModule } from './registry.js';

/**
 * The code page named by a function's argument: the current one when the
 * argument is not a string; an unknown name raises BASE/1302 (not
 * substitutable) and gives undefined.
 */
export function codepageArg(ctx: Thread, fn: string, v: Value, args: IArguments): Codepage | undefined {
  const id = str(v);
  if (id === undefined) return currentCodepage(ctx);
  const cp = findCodepage(id);
  if (cp === undefined) {
    const list = args.length > 1 ? argList(args) : undefined;
    fnError(ctx, fn, { genCode: 1, subCode: 1302, operation: fn, args: list, flags: EF_NONE });
  }
  return cp;
}

export const functions: StdModule = {
  // the Windows ANSI and OEM code pages: elsewhere a string stays as it is
  HB_ANSITOOEM(_ctx, s) {
    const v = deref(s);
    return typeof v === 'string' ? v : '';
  },
  HB_OEMTOANSI(_ctx, s) {
    const v = deref(s);
    return typeof v === 'string' ? v : '';
  },
  HB_CDPSELECT(ctx, id) {
    const old = currentCodepage(ctx).id;
    if (str(id) !== undefined) {
      const cp = codepageArg(ctx, 'HB_CDPSELECT', id, arguments);
      if (cp !== undefined) selectCodepage(ctx, cp);
    }
    return old;
  },
  HB_CDPEXISTS(ctx, id) {
    const s = str(id);
    if (s === undefined) return badArgs(ctx, 'HB_CDPEXISTS', 3012, arguments);
    return findCodepage(s) !== undefined;
  },
  HB_CDPUNIID(ctx, id) {
    return codepageArg(ctx, 'HB_CDPUNIID', id, arguments)?.uniId ?? '';
  },
  HB_CDPINFO(ctx, id) {
    return codepageArg(ctx, 'HB_CDPINFO', id, arguments)?.info ?? '';
  },
  __NATSORTVER(ctx, id) {
    return codepageArg(ctx, '__NATSORTVER', id, arguments)?.info ?? '';
  },
  HB_CDPISCHARIDX(ctx, id, set) {
    const cp = codepageArg(ctx, 'HB_CDPISCHARIDX', id, arguments);
    if (cp === undefined) return false;
    const was = cp.charIdx;
    const flag = deref(set);
    if (cp.utf8 && typeof flag === 'boolean') cp.charIdx = flag;
    return was;
  },
  HB_CDPCHARMAX(ctx, id) {
    const cp = codepageArg(ctx, 'HB_CDPCHARMAX', id, arguments) ?? currentCodepage(ctx);
    return cp.utf8 ? 0xffff : 0xff;
  },
  HB_CDPISUTF8(ctx, id) {
    return (codepageArg(ctx, 'HB_CDPISUTF8', id, arguments) ?? currentCodepage(ctx)).utf8;
  },
  HB_CDPLIST() {
    return codepageIds();
  },
  HB_TRANSLATE(ctx, s, fromId, toId) {
    const text = str(s);
    if (text === undefined || text.length === 0) return '';
    const from = str(fromId) !== undefined ? codepageArg(ctx, 'HB_TRANSLATE', fromId, arguments) : currentCodepage(ctx);
    const to = str(toId) !== undefined ? codepageArg(ctx, 'HB_TRANSLATE', toId, arguments) : currentCodepage(ctx);
    if (from === undefined || to === undefined || from === to) return text;
    if (from.uniId === to.uniId && !from.utf8 && !to.utf8) return text;
    return translate(text, from, to);
  },
  HB_STRTOUTF8(ctx, s, id) {
    const text = str(s);
    if (text === undefined || text.length === 0) return '';
    const cp = codepageArg(ctx, 'HB_STRTOUTF8', id, arguments);
    if (cp === undefined) return '';
    return cp.utf8 ? text : strToUtf8(cp, text);
  },
  HB_UTF8TOSTR(ctx, s, id) {
    const text = str(s);
    if (text === undefined) return badArgs(ctx, 'HB_UTF8TOSTR', 3012, arguments);
    if (text.length === 0) return '';
    const cp = codepageArg(ctx, 'HB_UTF8TOSTR', id, arguments);
    if (cp === undefined) return '';
    return cp.utf8 ? text : utf8ToStr(cp, text);
  },
};
