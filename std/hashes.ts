// The hb_H*() functions: building, reading and changing hashes, iterating
// over them, merging, and the flags (auto-add, case matching, binary key
// order, keep order) with the default value of auto-added keys.
//
// A wrong argument raises BASE/1123 (BASE/2017 for the flag functions);
// these errors cannot be substituted. Positions are 1-based pair positions
// (see runtime/hash.ts for the order of the pairs).

import type { Thread } from '../runtime/vm/thread.js';
import {
  HASH_AUTOADD_ACCESS, HASH_AUTOADD_ASSIGN, HASH_AUTOADD_MASK, HASH_BINARY, HASH_IGNORECASE, HASH_KEEPORDER,
  HbHash, HbRef, type Value,
} from '../runtime/values/types.js';
import {
  hashAddDefault, hashClear, hashDel, hashDelAt, hashFind, hashSet, hashSetFlags, hashSoftPos, hashSort, isValidKey,
} from '../runtime/hash.js';
import { nativeProc, type ProcInfo } from '../runtime/vm/frame.js';
import type { StdModule } from './registry.js';
import { EG_BOUND, baseArgs, deref, intVal, isNum, plainError } from './param.js';
import { cloneValue } from '../runtime/classes/clone.js';
import { scanMatcher } from './arrays.js';
import { sameType } from './types.js';

const UNION = 0;
const INTERSECT = 1;
const DIFFERENCE = 2;
const REMOVE = 3;

/** The error of a hash function called with a wrong argument (1123, or 2017 for the flag functions). */
function hashError(ctx: Thread, fn: string, args: IArguments, subCode = 1123): undefined {
  plainError(ctx, fn, subCode, baseArgs(args));
  return undefined;
}

/** The hash and key arguments of most functions, or undefined when either is wrong. */
function hashAndKey(h: unknown, k: unknown): [HbHash, Value] | undefined {
  const hash = deref(h);
  const key = deref(k);
  return hash instanceof HbHash && isValidKey(key) ? [hash, key] : undefined;
}

/**
 * The value of `k`: when the hash adds keys on access, a missing key is
 * added with the default value; otherwise undefined for a missing key.
 */
function lookup(h: HbHash, k: Value): { found: boolean; value: Value } {
  let i = hashFind(h, k);
  if (i < 0 && h.flags & HASH_AUTOADD_ACCESS) i = hashAddDefault(h, k);
  return i < 0 ? { found: false, value: undefined } : { found: true, value: h.values[i] };
}

/** The `nStart`/`nCount` range of hb_HEval(), hb_HScan() and hb_HCopy(): 1-based start and count. */
function range(h: HbHash, startArg: unknown, countArg: unknown): [number, number] {
  const s = deref(startArg);
  const c = deref(countArg);
  let start = intVal(s);
  if (start === 0) start = 1;
  const count = isNum(c) ? intVal(c) : h.keys.length - start + 1;
  // negative sizes are huge to Harbour: the loop then runs to the end
  return [start < 0 ? Infinity : start, count < 0 ? Infinity : count];
}

/** Evaluate `block` with a frame for the calling function, as Harbour shows it in "Called from". */
function withFrame<T>(ctx: Thread, proc: ProcInfo, body: () => T): T {
  const f = ctx.enter(proc);
  const sp = ctx.sp;
  const r = body();
  if (ctx.sp === sp) ctx.leave(f);
  return r;
}

const HB_HEVAL = nativeProc('HB_HEVAL');
const HB_HSCAN = nativeProc('HB_HSCAN');
const HB_HMERGE = nativeProc('HB_HMERGE');

/** hb_HMerge() with a numeric action: union, intersection, difference or removal. */
function join(dest: HbHash, src: HbHash, action: number): void {
  switch (action) {
    case UNION:
      for (let i = 0; i < src.keys.length; i++) hashSet(dest, src.keys[i], src.values[i]);
      break;
    case INTERSECT:
      for (let i = 0; i < dest.keys.length;) {
        const j = hashFind(src, dest.keys[i]);
        if (j >= 0) {
          dest.values[i] = src.values[j];
          i++;
        } else {
          hashDelAt(dest, i);
        }
      }
      break;
    case DIFFERENCE:
      for (let i = 0; i < src.keys.length; i++) {
        if (!hashDel(dest, src.keys[i])) hashSet(dest, src.keys[i], src.values[i]);
      }
      break;
    case REMOVE:
      for (let i = 0; i < src.keys.length; i++) hashDel(dest, src.keys[i]);
      break;
  }
}

