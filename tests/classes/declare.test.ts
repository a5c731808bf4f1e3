import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VM } from '../../runtime/vm/vm.js';
import { registerStd } from '../../std/registry.js';
import { HbObject, HbRef, HbSymbol, type Value } from '../../runtime/values/types.js';
import { attrsOf, declOf, openDecl } from '../../runtime/classes/classdecl.js';
import { classSel } from '../../runtime/classes/introspect.js';
import { Message } from '../../runtime/classes/send.js';
import type { Thread } from '../../runtime/vm/thread.js';
import { join } from 'node:path';
import { pp, repoRoot } from '../pp/helpers.js';

const CLASS = 64;
const HIDDEN = 4;
const PROTECTED = 2;
const READONLY = 16;

function vm(): VM {
  const v = new VM();
  registerStd(v);
  return v;
}

/** Closes a declaration and returns its first instance. */
function close(ctx: Thread, decl: Value): HbObject {
  let h: Value;
  const store = new HbRef(() => h, (v) => { h = v; });
  const o = declOf(decl)!.close(ctx, store, false, []);
  assert.ok(o instanceof HbObject);
  assert.equal(h, o.cls.handle);
  return o;
}

test('members are installed group by group, whatever order they are declared in', () => {
  const v = vm();
  const ctx = v.main;
  const d = openDecl(ctx, 'Foo', [], undefined, false, true, true);
  const decl = declOf(d)!;
  const fn = new HbSymbol(v.syms.func('QSELF'));
  decl.addInline('M1', () => 1, 0);
  decl.addVars(['V1'], 5, undefined, 0);
  decl.addVars(['C1'], 7, undefined, CLASS);
  decl.addMethod('M2', fn, 0);
  decl.addVars(['V2'], undefined, undefined, 0);
  decl.addMethod('MM', fn, 0);
  decl.addVirtual('VV');
  decl.addInline('ACC', () => 3, 0);
  decl.addInline('_ACC', () => 3, 0);
  const o = close(ctx, d);
  // the order Harbour's ClassSel() reports for the same declarations
  assert.deepEqual(classSel(o.cls, undefined, undefined, undefined).slice(9), [
    'FOO', 'SUPER', '__SUPER', 'V1', '_V1', 'V2', '_V2', 'M2', 'MM', 'C1', '_C1', 'M1', 'ACC', '_ACC', 'VV',
  ]);
});

test('a member without a scope takes the section\'s; attribute words given twice count once', () => {
  const v = vm();
  const ctx = v.main;
  const d = openDecl(ctx, 'Sect', [], undefined, false, true, true);
  const decl = declOf(d)!;
  decl.addVars(['A'], undefined, undefined, attrsOf([0]));
  decl.section = PROTECTED;
  decl.addVars(['B'], undefined, undefined, attrsOf([0, READONLY]));
  decl.addVars(['C'], undefined, undefined, attrsOf([0, HIDDEN, HIDDEN]));
  const o = close(ctx, d);
  const scope = (m: string) => (classSel(o.cls, undefined, undefined, true) as Value[][]).find((e) => e[0] === m)?.[3];
  assert.equal(scope('A'), 1);
  assert.equal(scope('B'), PROTECTED);
  assert.equal(scope('_B'), PROTECTED + HIDDEN);
  assert.equal(scope('C'), HIDDEN + 512);
});

test('typed variables start empty of their type; class methods are never installed', () => {
  const v = vm();
  const ctx = v.main;
  const d = openDecl(ctx, 'Typed', [], undefined, false, true, true);
  const decl = declOf(d)!;
  decl.addVars(['N'], undefined, 'NUMERIC', 0);
  decl.addVars(['L'], undefined, 'Logical', 0);
  decl.addVars(['S'], undefined, 'CHARACTER', 0);
  decl.addMethod('CM', new HbSymbol(v.syms.func('QSELF')), CLASS);
  const o = close(ctx, d);
  assert.deepEqual(o.vars, [0, false, undefined]);
  assert.equal(o.cls.lookup('CM'), undefined);
  const noInit = openDecl(ctx, 'Untyped', [], undefined, false, true, false);
  declOf(noInit)!.addVars(['N'], undefined, 'NUMERIC', 0);
  assert.deepEqual(close(ctx, noInit).vars, [undefined]);
});

test('without parents a class inherits HBObject, unless told not to', () => {
  const v = vm();
  const ctx = v.main;
  const o = close(ctx, openDecl(ctx, 'Kid', [], undefined, false, true, true));
  assert.ok(o.cls.lookup('NEW') !== undefined);
  assert.equal(new Message('CLASSNAME').send(ctx, o), 'KID');
  const bare = close(ctx, openDecl(ctx, 'Bare', [], undefined, false, false, true));
  assert.equal(bare.cls.lookup('NEW'), undefined);
});

test('hbclass.ch: methods are STATIC functions named CLASS_METHOD (ASSIGN x: CLASS__X) with Self', () => {
  const inc = join(repoRoot(), 'std', 'include');
  const r = pp([
    '#include "hbclass.ch"',
    'CREATE CLASS Foo INHERIT Bar',
    '   METHOD Go( a ) HIDDEN',
    '   ASSIGN x',
    'ENDCLASS',
    'METHOD Go( a ) CLASS Foo',
    'ASSIGN x( v ) CLASS Foo',
    'METHOD Go',
  ].join('\n'), {}, [inc]);
  assert.deepEqual(r.diags, []);
  const text = r.lines.join('\n');
  assert.match(text, /__hbtsClsOpen\( "Foo", \{ @Bar\(\) \}, @Foo\(\),/);
  assert.match(text, /__hbtsClsMethod\( __hbtsDecl, "Go", @Foo_Go\(\), \{ 0, 4 \} \)/);
  assert.match(text, /__hbtsClsMethod\( __hbtsDecl, "_" \+ "x", @Foo__x\(\), \{ 0 \} \)/);
  assert.match(text, /STATIC FUNCTION Foo_Go\( a \) ; LOCAL Self := QSelf\(\)/);
  assert.match(text, /STATIC FUNCTION Foo__x\( v \) ; LOCAL Self := QSelf\(\)/);
  assert.match(text, /STATIC FUNCTION Foo_Go\( \) ; LOCAL Self := QSelf\(\)/);
});
