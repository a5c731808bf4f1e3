// An open NTX file: its header, a cache of its pages, the free-page list,
// and the read/write locks that keep several processes' views of a SHARED
// index consistent (the header's version counter tells a reader that its
// cached pages are stale).
//
// Header (1024 bytes): type u16, version u16, root u32, next free page u32,
// item size u16, key size u16, decimals u16, max keys u16, half page u16,
// key expression [256], unique, -, descend, -, FOR expression [256],
// tag name [12], custom flag; the rest zero.
//
// A file with several tags (type NTX_FLAG_COMPOUND) starts with a compound
// header instead: type u16, tag count u16, version u32, next free page u32,
// end of the used space u32, then up to 63 entries of tag name [12] and the
// position u32 of that tag's own header page (laid out as above, with
// version and next free page zero).

import { unlinkSync } from 'node:fs';
import type { Bag } from '../order/area.js';
import type { DbFile } from '../io/file.js';
import { lockPause } from '../io/oslock.js';
import { EG_CORRUPTION, EG_READ, EDBF_CORRUPT, EDBF_READ } from '../errors.js';
import { NTX_PAGE, NtxPage } from './page.js';
import type { NtxTag } from './tag.js';

export const NTX_FLAG_DEFAULT = 0x0006;
export const NTX_FLAG_OLDDEFAULT = 0x0003;
export const NTX_FLAG_FORITEM = 0x0001;
export const NTX_FLAG_PARTIAL = 0x0008;
export const NTX_FLAG_EXTLOCK = 0x0010;
export const NTX_FLAG_CUSTOM = 0x0020;
export const NTX_FLAG_CHGONLY = 0x0040;
export const NTX_FLAG_TEMPLATE = 0x0080;
export const NTX_FLAG_SORTRECNO = 0x0100;
export const NTX_FLAG_LARGEFILE = 0x0200;
export const NTX_FLAG_MULTIKEY = 0x0400;
export const NTX_FLAG_COMPOUND = 0x8000;
export const NTX_FLAG_MASK = 0x87ff;

export const H_TYPE = 0;
export const H_VERSION = 2;
export const H_ROOT = 4;
export const H_NEXT = 8;
export const H_ITEMSIZE = 12;
export const H_KEYSIZE = 14;
export const H_KEYDEC = 16;
export const H_MAXITEM = 18;
export const H_HALF = 20;
export const H_KEYEXPR = 22;
export const H_UNIQUE = 278;
export const H_DESCEND = 280;
export const H_FOREXPR = 282;
export const H_TAGNAME = 538;
export const H_CUSTOM = 550;
export const NTX_MAX_EXP = 256;
export const NTX_MAX_TAGNAME = 10;

export const C_NTAGS = 2;
export const C_VERSION = 4;
export const C_NEXT = 8;
export const C_FILESIZE = 12;
export const C_TAGS = 16;
export const C_ITEM = 16;
export const C_HEADPOS = 12;
export const CTX_MAX_TAGS = 63;

/** The header position of tag `name` in a compound header (0: not listed). */
export function compoundEntry(h: Buffer, name: string): number {
  const n = Math.min(h.readUInt16LE(C_NTAGS), CTX_MAX_TAGS);
  const want = name.toUpperCase();
  for (let i = 0, at = C_TAGS; i < n; i++, at += C_ITEM) {
    let end = at;
    while (end < at + NTX_MAX_TAGNAME && h[end] !== 0) end++;
    if (h.toString('latin1', at, end).toUpperCase() === want) return h.readUInt32LE(at + C_HEADPOS);
  }
  return 0;
}

/** Page buffers Harbour's DBFNTX keeps per index file before it reuses the least recently used. */
const HARBOUR_PAGES = 8;

/** Pages kept in memory before clean ones are dropped. */
const CACHE_LIMIT = 16384;

/** How the bag reports an I/O problem (the area raises the RDD error). */
export type NtxReport = (genCode: number, subCode: number, osCode: number) => void;

/** The most bytes of adjacent pages written at once. */
const WRITE_RUN = 64 * NTX_PAGE;

