// Digests, checksums and encodings of byte strings: hb_MD5, hb_SHA*,
// hb_HMAC_*, hb_CRC32, hb_CRC16, hb_CRC, hb_CRCCT, hb_Adler32,
// hb_base64Encode/Decode, hb_StrToHex/hb_HexToStr.

import { createHash, createHmac } from 'node:crypto';
import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { EF_NONE } from '../runtime/errors/error.js';
import { fnError } from '../runtime/errors/launch.js';
import { argList, badArgs, deref, intArg, str } from './str-args.js';
import { FO_READ, fsClose, fsOpen, fsRead } from './files-os.js';
import type { StdModule } from './registry.js';

const bytes = (s: string) => Buffer.from(s, 'latin1');

/** A digest as lowercase hex, or as its raw bytes when `raw` is .T. */
function digestOut(buf: Buffer, raw: Value): string {
  return deref(raw) === true ? buf.toString('latin1') : buf.toString('hex');
}

function hash(alg: string, s: string, raw: Value): string {
  return digestOut(createHash(alg).update(bytes(s)).digest(), raw);
}

function hmac(alg: string, data: string, key: string, raw: Value): string {
  return digestOut(createHmac(alg, bytes(key)).update(bytes(data)).digest(), raw);
}

/** The non-substitutable BASE/3012 error the checksum functions raise; they then return NIL. */
function checksumError(ctx: Thread, fn: string, args: IArguments): Value {
  fnError(ctx, fn, { genCode: 1, subCode: 3012, operation: fn, args: args.length > 1 ? argList(args) : undefined, flags: EF_NONE });
  return undefined;
}

/** Table-driven reflected CRC of `bits` bits (CRC-32 and CRC-16 of zlib's kind). */
function crcTable(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (poly ^ (c >>> 1)) >>> 0 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

const CRC32_TABLE = crcTable(0xedb88320);
const CRC16_TABLE = crcTable(0xa001);

function crcReflected(table: Uint32Array, mask: number, start: number, s: string): number {
  let crc = (start ^ mask) >>> 0;
  for (let i = 0; i < s.length; i++) crc = (table[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8)) >>> 0;
  return (crc ^ mask) >>> 0;
}

/** A C unsigned 64-bit value of a numeric argument. */
const u64 = (v: Value) => BigInt.asUintN(64, BigInt(intArg(v)));

/** hb_CRC(): reflected CRC for any polynomial (its highest bit gives the width). */
function crcGeneric(start: bigint, s: string, poly: bigint): bigint {
  if (s.length === 0) return start;
  let mask = 1n;
  let rev = 0n;
  while (poly > 1n) {
    mask <<= 1n;
    rev <<= 1n;
    if (poly & 1n) rev |= 1n;
    poly >>= 1n;
  }
  mask -= 1n;
  let crc = start ^ mask;
  for (let i = 0; i < s.length; i++) {
    crc ^= BigInt(s.charCodeAt(i));
    for (let k = 0; k < 8; k++) crc = crc & 1n ? rev ^ (crc >> 1n) : crc >> 1n;
  }
  return BigInt.asUintN(64, crc ^ mask);
}

/** hb_CRCCT(): the same, most significant bit first, without inversion. */
function crcMsbFirst(start: bigint, s: string, poly: bigint): bigint {
  if (s.length === 0) return start;
  let bits = 0;
  for (let p = poly >> 1n; p > 0n; p >>= 1n) bits++;
  let mask = 1n << BigInt(bits - 1);
  const shift = bits - 8;
  let crc = start;
  const M = (x: bigint) => BigInt.asUintN(64, x);
  if (shift < 0) {
    const up = BigInt(-shift);
    mask <<= up;
    poly = M(poly << up);
    crc = M(crc << up);
    for (let i = 0; i < s.length; i++) {
      crc ^= BigInt(s.charCodeAt(i));
      for (let k = 0; k < 8; k++) crc = crc & mask ? M(poly ^ (crc << 1n)) : M(crc << 1n);
    }
    return (crc & ((mask << 1n) - 1n)) >> up;
  }
  for (let i = 0; i < s.length; i++) {
    crc ^= BigInt(s.charCodeAt(i)) << BigInt(shift);
    for (let k = 0; k < 8; k++) crc = crc & mask ? M(poly ^ (crc << 1n)) : M(crc << 1n);
  }
  return crc & ((mask << 1n) - 1n);
}

function adler32(start: number, s: string): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (let i = 0; i < s.length; i++) {
    a = (a + s.charCodeAt(i)) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 with a CRLF after every `line` output characters (0: one line). */
function base64Encode(s: string, line: number): string {
  let out = '';
  let left = line;
  const put = (c: string) => {
    out += c;
    if (line > 0 && --left === 0) {
      out += '\r\n';
      left = line;
    }
  };
  let i = 0;
  for (; i + 2 < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    put(B64[n >> 18]);
    put(B64[(n >> 12) & 63]);
    put(B64[(n >> 6) & 63]);
    put(B64[n & 63]);
  }
  if (i < s.length) {
    const x = s.charCodeAt(i);
    put(B64[x >> 2]);
    if (i + 1 < s.length) {
      const y = s.charCodeAt(i + 1);
      put(B64[((x << 4) | (y >> 4)) & 63]);
      put(B64[(y << 2) & 63]);
    } else {
      put(B64[(x << 4) & 63]);
      put('=');
    }
    put('=');
  }
  if (line > 0 && left !== line) out += '\r\n';
  return out;
}

/** Base64 decoding that skips every character outside the alphabet ('=' included). */
function base64Decode(s: string): string {
  let out = '';
  let acc = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64.indexOf(s[i]);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    if (++n === 4) {
      out += String.fromCharCode((acc >> 16) & 0xff, (acc >> 8) & 0xff, acc & 0xff);
      acc = 0;
      n = 0;
    }
  }
  if (n === 2) out += String.fromCharCode((acc >> 4) & 0xff);
  else if (n === 3) out += String.fromCharCode((acc >> 10) & 0xff, (acc >> 2) & 0xff);
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** hb_HexToStr(): pairs of hex digits as bytes; other characters are skipped. */
function hexToStr(s: string): string {
  let out = '';
  let hi = -1;
  for (let i = 0; i < s.length; i++) {
    const d = hexDigit(s.charCodeAt(i));
    if (d < 0) continue;
    if (hi < 0) {
      hi = d;
    } else {
      out += String.fromCharCode((hi << 4) | d);
      hi = -1;
    }
  }
  return out;
}

function strToHex(s: string, sep: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0) out += sep;
    const c = s.charCodeAt(i);
    out += '0123456789ABCDEF'[c >> 4] + '0123456789ABCDEF'[c & 15];
  }
  return out;
}

