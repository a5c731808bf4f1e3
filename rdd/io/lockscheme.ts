// Where record, file and header locks sit in a DBF file for each of
// Harbour's lock schemes (DB_DBFLOCK_*, doc/locks.txt). A record lock is
// `recSize` bytes at base + recno (forward schemes) or base - recno
// (backward ones); the file lock covers `fileSize` bytes after the base (or
// before it); the header/append lock is the single byte at the base.

export const DB_DBFLOCK_DEFAULT = 0;
export const DB_DBFLOCK_CLIPPER = 1;
export const DB_DBFLOCK_COMIX = 2;
export const DB_DBFLOCK_VFP = 3;
export const DB_DBFLOCK_HB32 = 4;
export const DB_DBFLOCK_HB64 = 5;
export const DB_DBFLOCK_CLIPPER2 = 6;

export interface LockScheme {
  base: number;
  /** 1 forward from the base, 2 forward at the record's file offset, -1 backward */
  dir: number;
  fileSize: number;
  recSize: number;
}

export function lockScheme(scheme: number, hasTags: boolean): LockScheme | null {
  switch (scheme) {
    case DB_DBFLOCK_CLIPPER: return { base: 1000000000, dir: 1, fileSize: 1000000000, recSize: 1 };
    case DB_DBFLOCK_CLIPPER2: return { base: 4000000000, dir: 1, fileSize: 294967295, recSize: 1 };
    case DB_DBFLOCK_COMIX: return { base: 1000000000, dir: 1, fileSize: 1000000000, recSize: 1 };
    case DB_DBFLOCK_VFP:
      return hasTags
        ? { base: 0x7ffffffe, dir: -1, fileSize: 0x07ffffff, recSize: 1 }
        : { base: 0x40000000, dir: 2, fileSize: 0x3ffffffd, recSize: 1 };
    case DB_DBFLOCK_HB32: return { base: 4000000000, dir: 1, fileSize: 294967295, recSize: 1 };
    case DB_DBFLOCK_HB64: return { base: 0x7f00000000000000, dir: 1, fileSize: 0xfffffffe, recSize: 1 };
  }
  return null;
}

/** The first byte of the file lock. */
export function fileLockStart(s: LockScheme): number {
  return s.dir < 0 ? s.base - s.fileSize : s.base + 1;
}

/** The first byte of record `recNo`'s lock. */
export function recordLockStart(s: LockScheme, recNo: number, headerLen: number, recordLen: number): number {
  if (s.dir < 0) return s.base - recNo;
  if (s.dir === 2) return s.base + (recNo - 1) * recordLen + headerLen;
  return s.base + recNo;
}

/**
 * The lock of an index file under a scheme: [offset, pool size]. Readers
 * and writers lock the byte at `offset` (shared / exclusive); schemes with
 * a pool spread readers over the `pool` bytes after it. (The 64-bit
 * scheme's offsets are beyond what a double holds exactly: no index lock.)
 */
export function indexLock(scheme: number): [number, number] {
  switch (scheme) {
    case DB_DBFLOCK_CLIPPER:
    case DB_DBFLOCK_CLIPPER2: return [1000000000, 0];
    case DB_DBFLOCK_COMIX:
    case DB_DBFLOCK_HB32: return [0xfffeffff, 0x10000];
    case DB_DBFLOCK_VFP: return [0x7ffffffe, 0];
  }
  return [0, 0];
}
