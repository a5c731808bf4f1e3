// The compile cache: generated JS keyed by everything that decides it (the
// hbts build, the options, the source bytes); each entry records the files
// the source included, with their hashes, and is used only while they are
// unchanged. A cache that cannot be read or written is simply not used.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

interface Entry {
  js: string;
  deps: Array<[string, string]>;
}

// Entries of older builds and edited sources are never read again: past
// MAX_ENTRIES, a write now and then removes the oldest down to KEEP_ENTRIES.
const MAX_ENTRIES = 2000;
const KEEP_ENTRIES = 1500;
const PRUNE_ONE_IN = 50;

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function buildId(): string {
  try {
    return readFileSync(join(PACKAGE_ROOT, 'dist', 'build-id.txt'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

export class CompileCache {
  private readonly dir: string;
  private readonly build = buildId();

  constructor() {
    const base = process.env.HBTS_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'hbts');
    this.dir = base;
  }

  private key(file: string, opts: object, flags: string[]): string | null {
    try {
      return sha(JSON.stringify([this.build, resolve(file), opts, flags]) + '\0' + readFileSync(file, 'latin1'));
    } catch {
      return null;
    }
  }

  get(file: string, opts: object, flags: string[]): string | undefined {
    const k = this.key(file, opts, flags);
    if (k === null) return undefined;
    try {
      const e = JSON.parse(readFileSync(join(this.dir, k + '.json'), 'utf8')) as Entry;
      for (const [path, hash] of e.deps) if (sha(readFileSync(path)) !== hash) return undefined;
      return e.js;
    } catch {
      return undefined;
    }
  }

  put(file: string, opts: object, flags: string[], js: string, includes: string[]): void {
    const k = this.key(file, opts, flags);
    if (k === null) return;
    try {
      const deps = includes.map((p) => [p, sha(readFileSync(p))] as [string, string]);
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `${k}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify({ js, deps } satisfies Entry));
      renameSync(tmp, join(this.dir, k + '.json'));
      if (Math.random() * PRUNE_ONE_IN < 1) this.prune();
    } catch {
      // an unwritable cache only costs a recompile next time
    }
  }

  /** Remove the oldest entries when there are too many (another process may be doing the same). */
  private prune(): void {
    const names = readdirSync(this.dir).filter((n) => n.endsWith('.json') || n.endsWith('.tmp'));
    if (names.length <= MAX_ENTRIES) return;
    const aged: Array<[number, string]> = [];
    for (const n of names) {
      try {
        aged.push([statSync(join(this.dir, n)).mtimeMs, n]);
      } catch {
        // already gone
      }
    }
    aged.sort((a, b) => a[0] - b[0]);
    for (const [, n] of aged.slice(0, aged.length - KEEP_ENTRIES)) {
      try {
        unlinkSync(join(this.dir, n));
      } catch {
        // already gone
      }
    }
  }
}
