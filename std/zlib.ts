// zlib compression of strings: hb_ZCompress, hb_ZUncompress,
// hb_ZCompressBound, hb_ZUncompressLen, hb_gzCompress, hb_gzCompressBound,
// hb_ZError, hb_ZLibVersion.
//
// The data is zlib's own format (or gzip's for hb_gzCompress), made by
// node's zlib, which gives the same bytes as the C library. Each function
// reports zlib's result code through its @nResult argument: a destination
// too small is Z_BUF_ERROR, and a buffer passed by reference receives as
// much of the output as fits, as the C library writes it in place.
// Decompression takes either format, as inflateInit2() with automatic
// header detection does, and ignores anything after the end of the stream.

import { nodeZlib } from '../runtime/lazy-node.js';
import type { Thread } from '../runtime/vm/thread.js';
import { HbRef, type Value } from '../runtime/values/types.js';
import { baseArgs, deref, intVal, isNum, substError } from './param.js';
import type { StdModule } from './registry.js';

// zlib result codes
const Z_OK = 0;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_DEFAULT_COMPRESSION = -1;

/** zError()'s texts, from Z_NEED_DICT (2) down to -7. */
const MESSAGES = ['need dictionary', 'stream end', '', 'file error', 'stream error', 'data error',
  'insufficient memory', 'buffer error', 'incompatible version', ''];

/** compressBound(): the most deflate can make of `n` bytes. */
function compressBound(n: number): number {
  return n + Math.floor(n / 4096) + Math.floor(n / 16384) + Math.floor(n / 33554432) + 13;
}

/** A result: the bytes made, zlib's code and, on failure, its message. */
export type Outcome = { data: Buffer; code: number; msg?: string };

function deflate(src: Buffer, level: number, gzip: boolean): Outcome {
  if (!Number.isInteger(level) || level < -1 || level > 9) return { data: Buffer.alloc(0), code: Z_STREAM_ERROR };
  return { data: gzip ? nodeZlib().gzipSync(src, { level }) : nodeZlib().deflateSync(src, { level }), code: Z_OK };
}

/** The length of the first gzip member of `src` (0 when it cannot be found). */
export function gzipMemberLength(src: Buffer): number {
  if (src.length < 10) return 0;
  const flags = src[3];
  let p = 10;
  if (flags & 4) p += 2 + (src[p] | (src[p + 1] << 8));
  if (flags & 8) p = src.indexOf(0, p) + 1;
  if (flags & 16) p = src.indexOf(0, p) + 1;
  if (flags & 2) p += 2;
  if (p <= 0 || p > src.length) return 0;
  try {
    const r = nodeZlib().inflateRawSync(src.subarray(p), { info: true }) as unknown as { engine: { bytesWritten: number } };
    return p + r.engine.bytesWritten + 8;
  } catch {
    return 0;
  }
}

function errorCode(e: unknown): number {
  const n = (e as { errno?: unknown }).errno;
  return typeof n === 'number' ? n : Z_DATA_ERROR;
}

/** Inflate a zlib or gzip stream whole; on failure the code and what decoded before it. */
export function inflate(src: Buffer): Outcome {
  try {
    return { data: nodeZlib().unzipSync(src), code: Z_OK };
  } catch (e) {
    const code = errorCode(e);
    // node reads data after a gzip member as another member; zlib stops at the first
    if (code === Z_DATA_ERROR && src[0] === 0x1f && src[1] === 0x8b) {
      const n = gzipMemberLength(src);
      if (n > 0 && n < src.length) return inflate(src.subarray(0, n));
    }
    let partial = Buffer.alloc(0);
    if (code === Z_BUF_ERROR) {
      try {
        partial = nodeZlib().unzipSync(src, { finishFlush: nodeZlib().constants.Z_SYNC_FLUSH });
      } catch {
        // nothing decodable
      }
    }
    return { data: partial, code, msg: (e as Error).message };
  }
}

function latin1(b: Buffer): string {
  return b.toString('latin1');
}

function storeResult(ref: unknown, code: number): void {
  if (ref instanceof HbRef) ref.set(code);
}

/**
 * Deliver `out` into a destination of `room` bytes: the string when it
 * fits, else Z_BUF_ERROR. A buffer by reference gets the bytes that fit.
 */
