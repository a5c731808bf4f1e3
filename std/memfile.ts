// SAVE TO / RESTORE FROM: Clipper's .mem files (__mvSave, __mvRestore and
// their old names __MSave, __MRestore). A file is a list of records: a
// 32-byte header (the name, at most 10 characters, zero padded; the type
// letter + 128 at offset 11; a width at 16 and decimals at 17) and the
// value: a string with its closing zero byte (its length + 1 in bytes 16-17),
// a little-endian double for numbers, dates (Julian day) and timestamps
// (Julian day with the time as a fraction), one byte for logicals. A
// Chr(26) byte ends the file. Variables are saved in descending name order.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbRef, HbTimestamp, type HbObject, type Value } from '../runtime/values/types.js';
import { mkNum, numDec, numLen } from '../runtime/values/number.js';
import { MS_PER_DAY } from '../runtime/values/timestamp.js';
import { argErrorNoSubst, fileError, inNative, launch } from '../runtime/errors/launch.js';
import {
  FO_CREAT, FO_READ, FO_READWRITE, FO_TRUNC, fsClose, fsCommit, fsFileExists, fsOpen, fsRead, fsWrite, lastError,
} from './files-os.js';
import { extName } from './files-name.js';
import { maskArg, wildMatch } from './memvars.js';
import { mvSet } from '../runtime/vm/variables.js';
import type { StdModule } from './registry.js';

const REC_LEN = 32;
const SET_HARDCOMMIT = 106;
const SET_DEFEXTENSIONS = 109;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

/** The record of one variable, or null for a type a .mem file cannot hold. */
function record(name: string, v: Value): Buffer | null {
  const head = Buffer.alloc(REC_LEN);
  head.write(name.slice(0, 10), 0, 'latin1');
  if (typeof v === 'string') {
    const over = v.length + 1 > 0xffff;
    const len = over ? 0xffff : v.length + 1;
    head[11] = 0x43 + 128;
    head.writeUInt16LE(len, 16);
    const body = Buffer.from((over ? v.slice(0, 0xfffe) : v) + '\0', 'latin1');
    return Buffer.concat([head, body]);
  }
  const num = Buffer.alloc(8);
  if (typeof v === 'number' || v instanceof HbNum) {
    const dec = numDec(v);
    head[11] = 0x4e + 128;
    head[16] = (numLen(v) + (dec === 0 ? 0 : dec + 1)) & 0xff;
    head[17] = dec & 0xff;
    num.writeDoubleLE(typeof v === 'number' ? v : v.n);
    return Buffer.concat([head, num]);
  }
  if (v instanceof HbDate || v instanceof HbTimestamp) {
    head[11] = (v instanceof HbDate ? 0x44 : 0x54) + 128;
    head[16] = 1;
    num.writeDoubleLE(v instanceof HbDate ? v.jd : v.jd + v.ms / MS_PER_DAY);
    return Buffer.concat([head, num]);
  }
  if (typeof v === 'boolean') {
    head[11] = 0x4c + 128;
    head[16] = 1;
    return Buffer.concat([head, Buffer.from([v ? 1 : 0])]);
  }
  return null;
}

/** Open a .mem file, retrying while the error handler asks; -1 when it defaults. */
function openMem(ctx: Thread, fn: string, name: string, create: boolean): number {
  const defExt = ctx.sets.get(SET_DEFEXTENSIONS) !== false ? '.mem' : undefined;
  const path = extName(ctx, name, defExt, true, create, (p) => fsFileExists(ctx, p));
  let err: HbObject | null = null;
  return inNative(ctx, fn, () => {
    for (;;) {
      const h = fsOpen(ctx, path, create ? FO_READWRITE | FO_CREAT | FO_TRUNC : FO_READ);
      if (h >= 0) return h;
      err = fileError(ctx, err, 'BASE', create ? 20 : 21, create ? 2006 : 2005, name, lastError(ctx));
      if (!launch(ctx, err)) return -1;
    }
  });
}

