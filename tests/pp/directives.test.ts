import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preprocessFile } from '../../compiler/pp/index.js';
import { out, pp } from './helpers.js';

// Expected outputs and messages were checked against Harbour 3.2's `harbour -p`.
const cases: Array<[string, string, string[]]> = [
  ['#define: object-like, with parameters, empty parameter list',
    '#define F(a,b) a+b\n#define G() 42\n#define H(x) x x\nx := F(1,2) + G() + H(3) + F (1, 2)',
    ['x := 1+2 + 42 + 3 3 + 1+2']],
  ['#define names are case-sensitive', '#define Abc 1\nx := Abc + ABC + abc', ['x := 1 + ABC + abc']],
  ['#define result runs to the line end, across ;', '#define X 1 ; ? 2\n? X', ['QOut( 1 ) ; QOut( 2 )']],
  ['#undef', '#define X 1\n#undef X\n? X', ['QOut( X )']],
  ['a define result is translated again', '#define E1 E2 + 1\n#define E2 3\n? E1', ['QOut( 3 + 1 )']],
  ['#ifdef / #ifndef / #else / #endif, nested',
    '#define ON\n#ifdef ON\n#ifndef OFF\n? 1\n#else\n? 2\n#endif\n#else\n? 3\n#endif', ['QOut( 1 )']],
  ['#if with defined(), numbers, logicals and operators',
    '#define N 5\n#if defined( N ) .AND. N > 4 .AND. !.F. .AND. 0x10 == 16 .AND. ( 1 << 4 ) == 16 .AND. 7 % 4 == 3 .AND. 5 # 4\n? "y"\n#endif',
    ['QOut( "y" )']],
  ['#if short-circuits unknown names', '#if 1 .OR. UNDEF\n? 1\n#endif\n#if 0 .AND. UNDEF\n#else\n? 2\n#endif',
    ['QOut( 1 )', 'QOut( 2 )']],
  ['#elif', '#if 0\n? 1\n#elif 1\n? 2\n#elif 1\n? 3\n#else\n? 4\n#endif', ['QOut( 2 )']],
  ['__pragma() reads compiler switches', '#pragma -w2\n#if __pragma( WARNINGLEVEL ) == 2 .AND. __pragma( w ) == 2\n? 1\n#endif',
    ['QOut( 1 )']],
  ['a rule result may hold directives', '#xcommand MKDEF <n> <v> => #define <n> <v>\nMKDEF ZZ 77\n? ZZ', ['QOut( 77 )']],
  ['a directive after ; inside a line', '#command TWICE <x> => ? <x> ; #define LAST <x> ; ? LAST\nTWICE 3',
    ['QOut( 3 ) ; QOut( 3 )']],
  ['#untranslate / #uncommand', '#xtranslate A1 => B1\n#xuntranslate A1 =>\n#command C1 => D1\n#uncommand C1 =>\nx := A1\nC1',
    ['x := A1', 'C1']],
  ['#ytranslate is case-sensitive, #xtranslate is not',
    '#ytranslate Yy => 1\n#xtranslate Xx => 2\nx := Yy + YY + xX', ['x := 1 + YY + 2']],
  ['#translate abbreviates keywords to 4 letters, #xtranslate does not',
    '#translate LONGNAME => 1\n#xtranslate OTHERNAME => 2\nx := LONG + LONGNA + LON + OTHE', ['x := 1 + 1 + LON + OTHE']],
  ['the newest rule is tried first', '#xcommand CMD <x> => A( <x> )\n#xcommand CMD 1 => B()\nCMD 1\nCMD 2',
    ['B()', 'A( 2 )']],
];

for (const [name, src, want] of cases) {
  test(name, () => {
    const r = pp(src);
    assert.deepEqual(r.diags, []);
    assert.deepEqual(r.lines.map((l) => l.trim()), want);
  });
}

