// The file commands of std.ch built on the console: DIR (__Dir), TYPE
// (__TypeFile) and TEXT TO FILE / TO PRINTER (__TextSave, __TextRestore).

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbObject, HbRef, type Value } from '../runtime/values/types.js';
import { evalItem } from '../runtime/errors/launch.js';
import { E_ARGS } from '../runtime/errors/error.js';
import { numToStr } from '../runtime/values/numfmt.js';
import { FO_READWRITE, FS_END, fsClose, fsFileExists, fsOpen, fsRead, fsSeek, ioErrors } from './files-os.js';
import { fnameMerge, fnameSplit, setDefault } from './files-name.js';
import { directory } from './files-dir.js';
import { langItem, LANG_NATMSG } from '../runtime/lang.js';
import type { StdModule } from './registry.js';

const SET_PATH = 6;
const SET_DEVICE = 20;
const SET_EXTRA = 21;
const SET_EXTRAFILE = 22;
const SET_PRINTER = 23;
const SET_TRIMFILENAME = 111;
const TYPE_CHUNK = 8192;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const fn = (ctx: Thread, name: string, ...args: Value[]): Value => ctx.vm.syms.func(name).fn(ctx, ...args);
const padR = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));

/** A .dbf file's record count and last update date from its header. */
function dbfInfo(ctx: Thread, name: string): [number, HbDate] {
  const h = fsOpen(ctx, name, 0);
  let count = 0;
  let updated = new HbDate(0);
  if (h >= 0) {
    const head = fsRead(ctx, h, 8);
    if (head !== null && head.length === 8 && [0x03, 0x06, 0x30, 0x31, 0x83, 0x86, 0xe5, 0xe6, 0xf5, 0xf6].includes(head[0])) {
      count = head.readInt32LE(4);
      updated = fn(ctx, 'HB_DATE', head[1] + 1900, head[2], head[3]) as HbDate;
    }
    fsClose(ctx, h);
  }
  return [count, updated];
}

function dir(ctx: Thread, mask: Value): void {
  const empty = typeof mask !== 'string' || /^[ \t\r\n]*$/.test(mask);
  if (empty) {
    fn(ctx, 'QOUT', langItem(LANG_NATMSG));
    for (const e of directory(ctx, fnameMerge({ path: setDefault(ctx), name: '*', ext: '.dbf' }, ctx), undefined, false)) {
      const [count, updated] = dbfInfo(ctx, e[0] as string);
      fn(ctx, 'QOUT', padR(e[0] as string, 15) + numToStr(count, 12) + '    ' + (fn(ctx, 'DTOC', updated) as string) +
        numToStr(e[1] as number, 12));
    }
  } else {
    const m = ctx.sets.get(SET_TRIMFILENAME) === true ? (mask as string).trim() : (mask as string);
    const f = fnameSplit(m, ctx);
    if (f.path === undefined || f.path === '') f.path = setDefault(ctx);
    for (const e of directory(ctx, fnameMerge(f, ctx), undefined, false)) {
      const parts = fnameSplit(e[0] as string, ctx);
      fn(ctx, 'QOUT', padR(parts.name ?? '', 8), padR((parts.ext ?? '').slice(1), 3), numToStr(e[1] as number, 8), '', e[2]);
    }
  }
  fn(ctx, 'QOUT');
}

/** The first of SET DEFAULT and SET PATH that has the file (for a name without a path). */
function typeFileName(ctx: Thread, file: string): string {
  const f = fnameSplit(file, ctx);
  if (f.path !== undefined && f.path !== '') return file;
  const path = ctx.sets.get(SET_PATH);
  let list = (setDefault(ctx) + ';' + (typeof path === 'string' ? path : '')).replace(/,/g, ';');
  list = list.replace(/;+$/, '');
  for (const p of list.split(';')) {
    const candidate = fnameMerge({ path: p, name: f.name, ext: f.ext }, ctx);
    if (fsFileExists(ctx, candidate)) return candidate;
  }
  return file;
}

