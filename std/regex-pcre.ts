// PCRE (8.x) pattern syntax translated to a JavaScript RegExp, for the
// hb_RegEx*() functions.
//
// Harbour matches byte strings with PCRE in its default (C locale) mode:
// \d \w \s \b and case-insensitive matching know ASCII only, '.' excludes
// LF alone, '$' also matches before a final LF. The translation spells
// these out instead of relying on the JS flags (whose classes and case
// folding cover more), and supports inline options ((?i) (?m) (?s) (?x),
// also scoped as (?i:...)), \A \z \Z, \Q...\E, POSIX classes, named groups
// in both spellings, atomic groups and possessive quantifiers.
//
// Not supported (the pattern does not compile): recursion ((?R), (?1),
// (?&name)), conditionals ((?(1)...)), branch reset ((?|...)), \G, \K,
// callouts, [:^class:] and Unicode properties outside UTF-8 mode.
//
// Under the UTF8 code pages the pattern and subject are matched as Unicode
// (JS 'u' mode) with Unicode case folding, for the whole pattern as soon as
// a part of it ignores case. In byte mode a backreference in a
// case-insensitive part also needs JS's own case folding for the whole
// pattern: there letters above 127 then match their other case too, which
// PCRE does not do.

export interface Options {
  caseless: boolean;
  multiline: boolean;
  dotall: boolean;
  extended: boolean;
}

export interface Translated {
  source: string;
  flags: string;
  /** JS group number of each PCRE group (index 0 unused) */
  groups: number[];
}

export class PatternError extends Error {}

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
  word: '0-9A-Za-z_', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~', ascii: '\\x00-\\x7f',
};

const SPACE = '\\t\\n\\v\\f\\r ';
const HSPACE = '\\t \\xa0';
const VSPACE = '\\n\\v\\f\\r\\x85';

const hex = (n: number) => (n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : '\\u' + n.toString(16).padStart(4, '0'));

