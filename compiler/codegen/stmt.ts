// Statements -> JavaScript statements. Control structures map onto JS
// control flow with labels (so EXIT/LOOP reach the right loop through a
// SWITCH); BEGIN SEQUENCE is try/catch on the runtime's BreakSignal.

import type { Expr, Stmt } from '../ast.js';
import { CompileError } from '../diagnostics.js';
import { FnCtx } from './context.js';
import { ExprGen, plainInt } from './expr.js';

export class StmtGen {
  readonly x: ExprGen;
  readonly out: string[] = [];
  private depth = 1;

  constructor(readonly fc: FnCtx) {
    this.x = new ExprGen(fc);
  }

  private emit(s: string): void {
    this.out.push('  '.repeat(this.depth) + s);
  }

  private line(n: number): void {
    if (n > 0 && n !== this.fc.lastLine) {
      this.emit(`${this.fc.frame}.line = ${n};`);
      this.fc.lastLine = n;
    }
  }

  /** A nested statement list; line tracking restarts inside it. */
  block(stmts: Stmt[]): void {
    this.depth++;
    this.fc.lastLine = -1;
    for (const s of stmts) this.stmt(s);
    this.depth--;
    this.fc.lastLine = -1;
  }

  stmt(s: Stmt): void {
    const mod = this.fc.mod;
    const outer = mod.stmtLine;
    mod.stmtLine = s.line;
    try {
      this.stmtBody(s);
      mod.stmtLine = outer;
      // counting mode: what only this statement's temporaries held goes now
      if (this.fc.mod.counting && TICKS.has(s.k)) this.emit('rcTick(ctx);');
    } catch (e) {
      // errors found while generating an expression carry no line of their own
      if (e instanceof CompileError && e.line === 0) throw new CompileError(e.code, s.line, e.args);
      throw e;
    }
  }

  private stmtBody(s: Stmt): void {
    switch (s.k) {
      case 'expr':
        this.line(s.line);
        if (this.fc.mod.counting) this.fc.discard = true;
        this.emit(this.x.gen(s.e) + ';');
        return;
      case 'local':
        for (const v of s.vars) {
          const init = v.dims ? `arrayDims(ctx, [${v.dims.map((d) => this.x.gen(d)).join(', ')}])` : v.init ? this.x.gen(v.init) : null;
          if (init !== null) {
            this.line(v.line);
            this.emit(this.x.gen({ k: 'assign', op: ':=', target: { k: 'var', name: v.name }, value: { k: 'js', code: init } }) + ';');
          }
        }
        return;
      case 'static':
      case 'memvar':
      case 'field':
      case 'request':
        return; // compile-time only (statics are initialised at load)
      case 'private':
      case 'public':
        this.line(s.line);
        for (const v of s.vars) {
          const fn = s.k === 'private' ? 'declPrivate' : 'declPublic';
          const sym = v.macro ? `macroVar(ctx, ${this.x.macroText(v.macro)})` : this.fc.mod.varsym(v.name);
          const init = v.dims ? `arrayDims(ctx, [${v.dims.map((d) => this.x.gen(d)).join(', ')}])` : v.init ? this.x.gen(v.init) : null;
          if (s.k === 'private') this.emit(`${fn}(ctx, ${sym}${init !== null ? ', ' + init : ''});`);
          else this.emit(`${fn}(ctx, ${sym}, ${init !== null ? init : 'undefined'}, ${init !== null});`);
        }
        return;
      case 'parameters':
        this.line(s.line);
        s.names.forEach((n, i) => this.emit(`declPrivate(ctx, ${this.fc.mod.varsym(n)}, ${this.fc.frame}.args[${i}]);`));
        return;
      case 'if': {
        this.line(s.line);
        s.arms.forEach((arm, i) => {
          const c = this.x.cond(arm.cond);
          if (i === 0) this.emit(`if (${c}) {`);
          else this.emit(`} else if (${this.lineExpr(arm.cond)}${c}) {`);
          this.block(arm.body);
        });
        if (s.else) {
          this.emit('} else {');
          this.block(s.else);
        }
        this.emit('}');
        return;
      }
      case 'case': {
        let first = true;
        for (const arm of s.arms) {
          const c = this.x.cond(arm.cond);
          if (first) {
            this.line(lineOf(arm.cond, s.line));
            this.emit(`if (${c}) {`);
          } else {
            this.emit(`} else if (${this.lineExpr(arm.cond)}${c}) {`);
          }
          first = false;
          this.block(arm.body);
        }
        if (s.otherwise) {
          if (first) {
            this.emit('{');
          } else {
            this.emit('} else {');
          }
          this.block(s.otherwise);
          this.emit('}');
        } else if (!first) {
          this.emit('}');
        }
        return;
      }
      case 'while': {
        const label = this.fc.mod.id('L');
        this.emit(`${label}: while ((${this.fc.frame}.line = ${s.line}, ${this.x.cond(s.cond)})) {`);
        this.loopBody(label, s.body);
        return;
      }
      case 'for':
        this.forLoop(s);
        return;
      case 'foreach':
        this.forEach(s);
        return;
      case 'loop': {
        const l = [...this.fc.labels].reverse().find((x) => x.kind === 'loop');
        if (!l) throw new CompileError(18, s.line, ['LOOP']);
        this.emit(`continue ${l.label};`);
        return;
      }
      case 'exit': {
        const l = this.fc.labels.at(-1);
        if (!l) throw new CompileError(18, s.line, ['EXIT']);
        this.emit(`break ${l.label};`);
        return;
      }
      case 'switch':
        this.switchStmt(s);
        return;
      case 'seq':
        this.sequence(s);
        return;
      case 'break':
        this.line(s.line);
        this.emit(`doBreak(ctx, ${s.e ? this.x.gen(s.e) : 'undefined'});`);
        return;
      case 'return':
        this.line(s.line);
        if (this.fc.mod.counting) {
          // the frame's finally releases the locals (see module.ts)
          this.emit(s.e ? `{ const r = ${this.x.gen(s.e)}; rcRet(ctx, r); return r; }` : 'return undefined;');
        } else if (s.e) {
          this.emit(`{ const r = ${this.x.gen(s.e)}; ctx.leave(${this.fc.frame}); return r; }`);
        } else {
          this.emit(`{ ctx.leave(${this.fc.frame}); return undefined; }`);
        }
        return;
      case 'do': {
        this.line(s.line);
        const args = this.x.args(s.args);
        if (typeof s.name === 'string') {
          if (this.fc.mod.counting) this.fc.discard = true;
          this.emit(this.x.gen({ k: 'call', name: s.name, args: s.args }) + ';');
        } else {
          this.emit(`macroCall(ctx, ${this.x.macroText(s.name)}, [${args}]);`);
        }
        return;
      }
      case 'with': {
        this.line(s.line);
        const w = this.fc.mod.id('w');
        this.emit(`{ const ${w} = ${this.x.gen(s.obj)};`);
        // counting mode: the object is held until ENDWITH
        if (this.fc.mod.counting) this.emit(`rcInc(ctx, ${w}); try {`);
        this.fc.withObjs.push(w);
        this.block(s.body);
        this.fc.withObjs.pop();
        if (this.fc.mod.counting) this.emit(`} finally { rcDrop(ctx, ${w}); }`);
        this.emit('}');
        return;
      }
    }
  }