function deliver(out: Outcome, room: number, buffer: HbRef | null): { result: Value; code: number } {
  let code = out.code;
  if (code === Z_OK && out.data.length > room) code = Z_BUF_ERROR;
  if (buffer !== null && out.data.length > 0) {
    const old = buffer.get() as string;
    const part = latin1(out.data.subarray(0, Math.min(room, out.data.length)));
    buffer.set(part + old.slice(part.length));
  }
  return { result: code === Z_OK ? latin1(out.data) : undefined, code };
}

/** The string buffer passed by reference as argument `v`, or null. */
function bufferArg(v: unknown): HbRef | null {
  return v instanceof HbRef && typeof v.get() === 'string' ? v : null;
}

/** hb_ZCompress() and hb_gzCompress(). */
function compress(ctx: Thread, fn: string, gzip: boolean, args: ArrayLike<unknown>): Value {
  const data = deref(args[1]);
  if (typeof data !== 'string') return substError(ctx, fn, 3012, baseArgs(args));
  if (data.length === 0) {
    storeResult(args[3], Z_OK);
    return '';
  }
  const buffer = bufferArg(args[2]);
  const dst = deref(args[2]);
  const level = isNum(deref(args[4])) ? Math.trunc(intVal(deref(args[4]))) : Z_DEFAULT_COMPRESSION;
  let room = Infinity;
  if (buffer !== null) room = (buffer.get() as string).length;
  else if (isNum(dst)) room = Math.trunc(intVal(dst));
  if (room < 0) {
    storeResult(args[3], Z_MEM_ERROR);
    return undefined;
  }
  const r = deliver(deflate(Buffer.from(data, 'latin1'), level, gzip), room, buffer);
  storeResult(args[3], r.code);
  return r.result;
}

function bound(ctx: Thread, fn: string, extra: number, args: ArrayLike<unknown>): Value {
  const v = deref(args[1]);
  if (typeof v === 'string') return compressBound(v.length) + extra;
  if (isNum(v)) return compressBound(intVal(v)) + extra;
  return substError(ctx, fn, 3012, baseArgs(args));
}

export const functions: StdModule = {
  HB_ZCOMPRESSBOUND(ctx) {
    return bound(ctx, 'HB_ZCOMPRESSBOUND', 0, arguments);
  },
  HB_GZCOMPRESSBOUND(ctx) {
    return bound(ctx, 'HB_GZCOMPRESSBOUND', 12, arguments);
  },
  HB_ZCOMPRESS(ctx) {
    return compress(ctx, 'HB_ZCOMPRESS', false, arguments);
  },
  HB_GZCOMPRESS(ctx) {
    return compress(ctx, 'HB_GZCOMPRESS', true, arguments);
  },
  HB_ZUNCOMPRESSLEN(ctx, data, result) {
    const src = deref(data);
    if (typeof src !== 'string') return substError(ctx, 'HB_ZUNCOMPRESSLEN', 3012, baseArgs(arguments));
    if (src.length === 0) {
      storeResult(result, Z_OK);
      return 0;
    }
    const out = inflate(Buffer.from(src, 'latin1'));
    storeResult(result, out.code);
    return out.code === Z_OK ? out.data.length : -1;
  },
  HB_ZUNCOMPRESS(ctx, data, dst, result) {
    const src = deref(data);
    if (typeof src !== 'string') return substError(ctx, 'HB_ZUNCOMPRESS', 3012, baseArgs(arguments));
    if (src.length === 0) {
      storeResult(result, Z_OK);
      return '';
    }
    const buffer = bufferArg(dst);
    const size = deref(dst);
    const out = inflate(Buffer.from(src, 'latin1'));
    let room: number;
    if (buffer !== null) {
      room = (buffer.get() as string).length;
    } else if (isNum(size)) {
      room = Math.trunc(intVal(size));
      if (room < 0) {
        storeResult(result, Z_MEM_ERROR);
        return undefined;
      }
    } else {
      // the size is found by a first pass, which fails as the real one would
      if (out.code !== Z_OK) {
        storeResult(result, out.code);
        return undefined;
      }
      room = out.data.length;
    }
    const r = deliver(out, room, buffer);
    storeResult(result, r.code);
    return r.result;
  },
  HB_ZERROR(_ctx, code) {
    const i = 2 - intVal(deref(code));
    return i >= 0 && i < MESSAGES.length ? MESSAGES[i] : '';
  },
  HB_ZLIBVERSION() {
    const v = process.versions.zlib ?? '';
    const dash = v.indexOf('-');
    return dash < 0 ? v : v.slice(0, dash);
  },
};
