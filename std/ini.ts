// INI files as hashes: hb_IniNew, hb_IniRead, hb_IniReadStr, hb_IniWrite,
// hb_IniWriteStr, hb_IniSetComment.
//
// A read gives a hash of sections (each a hash of key => value strings);
// keys met before any section go to the "MAIN" section, or to the top level
// when lAutoMain is off. Reading works line by line: each line is trimmed,
// a line ending in " ||" continues on the next, the comment patterns and
// the splitters are regular expressions (searched anywhere on the line, as
// are "include FILE" and "[section]"), and a section met again starts over
// empty. Without lKeyCaseSens keys and section names are upper-cased and
// the top-level hash ignores case. Writing gives "key=value" lines, each
// value through hb_CStr(), the sections after the top-level ones.

import type { Thread } from '../runtime/vm/thread.js';
import type { VM } from '../runtime/vm/vm.js';
import { HASH_BINARY, HASH_IGNORECASE, HbHash, type Value } from '../runtime/values/types.js';
import { hashFind, hashSet, hashSetFlags } from '../runtime/hash.js';
import { currentCodepage } from '../runtime/cdp/registry.js';
import { inNative } from '../runtime/errors/launch.js';
import { exactEq } from '../runtime/values/compare.js';
import { functions as regex } from './regex.js';
import { functions as tokens } from './str-tokens.js';
import { functions as hashes } from './hashes.js';
import { functions as files } from './files.js';
import { functions as filesName } from './files-name.js';
import { cStr } from './valtoexp.js';
import { ltrim, rtrim } from './str-pad.js';
import { deref, isNum, numVal } from './param.js';
import type { StdModule } from './registry.js';

/** The comment markers hb_IniSetComment() sets: whole-line and rest-of-line (shared by all threads). */
interface Comments {
  line: string;
  half: string;
}

const comments = new WeakMap<VM, Comments>();

function commentsOf(vm: VM): Comments {
  let c = comments.get(vm);
  if (c === undefined) {
    c = { line: ';', half: '#' };
    comments.set(vm, c);
  }
  return c;
}

const allTrim = (s: string): string => ltrim(rtrim(s));

/** Empty() of a string: nothing but blanks, tabs, CRs and LFs. */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

function newSection(): HbHash {
  return new HbHash();
}

/** The value of hash `h` at `key` (undefined when absent). */
function get(h: HbHash, key: string): Value {
  const i = hashFind(h, key);
  return i >= 0 ? h.values[i] : undefined;
}

/** The first readable file of a path list, its bytes; '' when there is none. */
function readFirstFile(ctx: Thread, spec: string): string {
  const list = tokens.HB_ATOKENS(ctx, spec, filesName.HB_OSPATHLISTSEPARATOR(ctx)) as string[];
  const names = list.length > 0 ? list : [spec];
  let h = -1;
  for (const name of names) {
    if (blank(name) || files.HB_FILEEXISTS(ctx, name) !== true) continue;
    h = files.FOPEN(ctx, name) as number;
    if (h !== -1) break;
  }
  if (h === -1) return '';
  const size = files.FSEEK(ctx, h, 0, 2) as number;
  files.FSEEK(ctx, h, 0, 0);
  const data = files.HB_FREADLEN(ctx, h, size) as string;
  files.FCLOSE(ctx, h);
  return data;
}

interface ReadOptions {
  caseSens: boolean;
  splitters: string;
  autoMain: boolean;
}

/** Parse INI text `data` into `ini` (hb_iniReadStr's loop; `include` recurses). */
function parseInto(ctx: Thread, ini: HbHash, data: string, opt: ReadOptions): void {
  const c = commentsOf(ctx.vm);
  const reComment = regex.HB_REGEXCOMP(ctx, c.half + '|^[ \t]*' + c.line);
  const reInclude = regex.HB_REGEXCOMP(ctx, 'include (.*)');
  const reSection = regex.HB_REGEXCOMP(ctx, '[[](.*)[]]');
  const reSplit = regex.HB_REGEXCOMP(ctx, opt.splitters);
  const cp = currentCodepage(ctx);

  let section: HbHash = opt.autoMain ? (get(ini, 'MAIN') as HbHash) : ini;
  const lines = tokens.HB_ATOKENS(ctx, data, true) as string[];
  let line = '';
  for (let n = 0; n < lines.length; n++) {
    line += allTrim(lines[n]);
    if (line.endsWith(' ||')) {
      line = line.slice(0, -2);
      if (n < lines.length - 1) continue;
    }
    if (blank(line)) continue;

    const parts = regex.HB_REGEXSPLIT(ctx, reComment, line);
    if (Array.isArray(parts) && parts.length > 0) {
      line = allTrim(parts[0] as string);
      if (blank(line)) continue;
    }

    let m = regex.HB_REGEX(ctx, reInclude, line);
    if (Array.isArray(m) && m.length > 0) {
      const name = allTrim(m[1] as string);
      if (name.length === 0) continue;
      parseInto(ctx, ini, readFirstFile(ctx, name), opt);
    } else if (Array.isArray((m = regex.HB_REGEX(ctx, reSection, line))) && m.length > 0) {
      let name = allTrim(m[1] as string);
      if (name.length !== 0) {
        section = newSection();
        if (!opt.caseSens) name = cp.upperStr(name);
        hashSet(ini, name, section);
      }
    } else {
      const kv = regex.HB_REGEXSPLIT(ctx, reSplit, line, undefined, undefined, 1);
      if (Array.isArray(kv) && kv.length !== 1) {
        let key = kv[0] as string;
        if (!opt.caseSens) key = cp.upperStr(key);
        hashSet(section, allTrim(key), allTrim(kv[1] as string));
      }
    }
    line = '';
  }
}

