// Expression parsing: precedence, associativity and every primary form,
// checked as compact S-expressions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression as parseMacro } from '../../compiler/macro.js';
import type { Arg, Expr } from '../../compiler/ast.js';
import { CompileError } from '../../compiler/diagnostics.js';

function show(e: Arg): string {
  if (e === null) return '_';
  switch (e.k) {
    case 'nil': return 'nil';
    case 'num': return e.text;
    case 'str': return JSON.stringify(e.v);
    case 'bool': return e.v ? '.T.' : '.F.';
    case 'var': return e.name;
    case 'memvar': return `M->${e.name}`;
    case 'field': return `${e.alias ? ('name' in e.alias ? e.alias.name : show(e.alias.expr)) : 'FIELD'}->${e.name}`;
    case 'aliasExpr': return `(${'name' in e.alias ? e.alias.name : show(e.alias.expr)}->${show(e.e)})`;
    case 'call': return `${e.name}(${e.args.map(show).join(' ')})`;
    case 'index': return `${show(e.obj)}[${show(e.index)}]`;
    case 'send': return `${e.obj ? show(e.obj) : ''}:${typeof e.msg === 'string' ? e.msg : show(e.msg)}${e.args ? `(${e.args.map(show).join(' ')})` : ''}`;
    case 'assign': return `(${e.op} ${show(e.target)} ${show(e.value)})`;
    case 'bin': return `(${e.op} ${show(e.l)} ${show(e.r)})`;
    case 'and': return `(and ${show(e.l)} ${show(e.r)})`;
    case 'or': return `(or ${show(e.l)} ${show(e.r)})`;
    case 'not': return `(not ${show(e.e)})`;
    case 'neg': return `(neg ${show(e.e)})`;
    case 'incdec': return `(${e.post ? 'post' : 'pre'}${e.inc ? '++' : '--'} ${show(e.e)})`;
    case 'iif': return `(iif ${show(e.c)} ${show(e.t)} ${show(e.f)})`;
    case 'array': return `{${e.items.map(show).join(' ')}}`;
    case 'hash': return `{${e.keys.map((k, i) => show(k) + '=>' + show(e.values[i])).join(' ')}}`;
    case 'block': return `{|${e.params.join(',')}${e.varargs ? ',...' : ''}| ${e.body.map(show).join(' ')}}`;
    case 'list': return `(list ${e.items.map(show).join(' ')})`;
    case 'ref': return `@${show(e.e)}`;
    case 'funref': return `@${e.name}()`;
    case 'macro': return `&[${e.parts.map((p) => ('text' in p ? p.text : 'var' in p ? '$' + p.var : show(p.expr))).join('|')}]`;
    case 'macroCall': return `${show(e.macro)}(${e.args.map(show).join(' ')})`;
    default: return e.k;
  }
}

const cases: Array<[string, string]> = [
  ['a - b - c', '(- (- A B) C)'],
  ['2 ^ 3 ^ 2', '(^ (^ 2 3) 2)'],
  ['2 ** 3', '(^ 2 3)'],
  ['1 + 2 * 3', '(+ 1 (* 2 3))'],
  ['-2 ^ 2', '(^ (neg 2) 2)'],
  ['a < b == c', '(== (< A B) C)'],
  ['.T. == 1 < 2', '(== .T. (< 1 2))'],
  ['! a == b', '(not (== A B))'],
  ['! a .AND. b', '(and (not A) B)'],
  ['a .OR. b .AND. c', '(or A (and B C))'],
  ['a $ b + c', '($ A (+ B C))'],
  ['a <> b', '(!= A B)'],
  ['a # b', '(!= A B)'],
  ['a != b', '(!= A B)'],
  ['x := y := 3', '(:= X (:= Y 3))'],
  ['x += 2', '(+= X 2)'],
  ['x **= 2', '(^= X 2)'],
  ['x++', '(post++ X)'],
  ['--x', '(pre-- X)'],
  ['a[1, 2][3]', 'A[1][2][3]'],
  ['o:m(1):d', 'O:M(1):D'],
  ['o:d := 1', '(:= O:D 1)'],
  ['::x', 'SELF:X'],
  // a macro's text has no NOTE comment
  ['note + 1', '(+ NOTE 1)'],
  ['f( 1, , @x, @y[2] )', 'F(1 _ @X @Y[2])'],
  ['@Main()', '@MAIN()'],
  ['iif( a, b, c )', '(iif A B C)'],
  ['if( a, , c )', '(iif A nil C)'],
  ['{ 1, , 3 }', '{1 _ 3}'],
  ['{}', '{}'],
  ['{ => }', '{}'],
  ['{ "a" => 1, 2 => "b" }', '{"a"=>1 2=>"b"}'],
  ['{|| 1 }', '{|| 1}'],
  ['{| a, b | a + b, b }', '{|A,B| (+ A B) B}'],
  ['{| a, ... | a }', '{|A,...| A}'],
  ['( 1, 2, 3 )', '(list 1 2 3)'],
  ['M->x', 'M->X'],
  ['MEMVAR->x', 'M->X'],
  ['FIELD->name', 'FIELD->NAME'],
  ['cust->name', 'CUST->NAME'],
  ['cust->( RecNo() )', '(CUST->RECNO())'],
  ['( nArea )->name', '(list NAREA)->NAME'],
  ['&cVar', '&[$CVAR]'],
  ['&cVar.ext', '&[$CVAR|ext]'],
  ['&( "a" + b )', '&[(+ "a" B)]'],
  ['&cFunc( 1 )', '&[$CFUNC](1)'],
  ['NIL', 'nil'],
  ['.t. .and. .n.', '(and .T. .F.)'],
];

for (const [src, want] of cases) {
  test(`parse ${src}`, () => assert.equal(show(parseMacro(src)), want));
}

const bad: Array<[string, number]> = [
  ['1 +', 20],
  ['(1', 20],
  ['f(', 20],
  ['1 2', 30],
  ['a + b := 1', 30],
  ['{ 1 => }', 30],
  // NIL is a reserved word after an alias
  ['x->NIL', 30],
  ['M->nil', 30],
  ['FIELD->NIL', 20],
  // nor comments of any kind
  ['1 // 2', 30],
  ['1 && 2', 30],
  ['1 /* c */ + 1', 30],
  ['* 2', 30],
];

for (const [src, code] of bad) {
  test(`reject ${src}`, () => {
    assert.throws(() => parseMacro(src), (e: unknown) => e instanceof CompileError && e.code === code);
  });
}

test('a macro list is one only where it stands for several values', () => {
  const e: Expr = parseMacro('1, 2, 3', true);
  assert.equal(show(e), '(list 1 2 3)');
  assert.throws(() => parseMacro('1, 2, 3'), (x: unknown) => x instanceof CompileError && x.code === 30);
});
