// A module -> the source of one JavaScript function `(rt) => linkage`.
// Each PRG function becomes a JS function `(ctx, ...params)`; module and
// function STATICs become variables of the module closure, initialised once
// when the module is loaded.

import type { FuncDecl, Module, Stmt } from '../ast.js';
import { CompileError, type Diagnostic, errorCode } from '../diagnostics.js';
import { walkExpr, walkStmts } from '../walk.js';
import { FnCtx, ModuleGen, mangle } from './context.js';
import { ARG_READERS, ExprGen, genName } from './expr.js';
import { Scope, jsLocal } from './scope.js';
import { StmtGen } from './stmt.js';
import { RC_NAMES, RUNTIME_NAMES } from './runtime-names.js';
import { defaultSwitches, type Switches } from '../switches.js';
import { reduceFunction, reduceStmts, type SwitchesAt } from '../reduce.js';
import { redefinedReserved } from './funcid.js';
import { ASSIGN_OP_MARK, namesAssignOperator } from './assignop.js';


export interface Generated {
  js: string;
  diagnostics: Diagnostic[];
}

/** `at` gives the switches of each line (#pragma) for the reduction of expressions. */
export function generateModule(mod: Module, switches: Switches = defaultSwitches(), at: SwitchesAt = () => switches,
  counting = false, assignOps = false): Generated {
  const g = new ModuleGen(mod.file, switches, false, counting, null, assignOps);
  const diagnostics: Diagnostic[] = [];
  const fileScope = new Scope(null);

  for (const f of mod.funcs) {
    if (g.localFuncs.has(f.name)) {
      diagnostics.push(diag(mod.file, f.line, 2, f.name));
      continue;
    }
    g.localFuncs.set(f.name, 'f_' + mangle(f.name));
  }
  const reduceErrors: CompileError[] = [];
  reduceStmts(mod.fileDecls, at, reduceErrors);
  for (const e of reduceErrors) diagnostics.push(diag(mod.file, e.line, e.code, ...e.args));
  try {
    declareAll(mod.fileDecls, fileScope, g);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    diagnostics.push(diag(mod.file, e.line, e.code, ...e.args));
  }

  const bodies: string[] = [];
  const seen = new Set<string>();
  for (const f of mod.funcs) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    // (INIT and EXIT procedures are named NAME$)
    const reserved = f.special === null ? redefinedReserved(f.name) : undefined;
    if (reserved !== undefined) diagnostics.push(diag(mod.file, f.line, 8, reserved, f.name));
    const errors = reduceFunction(f, at);
    try {
      bodies.push(genFunction(g, f, fileScope));
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      errors.push(e);
    }
    // in the order of their lines, as Harbour finds them, and as Harbour
    // one per statement
    errors.push(...g.reported.splice(0));
    errors.sort((a, b) => (a.line || f.line) - (b.line || f.line));
    let last = -1;
    for (const e of errors) {
      const line = e.line || f.line;
      if (line !== last) diagnostics.push(diag(mod.file, line, e.code, ...e.args));
      last = line;
    }
  }

  const out: string[] = [];
  out.push(`const { ${RUNTIME_NAMES.join(', ')} } = rt.api;`);
  if (counting) out.push(`const { ${RC_NAMES.join(', ')} } = rt.rc;`);
  else if (declaresDestructor(mod)) out.push(DESTRUCTOR_MARK);
  if (!assignOps && namesAssignOperator(mod)) out.push(ASSIGN_OP_MARK);
  out.push(...g.header);
  if (g.statics.length) out.push(`let ${g.statics.map((s) => s.js).join(', ')};`);
  out.push(...bodies);
  const funcs = [...seen].map((n) => {
    const f = mod.funcs.find((x) => x.name === n)!;
    const js = g.localFuncs.get(n)!;
    return `[${JSON.stringify(n)}, ${js}, ${genName(js)}, ${f.isStatic}, ${JSON.stringify(f.special)}]`;
  });
  const inits = g.statics.filter((s) => s.init !== 'undefined' || s.thread)
    .map((s) => (s.thread ? `${s.js} = rt.threadStatic(() => ${s.init});`
      : counting ? `${s.js} = ${s.init}; rcInc(ctx, ${s.js});` : `${s.js} = ${s.init};`));
  out.push(`return { functions: [${funcs.join(', ')}], initStatics(ctx) { ${inits.join(' ')} } };`);
  return { js: out.join('\n'), diagnostics };
}

