// What a compiled module links against: the runtime API and the factories
// for the symbols and constants its prologue creates once at load time.

import type { VM } from './vm.js';
import { api } from './api.js';
import { rcApi } from './refcount-api.js';
import { FuncSym, type Fn, type GenFn, type VarSym } from './symbols.js';
import type { ProcInfo } from './frame.js';
import { HbSymbol, type Value } from '../values/types.js';
import { literalIntWidth, mkNum, numLiteral } from '../values/number.js';
import { dateLiteral, timestampLiteral } from '../values/literals.js';
import { ThreadStatic } from './control.js';
import { AliasName } from './variables.js';
import { MacroSite } from './macro.js';
import type { Message } from '../classes/send.js';

export interface Linkage {
  api: typeof api;
  /** what code compiled in counting mode calls besides (refcount-api.ts) */
  rc: typeof rcApi;
  func(name: string): FuncSym;
  varsym(name: string): VarSym;
  msg(name: string): Message;
  proc(name: string, file: string): ProcInfo;
  /** the procedure of a codeblock a macro makes: the function that compiled the macro, as "(b)NAME" */
  blockProc(creator: ProcInfo | undefined): ProcInfo;
  num(text: string): Value;
  /** a folded numeric constant: value, integer?, width (0 = default), decimals */
  numc(v: number, isLong: boolean, len: number, dec: number): Value;
  date(text: string, literal: boolean): Value;
  timestamp(text: string): Value;
  symval(sym: FuncSym): HbSymbol;
  /** @F() of a function of the module itself (STATIC functions have no global symbol) */
  localSym(name: string, file: string, fns: () => [Fn, GenFn]): HbSymbol;
  threadStatic(init: () => Value): ThreadStatic;
  aliasName(name: string): AliasName;
  macroSite(): MacroSite;
}

export function makeLinkage(vm: VM): Linkage {
  return {
    api,
    rc: rcApi,
    func: (name) => vm.syms.func(name),
    varsym: (name) => vm.syms.variable(name),
    msg: (name) => vm.newMessage(name),
    proc: (name, file) => ({ name, file }),
    blockProc,
    num: numLiteral,
    numc: (v, isLong, len, dec) => mkNum(v, isLong ? literalIntWidth(v) : len, dec),
    date: dateLiteral,
    timestamp: timestampLiteral,
    symval: (sym) => new HbSymbol(sym),
    localSym: (name, file, fns) => {
      const [fn, g] = fns();
      const sym = new FuncSym(name, fn);
      sym.g = g;
      sym.file = file;
      sym.defined = true;
      return new HbSymbol(sym);
    },
    threadStatic: (init) => new ThreadStatic(init),
    aliasName: (name) => new AliasName(name),
    macroSite: () => new MacroSite(),
  };
}

const blockProcs = new WeakMap<ProcInfo, ProcInfo>();

const NO_CREATOR: ProcInfo = { name: '', file: '' };

function blockProc(creator: ProcInfo = NO_CREATOR): ProcInfo {
  let p = blockProcs.get(creator);
  if (p === undefined) {
    p = { name: '(b)' + creator.name.replace(/^\(b\)/, ''), file: creator.file };
    blockProcs.set(creator, p);
  }
  return p;
}
