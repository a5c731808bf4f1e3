// hb_Serialize() / hb_Deserialize(): values as Harbour's binary item format,
// byte for byte, so that Harbour programs and hbts read each other's data.
//
// Each item starts with a one-byte tag. Integers take the narrowest of 1, 2,
// 3, 4 or 8 little-endian bytes (zero has a tag of its own); doubles are
// IEEE 754 little-endian; strings with trailing blanks store the blanks as a
// count. An array or hash met more than once (shared or cyclic) is written
// in full the first time, tagged as a reference target, and as a 4-byte
// offset to that tag afterwards. Objects are their instance area preceded
// by the class name and class function name. Codeblocks and pointers are
// written as NIL. HB_SERIALIZE_COMPRESS wraps the data in zlib's format
// when that is shorter. hb_Deserialize() needs the whole item to be there:
// a truncated item, or a reference to an offset that is not a target seen
// before, gives NIL; it also reads xHarbour's format (type letters, sizes
// in big-endian 64 bits).

import { nodeZlib } from '../runtime/lazy-node.js';
import type { Thread } from '../runtime/vm/thread.js';
import {
  HASH_BINARY, HASH_DEFAULT_FLAGS, HASH_KEEPORDER, HASH_RESORT, HbDate, HbHash, HbLong, HbNum, HbObject, HbRef,
  HbSymbol, HbTimestamp, type Value,
} from '../runtime/values/types.js';
import { int32Width, isIntLike, longOf, mkNum, numDec, numLen } from '../runtime/values/number.js';
import { rebuildIndex } from '../runtime/hash.js';
import type { HbClass } from '../runtime/classes/class.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { translate } from '../runtime/cdp/translate.js';
import { clsInst } from '../runtime/classes/api.js';
import { codepageArg } from './codepage.js';
import { deref } from './param.js';
import type { StdModule } from './registry.js';

// item tags (facts of Harbour's format)
const NIL = 0, TRUE = 1, FALSE = 2, ZERO = 3;
const INT8 = 4, INT16 = 5, INT24 = 6, INT32 = 7, INT64 = 8, DOUBLE = 9, DATE = 10;
const STRING8 = 11, STRING16 = 12, STRING32 = 13;
const ARRAY8 = 14, ARRAY16 = 15, ARRAY32 = 16, ARRAYREF8 = 17, ARRAYREF16 = 18, ARRAYREF32 = 19;
const HASH8 = 20, HASH16 = 21, HASH32 = 22, HASHREF8 = 23, HASHREF16 = 24, HASHREF32 = 25;
const SYMBOL = 26, REF = 27, OBJ = 28, STRNUL = 29, STRPAD8 = 30, STRPAD16 = 31, STRPAD32 = 32;
const INT8NUM = 33, INT16NUM = 34, INT24NUM = 35, INT32NUM = 36, INT64NUM = 37, DBLNUM = 38;
const TIMESTAMP = 39, HASHFLAGS = 40, HASHDEFVAL = 41, ZCOMPRESS = 42;
// xHarbour's format, read only: its type letters
const XA = 65, XB = 66, XC = 67, XD = 68, XH = 72, XL = 76, XN = 78, XO = 79, XQ = 81, XR = 82, XT = 84, XZ = 90;

// hb_Serialize() flags (hbserial.ch)
const NUMSIZE = 0x01;
const COMPRESS = 0x04;
const IGNOREREF = 0x08;

/** Codepages to translate strings between; null: copy the bytes. */
type Translation = { from: Codepage; to: Codepage } | null;

function recode(s: string, tr: Translation): string {
  return tr === null || s.length === 0 ? s : translate(s, tr.from, tr.to);
}

// ---- writing -------------------------------------------------------------

const f64 = new DataView(new ArrayBuffer(8));

/** The bytes written so far, in a buffer that grows by doubling. */
class Writer {
  buf = new Uint8Array(256);
  len = 0;
  /** arrays, hashes and objects met more than once, with the offset of their first copy once written */
  readonly shared = new Map<object, number>();

  constructor(
    readonly flags: number,
    readonly tr: Translation,
  ) {}

