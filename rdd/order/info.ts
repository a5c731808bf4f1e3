// dbOrderInfo() for areas with indexes: the DBOI_* questions about an
// order (by default the controlling one) and the ones that change it
// (scopes, the descending flag, custom keys, key positions).

import type { Value } from '../../runtime/values/types.js';
import { HbPointer, isNumeric, numOf } from '../../runtime/values/types.js';
import { translatePcre } from '../../std/regex-pcre.js';
import { rtSubst } from '../../runtime/errors/launch.js';
import { currentCodepage } from '../../runtime/cdp/registry.js';
import { translate } from '../../runtime/cdp/translate.js';
import { mkNum } from '../../runtime/values/number.js';
import type { IndexArea } from './area.js';
import { getRelKeyPos, setRelKeyPos } from './relpos.js';
import type { Tag } from './tag.js';
import { Find } from './tag.js';
import type { Block } from '../../runtime/values/types.js';
import { splitName } from '../paths.js';
import { EG_READONLY, EDBF_NOTCUSTOM, EDBF_READONLY } from '../errors.js';
import { indexLock } from '../io/lockscheme.js';

export const DBOI_CONDITION = 1;
export const DBOI_EXPRESSION = 2;
export const DBOI_POSITION = 3;
export const DBOI_RECNO = 4;
export const DBOI_NAME = 5;
export const DBOI_NUMBER = 6;
export const DBOI_BAGNAME = 7;
export const DBOI_BAGEXT = 8;
export const DBOI_ORDERCOUNT = 9;
export const DBOI_FILEHANDLE = 10;
export const DBOI_ISCOND = 11;
export const DBOI_ISDESC = 12;
export const DBOI_UNIQUE = 13;
export const DBOI_FULLPATH = 20;
export const DBOI_KEYTYPE = 24;
export const DBOI_KEYSIZE = 25;
export const DBOI_KEYCOUNT = 26;
export const DBOI_KEYDEC = 28;
export const DBOI_HPLOCKING = 29;
export const DBOI_LOCKOFFSET = 35;
export const DBOI_KEYADD = 36;
export const DBOI_KEYDELETE = 37;
export const DBOI_KEYVAL = 38;
export const DBOI_SCOPETOP = 39;
export const DBOI_SCOPEBOTTOM = 40;
export const DBOI_SCOPETOPCLEAR = 41;
export const DBOI_SCOPEBOTTOMCLEAR = 42;
export const DBOI_CUSTOM = 45;
export const DBOI_SKIPUNIQUE = 46;
export const DBOI_KEYSINCLUDED = 50;
export const DBOI_KEYNORAW = 51;
export const DBOI_KEYCOUNTRAW = 52;
export const DBOI_STRICTREAD = 60;
export const DBOI_OPTIMIZE = 61;
export const DBOI_AUTOOPEN = 62;
export const DBOI_AUTOORDER = 63;
export const DBOI_AUTOSHARE = 64;
export const DBOI_SKIPEVAL = 100;
export const DBOI_SKIPEVALBACK = 101;
export const DBOI_SKIPREGEX = 102;
export const DBOI_SKIPREGEXBACK = 103;
export const DBOI_SKIPWILD = 104;
export const DBOI_SKIPWILDBACK = 105;
export const DBOI_SCOPEEVAL = 106;
export const DBOI_FINDREC = 107;
export const DBOI_FINDRECCONT = 108;
export const DBOI_SCOPESET = 109;
export const DBOI_SCOPECLEAR = 110;
export const DBOI_BAGCOUNT = 111;
export const DBOI_BAGNUMBER = 112;
export const DBOI_BAGORDER = 113;
export const DBOI_ISMULTITAG = 114;
export const DBOI_ISSORTRECNO = 115;
export const DBOI_LARGEFILE = 116;
export const DBOI_TEMPLATE = 117;
export const DBOI_MULTIKEY = 118;
export const DBOI_CHGONLY = 119;
export const DBOI_PARTIAL = 120;
export const DBOI_SHARED = 121;
export const DBOI_ISREADONLY = 122;
export const DBOI_READLOCK = 123;
export const DBOI_WRITELOCK = 124;
export const DBOI_UPDATECOUNTER = 125;
export const DBOI_EVALSTEP = 126;
export const DBOI_ISREINDEX = 127;
export const DBOI_I_BAGNAME = 128;
export const DBOI_I_TAGNAME = 129;
export const DBOI_RELKEYPOS = 130;
export const DBOI_USECURRENT = 131;
export const DBOI_INDEXTYPE = 132;
export const DBOI_RESETPOS = 133;
export const DBOI_INDEXPAGESIZE = 134;

