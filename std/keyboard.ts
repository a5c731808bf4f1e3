// The keyboard of the CGI terminal: it never reads the real keyboard (or
// stdin); every poll of the terminal yields an Enter key (13), which joins
// the type-ahead buffer after whatever hb_keyPut() and KEYBOARD put there.
// (Harbour's VM also polls once every 65536 instructions; those extra
// Enter keys are not reproduced.)
// Inkey(), NextKey(), LastKey(), the hb_key*() functions, SetKey(), and the
// WAIT / ACCEPT / INPUT commands built on them, as Harbour's GT does.

import type { Thread } from '../runtime/vm/thread.js';
import type { VM } from '../runtime/vm/vm.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { isEvalItem, evalItem } from '../runtime/errors/launch.js';
import { macroGet } from '../runtime/vm/macro.js';
import { conOutAlt } from './console-devices.js';
import type { StdModule } from './registry.js';
import { K_ENTER, K_F1, K_F11, K_F12 } from './inkey-codes.js';

const SET_TYPEAHEAD = 14;
const SET_EVENTMASK = 39;
const INKEY_KEYBOARD = 128;
const DEFAULT_BUFFER = 50;
const ACCEPT_MAX = 255;

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);

/** The event class of a key (inkey.ch INKEY_* bits): mouse events or the keyboard. */
function keyMask(key: number): number {
  if (key === 1001) return 1; // K_MOUSEMOVE
  if (key === 1002 || key === 1004 || key === 1006) return 2; // left button down, up, double click
  if (key === 1003 || key === 1005 || key === 1007) return 4; // right button
  if (key === 1008 || key === 1009 || key === 1010) return 8; // middle button
  if (key === 1014 || key === 1015) return 16; // wheel
  return INKEY_KEYBOARD;
}

/** The terminal's key buffer: a ring of key codes and the text of the last KEYBOARD command. */
class Keyboard {
  private ring: number[] = new Array(DEFAULT_BUFFER).fill(0);
  private head = 0;
  private tail = 0;
  private text: number[] | null = null;
  private textPos = 0;
  last = 0;
  readonly setKeys = new Map<number, Value>();
  acceptResult = '';

  put(key: number): void {
    let h = this.head;
    this.ring[h++] = key;
    if (h >= this.ring.length) h = 0;
    // a full buffer keeps its last slot for the newest key
    if (h !== this.tail) this.head = h;
  }

  insert(key: number): void {
    if (--this.tail < 0) this.tail = this.ring.length - 1;
    this.ring[this.tail] = key;
    if (this.head === this.tail && --this.head < 0) this.head = this.ring.length - 1;
  }

  /** hb_gtInfo( HB_GTI_INKEYREAD / HB_GTI_INKEYFILTER ): a block Inkey() asks first, one each key goes through */
  readBlock: Value = undefined;
  filterBlock: Value = undefined;

  /** KEYBOARD text (';' is Enter); `eol` instead: a pasted text's line ends are Enter */
  setText(s: string, eol = false): void {
    this.text = null;
    const keys: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (eol && c === '\n' && i > 0 && s[i - 1] === '\r') continue;
      keys.push((eol ? c === '\n' : c === ';') ? K_ENTER : s.charCodeAt(i));
    }
    if (keys.length > 0) {
      this.text = keys;
      this.textPos = 0;
    }
  }

  reset(size: number): void {
    this.text = null;
    this.head = this.tail = 0;
    const n = size > DEFAULT_BUFFER ? size : DEFAULT_BUFFER;
    if (n !== this.ring.length) this.ring = new Array(n).fill(0);
  }

  /** The terminal is polled: it always has an Enter key to give. */
  poll(ctx: Thread): void {
    if (int(ctx.sets.get(SET_TYPEAHEAD)) !== 0) this.put(K_ENTER);
  }

  private pop(): void {
    if (this.text !== null) {
      if (++this.textPos >= this.text.length) this.text = null;
    } else if (this.head !== this.tail) {
      if (++this.tail >= this.ring.length) this.tail = 0;
    }
  }

  /** The next key passing `mask`, or 0; a key that does not pass is dropped. */
  peek(mask: number): number {
    let key: number;
    if (this.text !== null) key = this.text[this.textPos];
    else if (this.head !== this.tail) key = this.ring[this.tail];
    else return 0;
    if ((keyMask(key) & mask) === 0) {
      this.pop();
      return 0;
    }
    return key;
  }

  next(ctx: Thread, mask: number): number {
    this.poll(ctx);
    return this.peek(mask);
  }

  /**
   * Inkey(): take the next key (the terminal always has one to give). A
   * read block's non-zero answer comes first; a filter block's answer
   * replaces each key, 0 dropping it; a wait (`waitMs`: -1 for ever)
   * then goes on to the next key.
   */
  get(ctx: Thread, mask: number, waitMs: number): number {
    if (this.readBlock !== undefined) {
      const key = int(evalItem(ctx, this.readBlock, []));
      if (key !== 0) return key;
    }
    let deadline = 0;
    for (;;) {
      this.put(K_ENTER);
      const key = this.peek(mask);
      if (key === 0) return 0;
      this.pop();
      this.last = key;
      if (this.filterBlock === undefined) return key;
      this.last = int(evalItem(ctx, this.filterBlock, [key]));
      if (this.last !== 0 || waitMs === 0) return this.last;
      if (waitMs > 0) {
        if (deadline === 0) deadline = Date.now() + waitMs;
        else if (Date.now() >= deadline) return 0;
      }
    }
  }
}

