// The screen buffer behind the CGI terminal. The terminal writes its
// stream output (?, DevOut, DispOut, @...SAY) straight to stdout and never
// into the buffer; boxes, hb_DispOutAt(), Scroll() and RestScreen() change
// only the buffer, which SaveScreen() reads back. Each cell is a character
// byte and a color attribute, and SaveScreen()'s text holds them in pairs.

export class ScreenBuffer {
  private readonly chars: Uint8Array;
  private readonly attrs: Uint8Array;

  constructor(readonly rows: number, readonly cols: number) {
    this.chars = new Uint8Array(rows * cols).fill(32);
    this.attrs = new Uint8Array(rows * cols).fill(0x07);
  }

  /** One cell, when it is on the screen. */
  put(row: number, col: number, ch: number, attr: number): void {
    if (row < 0 || row >= this.rows || col < 0 || col >= this.cols) return;
    const i = row * this.cols + col;
    this.chars[i] = ch;
    this.attrs[i] = attr;
  }

  /** Text from (row, col) on, clipped at the right edge. */
  text(row: number, col: number, s: string, attr: number): void {
    for (let k = 0; k < s.length; k++) this.put(row, col + k, s.charCodeAt(k) & 0xff, attr);
  }

  /** `count` copies of `ch` from (row, col) on. */
  private repeat(row: number, col: number, ch: number, attr: number, count: number): void {
    for (let k = 0; k < count; k++) this.put(row, col + k, ch, attr);
  }

  /**
   * A box: the frame's eight characters from the top left corner clockwise
   * (a shorter frame repeats its last character), and a ninth that fills
   * the inside; no frame draws blanks. A box one row high is a line of the
   * top character, one column wide a line of the right side's.
   */
  box(top: number, left: number, bottom: number, right: number, frame: string, attr: number): void {
    if (top > bottom) [top, bottom] = [bottom, top];
    if (left > right) [left, right] = [right, left];
    const f: number[] = [];
    if (frame === '') {
      for (let k = 0; k < 9; k++) f.push(32);
    } else {
      for (let k = 0; k < frame.length && k < 9; k++) f.push(frame.charCodeAt(k) & 0xff);
      while (f.length < 8) f.push(f[f.length - 1]);
    }
    if (top === bottom) {
      this.repeat(top, left, f[1], attr, right - left + 1);
      return;
    }
    if (left === right) {
      for (let r = top; r <= bottom; r++) this.put(r, left, f[3], attr);
      return;
    }
    const inner = right - left - 1;
    this.put(top, left, f[0], attr);
    this.repeat(top, left + 1, f[1], attr, inner);
    this.put(top, right, f[2], attr);
    for (let r = top + 1; r < bottom; r++) {
      this.put(r, left, f[7], attr);
      if (f.length > 8) this.repeat(r, left + 1, f[8], attr, inner);
      this.put(r, right, f[3], attr);
    }
    this.put(bottom, left, f[6], attr);
    this.repeat(bottom, left + 1, f[5], attr, inner);
    this.put(bottom, right, f[4], attr);
  }

  /**
   * Scroll a region (already within the screen) up by `rows` and left by
   * `cols` (negative: down, right); cells nothing moves into become blanks
   * of `attr`. No movement at all clears the region.
   */
  scroll(top: number, left: number, bottom: number, right: number, rows: number, cols: number, attr: number): void {
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (w <= 0 || h <= 0) return;
    const chars = new Uint8Array(w * h);
    const attrs = new Uint8Array(w * h);
    for (let r = 0; r < h; r++) {
      const from = (top + r) * this.cols + left;
      chars.set(this.chars.subarray(from, from + w), r * w);
      attrs.set(this.attrs.subarray(from, from + w), r * w);
    }
    const clear = rows === 0 && cols === 0;
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const sr = r + rows;
        const sc = c + cols;
        if (!clear && sr >= 0 && sr < h && sc >= 0 && sc < w) {
          this.put(top + r, left + c, chars[sr * w + sc], attrs[sr * w + sc]);
        } else {
          this.put(top + r, left + c, 32, attr);
        }
      }
    }
  }

  /** SaveScreen(): the cells of a region as character and attribute pairs. */
  save(top: number, left: number, bottom: number, right: number): string {
    const w = right - left + 1;
    const h = bottom - top + 1;
    if (w <= 0 || h <= 0) return '';
    const out = Buffer.allocUnsafe(w * h * 2);
    let k = 0;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const i = r * this.cols + c;
        out[k++] = this.chars[i];
        out[k++] = this.attrs[i];
      }
    }
    return out.toString('latin1', 0, k);
  }

  /** The buffer of a screen resized to rows x cols: the cells both sizes share are kept, the rest blank. */
  resized(rows: number, cols: number): ScreenBuffer {
    const b = new ScreenBuffer(rows, cols);
    const w = Math.min(cols, this.cols);
    for (let r = 0; r < rows && r < this.rows; r++) {
      b.chars.set(this.chars.subarray(r * this.cols, r * this.cols + w), r * cols);
      b.attrs.set(this.attrs.subarray(r * this.cols, r * this.cols + w), r * cols);
    }
    return b;
  }

  /** RestScreen(): a region from character and attribute pairs (missing ones are zeros). */
  restore(top: number, left: number, bottom: number, right: number, s: string): void {
    let k = 0;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++, k += 2) {
        const ch = k < s.length ? s.charCodeAt(k) & 0xff : 0;
        const attr = k + 1 < s.length ? s.charCodeAt(k + 1) & 0xff : 0;
        this.put(r, c, ch, attr);
      }
    }
  }
}