export const DBOI_TYPE_UNDEF = -1;

/** Answers that do not need an order. */
function areaAnswer(a: IndexArea, code: number, bag: Value): { v: Value } | null {
  switch (code) {
    case DBOI_BAGEXT: return { v: a.bagExt() };
    case DBOI_EVALSTEP: return { v: a.ordCond !== null ? a.ordCond.step : 0 };
    case DBOI_KEYSINCLUDED: return { v: 0 };
    case DBOI_I_TAGNAME:
    case DBOI_I_BAGNAME: return { v: '' };
    case DBOI_ISREINDEX: return { v: false };
    case DBOI_LOCKOFFSET: return { v: indexLock(a.lockType)[0] };
    case DBOI_HPLOCKING: return { v: indexLock(a.lockType)[1] > 0 };
    case DBOI_ORDERCOUNT: {
      if (typeof bag === 'string' && bag !== '') {
        const b = a.findBag(bag);
        return { v: b === undefined ? 0 : b.tags.length };
      }
      return { v: a.tags.length };
    }
    case DBOI_BAGCOUNT: return { v: a.bags.length };
    case DBOI_BAGNUMBER:
    case DBOI_BAGORDER: {
      const seek = typeof bag === 'string' && bag !== '' ? a.findBag(bag)
        : a.curTag !== null ? a.bagOf(a.curTag) : undefined;
      if (seek === undefined) return { v: 0 };
      let n = code === DBOI_BAGNUMBER ? 0 : 1;
      for (const b of a.bags) {
        if (code === DBOI_BAGNUMBER) n++;
        if (b === seek) return { v: n };
        if (code === DBOI_BAGORDER) n += b.tags.length;
      }
      return { v: 0 };
    }
    case DBOI_RESETPOS:
      for (const t of a.tags) t.forgetLogPos();
      return { v: undefined };
    case DBOI_STRICTREAD: return { v: a.ctx.sets.get(43) === true };
    case DBOI_OPTIMIZE: return { v: a.ctx.sets.get(44) === true };
    case DBOI_AUTOOPEN: return { v: a.ctx.sets.get(45) === true };
    case DBOI_AUTOORDER: return { v: a.ctx.sets.get(46) };
    case DBOI_AUTOSHARE: return { v: a.ctx.sets.get(47) };
  }
  return null;
}

/** What dbOrderInfo() answers when there is no such order. */
function noOrder(a: IndexArea, code: number, newVal: Value): Value {
  switch (code) {
    case DBOI_KEYCOUNT: return recordKeyCount(a);
    case DBOI_KEYCOUNTRAW: return a.recCount();
    case DBOI_POSITION:
      if (isNumeric(newVal)) return recordKeyGoto(a, Math.trunc(numOf(newVal)));
      return recordKeyNo(a);
    case DBOI_KEYNORAW:
      if (isNumeric(newVal)) return a.goTo(Math.trunc(numOf(newVal)));
      return a.cdxRules() && !a.isPositioned() ? 0 : a.recId();
    case DBOI_RELKEYPOS:
      if (isNumeric(newVal)) {
        setRelKeyPos(a, null, numOf(newVal));
        return undefined;
      }
      return mkNum(getRelKeyPos(a, null), 0, decimalsOf(a));
    case DBOI_SKIPUNIQUE: return a.skip(isNumeric(newVal) ? Math.trunc(numOf(newVal)) : 1);
    case DBOI_SKIPEVAL: case DBOI_SKIPEVALBACK: case DBOI_SKIPWILD: case DBOI_SKIPWILDBACK:
    case DBOI_SKIPREGEX: case DBOI_SKIPREGEXBACK: case DBOI_FINDREC: case DBOI_FINDRECCONT:
      a.goTo(0);
      return false;
    case DBOI_ISCOND: case DBOI_ISDESC: case DBOI_UNIQUE: case DBOI_CUSTOM: case DBOI_KEYADD:
    case DBOI_KEYDELETE: case DBOI_ISSORTRECNO: case DBOI_ISMULTITAG: case DBOI_LARGEFILE:
    case DBOI_TEMPLATE: case DBOI_MULTIKEY: case DBOI_PARTIAL: case DBOI_CHGONLY: case DBOI_SHARED:
    case DBOI_ISREADONLY: case DBOI_WRITELOCK: case DBOI_READLOCK:
      return false;
    case DBOI_KEYSIZE: case DBOI_KEYDEC: case DBOI_NUMBER: case DBOI_ORDERCOUNT: case DBOI_SCOPEEVAL:
    case DBOI_UPDATECOUNTER: case DBOI_INDEXPAGESIZE:
      return 0;
    case DBOI_FILEHANDLE: return -1;
    case DBOI_INDEXTYPE: return DBOI_TYPE_UNDEF;
    case DBOI_BAGNAME: case DBOI_CONDITION: case DBOI_EXPRESSION: case DBOI_FULLPATH: case DBOI_NAME:
    case DBOI_KEYTYPE:
      return '';
  }
  return undefined;
}

