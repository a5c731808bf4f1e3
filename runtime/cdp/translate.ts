// Converting text between code pages through Unicode: hb_Translate,
// hb_StrToUTF8, hb_UTF8ToStr and the byte <-> Unicode steps of hb_UChar()
// and hb_UCode().
//
// A character the target code page lacks becomes the plain Latin letter it
// is built on when that exists (Ő -> O, Ł -> L); from UTF-8 it is else the
// byte of the same value below 256, else '?'; between single-byte code
// pages the byte stays as it is.

import type { Codepage } from './codepage.js';
import { decodeAt, encodeCodePoint } from './utf8.js';

const FALLBACK_FIRST = 0x00c0;
const FALLBACK_LAST = 0x1ef9;

/**
 * Latin letters whose base letter Unicode does not give as a decomposition
 * (strokes, hooks, bars): letter, base, alternating.
 */
const STROKE_BASES =
  'ØOøoĐDđdĦHħhŁLłlŦTŧtƀbƁBƂBƃbƇCƈcƊDƋDƌdƑFƓGƗIƘKƙkƚlƝNƞnƟOƤPƥpƫtƬTƭtƮTƲVƳYƴyƵZƶzǤGǥgȠNȡdȤZȥzȴlȵnȶt' +
  'ȺAȻCȼcȽLȾTȿsɀzɃBɆEɇeɈJɉjɋqɌRɍrɎYɏyɓbɕcɖdɗdɠgɦhɨiɫlɬlɭlɱmɲnɳnɼrɽrɾrʂsʈtʋvʐzʑzʝjʠq';

const strokeBase = new Map<number, number>();
for (let i = 0; i < STROKE_BASES.length; i += 2) {
  strokeBase.set(STROKE_BASES.charCodeAt(i), STROKE_BASES.charCodeAt(i + 1));
}

/** The ASCII letter a Latin letter is built on, or 0. */
function latinBase(cp: number): number {
  if (cp < FALLBACK_FIRST || cp > FALLBACK_LAST) return 0;
  const s = strokeBase.get(cp);
  if (s !== undefined) return s;
  // the first character of the one-step canonical decomposition, when it
  // is ASCII (accents on accented letters do not fall back)
  const d = String.fromCharCode(cp).normalize('NFD');
  return d.length === 2 && d.charCodeAt(0) < 128 ? d.charCodeAt(0) : 0;
}

const ERROR_BYTE = 0x3f;

/** The Unicode value of byte `b` in `cp` (a byte the mapping leaves undefined stands for itself). */
export function byteToUni(cp: Codepage, b: number): number {
  const u = cp.toUni[b];
  return u === 0 ? b : u;
}

/** The byte of `cp` for Unicode value `u` or the Latin letter it is built on; -1 if none. */
export function transByte(cp: Codepage, u: number): number {
  const b = cp.fromUni.get(u);
  if (b !== undefined) return b;
  const base = latinBase(u);
  return base !== 0 ? cp.fromUni.get(base) ?? -1 : -1;
}

/** The byte of `cp` for Unicode value `u`, falling back as described above. */
export function uniToByte(cp: Codepage, u: number): number {
  const b = transByte(cp, u);
  if (b >= 0) return b;
  return u < 0x100 ? u : ERROR_BYTE;
}

/** Single-byte text of `cp` as UTF-8. */
export function strToUtf8(cp: Codepage, s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    out += b < 0x80 ? s[i] : encodeCodePoint(byteToUni(cp, b));
  }
  return out;
}

/** UTF-8 text as single-byte text of `cp`. */
export function utf8ToStr(cp: Codepage, s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += String.fromCharCode(uniToByte(cp, c));
      i++;
      continue;
    }
    const d = decodeAt(s, i);
    out += String.fromCharCode(d.ok && d.cp <= 0xffff ? uniToByte(cp, d.cp) : ERROR_BYTE);
    i = d.next;
  }
  return out;
}

/** Text of `from` as text of `to` (either may be UTF-8). */
export function translate(s: string, from: Codepage, to: Codepage): string {
  if (from.utf8) return to.utf8 ? s : utf8ToStr(to, s);
  if (to.utf8) return strToUtf8(from, s);
  // between single-byte code pages a byte with no counterpart stays as it is
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    const u = from.toUni[b];
    const t = u === 0 ? -1 : transByte(to, u);
    out += t >= 0 ? String.fromCharCode(t) : s[i];
  }
  return out;
}
