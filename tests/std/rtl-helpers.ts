// Shared by the tests of the files, memvars, environment, console and error
// functions: a thread with the whole runtime library registered and an
// error block that throws the error object, calls by PRG name, the error
// object's fields, and the console output a call produces.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VM } from '../../runtime/vm/vm.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { HbObject, HbRef, type Value } from '../../runtime/values/types.js';
import {
  E_ARGS, E_DESCRIPTION, E_FILENAME, E_FLAGS, E_GENCODE, E_OPERATION, E_OSCODE, E_SUBCODE, E_SUBSYSTEM, E_TRIES,
  EF_CANDEFAULT, EF_CANRETRY, EF_CANSUBSTITUTE,
} from '../../runtime/errors/error.js';
import { registerStd } from '../../std/registry.js';
import { Caught } from '../values/helpers.js';

export { Caught };

/** A thread of a VM with the runtime library, whose error block throws the error (BEGIN SEQUENCE WITH Break). */
export function newCtx(): Thread {
  const vm = new VM();
  registerStd(vm);
  const ctx = vm.main;
  ctx.errorBlock = (_ctx: Thread, err: Value) => {
    throw new Caught(err as HbObject);
  };
  return ctx;
}

/** Call a runtime-library function by its PRG name (arguments may be references). */
export function call(ctx: Thread, name: string, ...args: Array<Value | HbRef>): Value {
  return ctx.vm.syms.func(name).fn(ctx, ...(args as Value[]));
}

/** A by-reference argument (@var) over a box. */
export function ref(box: { v: Value }): HbRef {
  return new HbRef(() => box.v, (v) => (box.v = v));
}

/** An error as "SUBSYS/subCode gen [description] op <file> os:n #:tries args FLAGS". */
export function errText(err: HbObject): string {
  const v = err.vars;
  const f = v[E_FLAGS] as number;
  const flags = (f & EF_CANRETRY ? 'R' : '') + (f & EF_CANDEFAULT ? 'D' : '') + (f & EF_CANSUBSTITUTE ? 'S' : '');
  const args = Array.isArray(v[E_ARGS]) ? JSON.stringify(v[E_ARGS]) : 'NIL';
  return `${v[E_SUBSYSTEM] as string}/${v[E_SUBCODE] as number} ${v[E_GENCODE] as number} [${v[E_DESCRIPTION] as string}] ` +
    `${v[E_OPERATION] as string} <${v[E_FILENAME] as string}> os:${v[E_OSCODE] as number} #:${(v[E_TRIES] as number | undefined) ?? 0} ${args} ${flags}`;
}

/** The error `f` raises, described with errText (or a failure if it raises none). */
export function raised(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof Caught) return errText(e.err);
    throw e;
  }
  return 'no error';
}

/** What `f` writes to standard output and standard error of `ctx`'s terminal. */
export function capture(ctx: Thread, f: () => void): { out: string; err: string } {
  type Writer = { write(s: string): void };
  const out = ctx.vm.console.stdout as unknown as Writer;
  const err = ctx.vm.console.stderr as unknown as Writer;
  const [w1, w2] = [out.write, err.write];
  const r = { out: '', err: '' };
  out.write = (s: string) => {
    r.out += s;
  };
  err.write = (s: string) => {
    r.err += s;
  };
  try {
    f();
  } finally {
    out.write = w1;
    err.write = w2;
  }
  return r;
}

/** What `f` writes to the terminal (standard output) of `ctx`. */
export function screen(ctx: Thread, f: () => void): string {
  return capture(ctx, f).out;
}

/** Run `f` in a fresh empty working directory, which is removed afterwards. */
export function inTempDir<T>(f: () => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-rtl-'));
  const old = process.cwd();
  process.chdir(dir);
  try {
    return f();
  } finally {
    process.chdir(old);
    rmSync(dir, { recursive: true, force: true });
  }
}
