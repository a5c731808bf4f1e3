// The koffi FFI module, loaded once for the file locks and the memory maps.
// koffi's own entry script resolves its export map, inspects the node
// binary's ELF headers to tell glibc from musl and wraps the native module:
// about 8 ms, paid by the first table a program opens. The native module it
// ends in is loaded here directly (under 1 ms); where its package is laid
// out otherwise, the entry script is the fallback.

import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of koffi's API the RDD uses. */
export interface Koffi {
  load(path: string): { func(signature: string): (...args: unknown[]) => unknown };
  struct(name: string, fields: Record<string, string>): unknown;
  pointer(type: unknown): unknown;
  sizeof(type: unknown): number;
  view(ptr: unknown, len: number): ArrayBuffer;
}

let koffi: Koffi | null | undefined;

/** koffi, or null where it cannot be loaded. */
export function loadKoffi(): Koffi | null {
  if (koffi !== undefined) return koffi;
  const require = createRequire(import.meta.url);
  koffi = loadNative(require);
  if (koffi === null) {
    try {
      koffi = require('koffi') as Koffi;
    } catch {
      koffi = null;
    }
  }
  return koffi;
}

/** The platform package's native module: the glibc build first, then the musl one. */
function loadNative(require: NodeRequire): Koffi | null {
  const dir = packageDir(require, `@koromix/koffi-${process.platform}-${process.arch}`);
  if (dir === null) return null;
  for (const triplet of [`${process.platform}_${process.arch}`, `musl_${process.arch}`]) {
    const m = { exports: {} as Partial<Koffi> };
    try {
      process.dlopen(m, join(dir, triplet, 'koffi.node'));
    } catch {
      continue;
    }
    if (typeof m.exports.load === 'function' && typeof m.exports.view === 'function') return m.exports as Koffi;
  }
  return null;
}

/**
 * A package's folder: the node_modules folders above this module first (a
 * few stat calls), then Node's resolver, which reads every package.json on
 * the way (about 1 ms).
 */
function packageDir(require: NodeRequire, name: string): string | null {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(join(p, 'package.json'))) return p;
    if (dirname(dir) === dir) break;
  }
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}