/** A code point as it appears inside a JS class or pattern. */
function lit(cp: number, unicode: boolean): string {
  if (cp > 0xffff) return unicode ? '\\u{' + cp.toString(16) + '}' : hex(cp & 0xffff);
  const c = String.fromCharCode(cp);
  if (/[0-9A-Za-z_ ]/.test(c)) return c;
  return hex(cp);
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

class Translator {
  private out = '';
  private i = 0;
  private pcreGroups = 0;
  private jsGroups = 0;
  readonly groups: number[] = [0];
  /** a backreference inside a case-insensitive part (needs the JS 'i' flag) */
  caselessBackref = false;
  /** UTF-8 mode: some part of the pattern ignores case (the JS 'i' flag covers it all) */
  caselessUnicode = false;
  /** output index where the last atom (for a following quantifier) started */
  private atomStart = -1;

  constructor(private readonly src: string, private opt: Options, private readonly unicode: boolean) {}

  run(): string {
    this.sequence(false);
    if (this.i < this.src.length) throw new PatternError('unmatched )');
    return this.out;
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private cpAt(): number {
    return this.src.codePointAt(this.i) ?? 0;
  }

  /** Translate up to the end or (in a group) the closing parenthesis. */
  private sequence(inGroup: boolean): void {
    const saved = { ...this.opt };
    while (this.i < this.src.length) {
      const c = this.peek();
      if (c === ')') {
        if (!inGroup) throw new PatternError('unmatched )');
        break;
      }
      if (this.opt.extended && (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v')) {
        this.i++;
        continue;
      }
      if (this.opt.extended && c === '#') {
        while (this.i < this.src.length && this.peek() !== '\n') this.i++;
        continue;
      }
      if (c === '|') {
        this.i++;
        this.out += '|';
        this.atomStart = -1;
        continue;
      }
      if ('*+?{'.includes(c) && this.quantifier()) continue;
      const start = this.out.length;
      this.atom();
      if (this.out.length > start) this.atomStart = start;
    }
    this.opt = saved;
  }

  /** A quantifier after the last atom; false when '{' is a literal. */
  private quantifier(): boolean {
    const c = this.peek();
    let q: string;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return false;
      q = m[0];
      this.i += q.length;
    } else {
      q = c;
      this.i++;
    }
    if (this.atomStart < 0) throw new PatternError('nothing to repeat');
    if (this.peek() === '?') {
      q += '?';
      this.i++;
    } else if (this.peek() === '+') {
      // possessive: the repeated atom as an atomic group
      this.i++;
      const atom = this.out.slice(this.atomStart);
      this.out = this.out.slice(0, this.atomStart);
      this.atomic(atom + q);
      this.atomStart = -1;
      return true;
    }
    this.out += q;
    this.atomStart = -1;
    return true;
  }

  /** An atomic group around translated `body`: (?=(body))\n with a hidden group. */
  private atomic(body: string): void {
    const n = ++this.jsGroups;
    this.out += `(?:(?=(${body}))\\${n})`;
  }

  private atom(): void {
    const c = this.peek();
    if (c === '\\') return this.escape(false);
    if (c === '[') return this.charClass();
    if (c === '(') return this.group();
    const cp = this.cpAt();
    this.i += cp > 0xffff ? 2 : 1;
    if (c === '.') this.out += this.opt.dotall ? '[\\s\\S]' : '[^\\n]';
    else if (c === '^') this.out += this.opt.multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '^';
    else if (c === '$') this.out += this.opt.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
    else if (c === ']' || c === '}') this.out += '\\' + c;
    else this.literal(cp);
  }

  /** A literal character (case-insensitive in byte mode: both ASCII cases). */
  private literal(cp: number): void {
    if (this.opt.caseless && this.unicode) this.caselessUnicode = true;
    if (this.opt.caseless && !this.unicode && (isUpperAscii(cp) || isLowerAscii(cp))) {
      const other = isUpperAscii(cp) ? cp + 32 : cp - 32;
      this.out += '[' + String.fromCharCode(cp) + String.fromCharCode(other) + ']';
    } else {
      this.out += lit(cp, this.unicode);
    }
  }

  /** A character given by an escape: a literal, or a class member inside a class. */
  private escapedChar(cp: number, inClass: boolean): void {
    if (inClass) this.out += lit(cp, this.unicode);
    else this.literal(cp);
  }

  /** An escape outside a class. */
  private escape(inClass: boolean): void {
    this.i++;
    const c = this.peek();
    if (c === '') throw new PatternError('\\ at end of pattern');
    this.i++;
    switch (c) {
      case 'd': case 'D': case 'w': case 'W':
        this.out += '\\' + c;
        return;
      case 'b': case 'B':
        this.out += inClass ? (c === 'b' ? '\\x08' : 'B') : '\\' + c;
        return;
      case 's': this.out += inClass ? SPACE : `[${SPACE}]`; return;
      case 'S': this.out += `[^${SPACE}]`; return;
      case 'h': this.out += inClass ? HSPACE : `[${HSPACE}]`; return;
      case 'H': this.out += `[^${HSPACE}]`; return;
      case 'v': this.out += inClass ? VSPACE : `[${VSPACE}]`; return;
      case 'V': this.out += `[^${VSPACE}]`; return;
      case 'R': this.out += `(?:\\r\\n|[${VSPACE}])`; return;
      case 'A': this.out += '(?<![\\s\\S])'; return;
      case 'z': this.out += '(?![\\s\\S])'; return;
      case 'Z': this.out += '(?=\\n?(?![\\s\\S]))'; return;
      case 'n': this.out += '\\n'; return;
      case 'r': this.out += '\\r'; return;
      case 't': this.out += '\\t'; return;
      case 'f': this.out += '\\f'; return;
      case 'e': return this.escapedChar(0x1b, inClass);
      case 'a': return this.escapedChar(0x07, inClass);
      case 'c': {
        const x = this.peek().toUpperCase().charCodeAt(0) ^ 0x40;
        this.i++;
        return this.escapedChar(x, inClass);
      }
      case 'x': return this.escapedChar(this.hexEscape(), inClass);
      case 'o': return this.escapedChar(this.bracedNumber(8), inClass);
      case 'Q': {
        const end = this.src.indexOf('\\E', this.i);
        const text = end < 0 ? this.src.slice(this.i) : this.src.slice(this.i, end);
        this.i = end < 0 ? this.src.length : end + 2;
        for (const ch of text) this.escapedChar(ch.codePointAt(0) ?? 0, inClass);
        return;
      }
      case 'E': return;
      case 'g': case 'k': return this.backrefNamed(c);
      case 'G': case 'K': case 'X': case 'C':
        throw new PatternError(`\\${c} is not supported`);
      case 'p': case 'P': {
        if (!this.unicode) throw new PatternError('Unicode properties need UTF-8 mode');
        const m = /^(\{\^?[A-Za-z_&]+\}|[A-Za-z])/.exec(this.src.slice(this.i));
        if (!m) throw new PatternError('bad \\p');
        this.i += m[0].length;
        const name = m[0].startsWith('{') ? m[0].slice(1, -1) : m[0];
        const neg = name.startsWith('^');
        this.out += `\\${(c === 'P') !== neg ? 'P' : 'p'}{${neg ? name.slice(1) : name}}`;
        return;
      }
    }
    if (c >= '0' && c <= '9') return this.numericEscape(c, inClass);
    // any other escaped character stands for itself
    const cp = this.src.codePointAt(this.i - 1) ?? 0;
    if (cp > 0xffff) this.i++;
    this.escapedChar(cp, inClass);
  }

  private hexEscape(): number {
    if (this.peek() === '{') return this.bracedNumber(16);
    const m = /^[0-9A-Fa-f]{0,2}/.exec(this.src.slice(this.i)) as RegExpExecArray;
    this.i += m[0].length;
    return m[0].length > 0 ? parseInt(m[0], 16) : 0;
  }

  private bracedNumber(radix: number): number {
    const end = this.src.indexOf('}', this.i);
    if (this.peek() !== '{' || end < 0) throw new PatternError('bad escape');
    const n = parseInt(this.src.slice(this.i + 1, end), radix);
    this.i = end + 1;
    if (Number.isNaN(n)) throw new PatternError('bad escape');
    return n;
  }

  /** \1 .. \99: a backreference (when that many groups can exist) or an octal code. */
  private numericEscape(first: string, inClass: boolean): void {
    let digits = first;
    while (/[0-9]/.test(this.peek()) && digits.length < 3) digits += this.src[this.i++];
    const n = parseInt(digits, 10);
    if (!inClass && first !== '0' && (n < 10 || n <= this.pcreGroups)) {
      this.backref(n);
      return;
    }
    // octal: at most three octal digits, the rest are literals
    const oct = /^[0-7]{1,3}/.exec(digits);
    const rest = oct ? digits.slice(oct[0].length) : digits;
    this.escapedChar(oct ? parseInt(oct[0], 8) & 0xff : 0, inClass);
    for (const d of rest) this.escapedChar(d.charCodeAt(0), inClass);
  }

  private backref(n: number): void {
    if (this.opt.caseless) this.caselessBackref = true;
    // a group not yet seen keeps its number in the hidden-group-free numbering
    const js = n < this.groups.length ? this.groups[n] : n + (this.jsGroups - this.pcreGroups);
    this.out += `(?:\\${js})`;
  }

  /** \g1 \g{1} \g{-1} \g{name} \k<name> \k'name' \k{name}. */
  private backrefNamed(kind: string): void {
    const m = kind === 'g'
      ? /^(\{(-?\d+|[A-Za-z_]\w*)\}|-?\d+)/.exec(this.src.slice(this.i))
      : /^(<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)'|\{([A-Za-z_]\w*)\})/.exec(this.src.slice(this.i));
    if (!m) throw new PatternError('bad backreference');
    this.i += m[0].length;
    const ref = kind === 'g' ? (m[2] ?? m[1]) : (m[2] ?? m[3] ?? m[4]);
    if (/^-?\d+$/.test(ref)) {
      const n = parseInt(ref, 10);
      this.backref(n < 0 ? this.pcreGroups + 1 + n : n);
    } else {
      if (this.opt.caseless) this.caselessBackref = true;
      this.out += `\\k<${ref}>`;
    }
  }

  private group(): void {
    this.i++;
    let prefix = '(';
    let capture = true;
    let atomic = false;
    let scoped: Options | undefined;
    if (this.peek() === '?') {
      this.i++;
      const c = this.peek();
      if (c === '#') {
        const end = this.src.indexOf(')', this.i);
        if (end < 0) throw new PatternError('missing )');
        this.i = end + 1;
        return;
      }
      if (c === ':' || c === '=' || c === '!') {
        this.i++;
        prefix = '(?' + c;
        capture = false;
      } else if (c === '<' && (this.peek(1) === '=' || this.peek(1) === '!')) {
        prefix = '(?<' + this.peek(1);
        this.i += 2;
        capture = false;
      } else if (c === '>') {
        this.i++;
        atomic = true;
        capture = false;
      } else if (c === 'P' && this.peek(1) === '=') {
        const end = this.src.indexOf(')', this.i);
        if (end < 0) throw new PatternError('missing )');
        this.out += `\\k<${this.src.slice(this.i + 2, end)}>`;
        this.i = end + 1;
        return;
      } else if ((c === 'P' && this.peek(1) === '<') || (c === '<') || c === '\'') {
        const open = c === 'P' ? 2 : 1;
        const close = c === '\'' ? '\'' : '>';
        const end = this.src.indexOf(close, this.i + open);
        if (end < 0) throw new PatternError('bad group name');
        prefix = `(?<${this.src.slice(this.i + open, end)}>`;
        this.i = end + 1;
      } else {
        const m = /^([imsxJU-]*)([:)])/.exec(this.src.slice(this.i));
        if (!m) throw new PatternError(`(?${c} is not supported`);
        this.i += m[0].length;
        const next = { ...this.opt };
        let on = true;
        for (const f of m[1]) {
          if (f === '-') on = false;
          else if (f === 'i') next.caseless = on;
          else if (f === 'm') next.multiline = on;
          else if (f === 's') next.dotall = on;
          else if (f === 'x') next.extended = on;
        }
        if (m[2] === ')') {
          // options for the rest of the enclosing group
          this.opt = next;
          return;
        }
        scoped = next;
        prefix = '(?:';
        capture = false;
      }
    }
    if (capture) {
      this.pcreGroups++;
      this.groups.push(++this.jsGroups);
    }
    const outer = this.opt;
    if (scoped) this.opt = scoped;
    const before = this.out;
    this.out = '';
    this.sequence(true);
    const body = this.out;
    this.out = before;
    this.opt = outer;
    if (this.peek() !== ')') throw new PatternError('missing )');
    this.i++;
    if (atomic) this.atomic(body);
    else this.out += prefix + body + ')';
  }

  private charClass(): void {
    this.i++;
    let out = '[';
    if (this.peek() === '^') {
      out += '^';
      this.i++;
    }
    const items: Array<[number, number]> = [];
    let first = true;
    const saveOut = this.out;
    while (true) {
      const c = this.peek();
      if (c === '') throw new PatternError('missing ]');
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.i));
        if (m && POSIX[m[2]] !== undefined) {
          if (m[1]) throw new PatternError('negated POSIX classes are not supported');
          this.i += m[0].length;
          out += POSIX[m[2]];
          if (this.opt.caseless && (m[2] === 'upper' || m[2] === 'lower')) out += 'A-Za-z';
          continue;
        }
      }
      let lo: number;
      if (c === '\\') {
        const d = this.peek(1);
        if ('dDwWsShHvV'.includes(d) || d === 'Q' || d === 'E' || d === 'p' || d === 'P') {
          this.out = '';
          this.escape(true);
          out += this.out;
          continue;
        }
        this.out = '';
        this.escape(true);
        const esc = this.out;
        lo = decodeClassChar(esc);
      } else {
        lo = this.cpAt();
        this.i += lo > 0xffff ? 2 : 1;
      }
      let hi = lo;
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        if (this.peek() === '\\') {
          this.out = '';
          this.escape(true);
          hi = decodeClassChar(this.out);
        } else {
          hi = this.cpAt();
          this.i += hi > 0xffff ? 2 : 1;
        }
        if (hi < lo) throw new PatternError('range out of order');
      }
      items.push([lo, hi]);
    }
    this.out = saveOut;
    if (this.opt.caseless && this.unicode) this.caselessUnicode = true;
    for (const [lo, hi] of items) {
      out += lo === hi ? lit(lo, this.unicode) : lit(lo, this.unicode) + '-' + lit(hi, this.unicode);
      if (this.opt.caseless && !this.unicode) out += otherCase(lo, hi);
    }
    this.out += out + ']';
  }
}