/** hb_HCaseMatch()/hb_HBinary()/hb_HKeepOrder(): read one flag, and set or clear it when asked. */
function flagSwitch(ctx: Thread, fn: string, args: IArguments, read: (f: number) => boolean,
  change: (f: number, on: boolean) => number): Value {
  const h = deref(args[1]);
  if (!(h instanceof HbHash)) return hashError(ctx, fn, args, 2017);
  const old = read(h.flags);
  const on = deref(args[2]);
  if (typeof on === 'boolean') hashSetFlags(h, change(h.flags, on));
  return old;
}

const caseMatch = (ctx: Thread, args: IArguments) => flagSwitch(ctx, 'HB_HCASEMATCH', args,
  (f) => (f & HASH_IGNORECASE) === 0,
  (f, on) => (on ? f & ~HASH_IGNORECASE : f & HASH_IGNORECASE ? f : (f & ~HASH_BINARY) | HASH_IGNORECASE));
const binary = (ctx: Thread, args: IArguments) => flagSwitch(ctx, 'HB_HBINARY', args,
  (f) => (f & HASH_BINARY) !== 0,
  (f, on) => (on ? (f & HASH_BINARY ? f : (f & ~HASH_IGNORECASE) | HASH_BINARY) : f & ~HASH_BINARY));
const keepOrder = (ctx: Thread, args: IArguments) => flagSwitch(ctx, 'HB_HKEEPORDER', args,
  (f) => (f & HASH_KEEPORDER) !== 0,
  (f, on) => (on ? f | HASH_KEEPORDER : f & ~HASH_KEEPORDER));

/** The default value auto-added keys get (NIL, or a copy of the given value). */
function setDefault(h: HbHash, v: Value): void {
  h.defaultValue = v === undefined || v === h ? undefined : cloneValue(v);
}

function autoAdd(ctx: Thread, args: IArguments): Value {
  const h = deref(args[1]);
  if (!(h instanceof HbHash)) return hashError(ctx, 'HB_HAUTOADD', args, 2017);
  const mode = deref(args[2]);
  const old = h.flags & HASH_AUTOADD_MASK;
  if (args.length > 3) setDefault(h, deref(args[3]));
  if (typeof mode === 'boolean') {
    if (mode) hashSetFlags(h, h.flags | (h.defaultValue !== undefined ? HASH_AUTOADD_MASK : HASH_AUTOADD_ASSIGN));
    else if (old) hashSetFlags(h, h.flags & ~old);
  } else if (isNum(mode)) {
    const flags = intVal(mode);
    let f = h.flags;
    if ((flags | old) !== flags) f &= ~old;
    if (flags) f |= flags;
    hashSetFlags(h, f);
  }
  return old;
}

