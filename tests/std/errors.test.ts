// The error system: class ERROR's slots and assignment rules, the error
// launcher (substitution, retry, unrecoverable errors), ErrorBlock(),
// DosError(), __errRT_BASE(), Eval() and hb_ExecFromArray() errors.
// Expected values were recorded from Harbour 3.2.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HbObject, HbSymbol, type Value } from '../../runtime/values/types.js';
import { E_DESCRIPTION, E_SEVERITY, E_TRIES, EF_CANRETRY, EF_CANDEFAULT } from '../../runtime/errors/error.js';
import { launch, launchSubst, makeError, rtSubst } from '../../runtime/errors/launch.js';
import { setInternalExit } from '../../runtime/errors/internal.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { QuitSignal } from '../../runtime/vm/signals.js';
import { call, capture, inTempDir, newCtx, raised } from './rtl-helpers.js';

const send = (ctx: Thread, o: Value, msg: string, ...args: Value[]) => ctx.vm.message(msg).send(ctx, o, ...args);

test('ErrorNew() starts empty: zeros, empty strings, NIL args and cargo', () => {
  const ctx = newCtx();
  const e = call(ctx, 'ERRORNEW') as HbObject;
  assert.equal(send(ctx, e, 'CLASSNAME'), 'ERROR');
  assert.equal(e.vars.length, 12);
  for (const m of ['GENCODE', 'SUBCODE', 'OSCODE', 'SEVERITY', 'TRIES']) assert.equal(send(ctx, e, m), 0, m);
  for (const m of ['DESCRIPTION', 'FILENAME', 'OPERATION', 'SUBSYSTEM']) assert.equal(send(ctx, e, m), '', m);
  assert.equal(send(ctx, e, 'ARGS'), undefined);
  assert.equal(send(ctx, e, 'CARGO'), undefined);
  for (const m of ['CANRETRY', 'CANDEFAULT', 'CANSUBSTITUTE']) assert.equal(send(ctx, e, m), false, m);
});

test('assignments keep each slot\'s type and return what Harbour returns', () => {
  const ctx = newCtx();
  const e = call(ctx, 'ERRORNEW') as HbObject;
  assert.equal(send(ctx, e, '_DESCRIPTION', 'desc'), 'desc');
  assert.equal(send(ctx, e, '_DESCRIPTION', 12), 12);
  assert.equal(send(ctx, e, 'DESCRIPTION'), 'desc');
  assert.equal(send(ctx, e, '_CANRETRY', 1), undefined);
  assert.equal(send(ctx, e, '_CANRETRY', true), true);
  assert.equal(send(ctx, e, '_CANDEFAULT', true), true);
  assert.equal(send(ctx, e, '_CANRETRY', false), false);
  assert.equal(send(ctx, e, 'CANDEFAULT'), true);
  assert.equal(send(ctx, e, '_ARGS', 'no'), undefined);
  assert.equal(send(ctx, e, 'ARGS'), undefined);
  // numbers truncate; severity and tries keep 16 bits
  assert.equal(send(ctx, e, '_SUBCODE', 12.9), 12);
  assert.equal(send(ctx, e, 'SUBCODE'), 12);
  assert.equal(send(ctx, e, '_SEVERITY', 70000), 70000);
  assert.equal(e.vars[E_SEVERITY], 4464);
  assert.equal(send(ctx, e, '_TRIES', -1), -1);
  assert.equal(e.vars[E_TRIES], 65535);
});

test('assigning genCode sets the description from the language module', () => {
  const ctx = newCtx();
  const e = call(ctx, 'ERRORNEW') as HbObject;
  const cases: Array<[number, string]> = [
    [0, 'Unknown error'], [1, 'Argument error'], [5, 'Zero divisor'], [9, ''], [21, 'Open error'], [41, 'Lock Failure'],
    [50, 'conditional'], [51, 'Unrecoverable error %d: '], [77, 'YYYY/MM/DD'], [78, 'Y'], [99, ''],
    [-1, 'INVALID EXPRESSION'], [-13, 'Database Files    # Records    Last Update     Size'],
  ];
  for (const [code, text] of cases) {
    send(ctx, e, '_GENCODE', code);
    assert.equal(e.vars[E_DESCRIPTION], text, String(code));
  }
});

test('a non-number for a numeric slot is BASE/0 with the slot name, substitutable', () => {
  const ctx = newCtx();
  const e = call(ctx, 'ERRORNEW') as HbObject;
  assert.equal(raised(() => send(ctx, e, '_GENCODE', 'x')), 'BASE/0 1 [Argument error] GENCODE <> os:0 #:0 ["x"] S');
  assert.equal(raised(() => send(ctx, e, '_TRIES')), 'BASE/0 1 [Argument error] TRIES <> os:0 #:0 NIL S');
  ctx.errorBlock = () => 7;
  assert.equal(send(ctx, e, '_SUBCODE', 'y'), 7);
  assert.equal(send(ctx, e, 'SUBCODE'), 7);
});

