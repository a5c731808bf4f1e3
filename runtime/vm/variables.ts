// Memvars and fields as compiled code reaches them: M->x, FIELD->x,
// alias->x, and undeclared names (a field of the current work area if it
// has one, otherwise a memvar), with Harbour's errors for missing ones.

import type { Thread } from './thread.js';
import type { VarSym } from './symbols.js';
import { HbRef, valType, type Value } from '../values/types.js';
import { launch, makeError } from '../errors/launch.js';
import { EF_CANRETRY } from '../errors/error.js';
import type { MemvarCell } from './memvars.js';

/** What the database layer provides to reach fields by name. */
/**
 * An alias written as a name in the source (cust->name, cust->( expr )):
 * unlike a name held in a string value, an unknown one is always an error.
 */
export class AliasName {
  constructor(readonly name: string) {}
}

/** The alias of a field reference: none (null), a source name, or a value (number, string, ...). */
export type AreaRef = AliasName | Value | null;

export interface FieldHost {
  /** Field `sym` of the current area: [true, value], or [false] when it has none. */
  tryGet(ctx: Thread, sym: VarSym): [boolean, Value?];
  /** FIELD->x (alias null) or alias->x: raises Harbour's errors when missing. */
  get(ctx: Thread, alias: AreaRef, sym: VarSym): Value;
  set(ctx: Thread, alias: AreaRef, sym: VarSym, v: Value): Value;
  /** alias->( expr ): select the alias's area; returns the area to go back to. */
  enterArea(ctx: Thread, alias: AreaRef): number;
  leaveArea(ctx: Thread, prev: number): void;
}

/** BASE/1003 "Variable does not exist", retryable: the cell once it exists. */
function missing(ctx: Thread, sym: VarSym): MemvarCell | undefined {
  for (;;) {
    const cell = ctx.memvars.get(sym);
    if (cell !== undefined) return cell;
    const retry = launch(ctx, makeError(ctx, { genCode: 14, subCode: 1003, operation: sym.name, flags: EF_CANRETRY }));
    if (!retry) return undefined;
  }
}

export function mvGet(ctx: Thread, sym: VarSym): Value {
  const cell = ctx.memvars.cells[sym.id];
  if (cell !== undefined) return cell.v;
  return missing(ctx, sym)?.v;
}

/** M->x := v: assigns the visible memvar, or creates a PRIVATE one. */
export function mvSet(ctx: Thread, sym: VarSym, v: Value): Value {
  const cell = ctx.memvars.cells[sym.id];
  if (cell !== undefined) cell.v = v;
  else ctx.memvars.declarePrivate(sym, v);
  return v;
}

export function mvRef(ctx: Thread, sym: VarSym): HbRef {
  if (ctx.memvars.cells[sym.id] === undefined) ctx.memvars.declarePrivate(sym, undefined);
  const cell = ctx.memvars.cells[sym.id]!;
  return new HbRef(() => cell.v, (v) => (cell.v = v));
}

/** PRIVATE x [:= v]: declared again in the same function without a value, x keeps its value. */
export function declPrivate(ctx: Thread, sym: VarSym, ...init: Value[]): void {
  if (init.length === 0) ctx.memvars.declarePrivateKeep(sym);
  else ctx.memvars.declarePrivate(sym, init[0]);
}

export function declPublic(ctx: Thread, sym: VarSym, v: Value, hasValue: boolean): void {
  ctx.memvars.declarePublic(sym, v, hasValue);
}

function fieldHost(ctx: Thread): FieldHost | null {
  return ctx.vm.fields;
}

/** An undeclared name: a field of the current area, else a memvar. */
export function varGet(ctx: Thread, sym: VarSym): Value {
  const host = fieldHost(ctx);
  if (host !== null) {
    const r = host.tryGet(ctx, sym);
    if (r[0]) return r[1];
  }
  return mvGet(ctx, sym);
}

/**
 * A plain name whose field read failed (`pending`: the BREAK or QUIT its
 * error handler left by, or null): as Harbour's VM does, the name is then
 * looked up as a memvar, and a missing one raises BASE/1003 before any
 * pending BREAK or QUIT goes on (a BREAK from that handler replaces it).
 */
export function fieldReadFailed(ctx: Thread, sym: VarSym, pending: unknown): Value {
  const cell = ctx.memvars.cells[sym.id];
  if (cell === undefined) {
    const retry = launch(ctx, makeError(ctx, { genCode: 14, subCode: 1003, operation: sym.name, flags: EF_CANRETRY }));
    if (retry) return varGet(ctx, sym);
  }
  if (pending !== null) throw pending;
  return cell?.v;
}


export function fieldGet(ctx: Thread, alias: AreaRef, sym: VarSym): Value {
  const host = fieldHost(ctx);
  if (host === null) return noTable(ctx, sym);
  return host.get(ctx, alias, sym);
}

export function fieldSet(ctx: Thread, alias: AreaRef, sym: VarSym, v: Value): Value {
  const host = fieldHost(ctx);
  if (host === null) {
    noTable(ctx, sym);
    return v;
  }
  return host.set(ctx, alias, sym, v);
}

/** alias->( expr ): `body` evaluated with the alias's area selected. */
export function inArea<T>(ctx: Thread, alias: AreaRef, body: () => T): T {
  const host = fieldHost(ctx);
  if (host === null) {
    noTable(ctx, undefined);
    return body();
  }
  const prev = host.enterArea(ctx, alias);
  try {
    return body();
  } finally {
    host.leaveArea(ctx, prev);
  }
}

/** inArea() for the code of a thread (whose body may wait). */
export function* inAreaG<T>(ctx: Thread, alias: AreaRef, body: () => Generator<unknown, T, unknown>): Generator<unknown, T, unknown> {
  const host = fieldHost(ctx);
  if (host === null) {
    noTable(ctx, undefined);
    return yield* body();
  }
  const prev = host.enterArea(ctx, alias);
  try {
    return yield* body();
  } finally {
    host.leaveArea(ctx, prev);
  }
}

/** A field reference with no database layer loaded: BASE/1003 like a missing variable. */
function noTable(ctx: Thread, sym: VarSym | undefined): Value {
  launch(ctx, makeError(ctx, { genCode: 14, subCode: 1003, operation: sym?.name ?? '', flags: EF_CANRETRY }));
  return undefined;
}

/**
 * ValType() of a value just read from a field (compiled code clears
 * ctx.memoRead before the read): "M" for the text of a memo field.
 */
export function valTypeRead(ctx: Thread, v: Value): string {
  return typeof v === 'string' && ctx.memoRead === v ? 'M' : valType(v);
}