  room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  /** `n` as `bytes` little-endian bytes (two's complement for negative values). */
  le(n: number, bytes: number): void {
    this.room(bytes);
    for (let i = 0; i < bytes; i++) {
      this.buf[this.len++] = n & 0xff;
      n = Math.floor(n / 256);
    }
  }

  le64(v: bigint): void {
    let u = BigInt.asUintN(64, v);
    this.room(8);
    for (let i = 0; i < 8; i++) {
      this.buf[this.len++] = Number(u & 0xffn);
      u >>= 8n;
    }
  }

  double(d: number): void {
    f64.setFloat64(0, d, true);
    this.room(8);
    for (let i = 0; i < 8; i++) this.buf[this.len++] = f64.getUint8(i);
  }

  text(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < n; i++) buf[at++] = s.charCodeAt(i);
    this.len = at;
  }

  /** A tag chosen by the size of a count or length, then that count in 1, 2 or 4 bytes. */
  sized(tag8: number, n: number): void {
    const w = n <= 0xff ? 1 : n <= 0xffff ? 2 : 4;
    this.byte(w === 1 ? tag8 : w === 2 ? tag8 + 1 : tag8 + 2);
    this.le(n, w);
  }

  result(): string {
    return Buffer.from(this.buf.buffer, 0, this.len).toString('latin1');
  }

  /** Find what is met more than once (not descending into repeats). */
  scan(v: Value, seen: Set<object>): void {
    let kids: Value[];
    if (Array.isArray(v)) kids = v;
    else if (v instanceof HbObject) kids = v.vars;
    else if (v instanceof HbHash) kids = v.keys.concat(v.values, [v.defaultValue]);
    else return;
    if (seen.has(v)) {
      this.shared.set(v, -1);
      return;
    }
    seen.add(v);
    for (const k of kids) this.scan(k, seen);
  }

  item(v: Value): void {
    switch (typeof v) {
      case 'undefined': this.byte(NIL); return;
      case 'boolean': this.byte(v ? TRUE : FALSE); return;
      case 'number': this.num(v); return;
      case 'string': this.str(v); return;
      case 'function': this.byte(NIL); return;
    }
    if (v instanceof HbNum) this.num(v);
    else if (Array.isArray(v)) this.array(v, v, null);
    else if (v instanceof HbObject) this.array(v, v.vars, v.cls);
    else if (v instanceof HbHash) this.hash(v);
    else if (v instanceof HbDate) {
      this.byte(DATE);
      this.le(v.jd, 3);
    } else if (v instanceof HbTimestamp) {
      this.byte(TIMESTAMP);
      this.le(v.jd, 4);
      this.le(v.ms, 4);
    } else if (v instanceof HbSymbol) {
      const name = v.sym.name.slice(0, 255);
      this.byte(SYMBOL);
      this.byte(name.length);
      this.text(name);
    } else this.byte(NIL);
  }

  num(v: number | HbNum): void {
    const withSize = (this.flags & NUMSIZE) !== 0;
    if (!(v instanceof HbLong) && !isIntLike(v)) {
      const d = (v as HbNum).n;
      if (withSize) {
        this.byte(DBLNUM);
        this.double(d);
        this.byte(numLen(v) & 0xff);
        this.byte(numDec(v) & 0xff);
      } else if (d === 0) {
        this.byte(ZERO);
      } else {
        this.byte(DOUBLE);
        this.double(d);
      }
      return;
    }
    const n = typeof v === 'number' ? v : v.n;
    const base = withSize ? INT8NUM - INT8 : 0;
    if (n === 0 && !withSize) {
      this.byte(ZERO);
      return;
    }
    if (n >= -0x80 && n <= 0x7f) {
      this.byte(INT8 + base);
      this.byte(n & 0xff);
    } else if (n >= -0x8000 && n <= 0x7fff) {
      this.byte(INT16 + base);
      this.le(n, 2);
    } else if (n >= -0x800000 && n <= 0x7fffff) {
      this.byte(INT24 + base);
      this.le(n, 3);
    } else if (n >= -0x80000000 && n <= 0x7fffffff) {
      this.byte(INT32 + base);
      this.le(n, 4);
    } else {
      this.byte(INT64 + base);
      this.le64(v instanceof HbLong ? v.big : BigInt(n));
    }
    if (withSize) this.byte(numLen(v) & 0xff);
  }

  str(s: string): void {
    if (s.length === 0) {
      this.byte(STRNUL);
      return;
    }
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
    const pad = s.length - end;
    const text = recode(s, this.tr);
    const len = text.length;
    // trailing blanks are stored as a count when that saves bytes
    if (len <= 0xff ? pad > 1 : len <= 0xffff ? pad > 2 : pad > 4) {
      const body = text.slice(0, len - pad);
      const w = len <= 0xff ? 1 : len <= 0xffff ? 2 : 4;
      const tag = w === 1 ? STRPAD8 : w === 2 ? STRPAD16 : STRPAD32;
      this.byte(tag);
      this.le(body.length, w);
      this.le(pad, w);
      this.text(body);
    } else {
      this.sized(STRING8, len);
      this.text(text);
    }
  }

  array(id: object, items: Value[], cls: HbClass | null): void {
    const at = this.shared.get(id);
    if (at !== undefined && at >= 0) {
      this.byte(REF);
      this.le(at, 4);
      return;
    }
    if (cls !== null) {
      this.byte(OBJ);
      this.text(cls.name + '\x00' + (cls.funcSym?.name ?? '') + '\x00');
    }
    if (at !== undefined) this.shared.set(id, this.len);
    this.sized(at === undefined ? ARRAY8 : ARRAYREF8, items.length);
    for (const v of items) this.item(v);
  }

  hash(h: HbHash): void {
    const at = this.shared.get(h);
    if (at !== undefined && at >= 0) {
      this.byte(REF);
      this.le(at, 4);
      return;
    }
    // the offset recorded is that of the flags that may come first
    if (at !== undefined) this.shared.set(h, this.len);
    if ((h.flags & ~HASH_RESORT) !== HASH_DEFAULT_FLAGS) {
      this.byte(HASHFLAGS);
      this.le(h.flags & 0xffff, 2);
    }
    if (h.defaultValue !== undefined) {
      this.byte(HASHDEFVAL);
      this.item(h.defaultValue);
    }
    this.sized(at === undefined ? HASH8 : HASHREF8, h.keys.length);
    for (let i = 0; i < h.keys.length; i++) {
      this.item(h.keys[i]);
      this.item(h.values[i]);
    }
  }
}