export class NtxBag implements Bag {
  tags: NtxTag[] = [];
  private pages = new Map<number, NtxPage>();
  private dirtyPages = new Set<NtxPage>();
  version = 0;
  nextAvail = 0;
  /** where the next new page goes (0: at the end of the file) */
  private tagBlock = 0;
  /** pages were allocated or freed since the header was saved */
  changed = false;
  /** the whole header must be written (not just its first 12 bytes) */
  update = false;
  /** counts page uses (the order of use Harbour's page cache follows) */
  private clock = 0;
  private lockR = 0;
  private lockW = 0;
  /** a header save waits for flush() (exclusive opens write lazily) */
  private headerPending = false;
  private fullHeaderPending = false;
  /** damage was found: the file is no longer written (until it is rebuilt) */
  damaged = false;
  /** delete the file when it is closed (ordDestroy) */
  deleteOnClose = false;
  /** several tags, each with a header page of its own (see above) */
  compound = false;

  constructor(
    readonly file: DbFile,
    readonly path: string,
    readonly production: boolean,
    readonly shared: boolean,
    readonly readonly: boolean,
    /** [offset, pool] of the index lock for this table's lock scheme */
    private readonly lockAt: [number, number],
    private readonly report: NtxReport,
  ) {}

  get tag(): NtxTag {
    return this.tags[0];
  }

  // ---- pages ---------------------------------------------------------------------

  /**
   * The page at file offset `pos` (read when not cached) of a tag with
   * keys of `keyLen` bytes (-1: a free page, only its link is read). A
   * page whose key count or item offsets reach past its end raises the
   * corruption error and reads as an empty leaf.
   */
  load(pos: number, keyLen = -1): NtxPage {
    let p = this.pages.get(pos);
    if (p !== undefined && !(p.short && this.outOfHarbourCache(p))) {
      p.used = ++this.clock;
      return p;
    }
    const buf = Buffer.alloc(NTX_PAGE);
    const n = this.file.readInto(buf, 0, NTX_PAGE, pos);
    if (n !== NTX_PAGE) return this.readShort(pos, buf, n);
    p = NtxPage.read(pos, buf, this.dirtyPages);
    if (!p.fits(keyLen)) return this.corrupted();
    p.used = ++this.clock;
    this.pages.set(pos, p);
    return p;
  }

  /**
   * A page read short: the read error. Harbour keeps the page in its cache
   * of HARBOUR_PAGES buffers: the bytes read over what the buffer held (the
   * least recently used page's, once all are taken; else zeros) and that
   * page's key count (0 for a new buffer); it is read again once dropped
   * from that cache. A first child pointer outside the page (it would be
   * read from outside the buffer) keeps it out of the cache.
   */
  private readShort(pos: number, got: Buffer, n: number): NtxPage {
    const old = this.harbourVictim();
    const buf = Buffer.alloc(NTX_PAGE);
    if (old !== undefined) old.bytes().copy(buf);
    got.copy(buf, 0, 0, n);
    let p = new NtxPage(pos, buf, this.dirtyPages);
    p.count = old !== undefined ? old.count : 0;
    if (p.fits(-1)) {
      p.short = true;
      p.used = ++this.clock;
      this.pages.set(pos, p);
    } else p = this.emptyPage();
    this.report(EG_READ, EDBF_READ, 0);
    return p;
  }

  /** The cached pages used last, most recent first (at most HARBOUR_PAGES + 1). */
  private recentPages(): NtxPage[] {
    const top: NtxPage[] = [];
    for (const q of this.pages.values()) {
      if (q.used === 0) continue;
      let i = top.length;
      while (i > 0 && top[i - 1].used < q.used) i--;
      if (i <= HARBOUR_PAGES) {
        top.splice(i, 0, q);
        if (top.length > HARBOUR_PAGES + 1) top.pop();
      }
    }
    return top;
  }

  /** The page whose buffer Harbour would reuse for a new one (none while it has a free buffer). */
  private harbourVictim(): NtxPage | undefined {
    const top = this.recentPages();
    return top.length >= HARBOUR_PAGES ? top[HARBOUR_PAGES - 1] : undefined;
  }

  /** Whether Harbour's cache has dropped page p (other pages took all its buffers since p was used). */
  private outOfHarbourCache(p: NtxPage): boolean {
    if (this.recentPages().slice(0, HARBOUR_PAGES).includes(p)) return false;
    this.pages.delete(p.pos);
    return true;
  }

