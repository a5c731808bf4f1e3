// More of the program's environment: the command line as an array and
// shifting it (hb_ACmdLine, hb_ArgShift), who and where the program runs
// (hb_UserName, NetName, hb_UserLang, hb_OSCPU, hb_OSIs64Bit, the
// hb_OSIsWin*() family, all false here), the last OS error code
// (hb_OSError), the shared-library naming of the platform (hb_LibExt,
// hb_LibPrefix, hb_LibSuffix), printer devices (hb_IsPrinter, IsPrinter)
// and the idle/garbage-collector calls that have nothing to do here
// (hb_ReleaseCPU, hb_GCStep).

import { closeSync, openSync } from 'node:fs';
import { hostname, machine, userInfo } from 'node:os';
import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { deref } from './param.js';
import { ioErrors, nameConv } from './files-os.js';
import { fnameMerge, fnameSplit } from './files-name.js';

/** A Harbour run-time option (//INFO, --hb:...), which applications do not see as an argument. */
function isInternal(arg: string): boolean {
  const head = arg.slice(0, 5).toLowerCase();
  return head === '--hb:' || head === '//hb:' || arg.startsWith('//');
}

/** hb_ArgShift( [lProgName] ): drop the first argument, making it the program name when asked. */
function argShift(ctx: Thread, toProgName: boolean): void {
  const argv = ctx.vm.argv;
  let i = 0;
  if (toProgName) {
    while (i < argv.length && isInternal(argv[i])) i++;
    if (i < argv.length) ctx.vm.progName = argv[i];
  }
  if (i < argv.length) argv.splice(i, 1);
}

function userName(): string {
  try {
    const name = userInfo().username;
    if (name !== '') return name;
  } catch {
    // no password entry for this user: fall back to the environment
  }
  return process.env.USER ?? '';
}

/** hb_UserLang(): the locale of LC_ALL, LC_MESSAGES or LANG as an IETF tag ("en-US"), "" when none is set. */
function userLang(): string {
  const env = process.env;
  const v = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  if (v === undefined) return '';
  const dot = v.indexOf('.');
  return (dot < 0 ? v : v.slice(0, dot)).replace(/_/g, '-');
}

/** Whether a printer device can be written: opened for appending (made when missing), as Harbour does. */
function printerReady(ctx: Thread, name: Value): boolean {
  const device = typeof name === 'string' ? name : '/dev/lp0';
  try {
    closeSync(openSync(nameConv(ctx, device), 'a'));
    return true;
  } catch {
    return false;
  }
}

const no = (): boolean => false;

/** The file name extension of a dynamic library on this system. */
const libExt = (): string => (process.platform === 'darwin' ? '.dylib' : process.platform === 'win32' ? '.dll' : '.so');

/** What the names of dynamic libraries start with on this system. */
const libPrefix = (): string => (process.platform === 'win32' ? '' : 'lib');

export const functions: StdModule = {
  HB_ACMDLINE(ctx) {
    return ctx.vm.argv.slice();
  },
  HB_ARGSHIFT(ctx, toProgName) {
    argShift(ctx, deref(toProgName) === true);
    return undefined;
  },
  HB_USERNAME() {
    return userName();
  },
  NETNAME() {
    return hostname() || (process.env.HOSTNAME ?? '');
  },
  HB_USERLANG() {
    return userLang();
  },
  HB_OSCPU(ctx) {
    return ctx.vm.syms.func('HB_VERSION').fn(ctx, 24);
  },
  HB_OSIS64BIT() {
    return /64/.test(machine());
  },
  HB_OSERROR(ctx) {
    return ioErrors(ctx).os;
  },
  HB_OSISWIN9X: no,
  HB_OSISWINNT: no,
  HB_OSISWIN2K: no,
  HB_OSISWINVISTA: no,
  HB_OSISWIN7: no,
  HB_OSISWIN8: no,
  HB_OSISWIN81: no,
  HB_OSISWIN10: no,
  HB_OSISWIN11: no,
  HB_OSISWINCE: no,
  HB_OSISWINE: no,
  HB_LIBEXT: libExt,
  HB_LIBPREFIX: libPrefix,
  /** hb_libName( cName, [cDir] ): the file of dynamic library cName (in cDir when it names no folder). */
  HB_LIBNAME(ctx, name, dir) {
    name = deref(name);
    dir = deref(dir);
    if (typeof name !== 'string') return '';
    const f = fnameSplit(name, ctx);
    const path = (f.path ?? '') === '' && typeof dir === 'string' ? dir : f.path;
    return fnameMerge({ path, name: libPrefix() + (f.name ?? ''), ext: (f.ext ?? '') === '' ? libExt() : f.ext }, ctx);
  },
  HB_LIBSUFFIX() {
    return '';
  },
  HB_LIBPOSTFIX() {
    return '';
  },
  HB_ISPRINTER(ctx, name) {
    return printerReady(ctx, deref(name));
  },
  ISPRINTER(ctx) {
    return printerReady(ctx, undefined);
  },
  // one thread of JavaScript and its own collector: nothing to yield or collect here
  HB_RELEASECPU() {
    return undefined;
  },
  HB_GCSTEP() {
    return undefined;
  },
};
