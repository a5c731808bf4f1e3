// The database functions of the runtime library as one module, and the
// database layer's hook into the VM (fields of compiled code).

import type { VM } from '../runtime/vm/vm.js';
import type { StdModule } from './registry.js';
import '../rdd/drivers.js';
import { RddFieldHost } from '../rdd/fieldhost.js';
import { functions as area } from './dbarea.js';
import { functions as nav } from './dbnav.js';
import { functions as field } from './dbfield.js';
import { functions as scope } from './dbscope.js';
import { functions as ord } from './ordfuncs.js';
import { functions as dbinfo } from './dbinfo.js';
import { functions as trans } from './dbtrans.js';

export const functions: StdModule = { ...area, ...nav, ...field, ...scope, ...ord, ...dbinfo, ...trans };

/** Connect the database layer to a VM: compiled code reaches fields through it. */
export function installDb(vm: VM): void {
  vm.fields = new RddFieldHost();
}
