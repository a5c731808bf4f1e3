// An open CDX file: a compound index. Offset 0 holds the header of the
// directory tag, whose keys are the tag names and whose "records" are the
// offsets of the tags' headers; each tag has a 1024-byte header (options,
// key length, page size, key and FOR expressions) and a tree of pages.
// The bag hands out pages (the free list first, then the end of the file),
// caches them decoded, writes them back, and keeps the update counter of
// SHARED indexes (offsets 4 and 8 of the file).

import { unlinkSync } from 'node:fs';
import type { Bag } from '../order/area.js';
import type { DbFile } from '../io/file.js';
import { lockPause } from '../io/oslock.js';
import { CDX_DUMMY, CdxPage, NO_BAD } from './page.js';
import { CdxTag } from './tag.js';
import { noKeys } from '../order/keyset.js';

export const CDX_HEADER = 1024;
export const CDX_PAGE = 512;
export const CDX_MAXKEY = 240;
export const CDX_HB_SIGNATURE = 0x52434842;

export const CDX_TYPE_UNIQUE = 0x01;
export const CDX_TYPE_PARTIAL = 0x02;
export const CDX_TYPE_CUSTOM = 0x04;
export const CDX_TYPE_FORFILTER = 0x08;
export const CDX_TYPE_COMPACT = 0x20;
export const CDX_TYPE_COMPOUND = 0x40;
export const CDX_TYPE_STRUCTURE = 0x80;

/** How the bag reports a damaged file: the corruption error, or Harbour's unrecoverable read error. */
export interface CdxTrouble {
  corrupt(): void;
  readFailed(text: string): never;
  /** Harbour's unrecoverable error 9201, after the detail it prints to stderr */
  integrity(detail: string, text: string): never;
}

/** Pages kept in memory before clean ones are dropped. */
const CACHE_LIMIT = 32768;

/** The most adjacent pages written at once. */
const WRITE_RUN = 128;

export class CdxBag implements Bag {
  tags: CdxTag[] = [];
  /** the directory tag (tag names -> header offsets) */
  directory: CdxTag | null = null;
  pageLen = CDX_PAGE;
  private pages = new Map<number, CdxPage>();
  private dirty = new Set<CdxPage>();
  private owners = new Map<number, CdxTag>();
  /** next page at the end of the file (-1: ask the file size) */
  private nextAvail = -1;
  /** first page of the free list (0: none) */
  freePage = 0;
  /** freed pages not yet linked on disk: [page, next] */
  private freed: [number, number][] = [];
  version = 0;
  private savedFree = 0;
  private changed = false;
  private lockR = 0;
  private lockW = 0;
  deleteOnClose = false;
  /** damage was found: the file is no longer written (until it is rebuilt) */
  damaged = false;

  constructor(
    readonly file: DbFile,
    readonly path: string,
    public production: boolean,
    readonly shared: boolean,
    readonly readonly: boolean,
    private readonly lockAt: [number, number],
    private readonly trouble: CdxTrouble,
  ) {}

  // ---- pages ---------------------------------------------------------------------

  /** The page at `pos` of tag `t` (read and decoded when not cached). */
  load(t: CdxTag, pos: number): CdxPage {
    let p: CdxPage | null | undefined = this.pages.get(pos);
    if (p !== undefined) return p;
    const buf = Buffer.alloc(this.pageLen);
    if (this.file.readInto(buf, 0, this.pageLen, pos) !== this.pageLen) {
      this.trouble.readFailed('hb_cdxIndexPageRead: Read index page failed.');
    }
    p = CdxPage.decode(pos, buf, t.keyLen, t.trail);
    if (p === null) return this.corrupted();
    this.pages.set(pos, p);
    this.owners.set(pos, t);
    return p;
  }

  /**
   * Raise the corruption error (a page or the tree is damaged), after
   * which nothing more is written to the file and the cached pages are
   * dropped; hands back an empty leaf to
   * go on with when the error handler returns.
   */
  corrupted(): CdxPage {
    this.damaged = true;
    // pages an interrupted change left half done are read again from the file
    this.pages.clear();
    this.dirty.clear();
    this.freed = [];
    for (const t of this.allTags()) t.forget();
    this.trouble.corrupt();
    return new CdxPage(0);
  }

  /** How many pages the file holds, with those placed but not written yet (no walk along the leaves can visit more). */
  pageTotal(): number {
    return Math.ceil(Math.max(this.file.size, this.nextAvail) / this.pageLen);
  }

  /** Harbour's integrity error (9201) after the detail it prints. */
  integrity(detail: string, text: string): never {
    return this.trouble.integrity(detail, text);
  }

  /** Key `p.bad` of leaf p was reached: Harbour's integrity error, as its key decoder raises it. */
  badKey(p: CdxPage, keyLen: number, text = 'hb_cdxPageGetKeyVal: index corrupted.'): never {
    return this.trouble.integrity(`\r\npPage->Page=${p.pos.toString(16)}, iLen=${keyLen}, iDup=${p.badDup}, iTrl=${p.badTrl}`,
      text);
  }

