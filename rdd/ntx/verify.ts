// The structure check of an NTX tag: every page reached once, no page
// over its key count, all leaves at one depth, children only on branch
// pages, no page shared with a tag header or the free list, and the keys
// in order; hands back every key in tree order.

import type { NtxTag } from './tag.js';

export function verifyNtx(t: NtxTag): { problems: string[]; keys: string[]; recs: number[] } {
  const problems: string[] = [];
  const keys: string[] = [];
  const recs: number[] = [];
  let leafDepth = -1;
  const seen = new Set<number>();
  const walk = (pos: number, depth: number): void => {
    if (seen.has(pos)) {
      problems.push(`page ${pos} reached twice`);
      return;
    }
    seen.add(pos);
    const p = t.bag.load(pos, t.keyLen);
    if (p.count > t.maxKeys) problems.push(`page ${pos}: ${p.count} keys, more than ${t.maxKeys}`);
    const leaf = p.child(0) === 0;
    if (leaf && leafDepth < 0) leafDepth = depth;
    else if (leaf && leafDepth !== depth) problems.push(`page ${pos}: leaf at depth ${depth}, others at ${leafDepth}`);
    for (let i = 0; i <= p.count; i++) {
      const c = p.child(i);
      if ((c !== 0) === leaf) problems.push(`page ${pos}: child pointers of leaves and branches mixed`);
      if (c !== 0) walk(c, depth + 1);
      if (i < p.count) {
        keys.push(p.key(i, t.keyLen));
        recs.push(p.rec(i));
      }
    }
  };
  t.bag.lockRead();
  try {
    walk(t.root, 0);
    // the tree owns its pages: none is a header (of a compound file's tags) or on the free list
    const other = new Set<number>([0]);
    for (const o of t.bag.tags) if (o.headBlock !== 0) other.add(o.headBlock);
    for (let pos = t.bag.nextAvail; pos !== 0 && !other.has(pos); pos = t.bag.load(pos).child(0)) other.add(pos);
    for (const pos of seen) if (other.has(pos)) problems.push(`page ${pos} is also a header or a free page`);
  } finally {
    t.bag.unlockRead();
  }
  for (let i = 1; i < keys.length; i++) {
    const k = t.cmp(keys[i - 1], t.keyLen, keys[i], t.keyLen, true);
    if (t.ascend ? k > 0 : k < 0) problems.push(`keys ${i} and ${i + 1} out of order`);
  }
  return { problems, keys, recs };
}
