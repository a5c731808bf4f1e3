// The runtime library as the symbol table sees it: each std module exports
// `functions`, a map from upper-case PRG names to implementations.

import type { VM } from '../runtime/vm/vm.js';
import type { Fn } from '../runtime/vm/symbols.js';
import { functions as console } from './console.js';
import { functions as errors } from './errors.js';
import { functions as calls } from './calls.js';

export type StdModule = Record<string, Fn>;

const MODULES: StdModule[] = [console, errors, calls];

export function registerStd(vm: VM): void {
  for (const m of MODULES) for (const name in m) vm.syms.define(name, m[name]);
}
