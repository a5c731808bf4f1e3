// Editing a focused Get: cursor moves (the cursor only ever rests on an
// editable position; running off either end sets typeOut), typing over or
// into the buffer, deleting, and the decimal point of numbers.

import { HbDate, HbTimestamp, type Value } from '../runtime/values/types.js';
import { exactEq } from '../runtime/values/compare.js';
import { send } from '../runtime/classes/native.js';
import { acceptChar, firstEditable, isEditable, lastEditable, putMask, unTransform } from './get-picture.js';
import { blank, charAt, has, intOf, isNum, stuffAt, type GetView } from './get-view.js';

/** :pos := n. With focus the cursor goes to the first editable position from `n` on, else the last one before it. */
export function setPos(g: GetView, n: Value): Value {
  if (!isNum(n)) return 0;
  const p = intOf(n);
  if (!g.hasFocus) return p;
  const max = g.maxLen;
  if (p > max) {
    g.nPos = max === 0 ? 1 : max;
    g.typeOut = true;
  } else if (p > 0) {
    for (let t = p; t <= max; t++) {
      if (isEditable(g, t)) {
        g.nPos = t;
        return p;
      }
    }
    for (let t = p - 1; t >= 1; t--) {
      if (isEditable(g, t)) {
        g.nPos = t;
        return p;
      }
    }
    g.nPos = max + 1;
    g.typeOut = true;
  }
  return p;
}

/** One editable position right; false when already at the last one (typeOut). */
export function rightLow(g: GetView): boolean {
  g.typeOut = false;
  g.lClear = false;
  if (g.nPos === g.nMaxEdit) {
    g.typeOut = true;
    return false;
  }
  let p = g.nPos + 1;
  while (!isEditable(g, p) && p <= g.maxEdit) p++;
  if (p <= g.maxEdit) setPos(g, p);
  else g.typeOut = true;
  return true;
}

/** One editable position left; false when already at the first one (typeOut). */
export function leftLow(g: GetView): boolean {
  g.typeOut = false;
  g.lClear = false;
  if (g.nPos === firstEditable(g)) {
    g.typeOut = true;
    return false;
  }
  let p = g.nPos - 1;
  while (!isEditable(g, p) && p > 0) p--;
  if (p > 0) setPos(g, p);
  else g.typeOut = true;
  return true;
}

/** The character at the cursor removed, the rest of the field (or of its part of a complex mask) shifted left. */
export function deleteLow(g: GetView): void {
  let end = g.maxLen;
  g.lClear = false;
  g.lEdit = true;
  if (g.lPicComplex) {
    let n = g.nPos;
    while (n <= end && isEditable(g, n)) n++;
    end = n - 1;
  }
  const buf = g.buf;
  if (g.cType === 'N' && has('(-', charAt(buf, g.nPos))) g.lMinus2 = false;
  const cut = stuffAt(buf, g.nPos, 1, '');
  g.cBuffer = stuffAt(cut, end, 0, ' ').padEnd(g.maxLen, ' ').slice(0, g.maxLen);
  g.lChanged = true;
}

/** Backspace: the character left of the cursor removed (or a sign in front of the first position). */
export function backSpaceLow(g: GetView): boolean {
  const pos = g.nPos;
  if (pos > 1 && pos === firstEditable(g) && g.lMinus2) {
    // the "(" of a negative number stands in a position no key reaches
    const m = g.buf.slice(0, pos - 1).indexOf('(') + 1;
    if (m > 0 && charAt(g.cPicMask, m) !== '(') {
      g.cBuffer = stuffAt(g.buf, m, 1, ' ');
      g.lEdit = true;
      g.lChanged = true;
      return true;
    }
  }
  send(g.ctx, g.self, 'LEFT');
  if (g.nPos < pos) {
    deleteLow(g);
    return true;
  }
  return false;
}

/** The whole field emptied for the first typed character of a clearing Get. */
export function deleteAll(g: GetView): void {
  if (!g.hasFocus) return;
  g.lEdit = true;
  let v: Value;
  switch (g.cType) {
    case 'C': v = ' '.repeat(g.maxLen); break;
    case 'N':
      v = 0;
      g.lMinus2 = false;
      break;
    case 'D': v = new HbDate(0); break;
    case 'T': v = new HbTimestamp(0, 0); break;
    case 'L': v = false; break;
  }
  g.cBuffer = putMask(g, v);
  setPos(g, firstEditable(g));
}

/** overStrike() and insert(): a typed character put at the cursor. */
export function typeChar(g: GetView, ch: Value, insert: boolean): void {
  if (!g.hasFocus || typeof ch !== 'string') return;
  const maxEdit = g.maxEdit;
  if (g.cType === 'N' && !g.lEdit && g.lClear) setPos(g, firstEditable(g));
  if (g.nPos <= g.maxEdit) {
    const c = acceptChar(g, ch.slice(0, 1));
    if (c === '') {
      g.rejected = true;
    } else {
      g.rejected = false;
      if (g.lClear && g.nPos === firstEditable(g)) {
        deleteAll(g);
        g.lClear = false;
      }
      g.lEdit = true;
      if (g.nPos === 0) setPos(g, 1);
      while (!isEditable(g, g.nPos) && g.nPos <= g.maxEdit && !g.typeOut) setPos(g, g.nPos + 1);
      if (g.nPos > g.maxEdit) setPos(g, firstEditable(g));
      if (!insert) {
        g.cBuffer = stuffAt(g.buf, g.nPos, 1, c);
      } else if (g.lPicComplex) {
        // insert within the run of editable positions the cursor is in
        let end = g.nPos;
        while (end <= maxEdit && isEditable(g, end)) end++;
        const head = stuffAt(g.buf.slice(0, Math.max(end - 2, 0)), g.nPos, 0, c);
        g.cBuffer = (head + g.buf.slice(Math.max(end - 1, 0))).slice(0, g.maxLen);
      } else {
        g.cBuffer = stuffAt(g.buf, g.nPos, 0, c).slice(0, Math.max(g.maxEdit, 0));
      }
      g.lChanged = true;
      rightLow(g);
    }
  }
  send(g.ctx, g.self, 'DISPLAY');
}

