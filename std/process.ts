// Child processes: hb_ProcessRun (run a command, feed its stdin, collect
// its stdout and stderr, return its exit code), hb_ProcessOpen with pipe
// handles that FRead/FWrite/FClose work on, hb_ProcessValue (wait for or
// poll the exit code) and hb_ProcessClose (kill), plus the standard handles
// hb_GetStdIn/Out/Err. A process handle is the child's PID.

import { readSync } from 'node:fs';
import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { argError } from '../runtime/errors/launch.js';
import { fsAdopt, fsOsHandle, ioErrors, lastError, setError, setIOError } from './files-os.js';
import {
  closeAll, pollFds, POLLERR, POLLHUP, POLLIN, POLLNVAL, POLLOUT, setNonBlocking, spawnChild, waitChild, writeSome,
  type Child, type OsError,
} from './process-os.js';
import type { StdModule } from './registry.js';

const BUFFER_SIZE = 4096;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
/** hb_parnint: a number truncated, 0 for anything else. */
const int = (v: Value): number => (typeof v === 'number' ? Math.trunc(v) : v instanceof HbNum ? Math.trunc(v.n) : 0);

function setFError(ctx: Thread, code: number): void {
  ioErrors(ctx).fError = code;
}

/** Two by-reference arguments that stand for the same variable. */
function sameRef(a: HbRef, b: HbRef): boolean {
  const saved = a.get();
  const probe = Symbol('probe') as unknown as Value;
  a.set(probe);
  const same = b.get() === probe;
  a.set(saved);
  return same;
}

function substErr(ctx: Thread, fn: string, args: Value[]): Value {
  return argError(ctx, fn, 4001, args.map(deref));
}

/** Start a child; null when none could be started (the error recorded). */
function start(ctx: Thread, cmd: string, wantIn: boolean, wantOut: boolean, wantErr: boolean, errToOut: boolean,
  detach: boolean): Child | null {
  // what this program wrote so far precedes what the child writes
  ctx.vm.console.flush();
  try {
    const c = spawnChild(cmd, wantIn, wantOut, wantErr, errToOut, detach);
    setIOError(ctx, null);
    return c;
  } catch (e) {
    setIOError(ctx, e);
    return null;
  }
}

/** Feed `input` to the child and collect its output until it closes its pipes, as hb_fsProcessRun does. */
function exchange(child: Child, input: Buffer | null): [Buffer[], Buffer[]] {
  let fin = child.stdin;
  let fout = child.stdout;
  let ferr = child.stderr;
  if (fin >= 0 && (input === null || input.length === 0)) {
    closeAll([fin]);
    fin = -1;
  }
  if (fin >= 0) setNonBlocking(fin);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let sent = 0;
  const readInto = (fd: number, list: Buffer[]): boolean => {
    const b = Buffer.allocUnsafe(BUFFER_SIZE);
    let n = 0;
    try {
      n = readSync(fd, b, 0, BUFFER_SIZE, null);
    } catch {
      n = 0;
    }
    if (n > 0) list.push(b.subarray(0, n));
    return n > 0;
  };
  while (fin >= 0 || fout >= 0 || ferr >= 0) {
    const fds = [fout, ferr, fin];
    const ev = pollFds(fds, [POLLIN, POLLIN, POLLOUT]);
    if (ev === null) break;
    const gone = POLLHUP | POLLNVAL | POLLERR;
    if (fout >= 0 && (ev[0] & POLLIN ? !readInto(fout, out) : ev[0] & gone)) {
      closeAll([fout]);
      fout = -1;
    }
    if (ferr >= 0 && (ev[1] & POLLIN ? !readInto(ferr, err) : ev[1] & gone)) {
      closeAll([ferr]);
      ferr = -1;
    }
    if (fin >= 0 && input !== null && (ev[2] & (POLLOUT | gone))) {
      const n = ev[2] & POLLOUT ? writeSome(fin, input, sent) : -1;
      if (n > 0) sent += n;
      if (n < 0 || sent >= input.length) {
        closeAll([fin]);
        fin = -1;
      }
    }
  }
  closeAll([fin, fout, ferr]);
  return [out, err];
}

