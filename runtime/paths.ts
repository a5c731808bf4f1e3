// Where the installed package lives (for package.json, std/include and the
// build stamp), found from this module's location so that it works from
// the compiled tree and from a single-file bundle alike.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'hbts') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('hbts: package root not found');
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot();

export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
