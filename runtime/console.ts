// The terminal a program writes to: Harbour's CGI terminal (GTCGI) in its
// raw-stream mode, which is what a program built for batch output uses.
// Text goes to stdout as it is written; the terminal keeps its own row and
// column (a line feed moves down, a carriage return to column 0, nothing
// wraps) and positioned writes (DispOutAt) move there with line feeds and
// spaces. The cursor that Row()/Col() report follows each write but can
// also be set (SetPos, DevPos) without anything being output. The color
// settings are kept but a raw stream shows no colors; screen-buffer
// operations (boxes, scrolling, hb_DispOutAt) show nothing: they change the
// screen buffer (screen.ts) only, which SaveScreen() reads.
//
// Output is buffered and written with writeSync so that the order of stdout
// and stderr writes and the bytes themselves (latin1: one char per byte)
// are exactly what the program produced. Harbour writes at once; so that a
// reader (or a program killed later) does not wait for a full buffer, the
// first write into an empty buffer asks the VM for flush points (onPending):
// loop back edges check the buffer's age and write it out once it is a few
// milliseconds old.

import { writeSync } from 'node:fs';
import { ScreenBuffer } from './screen.js';
import { nowMs } from './clock.js';

const FLUSH_AT = 1 << 16;

export class OutStream {
  private buf = '';
  /** called when the buffer stops being empty */
  onPending: (() => void) | null = null;
  /** when the oldest buffered text was written (nowMs()) */
  pendingSince = 0;
  constructor(private readonly fd: number) {}

  get pending(): boolean {
    return this.buf.length !== 0;
  }

  write(s: string): void {
    if (this.buf.length === 0 && this.onPending !== null) {
      this.pendingSince = nowMs();
      this.onPending();
    }
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
        const code = (e as NodeJS.ErrnoException).code;
        // a reader that went away: the output is lost, as a C program's would be
        if (code === 'EPIPE') return;
        // a non-blocking pipe that is full: wait until it drains
        if (code !== 'EAGAIN') throw e;
      }
    }
  }
}

// color attribute bits: foreground 0x07, bright 0x08, background 0x70,
// blink 0x80, underline foreground 0x0800, underline background 0x8000
const CLR_STANDARD = 0;
const CLR_ENHANCED = 1;
const CLR_UNSELECTED = 4;
const CLR_SLOTS = 5;

/** One color of a color string ("W+/B*", "7/1", ...); -1 when it names none. */
export function colorDecode(s: string, from = 0): { color: number; next: number } {
  let color = 0;
  let count = 0;
  let fore = true;
  let i = from;
  for (; i < s.length; i++) {
    const c = s[i];
    switch (c) {
      case '*': color |= 0x80; break;
      case '+': color |= 0x08; break;
      case '/':
        if (!fore) color = ((color >> 4) & 0x0f07) | (color & 0x88);
        else fore = false;
        break;
      case 'b': case 'B': color |= fore ? 0x01 : 0x10; break;
      case 'g': case 'G': color |= fore ? 0x02 : 0x20; break;
      case 'r': case 'R': color |= fore ? 0x04 : 0x40; break;
      case 'w': case 'W': color |= fore ? 0x07 : 0x70; break;
      case 'n': case 'N': color &= fore ? 0xfff8 : 0xff8f; break;
      case 'i': case 'I':
        fore = false;
        color = (color & 0x88) | 0x70;
        break;
      case 'x': case 'X': color &= 0x88; break;
      case 'u': case 'U':
        color = fore ? (color & 0xf0f8) | 0x0801 : (color & 0x0f8f) | 0x8010;
        break;
      case ',':
        return { color: count === 0 ? -1 : color, next: i + 1 };
      default:
        if (c >= '0' && c <= '9') {
          let n = c.charCodeAt(0) - 48;
          while (i + 1 < s.length && s[i + 1] >= '0' && s[i + 1] <= '9') n = n * 10 + s.charCodeAt(++i) - 48;
          n &= 0x0f;
          color = fore ? (color & 0xf0f8) | n : (color & 0x0f8f) | (n << 4);
        } else {
          count--;
        }
    }
    count++;
  }
  return { color: count === 0 ? -1 : color, next: -1 };
}

function colorName(c: number): string {
  if (c === 7) return 'W';
  if (c === 0) return 'N';
  return (c & 1 ? 'B' : '') + (c & 2 ? 'G' : '') + (c & 4 ? 'R' : '');
}

/** A color attribute as text: "W+/B*". */
export function colorToString(c: number): string {
  let s = c & 0x0800 ? 'U' : colorName(c & 7);
  if (c & 0x08) s += '+';
  s += '/';
  s += c & 0x8000 ? 'U' : colorName((c >> 4) & 7);
  if (c & 0x80) s += '*';
  return s;
}

