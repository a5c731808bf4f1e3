// gzip files: hb_gzOpen, hb_gzDOpen, hb_gzClose, hb_gzRead, hb_gzWrite,
// hb_gzGets, hb_gzPuts, hb_gzPutc, hb_gzGetc, hb_gzUngetc, hb_gzSeek,
// hb_gzRewind, hb_gzTell, hb_gzEof, hb_gzDirect, hb_gzFlush,
// hb_gzSetParams, hb_gzError, hb_gzClearErr — zlib's gz* API.
//
// A file open for reading is decompressed whole when it is opened (gzip
// members one after another; a file that is not gzip is read as it is),
// and the functions then work on the uncompressed bytes. A file open for
// writing collects the uncompressed bytes and compresses them as one
// member when it is closed, so the file's bytes are the ones zlib writes
// except after hb_gzFlush() or hb_gzSetParams() in the middle of the
// data, where zlib ends a deflate block early. Harbour closes a file when
// its last reference goes; here a file still open for writing is closed
// when the program ends.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { nodeZlib } from '../runtime/lazy-node.js';
import type { Thread } from '../runtime/vm/thread.js';
import { HbPointer, HbRef } from '../runtime/values/types.js';
import { fsClose, fsRead, fsWrite } from './files-os.js';
import { baseArgs, deref, intVal, isNum, substError } from './param.js';
import { inflate, gzipMemberLength } from './zlib.js';
import type { StdModule } from './registry.js';

const TAG = 'gzFile';
const Z_OK = 0;
const Z_STREAM_ERROR = -2;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_FINISH = 4;
const SEEK_SET = 0;
const SEEK_CUR = 1;

interface GzFile {
  path: string;
  write: boolean;
  /** the descriptor the data goes to, or -1 when closed */
  fd: number;
  /** a Harbour handle (hb_gzDOpen) rather than a descriptor of our own */
  harbourHandle: boolean;
  append: boolean;
  direct: boolean;
  level: number;
  strategy: number;
  /** the uncompressed bytes: all of them (read) or written so far (write) */
  data: Buffer;
  len: number;
  pos: number;
  /** a position asked by hb_gzSeek() past what reading has reached */
  seekTo: number;
  pushed: number[];
  past: boolean;
  err: number;
  msg: string;
  /** read: where the decoding failed (data beyond it is missing) and why */
  failAt: number;
  failCode: number;
  failMsg: string;
}

/** A gzip file argument: BASE/3012 when it is not one or is closed. */
function gzArg(ctx: Thread, fn: string, args: ArrayLike<unknown>, i = 1): GzFile | null {
  const p = deref(args[i]);
  if (p instanceof HbPointer && p.tag === TAG && (p.target as { f: GzFile | null }).f !== null) {
    return (p.target as { f: GzFile }).f;
  }
  substError(ctx, fn, 3012, baseArgs(args));
  return null;
}

/** zlib's gzopen() mode letters; null when the mode has no r, w or a, or has '+'. */
function parseMode(mode: string): { write: boolean; append: boolean; level: number; strategy: number; direct: boolean; excl: boolean } | null {
  let kind = '';
  let level = -1;
  let strategy = nodeZlib().constants.Z_DEFAULT_STRATEGY;
  let direct = false;
  let excl = false;
  for (const c of mode) {
    if (c >= '0' && c <= '9') level = c.charCodeAt(0) - 48;
    else if (c === 'r' || c === 'w' || c === 'a') kind = c;
    else if (c === '+') return null;
    else if (c === 'x') excl = true;
    else if (c === 'f') strategy = nodeZlib().constants.Z_FILTERED;
    else if (c === 'h') strategy = nodeZlib().constants.Z_HUFFMAN_ONLY;
    else if (c === 'R') strategy = nodeZlib().constants.Z_RLE;
    else if (c === 'F') strategy = nodeZlib().constants.Z_FIXED;
    else if (c === 'T') direct = true;
  }
  if (kind === '') return null;
  return { write: kind !== 'r', append: kind === 'a', level, strategy, direct: kind !== 'r' && direct, excl };
}

/** The uncompressed contents of a file's bytes, as zlib's reader sees them. */
function decodeFile(f: GzFile, raw: Buffer): void {
  if (raw.length < 2 || raw[0] !== 0x1f || raw[1] !== 0x8b) {
    f.direct = true;
    f.data = raw;
    f.len = raw.length;
    return;
  }
  const parts: Buffer[] = [];
  let at = 0;
  // members one after another; anything else after a member is ignored
  while (at + 1 < raw.length && raw[at] === 0x1f && raw[at + 1] === 0x8b) {
    const rest = raw.subarray(at);
    const n = gzipMemberLength(rest);
    const r = inflate(n > 0 ? rest.subarray(0, n) : rest);
    parts.push(r.data);
    if (r.code !== Z_OK) {
      f.failCode = r.code;
      f.failMsg = r.msg ?? '';
      break;
    }
    if (n <= 0) break;
    at += n;
  }
  f.data = Buffer.concat(parts);
  f.len = f.data.length;
  if (f.failCode !== Z_OK) f.failAt = f.len;
}

