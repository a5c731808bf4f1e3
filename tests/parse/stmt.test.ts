// Statement parsing: control structures, declarations, contextual keywords
// and the diagnostics (Harbour's E-codes) for malformed programs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preprocessText } from '../../compiler/pp/index.js';
import { parseModule } from '../../compiler/parse/module.js';
import type { Stmt } from '../../compiler/ast.js';

function parse(src: string) {
  const pp = preprocessText(src, 't.prg', { includePaths: [], defines: {} });
  return parseModule(pp.lines, 't.prg');
}

function kinds(stmts: Stmt[]): string {
  return stmts.map((s) => {
    switch (s.k) {
      case 'if': return `if[${s.arms.map((a) => kinds(a.body)).join('|')}${s.else ? '/' + kinds(s.else) : ''}]`;
      case 'case': return `case[${s.arms.map((a) => kinds(a.body)).join('|')}${s.otherwise ? '/' + kinds(s.otherwise) : ''}]`;
      case 'switch': return `switch[${s.arms.map((a) => kinds(a.body)).join('|')}${s.otherwise ? '/' + kinds(s.otherwise) : ''}]`;
      case 'while': case 'for': case 'foreach': case 'with': return `${s.k}[${kinds(s.body)}]`;
      case 'seq': return `seq[${kinds(s.body)}${s.recover ? '/r:' + kinds(s.recover) : ''}${s.always ? '/a:' + kinds(s.always) : ''}]`;
      default: return s.k;
    }
  }).join(' ');
}

function body(src: string): string {
  const r = parse(`PROCEDURE Main()\n${src}\nRETURN\n`);
  assert.deepEqual(r.diagnostics, []);
  return kinds(r.module.funcs[0].body);
}

function errors(src: string): string[] {
  return parse(src).diagnostics.map((d) => `${d.line}:${d.code}`);
}

const structures: Array<[string, string]> = [
  ['IF a\n x()\nELSEIF b\n y()\nELSE\n z()\nENDIF', 'if[expr|expr/expr] return'],
  ['IF a ; x() ; END', 'if[expr] return'],
  ['IF a\nENDIF', 'if[] return'],
  ['DO CASE\nCASE a\n x()\nCASE b\nOTHERWISE\n y()\nENDCASE', 'case[expr|/expr] return'],
  ['DO WHILE a\n x()\n LOOP\nENDDO', 'while[expr loop] return'],
  ['WHILE a\n EXIT\nEND', 'while[exit] return'],
  ['FOR i := 1 TO 10 STEP 2\n x()\nNEXT i', 'for[expr] return'],
  ['FOR i = 1 TO 3\nNEXT', 'for[] return'],
  ['FOR EACH v IN a DESCEND\n x()\nNEXT', 'foreach[expr] return'],
  ['SWITCH n\nCASE 1\n x()\n EXIT\nCASE "a"\nOTHERWISE\n y()\nENDSWITCH', 'switch[expr exit|/expr] return'],
  ['BEGIN SEQUENCE\n x()\nRECOVER USING e\n y()\nALWAYS\n z()\nEND SEQUENCE', 'seq[expr/r:expr/a:expr] return'],
  ['BEGIN SEQUENCE WITH {|e| Break(e)}\nEND', 'seq[] return'],
  ['WITH OBJECT o\n :x := 1\nENDWITH', 'with[expr] return'],
  ['LOCAL a := 1, b[2,3], c AS NUMERIC', 'local return'],
  ['STATIC s := 0', 'static return'],
  ['PRIVATE p := 1, &cName', 'private return'],
  ['PUBLIC g', 'public return'],
  ['MEMVAR m1, m2', 'memvar return'],
  ['FIELD f1, f2 IN cust', 'field return'],
  ['PARAMETERS a, b', 'parameters return'],
  ['DO Proc WITH a, b', 'do return'],
  ['x = 1', 'expr return'],
  ['IF( a, b(), c() )', 'expr return'],
  ['LOCAL next, case, loop, while, field\nnext := case + 1', 'local expr return'],
  ['if := 1', 'expr return'],
  ['case := 2', 'expr return'],
  ['RETU', 'return return'],
  ['BREAK "x"', 'break return'],
];

for (const [src, want] of structures) {
  test(`parse ${JSON.stringify(src)}`, () => assert.equal(body(src), want));
}