  /** Set the frame line inside a condition that is evaluated on its own. */
  private lineExpr(e: Expr): string {
    const n = lineOf(e, 0);
    return n > 0 ? `(${this.fc.frame}.line = ${n}, true) && ` : '';
  }

  private loopBody(label: string, body: Stmt[]): void {
    this.fc.labels.push({ kind: 'loop', label });
    // a back edge: where another thread may get its turn
    this.emit(this.fc.gen ? '  if (--ctx.budget < 0) yield 0;' : '  if (--ctx.budget < 0) ctx.preempt();');
    this.block(body);
    this.fc.labels.pop();
    this.emit('}');
  }

  /**
   * FOR v := start TO end [STEP step]: the limit (and step) are evaluated on
   * every test, as Harbour does; without STEP (or with a constant step) the
   * test is a plain comparison.
   */
  private forLoop(s: Extract<Stmt, { k: 'for' }>): void {
    const label = this.fc.mod.id('L');
    const fr = this.fc.frame;
    const v = s.v;
    const read = this.x.gen(v);
    const assign = (val: Expr) => this.x.gen({ k: 'assign', op: ':=', target: v, value: val });
    const incr = s.step === null
      ? this.x.gen({ k: 'incdec', e: v, inc: true, post: false })
      : assign({ k: 'bin', op: '+', l: v, r: s.step });
    let test: string;
    const sign = constSign(s.step);
    if (sign !== 0) test = `!${this.x.gen({ k: 'bin', op: sign > 0 ? '>' : '<', l: v, r: s.end })}`;
    else test = `forTest(ctx, ${read}, ${this.x.gen(s.end)}, ${this.x.gen(s.step!)})`;
    this.line(s.line);
    this.emit(`${label}: for (${assign(s.start)}; (${fr}.line = ${s.line}, ${test}); ${fr}.line = ${s.line}, ${incr}) {`);
    this.loopBody(label, s.body);
  }