  /**
   * Raise the corruption error for this file (a page or the tree is
   * damaged), after which nothing more is written to it and the cached
   * pages are dropped; hands back an empty leaf to go on with when the
   * error handler returns.
   */
  corrupted(): NtxPage {
    this.damaged = true;
    // pages an interrupted change left half done are read again from the file
    this.discard();
    this.report(EG_CORRUPTION, EDBF_CORRUPT, 0);
    return this.emptyPage();
  }

  /** An empty leaf outside the file (a walk ended at a damaged page). */
  emptyPage(): NtxPage {
    return new NtxPage(0, Buffer.alloc(NTX_PAGE), this.dirtyPages);
  }

  /** How many pages the file holds, with those placed but not written yet (no tree walk can visit more). */
  pageTotal(): number {
    return Math.ceil(Math.max(this.file.size, this.tagBlock) / NTX_PAGE);
  }

  /** The page at `pos` if it is in the cache (nothing is read). */
  cached(pos: number): NtxPage | undefined {
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
    const h = this.counters;
    if (this.file.readInto(h, 0, C_TAGS, 0) !== C_TAGS) return false;
    if (this.compound) {
      return (h.readUInt16LE(H_TYPE) & NTX_FLAG_COMPOUND) !== 0 && h.readUInt32LE(C_VERSION) === this.version &&
        h.readUInt32LE(C_NEXT) === this.nextAvail;
    }
    const t = this.tags[0];
    return t !== undefined && h.readUInt16LE(H_VERSION) === this.version && h.readUInt32LE(H_NEXT) === this.nextAvail &&
      h.readUInt32LE(H_ROOT) === t.root && h.readUInt16LE(H_TYPE) === t.signature();
  }

  /** A page for the bulk build (placed in the file when complete) over `buf`. */
  blankPage(buf: Buffer): NtxPage {
    return new NtxPage(0, buf, this.dirtyPages);
  }

  /** The file offset for a new page at the end of the file. */
  alloc(): number {
    if (this.tagBlock === 0) this.tagBlock = this.file.size;
    const pos = this.tagBlock;
    this.tagBlock += NTX_PAGE;
    return pos;
  }

  /** A new empty page: a freed one when there is one, else one at the end of the file. */
  newPage(tag: NtxTag): NtxPage {
    let p: NtxPage;
    if (this.nextAvail !== 0) {
      p = this.load(this.nextAvail);
      this.nextAvail = p.child(0);
    } else {
      p = new NtxPage(this.alloc(), Buffer.alloc(NTX_PAGE), this.dirtyPages);
      p.used = ++this.clock;
      this.pages.set(p.pos, p);
    }
    p.init(tag.maxKeys, tag.keyLen);
    this.changed = true;
    p.touch();
    return p;
  }

  /** A free page for the bulk build (its place stays), or null when none is free. */
  freeBuildPage(): NtxPage | null {
    if (this.nextAvail === 0) return null;
    const p = this.load(this.nextAvail);
    this.nextAvail = p.child(0);
    this.changed = true;
    return p;
  }

  /** A page built in memory (bulk build) gets its place in the file. */
  place(p: NtxPage): void {
    if (p.pos === 0) {
      p.pos = this.alloc();
      this.pages.set(p.pos, p);
    }
    this.changed = true;
    p.touch();
  }

  /** Put a page on the free list. */
  freePage(p: NtxPage): void {
    p.setChild(0, this.nextAvail);
    this.nextAvail = p.pos;
    this.changed = true;
    p.touch();
  }

  /** Put a page on the free list without reading it (a tag's dropped header page). */
  freeBlock(pos: number, tag: NtxTag): void {
    const p = new NtxPage(pos, Buffer.alloc(NTX_PAGE), this.dirtyPages);
    const old = this.pages.get(pos);
    if (old !== undefined) this.dirtyPages.delete(old);
    this.pages.set(pos, p);
    p.init(tag.maxKeys, tag.keyLen);
    this.freePage(p);
  }

  /** A page for a tag header: a free one or a new one at the end (it leaves the page cache). */
  private takeBlock(): number {
    let pos: number;
    if (this.nextAvail !== 0) {
      const p = this.load(this.nextAvail);
      this.nextAvail = p.child(0);
      pos = p.pos;
      this.pages.delete(pos);
      this.dirtyPages.delete(p);
    } else pos = this.alloc();
    this.changed = true;
    return pos;
  }