/**
 * The line a module's code starts with when it declares a destructor (a
 * DESTRUCTOR of hbclass.ch, or __clsAddMsg() with HB_OO_MSG_DESTRUCTOR):
 * the program is then compiled again in counting mode.
 */
export const DESTRUCTOR_MARK = '// hbts: declares a destructor';

/** HB_OO_MSG_DESTRUCTOR, the message type of __clsAddMsg() */
const MSG_DESTRUCTOR = 13;

function declaresDestructor(mod: Module): boolean {
  let found = false;
  const visit = (e: Parameters<Parameters<typeof walkStmts>[2]>[0]) => {
    if (e.k !== 'call') return;
    if (e.name === '__HBTSCLSDESTRUCTOR') found = true;
    const t = e.args[3];
    if (e.name === '__CLSADDMSG' && t !== undefined && t !== null && t.k === 'num' && Number(t.text) === MSG_DESTRUCTOR) found = true;
  };
  walkStmts(mod.fileDecls, () => undefined, visit);
  for (const f of mod.funcs) walkStmts(f.body, () => undefined, visit);
  return found;
}

function diag(file: string, line: number, code: number, ...args: string[]): Diagnostic {
  return { file, line, severity: 'error', code: errorCode(code), message: new CompileError(code, line, args).message };
}

/** Declarations in `stmts` (at any depth) bound into `scope`; a name declared twice is E0003. */
function declareAll(stmts: Stmt[], scope: Scope, g: ModuleGen, formalParams = false): void {
  const once = (name: string, line: number): void => {
    if (scope.has(name)) throw new CompileError(3, line, [name.toUpperCase()]);
  };
  walkStmts(stmts, (s) => {
    switch (s.k) {
      case 'local':
        for (const v of s.vars) {
          once(v.name, s.line);
          scope.declare(v.name, { kind: 'local', js: jsLocal(v.name), refParam: false });
        }
        break;
      case 'static':
        for (const v of s.vars) {
          once(v.name, s.line);
          const js = g.id('S_' + mangle(v.name) + '_');
          scope.declare(v.name, { kind: 'static', js, thread: s.thread });
          const init = v.dims
            ? `arrayDims(ctx, [${v.dims.map((d) => staticInit(g, scope, d)).join(', ')}])`
            : v.init ? staticInit(g, scope, v.init) : 'undefined';
          g.statics.push({ js, init, thread: s.thread });
        }
        break;
      // PRIVATE and PUBLIC declare nothing: they create memvars at run time,
      // and a name they create still reads a field of that name first
      case 'memvar':
      case 'parameters':
        if (s.k === 'parameters' && formalParams) throw new CompileError(24, s.line);
        for (const n of s.names) {
          once(n, s.line);
          scope.declare(n, { kind: 'memvar' });
        }
        break;
      case 'field':
        for (const n of s.names) {
          once(n, s.line);
          scope.declare(n, { kind: 'field', alias: s.alias });
        }
        break;
      // a PRIVATE or PUBLIC may name a MEMVAR of the function, not another declared variable
      case 'private':
      case 'public':
        for (const v of s.vars) {
          if (v.macro === undefined && scope.has(v.name) && scope.resolve(v.name).kind !== 'memvar') {
            throw new CompileError(3, s.line, [v.name.toUpperCase()]);
          }
        }
        break;
    }
  }, () => undefined);
}

/** JS names of the variables codeblocks in `body` use (counting mode keeps them at return). */
function blockNames(body: Stmt[]): Set<string> {
  const names = new Set<string>();
  const inBlock = (e: Parameters<Parameters<typeof walkStmts>[2]>[0]) => {
    if (e.k === 'var') names.add(jsLocal(e.name));
    if (e.k === 'macro') for (const p of e.parts) if ('var' in p) names.add(jsLocal(p.var));
  };
  walkStmts(body, () => undefined, (e) => {
    if (e.k === 'block') for (const b of e.body) walkExpr(b, inBlock);
  });
  return names;
}

