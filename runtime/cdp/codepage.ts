// A code page as the string functions see it: per-byte case tables and
// character classes, the Unicode value of each byte (for hb_Translate and
// the UTF-8 conversions), and whether the text is UTF-8 (UTF8, UTF8EX)
// rather than one byte per character.
//
// Single-byte code pages are built from two facts: the Unicode mapping of
// the encoding and the letters of the language. Case conversion and
// IsAlpha()/IsUpper()/IsLower() know only those letters, as Harbour's do;
// EN knows only A-Z and a-z.

import { decodeAt, encodeCodePoint } from './utf8.js';

export const CF_DIGIT = 0x01;
export const CF_ALPHA = 0x02;
export const CF_LOWER = 0x04;
export const CF_UPPER = 0x08;

export interface CodepageInit {
  id: string;
  info: string;
  /** Harbour's name of the Unicode table (hb_cdpUniID), e.g. "cp850" */
  uniId: string;
  /** Unicode value of each byte */
  toUni: ArrayLike<number>;
  /** letters beyond A-Z/a-z as Unicode (see catalog.ts) */
  pairs?: string;
  upperOnly?: string;
  lowerOnly?: string;
  upperMap?: string;
  lowerMap?: string;
  utf8?: boolean;
  /** UTF8EX: lengths and positions count characters, Chr/Asc use Unicode, case by Unicode */
  charIdx?: boolean;
}

/**
 * Unicode letter classes for UTF8EX. Harbour's table marks cased letters
 * only (upper or lower case, which also makes them alphabetic; ª and º
 * count as lower case) and ASCII digits. It follows an older Unicode
 * version: letters added later (Georgian Mtavruli, Cherokee small letters,
 * some Latin Extended-D) have no case there.
 */
const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}|[\u00aa\u00ba]/u;

/** The simple (one code point) upper/lower case of a code point, or itself. */
function simpleCase(cp: number, upper: boolean): number {
  const c = String.fromCharCode(cp);
  const m = upper ? c.toUpperCase() : c.toLowerCase();
  return m.length === 1 ? m.charCodeAt(0) : cp;
}

export class Codepage {
  readonly id: string;
  readonly info: string;
  readonly uniId: string;
  readonly flags = new Uint8Array(256);
  readonly upper = new Uint8Array(256);
  readonly lower = new Uint8Array(256);
  readonly toUni: Uint16Array;
  /** Unicode value -> byte, for the bytes the mapping defines (the last byte of a duplicate) */
  readonly fromUni = new Map<number, number>();
  readonly utf8: boolean;
  /** UTF8EX (hb_cdpIsCharIdx() can switch it for the UTF-8 code pages) */
  charIdx: boolean;
  /** whether Upper()/Lower() change anything beyond ASCII (fast path otherwise) */
  private readonly asciiCase: boolean;

  constructor(init: CodepageInit) {
    this.id = init.id;
    this.info = init.info;
    this.uniId = init.uniId;
    this.utf8 = init.utf8 === true;
    this.charIdx = init.charIdx === true;
    this.toUni = Uint16Array.from(init.toUni);
    for (let b = 0; b < 256; b++) if (this.toUni[b] !== 0) this.fromUni.set(this.toUni[b], b);
    for (let b = 0; b < 256; b++) {
      this.upper[b] = b;
      this.lower[b] = b;
      if (b >= 48 && b <= 57) this.flags[b] = CF_DIGIT;
    }
    for (let b = 65; b <= 90; b++) this.setPair(b, b + 32);
    const pairs = init.pairs ?? '';
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const u = this.byteOf(pairs.charCodeAt(i));
      const l = this.byteOf(pairs.charCodeAt(i + 1));
      if (u >= 0 && l >= 0) this.setPair(u, l);
    }
    for (const c of init.upperOnly ?? '') this.setFlags(c, CF_ALPHA | CF_UPPER);
    for (const c of init.lowerOnly ?? '') this.setFlags(c, CF_ALPHA | CF_LOWER);
    this.setMap(this.upper, init.upperMap ?? '');
    this.setMap(this.lower, init.lowerMap ?? '');
    let ascii = true;
    for (let b = 0; b < 256 && ascii; b++) {
      const isUp = b >= 65 && b <= 90;
      const isLo = b >= 97 && b <= 122;
      ascii = this.upper[b] === (isLo ? b - 32 : b) && this.lower[b] === (isUp ? b + 32 : b);
    }
    this.asciiCase = ascii;
  }

  private byteOf(cp: number): number {
    return this.fromUni.get(cp) ?? -1;
  }

  private setFlags(c: string, flags: number): void {
    const b = this.byteOf(c.charCodeAt(0));
    if (b >= 0) this.flags[b] = flags;
  }

  private setMap(table: Uint8Array, map: string): void {
    for (let i = 0; i + 1 < map.length; i += 2) {
      const from = this.byteOf(map.charCodeAt(i));
      const to = this.byteOf(map.charCodeAt(i + 1));
      if (from >= 0 && to >= 0) table[from] = to;
    }
  }

  private setPair(u: number, l: number): void {
    this.flags[u] |= CF_ALPHA | CF_UPPER;
    this.flags[l] |= CF_ALPHA | CF_LOWER;
    this.upper[l] = u;
    this.lower[u] = l;
  }

  /** Upper(): the text in upper case. */
  upperStr(s: string): string {
    if (this.charIdx) return this.mapUnicode(s, true);
    return this.asciiCase ? asciiUpper(s) : mapBytes(s, this.upper);
  }

  /** Lower(): the text in lower case. */
  lowerStr(s: string): string {
    if (this.charIdx) return this.mapUnicode(s, false);
    return this.asciiCase ? asciiLower(s) : mapBytes(s, this.lower);
  }

  /** The class bits (CF_*) of the first character of `s` ('' has none). */
  firstFlags(s: string): number {
    if (s.length === 0) return 0;
    const b = s.charCodeAt(0);
    if (!this.charIdx || b < 0x80) return this.flags[b];
    const c = String.fromCodePoint(decodeAt(s, 0).cp);
    if (RE_UPPER.test(c)) return CF_ALPHA | CF_UPPER;
    if (RE_LOWER.test(c)) return CF_ALPHA | CF_LOWER;
    return 0;
  }

  private mapUnicode(s: string, up: boolean): string {
    let out = '';
    for (let i = 0; i < s.length;) {
      const b = s.charCodeAt(i);
      if (b < 0x80) {
        out += String.fromCharCode(up ? this.upper[b] : this.lower[b]);
        i++;
        continue;
      }
      const d = decodeAt(s, i);
      if (d.ok && d.cp <= 0xffff) out += encodeCodePoint(simpleCase(d.cp, up));
      else out += s.slice(i, d.next);
      i = d.next;
    }
    return out;
  }
}

const HIGH_BYTE = /[\x80-\xff]/;

/** Whether `s` has bytes above 127 (where JS case mapping differs from Harbour's). */
function hasHighBytes(s: string): boolean {
  return HIGH_BYTE.test(s);
}

function asciiUpper(s: string): string {
  if (!hasHighBytes(s)) return s.toUpperCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
  }
  return out;
}

function asciiLower(s: string): string {
  if (!hasHighBytes(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

function mapBytes(s: string, table: Uint8Array): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(table[s.charCodeAt(i)]);
  return out;
}