function redisplay(g: GetView, suppress: boolean): void {
  if (suppress) g.lSuppDisplay = true;
  send(g.ctx, g.self, 'DISPLAY');
}

export function home(g: GetView): void {
  if (!g.hasFocus) return;
  setPos(g, firstEditable(g));
  g.lClear = false;
  g.typeOut = g.nPos === 0;
  redisplay(g, true);
}

/** End: after the last character typed (blanks in front of template characters do not count). */
export function end(g: GetView): void {
  if (!g.hasFocus) return;
  const buf = g.buf;
  let last = buf.replace(/ +$/, '').length + 1;
  if (last > 2 && !isEditable(g, last - 1)) {
    for (let i = last - 2; i >= firstEditable(g); i--) {
      if (isEditable(g, i)) {
        if (blank(charAt(buf, i))) last = i;
        else break;
      }
    }
  }
  last = Math.min(last, g.maxEdit);
  const from = g.nPos < last || g.nPos === lastEditable(g) ? last : g.maxEdit;
  for (let i = from; i >= firstEditable(g); i--) {
    if (isEditable(g, i)) {
      setPos(g, i);
      break;
    }
  }
  g.lClear = false;
  g.typeOut = g.nPos === 0;
  redisplay(g, true);
}

export function right(g: GetView): void {
  if (g.hasFocus && rightLow(g)) redisplay(g, true);
}

export function left(g: GetView): void {
  if (g.hasFocus && leftLow(g)) redisplay(g, true);
}

export function wordLeft(g: GetView): void {
  if (!g.hasFocus) return;
  g.lClear = false;
  if (g.nPos === firstEditable(g)) {
    g.typeOut = true;
    return;
  }
  g.typeOut = false;
  const buf = g.buf;
  let p = charAt(buf, g.nPos) === ' ' ? g.nPos : g.nPos - 1;
  while (p > 1 && charAt(buf, p) === ' ') p--;
  while (p > 1 && charAt(buf, p) !== ' ') p--;
  setPos(g, p > 1 ? p + 1 : 1);
  redisplay(g, true);
}

export function wordRight(g: GetView): void {
  if (!g.hasFocus) return;
  g.lClear = false;
  if (g.nPos === g.nMaxEdit) {
    g.typeOut = true;
    return;
  }
  g.typeOut = false;
  const buf = g.buf;
  let p = g.nPos;
  while (p < g.maxEdit && charAt(buf, p) !== ' ') p++;
  while (p < g.maxEdit && charAt(buf, p) === ' ') p++;
  setPos(g, p);
  redisplay(g, true);
}

/** The cursor to the decimal position of a number, the integer part reformatted. */
export function toDecPos(g: GetView): void {
  if (!g.hasFocus) return;
  const ctx = g.ctx;
  if (g.lClear) send(ctx, g.self, 'DELEND');
  g.cBuffer = putMask(g, unTransform(g), false);
  setPos(g, g.decPos);
  g.lChanged = true;
  if (send(ctx, g.self, 'TYPE') === 'N' && g.lMinus && exactEq(ctx, unTransform(g), 0)) {
    send(ctx, g.self, 'BACKSPACE');
    send(ctx, g.self, 'OVERSTRIKE', '-');
  }
  redisplay(g, false);
}

export function backSpace(g: GetView): void {
  if (g.hasFocus && backSpaceLow(g)) redisplay(g, false);
}

export function deleteChar(g: GetView): void {
  if (!g.hasFocus) return;
  deleteLow(g);
  redisplay(g, false);
}

export function delEnd(g: GetView): void {
  if (!g.hasFocus) return;
  const pos = g.nPos;
  setPos(g, g.maxEdit);
  deleteLow(g);
  while (g.nPos > pos) backSpaceLow(g);
  redisplay(g, false);
}

export function delLeft(g: GetView): void {
  leftLow(g);
  deleteLow(g);
  send(g.ctx, g.self, 'RIGHT');
}

export function delRight(g: GetView): void {
  rightLow(g);
  deleteLow(g);
  send(g.ctx, g.self, 'LEFT');
}

export function delWordLeft(g: GetView): void {
  if (!g.hasFocus) return;
  if (charAt(g.buf, g.nPos) !== ' ') {
    if (charAt(g.buf, g.nPos - 1) === ' ') {
      backSpaceLow(g);
    } else {
      send(g.ctx, g.self, 'WORDRIGHT');
      send(g.ctx, g.self, 'LEFT');
    }
  }
  if (charAt(g.buf, g.nPos) === ' ') deleteLow(g);
  while (g.nPos > 1 && charAt(g.buf, g.nPos - 1) !== ' ') backSpaceLow(g);
  redisplay(g, false);
}

export function delWordRight(g: GetView): void {
  if (!g.hasFocus) return;
  g.lClear = false;
  if (g.nPos === g.nMaxEdit) {
    g.typeOut = true;
    return;
  }
  g.typeOut = false;
  while (g.nPos <= g.maxEdit && charAt(g.buf, g.nPos) !== ' ') deleteLow(g);
  if (g.nPos <= g.maxEdit) deleteLow(g);
  redisplay(g, false);
}
