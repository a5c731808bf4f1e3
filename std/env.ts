// The program's environment: command-line arguments (hb_argv, hb_argc,
// hb_CmdLine, hb_ProgName), environment variables (GetEnv, hb_GetEnv,
// hb_SetEnv), versions (Version, hb_Version, hb_Compiler, OS), random
// numbers (hb_Random*), Memory and hb_gcAll.
//
// Version() reads "Harbour 3.2.1dev (hbts <version>)": programs that look
// for "Harbour" and the 3.2 version numbers find them, and the part in
// parentheses, where Harbour puts its source revision, names hbts.

import { statSync } from 'node:fs';
import { PACKAGE_ROOT, VERSION as HBTS_VERSION } from '../runtime/paths.js';
import { arch, endianness, machine, release, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Thread } from '../runtime/vm/thread.js';
import { HbDate, HbNum, HbRef, HbTimestamp, type Value } from '../runtime/values/types.js';
import { mkNum } from '../runtime/values/number.js';
import { dateEncode } from '../runtime/values/date.js';
import type { StdModule } from './registry.js';

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const num = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? v.n : 0);
const int = (v: Value): number => Math.trunc(num(v)) | 0;

const VER_MAJOR = 3;
const VER_MINOR = 2;
const VER_RELEASE = 1;
const VER_STATUS = 'dev';
const VERSION = `Harbour ${VER_MAJOR}.${VER_MINOR}.${VER_RELEASE}${VER_STATUS} (hbts ${HBTS_VERSION})`;
const COMPILER = `Node.js ${process.version} (${process.arch.includes('64') ? 64 : 32}-bit)`;

/** The build time of the runtime: when its build stamp was written. */
const BUILD = (() => {
  try {
    return statSync(join(PACKAGE_ROOT, 'dist', 'build-id.txt')).mtime;
  } catch {
    return new Date(0);
  }
})();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** OS(): the system name, release and machine, as uname reports them. */
function osName(): string {
  return `${type()} ${release()} ${machine()}`;
}

function platform(): string {
  return type().toUpperCase();
}

function cpu(): string {
  const a = arch();
  return a === 'x64' ? 'x86-64' : a === 'ia32' ? 'x86' : a;
}

// hb_Version() selectors (hbver.ch)
function version(n: number): Value {
  const b = BUILD;
  switch (n) {
    case 0: return VERSION;
    case 1: return COMPILER;
    case 2: return VER_MAJOR;
    case 3: return VER_MINOR;
    case 4: return VER_RELEASE;
    case 5: return VER_STATUS;
    case 6: return 0;
    case 7: return '';
    case 8: return '';
    case 9: return 3;
    case 10: return 'PCode version: 0.3';
    case 11: return `${MONTHS[b.getMonth()]} ${pad(b.getDate())} ${b.getFullYear()} ${pad(b.getHours())}:${pad(b.getMinutes())}:${pad(b.getSeconds())}`;
    case 12: return new HbDate(dateEncode(b.getFullYear(), b.getMonth() + 1, b.getDate()));
    case 13: return `${pad(b.getHours())}:${pad(b.getMinutes())}:${pad(b.getSeconds())}`;
    case 14: case 15: case 16: return '';
    case 17: return process.arch.includes('64') ? 64 : 32;
    case 18: return endianness() === 'LE' ? 1 : 2;
    case 19: return true;
    case 20: return process.platform !== 'win32';
    case 21: return platform();
    case 22: return process.platform;
    case 23: return 'node';
    case 24: return cpu();
    case 25: return false;
    case 26: return false;
    case 27: return 'https://github.com/harbour/core/';
    case 28: return '';
    case 29: return '';
    case 30: return new HbTimestamp(0, 0);
  }
  return undefined;
}

// the Lehmer generator of Harbour's hb_Random(): x' = x * 48271 mod (2^31 - 1)
const MODULUS = 2147483647;
const MULTIPLIER = 48271;
const SEED = Symbol('RandomSeed');

function randomNum(ctx: Thread): number {
  const st = ctx.slot(SEED, () => ({ seed: 0 }));
  let t = st.seed;
  if (t === 0) t = (Date.now() ^ ctx.id) % MODULUS;
  t = (t * MULTIPLIER) % MODULUS;
  st.seed = t;
  return (t - 1) / (MODULUS - 1);
}