  /** The page at `pos` if it is in the cache (nothing is read). */
  cached(pos: number): CdxPage | undefined {
    return this.pages.get(pos);
  }

  /**
   * A SHARED index this area holds no lock on, whose header (read without
   * the lock: a copy from the file map, or one pread) still shows the
   * version the cached pages came from: those pages are a consistent tree,
   * the one a read lock taken before any writer now at work commits sees.
   */
  unchangedSinceLock(): boolean {
    if (!this.shared || this.lockR > 0 || this.lockW > 0) return false;
    const b = this.counters;
    if (this.file.readInto(b, 0, 8, 4) !== 8) return false;
    return b.readUInt32BE(4) === this.version && b.readUInt32LE(0) === this.freePage;
  }

  touch(t: CdxTag, p: CdxPage): void {
    // Harbour decodes a whole leaf to change it
    if (p.bad !== NO_BAD) this.badKey(p, t.keyLen, 'hb_cdxPageLeafDecode: index corrupted.');
    p.dirty = true;
    this.dirty.add(p);
    this.owners.set(p.pos, t);
    this.changed = true;
  }

  /** Room for a new page (or a 1024-byte tag header) in the file. */
  allocPos(header: boolean): number {
    if (!header && this.freePage !== 0 && this.freePage !== CDX_DUMMY) {
      const pos = this.freePage;
      const i = this.freed.findIndex((f) => f[0] === pos);
      if (i >= 0) {
        this.freePage = this.freed[i][1];
        this.freed.splice(i, 1);
      } else {
        const b = Buffer.alloc(4);
        if (this.file.readInto(b, 0, 4, pos) !== 4) this.trouble.readFailed('hb_cdxIndexGetAvailPage: Read index page failed.');
        this.freePage = b.readUInt32LE(0);
      }
      return pos;
    }
    if (this.nextAvail < 0) this.nextAvail = this.file.size;
    const pos = this.nextAvail;
    const size = header ? CDX_HEADER : this.pageLen;
    this.nextAvail += Math.max(size, this.pageLen);
    if (header) {
      this.file.write(Buffer.alloc(size), 0, size, pos);
      this.changed = true;
    }
    return pos;
  }

  newPage(t: CdxTag, attr: number): CdxPage {
    const p = new CdxPage(this.allocPos(false));
    p.attr = attr;
    this.pages.set(p.pos, p);
    this.touch(t, p);
    return p;
  }

  /** pages of a bulk build being gathered for one write: where they start and how many bytes */
  private built: Buffer | null = null;
  private builtStart = 0;
  private builtLen = 0;

  /**
   * The buffer to encode a bulk-built page at `pos` into; pages that follow
   * each other in the file go out in one write (endBuilt() writes the last).
   */
  builtPage(pos: number): Buffer {
    const len = this.pageLen;
    if (this.built === null) this.built = Buffer.allocUnsafe(len * WRITE_RUN);
    if (this.builtLen > 0 && (pos !== this.builtStart + this.builtLen || this.builtLen === this.built.length)) {
      this.endBuilt();
    }
    if (this.builtLen === 0) this.builtStart = pos;
    const b = this.built.subarray(this.builtLen, this.builtLen + len);
    this.builtLen += len;
    this.changed = true;
    return b;
  }

  endBuilt(): void {
    if (this.builtLen > 0) this.file.write(this.built!, 0, this.builtLen, this.builtStart);
    this.builtLen = 0;
  }

  /** Put a page on the free list. */
  freePageAt(p: CdxPage): void {
    this.pages.delete(p.pos);
    this.dirty.delete(p);
    this.owners.delete(p.pos);
    this.freed.unshift([p.pos, this.freePage]);
    this.freePage = p.pos;
    this.changed = true;
  }

  private writePages(): void {
    if (this.damaged) {
      this.dirty.clear();
      this.freed = [];
      return;
    }
    if (this.dirty.size > 0) {
      const list = [...this.dirty].sort((a, b) => a.pos - b.pos);
      // pages that follow each other in the file go out in one write
      const len = this.pageLen;
      const run = Buffer.allocUnsafe(len * Math.min(list.length, WRITE_RUN));
      let runStart = 0;
      let runLen = 0;
      for (const p of list) {
        const t = this.owners.get(p.pos);
        if (t === undefined) continue;
        if (runLen > 0 && (p.pos !== runStart + runLen || runLen === run.length)) {
          this.file.write(run, 0, runLen, runStart);
          runLen = 0;
        }
        if (runLen === 0) runStart = p.pos;
        p.encode(run.subarray(runLen, runLen + len), t.keyLen, t.trail, t.maxRec());
        runLen += len;
        p.dirty = false;
      }
      if (runLen > 0) this.file.write(run, 0, runLen, runStart);
      this.dirty.clear();
    }
    if (this.freed.length > 0) {
      const buf = Buffer.alloc(this.pageLen);
      for (const [pos, next] of this.freed) {
        buf.writeUInt32LE(next >>> 0, 0);
        this.file.write(buf, 0, this.pageLen, pos);
      }
      this.freed = [];
    }
    for (const t of this.allTags()) t.storeHeader();
  }

