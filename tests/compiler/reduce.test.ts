// The reduction pass: expression text -> the reduced tree, under the
// compiler switches Harbour's reductions depend on, in the compiler and in
// the run-time macro compiler. The observable results (widths, errors,
// unevaluated operands) are checked against the reference Harbour by the
// conformance programs tests/conformance/hbts/lang_fold_*.prg.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression } from '../../compiler/macro.js';
import { reduceExpr, type ReduceEnv } from '../../compiler/reduce.js';
import { defaultSwitches, type Switches } from '../../compiler/switches.js';
import { CompileError } from '../../compiler/diagnostics.js';
import type { Arg } from '../../compiler/ast.js';

const dw = (n: number): string => (n === -1 ? '*' : String(n));

/** A compact S-expression of a (reduced) tree: 3L an integer constant, 3.5:w*d1 a double one. */
function show(e: Arg): string {
  if (e === null) return '_';
  switch (e.k) {
    case 'nil': return 'nil';
    case 'num': return e.text;
    case 'numc': return e.long ? `${e.v}L` : `${Object.is(e.v, -0) ? '-0' : e.v}:w${dw(e.width)}d${dw(e.dec)}`;
    case 'str': return JSON.stringify(e.v);
    case 'bool': return e.v ? '.T.' : '.F.';
    case 'date': return `0d${e.text}`;
    case 'ts': return `t"${e.text}"`;
    case 'var': return e.name;
    case 'call': return `${e.name}${e.dim ? '!dim' : ''}(${e.args.map(show).join(' ')})`;
    case 'index': return `${show(e.obj)}[${show(e.index)}]`;
    case 'send': return `${e.obj ? show(e.obj) : ''}:${typeof e.msg === 'string' ? e.msg : show(e.msg)}`;
    case 'bin': return `(${e.op} ${show(e.l)} ${show(e.r)})`;
    case 'and': return `(and ${show(e.l)} ${show(e.r)})`;
    case 'or': return `(or ${show(e.l)} ${show(e.r)})`;
    case 'not': return `(not ${show(e.e)})`;
    case 'neg': return `(neg ${show(e.e)})`;
    case 'iif': return `(iif ${show(e.c)} ${show(e.t)} ${show(e.f)})`;
    case 'array': return `{${e.items.map(show).join(' ')}}`;
    case 'hash': return `{${e.keys.map((k, i) => show(k) + '=>' + show(e.values[i])).join(' ')}}`;
    case 'block': return `{|| ${e.body.map(show).join(' ')}}`;
    case 'list': return `(list ${e.items.map(show).join(' ')})`;
    case 'ref': return `@${show(e.e)}`;
    case 'field': return `${e.alias ? ('name' in e.alias ? e.alias.name : show(e.alias.expr)) : 'FIELD'}->${e.name}`;
    case 'aliasExpr': return `(${'name' in e.alias ? e.alias.name : show(e.alias.expr)}->${show(e.e)})`;
    default: return e.k;
  }
}

type Mode = Partial<Switches> & { macro?: boolean };

function reduce(src: string, mode: Mode = {}): string {
  const { macro = false, ...flags } = mode;
  const env: ReduceEnv = { sw: { ...defaultSwitches(), ...flags }, macro, line: 7 };
  return show(reduceExpr(parseExpression(src), env));
}

const CLIPPER: Mode = { harbour: false };
const EXTOPT: Mode = { extOpt: true };
const MACRO: Mode = { macro: true, macroText: false };

