// Compiler switches: command-line -k flags and -z as Harbour's compiler
// reads them, the same switches in #pragma (where -km+ and -kj+ turn the
// feature off), and the switches in force at each line of a module.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPragma, applySwitches, defaultSwitches, switchesAt, type Switches } from '../../compiler/switches.js';
import { preprocessFile } from '../../compiler/pp/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Flags = Partial<Switches>;

function fromFlags(...flags: string[]): Switches {
  return applySwitches(defaultSwitches(), flags);
}

function pick(sw: Switches, want: Flags): Flags {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(want)) out[k] = sw[k as keyof Switches];
  return out as Flags;
}

const commandLine: Array<[string[], Flags]> = [
  [[], { harbour: true, xbase: true, shortcuts: true, extOpt: false, macroText: true, optJump: true, arrStr: false }],
  [['-kh-'], { harbour: false, xbase: true }],
  [['-kmo'], { macroText: false, extOpt: true, harbour: true }],
  [['-km+'], { macroText: true }],
  [['-ko', '-ko-'], { extOpt: false }],
  [['-ksu'], { arrStr: true, userCp: true }],
  [['-kx-h-'], { xbase: false, harbour: false }],
  [['-kj'], { optJump: false }],
  [['-kj+'], { optJump: true }],
  [['-kd'], { macroDecl: true }],
  [['-ko', '-kc'], { harbour: false, xbase: false, extOpt: false, macroText: true, shortcuts: true, optJump: true }],
  [['-km', '-kc'], { macroText: true }],
  [['-z'], { shortcuts: false }],
  [['-z', '-z-'], { shortcuts: true }],
  [['-kq', '-w3', '-es2'], { warnLevel: 3, exitSeverity: 2, harbour: true }],
];

for (const [flags, want] of commandLine) {
  test(`command line ${flags.join(' ') || '(none)'}`, () => assert.deepEqual(pick(fromFlags(...flags), want), want));
}

const pragmas: Array<[string[], Flags]> = [
  [['-kh0'], { harbour: false }],
  [['-kh0', '-kh1'], { harbour: true }],
  [['-ko1'], { extOpt: true }],
  [['-km1'], { macroText: false }],
  [['-km0'], { macroText: true }],
  [['-kj1'], { optJump: false }],
  [['-ks1', '-kd1', '-kx0'], { arrStr: true, macroDecl: true, xbase: false }],
  [['-ko1', '-kc1'], { extOpt: false, harbour: false }],
  [['-kc0'], { harbour: false }],
  [['-z1'], { shortcuts: false }],
  [['-z1', '-z0'], { shortcuts: true }],
  [['-w3', '-es2'], { warnLevel: 3, exitSeverity: 2 }],
];

for (const [items, want] of pragmas) {
  test(`#pragma ${items.join(' ')}`, () => {
    const sw = items.reduce(applyPragma, defaultSwitches());
    assert.deepEqual(pick(sw, want), want);
  });
}

test('a #pragma applies from the line after it', () => {
  const at = switchesAt(defaultSwitches(), ['-kh0', '-ko1', '-kh1'], [10, 12, 20]);
  assert.deepEqual(pick(at(5), { harbour: true, extOpt: false }), { harbour: true, extOpt: false });
  assert.deepEqual(pick(at(10), { harbour: true }), { harbour: true });
  assert.deepEqual(pick(at(11), { harbour: false, extOpt: false }), { harbour: false, extOpt: false });
  assert.deepEqual(pick(at(15), { harbour: false, extOpt: true }), { harbour: false, extOpt: true });
  assert.deepEqual(pick(at(21), { harbour: true, extOpt: true }), { harbour: true, extOpt: true });
});

test('the preprocessor reports where each #pragma switch appears', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-sw-'));
  writeFileSync(join(dir, 'inc.ch'), '#pragma -ko+\n');
  const src = join(dir, 'main.prg');
  writeFileSync(src, 'PROCEDURE Main()\n#pragma -kh-\n? 1\n#include "inc.ch"\n#pragma -kh+\nRETURN\n');
  const r = preprocessFile(src, { includePaths: [], defines: {} });
  assert.deepEqual(r.pragmas, ['-kh0', '-ko1', '-kh1']);
  assert.deepEqual(r.pragmaLines, [2, 4, 5]);
});
