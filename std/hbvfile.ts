// hb_mvSave() / hb_mvRestore(): memvars in Harbour's own .hbv files. A file
// is the signature 0xC0 "HBV" with the version 1 as a little-endian word,
// then hb_Serialize() of an array of { cName, xValue } pairs: the PUBLIC
// variables in descending name order (as Harbour's symbol table lists
// them), then the PRIVATE ones oldest first, each of type
// C, N, D, T or L, whose name the mask (hb_WildMatchI) takes or leaves out.

import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbRef, HbTimestamp, type HbObject, type Value } from '../runtime/values/types.js';
import { argErrorNoSubst, fileError, inNative, launch } from '../runtime/errors/launch.js';
import { FO_CREAT, FO_EXCLUSIVE, FO_READ, FO_READWRITE, FO_TRUNC, fsClose, fsOpen, fsRead, fsWrite, lastError } from './files-os.js';
import { fnameMerge, fnameSplit } from './files-name.js';
import { wildMatch } from './memvars.js';
import { deserialize, serialize } from './serialize.js';
import { mvSet } from '../runtime/vm/variables.js';
import type { StdModule } from './registry.js';

const SIGNATURE = '\xc0HBV\x01\x00';
const SET_DEFEXTENSIONS = 109;
const EG_OPEN = 21;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);

/** The file's name: ".hbv" added to a name without an extension, under SET DEFEXTENSIONS. */
function fileName(ctx: Thread, name: string): string {
  if (ctx.sets.get(SET_DEFEXTENSIONS) === false) return name;
  const f = fnameSplit(name, ctx);
  if (f.ext === undefined) f.ext = '.hbv';
  return fnameMerge(f, ctx);
}

/** Open the file, asking the error handler while it wants retries; -1 when it does not. */
function open(ctx: Thread, path: string, create: boolean): number {
  let err: HbObject | null = null;
  for (;;) {
    const h = fsOpen(ctx, path, create ? FO_CREAT | FO_TRUNC | FO_READWRITE | FO_EXCLUSIVE : FO_READ);
    if (h >= 0) return h;
    err = fileError(ctx, err, 'BASE', EG_OPEN, create ? 2006 : 2005, path, lastError(ctx));
    if (!launch(ctx, err)) return -1;
  }
}

/** A value a .hbv file keeps: a string, number, date, timestamp or logical. */
function savable(v: Value): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof HbNum
    || v instanceof HbDate || v instanceof HbTimestamp;
}

/** Whether a name is one the mask selects (the mask names the variables to keep, or with `include` false to leave out). */
function selected(name: string, mask: string, include: boolean): boolean {
  return wildMatch(name, mask) === include;
}

function maskOf(v: Value): string {
  return typeof v !== 'string' || v === '' || v.startsWith('*') ? '*' : v;
}

function save(ctx: Thread, file: string, mask: string, include: boolean): void {
  const pairs: Value[] = [];
  const mv = ctx.memvars;
  const syms = ctx.vm.syms;
  const publics: Array<[string, Value]> = [];
  for (let id = 0; id < mv.cells.length; id++) {
    const c = mv.cells[id];
    if (c !== undefined && c.isPublic) publics.push([syms.varById(id).name, c.v]);
  }
  publics.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  // a PRIVATE shows the value its name has now, also one a newer PRIVATE hides
  const privates = mv.privates().map((p): [string, Value] => [syms.varById(p.id).name, mv.cells[p.id]?.v]);
  for (const [name, v] of [...publics, ...privates]) {
    if (savable(v) && selected(name, mask, include)) pairs.push([name, v]);
  }
  const h = open(ctx, file, true);
  if (h < 0) return;
  fsWrite(ctx, h, Buffer.from(SIGNATURE + serialize(pairs, 0, null), 'latin1'));
  fsClose(ctx, h);
}

function restore(ctx: Thread, file: string, mask: string, include: boolean): Value {
  const h = open(ctx, file, false);
  if (h < 0) return false;
  const head = fsRead(ctx, h, SIGNATURE.length);
  if (head === null || head.toString('latin1') !== SIGNATURE) {
    fsClose(ctx, h);
    return undefined;
  }
  const parts: Buffer[] = [];
  for (let b = fsRead(ctx, h, 65536); b !== null && b.length > 0; b = fsRead(ctx, h, 65536)) parts.push(b);
  fsClose(ctx, h);
  const vars = deserialize(ctx, Buffer.concat(parts).toString('latin1'), null)?.value;
  if (!Array.isArray(vars)) return undefined;
  let first: Value = undefined;
  for (const item of vars) {
    if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string' || item[0].trim() === '') continue;
    const name = item[0];
    if (!selected(name, mask, include)) continue;
    if (first === undefined) first = item[1];
    mvSet(ctx, ctx.vm.syms.variable(name.toUpperCase()), item[1]);
  }
  return first;
}

export const functions: StdModule = {
  HB_MVSAVE(ctx, ...args) {
    const [file, mask, include] = args.map(deref);
    if (typeof file !== 'string') {
      argErrorNoSubst(ctx, 'HB_MVSAVE', 2008, args.map(deref));
      return undefined;
    }
    inNative(ctx, 'HB_MVSAVE', () => save(ctx, fileName(ctx, file), maskOf(mask), include !== false));
    return undefined;
  },
  HB_MVRESTORE(ctx, ...args) {
    const [file, additive, mask, include] = args.map(deref);
    if (typeof file !== 'string') {
      argErrorNoSubst(ctx, 'HB_MVRESTORE', 2007, args.map(deref));
      return undefined;
    }
    if (additive === false) ctx.vm.syms.func('__MVCLEAR').fn(ctx);
    return inNative(ctx, 'HB_MVRESTORE', () => restore(ctx, fileName(ctx, file), maskOf(mask), include !== false));
  },
};