/** dbOrderInfo( code, bag, order, newVal ) of an area with indexes. */
export function orderInfo(a: IndexArea, code: number, order: Value, bag: Value, newVal: Value): Value {
  const early = areaAnswer(a, code, bag);
  if (early !== null) return early.v;
  if (!a.goCold()) return undefined;
  const tag = a.findTag(order, bag);
  if (tag === undefined || tag === null) return noOrder(a, code, newVal);
  const b = a.bagOf(tag)!;
  switch (code) {
    case DBOI_CONDITION: return tag.forExpr;
    case DBOI_EXPRESSION: return tag.keyExpr;
    case DBOI_BAGNAME: return splitName(b.path).name;
    case DBOI_NAME: return tag.name;
    case DBOI_NUMBER: return a.tags.indexOf(tag) + 1;
    case DBOI_FILEHANDLE: return b.file.fd;
    case DBOI_FULLPATH: return b.path;
    case DBOI_KEYCOUNT: return keyCount(a, tag);
    case DBOI_KEYCOUNTRAW: return rawKeyCount(a, tag);
    case DBOI_POSITION:
    case DBOI_KEYNORAW:
    case DBOI_RECNO:
      if (isNumeric(newVal)) return keyGoto(a, tag, Math.trunc(numOf(newVal)));
      return code === DBOI_POSITION ? keyNo(a, tag) : rawKeyNo(a, tag);
    case DBOI_RELKEYPOS:
      if (isNumeric(newVal)) {
        setRelKeyPos(a, tag, numOf(newVal));
        return undefined;
      }
      return mkNum(getRelKeyPos(a, tag), 0, decimalsOf(a));
    case DBOI_ISCOND: return tag.forExpr !== '';
    case DBOI_ISDESC: {
      const was = tag.usrDescend;
      if (typeof newVal === 'boolean') {
        tag.usrDescend = newVal;
        tag.logPosSet = false;
      }
      return was;
    }
    case DBOI_UNIQUE: return tag.unique;
    case DBOI_CUSTOM:
      if (!tag.template && typeof newVal === 'boolean' && tag.custom !== newVal) {
        tag.custom = newVal;
        tag.partial = true;
        tag.changesOnly = false;
      }
      return tag.custom;
    case DBOI_CHGONLY:
      if (!tag.custom && typeof newVal === 'boolean' && tag.changesOnly !== newVal) {
        tag.changesOnly = newVal;
        tag.partial = true;
      }
      return tag.changesOnly;
    case DBOI_TEMPLATE:
      if (tag.custom && !tag.template && newVal === true) tag.template = true;
      return tag.template;
    case DBOI_MULTIKEY:
      if (tag.custom && !tag.multiKey && newVal === true) tag.multiKey = true;
      return tag.multiKey;
    case DBOI_PARTIAL: return tag.partial;
    case DBOI_SCOPETOP:
    case DBOI_SCOPEBOTTOM: {
      const which = code === DBOI_SCOPETOP ? 0 : 1;
      const was = tag.getScope(which);
      if (newVal !== undefined) a.tagSetScope(tag, which, newVal);
      return was;
    }
    case DBOI_SCOPESET:
      if (newVal !== undefined) {
        a.tagSetScope(tag, 0, newVal);
        a.tagSetScope(tag, 1, newVal);
      }
      return undefined;
    case DBOI_SCOPETOPCLEAR:
    case DBOI_SCOPEBOTTOMCLEAR: {
      const which = code === DBOI_SCOPETOPCLEAR ? 0 : 1;
      const was = tag.getScope(which);
      a.tagSetScope(tag, which, undefined);
      return was;
    }
    case DBOI_SCOPECLEAR:
      a.tagSetScope(tag, 0, undefined);
      a.tagSetScope(tag, 1, undefined);
      return undefined;
    case DBOI_KEYADD:
    case DBOI_KEYDELETE:
      if (b.readonly) {
        a.error({ genCode: EG_READONLY, subCode: EDBF_READONLY, filename: b.path });
        return undefined;
      }
      if (!tag.custom) {
        a.error({ genCode: 0, subCode: EDBF_NOTCUSTOM });
        return undefined;
      }
      return customKey(a, tag, code === DBOI_KEYADD, newVal);
    case DBOI_KEYTYPE: return tag.keyType;
    case DBOI_KEYSIZE: return tag.keyLen;
    case DBOI_KEYDEC: return tag.keyDec;
    case DBOI_KEYVAL:
      tag.refresh();
      return a.curKeyRefresh(tag) ? tag.decode(tag.curKey, decimalsOf(a)) : undefined;
    case DBOI_SKIPUNIQUE: return skipUnique(a, tag, isNumeric(newVal) ? Math.trunc(numOf(newVal)) : 1);
    case DBOI_SKIPEVAL:
    case DBOI_SKIPEVALBACK:
      return skipEval(a, tag, code === DBOI_SKIPEVAL, newVal);
    case DBOI_SKIPWILD:
    case DBOI_SKIPWILDBACK:
      return skipWild(a, tag, code === DBOI_SKIPWILD, newVal);
    case DBOI_SKIPREGEX:
    case DBOI_SKIPREGEXBACK:
      return skipRegex(a, tag, code === DBOI_SKIPREGEX, newVal);
    case DBOI_FINDREC:
    case DBOI_FINDRECCONT:
      return findRec(a, tag, isNumeric(newVal) ? Math.trunc(numOf(newVal)) : 0, code === DBOI_FINDRECCONT);
    case DBOI_SCOPEEVAL: return 0;
    case DBOI_UPDATECOUNTER: return b.version;
    case DBOI_READLOCK:
    case DBOI_WRITELOCK: return false;
    case DBOI_ISSORTRECNO: return tag.sortRec;
    case DBOI_ISMULTITAG: return a.isMultiTag(b);
    case DBOI_LARGEFILE: return false;
    case DBOI_SHARED: return b.shared;
    case DBOI_ISREADONLY: return b.readonly;
    case DBOI_INDEXTYPE: return a.indexType(b);
    case DBOI_INDEXPAGESIZE: return a.pageSize();
  }
  return undefined;
}