test('the launcher: substitution, retry counting, DosError, and 9001 for a wrong answer', () => {
  const ctx = newCtx();
  ctx.errorBlock = () => 'subst';
  assert.equal(rtSubst(ctx, 1, 1081, '+', [1, 'a']), 'subst');
  let calls = 0;
  ctx.errorBlock = (_c: Thread, err: Value) => {
    calls++;
    return (err as HbObject).vars[E_TRIES] as number < 3;
  };
  const err = makeError(ctx, { genCode: 21, subCode: 2005, osCode: 2, flags: EF_CANRETRY | EF_CANDEFAULT });
  while (launch(ctx, err));
  assert.equal(calls, 3);
  assert.equal(call(ctx, 'DOSERROR'), 2);
  let exit = -1;
  setInternalExit((code) => {
    exit = code;
    throw new Error('exit');
  });
  ctx.errorBlock = () => 'not logical';
  inTempDir(() => {
    const r = capture(ctx, () => {
      assert.throws(() => launch(ctx, makeError(ctx, { genCode: 1, subCode: 2021, operation: 'FOPEN' })), /exit/);
    });
    assert.equal(exit, 1);
    assert.equal(r.out, '');
    assert.equal(r.err, '\nUnrecoverable error 9001: Error recovery failure\n');
    assert.match(readFileSync('hb_out.log', 'latin1'), /Unrecoverable error 9001: Error recovery failure\n-{72}\n$/);
    ctx.errorBlock = () => 1;
    capture(ctx, () => assert.throws(() => launchSubst(ctx, makeError(ctx, { genCode: 1, subCode: 1 })), /exit/));
  });
  setInternalExit((code) => process.exit(code));
});

test('ErrorBlock() returns the old block and takes only blocks and symbols', () => {
  const ctx = newCtx();
  const b = ctx.errorBlock;
  assert.equal(call(ctx, 'ERRORBLOCK', 5), b);
  assert.equal(ctx.errorBlock, b);
  const sym = new HbSymbol(ctx.vm.syms.func('ERRORNEW'));
  call(ctx, 'ERRORBLOCK', sym);
  assert.equal(ctx.errorBlock, sym);
});

test('__errRT_BASE() and __errRT_SBASE() raise the errors PRG code describes', () => {
  const ctx = newCtx();
  assert.equal(raised(() => call(ctx, '__ERRRT_BASE', 1, 3012, undefined, 'MYFUNC', 1, 'arg')),
    'BASE/3012 1 [Argument error] MYFUNC <> os:0 #:0 ["arg"] ');
  assert.equal(raised(() => call(ctx, '__ERRRT_BASE', 2, 1132, 'my description', 'OPER')),
    'BASE/1132 2 [my description] OPER <> os:0 #:0 NIL ');
  ctx.errorBlock = () => 'substituted';
  assert.equal(call(ctx, '__ERRRT_SBASE', 1, 1234, undefined, 'SUBFN', 1, 99), 'substituted');
});

test('Eval() of a non-block and hb_ExecFromArray() of a non-callable are substitutable errors', () => {
  const ctx = newCtx();
  assert.equal(raised(() => call(ctx, 'EVAL', 5, 1)), 'BASE/1004 13 [No exported method] EVAL <> os:0 #:0 [5,1] S');
  assert.equal(raised(() => call(ctx, 'HB_EXECFROMARRAY', 5)), 'BASE/1099 1 [Argument error] HB_EXECFROMARRAY <> os:0 #:0 [5] S');
  assert.equal(call(ctx, 'HB_EXECFROMARRAY', 'Upper', ['abc']), 'ABC');
  assert.equal(call(ctx, 'HB_EXECFROMARRAY', [(_c: Thread, a: Value, b: Value) => (a as number) - (b as number), 10, 3]), 7);
});

test('the default error handler: 0 for a zero divisor, the Alert line, stderr and QUIT', () => {
  const ctx = newCtx();
  call(ctx, 'ERRORSYS');
  assert.equal(rtSubst(ctx, 5, 1340, '/', [10, 0]), 0);
  const r = capture(ctx, () => {
    assert.throws(() => launch(ctx, makeError(ctx, {
      genCode: 21, subCode: 2012, filename: 'x.txt', osCode: 2, flags: EF_CANRETRY | EF_CANDEFAULT,
    })), (e: unknown) => e instanceof QuitSignal);
  });
  assert.equal(r.out, 'Error BASE/2012  Open error: x.txt\n(DOS Error 2) (Quit, Retry, Default) ');
  assert.equal(r.err, '\nError BASE/2012  Open error: x.txt (DOS Error 2)');
  assert.equal(ctx.vm.errorLevel, 1);
});
