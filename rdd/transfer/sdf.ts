// The SDF transfer driver: one record per line, fields side by side in
// their full widths (COPY TO ... SDF, APPEND FROM ... SDF).

import { TextArea } from './text.js';

export class SdfArea extends TextArea {
  protected readRecord(): void {
    this.eof = true;
    const rec = this.rec;
    const len = this.recLen;
    let n = 0;
    for (;;) {
      if (this.pos >= this.text.length) break;
      const c = this.text.charCodeAt(this.pos++);
      if (this.eolAt(c)) {
        this.eof = false;
        break;
      }
      if (n < len && c !== 0x1a) rec[1 + n++] = c;
    }
    if (n < len) rec.fill(32, 1 + n, 1 + len);
    if (n > 0) this.eof = false;
    this.positioned = !this.eof;
    if (this.positioned) this.count = Math.max(this.count, this.curRec);
  }

  protected recordText(): string {
    return this.rec.toString('latin1', 1, 1 + this.recLen) + this.eol;
  }
}
