// .hbp project files (hbmk2's format): source files and compiler switches,
// one or more per line; `#` starts a comment. C sources and switches that
// only concern building an executable are reported and skipped.

import { readFileSync } from 'node:fs';
import { dirname, extname, join, isAbsolute } from 'node:path';
import type { BuildOptions } from './build.js';

/** Harbour compiler switches that change what a program does. */
export const COMPILER_SWITCH = /^-(w\d?|es\d?|k[a-z+-]*|n\d?|a|v|z[+-]?|q\d?|b|l|m|gc\d?|gh|\$)$/i;

export function readProject(file: string, opts: BuildOptions): void {
  const dir = dirname(file);
  const rel = (p: string) => (isAbsolute(p) ? p : join(dir, p));
  for (const raw of readFileSync(file, 'latin1').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    for (const item of line.split(/\s+/)) {
      const ext = extname(item).toLowerCase();
      if (ext === '.prg') opts.files.push(rel(item));
      else if (ext === '.hbp') readProject(rel(item), opts);
      else if (/^-d/i.test(item)) {
        const [name, value = ''] = item.slice(2).split('=');
        opts.defines[name] = value;
      } else if (/^-i/i.test(item) && item.length > 2) opts.includePaths.push(rel(item.slice(2)));
      else if (COMPILER_SWITCH.test(item)) opts.flags.push(item);
      else if (ext === '.c' || ext === '.cpp') process.stderr.write(`hbts: ${file}: skipping C source ${item}\n`);
      else process.stderr.write(`hbts: ${file}: ignoring ${item}\n`);
    }
  }
}