function save(ctx: Thread, fn: string, args: Value[]): Value {
  const [file, mask, include] = args.map(deref);
  if (args.length !== 3 || typeof file !== 'string' || typeof mask !== 'string' || typeof include !== 'boolean') {
    argErrorNoSubst(ctx, fn, 2008, args.map(deref));
    return undefined;
  }
  const h = openMem(ctx, fn, file, true);
  if (h < 0) return undefined;
  const m = maskArg(mask);
  const syms = ctx.vm.syms;
  const cells = ctx.memvars.cells;
  const names: Array<[string, Value]> = [];
  for (let id = 0; id < cells.length; id++) {
    const c = cells[id];
    if (c === undefined) continue;
    const name = syms.varById(id).name;
    if (wildMatch(name, m) === include) names.push([name, c.v]);
  }
  names.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  const parts: Buffer[] = [];
  for (const [name, v] of names) {
    const r = record(name, v);
    if (r !== null) parts.push(r);
  }
  parts.push(Buffer.from([0x1a]));
  fsWrite(ctx, h, Buffer.concat(parts));
  if (ctx.sets.get(SET_HARDCOMMIT) !== false) fsCommit(ctx, h);
  fsClose(ctx, h);
  return undefined;
}

function restore(ctx: Thread, fn: string, args: Value[]): Value {
  const [file, additive, mask, include] = args.map(deref);
  if (typeof file !== 'string' || typeof additive !== 'boolean') {
    argErrorNoSubst(ctx, fn, 2007, args.map(deref));
    return undefined;
  }
  if (!additive) ctx.vm.syms.func('__MVCLEAR').fn(ctx);
  const h = openMem(ctx, fn, file, false);
  if (h < 0) return false;
  const m = maskArg(mask);
  const inc = typeof include === 'boolean' ? include : true;
  let last: Value = undefined;
  for (;;) {
    const head = fsRead(ctx, h, REC_LEN);
    if (head === null || head.length !== REC_LEN) break;
    const type = head[11] & 0x7f;
    let width = head[16];
    const dec = head[17];
    const zero = head.indexOf(0);
    const name = head.toString('latin1', 0, zero >= 0 && zero < 10 ? zero : 10);
    let v: Value;
    let ok = true;
    if (type === 0x43) {
      width += dec * 256;
      const body = fsRead(ctx, h, width);
      if (body !== null && body.length === width) v = body.toString('latin1', 0, Math.max(0, width - 1));
      else ok = false;
    } else if (type === 0x4e || type === 0x44 || type === 0x54) {
      const body = fsRead(ctx, h, 8);
      if (body === null || body.length !== 8) {
        ok = false;
      } else {
        const d = body.readDoubleLE(0);
        if (type === 0x4e) v = mkNum(d, width - (dec ? dec + 1 : 0), dec);
        else if (type === 0x44) v = new HbDate(Math.trunc(d));
        else {
          const jd = Math.floor(d);
          v = new HbTimestamp(jd, Math.round((d - jd) * MS_PER_DAY));
        }
      }
    } else if (type === 0x4c) {
      const body = fsRead(ctx, h, 1);
      if (body !== null && body.length === 1) v = body[0] !== 0;
      else ok = false;
    } else {
      ok = false;
    }
    if (!ok) continue;
    last = v;
    if (name === '') continue;
    if (wildMatch(name, m) === inc) mvSet(ctx, ctx.vm.syms.variable(name), v);
  }
  fsClose(ctx, h);
  return last;
}

export const functions: StdModule = {
  __MVSAVE(ctx, ...args) {
    return save(ctx, '__MVSAVE', args);
  },
  __MSAVE(ctx, ...args) {
    return save(ctx, '__MSAVE', args);
  },
  __MVRESTORE(ctx, ...args) {
    return restore(ctx, '__MVRESTORE', args);
  },
  __MRESTORE(ctx, ...args) {
    return restore(ctx, '__MRESTORE', args);
  },
};
