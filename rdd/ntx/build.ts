// The bulk build of an NTX tree from sorted keys: leaves are filled whole
// in one small loop (fillLeaf), and the keys between them go up as
// separators into the levels NtxBuild keeps open.

import type { NtxBag } from './bag.js';
import { STACK_MAX, type NtxPage } from './page.js';
import type { SortedKeys } from '../order/tag.js';
import { copyKeyBytes } from '../order/keyset.js';
import { BuildPool } from './buildpool.js';

/**
 * The upper levels of a bulk build: a key that does not fit the full leaf
 * goes up to the first level with room as a separator, the full pages below
 * it are placed in the file, and a new leaf starts.
 */
export class NtxBuild {
  /** the page being filled at each level (0: the leaf) */
  private readonly nodes: (NtxPage | null)[] = [];
  private readonly pool = new BuildPool();
  private readonly kbuf: Buffer;
  private readonly recs: Uint32Array;
  needBalance = false;

  constructor(private readonly bag: NtxBag, private readonly max: number, private readonly len: number,
    sorted: SortedKeys) {
    this.kbuf = sorted.set.buf;
    this.recs = sorted.set.recs;
    this.nodes[0] = this.blank();
  }

  get leaf(): NtxPage {
    return this.nodes[0]!;
  }

  private blank(): NtxPage {
    // pages freed in the file are used first (a tag of a compound file dropped or replaced)
    const p = this.bag.freeBuildPage() ?? this.bag.blankPage(this.pool.buffer());
    p.init(this.max, this.len);
    return p;
  }

  /** Key `e` goes up as a separator; returns the new leaf. */
  separator(e: number): NtxPage {
    const nodes = this.nodes;
    let lvl = 0;
    let child = 0;
    let p: NtxPage;
    for (;;) {
      const cur = nodes[lvl];
      if (cur === undefined || cur === null) {
        p = nodes[lvl] = this.blank();
        break;
      }
      if (cur.count >= this.max) {
        cur.setChild(cur.count, child);
        this.bag.place(cur);
        this.pool.release(cur);
        child = cur.pos;
        nodes[lvl++] = this.blank();
        continue;
      }
      p = cur;
      break;
    }
    p.setKeyBytes(p.count, this.kbuf, e * this.len, this.len);
    p.setRec(p.count, this.recs[e]);
    p.setChild(p.count, child);
    p.count++;
    return nodes[0]!;
  }

  /** Place the open pages, each the last child of the one above; returns the root. */
  finish(): number {
    const nodes = this.nodes;
    if (nodes[0] === undefined || nodes[0] === null) nodes[0] = this.blank();
    nodes[0].setChild(nodes[0].count, 0);
    const half = this.max >> 1;
    for (let lvl = 0; ; lvl++) {
      const p = nodes[lvl]!;
      this.bag.place(p);
      this.pool.release(p);
      const up = nodes[lvl + 1];
      if (lvl + 1 === STACK_MAX || up === undefined || up === null) return p.pos;
      up.setChild(up.count, p.pos);
      if (p.count < half) this.needBalance = true;
    }
  }
}

/**
 * Put keys `order[from .. to)` (bytes in `keys`, records in `recs`) into
 * the consecutive items of a leaf `b` starting at `o`: no child, the
 * record, the key. A small function of its own, optimized early in a bulk
 * build.
 */
export function fillLeaf(b: DataView, o: number, itemLen: number, keys: DataView, len: number, order: Uint32Array,
  recs: Uint32Array, from: number, to: number): void {
  for (let n = from; n < to; n++, o += itemLen) {
    const e = order[n];
    b.setUint32(o, 0, true);
    b.setUint32(o + 4, recs[e], true);
    copyKeyBytes(b, o + 8, keys, e * len, len);
  }
}