function decimalsOf(a: IndexArea): number {
  const d = a.ctx.sets.get(3);
  return isNumeric(d) ? Math.trunc(numOf(d)) : 2;
}

function keyCount(a: IndexArea, tag: Tag): number {
  if (!a.cdxRules()) return rawKeyCount(a, tag);
  tag.refresh();
  a.refreshTagScopes(tag);
  if (tag.logCountSet) return tag.logCount;
  let n = 0;
  if (a.filterBlock === undefined) n = tag.scopedCount();
  else {
    const rec = a.recNo();
    tag.goTop();
    while (!tag.tagEOF) {
      if (passesFilter(a, tag.curRec)) n++;
      tag.skipNext();
    }
    a.goTo(rec);
  }
  tag.logCount = n;
  tag.logCountSet = true;
  return n;
}

function keyNo(a: IndexArea, tag: Tag): number {
  if (!a.cdxRules()) return rawKeyNo(a, tag);
  if (a.pendingRel !== null) a.forceRel();
  if (!a.isPositioned()) return 0;
  const known = a.logPosOf(tag);
  if (known !== 0) return known;
  tag.refresh();
  a.refreshTagScopes(tag);
  if (!a.curKeyRefresh(tag)) return 0;
  let n = 0;
  if (a.filterBlock === undefined) n = tag.scopedPosition();
  else {
    const rec = a.recNo();
    if (!tag.inScope(tag.curKey) || !passesFilter(a, rec)) return 0;
    while (!tag.tagBOF) {
      if (passesFilter(a, tag.curRec)) n++;
      tag.skipPrev();
    }
    a.goTo(rec);
  }
  if (n !== 0) a.setLogPos(tag, n);
  return n;
}