  /** FOR EACH: one run-time enumerator per variable; the variable writes through to its base. */
  private forEach(s: Extract<Stmt, { k: 'foreach' }>): void {
    const label = this.fc.mod.id('L');
    const fr = this.fc.frame;
    this.line(s.line);
    const states: string[] = [];
    const names: string[] = [];
    s.vars.forEach((v, i) => {
      if (v.k !== 'var') throw new CompileError(30, s.line, ['syntax error', 'FOR EACH']);
      const st = this.fc.mod.id('e');
      states.push(st);
      names.push(v.name);
      this.emit(`const ${st} = enumStart(ctx, ${this.x.gen(s.bases[i])}, ${s.descend}, ${this.x.readVar(v.name)});`);
      // counting mode: the base is held while the loop runs
      if (this.fc.mod.counting) this.emit(`rcInc(ctx, ${st}.base); rcInc(ctx, ${st}.saved);`);
    });
    const advance = states.map((st) => `enumNext(ctx, ${st})`).join(' && ');
    this.emit(`try {`);
    this.emit(`${label}: while ((${fr}.line = ${s.line}, ${advance})) {`);
    names.forEach((n, i) => {
      this.fc.enums.delete(n);
      this.emit(`  ${this.assignNoEnum(n, `${states[i]}.value`)};`);
      this.fc.enums.set(n, { state: states[i] });
    });
    this.loopBody(label, s.body);
    // an object base hears of the loop's end, unless BREAK or an error ends it
    const ex = this.fc.mod.id('ex');
    this.emit(`} catch (${ex}) {`);
    for (const st of states) this.emit(`  ${st}.aborted = true;`);
    this.emit(`  throw ${ex};`);
    this.emit('} finally {');
    names.forEach((n, i) => {
      this.fc.enums.delete(n);
      this.emit(`  ${this.assignNoEnum(n, `${states[i]}.saved`)};`);
      if (this.fc.mod.counting) this.emit(`  rcDrop(ctx, ${states[i]}.saved); rcDrop(ctx, ${states[i]}.base);`);
    });
    for (const st of states) this.emit(`  enumStop(ctx, ${st});`);
    this.emit('}');
  }

  private assignNoEnum(name: string, value: string): string {
    return this.x.gen({ k: 'assign', op: ':=', target: { k: 'var', name }, value: { k: 'js', code: value } });
  }

  /** SWITCH: a JS switch on the normalised value; EXIT leaves it, cases fall through. */
  private switchStmt(s: Extract<Stmt, { k: 'switch' }>): void {
    const label = this.fc.mod.id('L');
    this.line(s.line);
    this.emit(`${label}: switch (swKey(ctx, ${this.x.gen(s.e)})) {`);
    this.fc.labels.push({ kind: 'switch', label });
    for (const arm of s.arms) {
      this.emit(`case ${caseKey(arm.value, s.line)}:`);
      this.block(arm.body);
    }
    if (s.otherwise) {
      this.emit('default:');
      this.block(s.otherwise);
    }
    this.fc.labels.pop();
    this.emit('}');
  }

  /**
   * BEGIN SEQUENCE: a BREAK unwinds to RECOVER (or, with neither RECOVER nor
   * ALWAYS, to the statement after END); with ALWAYS but no RECOVER the
   * BREAK goes on to an outer sequence once ALWAYS has run.
   */
  private sequence(s: Extract<Stmt, { k: 'seq' }>): void {
    const sp = this.fc.mod.id('sp');
    const eb = this.fc.mod.id('eb');
    const ex = this.fc.mod.id('ex');
    const catches = s.recover !== null || s.always === null;
    this.line(s.line);
    this.emit(`{ const ${sp} = ctx.sp;`);
    if (s.withBlock) this.emit(`const ${eb} = ctx.errorBlock; ctx.errorBlock = ${this.x.gen(s.withBlock)};`);
    this.emit('try {');
    if (s.withBlock) this.emit('try {');
    this.block(s.body);
    if (s.withBlock) this.emit(`} finally { ctx.errorBlock = ${eb}; }`);
    if (catches) {
      this.emit(`} catch (${ex}) {`);
      this.emit(`  if (!(${ex} instanceof BreakSignal)) throw ${ex};`);
      this.emit(`  ctx.unwind(${sp});`);
      if (s.recover) {
        if (s.using) this.emit('  ' + this.x.gen({ k: 'assign', op: ':=', target: s.using, value: { k: 'js', code: `${ex}.value` } }) + ';');
        this.block(s.recover);
      }
    }
    if (s.always) {
      this.emit('} finally {');
      this.block(s.always);
    }
    this.emit('} }');
  }
}

/** Statements after which counting mode releases what only temporaries held. */
const TICKS: ReadonlySet<Stmt['k']> = new Set(['expr', 'do', 'local', 'private', 'public', 'parameters']);

function lineOf(e: Expr, dflt: number): number {
  return e.k === 'block' ? e.line : dflt;
}

/** The sign of a constant STEP (0 when it is not a constant). */
function constSign(step: Expr | null): number {
  if (step === null) return 1;
  if (step.k === 'num') return Number(step.text) === 0 ? 0 : 1;
  if (step.k === 'numc') return Math.sign(step.v);
  return 0;
}

/** A SWITCH CASE value: a numeric or string constant. */
function caseKey(e: Expr, line: number): string {
  if (e.k === 'str') return JSON.stringify(e.v);
  if (e.k === 'num') return plainInt(e.text) ? e.text : String(Number(e.text));
  if (e.k === 'numc') return String(e.v);
  throw new CompileError(55, line);
}
