// The runtime library as the symbol table sees it: each std module exports
// `functions`, a map from upper-case PRG names to implementations.

import type { VM } from '../runtime/vm/vm.js';
import type { Fn, GenFn } from '../runtime/vm/symbols.js';
import { functions as console } from './console.js';
import { functions as screen } from './screen.js';
import { functions as menuTo } from './menuto.js';
import { functions as errors } from './errors.js';
import { functions as calls } from './calls.js';
import { functions as classes } from './classes.js';
import { functions as objects } from './objects.js';
import { functions as threads, generators as threadGenerators } from './threads.js';
import { functions as numeric } from './numeric.js';
import { functions as mathErrors } from './math-errors.js';
import { functions as ppApi } from './pp-api.js';
import { functions as persistent } from './persistent.js';
import { functions as bits } from './bits.js';
import { functions as dates } from './dates.js';
import { functions as times } from './times.js';
import { functions as set } from './set.js';
import { functions as types } from './types.js';
import { functions as arrays } from './arrays.js';
import { functions as asort } from './asort.js';
import { functions as hashes } from './hashes.js';
import { functions as valtoexp } from './valtoexp.js';
import { functions as json } from './json.js';
import { functions as serialize } from './serialize.js';
import { functions as strings } from './strings-lib.js';
import { functions as files } from './files.js';
import { functions as filesDir } from './files-dir.js';
import { functions as filesName } from './files-name.js';
import { functions as filesMemo } from './files-memo.js';
import { functions as filesVf } from './files-vf.js';
import { functions as filesCmds } from './files-cmds.js';
import { functions as filesPath } from './files-path.js';
import { functions as memvars } from './memvars.js';
import { functions as memfile } from './memfile.js';
import { functions as hbvFile } from './hbvfile.js';
import { functions as symbolClass } from './symbol-class.js';
import { functions as env } from './env.js';
import { functions as keyboard } from './keyboard.js';
import { functions as lang } from './lang.js';
import { functions as compat } from './compat.js';
import { functions as dbfuncs, installDb } from './dbfuncs.js';
import { functions as getsys } from './getsys.js';
import { functions as tbcolumn } from './tbcolumn.js';
import { functions as tbrowse } from './tbrowse.js';
import { functions as mouse } from './get-mouse.js';
import { functions as getColors } from './getsys-colors.js';
import { functions as headerSupport } from './header-support.js';
import { functions as dbDetach, generators as dbDetachGenerators } from './dbdetach.js';
import { functions as dbBlob } from './dbblob.js';
import { functions as dbUtil } from './dbutil.js';
import { functions as dbReport } from './dbreport.js';
import { functions as dbLabel } from './dblabel.js';
import { functions as dbSix } from './dbsix.js';
import { functions as ini } from './ini.js';
import { functions as zlib } from './zlib.js';
import { functions as random } from './random.js';
import { functions as strExtra } from './str-extra.js';
import { functions as blowfish } from './crypto-bf.js';
import { functions as md5Crypt } from './crypto-md5.js';
import { functions as gzFile } from './zlib-gzfile.js';
import { functions as hbProcess } from './process.js';
import { functions as filesExtra } from './files-extra.js';
import { functions as filesLock } from './files-lock.js';
import { functions as filesVfExtra } from './files-vf-extra.js';
import { functions as filesScan } from './files-scan.js';
import { functions as objVars } from './objvars.js';
import { functions as vmExtra } from './vm-extra.js';
import { functions as dynSym } from './dynsym.js';
import { functions as envExtra } from './env-extra.js';
import { functions as achoice } from './achoice.js';
import { functions as dbEdit } from './dbedit.js';
import { functions as browse } from './browse.js';
import { functions as gtInfo } from './gtinfo.js';
import { functions as mlEval } from './str-mleval.js';
import { functions as gtCodepage } from './gt-codepage.js';
import { installAliases } from './aliases.js';
import { functions as screenExtra } from './screen-extra.js';
import { functions as keysExtra } from './keys-extra.js';

export type StdModule = Record<string, Fn>;

const MODULES: StdModule[] = [console, screen, menuTo, errors, calls, threads, numeric, mathErrors, ppApi, persistent, bits, dates, times, set, types, arrays, asort, hashes, valtoexp, json, serialize, strings, files, filesDir, filesName, filesMemo, filesVf, filesCmds, filesPath, memvars, memfile, hbvFile, symbolClass, env, keyboard, lang, compat, classes, objects, dbfuncs, getsys, tbcolumn, tbrowse, mouse, getColors, headerSupport, dbDetach, dbBlob, ini, dbUtil, dbReport, dbLabel, dbSix, zlib, random, strExtra, blowfish, md5Crypt, gzFile, hbProcess, filesExtra, filesLock, filesVfExtra, filesScan, objVars, vmExtra, dynSym, envExtra, achoice, dbEdit, browse, gtInfo, gtCodepage, mlEval, screenExtra, keysExtra];

/** Generator twins of the functions that can wait (threads run these). */
const GENERATORS: Array<Record<string, GenFn>> = [threadGenerators, dbDetachGenerators];

export function registerStd(vm: VM): void {
  for (const m of MODULES) for (const name in m) vm.syms.define(name, m[name]);
  installDb(vm);
  for (const g of GENERATORS) for (const name in g) vm.syms.func(name).g = g[name];
  installAliases(vm);
}
