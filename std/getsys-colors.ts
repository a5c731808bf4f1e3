// Helpers of Clipper 5.3's GET captions and GUI colors: the caption text
// without its accelerator marker and its shown length (@ ... GET ...
// CAPTION), whether the colors are the defaults, and the color-pair
// functions of color strings ("W/N,N/W,..."): GetClrPair(), SetClrPair(),
// GetPairPos(), GetPairLen(), GetClrFore(), GetClrBack().

import type { Value } from '../runtime/values/types.js';
import { numOr0, rtl } from './get-view.js';
import type { StdModule } from './registry.js';

const DEFAULT_COLORS = 'W/N,N/W,N/N,N/N,N/W';

/** The 1-based position where pair `n` of a color string starts (0: it has fewer pairs). */
function pairPos(color: string, n: number): number {
  let pos = 1;
  for (let i = 2; i <= n; i++) {
    const sep = color.indexOf(',', pos - 1);
    if (sep < 0) return 0;
    pos = sep + 2;
  }
  return pos;
}

function pairLen(color: string, n: number): number {
  const pos = pairPos(color, n);
  if (pos === 0) return 0;
  const sep = color.indexOf(',', pos - 1);
  return sep < 0 ? color.length - pos + 1 : sep - pos + 1;
}

const text = (v: Value): string => (typeof v === 'string' ? v : '');

export const functions: StdModule = {
  __CAPTION(_ctx, caption) {
    const s = text(caption);
    const amp = s.indexOf('&');
    return amp < 0 ? s : s.slice(0, amp) + s.slice(amp + 1);
  },
  __CAPLENGTH(ctx, caption) {
    const len = numOr0(rtl(ctx, 'LEN', caption));
    const amp = text(caption).indexOf('&') + 1;
    return amp > 0 && amp < len ? len - 1 : len;
  },
  ISDEFCOLOR(ctx) {
    return rtl(ctx, 'SETCOLOR') === DEFAULT_COLORS;
  },
  GETCLRPAIR(_ctx, color, n) {
    const s = text(color);
    const pos = pairPos(s, numOr0(n));
    return pos === 0 ? '' : s.substr(pos - 1, pairLen(s, numOr0(n)));
  },
  SETCLRPAIR(ctx, color, n, pair) {
    const s = text(color);
    const pos = pairPos(s, numOr0(n));
    return pos === 0 ? '' : rtl(ctx, 'STUFF', s, pos, pairLen(s, numOr0(n)), pair);
  },
  GETPAIRPOS(_ctx, color, n) {
    return pairPos(text(color), numOr0(n));
  },
  GETPAIRLEN(_ctx, color, n) {
    return pairLen(text(color), numOr0(n));
  },
  GETCLRFORE(_ctx, color) {
    const s = text(color);
    const slash = s.indexOf('/');
    return slash < 0 ? '' : s.slice(0, slash);
  },
  GETCLRBACK(_ctx, color) {
    const s = text(color);
    const slash = s.indexOf('/');
    return slash < 0 ? '' : s.slice(slash + 1);
  },
};