const keyboards = new WeakMap<VM, Keyboard>();

export function keyboard(ctx: Thread): Keyboard {
  let k = keyboards.get(ctx.vm);
  if (k === undefined) {
    k = new Keyboard();
    // the VM polls the terminal as soon as it starts running code
    k.put(K_ENTER);
    keyboards.set(ctx.vm, k);
  }
  return k;
}

const eventMask = (ctx: Thread): number => {
  const m = ctx.sets.get(SET_EVENTMASK);
  return isNum(m) ? int(m) : INKEY_KEYBOARD;
};

/** The character a key types ('' for keys that type none). */
export function keyChar(key: number): string {
  return key >= 32 && key <= 255 && key !== 127 ? String.fromCharCode(key) : '';
}

function putKeys(kb: Keyboard, v: Value, insert: boolean): void {
  if (isNum(v)) {
    if (insert) kb.insert(int(v));
    else kb.put(int(v));
  } else if (typeof v === 'string') {
    if (insert) for (let i = v.length - 1; i >= 0; i--) kb.insert(v.charCodeAt(i));
    else for (let i = 0; i < v.length; i++) kb.put(v.charCodeAt(i));
  }
}

/** __Accept(): read keys up to Enter, echoing them; the typed text. */
function accept(ctx: Thread, args: Value[]): string {
  const kb = keyboard(ctx);
  if (args.length >= 1) ctx.vm.syms.func('QOUT').fn(ctx, ...args);
  let s = '';
  let key = 0;
  while (key !== K_ENTER) {
    key = kb.get(ctx, INKEY_KEYBOARD, -1);
    let echo = '';
    if (key === 8 || key === 19) {
      if (s.length > 0) {
        s = s.slice(0, -1);
        echo = '\b';
      }
    } else {
      echo = keyChar(key);
      if (echo !== '' && s.length + 1 < ACCEPT_MAX + 1) s += echo;
    }
    if (echo !== '') conOutAlt(ctx, echo);
  }
  kb.acceptResult = s;
  return s;
}

