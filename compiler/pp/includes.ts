// Finding #include files: the including file's folder, the main file's
// folder, the -I folders, the folders of the INCLUDE environment variable
// and finally the bundled std/include. `#include <x.ch>` skips the first two.

import { readFileSync, statSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../runtime/paths.js';
import { dirname, delimiter, isAbsolute, join } from 'node:path';
import type { IncludeLoader } from './preprocessor.js';

let bundledDir: string | null = null;

/** The bundled std/include folder (found from this module, in the source tree or the built package). */
export function stdIncludeDir(): string {
  if (bundledDir !== null) return bundledDir;
  return (bundledDir = join(PACKAGE_ROOT, 'std', 'include'));
}

/** Bundled headers do not change while the process runs. */
const bundledText = new Map<string, string>();

function readIfFile(path: string, cache: boolean): string | null {
  if (cache) {
    const hit = bundledText.get(path);
    if (hit !== undefined) return hit;
  }
  try {
    if (!statSync(path).isFile()) return null;
    const text = readFileSync(path, 'latin1');
    if (cache) bundledText.set(path, text);
    return text;
  } catch {
    return null;
  }
}

function joinDir(dir: string, name: string): string {
  return dir === '' || dir === '.' ? name : join(dir, name);
}

export function makeIncludeLoader(mainFile: string, includePaths: string[]): IncludeLoader {
  const envDirs = (process.env.INCLUDE ?? '').split(delimiter).filter((d) => d !== '');
  const std = stdIncludeDir();
  return (name, system, fromFile) => {
    if (isAbsolute(name)) {
      const text = readIfFile(name, false);
      return text === null ? null : { path: name, text };
    }
    const dirs: string[] = [];
    if (!system) {
      dirs.push(dirname(fromFile));
      const mainDir = dirname(mainFile);
      if (mainDir !== dirs[0]) dirs.push(mainDir);
    }
    dirs.push(...includePaths, ...envDirs);
    for (const d of dirs) {
      const path = joinDir(d, name);
      const text = readIfFile(path, false);
      if (text !== null) return { path, text };
    }
    const path = join(std, name);
    const text = readIfFile(path, true);
    return text === null ? null : { path, text };
  };
}
