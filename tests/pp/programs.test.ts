import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { preprocessFile, ppoText, type PPOptions } from '../../compiler/pp/index.js';
import { repoRoot } from './helpers.js';

const root = repoRoot();
const here = join(root, 'tests', 'pp');

function prgFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...prgFiles(p));
    else if (p.endsWith('.prg')) out.push(p);
  }
  return out.sort();
}

function problems(file: string, opts: PPOptions): string[] {
  return preprocessFile(file, opts).diagnostics
    .filter((d) => d.severity !== 'warning')
    .map((d) => `${d.file}(${d.line}) ${d.code} ${d.message}`);
}

const corpus = join(root, 'tests', 'conformance');

test('every conformance program preprocesses without errors', () => {
  const files = prgFiles(corpus);
  assert.ok(files.length > 0);
  for (const f of files) assert.deepEqual(problems(f, { includePaths: [dirname(f)], defines: {} }), [], f);
});

test('lang_pp.prg preprocesses to what harbour -p writes', () => {
  const prg = join(corpus, 'core', 'lang_pp.prg');
  const r = preprocessFile(prg, { includePaths: [], defines: {} });
  const want = readFileSync(join(here, 'fixtures', 'lang_pp.ppo'), 'latin1');
  assert.equal(ppoText(r).replaceAll(prg, 'lang_pp.prg'), want);
});

// Harbour's own regression suite, when its sources are at hand
const hbtest = '/work/ref/harbour-core/utils/hbtest';

test('Harbour hbtest sources preprocess without errors', { skip: !existsSync(hbtest) }, () => {
  for (const f of prgFiles(hbtest)) {
    assert.deepEqual(problems(f, { includePaths: [hbtest], defines: { RT_NO_C: '' } }), [], f);
  }
});