test('statements before the first function form the implicit procedure', () => {
  const r = parse('STATIC s\n? 1\nFUNCTION F()\nRETURN 1\n');
  assert.deepEqual(r.module.funcs.map((f) => [f.name, f.implicit]), [['T', true], ['F', false]]);
  assert.equal(r.module.fileDecls.length, 1);
});

test('REQUEST before the first function makes no implicit procedure (it would hide a function of the file name)', () => {
  const r = parse('REQUEST DBFNTX\nEXTERNAL Foo\nPROCEDURE Main()\nRETURN\n');
  assert.deepEqual(r.module.funcs.map((f) => f.name), ['MAIN']);
});

test('a declaration after an executable statement is E0004', () => {
  const r = parse('? 1\nSTATIC s\nFUNCTION F()\nRETURN 1\n');
  assert.deepEqual(r.diagnostics.map((d) => `${d.line}:${d.code}`), ['2:E0004']);
});

test('function headers: modifiers, parameters, varargs', () => {
  const r = parse('STATIC FUNCTION A( x, y AS NUMERIC )\nRETURN x\nINIT PROCEDURE B\nRETURN\nEXIT PROCEDURE C()\nRETURN\nFUNCTION D( a, ... )\nRETURN a\n');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.module.funcs.map((f) => [f.name, f.isStatic, f.special, f.params.join(','), f.varargs]), [
    ['A', true, null, 'X,Y', false], ['B', false, 'init', '', false], ['C', false, 'exit', '', false], ['D', false, null, 'A', true],
  ]);
});

const bad: Array<[string, string[]]> = [
  ['PROCEDURE Main()\nIF .T.\n? 1\nRETURN\nFUNCTION X()\nRETURN 1\n', ['5:E0017']],
  // at the end of the file: the line after the last statement, blank lines aside
  ['PROCEDURE Main()\nIF .T.\nRETURN\n\n\n', ['4:E0017']],
  ['PROCEDURE Main()\nNEXT\nENDIF\nENDDO\nENDCASE\nRETURN\n', ['2:E0013', '3:E0010', '4:E0011', '5:E0012']],
  ['PROCEDURE Main()\nLOOP\nEXIT\nRETURN\n', ['2:E0018', '3:E0018']],
  ['PROCEDURE Main()\nx := (1 +\nRETURN\n', ['2:E0020']],
  ['PROCEDURE Main()\nx := 1 2\nRETURN\n', ['2:E0030']],
  ['PROCEDURE Main()\nBEGIN SEQUENCE\nRETURN\nEND\nRETURN\n', ['3:E0025']],
  ['PROCEDURE Main()\nWHILE .T.\nBEGIN SEQUENCE\nEXIT\nEND\nENDDO\nRETURN\n', ['4:E0025']],
  ['PROCEDURE Main()\nIF .T.\nELSE\nELSE\nENDIF\nRETURN\n', ['4:E0014']],
  // a syntax error drops the rest of its line (a structure error does not)
  ['PROCEDURE Main()\nx := 1 + * 2 ; x := 2 ; x := 3 + * 4\nx := 5 + * 6\nRETURN\n', ['2:E0030', '3:E0030']],
  ['PROCEDURE Main()\nIF 1 + * 2 ; ? 1 ; ENDIF\nRETURN\n', ['2:E0030']],
  ['PROCEDURE Main()\nIF 1 + * 2\n? 1\nENDIF\nRETURN\n', ['2:E0030', '4:E0010']],
  // @var stands only as a whole argument: Harbour stops at the token after it
  ['PROCEDURE Main()\nx := @y\nRETURN\n', ['2:E0020']],
  ['PROCEDURE Main()\nx := F( @y + 1 ) ; x := 1\nRETURN\n', ['2:E0030']],
  ['PROCEDURE Main()\nx := { @y => 1 }\nRETURN\n', ['2:E0030']],
  ['PROCEDURE Main()\nx := F( @y, { @z } ) + @G()\nDO P WITH @y\nFOR EACH v IN @a\nNEXT\n(@e):m()\nRETURN\n', []],
];

for (const [src, want] of bad) {
  test(`diagnose ${JSON.stringify(src.split('\n')[1])}`, () => {
    assert.deepEqual(errors(src), want);
  });
}

test('a command abbreviated to four letters keeps matching (ENDI := 2 is ENDIF)', () => {
  assert.deepEqual(errors('PROCEDURE Main()\nENDI := 2\nRETURN\n'), ['2:E0010']);
});
