// The page buffers of an NTX bulk build.

import { NTX_PAGE, type NtxPage } from './page.js';

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

  buffer(): Buffer {
    if (this.used < this.depth) {
      this.used++;
      return Buffer.alloc(NTX_PAGE);
    }
    if (this.head < this.free.length) {
      const b = Buffer.allocUnsafe(NTX_PAGE);
      this.free[this.head++].buf.copy(b);
      return b;
    }
    if (this.depth === 0) {
      this.depth = 8;
      this.used = 1;
    } else {
      this.depth += 4;
      this.used++;
    }
    return Buffer.alloc(NTX_PAGE);
  }

  /** A page was written and is no longer in use: its buffer may be recycled. */
  release(p: NtxPage): void {
    this.free.push(p);
  }
}