export function serialize(v: Value, flags: number, tr: Translation): string {
  const w = new Writer(flags, tr);
  if ((flags & IGNOREREF) === 0) w.scan(v, new Set());
  w.item(v);
  const raw = w.result();
  if ((flags & COMPRESS) !== 0 && raw.length > 20) {
    const z = nodeZlib().deflateSync(Buffer.from(raw, 'latin1')).toString('latin1');
    if (z.length + 9 < raw.length) {
      const head = new Writer(flags, tr);
      head.byte(ZCOMPRESS);
      head.le(z.length, 4);
      head.le(raw.length, 4);
      return head.result() + z;
    }
  }
  return raw;
}

// ---- reading ---------------------------------------------------------------

/** Thrown when the data ends inside an item or refers to a target not seen. */
const BAD = new Error('bad serialized data');

class Reader {
  pos = 0;
  /** reference targets by the offset of their tag */
  readonly targets = new Map<number, Value>();
  /** xHarbour's reference targets: arrays, hashes and objects in the order they come, by type letter */
  readonly typed = new Map<number, Value[]>();

  /** the data as bytes, for the numbers */
  readonly b: Buffer;

  constructor(
    readonly ctx: Thread,
    readonly s: string,
    readonly tr: Translation,
  ) {
    this.b = Buffer.from(s, 'latin1');
  }

  need(n: number): void {
    if (this.pos + n > this.b.length) throw BAD;
  }

  byte(): number {
    this.need(1);
    return this.b[this.pos++];
  }

  uint(bytes: number): number {
    this.need(bytes);
    const n = this.b.readUIntLE(this.pos, bytes);
    this.pos += bytes;
    return n;
  }

