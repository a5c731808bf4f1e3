// Child processes as Harbour starts them on a POSIX system (hb_fsProcessOpen
// and friends): the command line is split into arguments by Bourne-shell
// quoting rules without running a shell, the child gets pipes for the
// standard handles asked for (the others are inherited, or /dev/null when
// detached), and the process handle is its PID, waited for with waitpid().
//
// Node's child_process cannot hand out live pipe descriptors nor wait for a
// child synchronously, so libc's posix_spawnp(), pipe2(), waitpid() and
// poll() are reached through koffi.

import { closeSync, writeSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { loadKoffi } from '../rdd/io/koffi.js';

const O_CLOEXEC = 0o2000000;
const O_RDWR = 2;
const O_NONBLOCK = 0o4000;
const F_SETFL = 4;
const WNOHANG = 1;
const EINTR = 4;
export const POLLIN = 1;
export const POLLOUT = 4;
export const POLLERR = 8;
export const POLLHUP = 16;
export const POLLNVAL = 32;
/** posix_spawn_file_actions_t is 80 bytes with glibc; room to spare */
const FILE_ACTIONS_SIZE = 256;

type CFn = (...args: unknown[]) => number;

interface ProcLibc {
  pipe2: CFn;
  faInit: CFn;
  faDestroy: CFn;
  faDup2: CFn;
  faClose: CFn;
  faOpen: CFn;
  faCloseFrom: CFn | null;
  spawnp: CFn;
  waitpid: CFn;
  poll: CFn;
  fcntl: CFn;
  errno: () => number;
}

let libc: ProcLibc | null | undefined;

function loadLibc(): ProcLibc | null {
  if (libc !== undefined) return libc;
  libc = null;
  if (process.platform !== 'linux') return libc;
  const koffi = loadKoffi() as (ReturnType<typeof loadKoffi> & { errno?: () => number }) | null;
  if (koffi === null || typeof koffi.errno !== 'function') return libc;
  try {
    const lib = koffi.load('libc.so.6');
    const f = (sig: string) => lib.func(sig) as CFn;
    let faCloseFrom: CFn | null = null;
    try {
      faCloseFrom = f('int posix_spawn_file_actions_addclosefrom_np(void *fa, int from)');
    } catch {
      // older C libraries: the children inherit only close-on-exec-free descriptors anyway
    }
    const errno = koffi.errno.bind(koffi);
    libc = {
      pipe2: f('int pipe2(_Out_ int *fds, int flags)'),
      faInit: f('int posix_spawn_file_actions_init(void *fa)'),
      faDestroy: f('int posix_spawn_file_actions_destroy(void *fa)'),
      faDup2: f('int posix_spawn_file_actions_adddup2(void *fa, int fd, int newfd)'),
      faClose: f('int posix_spawn_file_actions_addclose(void *fa, int fd)'),
      faOpen: f('int posix_spawn_file_actions_addopen(void *fa, int fd, const char *path, int oflag, int mode)'),
      faCloseFrom,
      spawnp: f('int posix_spawnp(_Out_ int *pid, const char *file, void *fa, void *attr, const char **argv, const char **envp)'),
      waitpid: f('int waitpid(int pid, _Out_ int *status, int options)'),
      poll: f('int poll(void *fds, unsigned long nfds, int timeout)'),
      // the third argument of fcntl() is an int here, passed as a fixed one
      fcntl: f('int fcntl(int fd, int cmd, int arg)'),
      errno: () => errno(),
    };
  } catch {
    libc = null;
  }
  return libc;
}

/** Child processes can be started here. */
export function processSupported(): boolean {
  return loadLibc() !== null;
}

/** An OS error as Node reports one, for the file layer's error recording. */
export class OsError extends Error {
  readonly code: string;
  readonly errno: number;
  constructor(errno: number) {
    const name = Object.entries(osConstants.errno).find(([, v]) => v === errno)?.[0] ?? '';
    super(name);
    this.code = name;
    this.errno = -errno;
  }
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * The arguments of a command line: blanks separate them, "..." and '...'
 * group, a backslash takes the next character literally (not inside '...').
 */
export function splitCommand(cmd: string): string[] {
  let i = 0;
  while (i < cmd.length && isSpace(cmd[i])) i++;
  const args: string[] = [];
  let cur = '';
  let quote = '';
  for (; i < cmd.length; i++) {
    const c = cmd[i];
    if (c === '\\' && quote !== "'") {
      if (i + 1 < cmd.length) cur += cmd[++i];
    } else if (c === quote) {
      quote = '';
    } else if (quote !== '') {
      cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (isSpace(c)) {
      while (i + 1 < cmd.length && isSpace(cmd[i + 1])) i++;
      // blanks at the end start no argument
      if (i + 1 < cmd.length) {
        args.push(cur);
        cur = '';
      }
    } else {
      cur += c;
    }
  }
  args.push(cur);
  return args;
}

export interface Child {
  pid: number;
  /** our ends of the pipes, -1 where the child's handle was not redirected */
  stdin: number;
  stdout: number;
  /** -1 too when the child's stderr shares the stdout pipe */
  stderr: number;
}

function newPipe(c: ProcLibc): [number, number] {
  const fds = [0, 0];
  if (c.pipe2(fds, O_CLOEXEC) !== 0) throw new OsError(c.errno());
  return [fds[0], fds[1]];
}

export function closeAll(fds: number[]): void {
  for (const fd of fds) {
    if (fd >= 0) {
      try {
        closeSync(fd);
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Start `command` with pipes for the standard handles asked for (stderr may
 * share the stdout pipe); a detached child reads and writes /dev/null on the
 * others. A program that cannot be run leaves a child that exits with 1, as
 * a forked child whose exec failed does. Throws an OsError when no process
 * could be started.
 */
export function spawnChild(command: string, wantIn: boolean, wantOut: boolean, wantErr: boolean, errToOut: boolean,
  detach: boolean): Child {
  const c = loadLibc();
  if (c === null) throw new OsError(osConstants.errno.ENOSYS);
  const inP = wantIn ? newPipe(c) : [-1, -1];
  const opened = [...inP];
  try {
    const outP = wantOut || errToOut ? newPipe(c) : [-1, -1];
    opened.push(...outP);
    const errP = wantErr && !errToOut ? newPipe(c) : [-1, -1];
    opened.push(...errP);
    const fa = Buffer.alloc(FILE_ACTIONS_SIZE);
    c.faInit(fa);
    try {
      if (detach) {
        if (!wantIn) c.faOpen(fa, 0, '/dev/null', O_RDWR, 0);
        if (!wantOut && !errToOut) c.faOpen(fa, 1, '/dev/null', O_RDWR, 0);
        if (!wantErr && !errToOut) c.faOpen(fa, 2, '/dev/null', O_RDWR, 0);
      }
      // Node keeps its own standard handles close-on-exec: a dup2() onto
      // itself clears that for the ones the child inherits
      c.faDup2(fa, wantIn ? inP[0] : 0, 0);
      c.faDup2(fa, wantOut || errToOut ? outP[1] : 1, 1);
      c.faDup2(fa, errToOut ? outP[1] : wantErr ? errP[1] : 2, 2);
      if (c.faCloseFrom !== null) c.faCloseFrom(fa, 3);
      const env: Array<string | null> = [];
      for (const k in process.env) env.push(k + '=' + process.env[k]);
      env.push(null);
      const argv: Array<string | null> = splitCommand(command);
      argv.push(null);
      const pid = [0];
      let r = c.spawnp(pid, argv[0], fa, null, argv, env);
      if (r !== 0) r = c.spawnp(pid, 'sh', fa, null, ['sh', '-c', 'exit 1', null], env);
      if (r !== 0) throw new OsError(r);
      closeAll([inP[0], outP[1], errP[1]]);
      return {
        pid: pid[0],
        stdin: inP[1],
        stdout: outP[0],
        stderr: errP[0],
      };
    } finally {
      c.faDestroy(fa);
    }
  } catch (e) {
    closeAll(opened);
    throw e;
  }
}

/**
 * waitpid(): the exit code of a child that ended (0 when a signal ended
 * it), -1 while it still runs (not waiting), -2 on an error (`err` gets the
 * OS error, null on success).
 */
export function waitChild(pid: number, wait: boolean, err: { e: OsError | null }): number {
  const c = loadLibc();
  if (c === null) {
    err.e = new OsError(osConstants.errno.ENOSYS);
    return -2;
  }
  const st = [0];
  let r: number;
  do {
    r = c.waitpid(pid, st, wait ? 0 : WNOHANG);
  } while (r === -1 && c.errno() === EINTR);
  if (r === -1) {
    err.e = new OsError(c.errno());
    return -2;
  }
  err.e = null;
  if (r === 0) return -1;
  const status = st[0];
  // WIFEXITED: no terminating signal
  return (status & 0x7f) === 0 ? (status >> 8) & 0xff : 0;
}

/** Make a pipe's writes return at once rather than wait (or wait again). */
export function setNonBlocking(fd: number, on = true): void {
  loadLibc()?.fcntl(fd, F_SETFL, on ? O_NONBLOCK : 0);
}

/**
 * poll(): the returned events of each descriptor (0 for those passed as
 * -1), null after an error or when the timeout (ms, negative: none) passed.
 */
export function pollFds(fds: number[], events: number[], timeout = -1): number[] | null {
  const c = loadLibc();
  if (c === null) return null;
  const b = Buffer.alloc(8 * fds.length);
  for (let i = 0; i < fds.length; i++) {
    b.writeInt32LE(fds[i], 8 * i);
    b.writeInt16LE(events[i], 8 * i + 4);
  }
  let r: number;
  do {
    r = c.poll(b, fds.length, timeout);
  } while (r === -1 && c.errno() === EINTR);
  if (r <= 0) return null;
  const out: number[] = [];
  for (let i = 0; i < fds.length; i++) out.push(b.readInt16LE(8 * i + 6));
  return out;
}

/** write() on a non-blocking descriptor: the bytes taken, 0 when full, -1 on an error. */
export function writeSome(fd: number, data: Buffer, from: number): number {
  try {
    return writeSync(fd, data, from, data.length - from);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EAGAIN' ? 0 : -1;
  }
}