function readStr(ctx: Thread, data: Value, caseSens: Value, splitters: Value, autoMain: Value): HbHash {
  const opt: ReadOptions = {
    caseSens: typeof caseSens === 'boolean' ? caseSens : true,
    splitters: typeof splitters === 'string' ? splitters : '=',
    autoMain: typeof autoMain === 'boolean' ? autoMain : true,
  };
  const ini = new HbHash();
  if (!opt.caseSens) hashSetFlags(ini, (ini.flags & ~HASH_BINARY) | HASH_IGNORECASE);
  if (opt.autoMain) hashSet(ini, 'MAIN', newSection());
  parseInto(ctx, ini, typeof data === 'string' ? data : '', opt);
  return ini;
}

/** Append "key=value" lines of hash `h` (hb_HEval() over it: an error when it is not a hash). */
function appendPairs(ctx: Thread, out: string[], h: Value, eol: string, skipHashes: boolean): void {
  if (!(h instanceof HbHash)) {
    hashes.HB_HEVAL(ctx, h, () => undefined);
    return;
  }
  for (let i = 0; i < h.keys.length; i++) {
    const v = h.values[i];
    if (skipHashes && v instanceof HbHash) continue;
    out.push(cStr(ctx, h.keys[i]), '=', cStr(ctx, v), eol);
  }
}

function writeStr(ctx: Thread, ini: Value, begin: Value, end: Value, autoMainArg: Value): Value {
  if (!(ini instanceof HbHash)) return undefined;
  return inNative(ctx, 'HB_INIWRITESTR', () => {
    const eol = ctx.vm.eol;
    const out: string[] = [];
    if (typeof begin === 'string' && !blank(begin)) out.push(begin, eol);
    const autoMain = (typeof autoMainArg === 'boolean' ? autoMainArg : true) && hashFind(ini, 'MAIN') >= 0;
    if (autoMain) appendPairs(ctx, out, get(ini, 'MAIN'), eol, false);
    else appendPairs(ctx, out, ini, eol, true);
    for (let i = 0; i < ini.keys.length; i++) {
      const key = ini.keys[i];
      const v = ini.values[i];
      if (autoMain ? exactEq(ctx, key, 'MAIN') : !(v instanceof HbHash)) continue;
      out.push(eol, '[', cStr(ctx, key), ']', eol);
      appendPairs(ctx, out, v, eol, false);
    }
    if (typeof end === 'string' && !blank(end)) out.push(end, eol);
    const text = out.join('');
    return blank(text) ? undefined : text;
  });
}

export const functions: StdModule = {
  HB_INISETCOMMENT(ctx, line, half) {
    const c = commentsOf(ctx.vm);
    line = deref(line);
    half = deref(half);
    if (typeof line === 'string') c.line = line;
    if (typeof half === 'string') c.half = half;
    return undefined;
  },
  HB_ININEW(_ctx, autoMain) {
    const ini = new HbHash();
    if (deref(autoMain) !== false) hashSet(ini, 'MAIN', newSection());
    return ini;
  },
  HB_INIREAD(ctx, spec, caseSens, splitters, autoMain) {
    spec = deref(spec);
    const data = inNative(ctx, 'HB_INIREAD', () => (typeof spec === 'string' ? readFirstFile(ctx, spec) : ''));
    return readStr(ctx, data, deref(caseSens), deref(splitters), deref(autoMain));
  },
  HB_INIREADSTR(ctx, data, caseSens, splitters, autoMain) {
    return readStr(ctx, deref(data), deref(caseSens), deref(splitters), deref(autoMain));
  },
  HB_INIWRITESTR(ctx, ini, begin, end, autoMain) {
    return writeStr(ctx, deref(ini), deref(begin), deref(end), deref(autoMain));
  },
  HB_INIWRITE(ctx, target, ini, begin, end, autoMain) {
    return inNative(ctx, 'HB_INIWRITE', () => {
      const text = writeStr(ctx, deref(ini), deref(begin), deref(end), deref(autoMain));
      if (typeof text !== 'string') return false;
      const t = deref(target);
      let h: number;
      let close: boolean;
      if (typeof t === 'string') {
        h = files.FCREATE(ctx, t) as number;
        close = true;
      } else if (isNum(t)) {
        h = numVal(t);
        close = false;
      } else {
        return false;
      }
      if (h === -1) return false;
      const written = files.FWRITE(ctx, h, text);
      if (close) files.FCLOSE(ctx, h);
      return written === text.length;
    });
  },
};
