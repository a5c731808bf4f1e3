// Running out of memory as Harbour does: unrecoverable error 9006 ("hb_xgrab
// can't allocate memory") with the call stack, exit code 1. The engine has
// limits Harbour's allocator has not (the longest string, the longest
// array), and an exhausted heap would end the process without a word, so
// large arrays are checked before they are made, and the engine's
// allocation errors are turned into 9006 where the VM catches them.

import { constants } from 'node:buffer';
import { nodeV8 } from '../lazy-node.js';
import type { Thread } from '../vm/thread.js';
import { nativeProc } from '../vm/frame.js';
import { internalError } from './internal.js';

const EG_XGRAB = 9006;

/** The most elements one array can hold without the engine's slow dictionary form. */
const MAX_ELEMENTS = 2 ** 27 - 2;

/** Below this many elements no check is made: the heap always has room. */
const CHECK_FROM = 1 << 20;

/** Bytes one element takes (a tagged pointer, twice when the array is copied to grow). */
const ELEMENT_BYTES = 16;

/** The longest string the engine makes. */
const MAX_CHARS = constants.MAX_STRING_LENGTH;

/** Error 9006 with the call stack showing `fn`, the function asking, as Harbour's does. */
function outOfMemory(ctx: Thread, fn: string): never {
  ctx.enter(nativeProc(fn));
  return internalError(ctx, EG_XGRAB);
}

/** End the program with error 9006 unless `count` more array elements fit in memory. */
export function reserveElements(ctx: Thread, count: number, fn: string): void {
  if (count < CHECK_FROM) return;
  const heap = nodeV8().getHeapStatistics();
  if (count > MAX_ELEMENTS || count * ELEMENT_BYTES > heap.heap_size_limit - heap.used_heap_size) {
    outOfMemory(ctx, fn);
  }
}

/** End the program with error 9006 when a string of `length` characters cannot be made. */
export function reserveChars(ctx: Thread, length: number, fn: string): void {
  if (length > MAX_CHARS) outOfMemory(ctx, fn);
}

/** Whether `e` is the engine refusing an allocation (a string, array or buffer too large). */
export function isAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError &&
    /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/.test(e.message);
}

/** End the program with error 9006 when `e` is an allocation failure; otherwise return. */
export function checkAllocationFailure(ctx: Thread, e: unknown): void {
  if (isAllocationFailure(e)) internalError(ctx, EG_XGRAB);
}