  private discard(): void {
    this.pages.clear();
    this.dirtyPages.clear();
    if (!this.compound) this.tagBlock = 0;
    for (const t of this.tags) t.forget();
  }

  private writePages(): void {
    if (this.dirtyPages.size === 0) return;
    if (this.damaged) {
      this.dirtyPages.clear();
      return;
    }
    const list = [...this.dirtyPages].sort((a, b) => a.pos - b.pos);
    // pages that follow each other in the file go out in one write
    let run: Buffer | null = null;
    let runStart = 0;
    let runLen = 0;
    for (const p of list) {
      if (p.pos === 0) continue;
      p.dirty = false;
      if (runLen > 0 && (p.pos !== runStart + runLen || runLen === run!.length)) {
        this.file.write(run!, 0, runLen, runStart);
        runLen = 0;
      }
      if (runLen === 0) runStart = p.pos;
      if (run === null) run = Buffer.allocUnsafe(Math.min(list.length * NTX_PAGE, WRITE_RUN));
      p.bytes().copy(run, runLen, 0, NTX_PAGE);
      runLen += NTX_PAGE;
    }
    if (runLen > 0) this.file.write(run!, 0, runLen, runStart);
    this.dirtyPages.clear();
    if (this.shared) this.changed = true;
  }

  // ---- header --------------------------------------------------------------------

  /** The header (1024 bytes), or null after a read error was reported. */
  readHeader(): Buffer | null {
    return this.readBlock(0);
  }

  /** The page at `pos` read straight from the file, or null after a read error was reported. */
  readBlock(pos: number): Buffer | null {
    const buf = Buffer.alloc(NTX_PAGE);
    const n = this.file.readInto(buf, 0, NTX_PAGE, pos);
    if (n !== NTX_PAGE) {
      this.report(EG_READ, EDBF_READ, 0);
      return null;
    }
    return buf;
  }

  /** Take the version, free list and end of a compound header (a file just opened). */
  loadCompound(h: Buffer): void {
    this.compound = true;
    this.version = h.readUInt32LE(C_VERSION);
    this.nextAvail = h.readUInt32LE(C_NEXT);
    this.tagBlock = h.readUInt32LE(C_FILESIZE);
  }

  /** Make a one-tag file compound (a second tag is added): each tag gets a header page of its own. */
  makeCompound(): void {
    this.compound = true;
    this.headerPending = this.fullHeaderPending = false;
    for (const t of this.tags) {
      t.hdrChanged = true;
      t.headBlock = 0;
      t.headerPending = 0;
    }
    this.update = this.changed = true;
  }

  /** Save the header (Harbour writes it whenever pages were allocated or freed). */
  private saveHeader(): void {
    if (this.compound) {
      // each changed tag header first (a new tag gets its page now), then the file's
      for (const t of this.tags) if (t.hdrChanged) this.saveTagHeader(t);
      this.version = (this.version + 1) >>> 0;
    } else {
      this.version = (this.version + 1) & 0xffff;
      this.tag.hdrChanged = false;
    }
    const full = this.update;
    this.changed = this.update = false;
    if (this.shared) this.writeHeader(full);
    else {
      this.headerPending = true;
      if (full) this.fullHeaderPending = true;
    }
  }

  private saveTagHeader(t: NtxTag): void {
    if (t.headBlock === 0) {
      t.headBlock = this.takeBlock();
      this.update = true;
    }
    t.hdrChanged = false;
    if (this.shared) this.writeTagHeader(t, this.update);
    else t.headerPending = Math.max(t.headerPending, this.update ? 2 : 1);
  }

  private writeTagHeader(t: NtxTag, full: boolean): void {
    if (this.damaged) return;
    const b = this.tagHeaderBytes(t, full, 0, 0);
    this.file.write(b, 0, b.length, t.headBlock);
  }

