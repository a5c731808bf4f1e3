// The hbts command line: options come first, in every spelling the usage
// text gives; the first other argument ends them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCli, type CliOptions } from '../../runtime/cli-args.js';

function opts(argv: string[]): CliOptions {
  const o = parseCli(argv, '9.9.9');
  if (!('rest' in o)) assert.fail(`expected options, got exit ${o.code}`);
  return o;
}

test('include folders and defines in each spelling, in order', () => {
  const o = opts(['-I', 'a', '-Ib', '--include', 'c', '--include=d', '-D', 'X', '-DY=1', '--define', 'Z=2', '--define=W', 'p.prg']);
  assert.deepEqual(o.include, ['a', 'b', 'c', 'd']);
  assert.deepEqual(o.define, ['X', 'Y=1', 'Z=2', 'W']);
  assert.deepEqual(o.rest, ['p.prg']);
});

test('flags, and the first other argument ends the options', () => {
  const o = opts(['-p', '--no-cache', 'p.prg', '-I', 'x', '--', 'y']);
  assert.equal(o.preprocess, true);
  assert.equal(o.cache, false);
  assert.deepEqual(o.include, []);
  assert.deepEqual(o.rest, ['p.prg', '-I', 'x', '--', 'y']);
  assert.deepEqual(opts(['-w3', '-I', 'x', 'p.prg']).rest, ['-w3', '-I', 'x', 'p.prg']);
  const d = opts(['p.prg']);
  assert.equal(d.preprocess, false);
  assert.equal(d.cache, true);
});

test('a leading -- ends the options and is dropped', () => {
  assert.deepEqual(opts(['--', '-p', 'x']).rest, ['-p', 'x']);
  assert.equal(opts(['--', '-p']).preprocess, false);
});

test('version, help and a missing value end the command', () => {
  assert.deepEqual(parseCli(['--version', 'p.prg'], '9.9.9'), { code: 0, text: '9.9.9\n', toStderr: false });
  const h = parseCli(['-h'], '9.9.9');
  assert.ok(!('rest' in h) && h.code === 0 && h.text.startsWith('Usage: hbts'));
  const m = parseCli(['-p', '-I'], '9.9.9');
  assert.ok(!('rest' in m) && m.code === 2 && m.toStderr && m.text.includes("'-I'"));
});
