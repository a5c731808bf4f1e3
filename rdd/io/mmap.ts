// Read-only shared memory maps of files (mmap MAP_SHARED through koffi).
// A SHARED table or index is read through a map: the page cache is
// coherent with it, so every write of another process (or of this one,
// through pwrite) is seen at once, and a read is a memory copy instead of
// a system call. Where koffi or mmap is not available, nothing is mapped
// and the caller reads with pread.

import { loadKoffi } from './koffi.js';

const PROT_READ = 1;
const MAP_SHARED = 1;

interface Native {
  mmap(len: number, fd: number): unknown;
  munmap(p: unknown, len: number): void;
  view(p: unknown, len: number): ArrayBuffer;
}

let native: Native | null | undefined;

function load(): Native | null {
  if (native !== undefined) return native;
  native = null;
  if (process.platform !== 'linux' || process.env.HBTS_NO_MMAP) return native;
  const koffi = loadKoffi();
  if (koffi === null) return native;
  try {
    const lib = koffi.load('libc.so.6');
    const mmap = lib.func('void *mmap(void *addr, size_t len, int prot, int flags, int fd, int64 off)');
    const munmap = lib.func('int munmap(void *addr, size_t len)');
    native = {
      mmap: (len, fd) => mmap(null, len, PROT_READ, MAP_SHARED, fd, 0),
      munmap: (p, len) => munmap(p, len),
      view: (p, len) => koffi.view(p, len) as ArrayBuffer,
    };
  } catch {
    native = null;
  }
  return native;
}

/** A mapping of the first `length` bytes of a file. */
export class FileMap {
  private constructor(private readonly ptr: unknown, readonly bytes: Buffer) {}

  /** Map bytes [0, len) of `fd` (len must not pass the end of the file); null when it cannot be mapped. */
  static open(fd: number, len: number): FileMap | null {
    const n = load();
    if (n === null || len <= 0) return null;
    try {
      const p = n.mmap(len, fd);
      if (p === null || p === undefined || isFailed(p)) return null;
      return new FileMap(p, Buffer.from(n.view(p, len)));
    } catch {
      return null;
    }
  }

  get length(): number {
    return this.bytes.length;
  }

  /** Unmap; the bytes must not be touched afterwards. */
  close(): void {
    native?.munmap(this.ptr, this.bytes.length);
  }
}

/** MAP_FAILED is (void *) -1. */
function isFailed(p: unknown): boolean {
  return typeof p === 'bigint' ? p === 0xffffffffffffffffn || p === -1n || p === 0n : false;
}