  int(bytes: number): number {
    this.need(bytes);
    const n = this.b.readIntLE(this.pos, bytes);
    this.pos += bytes;
    return n;
  }

  int64(): bigint {
    this.need(8);
    const n = this.b.readBigInt64LE(this.pos);
    this.pos += 8;
    return n;
  }

  double(): number {
    this.need(8);
    const d = this.b.readDoubleLE(this.pos);
    this.pos += 8;
    return d;
  }

  text(n: number): string {
    this.need(n);
    const t = this.s.slice(this.pos, this.pos + n);
    this.pos += n;
    return t;
  }

  /** A NUL-terminated name. */
  cstr(): string {
    const end = this.s.indexOf('\x00', this.pos);
    if (end < 0) throw BAD;
    const t = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return t;
  }

  /** The next item; `shell` is the object an array fills (after an object header). */
  item(shell: HbObject | null = null): Value {
    const start = this.pos;
    const tag = this.byte();
    switch (tag) {
      case NIL: return undefined;
      case TRUE: return true;
      case FALSE: return false;
      case ZERO: return 0;
      case INT8: return this.int(1);
      case INT16: return this.int(2);
      case INT24: return this.int(3);
      case INT32: return this.int(4);
      case INT64: return longOf(this.int64()) ?? 0;
      case INT8NUM: return this.sizedInt(this.int(1));
      case INT16NUM: return this.sizedInt(this.int(2));
      case INT24NUM: return this.sizedInt(this.int(3));
      case INT32NUM: return this.sizedInt(this.int(4));
      case INT64NUM: return this.sizedLong(this.int64());
      case DOUBLE: return mkNum(this.double(), 0, this.ctx.sets.decimals);
      case DBLNUM: {
        const d = this.double();
        const w = this.byte();
        return mkNum(d, w === 255 ? 0 : w, this.byte());
      }
      case DATE: return new HbDate(this.uint(3));
      case TIMESTAMP: return new HbTimestamp(this.uint(4), this.uint(4));
      case SYMBOL: return new HbSymbol(this.ctx.vm.syms.func(this.text(this.byte())));
      case STRNUL: return '';
      case STRING8: return recode(this.text(this.uint(1)), this.tr);
      case STRING16: return recode(this.text(this.uint(2)), this.tr);
      case STRING32: return recode(this.text(this.uint(4)), this.tr);
      case STRPAD8: return this.padded(1);
      case STRPAD16: return this.padded(2);
      case STRPAD32: return this.padded(4);
      case ARRAY8: case ARRAY16: case ARRAY32:
        return this.array(this.uint(1 << (tag - ARRAY8)), shell, -1);
      case ARRAYREF8: case ARRAYREF16: case ARRAYREF32:
        return this.array(this.uint(1 << (tag - ARRAYREF8)), shell, start);
      case HASH8: case HASH16: case HASH32:
        return this.hash(this.uint(1 << (tag - HASH8)), -1);
      case HASHREF8: case HASHREF16: case HASHREF32:
        return this.hash(this.uint(1 << (tag - HASHREF8)), start);
      case REF: {
        const at = this.uint(4);
        if (!this.targets.has(at)) throw BAD;
        return this.targets.get(at);
      }
      case OBJ: return this.object();
      case HASHFLAGS: return this.flagged(this.uint(2));
      case HASHDEFVAL: {
        const dflt = this.item();
        const h = this.item();
        if (h instanceof HbHash) h.defaultValue = dflt;
        return h;
      }
      case ZCOMPRESS: return this.compressed();
      default: return this.xharbour(tag);
    }
  }

  /** An integer stored with its width (0 or 255: the default one). */
  sizedInt(n: number): Value {
    const w = this.byte();
    return mkNum(n, w === 0 || w === 255 ? int32Width(n) : w, 0);
  }

  sizedLong(big: bigint): Value {
    if (big >= -0x80000000n && big <= 0x7fffffffn) return this.sizedInt(Number(big));
    const w = this.byte();
    const width = w === 0 || w === 255 ? 0 : w;
    const n = longOf(big);
    return typeof n === 'number' ? mkNum(n, width, 0) : new HbLong(big, width);
  }

