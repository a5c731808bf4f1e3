import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preprocessFile, preprocessText, ppoText } from '../../compiler/pp/index.js';

const opts = { includePaths: [], defines: {} };

function ppo(text: string): string {
  return ppoText(preprocessText(text, 'test.prg', opts));
}

test('-p output keeps each statement on its source line', () => {
  assert.equal(ppo('#define X 1\n\n? X\n#if 0\n? 2\n#endif\n? 3\n'), '\n\nQOut( 1 )\n\n\n\nQOut( 3 )\n');
});

test('a statement continued with ; is written on its last line', () => {
  assert.equal(ppo('? 1 ;\n , 2\nx := 1'), '\nQOut( 1  , 2 )\nx := 1\n');
});

test('an extended code block keeps its line breaks', () => {
  assert.equal(ppo('b := {|x|\n  x + 1\n}'), 'b := {|x|\n  x + 1\n}\n');
});

test('strings are written with a delimiter they do not contain', () => {
  assert.equal(ppo('x := "a" + \'b"c\' + "it\'s ""q"" ]" + [a\'b"c] + e"l1\\nl2"'),
    'x := "a" + \'b"c\' + "it\'s ""q"" ]" + [a\'b"c] + e"l1\\nl2"\n');
});

test('operators from a rule never run together', () => {
  assert.equal(ppo('#xtranslate PLUS => +\nx := a PLUS+ b'), '\nx := a + + b\n');
});

test('a #line marker follows output from an included file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-ppo-'));
  writeFileSync(join(dir, 'h.ch'), '? "h"\n');
  writeFileSync(join(dir, 'm.prg'), '? 1\n#include "h.ch"\n? 2\n');
  const r = preprocessFile(join(dir, 'm.prg'), opts);
  assert.equal(ppoText(r), `QOut( 1 )\n#line 1 "${join(dir, 'h.ch')}"\nQOut( "h" )\n#line 3 "${join(dir, 'm.prg')}"\nQOut( 2 )\n`);
  assert.deepEqual(r.includes, [join(dir, 'h.ch')]);
});

test('PPLine: file, first line, Harbour line, tokens with separators', () => {
  const r = preprocessText('x := 1 + ;\n  2 ; y := 3\nb := {||\n  1 }', 'f.prg', opts);
  assert.deepEqual(r.lines.map((l) => [l.file, l.line, l.lastLine]), [['f.prg', 1, 2], ['f.prg', 3, 3]]);
  assert.deepEqual(r.lines[0].tokens.map((t) => `${t.kind}:${t.text}:${t.line}`),
    ['word:x:1', 'op::=:1', 'number:1:1', 'op:+:1', 'number:2:2', 'eoc:;:2', 'word:y:2', 'op::=:2', 'number:3:2']);
  assert.deepEqual(r.lines[1].tokens.map((t) => `${t.kind}:${JSON.stringify(t.text)}:${t.line}`),
    ['word:"b":3', 'op:":=":3', 'op:"{":3', 'op:"|":3', 'op:"|":3', 'eoc:"\\n":3', 'number:"1":4', 'op:"}":4']);
});

test('tokens made by a rule carry the line of the statement', () => {
  const r = preprocessText('\n? 1, 2', 't.prg', opts);
  assert.ok(r.lines[0].tokens.every((t) => t.line === 2));
});

test('lines that translate to nothing are left out', () => {
  const r = preprocessText('SET ECHO ON\n? 1', 't.prg', opts);
  assert.equal(r.lines.length, 1);
  assert.equal(r.lines[0].line, 2);
});