const errors: Array<[string, string, string[]]> = [
  ['circular #define', '#define A B\n#define B A\n? A', ["3 E0020 Circularity detected in #define 'B'"]],
  ['circular #translate', '#xtranslate XX => YY\n#xtranslate YY => XX\n? XX', ["3 E0021 Circularity detected in #translate 'XX'"]],
  ['circular #command', '#xcommand CC => CC\nCC', ["2 E0022 Circularity detected in #command 'CC'"]],
  ['#if errors', '#if 1 = 1\n#endif\n#if 1.5\n#endif\n#if UNDEF .OR. 1\n#endif',
    ['1 E0025 Error in #if expression', '3 E0025 Error in #if expression', '5 E0025 Error in #if expression']],
  ['unbalanced conditions', '#ifdef\n#endif\n#endif\n#else\n#elif 1',
    ['1 E0013 Error in #ifdef', '2 E0014 #endif does not match #ifdef', '3 E0014 #endif does not match #ifdef', '4 E0015 #else does not match #ifdef',
      '5 E0015 #else does not match #ifdef']],
  ['#undef syntax', '#undef\n#undef A B', ['1 E0016 Error in #undef', '2 E0016 Error in #undef']],
  ['#define syntax', '#define\n#define F(\n#define G(a b)\n#define "x"',
    ['1 E0004 Syntax error in #define', '2 E0005 Label missing in #define',
      '3 E0006 Comma or right parenthesis missing in #define', '4 E0004 Syntax error in #define']],
  ['rule syntax', '#xcommand B1 <x => y\n#xcommand B2 x y\n#xcommand B3 [] => y\n#xcommand B4 [x => y\n' +
    '#xcommand B5 x => <y>\n#xcommand B6 <x> => [<x> [<x>]]\n#xcommand B7 <x> => <x?>\n#xcommand B8 [<x>] [<y>] => <x>',
  ['1 E0010 Bad match marker in #translate/#command', '2 E0007 Missing => in #translate/#command',
    '3 E0011 Empty optional clause in #translate/#command', '4 E0012 Unclosed optional clause in #translate/#command',
    '5 E0008 Unknown result marker in #translate/#command',
    '6 E0018 Result pattern contains nested clauses in #translate/#command',
    '7 E0009 Label error in #translate/#command', '8 E0017 Ambiguous match pattern in #translate/#command']],
  ['#error and #warning', '#error stop "here" <x>\n#warning careful',
    ['1 E0019 #error \'stop "here" <x>\'', '2 W0001 careful']],
  ['redefinition warning', '#define A 1\n#define A 2', ['2 W0002 Redefinition or duplicate definition of #define A']],
  ['unknown directive', '#foo', ['1 F0032 Invalid name follows #']],
  ['bad #pragma', '#pragma foo\n#pragma -n\n#pragma -w9', ['1 E0024 Error in #pragma', '2 E0024 Error in #pragma',
    '3 E0024 Error in #pragma']],
  ['missing include', '#include "nonexist.ch"\n? 1', ["1 F0029 Can't open #include file 'nonexist.ch'"]],
  ['bad include name', '#include nonexist', ['1 F0030 Bad filename in #include']],
];

for (const [name, src, want] of errors) {
  test(`diagnostics: ${name}`, () => assert.deepEqual(pp(src).diags, want));
}

test('a fatal error stops preprocessing', () => {
  assert.deepEqual(pp('? 1\n#include "nonexist.ch"\n? 2').lines.map((l) => l.trim()), ['QOut( 1 )']);
});

test('directives in skipped code are not executed (but #if nesting is followed)', () => {
  const r = pp('#if 0\n#error no\n#include "none.ch"\n#if 1\n#endif\n#else\n? 1\n#endif');
  assert.deepEqual(r.diags, []);
  assert.deepEqual(r.lines.map((l) => l.trim()), ['QOut( 1 )']);
});

test('#stdout prints at compile time', () => {
  assert.equal(pp('#stdout hello "world"').stdout, 'hello "world"\n');
});

test('#pragma switches are recorded for the compiler', () => {
  const r = pp('#pragma -w3\n#pragma -es2\n#pragma -km+\n#pragma WARNINGLEVEL=2\n#pragma AUTOMEMVAR( ON )\n#pragma LINENUMBER = OFF');
  assert.deepEqual(r.diags, []);
  assert.deepEqual(r.result.pragmas, ['-w3', '-es2', '-km1', '-w2', '-a1', '-l0']);
});

test('#pragma ESCAPEDSTRINGS makes "" strings take C escapes', () => {
  assert.deepEqual(out('#pragma escapedstrings = on\nx := "a\\tb"\n#pragma escapedstrings = off\nx := "a\\tb"'),
    ['x := "a\tb"', 'x := "a\\tb"']);
});