  /** A tag header: its first 12 bytes, or all of it (`full`). */
  private tagHeaderBytes(t: NtxTag, full: boolean, version: number, next: number): Buffer {
    const b = Buffer.alloc(full ? NTX_PAGE : 12);
    b.writeUInt16LE(t.signature(), H_TYPE);
    b.writeUInt16LE(version, H_VERSION);
    b.writeUInt32LE(t.root >>> 0, H_ROOT);
    b.writeUInt32LE(next >>> 0, H_NEXT);
    if (full) {
      b.writeUInt16LE(t.keyLen + 8, H_ITEMSIZE);
      b.writeUInt16LE(t.keyLen, H_KEYSIZE);
      b.writeUInt16LE(t.keyDec, H_KEYDEC);
      b.writeUInt16LE(t.maxKeys, H_MAXITEM);
      b.writeUInt16LE(t.maxKeys >> 1, H_HALF);
      b[H_UNIQUE] = t.unique ? 1 : 0;
      b[H_DESCEND] = t.ascend ? 0 : 1;
      b[H_CUSTOM] = t.custom ? 1 : 0;
      b.write(t.keyExpr.slice(0, NTX_MAX_EXP), H_KEYEXPR, 'latin1');
      if (t.forExpr !== '') b.write(t.forExpr.slice(0, NTX_MAX_EXP), H_FOREXPR, 'latin1');
      if (t.namedTag) b.write(t.name.slice(0, NTX_MAX_TAGNAME), H_TAGNAME, 'latin1');
    }
    return b;
  }

  private writeHeader(full: boolean): void {
    if (this.damaged) return;
    if (!this.compound) {
      const b = this.tagHeaderBytes(this.tag, full, this.version, this.nextAvail);
      this.file.write(b, 0, b.length, 0);
      return;
    }
    const b = Buffer.alloc(full ? NTX_PAGE : C_TAGS);
    b.writeUInt16LE(NTX_FLAG_COMPOUND, H_TYPE);
    b.writeUInt16LE(this.tags.length, C_NTAGS);
    b.writeUInt32LE(this.version >>> 0, C_VERSION);
    b.writeUInt32LE(this.nextAvail >>> 0, C_NEXT);
    b.writeUInt32LE(this.tagBlock >>> 0, C_FILESIZE);
    if (full) {
      let at = C_TAGS;
      for (const t of this.tags) {
        b.write(t.name.slice(0, NTX_MAX_TAGNAME), at, 'latin1');
        b.writeUInt32LE(t.headBlock >>> 0, at + C_HEADPOS);
        at += C_ITEM;
      }
    }
    this.file.write(b, 0, b.length, 0);
  }

  /** the header's counters, read before every access to a SHARED index */
  private readonly counters = Buffer.alloc(C_TAGS);

  /** Re-read the header's counters of a SHARED index: another process may have changed it. */
  private checkHeader(): boolean {
    const h = this.counters;
    if (this.file.readInto(h, 0, C_TAGS, 0) !== C_TAGS) {
      this.report(EG_READ, EDBF_READ, 0);
      return false;
    }
    const type = h.readUInt16LE(H_TYPE);
    if ((type & NTX_FLAG_COMPOUND) !== 0) return this.checkCompound(h);
    if (this.compound) {
      this.report(EG_CORRUPTION, EDBF_CORRUPT, 0);
      return false;
    }
    const version = h.readUInt16LE(H_VERSION);
    const root = h.readUInt32LE(H_ROOT);
    const next = h.readUInt32LE(H_NEXT);
    const t = this.tags[0];
    if (this.version !== version || this.nextAvail !== next ||
        (t !== undefined && (t.root !== root || t.signature() !== type))) {
      this.discard();
      this.version = version;
      this.nextAvail = next;
      if (t !== undefined) {
        t.root = root;
        t.setFlags(type);
      }
    }
    return true;
  }

  /** A compound header changed by another process: the tags' header pages and roots are read again. */
  private checkCompound(h: Buffer): boolean {
    const version = h.readUInt32LE(C_VERSION);
    const next = h.readUInt32LE(C_NEXT);
    const end = h.readUInt32LE(C_FILESIZE);
    if (this.compound && this.version === version && this.nextAvail === next) {
      this.tagBlock = end;
      return true;
    }
    this.compound = true;
    this.discard();
    this.version = version;
    this.nextAvail = next;
    this.tagBlock = end;
    const full = this.readHeader();
    if (full === null) return false;
    const t8 = Buffer.alloc(H_ITEMSIZE);
    for (const t of this.tags) {
      t.headBlock = compoundEntry(full, t.name);
      t.root = 0;
      if (t.headBlock !== 0 && this.file.readInto(t8, 0, H_ITEMSIZE, t.headBlock) === H_ITEMSIZE) {
        t.root = t8.readUInt32LE(H_ROOT);
        t.setFlags(t8.readUInt16LE(H_TYPE));
      }
    }
    return true;
  }

