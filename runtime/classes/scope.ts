// Who is sending, and may it: HIDDEN messages answer only to methods of the
// class that defined them (and its friends), PROTECTED ones to methods of
// related classes, and an overloaded message sent from a method of a class
// that has its own hidden (non-virtual) version runs that version.

import type { Thread } from '../vm/thread.js';
import type { Frame } from '../vm/frame.js';
import type { HbClass, MsgEntry } from './class.js';
import { SCOPE_CHECKED, SCOPE_HIDDEN, SCOPE_NONVIRTUAL, SCOPE_OVERLOADED, SCOPE_PROTECTED } from './scope-bits.js';

/**
 * Method functions by name: a codeblock created in a method and evaluated
 * later (AEval ...) sends from "(b)NAME", and NAME tells the method.
 */
const methodFuncs = new Map<string, MsgEntry>();

export function registerMethodFunc(name: string, e: MsgEntry): void {
  if (!methodFuncs.has(name)) methodFuncs.set(name, e);
}

/** The message the frame `f` runs, if it is a method or a codeblock of one. */
export function frameEntry(f: Frame | undefined): MsgEntry | null {
  if (f === undefined) return null;
  if (f.method !== null) return f.method.entry;
  const name = f.proc.name;
  if (name.startsWith('(b)')) return methodFuncs.get(name.slice(3)) ?? null;
  return null;
}

/** The function a frame belongs to (a codeblock's is the one that made it). */
function frameFuncName(f: Frame | undefined): string {
  if (f === undefined) return '';
  const name = f.proc.name;
  return name.startsWith('(b)') ? name.slice(3) : name;
}

export function isFriend(cls: HbClass, funcName: string, file: string): boolean {
  return cls.friends.has(funcName) || (cls.friendModule !== null && cls.friendModule === file);
}

/**
 * The entry to run for `e` found in `cls` (the class dispatched on) when the
 * current frame sends it, or null for a scope violation.
 */
export function validScope(ctx: Thread, e: MsgEntry, cls: HbClass): MsgEntry | null {
  if (!(e.scope & SCOPE_CHECKED)) return e;
  const f = ctx.frames[ctx.sp];
  const sender = frameEntry(f);
  const sc = sender?.owner ?? null;
  if (sc === e.owner) return e;
  if (sc !== null) {
    if (e.scope & SCOPE_OVERLOADED && cls.hasParent(sc)) {
      const h = sc.lookup(e.message);
      if (h !== undefined && h.scope & SCOPE_NONVIRTUAL && h.owner === sc) return h;
    }
    const fn = sc.funcSym?.name ?? '';
    const file = sc.funcSym?.file ?? '';
    if (e.scope & SCOPE_HIDDEN) {
      if (!isFriend(e.owner, fn, file)) return null;
    } else if (e.scope & SCOPE_PROTECTED && !cls.hasParent(sc) && !sc.hasParent(cls) && !isFriend(e.owner, fn, file)
      && (cls === e.owner || !isFriend(cls, fn, file))) {
      return null;
    }
  } else if (e.scope & (SCOPE_HIDDEN | SCOPE_PROTECTED)) {
    const fn = frameFuncName(f);
    const file = f?.proc.file ?? '';
    if (!isFriend(e.owner, fn, file) && (e.scope & SCOPE_HIDDEN || !isFriend(cls, fn, file))) return null;
  }
  return e;
}