/** The code point a translated single-character escape stands for. */
function decodeClassChar(esc: string): number {
  const m = /^\\x([0-9a-f]{2})$|^\\u([0-9a-f]{4})$|^\\u\{([0-9a-f]+)\}$/.exec(esc);
  if (m) return parseInt(m[1] ?? m[2] ?? m[3], 16);
  if (esc === '\\n') return 10;
  if (esc === '\\r') return 13;
  if (esc === '\\t') return 9;
  if (esc === '\\f') return 12;
  if (esc.length === 1) return esc.charCodeAt(0);
  throw new PatternError('bad class escape');
}

/** The ASCII letters of range lo-hi in the other case, as class members. */
function otherCase(lo: number, hi: number): string {
  let s = '';
  const part = (a: number, b: number, delta: number) => {
    const x = Math.max(lo, a);
    const y = Math.min(hi, b);
    if (x <= y) s += String.fromCharCode(x + delta) + (y > x ? '-' + String.fromCharCode(y + delta) : '');
  };
  part(65, 90, 32);
  part(97, 122, -32);
  return s;
}

/** Translate a PCRE pattern; throws PatternError when it cannot be compiled. */
export function translatePcre(pattern: string, opt: Options, unicode: boolean): Translated {
  const t = new Translator(pattern, { ...opt }, unicode);
  const source = t.run();
  let flags = unicode ? 'u' : '';
  if ((unicode && (opt.caseless || t.caselessUnicode)) || t.caselessBackref) flags += 'i';
  return { source, flags, groups: t.groups };
}
