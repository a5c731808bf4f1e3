// The page buffers of an NTX bulk build.

import { NTX_PAGE, type NtxPage } from './page.js';

const SLAB_PAGES = 64;

/**
 * Where Harbour's bulk build gets page buffers: a pool that starts with 8
 * fresh (zeroed) buffers, then recycles the oldest page already written,
 * growing by 4 when none is free. A recycled buffer keeps the old page's
 * bytes in the slots the new page leaves unused, and files written by
 * Harbour carry them: reproducing the pool makes the files identical.
 */
export class BuildPool {
  private depth = 0;
  private used = 0;
  private free: NtxPage[] = [];
  private head = 0;
  // page buffers are cut from zeroed slabs: one allocation per SLAB_PAGES pages
  private slab: ArrayBuffer | null = null;
  private cut = SLAB_PAGES;

  buffer(): Buffer {
    if (this.used < this.depth) {
      this.used++;
      return this.fresh();
    }
    if (this.head < this.free.length) {
      const b = this.fresh();
      b.set(this.free[this.head++].buf);
      return b;
    }
    if (this.depth === 0) {
      this.depth = 8;
      this.used = 1;
    } else {
      this.depth += 4;
      this.used++;
    }
    return this.fresh();
  }

  /** A zeroed page buffer. */
  private fresh(): Buffer {
    if (this.cut === SLAB_PAGES) {
      this.slab = new ArrayBuffer(SLAB_PAGES * NTX_PAGE);
      this.cut = 0;
    }
    return Buffer.from(this.slab!, this.cut++ * NTX_PAGE, NTX_PAGE);
  }

  /** A page was written and is no longer in use: its buffer may be recycled. */
  release(p: NtxPage): void {
    this.free.push(p);
  }
}
