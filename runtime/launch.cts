#!/usr/bin/env node
// The `hbts` command as installed: loads the whole runtime from one bundle
// (dist/hbts.cjs) through V8's code cache, so that starting a program does
// not parse and compile the runtime's JavaScript again on every run. The
// cache lives next to the bundle, or in the user's cache folder when the
// package folder is read-only; a stale or rejected cache is rebuilt.
//
// The cache comes in two tiers. The start tier holds what a program's start
// compiles. The database tier, written when a program that opened a table
// ends, also holds the database layer's code, which the first table open
// would otherwise compile (a few milliseconds); it is preferred when there.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { createHash } from 'node:crypto';

type Tier = 'db' | 'start';

const bundle = join(__dirname, '..', 'hbts.cjs');
// the bundle is ASCII (esbuild escapes the rest), so latin1 decodes it faster than utf8
const source = readFileSync(bundle, 'latin1');
const stamp = buildId() ?? createHash('sha256').update(source).digest('hex').slice(0, 16);
const home = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');

/** Where a tier's cache may be, in the order tried. */
function places(tier: Tier): string[] {
  const name = tier === 'start' ? `${stamp}.v8cache` : `${stamp}.${tier}.v8cache`;
  return [`${bundle}.${name}`, join(home, 'hbts', `runtime-${name}`)];
}

let cached: Buffer | undefined;
let loaded: Tier | undefined;
find: for (const tier of ['db', 'start'] as const) {
  for (const c of places(tier)) {
    try {
      cached = readFileSync(c);
      loaded = tier;
      break find;
    } catch {
      // not there yet
    }
  }
}

const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData: cached,
});
if (script.cachedDataRejected) loaded = undefined;

/** Write the cache of what has been compiled so far as `tier`. */
function save(tier: Tier): void {
  const data = script.createCachedData();
  for (const c of places(tier)) {
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
}

// only a program loaded from the compile cache starts the tiers (runtime/
// launch-hooks.ts): a run that compiled would put the compiler in them
if (loaded !== 'db') {
  const hooks = globalThis as Record<symbol, (() => void) | undefined>;
  let started = false;
  let database = false;
  hooks[Symbol.for('hbts.programStart')] = () => {
    started = true;
    if (loaded === undefined) save('start');
  };
  hooks[Symbol.for('hbts.databaseUsed')] = () => {
    database = true;
  };
  process.on('exit', () => {
    if (started && database) save('db');
  });
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