function rawKeyCount(a: IndexArea, tag: Tag): number {
  tag.refresh();
  a.refreshTagScopes(tag);
  return tag.scopedCount();
}

function rawKeyNo(a: IndexArea, tag: Tag): number {
  tag.refresh();
  a.refreshTagScopes(tag);
  return a.curKeyRefresh(tag) ? tag.scopedPosition() : 0;
}

/** DBFCDX counts only the records a filter (and SET DELETED) lets through in ordKeyNo/ordKeyCount. */
function filteredCounts(a: IndexArea): boolean {
  return a.filterBlock !== undefined && a.cdxRules();
}

/** Whether record `rec` passes SET DELETED and the filter (visiting it, as Harbour does). */
function passesFilter(a: IndexArea, rec: number): boolean {
  if (a.recNo() !== rec || a.pendingRel !== null) a.goTo(rec);
  if (a.ctx.sets.deleted && a.deleted()) return false;
  return a.filterBlock === undefined || a.evalBlock(a.filterBlock) !== false;
}

/** ordKeyNo() without an order: the record number (DBFCDX: 0 off the table, the visible position under a filter). */
function recordKeyNo(a: IndexArea): number {
  if (!a.cdxRules()) return a.recId();
  if (!a.isPositioned()) return 0;
  const rec = a.recNo();
  if (a.filterBlock === undefined) return rec;
  let n = 0;
  if (passesFilter(a, rec)) {
    do {
      n++;
      if (!a.skip(-1)) break;
    } while (!a.bof);
    a.goTo(rec);
  }
  return n;
}

/** ordKeyGoto() without an order: record n (DBFCDX: the n-th visible one under a filter). */
function recordKeyGoto(a: IndexArea, n: number): boolean {
  if (n === 0 || !filteredCounts(a)) return a.goTo(n);
  if (!a.goTop()) return false;
  return n === 1 || a.skip(n - 1);
}

/** ordKeyCount() without an order (DBFCDX: the visible records under a filter). */
function recordKeyCount(a: IndexArea): number {
  if (!filteredCounts(a)) return a.recCount();
  const rec = a.recNo();
  let n = 0;
  if (a.goTop()) {
    while (!a.eof) {
      n++;
      if (!a.skip(1)) break;
    }
    a.goTo(rec);
  }
  return n;
}

function keyGoto(a: IndexArea, tag: Tag, n: number): boolean {
  if (a.cdxRules()) return cdxKeyGoto(a, tag, n);
  if (n === 0) return false;
  tag.refresh();
  a.refreshTagScopes(tag);
  if (!tag.gotoScoped(n)) {
    a.goTo(0);
    return true;
  }
  a.goToThrough(tag, tag.curRec);
  return true;
}

/** DBFCDX's ordKeyGoto(): the n-th key the filter lets through, with no filter skip after it. */
function cdxKeyGoto(a: IndexArea, tag: Tag, n: number): boolean {
  if (n <= 0) return a.goTo(0);
  tag.refresh();
  a.refreshTagScopes(tag);
  if (a.pendingRel === null && a.logPosOf(tag) === n) return a.goTo(tag.logRec);
  let left = n;
  tag.goTop();
  if (a.filterBlock !== undefined) {
    while (!tag.tagEOF && !(passesFilter(a, tag.curRec) && --left === 0)) tag.skipNext();
  } else {
    while (!tag.tagEOF && --left > 0) tag.skipNext();
  }
  const ok = a.goTo(tag.tagEOF ? 0 : tag.curRec);
  if (a.isPositioned()) a.setLogPos(tag, n);
  return ok;
}

function findRec(a: IndexArea, tag: Tag, rec: number, cont: boolean): boolean {
  let found = false;
  if (rec !== 0) {
    tag.refresh();
    a.refreshTagScopes(tag);
    if (cont) {
      if (!a.curKeyRefresh(tag)) rec = 0;
      else tag.skipNext();
    } else tag.goTop();
    if (rec !== 0) {
      while (!tag.tagEOF) {
        if (tag.curRec === rec) {
          found = true;
          break;
        }
        tag.skipNext();
      }
    }
  }
  a.goTo(found ? rec : 0);
  return found;
}

