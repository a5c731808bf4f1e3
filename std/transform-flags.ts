// The picture functions of Transform() (the letters after '@') as flags,
// and reading them from a picture.

export const PF_LEFT = 0x0001;      // @B
export const PF_CREDIT = 0x0002;    // @C
export const PF_DEBIT = 0x0004;     // @X
export const PF_PADL = 0x0008;      // @L @0
export const PF_PARNEG = 0x0010;    // @(
export const PF_REMAIN = 0x0020;    // @R
export const PF_UPPER = 0x0040;     // @!
export const PF_DATE = 0x0080;      // @D
export const PF_BRITISH = 0x0100;   // @E (numbers: exchange '.' and ',')
export const PF_EXCHANGE = PF_BRITISH;
export const PF_EMPTY = 0x0200;     // @Z
export const PF_WIDTH = 0x0400;     // @S<n>
export const PF_PARNEGWOS = 0x0800; // @)
export const PF_TIME = 0x1000;      // @T

export interface Picture {
  readonly flags: number;
  /** @S<n>: the result is cut to this width (0: not given) */
  readonly width: number;
  /** the template after the functions */
  readonly template: string;
}

const LETTERS: Record<string, number> = {
  '!': PF_UPPER, '(': PF_PARNEG, ')': PF_PARNEGWOS, l: PF_PADL, L: PF_PADL, 0: PF_PADL,
  b: PF_LEFT, B: PF_LEFT, c: PF_CREDIT, C: PF_CREDIT, d: PF_DATE, D: PF_DATE,
  e: PF_BRITISH, E: PF_BRITISH, r: PF_REMAIN, R: PF_REMAIN, t: PF_TIME, T: PF_TIME,
  x: PF_DEBIT, X: PF_DEBIT, z: PF_EMPTY, Z: PF_EMPTY,
};

const parsed = new Map<string, Picture>();
// the two pictures used last, with their text: a loop alternating two
// pictures finds them without a lookup
let recentText1 = '';
let recent1: Picture | undefined;
let recentText2 = '';
let recent2: Picture | undefined;

/**
 * Split a picture into its functions ("@..." up to a blank or tab) and its
 * template. Unknown function letters are ignored; @S takes the digits that
 * follow it.
 */
export function parsePicture(pic: string): Picture {
  if (pic === recentText1 && recent1 !== undefined) return recent1;
  let p = pic === recentText2 ? recent2 : undefined;
  if (p === undefined) {
    p = parsed.get(pic);
    if (p === undefined) {
      p = parse(pic);
      if (parsed.size > 1000) parsed.clear();
      parsed.set(pic, p);
    }
  }
  recentText2 = recentText1;
  recent2 = recent1;
  recentText1 = pic;
  recent1 = p;
  return p;
}

function parse(pic: string): Picture {
  let flags = 0;
  let width = 0;
  let i = 0;
  if (pic.charCodeAt(0) === 64) {
    i = 1;
    while (i < pic.length) {
      const c = pic[i++];
      if (c === ' ' || c === '\t') break;
      if (c === 's' || c === 'S') {
        flags |= PF_WIDTH;
        width = 0;
        while (i < pic.length && pic[i] >= '0' && pic[i] <= '9') width = width * 10 + pic.charCodeAt(i++) - 48;
      } else {
        flags |= LETTERS[c] ?? 0;
      }
    }
  }
  return { flags, width, template: pic.slice(i) };
}
