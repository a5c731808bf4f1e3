#!/usr/bin/env node
// The `hbts` command as installed: loads the whole runtime from one bundle
// (dist/hbts.cjs) through V8's code cache, so that starting a program does
// not parse and compile the runtime's JavaScript again on every run. The
// cache lives next to the bundle, or in the user's cache folder when the
// package folder is read-only; a stale or rejected cache is rebuilt.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { createHash } from 'node:crypto';

const bundle = join(__dirname, '..', 'hbts.cjs');
// the bundle is ASCII (esbuild escapes the rest), so latin1 decodes it faster than utf8
const source = readFileSync(bundle, 'latin1');
const stamp = buildId() ?? createHash('sha256').update(source).digest('hex').slice(0, 16);
const candidates = [
  `${bundle}.${stamp}.v8cache`,
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'hbts', `runtime-${stamp}.v8cache`),
];

let cached: Buffer | undefined;
for (const c of candidates) {
  try {
    cached = readFileSync(c);
    break;
  } catch {
    // not there yet
  }
}

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData: cached,
});
if (cached === undefined || script.cachedDataRejected) {
  // write the cache when a program loaded from the compile cache is about to
  // start (runtime/build.ts): what such a start compiles is in it, and
  // neither the compiler nor the functions of whichever program ran first
  // (a large program's would slow every later start)
  (globalThis as Record<symbol, unknown>)[Symbol.for('hbts.programStart')] = () => {
    const data = script.createCachedData();
    for (const c of candidates) {
      try {
        // written whole, then renamed: a concurrent reader never sees half a cache
        mkdirSync(dirname(c), { recursive: true });
        writeFileSync(`${c}.${process.pid}`, data);
        renameSync(`${c}.${process.pid}`, c);
        return;
      } catch {
        // try the next place
      }
    }
  };
}
const main = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
const mod = { exports: {} };
main(mod.exports, require, mod, bundle, dirname(bundle));

/** The build's id, written with the bundle: names the cache without hashing the bundle. */
function buildId(): string | undefined {
  try {
    return readFileSync(join(__dirname, '..', 'build-id.txt'), 'latin1').trim() || undefined;
  } catch {
    return undefined;
  }
}