/** The terminal: its stream position, the cursor, the colors and the cursor shape. */
export class Console {
  readonly stdout = new OutStream(1);
  readonly stderr = new OutStream(2);
  /** where the stream output has got to */
  private termRow = 0;
  private termCol = 0;
  /** the cursor (Row(), Col()) */
  row = 0;
  col = 0;
  maxRow = 23;
  maxCol = 79;
  /** the cells boxes, Scroll() and RestScreen() change and SaveScreen() reads */
  screen = new ScreenBuffer(this.maxRow + 1, this.maxCol + 1);
  colors: number[] = [0x07, 0x70, 0, 0, 0x70];
  /** the terminal's code page translation of what is written (hb_SetTermCP()); null: none */
  termOut: ((s: string) => string) | null = null;
  colorIndex = CLR_STANDARD;
  cursor = 1;

  /** The attribute of the color in use (the standard one unless ColorSelect() chose another). */
  attr(): number {
    return this.colors[this.colorIndex] ?? this.colors[CLR_STANDARD];
  }

  /** Stream output (?, ??, DevOut, OutStd): the terminal position follows the text. */
  out(s: string): void {
    this.stdout.write(this.termOut === null ? s : this.termOut(s));
    let row = this.termRow;
    let col = this.termCol;
    for (let i = 0; i < s.length; i++) {
      switch (s.charCodeAt(i)) {
        case 7: break;
        case 8: if (col > 0) col--; break;
        case 10: row++; break;
        case 13: col = 0; break;
        default: col++;
      }
    }
    this.termRow = this.row = row;
    this.termCol = this.col = col;
  }

  /** A positioned write (DispOutAt): line feeds and spaces from where the stream is, then the text. */
  outAt(row: number, col: number, s: string): void {
    let feeds = 0;
    let spaces = 0;
    if (this.termRow !== row) {
      feeds = this.termRow < row ? row - this.termRow : 1;
    } else if (this.termCol > col) {
      feeds = 1;
      spaces = col;
    } else if (this.termCol < col) {
      spaces = col - this.termCol;
    }
    // the terminal writes the spaces before the line feeds
    let move = ' '.repeat(spaces);
    for (let i = 0; i < feeds; i++) move += '\n';
    this.stdout.write(move);
    this.termRow = row;
    this.termCol = col;
    this.out(s);
  }

  /** SetPos(): moves the cursor only; the stream position stays. */
  setPos(row: number, col: number): void {
    this.row = row;
    this.col = col;
  }

  /**
   * SetMode(): the screen becomes rows x cols, keeping the cells both sizes
   * share; the cursor moves inside it. The terminal shows nothing of it.
   */
  setMode(rows: number, cols: number): boolean {
    if (rows <= 0 || cols <= 0) return false;
    if (rows !== this.maxRow + 1 || cols !== this.maxCol + 1) {
      this.screen = this.screen.resized(rows, cols);
      this.maxRow = rows - 1;
      this.maxCol = cols - 1;
      if (this.row > this.maxRow) this.row = this.maxRow;
      if (this.col > this.maxCol) this.col = this.maxCol;
    }
    return true;
  }

  /** A full-screen scroll up by `rows`: the stream continues at the start of a line. */
  scrollUp(rows: number): void {
    this.termRow = Math.max(0, this.termRow - rows);
    this.termCol = 0;
  }

  err(s: string): void {
    // keep the interleaving of the two streams as written
    this.stdout.flush();
    this.stderr.write(this.termOut === null ? s : this.termOut(s));
    this.stderr.flush();
  }

  flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }

  /** SetColor()'s text of the current colors. */
  colorString(): string {
    let s = '';
    for (let i = 0; i < this.colors.length; i++) s += (i > 0 ? ',' : '') + colorToString(this.colors[i]);
    return s;
  }

  /** SetColor( cColors ): replaces the colors it names; "" restores the defaults. */
  setColorString(spec: string): void {
    if (spec === '') {
      this.colors.splice(0, CLR_SLOTS, 0x07, 0x70, 0, 0, 0x70);
    } else {
      let pos = 0;
      let from = 0;
      do {
        const { color, next } = colorDecode(spec, from);
        if (pos === this.colors.length) this.colors.push(0);
        if (color !== -1) {
          this.colors[pos] = color;
          if (pos === CLR_ENHANCED && this.colors.length > CLR_UNSELECTED) this.colors[CLR_UNSELECTED] = color;
        }
        pos++;
        from = next;
      } while (from >= 0);
    }
    this.colorIndex = CLR_STANDARD;
  }

  colorSelect(i: number): void {
    if (i >= 0 && i < this.colors.length) this.colorIndex = i;
  }

  setCursor(style: number): void {
    this.cursor = style >= 0 && style <= 4 ? style : 1;
  }
}