export const functions: StdModule = {
  HB_MD5(_ctx, s, raw) {
    const t = str(s);
    return t === undefined ? '' : hash('md5', t, raw);
  },
  // the file's bytes as they are read; "" when it cannot be opened
  HB_MD5FILE(ctx, name, raw) {
    const n = str(name);
    const h = n === undefined ? -1 : fsOpen(ctx, n, FO_READ);
    if (h < 0) return '';
    const md5 = createHash('md5');
    for (let b = fsRead(ctx, h, 65536); b !== null && b.length > 0; b = fsRead(ctx, h, 65536)) md5.update(b);
    fsClose(ctx, h);
    return digestOut(md5.digest(), raw);
  },
  HB_SHA1(_ctx, s, raw) {
    return hash('sha1', str(s) ?? '', raw);
  },
  HB_SHA224(_ctx, s, raw) {
    return hash('sha224', str(s) ?? '', raw);
  },
  HB_SHA256(_ctx, s, raw) {
    return hash('sha256', str(s) ?? '', raw);
  },
  HB_SHA384(_ctx, s, raw) {
    return hash('sha384', str(s) ?? '', raw);
  },
  HB_SHA512(_ctx, s, raw) {
    return hash('sha512', str(s) ?? '', raw);
  },
  HB_HMAC_MD5(_ctx, s, key, raw) {
    return hmac('md5', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_HMAC_SHA1(_ctx, s, key, raw) {
    return hmac('sha1', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_HMAC_SHA224(_ctx, s, key, raw) {
    return hmac('sha224', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_HMAC_SHA256(_ctx, s, key, raw) {
    return hmac('sha256', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_HMAC_SHA384(_ctx, s, key, raw) {
    return hmac('sha384', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_HMAC_SHA512(_ctx, s, key, raw) {
    return hmac('sha512', str(s) ?? '', str(key) ?? '', raw);
  },
  HB_CRC32(ctx, s, start) {
    const t = str(s);
    if (t === undefined) return checksumError(ctx, 'HB_CRC32', arguments);
    return crcReflected(CRC32_TABLE, 0xffffffff, intArg(start) >>> 0, t);
  },
  HB_CRC16(ctx, s, start) {
    const t = str(s);
    if (t === undefined) return checksumError(ctx, 'HB_CRC16', arguments);
    return crcReflected(CRC16_TABLE, 0xffff, intArg(start) & 0xffff, t);
  },
  HB_CRC(ctx, s, start, poly) {
    const t = str(s);
    if (t === undefined) return checksumError(ctx, 'HB_CRC', arguments);
    const p = u64(poly);
    return Number(crcGeneric(u64(start), t, p === 0n ? 0x11021n : p));
  },
  HB_CRCCT(ctx, s, start, poly) {
    const t = str(s);
    if (t === undefined) return checksumError(ctx, 'HB_CRCCT', arguments);
    const p = u64(poly);
    return Number(crcMsbFirst(u64(start), t, p === 0n ? 0x11021n : p));
  },
  HB_ADLER32(ctx, s, start) {
    const t = str(s);
    if (t === undefined) return checksumError(ctx, 'HB_ADLER32', arguments);
    return adler32(intArg(start) >>> 0, t);
  },
  HB_BASE64ENCODE(_ctx, s, line) {
    const t = str(s);
    if (t === undefined || t.length === 0) return '';
    const n = intArg(line);
    // a negative width is a huge C size: no line ends but the last one
    return base64Encode(t, n < 0 ? Number.MAX_SAFE_INTEGER : n <= 2 ? 0 : n);
  },
  HB_BASE64DECODE(_ctx, s) {
    return base64Decode(str(s) ?? '');
  },
  HB_STRTOHEX(ctx, s, sep) {
    const t = str(s);
    const sp = arguments.length > 2 ? str(sep) : '';
    if (t === undefined || sp === undefined) return badArgs(ctx, 'HB_STRTOHEX', 3012, arguments);
    return strToHex(t, sp);
  },
  HB_HEXTOSTR(ctx, s) {
    const t = str(s);
    if (t === undefined) return badArgs(ctx, 'HB_HEXTOSTR', 3012, arguments);
    return t.length > 1 ? hexToStr(t) : '';
  },
};
