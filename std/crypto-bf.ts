// Blowfish: hb_BlowfishKey, hb_BlowfishEncrypt/Decrypt (ECB, ANSI X.923
// padding unless raw) and hb_BlowfishEncrypt_CFB/Decrypt_CFB.
//
// A key is the expanded cipher state as Harbour keeps it in memory: the 18
// P entries then the four 256-entry S-boxes, each a 32-bit little-endian
// word (4168 bytes), so keys made by either side work in the other. The
// initial state is the fractional part of pi in hexadecimal, computed here
// once on first use. A wrong key or text gives NIL, never an error.

import type { Value } from '../runtime/values/types.js';
import { deref } from './param.js';
import type { StdModule } from './registry.js';

const P_COUNT = 18;
const S_COUNT = 4 * 256;
const WORDS = P_COUNT + S_COUNT;
const KEY_BYTES = WORDS * 4;
const BLOCK = 8;

let piWords: Uint32Array | null = null;

/** atan(1/x) scaled by 2^bits, by its Taylor series in integers. */
function arctanInv(x: bigint, bits: bigint): bigint {
  const x2 = x * x;
  let term = (1n << bits) / x;
  let sum = term;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term /= x2;
    sum += (sign * term) / k;
  }
  return sum;
}

/** The first WORDS 32-bit words of pi's fractional part (Machin's formula). */
function initialState(): Uint32Array {
  if (piWords !== null) return piWords;
  const bits = BigInt(WORDS * 32);
  const guard = 64n;
  const scale = bits + guard;
  const pi = 16n * arctanInv(5n, scale) - 4n * arctanInv(239n, scale);
  let frac = (pi & ((1n << scale) - 1n)) >> guard;
  const words = new Uint32Array(WORDS);
  for (let i = WORDS - 1; i >= 0; i--) {
    words[i] = Number(frac & 0xffffffffn);
    frac >>= 32n;
  }
  piWords = words;
  return words;
}

/** An expanded key: P entries at 0..17, S-box k at 18 + 256 * k. */
type State = Uint32Array;

function f(s: State, x: number): number {
  const a = s[P_COUNT + (x >>> 24)];
  const b = s[P_COUNT + 256 + ((x >>> 16) & 0xff)];
  const c = s[P_COUNT + 512 + ((x >>> 8) & 0xff)];
  const d = s[P_COUNT + 768 + (x & 0xff)];
  return ((((a + b) >>> 0) ^ c) + d) >>> 0;
}

/** Encrypt (or decrypt) the block pair in `io` in place. */
function crypt(s: State, io: Uint32Array, decrypt: boolean): void {
  let l = io[0];
  let r = io[1];
  for (let i = 0; i < 16; i++) {
    l = (l ^ s[decrypt ? 17 - i : i]) >>> 0;
    r = (r ^ f(s, l)) >>> 0;
    const t = l;
    l = r;
    r = t;
  }
  io[0] = (r ^ s[decrypt ? 0 : 17]) >>> 0;
  io[1] = (l ^ s[decrypt ? 1 : 16]) >>> 0;
}

function expandKey(key: string): State {
  const s = new Uint32Array(initialState());
  let j = 0;
  for (let i = 0; i < P_COUNT; i++) {
    let w = 0;
    for (let k = 0; k < 4; k++) {
      w = ((w << 8) | key.charCodeAt(j++)) >>> 0;
      if (j >= key.length) j = 0;
    }
    s[i] = (s[i] ^ w) >>> 0;
  }
  const io = new Uint32Array(2);
  for (let i = 0; i < WORDS; i += 2) {
    crypt(s, io, false);
    s[i] = io[0];
    s[i + 1] = io[1];
  }
  return s;
}

function stateToBytes(s: State): string {
  const buf = Buffer.alloc(KEY_BYTES);
  for (let i = 0; i < WORDS; i++) buf.writeUInt32LE(s[i], i * 4);
  return buf.toString('latin1');
}

let lastKey = '';
let lastState: State | null = null;