  // ---- locks ---------------------------------------------------------------------

  private osLock(exclusive: boolean): void {
    const [pos, pool] = this.lockAt;
    if (pos === 0) return;
    while (!this.file.lockRange(pos, pool + 1, !exclusive)) lockPause();
  }

  private osUnlock(): void {
    const [pos, pool] = this.lockAt;
    if (pos !== 0) this.file.unlockRange(pos, pool + 1);
  }

  lockRead(): boolean {
    if (this.lockR > 0 || this.lockW > 0 || !this.shared) {
      this.lockR++;
      return true;
    }
    this.osLock(false);
    this.lockR++;
    if (!this.checkHeader()) {
      this.lockR--;
      this.osUnlock();
      return false;
    }
    return true;
  }

  unlockRead(): void {
    this.lockR--;
    if (this.lockR === 0 && this.lockW === 0 && this.shared) this.osUnlock();
    this.trim();
  }

  lockWrite(check: boolean): boolean {
    // pages change only under the write lock: cursors read their keys out first
    for (const t of this.tags) t.settleKey();
    if (this.lockW > 0 || !this.shared) {
      this.lockW++;
      return true;
    }
    this.osLock(true);
    this.lockW++;
    if (check && !this.checkHeader()) {
      this.lockW--;
      this.osUnlock();
      return false;
    }
    return true;
  }

  unlockWrite(): void {
    if (this.shared) this.writePages();
    // the header is saved once, when the outermost write lock ends (tag header
    // pages of a compound file are allocated after the pages of the tags built
    // under it; a key moved by GOCOLD is one change, as in Harbour)
    if (this.lockW === 1) {
      if (this.changed || this.tags.some((t) => t.hdrChanged)) this.saveHeader();
    }
    this.lockW--;
    if (this.lockW === 0 && this.shared) this.osUnlock();
    this.trim();
  }

  /** Drop cached pages when there are too many (never in the middle of an operation). */
  private trim(): void {
    if (this.pages.size <= CACHE_LIMIT || this.lockR > 0 || this.lockW > 0) return;
    this.writePages();
    this.pages.clear();
  }

  // ---- Bag ---------------------------------------------------------------------

  /** Empty the file down to its header (new index, REINDEX). */
  truncate(): void {
    this.pages.clear();
    this.dirtyPages.clear();
    this.update = this.changed = true;
    this.tagBlock = this.nextAvail = 0;
    this.version = 0;
    this.damaged = false;
    this.headerPending = this.fullHeaderPending = false;
    for (const t of this.tags) t.headerPending = 0;
    this.file.truncate(NTX_PAGE);
  }

  rebuild(build: (t: NtxTag) => void): void {
    if (!this.compound) {
      this.truncate();
      for (const t of this.tags) build(t);
      return;
    }
    // every tag is built anew, then gets a new header page
    if (!this.lockWrite(false)) return;
    try {
      this.truncate();
      for (const t of this.tags) {
        t.headBlock = t.root = 0;
        t.hdrChanged = true;
        build(t);
      }
    } finally {
      this.unlockWrite();
    }
    this.flush();
  }

  /** Drop a tag of a compound file: its pages and its header page go on the free list. */
  dropTag(t: NtxTag): void {
    if (t.root !== 0) t.freePages(t.root);
    if (t.headBlock !== 0) this.freeBlock(t.headBlock, t);
    this.tags.splice(this.tags.indexOf(t), 1);
    this.update = this.changed = true;
  }

  flush(): void {
    this.writePages();
    for (const t of this.tags) {
      if (t.headerPending !== 0) {
        this.writeTagHeader(t, t.headerPending === 2);
        t.headerPending = 0;
      }
    }
    if (this.headerPending) {
      this.writeHeader(this.fullHeaderPending);
      this.headerPending = this.fullHeaderPending = false;
    }
    this.file.flush();
  }

  commit(): void {
    this.flush();
    this.file.commit();
  }

  close(): void {
    if (!this.readonly) this.flush();
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
