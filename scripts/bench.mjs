// npm run bench [-- options]
//
// Runs the benchmark programs of tests/bench with hbts and prints every
// phase's time and the checksum (checked against tests/bench/expected).
// When a reference Harbour's hbmk2 is on PATH, Harbour and hbts runs
// alternate in the same sitting and the table shows per-phase medians and
// the ratio hbts/Harbour.
//
// `compile` times a fresh (uncached) compile of a generated 10,000-line
// program, whole process included.
//
//   --runs N          alternating runs per program (default 3)
//   --only a,b        programs to run: vm_core, dbf_bench, oop_send, hello, compile, speedtst (or any tests/bench/NAME.prg)
//   --speedtst PATH   also run Harbour's tests/speedtst.prg from a checkout
//   --n N             argument for vm_core / dbf_bench (their size)

import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'runtime', 'launch.cjs');
const benchDir = join(root, 'tests', 'bench');

const opts = { runs: 3, only: ['vm_core', 'dbf_bench', 'oop_send', 'hello', 'compile'], speedtst: null, n: null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs') opts.runs = Number(argv[++i]);
  else if (a === '--only') opts.only = argv[++i].split(',');
  else if (a === '--speedtst') opts.speedtst = resolve(argv[++i]);
  else if (a === '--n') opts.n = argv[++i];
}
if (opts.speedtst && !opts.only.includes('speedtst')) opts.only.push('speedtst');

const hbmk2 = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v hbmk2'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();

/** Build a Harbour executable of `prg` (reference only, outside the project). */
function buildHarbour(prg, work) {
  const exe = join(work, 'hb.exe');
  const r = spawnSync(hbmk2, [prg, '-gtcgi', '-mt', '-q0', '-o' + exe], { cwd: work, encoding: 'utf8' });
  return r.status === 0 ? exe : null;
}