/**
 * hb_fsCanRead / hb_fsCanWrite: 1 when the pipe is ready within `timeout`
 * ms (negative: no limit), 0 when not, -1 when it is closed or invalid.
 */
function pipeReady(ctx: Thread, fd: number, write: boolean, timeout: number): number {
  const want = write ? POLLOUT : POLLIN;
  if (fd < 0) {
    setIOError(ctx, null);
    return -1;
  }
  const ev = pollFds([fd], [want], timeout < 0 ? -1 : Math.min(timeout, 0x7fffffff));
  setIOError(ctx, null);
  if (ev === null) return 0;
  if (ev[0] & want) return 1;
  return ev[0] & (POLLHUP | POLLNVAL | POLLERR) ? -1 : 0;
}

/** A pipe handle argument (hb_parnintdef( n, FS_ERROR )). */
const pipeArg = (v: Value): number => (isNum(v) ? int(v) : -1);

/** A process handle argument as a PID; 0 for none. */
function pidArg(v: Value): number {
  return isNum(v) ? int(v) : 0;
}

export const functions: StdModule = {
  HB_PROCESSRUN(ctx, ...args) {
    const [cmd, stdIn, outRef, errRef, detach] = args;
    if (typeof cmd !== 'string' || (stdIn !== undefined && typeof stdIn !== 'string') ||
        (outRef !== undefined && !(outRef instanceof HbRef)) || (errRef !== undefined && !(errRef instanceof HbRef)) ||
        (detach !== undefined && typeof detach !== 'boolean')) {
      return substErr(ctx, 'HB_PROCESSRUN', args);
    }
    const wantOut = outRef instanceof HbRef;
    const wantErr = errRef instanceof HbRef;
    const merged = wantOut && wantErr && sameRef(outRef, errRef);
    const child = start(ctx, cmd, typeof stdIn === 'string', wantOut, wantErr && !merged, merged, detach === true);
    let result = -1;
    let out: Buffer[] = [];
    let err: Buffer[] = [];
    if (child !== null) {
      [out, err] = exchange(child, typeof stdIn === 'string' ? Buffer.from(stdIn, 'latin1') : null);
      const e: { e: OsError | null } = { e: null };
      result = waitChild(child.pid, true, e);
      setIOError(ctx, e.e);
    }
    setFError(ctx, lastError(ctx));
    if (wantOut) outRef.set(Buffer.concat(out).toString('latin1'));
    if (wantErr && !merged) errRef.set(Buffer.concat(err).toString('latin1'));
    return result;
  },
  HB_PROCESSOPEN(ctx, ...args) {
    const [cmd, inRef, outRef, errRef, detach, pidRef] = args;
    const byRefOrNil = (v: Value) => v === undefined || v instanceof HbRef;
    if (typeof cmd !== 'string' || !byRefOrNil(inRef) || !byRefOrNil(outRef) || !byRefOrNil(errRef) ||
        (detach !== undefined && typeof detach !== 'boolean') || !byRefOrNil(pidRef) ||
        (inRef instanceof HbRef && ((outRef instanceof HbRef && sameRef(inRef, outRef)) ||
          (errRef instanceof HbRef && sameRef(inRef, errRef))))) {
      return substErr(ctx, 'HB_PROCESSOPEN', args);
    }
    const wantIn = inRef instanceof HbRef;
    const wantOut = outRef instanceof HbRef;
    const wantErr = errRef instanceof HbRef;
    const merged = wantOut && wantErr && sameRef(outRef, errRef);
    const child = start(ctx, cmd, wantIn, wantOut, wantErr && !merged, merged, detach === true);
    setFError(ctx, lastError(ctx));
    if (child === null) return -1;
    if (wantIn) inRef.set(fsAdopt(child.stdin));
    if (wantOut) outRef.set(fsAdopt(child.stdout));
    if (wantErr && !merged) errRef.set(fsAdopt(child.stderr));
    if (pidRef instanceof HbRef) pidRef.set(child.pid);
    return child.pid;
  },
  HB_PROCESSVALUE(ctx, ...args) {
    const pid = pidArg(args[0]);
    if (pid === 0 || pid === -1 || (args.length >= 2 && typeof args[1] !== 'boolean')) {
      return substErr(ctx, 'HB_PROCESSVALUE', args);
    }
    const e: { e: OsError | null } = { e: null };
    let r = -1;
    if (pid > 0) {
      r = waitChild(pid, args.length < 2 || args[1] === true, e);
      setIOError(ctx, e.e);
    } else {
      setError(ctx, -1);
    }
    setFError(ctx, lastError(ctx));
    return r;
  },
  HB_PROCESSCLOSE(ctx, ...args) {
    const pid = pidArg(args[0]);
    if (pid === 0 || pid === -1 || (args.length >= 2 && typeof args[1] !== 'boolean')) {
      return substErr(ctx, 'HB_PROCESSCLOSE', args);
    }
    let ok = false;
    if (pid > 0) {
      try {
        process.kill(pid, args.length < 2 || args[1] === true ? 'SIGTERM' : 'SIGKILL');
        ok = true;
        setIOError(ctx, null);
      } catch (e) {
        setIOError(ctx, e);
      }
    } else {
      setError(ctx, -1);
    }
    setFError(ctx, lastError(ctx));
    return ok;
  },
  HB_PREAD(ctx, ...args) {
    const h = pipeArg(args[0]);
    const ref = args[1];
    if (h === -1 || !(ref instanceof HbRef) || typeof ref.get() !== 'string') return substErr(ctx, 'HB_PREAD', args);
    const cur = ref.get() as string;
    let size = cur.length;
    const want = args[2];
    if (isNum(want) && int(want) >= 0 && int(want) < size) size = int(want);
    let n = 0;
    let err = 0;
    if (size > 0) {
      const fd = fsOsHandle(h);
      const ready = pipeReady(ctx, fd, false, int(args[3]));
      if (ready < 0) {
        n = -1;
      } else if (ready > 0) {
        const b = Buffer.allocUnsafe(size);
        try {
          n = readSync(fd, b, 0, size, null);
          setIOError(ctx, null);
        } catch (e) {
          setIOError(ctx, e);
          n = 0;
        }
        if (n > 0) ref.set(b.toString('latin1', 0, n) + cur.slice(n));
        // nothing to read from a ready pipe: its writer closed it
        else n = -1;
      }
      err = lastError(ctx);
    }
    setFError(ctx, err);
    return n;
  },
  HB_PWRITE(ctx, ...args) {
    const h = pipeArg(args[0]);
    const data = args[1];
    if (h === -1 || typeof data !== 'string') return substErr(ctx, 'HB_PWRITE', args);
    let len = data.length;
    if (isNum(args[2]) && int(args[2]) >= 0 && int(args[2]) < len) len = int(args[2]);
    const fd = fsOsHandle(h);
    let n = pipeReady(ctx, fd, true, int(args[3]));
    if (n > 0) {
      setNonBlocking(fd);
      n = writeSome(fd, Buffer.from(data.slice(0, len), 'latin1'), 0);
      setNonBlocking(fd, false);
      if (n < 0) {
        setError(ctx, 29);
        n = 0;
      } else {
        setIOError(ctx, null);
      }
    }
    setFError(ctx, lastError(ctx));
    return n;
  },
  HB_GETSTDIN() {
    return 0;
  },
  HB_GETSTDOUT() {
    return 1;
  },
  HB_GETSTDERR() {
    return 2;
  },
};