const cases: Array<[string, string, Mode?]> = [
  // numbers: integers stay integers, doubles get Harbour's decimals
  ['1 + 2', '3L'],
  ['1 + 2.5', '3.5:w*d1'],
  ['1.25 + 2.5', '3.75:w*d2'],
  ['10 - 3.25', '6.75:w*d2'],
  ['6 * 7', '42L'],
  ['1.5 * 2.25', '3.375:w*d3'],
  ['1.5 * 2', '3:w*d1'],
  ['8 / 2', '4L'],
  ['7 / 2', '3.5:w*d*'],
  ['1 / 0', '(/ 1 0)'],
  ['7 % 3', '1L'],
  ['7.5 % 2', '1.5:w*d*'],
  ['7.5 % 2', '(% 7.5 2)', CLIPPER],
  ['2 ^ 10', '1024:w*d*'],
  ['2 ^ 10', '(^ 2 10)', CLIPPER],
  ['3000000000 * 4000000000', '12000000000000000000:w*d0'],
  ['-5', '-5L'],
  ['-5.25', '-5.25:w*d2'],
  ['-0.0', '-0:w*d1'],
  ['-( 2 + 3 )', '-5L'],
  ['( 1 + 2 ) * 3', '9L'],
  ['x + 1 + 2', '(+ (+ X 1) 2)'],
  // strings
  ['"ab" + "cd"', '"abcd"'],
  ['"ab  " - "cd"', '"abcd  "'],
  ['"" + x', '(+ "" X)'],
  ['"a" + ""', '"a"'],
  ['"a&" + "b"', '(+ "a&" "b")'],
  ['"a&" + "b"', '"a&b"', { macroText: false }],
  ['"a& " + "b"', '"a& b"'],
  ['"a& " + "b"', '(+ "a& " "b")', CLIPPER],
  ['"&" - "x"', '(- "&" "x")'],
  ['"b" $ "abc"', '.T.'],
  ['"" $ "abc"', '.F.'],
  ['"" $ "abc"', '.T.', CLIPPER],
  ['"" $ "abc"', '.F.', { ...CLIPPER, ...MACRO }],
  ['"&x" $ "abc"', '($ "&x" "abc")'],
  ['"a" == "a"', '.T.'],
  ['"a" = "a"', '(= "a" "a")'],
  ['"" = ""', '.T.'],
  ['"" != ""', '.F.'],
  ['"&x" == "&x"', '(== "&x" "&x")'],
  // logical
  ['.T. .AND. .F.', '.F.'],
  ['x .AND. .F.', '.F.'],
  ['x .AND. .T.', 'X'],
  ['x .OR. .F.', 'X'],
  ['x .OR. .T.', '.T.'],
  ['.T. .AND. x', 'X'],
  ['.F. .OR. x', 'X'],
  ['x .AND. .F.', '(and X .F.)', { shortcuts: false }],
  ['x .AND. .F.', '.F.', CLIPPER],
  ['x .AND. .F.', '(and X .F.)', { ...CLIPPER, ...MACRO }],
  ['.F. .AND. x', '.F.', { ...CLIPPER, ...MACRO }],
  ['! .T.', '.F.'],
  ['! ! x', 'X'],
  ['! ! x', '(not (not X))', MACRO],
  ['! ! x', '(not (not X))', { optJump: false }],
  ['! ! x', 'X', { ...MACRO, extOpt: true }],
  // comparisons
  ['1 < 2', '.T.'],
  ['2.0 == 2', '.T.'],
  ['.F. < .T.', '.T.'],
  ['NIL == NIL', '.T.'],
  ['NIL == 1', '.F.'],
  ['NIL != {}', '.T.'],
  ['NIL < 1', '(< nil 1)'],
  ['0d20240101 < 0d20240102', '.T.'],
  ['0d20240101 = t"2024-01-01 10:00"', '.T.'],
  ['0d20240101 == t"2024-01-01 10:00"', '.F.'],
  ['x == .T.', '(== X .T.)'],
  ['x == .T.', 'X', EXTOPT],
  ['x == .F.', '(not X)', EXTOPT],
  ['! x == .F.', 'X', EXTOPT],
  ['( ! x ) == .F.', 'X', EXTOPT],
  ['( ! x ) == .F.', '(not (list (not X)))', { extOpt: true, optJump: false }],
  ['x != .T.', '(not X)', EXTOPT],
  ['.T. != x', '(not X)', EXTOPT],
  // iif, index, list
  ['iif( .T., a, b )', 'A'],
  ['iif( 1 > 2, a, b )', 'B'],
  ['iif( x, 1 + 1, 2 )', '(iif X 2L 2)'],
  ['{ 10, 20, 30 }[ 2 ]', '20'],
  ['{ 1, , 3 }[ 2 ]', 'nil'],
  ['{ a, b }[ 1.9 ]', 'A'],
  ['{ a, ... }[ 1 ]', '{A varargs}[1]'],
  ['( 5 )', '5'],
  ['( x + 1 )', '(list (+ X 1))'],
  ['( 5 )', '(list 5)', CLIPPER],
  ['( 1, 1 + 1 )', '(list 1 2L)'],
  // functions
  ['Len( "abc" )', '3L'],
  ['Len( "abc" )', 'LEN("abc")', { userCp: true }],
  ['Len( { 1, 2, 3 } )', '3L'],
  ['Len( { "a" => 1 } )', '1L'],
  ['Asc( "A" )', '65L'],
  ['Asc( "" )', '0L'],
  ['Asc( "é" )', 'ASC("é")', { userCp: true }],
  ['Asc( "A" )', '65L', { userCp: true }],
  ['At( "b", "abc" )', '2L'],
  ['At( "", "abc" )', '0L'],
  ['At( "", "abc" )', '1L', CLIPPER],
  ['At( "", "abc" )', '0L', { ...CLIPPER, ...MACRO }],
  ['At( "b" )', 'AT("b")'],
  ['Chr( 65, 1 )', 'CHR(65 1)'],
  ['Chr( 65, 1 )', '"A"', MACRO],
  ['Asc( "A", 1 )', 'ASC("A" 1)'],
  ['Chr( 65 )', '"A"'],
  ['Chr( 256 )', '"\\u0000"'],
  ['Chr( 256 )', '""', CLIPPER],
  ['Chr( 256.0 )', '"\\u0000"', CLIPPER],
  ['Chr( -1 )', '"ÿ"'],
  ['Chr( 200 )', 'CHR(200)', { userCp: true }],
  ['hb_BChar( 321 )', '"A"'],
  ['hb_BCode( "A" )', '65L'],
  ['Upper( "abc 1" )', '"ABC 1"'],
  ['Upper( "a-b" )', 'UPPER("a-b")'],
  ['Upp( "a" )', 'UPP("a")'],
  ['Uppe( "a" )', '"A"'],
  ['Empty( "  " )', '.T.'],
  ['Empty( {} )', '.T.'],
  ['Empty( { 1 } )', '.F.'],
  ['Empty( {|| 1 } )', '.F.'],
  ['Empty( x )', 'EMPTY(X)'],
  ['Empty( "" )', 'EMPTY("")', CLIPPER],
  ['Int( 3.7 )', '3L'],
  ['Int( -3.7 )', '-3L'],
  ['Int( 5000000000.9 )', '5000000000L'],
  ['Int( 3.7 )', 'INT(3.7)', CLIPPER],
  ['Max( 1.50, 2 )', '2'],
  ['Min( 1.50, 2 )', '1.50'],
  ['Max( 0d20240101, t"2024-01-01 11:00" )', '0d20240101'],
  ['Max( t"2024-01-01 11:00", 0d20240101 )', '0d20240101'],
  ['Max( 1, 2, 3 )', 'MAX(1 2 3)'],
  ['hb_SToD( "20240229" )', '0d20240229'],
  ['hb_SToD( "" )', '0d0'],
  ['hb_SToD()', '0d0'],
  ['hb_SToD( "2024" )', 'HB_STOD("2024")'],
  ['hb_SToT( "20240229123456789" )', 't"2024-02-29 12:34:56.789"'],
  ['hb_SToT()', 't"00:00:00.000"'],
  ['DToS( 0d20240229 )', '"20240229"'],
  ['DToS( 0d0 )', '"        "'],
  ['CToD( "" )', '0d0'],
  ['CToD( "01/01/24" )', 'CTOD("01/01/24")'],
  ['hb_bitAnd( 12, 10 )', '8L'],
  ['hb_bitAnd( 12, 10, x )', 'HB_BITAND(12 10 X)'],
  ['hb_bitOr( 12, 3, 16 )', '31L'],
  ['hb_bitXor( 12, 10 )', '6L'],
  ['hb_bitNot( 5 )', '-6L'],
  ['hb_bitSet( 0, 4, x )', '16L'],
  ['hb_bitReset( 31, 0 )', '30L'],
  ['hb_bitShift( -16, -2 )', '-4L'],
  ['hb_bitShift( 1, 62 )', '4611686018427387904'], // past 2^53: an exact literal
  ['hb_bitShift( 1, 52 )', `${2 ** 52}L`],
  ['9223372036854775807 - 1', '(- 9223372036854775807 1)'], // not folded through a double
  ['hb_bitTest( 5, 2 )', '.T.'],
  ['hb_i18n_gettext_noop( "text" )', '"text"'],
  ['hb_i18n_gettext_noop( "text", "ctx" )', '"text"'],
  ['hb_i18n_ngettext_noop( n, { "one", "many" } )', '{"one" "many"}[(iif (== N 1) 1 2)]'],
  ['hb_i18n_gettext_noop( "text" )', 'HB_I18N_GETTEXT_NOOP("text")', MACRO],
  // dates and timestamps
  ['0d20240101 + 1', '0d20240102'],
  ['0d20240101 - 1.9', '0d20231231'],
  ['0d20240101 - 0d20231225', '7L'],
  ['t"2024-01-01 18:00" - t"2024-01-01 06:00"', '0.5:w*d6'],
  ['t"2024-01-01 12:00" + 0.5', 't"2024-01-02 00:00:00.000"'],
  ['0d20240101 + 0d20000101', '0d87360208'],
  // -ko
  ['x + 0', '(+ X 0)'],
  ['x + 0', 'X', EXTOPT],
  ['0.0 + x', 'X', EXTOPT],
  ['x - 0', '(- X 0)', EXTOPT],
  ['x + 1 + 2', '(+ X 3L)', EXTOPT],
  ['1 + x + 2.5', '(+ 3.5:w*d1 X)', EXTOPT],
  ['- ( - x )', '(neg (list (neg X)))'],
  ['- ( - x )', '(neg (list (neg X)))', EXTOPT],
  ['- - x', 'X', EXTOPT],
  ['Array( 2, 3 )', 'ARRAY(2 3)'],
  ['Array( 2, 3 )', 'ARRAY!dim(2 3)', EXTOPT],
  ['Array( &x )', 'ARRAY(macro)', EXTOPT],
  ['( "alias" )->fld', 'ALIAS->FLD', EXTOPT],
  ['( "alias" )->fld', '"alias"->FLD'],
  ['( "al ias" )->fld', '"al ias"->FLD', EXTOPT],
  ['( "alias" )->fld', 'ALIAS->FLD', { extOpt: true, harbour: false }],
  ['( "alias" )->( fld )', '((list "alias")->FLD)', { extOpt: true, harbour: false }],
  ['( "alias" )->( fld )', '(ALIAS->FLD)', EXTOPT],
];