/** Run a command in a fresh empty directory; "name: seconds" lines become phases. */
function runOnce(cmd, args) {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-bench-'));
  const t0 = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd: dir, encoding: 'latin1', maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const phases = new Map();
  let checksum = null;
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = /^([A-Za-z0-9_.]+):\s+(-?[\d.]+)\s*$/.exec(line.trim());
    if (m && m[1] !== 'checksum') phases.set(m[1], Number(m[2]));
    // speedtst: "[ T001: x := L_C ].....0.03" and "[ total application time: ]....8.88"
    const t = /^\[ (T\d+|total application time):.*?\]\.+\s*(-?[\d.]+)\s*$/.exec(line.trim());
    if (t) phases.set(t[1] === 'total application time' ? 'total' : t[1], Number(t[2]));
    const c = /^checksum:\s*(\d+)/.exec(line.trim());
    if (c) checksum = c[1];
  }
  return { phases, checksum, wall, status: r.status, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function expectedChecksum(name, args) {
  const file = name === 'vm_core' ? (args[0] === '50000' ? 'vm_core_n50000.txt' : args.length ? null : 'vm_core_default.txt')
    : name === 'dbf_bench' ? (args.length === 0 ? 'dbf_bench_default.txt' : `dbf_bench_${args[0]}_${args[1] ?? 'both'}.txt`) : null;
  if (!file || !existsSync(join(benchDir, 'expected', file))) return null;
  return /checksum:\s*(\d+)/.exec(readFileSync(join(benchDir, 'expected', file), 'latin1'))?.[1] ?? null;
}

function table(name, prg, args) {
  const work = mkdtempSync(join(tmpdir(), 'hbts-bench-build-'));
  const hbExe = hbmk2 ? buildHarbour(prg, work) : null;
  const ours = [];
  const theirs = [];
  // warm the compile cache so compilation is not timed
  runOnce(['node', cli], [prg, ...args.slice(0, 0)]);
  for (let i = 0; i < opts.runs; i++) {
    if (hbExe) theirs.push(runOnce([hbExe], args));
    ours.push(runOnce(['node', cli, prg], args));
  }
  rmSync(work, { recursive: true, force: true });
  const failed = ours.find((r) => r.status !== 0);
  if (failed) console.log(`${name}: hbts exited with ${failed.status}\n${failed.stderr.split('\n').slice(0, 6).join('\n')}`);
  const names = [...new Set(ours.flatMap((r) => [...r.phases.keys()]))];
  console.log(`\n## ${name} ${args.join(' ')}`.trimEnd());
  console.log(hbExe ? '| phase | Harbour s | hbts s | hbts/Harbour |' : '| phase | hbts s |');
  console.log(hbExe ? '| --- | ---: | ---: | ---: |' : '| --- | ---: |');
  for (const p of names) {
    const o = median(ours.map((r) => r.phases.get(p)).filter((x) => x !== undefined));
    if (hbExe) {
      const t = median(theirs.map((r) => r.phases.get(p)).filter((x) => x !== undefined));
      console.log(`| ${p} | ${t.toFixed(3)} | ${o.toFixed(3)} | ${t > 0 ? (o / t).toFixed(2) : '-'} |`);
    } else {
      console.log(`| ${p} | ${o.toFixed(3)} |`);
    }
  }
  const sum = ours[0]?.checksum ?? null;
  const want = expectedChecksum(name, args);
  const hbSum = theirs[0]?.checksum ?? null;
  console.log(`checksum: ${sum ?? 'none'}${want ? (sum === want ? ' (matches Harbour)' : ` (Harbour: ${want})`) : hbSum ? (sum === hbSum ? ' (matches Harbour)' : ` (Harbour: ${hbSum})`) : ''}`);
}

function hello() {
  const prg = join(benchDir, 'hello.prg');
  const runs = Math.max(10, opts.runs * 5);
  runOnce(['node', cli, prg], []);
  // alternating, so that a slow spell of the machine falls on both alike
  const floorMs = [];
  const oursMs = [];
  for (let i = 0; i < runs; i++) {
    floorMs.push(runOnce(['node', '-e', '0'], []).wall * 1000);
    oursMs.push(runOnce(['node', cli, prg], []).wall * 1000);
  }
  const nodeFloor = median(floorMs);
  const ours = median(oursMs);
  console.log('\n## hello (whole process, warm compile cache)');
  console.log(`| command | median ms |\n| --- | ---: |\n| node -e 0 | ${nodeFloor.toFixed(1)} |\n| hbts hello.prg | ${ours.toFixed(1)} |`);
  console.log(`hbts / node -e 0 = ${(ours / nodeFloor).toFixed(2)}`);
}

/** A program of `lines` lines: many functions mixing the statement kinds. */
function bigProgram(lines) {
  const out = ['PROCEDURE Main()', '   ? "compiled"', '   RETURN', ''];
  for (let f = 0; out.length < lines; f++) {
    out.push(
      `STATIC FUNCTION Fn${f}( a, b, c )`,
      '   LOCAL i, x := 0, s := "", h := { "k" => 1 }, arr := {}',
      '   FOR i := 1 TO Len( a )',
      `      IF a[ i ] > ${f} .AND. b != NIL`,
      '         x += a[ i ] * 2 - b',
      `      ELSEIF ValType( a[ i ] ) == "C"`,
      '         s += Upper( SubStr( a[ i ], 1, 3 ) ) + Str( i, 5 )',
      '      ELSE',
      '         AAdd( arr, {| y | y + i } )',
      '      ENDIF',
      '   NEXT',
      '   DO CASE',
      `   CASE c == ${f % 7}`,
      '      x := iif( Empty( s ), 1, 2 )',
      '   CASE c == NIL',
      '      h[ "n" ] := hb_ntos( x ) + "/" + DToS( Date() )',
      '   OTHERWISE',
      '      BEGIN SEQUENCE',
      '         x := x / c',
      '      RECOVER',
      '         x := -1',
      '      END SEQUENCE',
      '   ENDCASE',
      '   DO WHILE x > 100',
      '      x := Int( x / 2 )',
      '   ENDDO',
      '   FOR EACH i IN arr',
      '      x += Eval( i, x )',
      '   NEXT',
      `   RETURN { x, s, h, Len( arr ), Fn${f}( {}, NIL, 0 ) == NIL }`,
      '');
  }
  return out.join('\n') + '\n';
}

function compile() {
  const dir = mkdtempSync(join(tmpdir(), 'hbts-compile-'));
  const prg = join(dir, 'big.prg');
  const src = bigProgram(10000);
  writeFileSync(prg, src);
  const runs = Math.max(3, opts.runs);
  const walls = Array.from({ length: runs }, () => runOnce(['node', cli, '--no-cache', prg], []).wall * 1000);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n## compile (${src.split('\n').length - 1} lines, no cache, whole process)`);
  console.log(`| command | median ms |\n| --- | ---: |\n| hbts --no-cache big.prg | ${median(walls).toFixed(1)} |`);
}

for (const name of opts.only) {
  if (name === 'hello') hello();
  else if (name === 'compile') compile();
  else if (name === 'speedtst') {
    if (!opts.speedtst) continue;
    const dir = mkdtempSync(join(tmpdir(), 'hbts-speedtst-'));
    const src = existsSync(join(opts.speedtst, 'tests', 'speedtst.prg')) ? join(opts.speedtst, 'tests', 'speedtst.prg') : opts.speedtst;
    copyFileSync(src, join(dir, 'speedtst.prg'));
    table('speedtst', join(dir, 'speedtst.prg'), ['--stdout']);
  } else {
    const args = opts.n ? [opts.n] : [];
    table(name, join(benchDir, name + '.prg'), args);
  }
}
