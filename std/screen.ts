// SaveScreen/RestScreen and the SAVE SCREEN / RESTORE SCREEN commands
// (__XSaveScreen/__XRestScreen): regions of the terminal's screen buffer as
// text of character and attribute pairs.

import type { Thread } from '../runtime/vm/thread.js';
import { HbNum, type Value } from '../runtime/values/types.js';
import type { StdModule } from './registry.js';
import { deref, isNum } from './param.js';

/** A C int argument (hb_parni): truncated; 0 for a non-number. */
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) | 0 : 0);

/** One side of a region: `from` (0 when missing) to `to` (the edge when missing), within 0..max, low first. */
function range(fromArg: Value, toArg: Value, max: number): [number, number] {
  const clamp = (v: number) => (v < 0 ? 0 : v > max ? max : v);
  const from = clamp(int(deref(fromArg)));
  const to = isNum(deref(toArg)) ? clamp(int(deref(toArg))) : max;
  return from > to ? [to, from] : [from, to];
}

/** The region the first four arguments name. */
function region(ctx: Thread, args: Value[]): [number, number, number, number] {
  const c = ctx.vm.console;
  const [top, bottom] = range(args[0], args[2], c.maxRow);
  const [left, right] = range(args[1], args[3], c.maxCol);
  return [top, left, bottom, right];
}

/** What SAVE SCREEN keeps for RESTORE SCREEN: the cursor and the whole screen. */
interface Saved { row: number; col: number; cells: string }
const savedScreens = new WeakMap<Thread, Saved>();

export const functions: StdModule = {
  SAVESCREEN(ctx, ...args) {
    const [top, left, bottom, right] = region(ctx, args);
    return ctx.vm.console.screen.save(top, left, bottom, right);
  },
  RESTSCREEN(ctx, ...args) {
    const cells = deref(args[4]);
    if (typeof cells !== 'string') return undefined;
    const [top, left, bottom, right] = region(ctx, args);
    ctx.vm.console.screen.restore(top, left, bottom, right, cells);
    return undefined;
  },
  __XSAVESCREEN(ctx) {
    const c = ctx.vm.console;
    savedScreens.set(ctx, { row: c.row, col: c.col, cells: c.screen.save(0, 0, c.maxRow, c.maxCol) });
    return undefined;
  },
  __XRESTSCREEN(ctx) {
    const saved = savedScreens.get(ctx);
    if (saved === undefined) return undefined;
    const c = ctx.vm.console;
    c.screen.restore(0, 0, c.maxRow, c.maxCol, saved.cells);
    savedScreens.delete(ctx);
    c.setPos(saved.row, saved.col);
    return undefined;
  },
};