  padded(bytes: number): string {
    const len = this.uint(bytes);
    const pad = this.uint(bytes);
    return recode(this.text(len), this.tr) + ' '.repeat(pad);
  }

  array(n: number, shell: HbObject | null, target: number): Value {
    // a count larger than the bytes left cannot be complete (each item takes one)
    this.need(n);
    const items: Value[] = [];
    const v: Value = shell ?? items;
    if (shell !== null) shell.vars = items;
    if (target >= 0) this.targets.set(target, v);
    for (let i = 0; i < n; i++) items.push(this.item());
    return v;
  }

  hash(n: number, target: number): Value {
    this.need(n * 2);
    const h = new HbHash();
    if (target >= 0) this.targets.set(target, h);
    this.pairs(h, n);
    if (n > 0) h.flags |= HASH_RESORT;
    return h;
  }

  /** Pairs are added as they come, a repeated key included (as Harbour does). */
  pairs(h: HbHash, n: number): void {
    for (let i = 0; i < n; i++) {
      h.keys.push(this.item());
      h.values.push(this.item());
    }
    rebuildIndex(h);
  }

  /** Hash flags stored before the hash they belong to. */
  flagged(flags: number): Value {
    const h = this.item();
    if (h instanceof HbHash) {
      // a hash that keeps order, or compares text, is settled at its next lookup
      if ((flags & (HASH_KEEPORDER | HASH_BINARY)) !== HASH_BINARY) flags |= HASH_RESORT;
      h.flags = flags;
      rebuildIndex(h);
    }
    return h;
  }

  /** An object: its class (by name and class function) if it exists yet, else a plain array. */
  object(): Value {
    const name = this.cstr();
    const func = this.cstr();
    const cls = this.ctx.vm.classes.list.find((c) => c.name === name && (c.funcSym?.name ?? '') === func);
    return this.item(cls === undefined ? null : new HbObject(cls, []));
  }

  /** A big-endian 64-bit count or value of xHarbour's format. */
  be64(): bigint {
    this.need(8);
    const u = this.b.readBigUInt64BE(this.pos);
    this.pos += 8;
    return u;
  }

  /** A count of items, each at least one byte: beyond the data left it cannot be complete. */
  count(perItem: number): number {
    const n = this.be64();
    if (n > BigInt(this.s.length)) throw BAD;
    this.need(Number(n) * perItem);
    return Number(n);
  }

  typedTarget(type: number, v: Value): void {
    let list = this.typed.get(type);
    if (list === undefined) this.typed.set(type, (list = []));
    list.push(v);
  }

  xharbour(tag: number): Value {
    switch (tag) {
      case XC: return recode(this.text(this.count(1)), this.tr);
      case XL: return this.byte() === 84;
      case XN: return this.xnumber();
      case XD: return new HbDate(Number(BigInt.asIntN(32, this.be64())));
      case XT: {
        const ms = Math.trunc(this.double() * 86400000 + 0.5);
        return new HbTimestamp(Math.trunc(ms / 86400000), ms % 86400000);
      }
      case XZ: return undefined;
      case XB:
        this.item();
        return undefined;
      case XA: {
        const n = this.count(1);
        const a: Value[] = [];
        this.typedTarget(XA, a);
        for (let i = 0; i < n; i++) a.push(this.item());
        return a;
      }
      case XH: {
        const n = this.count(2);
        const h = new HbHash();
        this.typedTarget(XH, h);
        this.pairs(h, n);
        h.flags |= HASH_KEEPORDER | HASH_RESORT;
        return h;
      }
      case XO: return this.xobject(this.count(2));
      case XQ: return this.xpersistent();
      case XR: {
        this.need(9);
        const type = this.byte();
        if (type !== XA && type !== XH && type !== XO && type !== XB) throw BAD;
        const index = this.be64();
        return this.typed.get(type)?.[Number(index) - 1];
      }
      default: return undefined;
    }
  }

