// The moments the launcher (runtime/launch.cts) writes V8's code cache of
// the runtime bundle at: a program loaded from the compile cache starting,
// and the first table a program opens (the database layer's code, compiled
// on that first use, then goes into the cache written when the run ends).
// The launcher leaves functions on globalThis; without it they are absent.

type Hooks = Record<symbol, (() => void) | undefined>;

const PROGRAM_START = Symbol.for('hbts.programStart');
const DATABASE_USED = Symbol.for('hbts.databaseUsed');

/** A program loaded from the compile cache is about to start; called once. */
export function programStarts(): void {
  fire(PROGRAM_START);
}

/** The first table of the run is being opened or created. */
export function databaseUsed(): void {
  fire(DATABASE_USED);
}

function fire(key: symbol): void {
  const g = globalThis as Hooks;
  const hook = g[key];
  if (hook === undefined) return;
  g[key] = undefined;
  hook();
}