/** The state a key argument holds, or null when it is not a key. */
function keyArg(v: Value): State | null {
  const k = deref(v);
  if (typeof k !== 'string' || k.length !== KEY_BYTES) return null;
  if (lastState !== null && k === lastKey) return lastState;
  const buf = Buffer.from(k, 'latin1');
  const s = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) s[i] = buf.readUInt32LE(i * 4);
  lastKey = k;
  lastState = s;
  return s;
}

/** ECB over whole 8-byte blocks of `data` (big-endian word pairs). */
function ecb(s: State, data: Buffer, decrypt: boolean): void {
  const io = new Uint32Array(2);
  for (let p = 0; p < data.length; p += BLOCK) {
    io[0] = data.readUInt32BE(p);
    io[1] = data.readUInt32BE(p + 4);
    crypt(s, io, decrypt);
    data.writeUInt32BE(io[0], p);
    data.writeUInt32BE(io[1], p + 4);
  }
}

/** CFB: the feedback vector is the block counter mixed with the seed, then encrypted per block. */
function cfb(s: State, text: string, seedArg: Value, decrypt: boolean): string {
  const seed = deref(seedArg);
  const sd = typeof seed === 'string' ? seed : '';
  const vect = Buffer.alloc(BLOCK);
  for (let i = 0; i < BLOCK; i++) vect[i] = sd.length > 0 ? i ^ (sd.charCodeAt(i % sd.length) & 0xff) : i;
  const out = Buffer.alloc(text.length);
  const io = new Uint32Array(2);
  for (let n = 0; n < text.length; n++) {
    const i = n & (BLOCK - 1);
    if (i === 0) {
      io[0] = vect.readUInt32BE(0);
      io[1] = vect.readUInt32BE(4);
      crypt(s, io, false);
      vect.writeUInt32BE(io[0], 0);
      vect.writeUInt32BE(io[1], 4);
    }
    const c = text.charCodeAt(n) & 0xff;
    out[n] = vect[i] ^ c;
    vect[i] = decrypt ? c : out[n];
  }
  return out.toString('latin1');
}

export const functions: StdModule = {
  HB_BLOWFISHKEY(_ctx, pass) {
    const p = deref(pass);
    if (typeof p !== 'string' || p.length === 0) return undefined;
    return stateToBytes(expandKey(p));
  },
  HB_BLOWFISHENCRYPT(_ctx, key, text, raw) {
    const s = keyArg(key);
    const t = deref(text);
    if (s === null || typeof t !== 'string') return undefined;
    if (t.length === 0) return '';
    const isRaw = deref(raw) === true;
    const size = isRaw ? Math.ceil(t.length / BLOCK) * BLOCK : (Math.floor(t.length / BLOCK) + 1) * BLOCK;
    const data = Buffer.alloc(size);
    data.write(t, 'latin1');
    if (!isRaw) data[size - 1] = size - t.length;
    ecb(s, data, false);
    return data.toString('latin1');
  },
  HB_BLOWFISHDECRYPT(_ctx, key, text, raw) {
    const s = keyArg(key);
    const t = deref(text);
    if (s === null || typeof t !== 'string') return undefined;
    if (t.length === 0) return '';
    if (t.length % BLOCK !== 0) return undefined;
    const data = Buffer.from(t, 'latin1');
    ecb(s, data, true);
    let len = data.length;
    if (deref(raw) !== true) {
      // ANSI X.923: the last byte counts the padding, 1 to 8
      const pad = data[len - 1];
      len = pad >= 1 && pad <= BLOCK ? len - pad : 0;
    }
    return len > 0 ? data.toString('latin1', 0, len) : undefined;
  },
  HB_BLOWFISHENCRYPT_CFB(_ctx, key, text, seed) {
    const s = keyArg(key);
    const t = deref(text);
    if (s === null || typeof t !== 'string') return undefined;
    return cfb(s, t, seed, false);
  },
  HB_BLOWFISHDECRYPT_CFB(_ctx, key, text, seed) {
    const s = keyArg(key);
    const t = deref(text);
    if (s === null || typeof t !== 'string') return undefined;
    return cfb(s, t, seed, true);
  },
};
