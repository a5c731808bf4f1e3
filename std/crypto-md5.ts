// hb_MD5Encrypt / hb_MD5Decrypt: a stream cipher in cipher-feedback mode
// whose keystream is MD5 chained over the password. A missing password or
// a text that is not a string gives NIL.

import { createHash } from 'node:crypto';
import type { Value } from '../runtime/values/types.js';
import { deref } from './param.js';
import type { StdModule } from './registry.js';

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

function crypt(textArg: Value, passArg: Value, decrypt: boolean): Value {
  const text = deref(textArg);
  const pass = deref(passArg);
  if (typeof text !== 'string' || typeof pass !== 'string' || pass.length === 0) return undefined;
  const key = Buffer.from(pass, 'latin1');
  let vect = md5(key);
  const out = Buffer.alloc(text.length);
  for (let n = 0; n < text.length; n++) {
    const i = n & 15;
    if (i === 0) {
      // the next block's vector: the previous one (with the cipher bytes fed back) mixed with the password
      for (let k = 0; k < 16; k++) vect[k] ^= key[k % key.length];
      vect = md5(vect);
    }
    const c = text.charCodeAt(n) & 0xff;
    out[n] = vect[i] ^ c;
    vect[i] = decrypt ? c : out[n];
  }
  return out.toString('latin1');
}

export const functions: StdModule = {
  HB_MD5ENCRYPT(_ctx, text, pass) {
    return crypt(text, pass, false);
  },
  HB_MD5DECRYPT(_ctx, text, pass) {
    return crypt(text, pass, true);
  },
};