function typeFile(ctx: Thread, file: Value, print: Value): void {
  if (typeof file !== 'string') {
    // Harbour hands this error to the error block itself and goes on
    const e = fn(ctx, 'ERRORNEW') as HbObject;
    const send = (m: string, v: Value) => ctx.vm.message(m).send(ctx, e, v);
    send('_SEVERITY', 2);
    send('_GENCODE', 1);
    send('_SUBSYSTEM', 'BASE');
    send('_SUBCODE', 2009);
    send('_DESCRIPTION', '__TYPEFILE');
    e.vars[E_ARGS] = undefined;
    evalItem(ctx, ctx.errorBlock, [e]);
    fn(ctx, 'FOPEN', file);
    return;
  }
  const name = typeFileName(ctx, file);
  let h = fsOpen(ctx, name, FO_READWRITE);
  let tries = 0;
  while (h < 0) {
    const e = fn(ctx, 'ERRORNEW') as HbObject;
    const send = (m: string, v: Value) => ctx.vm.message(m).send(ctx, e, v);
    send('_SEVERITY', 2);
    send('_GENCODE', 21);
    send('_SUBSYSTEM', 'BASE');
    send('_SUBCODE', 2011);
    send('_CANDEFAULT', true);
    send('_CANRETRY', true);
    send('_FILENAME', name);
    send('_OSCODE', ioErrors(ctx).last);
    send('_TRIES', ++tries);
    const r = evalItem(ctx, ctx.errorBlock, [e]);
    if (r === false) return;
    h = fsOpen(ctx, name, FO_READWRITE);
  }
  ioErrors(ctx).fError = 0;
  const saved: Value[] = [];
  if (print === true) {
    saved.push(fn(ctx, 'SET', SET_DEVICE, 'PRINTER'), fn(ctx, 'SET', SET_PRINTER, true));
  }
  const size = fsSeek(ctx, h, 0, FS_END);
  fsSeek(ctx, h, 0, 0);
  fn(ctx, 'QOUT');
  let left = size;
  while (left > 0) {
    const data = fsRead(ctx, h, Math.min(left, TYPE_CHUNK));
    if (data === null || data.length === 0) break;
    left -= data.length;
    fn(ctx, 'QQOUT', data.toString('latin1'));
  }
  fsClose(ctx, h);
  if (print === true) {
    fn(ctx, 'SET', SET_DEVICE, saved[0]);
    fn(ctx, 'SET', SET_PRINTER, saved[1]);
  }
}

const TEXT = Symbol('TextSave');

interface TextState {
  file: Value;
  printer: Value;
  extra: Value;
  extraFile: Value;
}

export const functions: StdModule = {
  __DIR(ctx, mask) {
    dir(ctx, deref(mask));
    return undefined;
  },
  __TYPEFILE(ctx, file, print) {
    typeFile(ctx, deref(file), deref(print) === true);
    return undefined;
  },
  __TEXTSAVE(ctx, file) {
    const st = ctx.slot<TextState>(TEXT, () => ({ file: undefined, printer: undefined, extra: undefined, extraFile: undefined }));
    st.file = deref(file);
    if (st.file === 'PRINTER') {
      st.printer = fn(ctx, 'SET', SET_PRINTER, true);
    } else {
      st.extra = fn(ctx, 'SET', SET_EXTRA, true);
      st.extraFile = fn(ctx, 'SET', SET_EXTRAFILE, st.file);
    }
    return undefined;
  },
  __TEXTRESTORE(ctx) {
    const st = ctx.slot<TextState>(TEXT, () => ({ file: undefined, printer: undefined, extra: undefined, extraFile: undefined }));
    if (st.file === 'PRINTER') {
      fn(ctx, 'SET', SET_PRINTER, st.printer);
    } else {
      fn(ctx, 'SET', SET_EXTRAFILE, st.extraFile);
      fn(ctx, 'SET', SET_EXTRA, st.extra);
    }
    return undefined;
  },
};
