// Clipper compatibility functions of the runtime library: the binary
// conversions Bin2I/Bin2W/Bin2L/I2Bin/L2Bin, the "samples" time helpers
// AMPM, Days, ElapTime, Secs, TString and LenNum, FKMax/FKLabel, __Run
// (RUN / ! commands) and hb_Run().

import { constants as osConstants } from 'node:os';
import { flushAllFiles } from '../rdd/io/file.js';
import { nodeChildProcess } from '../runtime/lazy-node.js';
import type { Thread } from '../runtime/vm/thread.js';
import { HbLong, HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { valOf } from '../runtime/values/number.js';
import { numToStr } from '../runtime/values/numfmt.js';
import type { StdModule } from './registry.js';

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const num = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? v.n : 0);
/** A C long argument (hb_parnl): truncated, 0 for anything but a number. */
const long = (v: Value): number => Math.trunc(num(deref(v)));
const str = (v: Value): string => {
  const s = deref(v);
  return typeof s === 'string' ? s : '';
};

/** hb_strVal: the number a text starts with (as Val() reads it), as a C long (64 bits). */
function leadingInt(s: string): number {
  const v = valOf(s);
  return Math.trunc(typeof v === 'number' ? v : v.n);
}

/** "hh:mm:ss" of a number of seconds (hours wrap at 24; C's digits of a negative count). */
function secToTime(t: number | bigint): string {
  const two = (n: number) => String.fromCharCode((48 + Math.trunc(n / 10)) & 0xff, (48 + (n % 10)) & 0xff);
  if (typeof t === 'bigint') {
    return two(Number((t / 3600n) % 24n)) + ':' + two(Number((t / 60n) % 60n)) + ':' + two(Number(t % 60n));
  }
  return two(Math.trunc(t / 3600) % 24) + ':' + two(Math.trunc(t / 60) % 60) + ':' + two(t % 60);
}

/**
 * Seconds of "hh:mm:ss" (each part read as a number where present), in a
 * C long: a part too long for one wraps the sum in 64 bits.
 */
function timeToSec(s: string): number | bigint {
  const z = s.indexOf('\0');
  if (z >= 0) s = s.slice(0, z);
  const h = s.length >= 1 ? leadingInt(s) : 0;
  const m = s.length >= 4 ? leadingInt(s.slice(3)) : 0;
  const sec = s.length >= 7 ? leadingInt(s.slice(6)) : 0;
  const t = h * 3600 + m * 60 + sec;
  if (t > -(2 ** 53) && t < 2 ** 53) return t;
  const w = BigInt.asIntN(64, cLong(h) * 3600n + cLong(m) * 60n + cLong(sec));
  return w > -(2n ** 53n) && w < 2n ** 53n ? Number(w) : w;
}

/** C's (long) of a whole double: out of range gives the smallest long. */
function cLong(v: number): bigint {
  return v < 2 ** 63 && v >= -(2 ** 63) ? BigInt(v) : -(2n ** 63n);
}

function bytes(s: Value): Buffer | null {
  const v = deref(s);
  return typeof v === 'string' ? Buffer.from(v, 'latin1') : null;
}

/**
 * Run a shell command with the program's terminal, as C's system() does;
 * its wait status: the exit code times 256, or the signal that ended it.
 */
function runShell(ctx: Thread, command: string): number {
  ctx.vm.console.flush();
  // the command may read tables this process has cached writes for
  flushAllFiles();
  const r = nodeChildProcess().spawnSync('/bin/sh', ['-c', command], { stdio: 'inherit' });
  if (r.error !== undefined) return -1;
  if (r.signal !== null) return osConstants.signals[r.signal] ?? 0;
  return (r.status ?? 0) * 256;
}

export const functions: StdModule = {
  BIN2I(_ctx, s) {
    const b = bytes(s);
    if (b === null || b.length === 0) return 0;
    const u = b.length >= 2 ? b.readUInt16LE(0) : b[0];
    return u >= 0x8000 ? u - 0x10000 : u;
  },
  BIN2W(_ctx, s) {
    const b = bytes(s);
    if (b === null || b.length === 0) return 0;
    return b.length >= 2 ? b.readUInt16LE(0) : b[0];
  },
  BIN2L(_ctx, s) {
    const b = bytes(s);
    if (b === null || b.length === 0) return 0;
    if (b.length >= 4) return b.readInt32LE(0);
    if (b.length === 3) return b[0] | (b[1] << 8) | (b[2] << 16);
    return b.length >= 2 ? b.readUInt16LE(0) : b[0];
  },
  I2BIN(_ctx, n) {
    const v = long(n) & 0xffff;
    return String.fromCharCode(v & 0xff, v >> 8);
  },
  L2BIN(_ctx, n) {
    const v = long(n) | 0;
    return String.fromCharCode(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  },
  AMPM(_ctx, t) {
    let s = str(t);
    // C's (int) of the double: out of range gives the smallest int
    let hour = s.length > 0 ? leadingInt(s) : 0;
    if (hour >= 2 ** 31 || hour < -(2 ** 31)) hour = -(2 ** 31);
    let am: boolean;
    if (hour === 0 || hour === 24) {
      s = '12' + s.slice(2);
      am = true;
    } else if (hour > 12) {
      const h = hour - 12;
      const tens = Math.trunc(h / 10);
      // each digit is a C char: it wraps past 255
      s = (tens === 0 ? ' ' : String.fromCharCode((48 + tens) & 0xff)) + String.fromCharCode(48 + (h % 10)) + s.slice(2);
      am = false;
    } else {
      am = hour !== 12;
    }
    return s + (am ? ' am' : ' pm');
  },
  DAYS(_ctx, secs) {
    return Math.trunc(long(secs) / 86400);
  },
  ELAPTIME(_ctx, start, end) {
    const a = timeToSec(str(start));
    const b = timeToSec(str(end));
    if (typeof a === 'number' && typeof b === 'number') return secToTime((b < a ? 86400 : 0) + b - a);
    const x = BigInt(a);
    const y = BigInt(b);
    return secToTime(BigInt.asIntN(64, (y < x ? 86400n : 0n) + y - x));
  },
  SECS(_ctx, t) {
    const n = timeToSec(str(t));
    return typeof n === 'number' ? n : new HbLong(n);
  },
  TSTRING(_ctx, secs) {
    const v = deref(secs);
    return secToTime(v instanceof HbLong ? v.big : long(v));
  },
  LENNUM(_ctx, n) {
    const v = deref(n);
    if (typeof v !== 'number' && !(v instanceof HbNum)) return 0;
    return numToStr(v).trimStart().length;
  },
  FKMAX() {
    return 40;
  },
  FKLABEL(_ctx, n) {
    const v = deref(n);
    if (typeof v !== 'number' && !(v instanceof HbNum)) return '';
    const k = Math.trunc(num(v));
    return k > 0 && k <= 40 ? 'F' + k : '';
  },
  __RUN(ctx: Thread, cmd) {
    const c = deref(cmd);
    if (typeof c === 'string') runShell(ctx, c);
    return undefined;
  },
  HB_RUN(ctx: Thread, cmd) {
    const c = deref(cmd);
    return typeof c === 'string' ? runShell(ctx, c) : undefined;
  },
};