export const functions: StdModule = {
  INKEY(ctx, ...args) {
    const mask = args.length > 1 && isNum(deref(args[1])) ? int(deref(args[1])) : eventMask(ctx);
    // Inkey( nSecs ) waits (nSecs under 0.01: for ever)
    const secs = deref(args[0]);
    const wait = args.length === 1 || (args.length > 1 && isNum(secs));
    const ms = isNum(secs) ? (typeof secs === 'number' ? secs : secs.n) * 1000 : 0;
    return keyboard(ctx).get(ctx, mask, !wait ? 0 : ms >= 10 ? ms : -1);
  },
  NEXTKEY(ctx) {
    return keyboard(ctx).next(ctx, eventMask(ctx));
  },
  LASTKEY(ctx) {
    const kb = keyboard(ctx);
    kb.poll(ctx);
    return kb.last;
  },
  HB_KEYNEXT(ctx, mask) {
    return keyboard(ctx).next(ctx, isNum(mask) ? int(mask) : eventMask(ctx));
  },
  HB_KEYLAST(ctx, mask) {
    const kb = keyboard(ctx);
    kb.poll(ctx);
    const m = isNum(mask) ? int(mask) : eventMask(ctx);
    return keyMask(kb.last) & m ? kb.last : 0;
  },
  HB_KEYSETLAST(ctx, key) {
    if (!isNum(key)) return undefined;
    const kb = keyboard(ctx);
    const old = kb.last;
    kb.last = int(key);
    return old;
  },
  HB_KEYPUT(ctx, v) {
    const kb = keyboard(ctx);
    const x = deref(v);
    if (Array.isArray(x)) for (const e of x) putKeys(kb, e, false);
    else putKeys(kb, x, false);
    return undefined;
  },
  HB_KEYINS(ctx, v) {
    const kb = keyboard(ctx);
    const x = deref(v);
    if (Array.isArray(x)) for (const e of x) putKeys(kb, e, true);
    else putKeys(kb, x, true);
    return undefined;
  },
  __SETFUNCTION(ctx, fnKey, seq) {
    // SET FUNCTION n TO text: key Fn types the text (after emptying the buffer)
    const n = int(deref(fnKey));
    const key = n === 1 ? K_F1 : n === 11 ? K_F11 : n === 12 ? K_F12 : 1 - n;
    const kb = keyboard(ctx);
    const text = deref(seq);
    if (typeof text !== 'string') {
      kb.setKeys.delete(key);
      return undefined;
    }
    kb.setKeys.set(key, (c: Thread) => {
      const k = keyboard(c);
      k.reset(int(c.sets.get(SET_TYPEAHEAD)));
      putKeys(k, text, false);
      return undefined;
    });
    return undefined;
  },
  __KEYBOARD(ctx, text) {
    const kb = keyboard(ctx);
    kb.reset(int(ctx.sets.get(SET_TYPEAHEAD)));
    const t = deref(text);
    if (typeof t === 'string') kb.setText(t);
    return undefined;
  },
  HB_KEYCLEAR(ctx) {
    keyboard(ctx).reset(int(ctx.sets.get(SET_TYPEAHEAD)));
    return undefined;
  },
  HB_KEYCHAR(_ctx, key) {
    return keyChar(int(deref(key)));
  },
  HB_KEYSTD(_ctx, key) {
    return int(deref(key));
  },
  HB_KEYCODE(_ctx, s) {
    const v = deref(s);
    return typeof v === 'string' && v.length > 0 ? v.charCodeAt(0) : 0;
  },
  SETKEY(ctx, ...args) {
    const kb = keyboard(ctx);
    // key 0 (or not a number) names no key; anything but a block removes the key's action
    const k = int(deref(args[0]));
    if (k === 0) return undefined;
    const old = kb.setKeys.get(k);
    if (args.length > 1) {
      const b = deref(args[1]);
      if (isEvalItem(b)) kb.setKeys.set(k, b);
      else kb.setKeys.delete(k);
    }
    return old;
  },
  __WAIT(ctx, prompt) {
    const kb = keyboard(ctx);
    ctx.vm.syms.func('QOUT').fn(ctx, prompt === undefined ? 'Press any key to continue...' : prompt);
    for (;;) {
      const key = kb.get(ctx, eventMask(ctx), -1);
      const block = kb.setKeys.get(key);
      if (block !== undefined) {
        const caller = ctx.frameAt(0);
        evalItem(ctx, block, [caller?.proc.name ?? '', caller?.line ?? 0, '']);
        continue;
      }
      const c = keyChar(key);
      if (c === '') return '\0';
      ctx.vm.syms.func('QQOUT').fn(ctx, c);
      return c;
    }
  },
  __ACCEPT(ctx, ...args) {
    return accept(ctx, args);
  },
  __ACCEPTSTR(ctx) {
    return keyboard(ctx).acceptResult;
  },
  __INPUT(ctx, prompt) {
    const s = accept(ctx, [prompt]);
    return /^[ \t\r\n]*$/.test(s) ? undefined : macroGet(ctx, s);
  },
};