export const functions: StdModule = {
  HB_HASH(ctx) {
    const n = arguments.length - 1;
    if (n & 1) {
      plainError(ctx, 'HB_HASH', 1131, baseArgs(arguments), EG_BOUND, 'array dimension');
      return undefined;
    }
    const h = new HbHash();
    for (let i = 1; i <= n; i += 2) {
      const k = deref(arguments[i]);
      const v = deref(arguments[i + 1]);
      if (!isValidKey(k)) {
        plainError(ctx, 'HB_HASH', 1133, [h, k, v], EG_BOUND, 'array assign');
        break;
      }
      hashSet(h, k, v);
    }
    return h;
  },
  HB_HHASKEY(ctx, h, k, posRef) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HHASKEY', arguments);
    const i = hashFind(hk[0], hk[1]);
    if (posRef instanceof HbRef) posRef.set(i >= 0 ? i + 1 : hashSoftPos(hk[0], hk[1]));
    return i >= 0;
  },
  HB_HPOS(ctx, h, k) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HPOS', arguments);
    return hashFind(hk[0], hk[1]) + 1;
  },
  HB_HGET(ctx, h, k) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HGET', arguments);
    const r = lookup(hk[0], hk[1]);
    if (!r.found) plainError(ctx, 'HB_HGET', 1132, [hk[0], hk[1]], EG_BOUND, 'array access');
    return r.value;
  },
  HB_HGETDEF(ctx, h, k, def) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HGETDEF', arguments);
    const r = lookup(hk[0], hk[1]);
    return r.found ? r.value : deref(def);
  },
  HB_HSETDEF(ctx, h, k, def) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HSETDEF', arguments);
    const [hash, key] = hk;
    const i = hashAddDefault(hash, key);
    if (arguments.length > 3) {
      const d = deref(def);
      if (!sameType(hash.values[i], d)) hash.values[i] = d;
    }
    return hash.values[i];
  },
  HB_HGETREF(_ctx, h, k, ref) {
    // like hb_HGet(), but the value goes to a variable by reference and the result says whether there is one
    const hk = hashAndKey(h, k);
    if (hk === undefined) return false;
    const r = lookup(hk[0], hk[1]);
    if (ref instanceof HbRef) ref.set(r.value);
    return r.found;
  },
  HB_HSET(ctx, h, k, v) {
    const hk = hashAndKey(h, k);
    if (hk === undefined || arguments.length < 4) return hashError(ctx, 'HB_HSET', arguments);
    hashSet(hk[0], hk[1], deref(v));
    return hk[0];
  },
  HB_HDEL(ctx, h, k) {
    const hk = hashAndKey(h, k);
    if (hk === undefined) return hashError(ctx, 'HB_HDEL', arguments);
    hashDel(hk[0], hk[1]);
    return hk[0];
  },
  HB_HKEYAT(ctx, h, pos) {
    h = deref(h);
    pos = deref(pos);
    if (!(h instanceof HbHash) || !isNum(pos)) return hashError(ctx, 'HB_HKEYAT', arguments);
    const i = intVal(pos);
    if (i >= 1 && i <= h.keys.length) return h.keys[i - 1];
    plainError(ctx, 'HB_HKEYAT', 1187, baseArgs(arguments), EG_BOUND);
    return undefined;
  },
  HB_HVALUEAT(ctx, h, pos, v) {
    h = deref(h);
    pos = deref(pos);
    if (!(h instanceof HbHash) || !isNum(pos)) return hashError(ctx, 'HB_HVALUEAT', arguments);
    const i = intVal(pos);
    if (i < 1 || i > h.keys.length) {
      plainError(ctx, 'HB_HVALUEAT', 1187, baseArgs(arguments), EG_BOUND);
      return undefined;
    }
    if (arguments.length > 3) h.values[i - 1] = deref(v);
    return h.values[i - 1];
  },
  HB_HPAIRAT(ctx, h, pos, keyRef, valueRef) {
    h = deref(h);
    pos = deref(pos);
    if (!(h instanceof HbHash) || !isNum(pos)) return hashError(ctx, 'HB_HPAIRAT', arguments);
    const i = intVal(pos);
    if (i < 1 || i > h.keys.length) {
      plainError(ctx, 'HB_HPAIRAT', 1187, baseArgs(arguments), EG_BOUND);
      return undefined;
    }
    if (keyRef instanceof HbRef && valueRef instanceof HbRef) {
      keyRef.set(h.keys[i - 1]);
      valueRef.set(h.values[i - 1]);
      return undefined;
    }
    return [h.keys[i - 1], h.values[i - 1]];
  },
  HB_HDELAT(ctx, h, pos) {
    h = deref(h);
    pos = deref(pos);
    if (!(h instanceof HbHash) || !isNum(pos)) return hashError(ctx, 'HB_HDELAT', arguments);
    const i = intVal(pos);
    if (i >= 1 && i <= h.keys.length) {
      hashDelAt(h, i - 1);
      return h;
    }
    plainError(ctx, 'HB_HDELAT', 1133, [h, pos], EG_BOUND, 'array assign');
    return undefined;
  },
  HB_HKEYS(ctx, h) {
    h = deref(h);
    return h instanceof HbHash ? h.keys.slice() : hashError(ctx, 'HB_HKEYS', arguments);
  },
  HB_HVALUES(ctx, h) {
    h = deref(h);
    return h instanceof HbHash ? h.values.slice() : hashError(ctx, 'HB_HVALUES', arguments);
  },
  HB_HCLEAR(ctx, h) {
    h = deref(h);
    if (!(h instanceof HbHash)) return hashError(ctx, 'HB_HCLEAR', arguments);
    hashClear(h);
    return h;
  },
  HB_HFILL(ctx, h, v) {
    h = deref(h);
    if (!(h instanceof HbHash) || arguments.length < 3) return hashError(ctx, 'HB_HFILL', arguments);
    h.values.fill(deref(v));
    return h;
  },
  HB_HCLONE(ctx, h) {
    h = deref(h);
    return h instanceof HbHash ? cloneValue(h) : hashError(ctx, 'HB_HCLONE', arguments);
  },
  HB_HCOPY(ctx, src, dst, start, count) {
    src = deref(src);
    dst = deref(dst);
    if (!(src instanceof HbHash) || !(dst instanceof HbHash)) return hashError(ctx, 'HB_HCOPY', arguments);
    if (src !== dst) {
      let [pos, n] = range(src, start, count);
      for (; n > 0 && pos <= src.keys.length; n--, pos++) hashSet(dst, src.keys[pos - 1], src.values[pos - 1]);
    }
    return dst;
  },
  HB_HMERGE(ctx, dst, src, action) {
    dst = deref(dst);
    src = deref(src);
    if (!(dst instanceof HbHash) || !(src instanceof HbHash)) return hashError(ctx, 'HB_HMERGE', arguments);
    if (src === dst) return dst;
    const act = deref(action);
    if (typeof act === 'function') {
      const d = dst;
      const s = src;
      withFrame(ctx, HB_HMERGE, () => {
        for (let i = 0; i < s.keys.length; i++) {
          if (act(ctx, s.keys[i], s.values[i], i + 1) === true) hashSet(d, s.keys[i], s.values[i]);
        }
      });
    } else {
      join(dst, src, isNum(act) ? intVal(act) : UNION);
    }
    return dst;
  },
  HB_HEVAL(ctx, h, b, start, count) {
    h = deref(h);
    b = deref(b);
    if (!(h instanceof HbHash) || typeof b !== 'function') return hashError(ctx, 'HB_HEVAL', arguments);
    const hash = h;
    const block = b;
    let [pos, n] = range(hash, start, count);
    withFrame(ctx, HB_HEVAL, () => {
      for (; n > 0 && pos <= hash.keys.length; n--, pos++) block(ctx, hash.keys[pos - 1], hash.values[pos - 1], pos);
    });
    return h;
  },
  HB_HSCAN(ctx, h, v, start, count, exact) {
    h = deref(h);
    if (!(h instanceof HbHash) || arguments.length < 3) return hashError(ctx, 'HB_HSCAN', arguments);
    const hash = h;
    const value = deref(v);
    let [pos, n] = range(hash, start, count);
    if (typeof value === 'function') {
      return withFrame(ctx, HB_HSCAN, () => {
        for (; n > 0 && pos <= hash.keys.length; n--, pos++) {
          if (value(ctx, hash.keys[pos - 1], hash.values[pos - 1], pos) === true) return pos;
        }
        return 0;
      });
    }
    const test = scanMatcher(ctx, value, deref(exact) === true);
    if (test === null) return 0;
    for (; n > 0 && pos <= hash.keys.length; n--, pos++) if (test(hash.values[pos - 1])) return pos;
    return 0;
  },
  HB_HSORT(ctx, h) {
    h = deref(h);
    if (!(h instanceof HbHash)) return hashError(ctx, 'HB_HSORT', arguments, 2017);
    hashSort(h);
    return h;
  },
  HB_HCASEMATCH(ctx) {
    return caseMatch(ctx, arguments);
  },
  HB_HBINARY(ctx) {
    return binary(ctx, arguments);
  },
  HB_HKEEPORDER(ctx) {
    return keepOrder(ctx, arguments);
  },
  HB_HAUTOADD(ctx) {
    return autoAdd(ctx, arguments);
  },
  HB_HALLOCATE(ctx, h, n) {
    h = deref(h);
    if (!(h instanceof HbHash) || !isNum(deref(n))) return hashError(ctx, 'HB_HALLOCATE', arguments, 2017);
    return undefined;
  },
  HB_HDEFAULT(ctx, h, v) {
    h = deref(h);
    if (!(h instanceof HbHash)) return hashError(ctx, 'HB_HDEFAULT', arguments, 2017);
    const old = h.defaultValue;
    if (arguments.length > 2) setDefault(h, deref(v));
    return old;
  },
  // the older names, which return the hash
  HB_HSETAUTOADD(ctx, h) {
    autoAdd(ctx, arguments);
    return deref(h) instanceof HbHash ? deref(h) : undefined;
  },
  HB_HSETCASEMATCH(ctx, h) {
    caseMatch(ctx, arguments);
    return deref(h) instanceof HbHash ? deref(h) : undefined;
  },
  HB_HSETBINARY(ctx, h) {
    binary(ctx, arguments);
    return deref(h) instanceof HbHash ? deref(h) : undefined;
  },
  HB_HSETORDER(ctx, h) {
    keepOrder(ctx, arguments);
    return deref(h) instanceof HbHash ? deref(h) : undefined;
  },
};

