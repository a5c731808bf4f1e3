import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VM } from '../../runtime/vm/vm.js';
import { clsAddMsg, clsNew } from '../../runtime/classes/api.js';
import { instantiate } from '../../runtime/classes/build.js';
import { Message } from '../../runtime/classes/send.js';
import { MSG_DATA, MSG_CLASSDATA, SCOPE_EXPORTED } from '../../runtime/classes/scope-bits.js';
import type { HbObject, Value } from '../../runtime/values/types.js';

/** A class with instance variables named `vars` (each starting as "(name)") and these parents. */
function define(vm: VM, name: string, vars: string[], parents: number[], classVars = false): number {
  const ctx = vm.main;
  const h = clsNew(ctx, name, classVars ? 0 : vars.length, parents, undefined, false);
  vars.forEach((v, i) => {
    clsAddMsg(ctx, h, v, i + 1, classVars ? MSG_CLASSDATA : MSG_DATA, `(${v})`, SCOPE_EXPORTED, undefined);
    clsAddMsg(ctx, h, '_' + v, i + 1, classVars ? MSG_CLASSDATA : MSG_DATA, undefined, SCOPE_EXPORTED, undefined);
  });
  return h;
}

function send(vm: VM, o: Value, msg: string, ...args: Value[]): Value {
  return new Message(msg).send(vm.main, o, ...args);
}

test('diamond inheritance keeps one run of slots per ancestor class', () => {
  const vm = new VM();
  const c1 = define(vm, 'C1', ['X1', 'Y1'], []);
  const c2 = define(vm, 'C2', ['X2'], [c1]);
  const c3 = define(vm, 'C3', ['X3'], [c1, c2]);
  const c4 = define(vm, 'C4', ['X4'], [c3, c2]);
  const o = instantiate(vm.classes.byHandle(c4)!);
  assert.deepEqual(o.vars, ['(X1)', '(Y1)', '(X2)', '(X3)', '(X4)']);
  send(vm, send(vm, o, 'C2'), '_X1', 'cast');
  assert.equal(send(vm, o, 'X1'), 'cast');
  assert.equal((o as HbObject).vars[0], 'cast');
});

test('class variables belong to each class; casting reads the parent\'s own', () => {
  const vm = new VM();
  const p = define(vm, 'P', ['V'], [], true);
  const k = define(vm, 'K', [], [p], true);
  const o = instantiate(vm.classes.byHandle(k)!);
  instantiate(vm.classes.byHandle(p)!);
  send(vm, o, '_V', 'child');
  assert.equal(send(vm, o, 'V'), 'child');
  assert.equal(send(vm, send(vm, o, 'P'), 'V'), '(V)');
  assert.equal(send(vm, o, 'CLASSNAME'), 'K');
  assert.equal(send(vm, send(vm, o, 'P'), 'CLASSNAME'), 'P');
});
