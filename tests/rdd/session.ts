// The database tests run PRG expressions in a VM with the runtime library
// loaded, on copies of data files in a scratch directory. An error raised
// by the runtime is carried out as an exception naming its code and text.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VM } from '../../runtime/vm/vm.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { registerStd } from '../../std/registry.js';
import { compileMacro } from '../../runtime/vm/macro.js';
import type { HbObject, Value } from '../../runtime/values/types.js';
import { E_DESCRIPTION, E_GENCODE, E_OPERATION, E_SUBCODE, E_SUBSYSTEM } from '../../runtime/errors/error.js';

/** tests/fixtures/harbour of the source tree (the tests also run compiled, from dist/tests). */
export const FIXTURES = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const f = path.join(dir, 'tests', 'fixtures', 'harbour');
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('tests/fixtures/harbour not found');
    dir = up;
  }
})();

/** A runtime error, as "SUBSYSTEM/code sub description (operation)". */
export class RuntimeError extends Error {
  constructor(readonly err: HbObject) {
    const v = err.vars;
    super(`${String(v[E_SUBSYSTEM])}/${String(v[E_GENCODE])} ${String(v[E_SUBCODE])} ${String(v[E_DESCRIPTION])} (${String(v[E_OPERATION])})`);
  }
}

export class Session {
  readonly ctx: Thread;
  readonly dir: string;

  /** A fresh VM and an empty scratch directory holding copies of `files` (names in tests/fixtures/harbour). */
  constructor(files: string[] = []) {
    const vm = new VM();
    registerStd(vm);
    this.ctx = vm.main;
    this.ctx.errorBlock = (_ctx: Thread, err: Value) => {
      throw new RuntimeError(err as HbObject);
    };
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hbts-rdd-'));
    for (const f of files) {
      const to = path.join(this.dir, f);
      fs.copyFileSync(path.join(FIXTURES, f), to);
      fs.chmodSync(to, 0o644);
    }
  }

  /** The full path of `name` in the scratch directory, as a PRG string literal. */
  file(name: string): string {
    return '"' + path.join(this.dir, name) + '"';
  }

  /** The value of a PRG expression. */
  ev(expr: string): Value {
    const sp = this.ctx.sp;
    const fn = compileMacro(this.ctx, expr);
    if (fn === null) throw new Error('does not compile: ' + expr);
    try {
      return fn(this.ctx);
    } catch (e) {
      this.ctx.unwind(sp);
      throw e;
    }
  }

  /** Evaluate expressions in turn (statements written as function calls). */
  run(...exprs: string[]): void {
    for (const e of exprs) this.ev(e);
  }

  /** The bytes of a file in the scratch directory. */
  bytes(name: string): Buffer {
    return fs.readFileSync(path.join(this.dir, name));
  }

  /** Close every table and remove the scratch directory. */
  close(): void {
    this.ev('dbCloseAll()');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