function newFile(path: string, write: boolean): GzFile {
  return {
    path, write, fd: -1, harbourHandle: false, append: false, direct: false, level: -1,
    strategy: nodeZlib().constants.Z_DEFAULT_STRATEGY, data: Buffer.alloc(0), len: 0, pos: 0, seekTo: -1, pushed: [],
    past: false, err: Z_OK, msg: '', failAt: -1, failCode: Z_OK, failMsg: '',
  };
}

function setError(f: GzFile, code: number, msg: string): void {
  f.err = code;
  f.msg = code === Z_OK ? '' : `${f.path}: ${msg}`;
}

/** Reading: settle a pending seek (a position past the data reads as its end). */
function settleSeek(f: GzFile): void {
  if (f.seekTo < 0) return;
  f.pos = Math.min(f.seekTo, f.len);
  f.seekTo = -1;
}

/** Reading: the next byte, or -1 at the end (which sets the end flag, or the decoding error). */
function nextByte(f: GzFile): number {
  if (f.pushed.length > 0) return f.pushed.pop() as number;
  if (f.pos < f.len) return f.data[f.pos++];
  if (f.failAt >= 0 && f.err === Z_OK) {
    setError(f, f.failCode, f.failMsg);
    // a file cut short also counts as its end
    if (f.failCode === Z_BUF_ERROR) f.past = true;
  } else {
    f.past = true;
  }
  return -1;
}

/** Writing: room for `n` more bytes. */
function grow(f: GzFile, n: number): void {
  if (f.len + n <= f.data.length) return;
  const next = Buffer.alloc(Math.max(f.len + n, f.data.length * 2, 4096));
  f.data.copy(next, 0, 0, f.len);
  f.data = next;
}

/** Writing: whether the compression parameters work (zlib finds out when it starts compressing). */
function paramsOk(f: GzFile): boolean {
  if (f.err !== Z_OK) return false;
  if (f.direct || (f.level >= -1 && f.level <= 9 && f.strategy >= 0 && f.strategy <= nodeZlib().constants.Z_FIXED)) return true;
  setError(f, Z_MEM_ERROR, 'out of memory');
  return false;
}

function put(f: GzFile, bytes: Buffer): number {
  if (f.seekTo > f.len) {
    // a seek forward writes zeros
    const gap = f.seekTo - f.len;
    grow(f, gap);
    f.data.fill(0, f.len, f.len + gap);
    f.len += gap;
  }
  f.seekTo = -1;
  grow(f, bytes.length);
  bytes.copy(f.data, f.len);
  f.len += bytes.length;
  return bytes.length;
}

function tell(f: GzFile): number {
  if (f.seekTo >= 0) return f.seekTo;
  return f.write ? f.len : f.pos - f.pushed.length;
}

/** Close: write a file's member out; zlib's result code. */
function close(ctx: Thread, f: GzFile): number {
  let code = Z_OK;
  if (f.write && !paramsOk(f)) {
    code = f.err;
  } else if (f.write) {
    put(f, Buffer.alloc(0));
    const body = f.data.subarray(0, f.len);
    const out = f.direct ? body : nodeZlib().gzipSync(body, { level: f.level, strategy: f.strategy });
    try {
      if (f.harbourHandle) fsWrite(ctx, f.fd, out);
      else writeSync(f.fd, out);
    } catch {
      code = -1;
    }
  } else if (f.err === Z_BUF_ERROR) {
    code = Z_BUF_ERROR;
  }
  if (f.harbourHandle) fsClose(ctx, f.fd);
  else closeSync(f.fd);
  f.fd = -1;
  unclosed.delete(f);
  return code;
}

/** Files open for writing, written out at exit if the program leaves them open. */
const unclosed = new Map<GzFile, Thread>();
let exitHook = false;

function track(ctx: Thread, f: GzFile): void {
  if (!f.write) return;
  unclosed.set(f, ctx);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const [file, owner] of unclosed) close(owner, file);
    unclosed.clear();
  });
}

function applyMode(f: GzFile, m: NonNullable<ReturnType<typeof parseMode>>): void {
  f.append = m.append;
  f.level = m.level;
  f.strategy = m.strategy;
  f.direct = m.direct;
}

function handle(f: GzFile): HbPointer {
  return new HbPointer({ f }, TAG);
}