/** A double with SET DECIMALS places, as hb_retnd returns it. */
function retnd(ctx: Thread, n: number): Value {
  return mkNum(n, 0, ctx.sets.decimals) as Value;
}

export const functions: StdModule = {
  HB_ARGC(ctx) {
    return ctx.vm.argv.length;
  },
  HB_ARGV(ctx, n) {
    const i = int(deref(n));
    if (i === 0) return ctx.vm.progName === '' ? '' : resolve(ctx.vm.progName);
    return i > 0 && i <= ctx.vm.argv.length ? ctx.vm.argv[i - 1] : '';
  },
  HB_CMDLINE(ctx) {
    return ctx.vm.argv.join(' ');
  },
  HB_PROGNAME(ctx) {
    return ctx.vm.progName === '' ? '' : resolve(ctx.vm.progName);
  },
  HB_DIRBASE(ctx) {
    const p = ctx.vm.progName === '' ? process.cwd() + '/' : dirname(resolve(ctx.vm.progName)) + '/';
    return p;
  },
  HB_ARGCHECK(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') return false;
    const want = '//' + n.toUpperCase();
    return ctx.vm.argv.some((a) => a.toUpperCase() === want || a.toUpperCase().startsWith(want + ':'));
  },
  HB_ARGSTRING(ctx, name) {
    const n = deref(name);
    if (typeof n !== 'string') return '';
    const want = '//' + n.toUpperCase();
    for (const a of ctx.vm.argv) {
      const u = a.toUpperCase();
      if (u === want) return '';
      if (u.startsWith(want + ':')) return a.slice(want.length + 1);
      if (u.startsWith(want)) return a.slice(want.length);
    }
    return '';
  },
  GETENV(_ctx, ...args) {
    const name = deref(args[0]);
    if (typeof name !== 'string' || args.length !== 1) return '';
    return process.env[name] ?? '';
  },
  HB_GETENV(_ctx, name, def) {
    const n = deref(name);
    const v = typeof n === 'string' && n !== '' ? process.env[n] : undefined;
    if (v !== undefined) return v;
    const d = deref(def);
    return typeof d === 'string' ? d : '';
  },
  HB_SETENV(_ctx, name, value) {
    const n = deref(name);
    if (typeof n !== 'string' || n === '' || n.includes('=')) return false;
    const v = deref(value);
    if (typeof v === 'string') process.env[n] = v;
    else delete process.env[n];
    return true;
  },
  VERSION() {
    return VERSION;
  },
  HB_VERSION(_ctx, n) {
    return version(int(deref(n)));
  },
  HB_COMPILER() {
    return COMPILER;
  },
  OS() {
    return osName();
  },
  HB_RANDOM(ctx, a, b) {
    const r = randomNum(ctx);
    const x = deref(a);
    const y = deref(b);
    if (!isNum(x)) return retnd(ctx, r);
    if (!isNum(y)) return retnd(ctx, r * num(x));
    let lo = num(y);
    let hi = num(x);
    if (lo > hi) [lo, hi] = [hi, lo];
    return retnd(ctx, r * (hi - lo) + lo);
  },
  HB_RANDOMINT(ctx, a, b) {
    const r = randomNum(ctx);
    const x = deref(a);
    const y = deref(b);
    if (!isNum(x)) return r >= 0.5 ? 0 : 1;
    if (!isNum(y)) return Math.trunc(1 + r * Math.trunc(num(x)));
    let lo = Math.trunc(num(x));
    let hi = Math.trunc(num(y));
    if (lo > hi) [lo, hi] = [hi, lo];
    return Math.trunc(lo + r * (hi - lo + 1));
  },
  HB_RANDOMSEED(ctx, n) {
    let s = int(deref(n)) % MODULUS;
    if (s < 0) s += MODULUS;
    ctx.slot(SEED, () => ({ seed: 0 })).seed = s;
    return undefined;
  },
  HB_RANDOMINTMAX() {
    return MODULUS - 2;
  },
  MEMORY(_ctx, n) {
    const k = int(deref(n));
    // what Harbour reports on a POSIX system: no DOS memory statistics
    return (k >= 0 && k <= 4) || (k >= 101 && k <= 104) ? 9999 : 0;
  },
  HB_GCALL(ctx) {
    // counting mode: cyclic garbage goes, destructors run (runtime/vm/refcount.ts)
    ctx.vm.rc?.collect(ctx);
    return undefined;
  },
};
