// The DELIMITED transfer driver: one record per line, fields separated
// by a comma (or the separator given), character fields in quotes (or the
// delimiter given; WITH BLANK: none and a space between fields), trailing
// blanks dropped, dates as YYYYMMDD, logicals as T/F.

import type { Value } from '../../runtime/values/types.js';
import { FT_DATE, FT_LOGICAL, FT_LONG, FT_STRING, FT_TIMESTAMP } from '../dbf/fields.js';
import { putField, parseNumber } from '../dbf/fieldcodec.js';
import { HbNum } from '../../runtime/values/types.js';
import { mkNum } from '../../runtime/values/number.js';
import { digitsToDate } from '../../runtime/values/date.js';
import { TextArea } from './text.js';

export class DelimArea extends TextArea {
  private delim = '"';
  private sep = ',';

  protected override setDelimiter(d: Value): void {
    if (typeof d === 'string') {
      const u = d.toUpperCase();
      if (u === 'BLANK') {
        this.delim = '';
        this.sep = ' ';
      } else if (u === 'PIPE') {
        this.delim = '';
        this.sep = '|';
      } else if (u === 'TAB') {
        this.delim = '';
        this.sep = '\t';
      } else if (d !== '') this.delim = d[0];
    } else if (Array.isArray(d)) {
      if (typeof d[0] === 'string') this.delim = d[0].slice(0, 1);
      if (typeof d[1] === 'string' && d[1] !== '') this.sep = d[1][0];
    }
  }

  protected recordText(): string {
    const rec = this.rec;
    let out = '';
    for (const f of this.fields) {
      const o = f.offset;
      let part: string | null;
      switch (f.type) {
        case FT_STRING:
        case FT_TIMESTAMP: {
          let n = f.len;
          while (n > 0 && rec[o + n - 1] === 32) n--;
          part = this.delim + rec.toString('latin1', o, o + n) + this.delim;
          break;
        }
        case FT_LOGICAL: {
          const c = rec[o];
          part = c === 84 || c === 116 || c === 89 || c === 121 ? 'T' : 'F';
          break;
        }
        case FT_DATE: {
          let n = 0;
          while (n < 8 && rec[o + n] === 32) n++;
          part = n < 8 ? rec.toString('latin1', o, o + 8) : '';
          break;
        }
        case FT_LONG: {
          let n = 0;
          while (n < f.len && rec[o + n] === 32) n++;
          if (n < f.len) part = rec.toString('latin1', o + n, o + f.len);
          else part = f.dec > 0 ? '0.' + '0'.repeat(f.dec) : '0';
          break;
        }
        default:
          part = null;
      }
      if (part === null) continue;
      // Harbour separates only from something already written
      if (out.length > 0) out += this.sep;
      out += part;
    }
    return out + this.eol;
  }

  protected readRecord(): void {
    this.eof = true;
    const rec = this.rec;
    rec.fill(32, 1);
    const delim = this.delim === '' ? -1 : this.delim.charCodeAt(0);
    const sep = this.sep.charCodeAt(0);
    let c = 0;
    for (const f of this.fields) {
      const t = f.type;
      if (t !== FT_STRING && t !== FT_LOGICAL && t !== FT_DATE && t !== FT_TIMESTAMP && t !== FT_LONG) continue;
      c = this.nextChar();
      if (c !== -2) this.eof = false;
      while (c === 32) c = this.nextChar();
      let stop = sep;
      if (delim >= 0 && c === delim) {
        stop = delim;
        c = this.nextChar();
      }
      const o = f.offset;
      let size = 0;
      if (t === FT_STRING || (t === FT_TIMESTAMP && stop === delim)) {
        while (c >= 0 && c !== stop) {
          if (size < f.len) rec[o + size++] = c;
          c = this.nextChar();
        }
      } else {
        let s = '';
        while (c >= 0 && c !== stop && size < f.len) {
          s += String.fromCharCode(c);
          size++;
          c = this.nextChar();
        }
        if (t === FT_LOGICAL) rec[o] = /^[TtYy]/.test(s) ? 84 : 70;
        else if (t === FT_DATE) {
          if (s.length === 8 && digitsToDate(s) !== 0) rec.write(s, o, 8, 'latin1');
        } else if (t === FT_TIMESTAMP) {
          rec.fill(0, o, o + f.len);
          rec.write(s, o, size, 'latin1');
        } else {
          const b = Buffer.from(s, 'latin1');
          const { v, dbl } = parseNumber(b, 0, b.length);
          const num = dbl ? new HbNum(v, f.len - f.dec - 1, f.dec) : mkNum(v, f.len, 0);
          putField(rec, f, num, 0);
        }
      }
      while (c >= 0 && c !== sep) c = this.nextChar();
      if (c < 0) break;
    }
    while (c >= 0) c = this.nextChar();
    this.positioned = !this.eof;
    if (this.positioned) this.count = Math.max(this.count, this.curRec);
  }
}