test('#pragma BEGINDUMP skips C code', () => {
  assert.deepEqual(out('#pragma BEGINDUMP\nint x; ? nonsense [\n#pragma ENDDUMP\n? 1'), ['QOut( 1 )']);
});

test('#pragma __text and __stream define TEXT-like streams', () => {
  assert.deepEqual(out('#pragma __text|Out( %s )|Done()\nline a\n  line b\n#pragma __endtext'),
    ['Out( "line a" )', 'Out( "  line b" )', 'Done()']);
  assert.deepEqual(out('#pragma __stream|Foo( %s )|Bar( %s )\ns1\ns2\nENDTEXT'),
    ['Foo( e"s1\\ns2\\n" );Bar( e"s1\\ns2\\n" )']);
  assert.deepEqual(out('#pragma __cstream|Foo( %s )\nc\\t1\nENDTEXT'), ['Foo( e"c\\t1\\n" )']);
});

test('predefined names', () => {
  const r = pp('x := { __HARBOUR__, __FILE__, __LINE__, __ARCH64BIT__, __LITTLE_ENDIAN__, __HB_MAIN__ }\n' +
    '#ifdef __PLATFORM__LINUX\n#ifdef __PLATFORM__UNIX\n? "unix"\n#endif\n#endif\n' +
    '#if defined( HB_COMPAT_C53 ) .AND. defined( HB_CLP_UNDOC ) .AND. !defined( HB_STD_CH_ )\n? "std"\n#endif');
  assert.deepEqual(r.lines.map((l) => l.trim()), ['x := { 0x030201, "test.prg", 1, 8, 8, MAIN }', 'QOut( "unix" )', 'QOut( "std" )']);
  assert.match(pp('x := __DATE__ + __TIME__').lines[0], /^x := "\d{8}" \+ "\d\d:\d\d:\d\d"$/);
  assert.match(pp('x := __TIMESTAMP__').lines[0], /^x := t"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}"$/);
});

test('-D defines from the command line', () => {
  assert.deepEqual(pp('#ifdef FLAG\nx := VAL\n#endif', { FLAG: '', VAL: '"v" + 1' }).lines, ['x := "v" + 1']);
});

test('#include search: including folder, main folder, -I, INCLUDE, bundled headers', () => {
  const root = mkdtempSync(join(tmpdir(), 'hbts-pp-'));
  mkdirSync(join(root, 'sub'));
  mkdirSync(join(root, 'inc'));
  mkdirSync(join(root, 'env'));
  writeFileSync(join(root, 'main.prg'), '#include "sub/a.ch"\n#include "c.ch"\n#include "d.ch"\n#include <common.ch>\n? A, B, C, D, TRUE\n');
  writeFileSync(join(root, 'sub', 'a.ch'), '#define A "a"\n#include "b.ch"\n');
  writeFileSync(join(root, 'sub', 'b.ch'), '#define B "b"\n');
  writeFileSync(join(root, 'inc', 'c.ch'), '#define C "c"\n');
  writeFileSync(join(root, 'env', 'd.ch'), '#define D "d"\n');
  const saved = process.env.INCLUDE;
  process.env.INCLUDE = join(root, 'env');
  try {
    const r = preprocessFile(join(root, 'main.prg'), { includePaths: [join(root, 'inc')], defines: {} });
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.lines.map((l) => l.tokens.map((t) => t.text).join(' ')), ['QOut ( a , b , c , d , .T. )']);
    assert.equal(r.lines[0].file, join(root, 'main.prg'));
  } finally {
    if (saved === undefined) delete process.env.INCLUDE;
    else process.env.INCLUDE = saved;
  }
});

test('lines from an included file carry its name and line', () => {
  const root = mkdtempSync(join(tmpdir(), 'hbts-pp-'));
  writeFileSync(join(root, 'x.ch'), '\n? "in header"\n');
  writeFileSync(join(root, 'm.prg'), '#include "x.ch"\n? "main"\n');
  const r = preprocessFile(join(root, 'm.prg'), { includePaths: [], defines: {} });
  assert.deepEqual(r.lines.map((l) => [l.file, l.line]), [[join(root, 'x.ch'), 2], [join(root, 'm.prg'), 2]]);
});
