// UTF-8 on byte strings (one JS char per byte): stepping over characters
// the way Harbour's decoder does, decoding and encoding code points.
//
// A malformed sequence still counts as one character: its lead byte and the
// continuation bytes that follow it (up to the length the lead announces),
// or a single byte for a stray continuation byte.

/** U+FFFD, what a malformed sequence decodes to. */
const REPLACEMENT = 0xfffd;

/** Bytes a lead byte announces after itself (-1: not a lead byte). */
function tailLength(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead < 0xc0) return -1;
  if (lead < 0xe0) return 1;
  if (lead < 0xf0) return 2;
  if (lead < 0xf8) return 3;
  if (lead < 0xfc) return 4;
  if (lead < 0xfe) return 5;
  return -1;
}

const MIN_BY_TAIL = [0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000];

/** Result of decodeAt: the code point (REPLACEMENT when malformed) and the next index. */
export interface Decoded {
  cp: number;
  next: number;
  ok: boolean;
}

const scratch: Decoded = { cp: 0, next: 0, ok: false };

/**
 * Decode the character at byte index `i` (i < s.length). The returned
 * object is reused by the next call.
 */
export function decodeAt(s: string, i: number, end = s.length): Decoded {
  const lead = s.charCodeAt(i++);
  if (lead < 0x80) {
    scratch.cp = lead;
    scratch.next = i;
    scratch.ok = true;
    return scratch;
  }
  let n = tailLength(lead);
  let cp = 0;
  let min = 0;
  if (n > 0) {
    cp = lead & (0x3f >> n);
    min = MIN_BY_TAIL[n];
    while (n > 0 && i < end) {
      const c = s.charCodeAt(i);
      if ((c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
      i++;
      n--;
    }
  }
  if (n !== 0 || cp < min) {
    // malformed: skip what still looks like the rest of the sequence
    while (n-- > 0 && i < end) {
      const c = s.charCodeAt(i);
      if (c < 0x80 || (c >= 0xc2 && c <= 0xf4)) break;
      i++;
    }
    scratch.cp = REPLACEMENT;
    scratch.ok = false;
  } else {
    scratch.cp = cp;
    scratch.ok = true;
  }
  scratch.next = i;
  return scratch;
}

/** Byte index after the character starting at `i`. */
export function nextChar(s: string, i: number, end = s.length): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return i + 1;
  return decodeAt(s, i, end).next;
}

/** Number of characters in `s` (bytes `from`..`end`). */
export function charCount(s: string, from = 0, end = s.length): number {
  let n = 0;
  for (let i = from; i < end; n++) i = nextChar(s, i, end);
  return n;
}

/**
 * Byte offset (from `from`) just after `count` characters, or the end
 * when the text has fewer.
 */
export function charPos(s: string, count: number, from = 0, end = s.length): number {
  let i = from;
  while (count > 0 && i < end) {
    i = nextChar(s, i, end);
    count--;
  }
  return i - from;
}

/** The UTF-8 bytes of one code point. */
export function encodeCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000) {
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** UTF-8 bytes as a JS (UTF-16) string; malformed sequences become U+FFFD. */
export function utf8ToJs(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const d = decodeAt(bytes, i);
    out += String.fromCodePoint(d.cp > 0x10ffff ? REPLACEMENT : d.cp);
    i = d.next;
  }
  return out;
}

/** Whether `s` is well-formed UTF-8 (no surrogates, nothing above U+10FFFF). */
export function isValidUtf8(s: string): boolean {
  for (let i = 0; i < s.length;) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const d = decodeAt(s, i);
    if (!d.ok || d.cp > 0x10ffff || (d.cp >= 0xd800 && d.cp <= 0xdfff)) return false;
    i = d.next;
  }
  return true;
}
