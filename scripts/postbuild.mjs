// After tsc: bundle the runtime into one file (dist/hbts.cjs, loaded by
// dist/runtime/launch.cjs through V8's code cache), stamp the build (the
// compile cache keys on it), and link the launcher as node_modules/.bin/hbts
// so `npx hbts` and the conformance tools find it in a fresh checkout.

import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

function* files(dir, ext) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, ext);
    else if (p.endsWith(ext)) yield p;
  }
}

// one CommonJS bundle: import.meta.url is the bundle's own URL
const bundle = join(dist, 'hbts.cjs');
buildSync({
  entryPoints: [join(dist, 'runtime', 'cli.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: bundle,
  external: ['koffi'],
  // smaller source: less to read and to compile lazily at start-up (keepNames
  // would re-define every function's name, which costs run-time speed)
  minify: true,
  define: { 'import.meta.url': '__hbtsUrl' },
  banner: { js: "const __hbtsUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'error',
});
// the launcher wraps the bundle in a function: no hashbang line inside
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/^#!.*\n/m, ''));
for (const f of readdirSync(dist)) if (f.endsWith('.v8cache')) rmSync(join(dist, f));

const h = createHash('sha256');
for (const f of [...files(dist, '.js')].sort()) h.update(relative(dist, f)).update(readFileSync(f));
for (const f of [...files(join(root, 'std', 'include'), '')].sort()) h.update(relative(root, f)).update(readFileSync(f));
writeFileSync(join(dist, 'build-id.txt'), h.digest('hex').slice(0, 16) + '\n');

const cli = join(dist, 'runtime', 'launch.cjs');
chmodSync(cli, 0o755);
const bin = join(root, 'node_modules', '.bin');
mkdirSync(bin, { recursive: true });
rmSync(join(bin, 'hbts'), { force: true });
symlinkSync(relative(bin, cli), join(bin, 'hbts'));