  private allTags(): CdxTag[] {
    return this.directory === null ? this.tags : [this.directory, ...this.tags];
  }

  private discard(): void {
    this.pages.clear();
    this.dirty.clear();
    this.owners.clear();
    this.freed = [];
    this.nextAvail = -1;
    const root = Buffer.alloc(4);
    for (const t of this.allTags()) {
      t.forget();
      // another process may have split or shrunk the tree: its root is in the tag header
      if (this.file.readInto(root, 0, 4, t.headerPos) === 4) t.root = root.readUInt32LE(0);
    }
  }

  // ---- locks and the update counter -----------------------------------------------------

  private osLock(exclusive: boolean): void {
    const [pos, pool] = this.lockAt;
    if (pos === 0) return;
    while (!this.file.lockRange(pos, pool + 1, !exclusive)) lockPause();
  }

  private osUnlock(): void {
    const [pos, pool] = this.lockAt;
    if (pos !== 0) this.file.unlockRange(pos, pool + 1);
  }

  /** the free page and update counter, read before every access to a SHARED index */
  private readonly counters = Buffer.alloc(8);

  /** Another process may have changed a SHARED index: drop the cache when it did. */
  private checkVersion(): void {
    if (!this.shared) {
      this.version = this.freePage;
      return;
    }
    const b = this.counters;
    this.file.readInto(b, 0, 8, 4);
    const free = b.readUInt32LE(0);
    const ver = b.readUInt32BE(4);
    if (ver !== this.version || free !== this.freePage) {
      this.version = ver;
      this.freePage = free;
      this.discard();
    }
  }

  lockRead(): void {
    if (this.lockR > 0 || this.lockW > 0 || !this.shared) {
      this.lockR++;
      return;
    }
    this.osLock(false);
    this.lockR++;
    this.checkVersion();
  }

  unlockRead(): void {
    this.lockR--;
    if (this.lockR > 0 || this.lockW > 0) return;
    if (this.shared) this.osUnlock();
    this.trim();
  }

  lockWrite(): void {
    if (this.lockW > 0) {
      this.lockW++;
      return;
    }
    if (this.shared) this.osLock(true);
    this.lockW++;
    if (this.shared || this.nextAvail < 0) this.checkVersion();
  }

  unlockWrite(): void {
    if (this.lockW > 1) {
      this.lockW--;
      return;
    }
    if (this.shared) this.writePages();
    this.lockW--;
    if (this.shared) {
      if (this.changed && !this.damaged) {
        this.version = (this.version + 1) >>> 0;
        const b = Buffer.alloc(8);
        b.writeUInt32LE(this.freePage >>> 0, 0);
        b.writeUInt32BE(this.version, 4);
        this.file.write(b, 0, 8, 4);
        this.changed = false;
      }
      this.file.flush();
      this.osUnlock();
    } else this.changed = false;
    this.trim();
  }

  private trim(): void {
    if (this.pages.size <= CACHE_LIMIT || this.lockR > 0 || this.lockW > 0) return;
    this.writePages();
    this.pages.clear();
    this.owners.clear();
  }

  // ---- Bag -------------------------------------------------------------------------

  /** Empty the file (a new index, REINDEX). */
  truncate(): void {
    this.file.truncate(0);
    this.pages.clear();
    this.dirty.clear();
    this.owners.clear();
    this.freed = [];
    this.nextAvail = 0;
    this.freePage = 0;
    this.savedFree = 0;
    this.version = 0;
    this.changed = true;
    this.damaged = false;
  }

  /** REINDEX: a new directory, then each tag again with a new header and its keys. */
  rebuild(build: (t: CdxTag) => void): void {
    const name = this.directory?.name ?? '';
    const tags = this.tags;
    this.lockWrite();
    try {
      this.truncate();
      const dir = this.newDirectory(name);
      for (const t of tags) {
        t.headerPos = this.allocPos(true);
        t.headerChanged = true;
        t.forget();
        // Harbour loads the tags afresh: scopes and ordDescend() settings are gone
        t.top = t.bottom = null;
        t.usrDescend = t.descending;
        build(t);
        dir.insertKey(t.name.padEnd(10, ' '), t.headerPos);
      }
    } finally {
      this.unlockWrite();
    }
    this.flush();
  }

  /** Start the file over with an empty directory tag. */
  newDirectory(name: string): CdxTag {
    const dir = CdxTag.directory(this, name, this.allocPos(true));
    dir.headerChanged = true;
    dir.build(noKeys(dir.keyLen));
    this.directory = dir;
    return dir;
  }

  flush(): void {
    if (this.readonly || this.damaged) return;
    this.writePages();
    if (!this.shared && this.savedFree !== this.freePage) {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(this.freePage >>> 0, 0);
      this.file.write(b, 0, 4, 4);
      this.savedFree = this.freePage;
    }
    this.file.flush();
  }

  commit(): void {
    this.flush();
    this.file.commit();
  }

  close(): void {
    this.flush();
    this.file.close();
    if (this.deleteOnClose) {
      try {
        unlinkSync(this.path);
      } catch {
        // already gone
      }
    }
  }
}