/** A STATIC initialiser: evaluated once at load, outside any function. */
function staticInit(g: ModuleGen, scope: Scope, e: Parameters<ExprGen['gen']>[0]): string {
  const fc = new FnCtx(g, scope, 'fs', '(STATIC)', null);
  const code = new ExprGen(fc).gen(e);
  return fc.temps.length ? `(() => { let ${fc.temps.join(', ')}; return ${code}; })()` : code;
}

/** A PRG function as two JS functions: the plain one and its generator twin. */
function genFunction(g: ModuleGen, f: FuncDecl, fileScope: Scope): string {
  const scope = new Scope(fileScope);
  for (const p of f.params) scope.declare(p, { kind: 'local', js: jsLocal(p), refParam: true });
  declareAll(f.body, scope, g, f.params.length > 0);

  let keepArgs = f.varargs;
  let usesSelf = false;
  let hasBlocks = false;
  walkStmts(f.body, (s) => {
    if (s.k === 'parameters') keepArgs = true;
  }, (e) => {
    if ((e.k === 'call' && ARG_READERS.has(e.name)) || e.k === 'macro' || e.k === 'macroCall' || e.k === 'varargs') keepArgs = true;
    if (e.k === 'self') usesSelf = true;
    if (e.k === 'block') hasBlocks = true;
  });
  const captureMethod = usesSelf && hasBlocks;
  const locals = new Set<string>();
  walkStmts(f.body, (s) => {
    if (s.k === 'local') for (const v of s.vars) locals.add(jsLocal(v.name));
  }, () => undefined);
  for (const p of f.params) locals.delete(jsLocal(p));
  const captured = g.counting ? blockNames(f.body) : new Set<string>();

  const js = g.localFuncs.get(f.name)!;
  return [false, true].map((gen) => {
    // INIT and EXIT procedures are called NAME$ (ProcName(), the call stack)
    const procName = f.special !== null ? f.name + '$' : f.name;
    const fc = new FnCtx(g, scope, 'fr', procName, null, gen);
    fc.nParams = f.params.length;
    if (captureMethod) fc.methodVar = 'fm';
    const sg = new StmtGen(fc);
    for (const s of f.body) sg.stmt(s);

    const params = f.params.map(jsLocal);
    const head: string[] = [];
    let sig: string;
    if (keepArgs) {
      sig = '(ctx, ...args)';
      if (params.length) head.push(`let ${params.map((p, i) => `${p} = args[${i}]`).join(', ')};`);
    } else {
      sig = `(ctx${params.map((p) => ', ' + p).join('')})`;
    }
    const decl = [...locals, ...fc.temps];
    if (decl.length) head.push(`let ${decl.join(', ')};`);
    const rcIn = g.counting ? ' else rcInc(ctx, ' : '';
    for (const p of params) head.push(`let r_${p}; if (${p} instanceof Ref) { r_${p} = ${p}; ${p} = ${p}.get(); }${rcIn && rcIn + p + ');'}`);
    head.push(`const fr = ctx.enter(${g.proc(procName)});`);
    if (keepArgs) head.push('fr.args = args;');
    if (captureMethod) head.push('const fm = fr.method;');
    const name = gen ? `function* ${genName(js)}` : `function ${js}`;
    if (g.counting) {
      // counting mode: on any way out, locals go (last first), then parameters and Self leave
      // for temporaries, then the frame and its PRIVATEs; locals a codeblock uses stay to the end (refcount.ts)
      head.push('const rcF = ctx.sp, rcS = fr.self; rcInc(ctx, rcS);');
      const out: string[] = [];
      for (const l of [...locals].reverse()) out.push(captured.has(l) ? `rcDetach(ctx, ${l});` : `rcDec(ctx, ${l});`);
      for (const p of [...params].reverse()) {
        out.push(`if (r_${p} === undefined) ${captured.has(p) ? 'rcDetach' : 'rcDrop'}(ctx, ${p});`);
      }
      out.push('rcDrop(ctx, rcS); ctx.unwind(rcF - 1);');
      return `${name}${sig} {\n  ${head.join('\n  ')}\n  try {\n${sg.out.join('\n')}\n  } finally { ${out.join(' ')} }\n}`;
    }
    return `${name}${sig} {\n  ${head.join('\n  ')}\n${sg.out.join('\n')}\n  ctx.leave(fr);\n}`;
  }).join('\n');
}