export const functions: StdModule = {
  HB_GZOPEN(ctx, file, mode) {
    const name = deref(file);
    const md = deref(mode);
    if (typeof name !== 'string' || typeof md !== 'string') return substError(ctx, 'HB_GZOPEN', 3012, baseArgs(arguments));
    const m = parseMode(md);
    if (m === null) return undefined;
    const f = newFile(name, m.write);
    applyMode(f, m);
    try {
      f.fd = openSync(name, !m.write ? 'r' : m.append ? 'a' : m.excl ? 'wx' : 'w');
      if (!m.write) decodeFile(f, readFileSync(f.fd));
    } catch {
      if (f.fd >= 0) closeSync(f.fd);
      return undefined;
    }
    track(ctx, f);
    return handle(f);
  },
  HB_GZDOPEN(ctx, h, mode) {
    const md = deref(mode);
    if (!isNum(deref(h)) || typeof md !== 'string') return substError(ctx, 'HB_GZDOPEN', 3012, baseArgs(arguments));
    const m = parseMode(md);
    if (m === null) return undefined;
    const fd = Math.trunc(intVal(deref(h)));
    const f = newFile(`<fd:${fd}>`, m.write);
    applyMode(f, m);
    f.fd = fd;
    f.harbourHandle = true;
    if (!m.write) {
      const parts: Buffer[] = [];
      for (let b = fsRead(ctx, fd, 65536); b !== null && b.length > 0; b = fsRead(ctx, fd, 65536)) parts.push(b);
      decodeFile(f, Buffer.concat(parts));
    }
    track(ctx, f);
    return handle(f);
  },
  HB_GZCLOSE(ctx, gz) {
    const p = deref(gz);
    if (!(p instanceof HbPointer) || p.tag !== TAG) return substError(ctx, 'HB_GZCLOSE', 3012, baseArgs(arguments));
    const holder = p.target as { f: GzFile | null };
    const f = holder.f;
    holder.f = null;
    return f === null ? Z_STREAM_ERROR : close(ctx, f);
  },
  HB_GZSETPARAMS(ctx, _gz, level, strategy) {
    if (!isNum(deref(level)) || !isNum(deref(strategy))) return substError(ctx, 'HB_GZSETPARAMS', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZSETPARAMS', arguments);
    if (f === null) return undefined;
    const lv = Math.trunc(intVal(deref(level)));
    const st = Math.trunc(intVal(deref(strategy)));
    if (!f.write || f.err !== Z_OK) return Z_STREAM_ERROR;
    f.level = lv;
    f.strategy = st;
    return Z_OK;
  },
  HB_GZREAD(ctx, _gz, buf, limit) {
    if (!(buf instanceof HbRef) || typeof buf.get() !== 'string') return substError(ctx, 'HB_GZREAD', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZREAD', arguments);
    if (f === null) return undefined;
    const old = buf.get() as string;
    let want = old.length;
    const lim = deref(limit);
    if (isNum(lim)) {
      const n = Math.trunc(intVal(lim));
      if (n >= 0 && n < want) want = n;
    }
    if (f.write || (f.err !== Z_OK && f.err !== Z_BUF_ERROR)) return -1;
    if (want === 0) return 0;
    settleSeek(f);
    let got = '';
    while (got.length < want) {
      const c = nextByte(f);
      if (c < 0) break;
      got += String.fromCharCode(c);
    }
    if (got.length > 0) buf.set(got + old.slice(got.length));
    return got.length === 0 && f.err !== Z_OK && f.err !== Z_BUF_ERROR ? -1 : got.length;
  },
  HB_GZWRITE(ctx, _gz, data, len) {
    const s = deref(data);
    if (typeof s !== 'string') return substError(ctx, 'HB_GZWRITE', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZWRITE', arguments);
    if (f === null) return undefined;
    const n = isNum(deref(len)) ? Math.trunc(intVal(deref(len))) : s.length;
    if (!f.write || f.err !== Z_OK || n <= 0 || !paramsOk(f)) return 0;
    // past the string's end the C function reads its terminating zero and beyond
    const bytes = Buffer.alloc(n);
    bytes.write(s.length > n ? s.slice(0, n) : s, 'latin1');
    return put(f, bytes);
  },
  HB_GZGETS(ctx, _gz, len) {
    const n = isNum(deref(len)) ? Math.trunc(intVal(deref(len))) | 0 : 0;
    if (n <= 0) return substError(ctx, 'HB_GZGETS', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZGETS', arguments);
    if (f === null || f.write || (f.err !== Z_OK && f.err !== Z_BUF_ERROR)) return undefined;
    settleSeek(f);
    let line = '';
    while (line.length < n - 1) {
      const c = nextByte(f);
      if (c < 0) break;
      line += String.fromCharCode(c);
      if (c === 10) break;
    }
    if (line.length === 0) return undefined;
    // the result is a C string: it ends at a zero byte
    const z = line.indexOf('\0');
    return z < 0 ? line : line.slice(0, z);
  },
  HB_GZPUTS(ctx, _gz, data) {
    const s = deref(data);
    if (typeof s !== 'string') return substError(ctx, 'HB_GZPUTS', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZPUTS', arguments);
    if (f === null) return undefined;
    if (!f.write || !paramsOk(f)) return -1;
    const z = s.indexOf('\0');
    return put(f, Buffer.from(z < 0 ? s : s.slice(0, z), 'latin1'));
  },
  HB_GZPUTC(ctx, _gz, ch) {
    if (!isNum(deref(ch))) return substError(ctx, 'HB_GZPUTC', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZPUTC', arguments);
    if (f === null) return undefined;
    if (!f.write || !paramsOk(f)) return -1;
    const c = Math.trunc(intVal(deref(ch))) & 0xff;
    put(f, Buffer.from([c]));
    return c;
  },
  HB_GZGETC(ctx) {
    const f = gzArg(ctx, 'HB_GZGETC', arguments);
    if (f === null) return undefined;
    if (f.write || (f.err !== Z_OK && f.err !== Z_BUF_ERROR)) return -1;
    settleSeek(f);
    return nextByte(f);
  },
  HB_GZUNGETC(ctx, ch) {
    if (!isNum(deref(ch))) return substError(ctx, 'HB_GZUNGETC', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZUNGETC', arguments, 2);
    if (f === null) return undefined;
    const c = Math.trunc(intVal(deref(ch)));
    if (f.write || (f.err !== Z_OK && f.err !== Z_BUF_ERROR) || c < 0) return -1;
    settleSeek(f);
    f.pushed.push(c & 0xff);
    f.past = false;
    return c & 0xff;
  },
  HB_GZFLUSH(ctx, _gz, flush) {
    const f = gzArg(ctx, 'HB_GZFLUSH', arguments);
    if (f === null) return undefined;
    const fl = isNum(deref(flush)) ? Math.trunc(intVal(deref(flush))) : nodeZlib().constants.Z_SYNC_FLUSH;
    if (!f.write || f.err !== Z_OK || fl < 0 || fl > Z_FINISH) return Z_STREAM_ERROR;
    return Z_OK;
  },
  HB_GZSEEK(ctx, _gz, offset, whence) {
    if (!isNum(deref(offset))) return substError(ctx, 'HB_GZSEEK', 3012, baseArgs(arguments));
    const f = gzArg(ctx, 'HB_GZSEEK', arguments);
    if (f === null) return undefined;
    const w = isNum(deref(whence)) ? Math.trunc(intVal(deref(whence))) : SEEK_SET;
    if ((w !== SEEK_SET && w !== SEEK_CUR) || (f.err !== Z_OK && f.err !== Z_BUF_ERROR)) return -1;
    const cur = tell(f);
    const target = Math.trunc(intVal(deref(offset))) + (w === SEEK_CUR ? cur : 0);
    if (target < 0 || (f.write && target < cur)) return -1;
    f.pushed = [];
    f.past = false;
    // reading: a target past the data is kept until the next read; writing: zeros fill up to it
    f.seekTo = target > f.len ? target : -1;
    if (!f.write && target <= f.len) f.pos = target;
    return target;
  },
  HB_GZREWIND(ctx) {
    const f = gzArg(ctx, 'HB_GZREWIND', arguments);
    if (f === null) return undefined;
    if (f.write || (f.err !== Z_OK && f.err !== Z_BUF_ERROR)) return -1;
    f.pos = 0;
    f.seekTo = -1;
    f.pushed = [];
    f.past = false;
    setError(f, Z_OK, '');
    return 0;
  },
  HB_GZTELL(ctx) {
    const f = gzArg(ctx, 'HB_GZTELL', arguments);
    return f === null ? undefined : tell(f);
  },
  HB_GZEOF(ctx) {
    const f = gzArg(ctx, 'HB_GZEOF', arguments);
    return f === null ? undefined : !f.write && f.past;
  },
  HB_GZDIRECT(ctx) {
    const f = gzArg(ctx, 'HB_GZDIRECT', arguments);
    return f === null ? undefined : f.direct;
  },
  HB_GZERROR(ctx, _gz, code) {
    const f = gzArg(ctx, 'HB_GZERROR', arguments);
    if (f === null) return undefined;
    if (code instanceof HbRef) code.set(f.err);
    return f.msg;
  },
  HB_GZCLEARERR(ctx) {
    const f = gzArg(ctx, 'HB_GZCLEARERR', arguments);
    if (f === null) return undefined;
    if (!f.write) f.past = false;
    setError(f, Z_OK, '');
    return undefined;
  },
};