for (const [src, want, mode] of cases) {
  const tag = mode ? ' ' + JSON.stringify(mode) : '';
  test(`reduce ${src}${tag}`, () => assert.equal(reduce(src, mode), want));
}

/** Constants IIF() and [] cannot take: compile errors with Harbour's code and type name. */
const errors: Array<[string, number, string, Mode?]> = [
  ['iif( 1, a, b )', 38, 'Numeric'],
  ['iif( "x", a, b )', 38, 'String'],
  ['iif( NIL, a, b )', 38, 'NIL'],
  ['iif( {|| .T. }, a, b )', 38, 'Codeblock'],
  ['iif( {}, a, b )', 38, 'Array'],
  ['"abc"[ 1 ]', 38, 'String'],
  ['5[ 1 ]', 38, 'Numeric'],
  ['.T.[ 1 ]', 38, 'Logical'],
  // an index that cannot be one: a constant of the wrong type or a logical operator, as written
  ['a[ .T. ]', 40, 'Logical'],
  ['a[ NIL ]', 40, 'NIL'],
  ['a[ {|| 1 } ]', 40, 'Codeblock'],
  ['a[ { 1 } ]', 40, 'Array'],
  ['a[ { => } ]', 40, 'Hash'],
  ['a[ !x ]', 40, '.NOT.'],
  ['a[ x .AND. y ]', 40, '.AND.'],
  ['a[ x .OR. y ]', 40, '.OR.'],
  // a constant that cannot be indexed is an error whatever the index
  ['"abc"[ n ]', 38, 'String'],
  ['1.5[ n ]', 38, 'Numeric'],
  ['0x1F[ n + 1 ]', 38, 'Numeric'],
  ['NIL[ n ]', 38, 'NIL'],
  ['{ 1, 2 }[ 3 ]', 41, 'Numeric'],
  ['{}[ 1 ]', 41, 'Numeric'],
  ['{ 1, 2 }[ 0 ]', 41, 'Numeric'],
];

