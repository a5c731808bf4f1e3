import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexExpression, LexFailure, Scanner } from '../../compiler/lexer.js';
import { LineReader, StreamMode } from '../../compiler/pp/linereader.js';
import type { Token } from '../../compiler/pp/token.js';

function show(toks: Token[]): string {
  return toks.map((t) => `${t.kind}:${t.text}`).join(' ');
}

/** Logical lines of a source text, each as "line: tokens" (EOL shown as \n). */
function logical(text: string): string[] {
  const sc = new Scanner();
  const rd = new LineReader(text, sc, { mode: StreamMode.Off, funcOut: null, funcEnd: null, buffer: '' });
  const out: string[] = [];
  while (!rd.eof) {
    const ll = rd.read();
    if (ll.toks.length) {
      out.push(ll.toks.slice(0, -1).map((t) => (t.text === '\n' ? '\\n' : `${' '.repeat(Math.min(t.spaces, 9))}${t.text}`)).join('|'));
    }
  }
  return out;
}

const expressions: Array<[string, string]> = [
  ['abc_1 Def', 'word:abc_1 word:Def'],
  ['12 1.5 .5 1. 0x1F 0xg', 'number:12 number:1.5 number:.5 number:1 op:. number:0x1F number:0 word:xg'],
  ['0d20240131 d"2024-01-31" t"2024-01-31 10:00"', 'date:20240131 date:2024-01-31 timestamp:2024-01-31 10:00'],
  ['"a\'b" \'c"d\' `e\'', 'string:a\'b string:c"d string:e'],
  ['e"a\\tb\\x41\\101\\\\"', 'string:a\tbAA\\'],
  ['[abc] x[1] (y)[2] "s"[1]', 'string:abc word:x op:[ number:1 op:] op:( word:y op:) op:[ number:2 op:] string:s op:[ number:1 op:]'],
  ['.T. .f. .y. .N. .x.', 'logical:.T. logical:.F. logical:.T. logical:.F. op:. word:x op:.'],
  ['&a &a. &a.b a&b.c &a&b &(x)', 'macrovar:&a macrovar:&a. macrotext:&a.b macrotext:a&b.c macrotext:&a&b op:& op:( word:x op:)'],
  ['a .and. b .OR. .not. c', 'word:a op:.AND. word:b op:.OR. op:! word:c'],
  ['a != b ** 2 **= 3 <> # $', 'word:a op:<> word:b op:^ number:2 op:^= number:3 op:<> op:# op:$'],
  [':= += -= *= /= %= ^= == <= >= -> ++ --', 'op::= op:+= op:-= op:*= op:/= op:%= op:^= op:== op:<= op:>= op:-> op:++ op:--'],
  ['::x @y {|a,...|} \\ ? ~', 'op:: op:: word:x op:@ word:y op:{ op:| word:a op:, op:... op:| op:} op:\\ other:? other:~'],
  ['a ; b', 'word:a eoc:; word:b'],
  ['a ;', 'word:a eoc:;'],
  // a macro's text: a lone '&' after a name is an operator, not part of a macro name
  ['x& &y& x&y', 'word:x op:& macrovar:&y op:& macrotext:x&y'],
  ['caf\xe9 \xe0\xe1', 'word:caf text:\xe9 text:\xe0\xe1'],
];

test('lexExpression tokenizes every token class', () => {
  for (const [src, want] of expressions) assert.equal(show(lexExpression(src)), want, src);
});

test('lexExpression keeps leading blanks (a tab counts 4)', () => {
  assert.deepEqual(lexExpression('a  +\tb').map((t) => t.spaces), [0, 2, 4]);
});

test('lexExpression reports lexing errors with Harbour codes', () => {
  assert.throws(() => lexExpression('"abc'), (e: unknown) => e instanceof LexFailure && e.code === 'E0002' &&
    e.message === "Unterminated string 'abc'");
  assert.throws(() => lexExpression('a \x01 b'), (e: unknown) => e instanceof LexFailure && e.code === 'E0001' &&
    e.message === "Illegal character '\\x01'");
});

test('[ is a string only where an operand cannot precede it', () => {
  assert.equal(show(lexExpression('x := [a] + a[1]')), 'word:x op::= string:a op:+ word:a op:[ number:1 op:]');
  // after an operand Clipper still quotes when the brackets hold an unbalanced quote
  assert.equal(show(lexExpression('a[ "q ] + 1')), 'word:a string: "q  op:+ number:1');
  // a backtick opens a string that a ' closes
  assert.throws(() => lexExpression('`e`'), LexFailure);
});

test('comments: //, &&, /* */, * and NOTE at the start of a statement', () => {
  assert.deepEqual(logical('a := 1 // c\nb := 2 && c\n* star\nNOTE note\nx := 1 ; NOTE y\nc /* in */ := 3'), [
    'a| :=| 1',
    'b| :=| 2',
    'x| :=| 1| ;| NOTE| y',
    'c| :=| 3',
  ]);
  assert.deepEqual(logical('x := 1 ; * 2'), ['x| :=| 1| ;| *| 2']);
});

test('; at a line end joins lines, keeping one leading blank of the next line', () => {
  assert.deepEqual(logical('a := 1 + ;\n        2 + ;\n\t3\nb'), ['a| :=| 1| +|  2| +|     3', 'b']);
  assert.deepEqual(logical('? 1 ;\n;\n? 2'), ['?| 1| ?| 2']);
});

test('a multi-line comment continues the logical line', () => {
  assert.deepEqual(logical('x := 1 /* a\nb */ + 2\ny'), ['x| :=| 1| +| 2', 'y']);
});

test('an extended code block keeps its line breaks inside one logical line', () => {
  assert.deepEqual(logical('b := {|x|\n  ? x\n\n  }\nc'), ['b| :=| {|||x|||\\n|  ?| x|\\n|\\n|  }', 'c']);
});

test('a # at the start of a statement starts a directive; [ is not a string there', () => {
  const sc = new Scanner();
  sc.reset(1);
  sc.scan('#define X [a]', 0, 13);
  assert.deepEqual(sc.toks.map((t) => t.t), [33, 21, 21, 52, 21, 53]);
});

test('tokens carry their physical line', () => {
  const sc = new Scanner();
  const rd = new LineReader('a := ;\n 1\nb', sc, { mode: StreamMode.Off, funcOut: null, funcEnd: null, buffer: '' });
  assert.deepEqual(rd.read().toks.map((t) => t.line), [1, 1, 2, 2]);
  assert.deepEqual(rd.read().toks.map((t) => t.line), [3, 3]);
});