  xnumber(): Value {
    this.need(9);
    const kind = this.byte();
    if (kind === 88) {
      // 'X' items are followed by 10 bytes more
      const v = BigInt.asIntN(64, this.be64());
      this.need(10);
      this.pos += 10;
      return longOf(v) ?? 0;
    }
    if (kind === 68) return mkNum(this.double(), 0, this.ctx.sets.decimals);
    const v = BigInt.asIntN(64, this.be64());
    if (kind === 73) {
      const n = Number(BigInt.asIntN(32, v));
      return mkNum(n, int32Width(n), 0);
    }
    return kind === 76 ? longOf(v) ?? 0 : undefined;
  }

  /** An object as its class name and message/value pairs: a new instance given each value by assignment. */
  xobject(n: number): Value {
    const name = this.item();
    const cls = typeof name === 'string' ? this.ctx.vm.classes.find(name) : undefined;
    const o = cls === undefined ? undefined : clsInst(this.ctx, cls.handle);
    this.typedTarget(XO, o);
    for (let i = 0; i < n; i++) {
      const msg = this.item();
      const v = this.item();
      if (o !== undefined) this.ctx.vm.message('_' + String(msg ?? '').toUpperCase()).send(this.ctx, o, v);
    }
    return o;
  }

  /** An HBPersistent object: its class name and the text its LoadFromText() reads. */
  xpersistent(): Value {
    const size = this.be64();
    if (size > BigInt(this.s.length)) throw BAD;
    const end = this.pos + Number(size);
    if (end > this.s.length) throw BAD;
    const name = this.item();
    if (this.pos > end) throw BAD;
    const text = recode(this.s.slice(this.pos, end), this.tr);
    this.pos = end;
    const cls = typeof name === 'string' ? this.ctx.vm.classes.find(name) : undefined;
    const o = cls === undefined ? undefined : clsInst(this.ctx, cls.handle);
    if (o !== undefined) this.ctx.vm.message('LOADFROMTEXT').send(this.ctx, o, text, true);
    this.typedTarget(XO, o);
    return o;
  }

  compressed(): Value {
    const size = this.uint(4);
    const len = this.uint(4);
    const data = Buffer.from(this.text(size), 'latin1');
    let raw: string;
    try {
      raw = nodeZlib().inflateSync(data, { maxOutputLength: Math.max(len, 1) }).toString('latin1');
    } catch {
      return undefined;
    }
    return deserialize(this.ctx, raw, this.tr)?.value;
  }
}

/** The first item of `s` and the offset after it, or null when it is incomplete. */
export function deserialize(ctx: Thread, s: string, tr: Translation): { value: Value; end: number } | null {
  const r = new Reader(ctx, s, tr);
  try {
    const value = r.item();
    return { value, end: r.pos };
  } catch (e) {
    if (e === BAD) return null;
    throw e;
  }
}

/** The translation between two code page arguments (each defaulting to the current one). */
function translation(ctx: Thread, fn: string, inId: Value, outId: Value, args: IArguments): Translation {
  const from = codepageArg(ctx, fn, inId, args);
  const to = codepageArg(ctx, fn, outId, args);
  return from === undefined || to === undefined || from === to ? null : { from, to };
}

export const functions: StdModule = {
  HB_SERIALIZE(ctx, v, flagArg, inId, outId) {
    if (arguments.length < 2) return undefined;
    const f = deref(flagArg);
    const flags = typeof f === 'number' ? f : f instanceof HbNum ? Math.trunc(f.n) : f === true ? NUMSIZE : 0;
    const tr = translation(ctx, 'HB_SERIALIZE', deref(inId), deref(outId), arguments);
    return serialize(deref(v), flags, tr);
  },
  HB_DESERIALIZE(ctx, data, inId, outId) {
    const ref = (data as unknown) instanceof HbRef ? (data as unknown as HbRef) : null;
    const s = deref(data);
    if (typeof s !== 'string' || s.length === 0) {
      ref?.set(undefined);
      return undefined;
    }
    const tr = translation(ctx, 'HB_DESERIALIZE', deref(inId), deref(outId), arguments);
    const r = deserialize(ctx, s, tr);
    ref?.set(r === null ? undefined : s.slice(r.end));
    return r?.value;
  },
};