for (const [src, code, arg, mode] of errors) {
  test(`reduce error ${src}`, () => {
    assert.throws(() => reduce(src, mode), (e: unknown) =>
      e instanceof CompileError && e.code === code && e.args[0] === arg && e.line === 7);
  });
}

test('strings as arrays of bytes (-ks): no errors for constant indexes', () => {
  assert.equal(reduce('"abc"[ 1 ]', { arrStr: true }), '"abc"[1]');
  assert.equal(reduce('{ 1, 2 }[ 3 ]', { arrStr: true }), '{1 2}[3]');
});

test('a parenthesised or compared logical is a valid index', () => {
  assert.equal(reduce('a[ (.T.) ]'), 'A[.T.]');
  assert.equal(reduce('a[ x == 1 ]'), 'A[(== X 1)]');
});

test('an index that is not constant is left alone', () => {
  assert.equal(reduce('{ 1, 2 }[ n ]'), '{1 2}[N]');
  assert.equal(reduce('"abc"[ n ]', { arrStr: true }), '"abc"[N]');
});

test('unevaluated operands disappear', () => {
  assert.equal(reduce('f() .AND. .F.'), '.F.');
  assert.equal(reduce('{ f(), g() }[ 2 ]'), 'G()');
  assert.equal(reduce('Len( { f(), g() } )'), '2L');
  assert.equal(reduce('iif( .F., f(), g() )'), 'G()');
});

test('reductions reach into every part of an expression', () => {
  assert.equal(reduce('f( 1 + 1, { 2 * 2 }, {|| 3 - 3 } )'), 'F(2L {4L} {|| 0L})');
  assert.equal(reduce('o:m( 1 + 1 )'), 'O:M');
  assert.equal(reduce('x := 1 + 1'), 'assign');
  assert.equal(reduce('{ "a" + "b" => 1 + 1 }'), '{"ab"=>2L}');
});

test('in compiled code every error is collected and reduction goes on', () => {
  const errors: CompileError[] = [];
  const env: ReduceEnv = { sw: defaultSwitches(), macro: false, line: 3, errors };
  const e = reduceExpr(parseExpression('{ iif( 1, a, b ), "x"[ 1 ], 1 + 1 }'), env);
  assert.equal(show(e), '{(iif 1 A B) "x"[1] 2L}');
  assert.deepEqual(errors.map((x) => [x.code, x.line, x.args[0]]), [[38, 3, 'Numeric'], [38, 3, 'String']]);
});