/** ordSkipUnique(): to the next (previous) different key. */
function skipUnique(a: IndexArea, tag: Tag, n: number): boolean {
  a.forceRel();
  a.atTop = a.atBottom = false;
  const forward = n >= 0;
  let out = false;
  let eof = false;
  tag.refresh();
  a.refreshTagScopes(tag);
  if (a.curKeyRefresh(tag)) {
    const key = tag.curKey;
    do {
      if (forward) tag.skipNext();
      else tag.skipPrev();
      out = tag.tagEOF || tag.tagBOF;
    } while (!out && tag.curKey === key);
  } else if (!forward && !a.isPositioned()) {
    tag.goBottom();
    eof = tag.tagEOF;
  } else out = true;
  if (out) {
    if (forward) eof = true;
    else {
      tag.goTop();
      eof = tag.tagEOF;
    }
  }
  a.withTag(tag, () => {
    if (a.goTo(eof ? 0 : tag.curRec) && !eof) {
      a.skipFilter(forward || out ? 1 : -1);
      if (!forward && out) a.bof = true;
    }
  });
  if (forward) a.bof = false;
  else a.eof = false;
  return true;
}

/** What a skip test says about the current key: take it, go on, or give up. */
const enum Probe { Take, Next, Stop }

/** Move on through `tag` until `probe` takes a record (skipEval, skipWild). */
function skipUntil(a: IndexArea, tag: Tag, forward: boolean, probe: () => Probe, start: () => void): boolean {
  a.forceRel();
  a.atTop = a.atBottom = false;
  let ok = false;
  tag.refresh();
  a.withTag(tag, () => {
    a.refreshTagScopes(tag);
    if (!a.curKeyRefresh(tag)) return;
    start();
    while (forward ? !tag.tagEOF : !tag.tagBOF) {
      const rec = tag.curRec;
      const p = probe();
      if (p === Probe.Take) {
        if (!a.goTo(rec)) break;
        if (!a.skipFilter(forward ? 1 : -1) || a.recNo() === rec || probe() === Probe.Take) {
          ok = true;
          break;
        }
      } else if (p === Probe.Stop) break;
      if (forward) tag.skipNext();
      else tag.skipPrev();
    }
    if (!ok) {
      if (forward) a.goTo(0);
      else {
        a.goTop();
        a.bof = true;
      }
    }
  });
  if (forward) a.bof = false;
  else a.eof = false;
  return ok;
}

function skipEval(a: IndexArea, tag: Tag, forward: boolean, block: Value): boolean {
  if (typeof block !== 'function') {
    if (!a.skip(forward ? 1 : -1)) return false;
    return forward ? !a.eof : !a.bof;
  }
  const probe = (): Probe => {
    a.goTo(tag.curRec);
    const r = (block as Block)(a.ctx, tag.decode(tag.curKey, decimalsOf(a)), tag.curRec);
    return r === true ? Probe.Take : Probe.Next;
  };
  return skipUntil(a, tag, forward, probe, () => (forward ? tag.skipNext() : tag.skipPrev()));
}

/** A regular expression argument: a PCRE pattern or a hb_RegExComp() result; null when it is neither. */
function keyRegex(v: Value): RegExp | null {
  if (v instanceof HbPointer) {
    const re = (v.target as { re?: unknown } | null)?.re;
    return re instanceof RegExp ? new RegExp(re.source, re.flags.replace('g', '')) : null;
  }
  if (typeof v !== 'string' || v === '') return null;
  try {
    const t = translatePcre(v, { caseless: false, multiline: false, dotall: false, extended: false }, false);
    return new RegExp(t.source, t.flags);
  } catch {
    return null;
  }
}

/**
 * Skip to the next (previous) key a regular expression finds a match in
 * (dbOrderInfo( DBOI_SKIPREGEX )). A pattern that is not one raises
 * BASE/3012 (3015: does not compile).
 */
function skipRegex(a: IndexArea, tag: Tag, forward: boolean, pattern: Value): boolean {
  let re: RegExp | null = null;
  if (tag.keyType === 'C') {
    re = keyRegex(pattern);
    if (re === null) rtSubst(a.ctx, 1, typeof pattern === 'string' && pattern !== '' ? 3015 : 3012, 'DBORDERINFO', [pattern]);
  }
  if (re === null) {
    if (!a.skip(forward ? 1 : -1)) return false;
    return forward ? !a.eof : !a.bof;
  }
  const vm = currentCodepage(a.ctx);
  // the key is matched as text of the program's code page
  const matches = (): boolean => re!.test(vm.id === a.cdp.id ? tag.curKey : translate(tag.curKey, a.cdp, vm));
  if (tag.physicalRelPos) return skipRegexCdx(a, tag, forward, matches);
  return skipUntil(a, tag, forward, () => (matches() ? Probe.Take : Probe.Next),
    () => (forward ? tag.skipNext() : tag.skipPrev()));
}

