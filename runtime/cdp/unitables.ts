// The Unicode value of every byte of an encoding, by Harbour's name of its
// Unicode table (hb_cdpUniID): the published mapping above 127, ASCII from
// 32 to 127, and 0 (no Unicode value: the byte stands for itself) for the
// control codes, as in Harbour's tables.

import { DOS_HIGH_HALVES } from './tables-dos.js';
import { ANSI_HIGH_HALVES } from './tables-ansi.js';

const cache = new Map<string, Uint16Array>();

export function tableOf(uniId: string): Uint16Array {
  let t = cache.get(uniId);
  if (t === undefined) {
    const high = DOS_HIGH_HALVES[uniId] ?? ANSI_HIGH_HALVES[uniId];
    if (high === undefined) throw new Error(`no Unicode table ${uniId}`);
    t = new Uint16Array(256);
    for (let b = 32; b < 128; b++) t[b] = b;
    for (let b = 128; b < 256; b++) t[b] = high[b - 128];
    cache.set(uniId, t);
  }
  return t;
}
