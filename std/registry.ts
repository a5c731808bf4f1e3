// The runtime library as the symbol table sees it: each std module exports
// `functions`, a map from upper-case PRG names to implementations.

import type { VM } from '../runtime/vm/vm.js';
import type { Fn, GenFn } from '../runtime/vm/symbols.js';
import { functions as console } from './console.js';
import { functions as errors } from './errors.js';
import { functions as calls } from './calls.js';
import { functions as threads, generators as threadGenerators } from './threads.js';
import { functions as numeric } from './numeric.js';
import { functions as bits } from './bits.js';
import { functions as dates } from './dates.js';
import { functions as times } from './times.js';
import { functions as set } from './set.js';

export type StdModule = Record<string, Fn>;

const MODULES: StdModule[] = [console, errors, calls, threads, numeric, bits, dates, times, set];

/** Generator twins of the functions that can wait (threads run these). */
const GENERATORS: Array<Record<string, GenFn>> = [threadGenerators];

export function registerStd(vm: VM): void {
  for (const m of MODULES) for (const name in m) vm.syms.define(name, m[name]);
  for (const g of GENERATORS) for (const name in g) vm.syms.func(name).g = g[name];
}
