// Running out of memory ends the program as Harbour's allocator failure
// does: unrecoverable error 9006 with the call stack on stderr, exit code
// 1. Expected texts were recorded from Harbour 3.2 (Array( 2^31 ),
// ASize( {}, 2^40 ), PadR( "a", 2^35 ) and Replicate( "123", 2^40 ) each
// end that way there). A
// string that outgrows memory by concatenation is 9009 in Harbour (its
// buffer is reallocated); the engine does not say which, so hbts reports
// every allocation it is refused as 9006.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Value } from '../../runtime/values/types.js';
import { setInternalExit } from '../../runtime/errors/internal.js';
import { isAllocationFailure } from '../../runtime/errors/memory.js';
import { Caught, call, capture, inTempDir, newCtx } from '../std/rtl-helpers.js';
import { E_GENCODE, E_SUBCODE } from '../../runtime/errors/error.js';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
const cli = join(root, 'dist', 'runtime', 'launch.cjs');

const XGRAB = '\nUnrecoverable error 9006: hb_xgrab can\'t allocate memory\n';

/** What calling `fn` with `args` writes to stderr, and the exit code it ends with. */
function unrecoverable(fn: string, ...args: unknown[]): { err: string; exit: number } {
  const ctx = newCtx();
  let exit = -1;
  setInternalExit((code) => {
    exit = code;
    throw new Error('exit');
  });
  try {
    let err = '';
    inTempDir(() => {
      err = capture(ctx, () => assert.throws(() => call(ctx, fn, ...(args as never[])), /exit/)).err;
    });
    return { err, exit };
  } finally {
    setInternalExit((code) => process.exit(code));
  }
}

test('an array too large for memory is error 9006 from Array() or ASize()', () => {
  assert.deepEqual(unrecoverable('ARRAY', 2 ** 31), { err: XGRAB + 'Called from ARRAY(0)\n', exit: 1 });
  assert.deepEqual(unrecoverable('ARRAY', 2 ** 20, 2 ** 20), { err: XGRAB + 'Called from ARRAY(0)\n', exit: 1 });
  assert.deepEqual(unrecoverable('ASIZE', [], 2 ** 40), { err: XGRAB + 'Called from ASIZE(0)\n', exit: 1 });
});

test('arrays that fit are made as before', () => {
  const ctx = newCtx();
  assert.equal((call(ctx, 'ARRAY', 2 ** 20) as unknown[]).length, 2 ** 20);
  const a: Value[] = [];
  call(ctx, 'ASIZE', a, 2 ** 21);
  assert.equal(a.length, 2 ** 21);
});

test('a padded string longer than the engine can make is error 9006 from the Pad function', () => {
  assert.deepEqual(unrecoverable('PADR', 'a', 2 ** 35), { err: XGRAB + 'Called from PADR(0)\n', exit: 1 });
  assert.deepEqual(unrecoverable('HB_BPADC', 'a', 2 ** 35), { err: XGRAB + 'Called from HB_BPADC(0)\n', exit: 1 });
});

test('Space() and Replicate() past the longest string are error 9006; Replicate() past 2^64 bytes is String overflow', () => {
  assert.deepEqual(unrecoverable('SPACE', 2 ** 33), { err: XGRAB + 'Called from SPACE(0)\n', exit: 1 });
  assert.deepEqual(unrecoverable('REPLICATE', 'ab', 2 ** 29), { err: XGRAB + 'Called from REPLICATE(0)\n', exit: 1 });
  const ctx = newCtx();
  assert.throws(() => call(ctx, 'REPLICATE', 'ab', 2 ** 64), (e: unknown) => e instanceof Caught &&
    e.err.vars[E_SUBCODE] === 1234 && e.err.vars[E_GENCODE] === 3);
});

test('only the engine refusing an allocation counts as running out of memory', () => {
  assert.throws(() => 'x'.repeat(2 ** 30), (e) => isAllocationFailure(e));
  assert.throws(() => new Array(-1), (e) => isAllocationFailure(e));
  assert.throws(() => (1).toFixed(200), (e) => !isAllocationFailure(e));
  assert.equal(isAllocationFailure(new TypeError('Invalid string length')), false);
});

test('a string that outgrows the engine in compiled code ends the program with 9006 and its call stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-mem-'));
  try {
    writeFileSync(join(dir, 'grow.prg'), [
      'PROCEDURE Main()',
      '   LOCAL c := "x"',
      '   ? "start"',
      '   Grow( @c )',
      '   ? "not reached"',
      'STATIC PROCEDURE Grow( c )',
      '   DO WHILE .T.',
      '      c += c',
      '   ENDDO',
      '',
    ].join('\n'));
    const r = spawnSync(process.execPath, [cli, 'grow.prg'], { cwd: dir, encoding: 'latin1' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '\nstart');
    assert.equal(r.stderr, XGRAB + 'Called from GROW(8) in grow.prg\nCalled from MAIN(4) in grow.prg\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