/**
 * DBFCDX's way: a key found is taken unless SET DELETED or the filter move
 * the record the skip started from (Harbour checks that record rather than
 * the one found, so a deleted record can be the result).
 */
function skipRegexCdx(a: IndexArea, tag: Tag, forward: boolean, matches: () => boolean): boolean {
  a.forceRel();
  a.atTop = a.atBottom = false;
  tag.refresh();
  a.refreshTagScopes(tag);
  let found = false;
  let first = true;
  if (!a.curKeyRefresh(tag)) {
    if (!tag.tagEOF && tag.curRec !== 0 && forward !== tag.usrDescend && tag.inScope(tag.curKey)) first = false;
  }
  const taken = (): boolean => {
    if (!matches()) return false;
    const rec = a.recNo();
    a.skipFilter(forward ? 1 : -1);
    return a.recNo() === rec || matches();
  };
  if (first) {
    if (forward) tag.skipNext();
    else tag.skipPrev();
  }
  while (forward ? !tag.tagEOF : !tag.tagBOF) {
    if (taken()) {
      found = true;
      break;
    }
    if (forward) tag.skipNext();
    else tag.skipPrev();
  }
  if (found) a.goTo(tag.curRec);
  else if (forward) a.goTo(0);
  else {
    a.goTop();
    a.bof = true;
  }
  if (forward) a.bof = false;
  else a.eof = false;
  return found;
}

/** Whether `pattern` (with * and ?) matches the start of `s`. */
export function wildPrefix(s: string, pattern: string, si = 0, pi = 0): boolean {
  while (pi < pattern.length) {
    const c = pattern[pi];
    if (c === '*') {
      while (pattern[pi] === '*') pi++;
      if (pi === pattern.length) return true;
      for (let k = si; k <= s.length; k++) if (wildPrefix(s, pattern, k, pi)) return true;
      return false;
    }
    if (si >= s.length || (c !== '?' && c !== s[si])) return false;
    si++;
    pi++;
  }
  return true;
}

function skipWild(a: IndexArea, tag: Tag, forward: boolean, pattern: Value): boolean {
  if (tag.keyType !== 'C' || typeof pattern !== 'string' || pattern === '') {
    if (!a.skip(forward ? 1 : -1)) return false;
    return forward ? !a.eof : !a.bof;
  }
  let fixed = 0;
  while (fixed < tag.keyLen && fixed < pattern.length && pattern[fixed] !== '*' && pattern[fixed] !== '?') fixed++;
  let stop = forward ? -1 : 1;
  if (tag.usrDescend) stop = -stop;
  const prefix = pattern.slice(0, fixed);
  const start = (): void => {
    if (fixed > 0 && tag.cmp(prefix, fixed, tag.curKey, fixed, false) === -stop) {
      const last = tag.usrDescend === tag.ascend;
      if (!tag.keyFind(prefix.padEnd(tag.keyLen, ' '), fixed, last ? Find.Last : Find.First)) {
        if (forward) tag.tagEOF = true;
        else tag.tagBOF = true;
      }
    } else if (forward) tag.skipNext();
    else tag.skipPrev();
  };
  const probe = (): Probe => {
    if (wildPrefix(tag.curKey, pattern)) return Probe.Take;
    if (fixed > 0 && tag.cmp(prefix, fixed, tag.curKey, fixed, false) === stop) return Probe.Stop;
    return Probe.Next;
  };
  return skipUntil(a, tag, forward, probe, start);
}

/** ordKeyAdd() / ordKeyDel() on a custom order. */
function customKey(a: IndexArea, tag: Tag, add: boolean, v: Value): boolean {
  a.forceRel();
  if (!a.isPositioned()) return false;
  if (!a.forOf(tag)) return false;
  let key: string;
  if (tag.template && v !== undefined) key = tag.encode(v)[0];
  else if (!add && a.curKeyRefresh(tag)) key = tag.curKey;
  else key = a.keyOf(tag);
  return add ? tag.insertKey(key, a.recNo()) : tag.removeKey(key, a.recNo());
}
