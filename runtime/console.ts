// The CGI-style console: what ?, ??, QOut, OutStd, OutErr and DevOut write.
// Output is buffered and written with writeSync so that the order of
// stdout and stderr writes and the bytes themselves (latin1: one char per
// byte) are exactly what the program produced.

import { writeSync } from 'node:fs';

const FLUSH_AT = 1 << 16;

export class OutStream {
  private buf = '';
  constructor(private readonly fd: number) {}

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.buf.length === 0) return;
    const bytes = Buffer.from(this.buf, 'latin1');
    this.buf = '';
    let off = 0;
    while (off < bytes.length) {
      try {
        off += writeSync(this.fd, bytes, off, bytes.length - off);
      } catch (e) {
        // a non-blocking pipe that is full: wait until it drains
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      }
    }
  }
}

/** The terminal as the program sees it: the screen position ? and DevPos move. */
export class Console {
  readonly stdout = new OutStream(1);
  readonly stderr = new OutStream(2);
  row = 0;
  col = 0;

  /** Screen output (?, ??, DevOut): tracks the cursor like Harbour's GT does. */
  out(s: string): void {
    this.stdout.write(s);
    const nl = s.lastIndexOf('\n');
    if (nl < 0) {
      this.col += s.length;
    } else {
      for (let i = 0; i <= nl; i++) if (s.charCodeAt(i) === 10) this.row++;
      this.col = s.length - nl - 1;
    }
  }

  /** Raw standard output (OutStd): does not move the screen cursor. */
  std(s: string): void {
    this.stdout.write(s);
  }

  err(s: string): void {
    // keep the interleaving of the two streams as written
    this.stdout.flush();
    this.stderr.write(s);
    this.stderr.flush();
  }

  flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }
}
