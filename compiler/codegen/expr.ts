// Expressions -> JavaScript expressions. Every operator calls the runtime's
// operator with Harbour semantics; locals are JS variables, codeblocks are
// JS closures (so detached locals need nothing special).

import type { Arg, BinOp, Expr, MacroPart } from '../ast.js';
import { CompileError } from '../diagnostics.js';
import { FnCtx } from './context.js';
import { Scope, jsLocal, type Binding } from './scope.js';
import { walkExpr } from '../walk.js';
import { DEFAULT, type NumConst } from '../reduce-num.js';
import { reservedName } from './funcid.js';
import { checkArgCount } from './funccheck.js';
import { rewriteGet } from './getcall.js';
import { fuseArith, fuseCompare, type FuseHost } from './numfuse.js';

/** Functions whose use means a function or codeblock must keep its arguments in its frame. */
export const ARG_READERS = new Set(['PCOUNT', 'HB_PVALUE', 'PVALUE', 'HB_APARAMS', 'HB_ARGV', '__DBGVMPARLLIST', 'HB_PISBYREF']);

const BIN_FN: Record<string, string> = {
  '+': 'plus', '-': 'minus', '*': 'mult', '/': 'div', '%': 'mod', '^': 'power',
  '=': 'eq', '==': 'exactEq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '$': 'contains',
};

/** Operators with an inline path for two plain numbers (integers), as JS operators. */
const FAST_INT: Record<string, string> = {
  '+': '+', '-': '-', '*': '*', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '=': '===', '==': '===', '!=': '!==',
};

/** Expression kinds that are never a number: no inline integer path for them. */
const NOT_NUMBER: ReadonlySet<Expr['k']> = new Set(['str', 'bool', 'nil', 'date', 'ts', 'array', 'hash', 'block']);

/** An operand that is never a plain (integer) number: a non-numeric or a non-integer literal. */
function neverPlain(e: Expr): boolean {
  if (e.k === 'num') return !plainInt(e.text);
  if (e.k === 'numc') return !(e.long && Math.abs(e.v) <= 999999999);
  return NOT_NUMBER.has(e.k);
}

const ASSIGN_FN: Record<string, string> = {
  '+=': 'plus', '-=': 'minus', '*=': 'mult', '/=': 'div', '%=': 'mod', '^=': 'power',
};

/** Expressions whose value is always a JS boolean. */
export function isBoolean(e: Expr): boolean {
  switch (e.k) {
    case 'bool': case 'not': return true;
    case 'and': case 'or': return isBoolean(e.r);
    case 'list': return isBoolean(e.items[e.items.length - 1]);
    case 'bin': return e.op !== '+' && e.op !== '-' && e.op !== '*' && e.op !== '/' && e.op !== '%' && e.op !== '^';
    default: return false;
  }
}

/** An integer literal small enough to be a plain JS number (default width). */
export function plainInt(text: string): boolean {
  return /^\d{1,9}$/.test(text);
}

export class ExprGen {
  /** set while generating the operators' fallback of a fused expression */
  private noFuse = false;

  constructor(readonly fc: FnCtx) {}

  private get mod() {
    return this.fc.mod;
  }

  /** A condition of IF/WHILE/iif: a JS boolean. */
  cond(e: Expr): string {
    const js = this.gen(e);
    return isBoolean(e) ? js : `cond(ctx, ${js})`;
  }

  gen(e: Expr): string {
    if (this.mod.counting) return this.genCounting(e);
    return this.genPlain(e);
  }

  /**
   * Counting mode (runtime/vm/refcount.ts): a call's result put to use
   * leaves the thread's return slot, an unused one stays there (as
   * Harbour's return item keeps it until the next return); array and hash
   * literals count their elements.
   */
  private genCounting(e: Expr): string {
    const discard = this.fc.discard;
    this.fc.discard = false;
    switch (e.k) {
      case 'call': case 'send': case 'macroCall': {
        const js = this.genPlain(e);
        return discard ? `rcKeep(ctx, ${js})` : `rcUse(ctx, ${js})`;
      }
      case 'assign':
        // o:var := x returns x from the assignment message
        if (discard && e.target.k === 'send') return `rcKeep(ctx, ${this.genPlain(e)})`;
        break;
      case 'array': return `rcArr(ctx, [${this.args(e.items)}])`;
      case 'hash': return `rcHashNew(ctx, [${e.keys.map((k) => this.gen(k)).join(', ')}], [${e.values.map((v) => this.gen(v)).join(', ')}])`;
    }
    return this.genPlain(e);
  }

  private genPlain(e: Expr): string {
    switch (e.k) {
      case 'nil': return 'undefined';
      case 'num': return plainInt(e.text) ? String(Number(e.text)) : this.mod.constant(`rt.num(${JSON.stringify(e.text)})`);
      case 'numc': return this.numConst(e);
      case 'str': return this.str(e.v);
      case 'bool': return e.v ? 'true' : 'false';
      case 'date': return this.mod.constant(`rt.date(${JSON.stringify(e.text)}, ${e.literal})`);
      case 'ts': return this.mod.constant(`rt.timestamp(${JSON.stringify(e.text)})`);
      case 'self': return `${this.fc.frame}.self`;
      case 'var': return this.readVar(e.name);
      case 'memvar': return `mvGet(ctx, ${this.mod.varsym(e.name)})`;
      case 'field': return `fieldGet(ctx, ${this.alias(e.alias)}, ${this.mod.varsym(e.name)})`;
      case 'aliasExpr': return this.inArea(e.alias, this.gen(e.e));
      case 'call': return e.dim ? `arrayDims(ctx, [${this.args(e.args)}])` : this.call(e.name, e.args);
      case 'macroCall': return `macroCall(ctx, ${this.macroText(e.macro)}, [${this.args(e.args)}])`;
      case 'index': return `aGet(ctx, ${this.gen(e.obj)}, ${this.gen(e.index)})`;
      case 'send': return this.send(e.obj, e.msg, e.args);
      case 'assign': return this.assign(e.op, e.target, e.value);
      case 'bin': return this.fused(e) ?? this.binary(e.op, e.l, e.r);
      // shortcut evaluation: only the left operand must be logical; the right one is the result
      case 'and': return `(logical(ctx, ${this.gen(e.l)}, '.AND.') ? ${this.gen(e.r)} : false)`;
      case 'or': return `(logical(ctx, ${this.gen(e.l)}, '.OR.') ? true : ${this.gen(e.r)})`;
      case 'not': return `not(ctx, ${this.gen(e.e)})`;
      case 'neg': return this.fused(e) ?? `negate(ctx, ${this.gen(e.e)})`;
      case 'incdec': return this.incdec(e.e, e.inc, e.post);
      case 'iif': return `(${this.cond(e.c)} ? ${this.gen(e.t)} : ${this.gen(e.f)})`;
      case 'array': return `[${this.args(e.items)}]`;
      case 'hash': return `hashNew(ctx, [${e.keys.map((k) => this.gen(k)).join(', ')}], [${e.values.map((v) => this.gen(v)).join(', ')}])`;
      case 'block': return this.block(e);
      case 'list': return e.items.length === 1 ? this.gen(e.items[0]) : `(${e.items.map((x) => this.gen(x)).join(', ')})`;
      case 'ref': return this.ref(e.e);
      case 'funref': return this.funref(e.name);
      case 'macro': return `macroGet(ctx, ${this.macroText(e)}, ${this.macroSite()})`;
      case 'varargs': return `...argsFrom(${this.fc.frame}, ${this.fc.nParams})`;
      case 'js': return e.code;
    }
  }

  /**
   * Arithmetic with decimals, or a comparison of it, computed without
   * intermediate items (numfuse.ts), or null. Its fallback is the same expression through the
   * operators, generated without fusing again.
   */
  private fused(e: Expr): string | null {
    if (this.noFuse) return null;
    const generic = () => this.unfused(() => (e.k === 'neg' ? `negate(ctx, ${this.gen(e.e)})` : e.k === 'bin' ? this.binary(e.op, e.l, e.r) : this.gen(e)));
    return fuseCompare(this.fuseHost, e, generic) ?? fuseArith(this.fuseHost, e, generic);
  }

  /**
   * `x op= value` fused as `x := x op value` when x is a local or static
   * variable (the value has no side effects, so when x is read does not
   * matter), or null.
   */
  private fusedOpAssign(op: string, target: Expr, value: Expr): string | null {
    const bin = op.slice(0, -1) as BinOp;
    if (this.noFuse || ASSIGN_FN[op] === undefined || target.k !== 'var' || this.plainRead(target.name) === null) return null;
    return fuseArith(this.fuseHost, { k: 'bin', op: bin, l: target, r: value },
      () => this.unfused(() => this.assign(op, target, value)), (v) => this.writeVar(target.name, v));
  }

  /** Code generated without fusing: the fallback of a fused expression. */
  private unfused(gen: () => string): string {
    this.noFuse = true;
    try {
      return gen();
    } finally {
      this.noFuse = false;
    }
  }

  private readonly fuseHost: FuseHost = {
    pureRead: (name) => this.plainRead(name),
    libFunc: (name, which) => {
      const n = reservedName(name);
      // (a program may not define a reserved function: E0008)
      return n !== which ? null : this.mod.func(n);
    },
    temp: () => this.fc.temp(),
  };

  /**
   * A binary operator. For + - * and the comparisons, two plain numbers
   * (always integers) take an inline path; everything else calls the
   * operator with Harbour's full rules.
   */
  private binary(op: string, l: Expr, r: Expr): string {
    const fn = BIN_FN[op];
    const js = FAST_INT[op];
    if (js === undefined || neverPlain(l) || neverPlain(r)) return `${fn}(ctx, ${this.gen(l)}, ${this.gen(r)})`;
    const a = this.operand(l);
    const b = this.operand(r);
    const pre = [a.set, b.set].filter((x) => x !== '');
    return `(${[...pre, this.inlineOp(op, a.ref, b.ref)].join(', ')})`;
  }

  /**
   * Operator `op` of two operands already in variables (or literals): JS
   * arithmetic when both are plain numbers, else the operator function.
   */
  private inlineOp(op: string, a: string, b: string): string {
    const js = FAST_INT[op];
    const call = `${BIN_FN[op]}(ctx, ${a}, ${b})`;
    const test = `typeof ${a} === 'number' && typeof ${b} === 'number'`;
    if (op === '+' || op === '-' || op === '*') {
      // past 2^53 the result needs 64-bit integers (or a double): leave it to the operator
      const t = this.fc.temp();
      return `${test} && (${t} = ${a} ${js} ${b}) <= 9007199254740991 && ${t} >= -9007199254740991 ? ${t} : ${call}`;
    }
    return `${test} ? ${a} ${js} ${b} : ${call}`;
  }

  /** An operand used twice: a local or a literal as is, anything else through a temporary. */
  private operand(e: Expr): { set: string; ref: string } {
    if (e.k === 'num' && plainInt(e.text)) return { set: '', ref: String(Number(e.text)) };
    if (e.k === 'numc' && e.long && Math.abs(e.v) <= 999999999) return { set: '', ref: String(e.v) };
    if (e.k === 'str') {
      // a literal with macro text expands where it is evaluated
      const js = this.str(e.v);
      if (!js.startsWith('macroText(')) return { set: '', ref: js };
    }
    if (e.k === 'var') {
      const read = this.plainRead(e.name);
      if (read !== null) return { set: '', ref: read };
    }
    const t = this.fc.temp();
    return { set: `${t} = ${this.gen(e)}`, ref: t };
  }

  /**
   * A string literal. With macro text on (the default), "text &name." is
   * expanded when evaluated, by the value of memvar `name`; a declared
   * variable there is an error (E0042) unless -kd allows macros of them.
   */
  private str(v: string): string {
    const lit = JSON.stringify(v);
    if (!this.mod.switches.macroText || !v.includes('&')) return lit;
    let found = false;
    for (const m of v.matchAll(/&([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (m[1] === '_') continue;
      const b = this.fc.scope.resolve(m[1].toUpperCase());
      if (b.kind === 'undeclared' || b.kind === 'memvar') found = true;
      else if (!this.mod.switches.macroDecl) throw new CompileError(42, 0, [v]);
    }
    return found ? `macroText(ctx, ${lit})` : lit;
  }

  /** A folded numeric constant: built once, or per use when its decimals follow SET DECIMALS. */
  private numConst(c: NumConst): string {
    // keep the sign of a negative zero
    const v = Object.is(c.v, -0) ? '-0' : String(c.v);
    if (c.long && Math.abs(c.v) <= 999999999) return v;
    if (c.dec === DEFAULT) return `decConst(ctx, ${v}, ${c.width === DEFAULT ? 0 : c.width})`;
    return this.mod.constant(`rt.numc(${v}, ${c.long ? 'true' : 'false'}, ${c.width === DEFAULT ? 0 : c.width}, ${c.dec})`);
  }

  /** The per-site memory of a &macro (see runtime/vm/macro.ts). */
  private macroSite(): string {
    return this.mod.unique('rt.macroSite()');
  }

  /** `body` (JS code) evaluated in the area of alias->( ... ). */
  private inArea(alias: { name: string } | { expr: Expr }, body: string): string {
    const a = this.alias(alias);
    if (this.fc.gen) return `(yield* inAreaG(ctx, ${a}, function* () { return ${body}; }))`;
    return `inArea(ctx, ${a}, () => ${body})`;
  }

  /**
   * The alias of a field or alias expression: null for none, a name of the
   * source, or a value. With -ko a string literal in parentheses is a name.
   */
  private alias(a: { name: string } | { expr: Expr } | null): string {
    if (a === null) return 'null';
    if ('name' in a) return this.aliasName(a.name);
    const e = a.expr;
    if (this.mod.switches.extOpt && e.k === 'list' && e.items.length === 1 && e.items[0].k === 'str') {
      return this.aliasName((e.items[0] as { v: string }).v.toUpperCase());
    }
    // &cAlias->field, _tst&n->field: the macro's text names the area
    if (e.k === 'macro' && e.src !== undefined) return this.macroText(e);
    return this.gen(e);
  }

  private aliasName(name: string): string {
    return this.mod.constant(`rt.aliasName(${JSON.stringify(name)})`);
  }

  /** Arguments; a macro argument, or hb_ArrayToParams( a ), may stand for several (`f( &cList )`). */
  args(args: Arg[]): string {
    return args.map((a) => {
      if (a === null) return 'undefined';
      if (a.k === 'macro') return `...macroList(ctx, ${this.macroText(a)})`;
      if (isArrayToParams(a)) return `...arrayParams(ctx, ${this.gen(a.args[0]!)})`;
      return this.gen(a);
    }).join(', ');
  }

  private call(called: string, args: Arg[]): string {
    if (!this.mod.macro) {
      const err = checkArgCount(called, args.length, this.mod.switches.harbour);
      if (err !== null) this.mod.report(args, new CompileError(err.code, this.mod.stmtLine, err.args));
    }
    let local = this.mod.localFuncs.get(called);
    let name = local === undefined ? reservedName(called) : called;
    if (name === '_GET_' && local === undefined && args.length > 0) {
      ({ name, args } = rewriteGet(args, this.fc.scope));
      local = this.mod.localFuncs.get(name);
    }
    if (name === 'EVAL' && local === undefined && args.length > 0 && args[0] !== null) return this.evalCall(args);
    if (name === 'VALTYPE' && local === undefined && args.length === 1 && args[0] !== null && this.readsField(args[0])) {
      // a memo field's text is "M": the read leaves it in ctx.memoRead
      return `(ctx.memoRead = undefined, valTypeRead(ctx, ${this.gen(args[0])}))`;
    }
    if (name === 'INT' && local === undefined && args.length === 1 && args[0] !== null && args[0].k === 'bin' && args[0].op === '/') {
      return this.intOfQuotient(args[0].l, args[0].r);
    }
    const a = args.length ? ', ' + this.args(args) : '';
    if (local !== undefined) return this.fc.gen ? `(yield* ${genName(local)}(ctx${a}))` : `${local}(ctx${a})`;
    const sym = this.mod.func(name);
    return this.fc.gen ? `(yield* ${sym}.g(ctx${a}))` : `${sym}.fn(ctx${a})`;
  }

  /**
   * Int( a / b ), common in xBase code: two plain numbers divide and
   * truncate in place (no numeric with decimals in between) while INT is
   * the runtime library's; anything else takes the general path.
   */
  private intOfQuotient(l: Expr, r: Expr): string {
    const x = this.fc.temp();
    const y = this.fc.temp();
    const sym = this.mod.func('INT');
    const slow = this.fc.gen ? `(yield* ${sym}.g(ctx, div(ctx, ${x}, ${y})))` : `${sym}.fn(ctx, div(ctx, ${x}, ${y}))`;
    return `(${x} = ${this.gen(l)}, ${y} = ${this.gen(r)}, typeof ${x} === 'number' && typeof ${y} === 'number' && ${y} !== 0 && ${sym}.file === '' ? Math.trunc(${x} / ${y}) + 0 : ${slow})`;
  }

  /** Whether an expression may be the plain read of a field (whose value may be a memo). */
  private readsField(e: Expr): boolean {
    switch (e.k) {
      case 'field': case 'macro': return true;
      case 'var': {
        const b = this.binding(e.name);
        return b.kind === 'field' || b.kind === 'undeclared';
      }
      case 'call': return e.name === 'FIELDGET';
      case 'aliasExpr': return this.readsField(e.e);
      case 'list': return e.items.length === 1 && this.readsField(e.items[0]);
      default: return false;
    }
  }

  /**
   * Eval( b, args ) is b:Eval( args ) in Harbour: a codeblock is called
   * directly, anything else gets the EVAL message (and its error).
   */
  private evalCall(args: Arg[]): string {
    const t = this.fc.temp();
    const rest = args.length > 1 ? ', ' + this.args(args.slice(1)) : '';
    if (this.fc.gen) return `(${t} = ${this.gen(args[0]!)}, (yield* evalG(ctx, ${t}${rest})))`;
    return `(typeof (${t} = ${this.gen(args[0]!)}) === 'function' ? ${t}(ctx${rest}) : ${this.mod.msg('EVAL')}.send(ctx, ${t}${rest}))`;
  }

  /** @Func(): a function of this module (STATIC ones included) or a global symbol. */
  private funref(name: string): string {
    const local = this.mod.localFuncs.get(name);
    if (local === undefined) return this.mod.constant(`rt.symval(${this.mod.func(name)})`);
    // module functions are hoisted JS declarations, so the constant can bind them at load
    return this.mod.constant(`rt.localSym(${JSON.stringify(name)}, ${JSON.stringify(this.mod.file)}, () => [${local}, ${genName(local)}])`);
  }

  /**
   * A message send: through the generator path in generator mode; with up
   * to three arguments known at compile time, the fixed-arity entry
   * (`n` is the argument count, -1 when it is known only at run time).
   */
  private sendCall(msg: string, target: string, rest: string, n: number): string {
    if (this.fc.gen) return `(yield* ${msg}.sendG(ctx, ${target}${rest}))`;
    return `${msg}.${n >= 0 && n <= 3 ? 'send' + n : 'send'}(ctx, ${target}${rest})`;
  }

  /**
   * obj:msg( a, b ) with the call site's own check of its Message's cache:
   * a PRG method of the class seen last time is called from here (a call V8
   * can inline), anything else through the Message.
   */
  private inlineSend(msg: string, target: string, args: Arg[]): string {
    const o = this.fc.temp();
    const vals = args.map((x) => {
      const t = this.fc.temp();
      return { set: `${t} = ${x === null ? 'undefined' : this.gen(x)}`, ref: t };
    });
    const refs = vals.map((v) => ', ' + v.ref).join('');
    const hit = `${o} !== undefined && ${o}.cls === ${msg}.cls && ${msg}.fast === 1`;
    const call = `(ctx.nextSelf = ${o}, ctx.nextMethod = ${msg}.entry, ${msg}.sym.fn(ctx${refs}))`;
    return `(${[`${o} = ${target}`, ...vals.map((v) => v.set), `${hit} ? ${call} : ${msg}.send${args.length}(ctx, ${o}${refs})`].join(', ')})`;
  }

  private send(obj: Expr | null, msg: string | Expr, args: Arg[] | null): string {
    if (this.mod.counting && obj !== null && fromCall(obj)) {
      // the receiver is a temporary: it goes once the message returns (unless it is the result)
      const o = this.fc.temp();
      const js = this.sendTo(o, msg, args);
      return `(${o} = ${this.gen(obj)}, rcDone(ctx, ${o}, ${js}))`;
    }
    return this.sendTo(obj, msg, args);
  }

  private sendTo(obj: Expr | string | null, msg: string | Expr, args: Arg[] | null): string {
    let target: string;
    if (typeof obj === 'string') {
      target = obj;
    } else if (obj === null) {
      const w = this.fc.withObjs[this.fc.withObjs.length - 1];
      if (w === undefined) throw new CompileError(61, 0);
      target = w;
    } else {
      const en = obj.k === 'var' ? this.fc.enumOf(obj.name) : undefined;
      if (en !== undefined && typeof msg === 'string' && msg.startsWith('__ENUM')) {
        const m = args === null || args.length === 0 ? enumMessage(msg, en, this.readVar((obj as { name: string }).name)) : null;
        if (m !== null) return m;
        // with an argument (a new index, value or base), through the enumerator
        if (ENUM_MESSAGES.has(msg)) return `enumSend(ctx, ${this.ref(obj)}, ${JSON.stringify(msg)}, [${this.args(args ?? [])}])`;
      }
      target = this.gen(obj);
    }
    const n = args === null ? 0 : args.some((x) => x !== null && (x.k === 'macro' || x.k === 'varargs' || isArrayToParams(x))) ? -1 : args.length;
    if (typeof msg === 'string' && !this.fc.gen && n >= 0 && n <= 3) return this.inlineSend(this.mod.msg(msg), target, args ?? []);
    const a = args === null || args.length === 0 ? '' : ', ' + this.args(args);
    if (typeof msg === 'string') return this.sendCall(this.mod.msg(msg), target, a, n);
    return `sendMacro(ctx, ${target}, ${this.macroText(msg)}${a})`;
  }

  // ------------------------------------------------------------- variables

  private binding(name: string): Binding {
    // Harbour's codeblocks do not close over the parameters of an enclosing codeblock
    if (this.fc.scope.isOuterBlockParam(name)) throw new CompileError(5, 0, [name]);
    return this.fc.scope.resolve(name);
  }

  /** The read of a local or process-wide static: a JS variable, read any number of times without effect; else null. */
  private plainRead(name: string): string | null {
    const b = this.binding(name);
    return b.kind === 'local' || (b.kind === 'static' && !b.thread) ? b.js : null;
  }

  readVar(name: string): string {
    const b = this.binding(name);
    switch (b.kind) {
      case 'local':
        // a parameter passed by reference, read by a codeblock later: what the referred variable holds then
        return b.refParam && this.fc.scope.isOuter(name) ? this.throughRef(b.js) : b.js;
      case 'static': return b.thread ? `tstatic(ctx, ${b.js})` : b.js;
      case 'memvar': return `mvGet(ctx, ${this.mod.varsym(name)})`;
      case 'field': return `fieldGet(ctx, ${b.alias === null ? 'null' : this.aliasName(b.alias)}, ${this.mod.varsym(name)})`;
      case 'undeclared': return `varGet(ctx, ${this.mod.varsym(name)})`;
    }
  }

  /** A by-reference parameter's value read through its reference (when it came as one). */
  private throughRef(js: string): string {
    return `(r_${js} === undefined ? ${js} : r_${js}.get())`;
  }

  /** JS code storing `value` (a JS expression evaluated once) into a variable. */
  private writeVar(name: string, value: string): string {
    if (this.mod.counting) return this.writeVarCounting(name, value);
    const b = this.binding(name);
    switch (b.kind) {
      case 'local': {
        const en = this.fc.enumOf(name);
        if (en !== undefined) return `enumSet(ctx, ${en.state}, ${b.js} = ${value})`;
        if (b.refParam) return `refSet(r_${b.js}, ${b.js} = ${value})`;
        return `(${b.js} = ${value})`;
      }
      case 'static': return b.thread ? `tstaticSet(ctx, ${b.js}, ${value})` : `(${b.js} = ${value})`;
      // an undeclared name is assigned as a memvar even where a field has the name (Clipper's rule; reads look at fields first)
      case 'memvar': case 'undeclared': return `mvSet(ctx, ${this.mod.varsym(name)}, ${value})`;
      case 'field': return `fieldSet(ctx, ${b.alias === null ? 'null' : this.aliasName(b.alias)}, ${this.mod.varsym(name)}, ${value})`;
    }
  }

  /** writeVar() in counting mode: the variable's old value loses a reference, the new one gains one. */
  private writeVarCounting(name: string, value: string): string {
    const b = this.binding(name);
    const t = this.fc.temp();
    switch (b.kind) {
      case 'local': {
        const en = this.fc.enumOf(name);
        if (en !== undefined) return `(${t} = ${value}, rcSet(ctx, ${b.js}, ${b.js} = ${t}), rcEnumSet(ctx, ${en.state}, ${t}))`;
        if (b.refParam) return `(${t} = ${value}, rcRefSet(ctx, r_${b.js}, ${b.js}, ${b.js} = ${t}))`;
        return `(${t} = ${value}, rcSet(ctx, ${b.js}, ${b.js} = ${t}))`;
      }
      case 'static': return b.thread ? `rcTSet(ctx, ${b.js}, ${value})` : `(${t} = ${value}, rcSet(ctx, ${b.js}, ${b.js} = ${t}))`;
      case 'memvar': case 'undeclared': return `rcMvSet(ctx, ${this.mod.varsym(name)}, ${value})`;
      case 'field': return `fieldSet(ctx, ${b.alias === null ? 'null' : this.aliasName(b.alias)}, ${this.mod.varsym(name)}, ${value})`;
    }
  }

  /**
   * An assignable place: code that evaluates its parts once (object, index,
   * macro text) into temporaries, then how to read and write it.
   */
  private lval(t: Expr): { setup: string[]; read: string; write: (v: string) => string } {
    switch (t.k) {
      case 'var':
        return { setup: [], read: this.readVar(t.name), write: (v) => this.writeVar(t.name, v) };
      case 'memvar': {
        const s = this.mod.varsym(t.name);
        const set = this.mod.counting ? 'rcMvSet' : 'mvSet';
        return { setup: [], read: `mvGet(ctx, ${s})`, write: (v) => `${set}(ctx, ${s}, ${v})` };
      }
      case 'field': {
        const s = this.mod.varsym(t.name);
        const setup: string[] = [];
        let al = this.alias(t.alias);
        if (t.alias !== null && 'expr' in t.alias) {
          const a = this.fc.temp();
          setup.push(`${a} = ${al}`);
          al = a;
        }
        return { setup, read: `fieldGet(ctx, ${al}, ${s})`, write: (v) => `fieldSet(ctx, ${al}, ${s}, ${v})` };
      }
      case 'index': {
        const o = this.fc.temp();
        const i = this.fc.temp();
        return {
          setup: [`${o} = ${this.gen(t.obj)}`, `${i} = ${this.gen(t.index)}`],
          read: `aGet(ctx, ${o}, ${i})`,
          write: (v) => `${this.mod.counting ? 'rcASet' : 'aSet'}(ctx, ${o}, ${i}, ${v})`,
        };
      }
      case 'send': {
        if (t.args !== null) break;
        const o = this.fc.temp();
        const obj = t.obj === null ? this.fc.withObjs.at(-1) : this.gen(t.obj);
        if (obj === undefined) throw new CompileError(61, 0);
        if (typeof t.msg === 'string') {
          const get = this.mod.msg(t.msg);
          const set = this.mod.msg('_' + t.msg);
          return { setup: [`${o} = ${obj}`], read: this.sendCall(get, o, '', 0), write: (v) => this.sendCall(set, o, ', ' + v, 1) };
        }
        const m = this.fc.temp();
        return {
          setup: [`${o} = ${obj}`, `${m} = ${this.macroText(t.msg)}`],
          read: `sendMacro(ctx, ${o}, ${m})`,
          write: (v) => `sendMacro(ctx, ${o}, '_' + ${m}, ${v})`,
        };
      }
      case 'macro': {
        const m = this.fc.temp();
        return {
          setup: [`${m} = ${this.macroText(t)}`],
          read: `macroGet(ctx, ${m}, ${this.macroSite()})`,
          write: (v) => `macroSet(ctx, ${m}, ${v}, ${this.macroSite()})`,
        };
      }
      case 'list':
        if (t.items.length === 1) return this.lval(t.items[0]);
        break;
    }
    throw new CompileError(22, 0, [t.k]);
  }

  /**
   * Assignment. The value is evaluated first, then the target's parts, as
   * Harbour does; an op-assignment reads the target after its right side
   * (`x += x *= 2` with x = 5 gives 20).
   */
  private assign(op: string, target: Expr, value: Expr): string {
    if (op === ':=' && this.mod.assignOps) {
      const checked = this.overloadableAssign(target, value);
      if (checked !== null) return checked;
    }
    const add = this.localAddInt(op, target, value);
    if (add !== null) return add;
    const fused = this.fusedOpAssign(op, target, value);
    if (fused !== null) return fused;
    if (target.k === 'aliasExpr') return this.inArea(target.alias, this.assign(op, target.e, value));
    const fn = ASSIGN_FN[op];
    const v = this.gen(value);
    const lv = this.lval(target);
    if (lv.setup.length === 0 && !fn) return lv.write(v);
    const t = this.fc.temp();
    let result = fn ? `${fn}(ctx, ${lv.read}, ${t})` : t;
    const bin = op.slice(0, -1);
    if (fn && FAST_INT[bin] !== undefined && target.k === 'var' && this.binding(target.name).kind === 'local' && !neverPlain(value)) {
      // a local += plain number: JS arithmetic
      result = this.inlineOp(bin, lv.read, t);
    }
    return `(${[`${t} = ${v}`, ...lv.setup, lv.write(`(${result})`)].join(', ')})`;
  }

  /**
   * `var := value` in a program that overloads `:=` (codegen/assignop.ts):
   * the value (evaluated first) goes to the variable's old value when that
   * is an object with the operator. Only plain assignments to variables ask
   * (not op-assignments, array elements, fields or object data), as in
   * Harbour; null for those.
   */
  private overloadableAssign(target: Expr, value: Expr): string | null {
    let old: string;
    if (target.k === 'memvar') {
      old = `mvPeek(ctx, ${this.mod.varsym(target.name)})`;
    } else if (target.k === 'var') {
      const kind = this.binding(target.name).kind;
      if (kind === 'field') return null;
      // a memvar that does not exist yet holds nothing to ask
      old = kind === 'memvar' || kind === 'undeclared' ? `mvPeek(ctx, ${this.mod.varsym(target.name)})` : this.readVar(target.name);
    } else {
      return null;
    }
    return this.lval(target).write(`opAssign(ctx, ${this.gen(value)}, ${old})`);
  }

  /**
   * `local += n`, `local -= n` and `local := local +/- n` with a small
   * integer constant are one addition of +/-n in Harbour, so an error on it
   * reports "+" with the negated constant.
   */
  private localAddInt(op: string, target: Expr, value: Expr): string | null {
    if (target.k !== 'var' || this.binding(target.name).kind !== 'local') return null;
    let n: string | null = null;
    let negate = false;
    if ((op === '+=' || op === '-=') && value.k === 'num') {
      n = value.text;
      negate = op === '-=';
    } else if (op === ':=' && value.k === 'bin' && (value.op === '+' || value.op === '-')
      && value.l.k === 'var' && value.l.name === target.name && value.r.k === 'num') {
      n = value.r.text;
      negate = value.op === '-';
    }
    if (n === null || !/^\d{1,5}$/.test(n) || Number(n) > 32767) return null;
    const k = negate ? -Number(n) : Number(n);
    return this.writeVar(target.name, `(${this.inlineOp('+', this.readVar(target.name), String(k))})`);
  }

  private incdec(target: Expr, inc: boolean, post: boolean): string {
    const fn = inc ? 'inc' : 'dec';
    const lv = this.lval(target);
    const t = this.fc.temp();
    // plain numbers are integers: +1 needs no operator call
    const next = `typeof ${t} === 'number' ? ${t} ${inc ? '+' : '-'} 1 : ${fn}(ctx, ${t})`;
    if (!post) return `(${[...lv.setup, `${t} = ${lv.read}`, lv.write(`(${next})`)].join(', ')})`;
    return `(${[...lv.setup, `${t} = ${lv.read}`, lv.write(`(${next})`), t].join(', ')})`;
  }

  /** @target: a reference that reads and writes the target in place. */
  private ref(target: Expr): string {
    const v = this.fc.temp();
    const mvRef = this.mod.counting ? 'rcMvRef' : 'mvRef';
    if (target.k === 'var') {
      const b = this.binding(target.name);
      if (b.kind === 'memvar' || b.kind === 'undeclared') return `${mvRef}(ctx, ${this.mod.varsym(target.name)})`;
      // a reference to a by-reference parameter reads on through the reference it came as
      const read = b.kind === 'local' && b.refParam ? this.throughRef(b.js) : this.readVar(target.name);
      const en = this.fc.enumOf(target.name);
      // a FOR EACH variable's reference takes the enumerator's messages
      if (en !== undefined) return `new EnumRef(${en.state}, () => ${read}, (${v}) => ${this.writeVar(target.name, v)})`;
      if (b.kind === 'local' && b.refParam) return `passRef(r_${b.js}, () => ${read}, (${v}) => ${this.writeVar(target.name, v)})`;
      return `new Ref(() => ${read}, (${v}) => ${this.writeVar(target.name, v)})`;
    }
    if (target.k === 'memvar') return `${mvRef}(ctx, ${this.mod.varsym(target.name)})`;
    if (target.k === 'macro') return `macroRef(ctx, ${this.macroText(target)})`;
    if (target.k === 'index') return `${this.mod.counting ? 'rcElemRef' : 'elemRef'}(ctx, ${this.gen(target.obj)}, ${this.gen(target.index)})`;
    const lv = this.lval(target);
    return `(${[...lv.setup, `new Ref(() => ${lv.read}, (${v}) => ${lv.write(v)})`].join(', ')})`;
  }

  /** The string a macro compiles: its parts joined, variables read by scope. */
  macroText(m: Expr): string {
    if (m.k !== 'macro') return this.gen(m);
    // a name with variables in it (a&b.c): one that holds no string leaves a
    // text that does not compile, reported as the macro compiler's syntax error
    const joined = m.parts.some((p) => 'text' in p);
    const errText = JSON.stringify(this.mod.macroSrc ?? (m.src ?? '').toUpperCase());
    const parts = m.parts.map((p: MacroPart) => {
      if ('text' in p) return JSON.stringify(p.text);
      if ('var' in p) {
        if (!joined) return `macroStr(ctx, ${this.readVar(p.var)})`;
        // Harbour fills such a name from memvars only, a missing one included
        const kind = this.binding(p.var).kind;
        const v = kind === 'memvar' || kind === 'undeclared' ? `mvPeek(ctx, ${this.mod.varsym(p.var)})` : this.readVar(p.var);
        return `macroPart(ctx, ${v}, ${errText})`;
      }
      return `macroStr(ctx, ${this.gen(p.expr)})`;
    });
    return parts.length === 1 ? parts[0] : parts.join(' + ');
  }

  // ------------------------------------------------------------- codeblocks

  /**
   * A codeblock is a JS closure; one that calls anything also gets a
   * generator twin (`blk(sync, gen)`) so that another thread evaluating it
   * can be suspended inside.
   */
  private block(e: Extract<Expr, { k: 'block' }>): string {
    const early = e.source !== '' && !e.varargs && !this.mod.macro ? this.earlyBlock(e) : null;
    if (early !== null) return early;
    const sync = this.blockFn(e, false);
    let calls = false;
    for (const b of e.body) walkExpr(b, (x) => {
      if (x.k === 'call' || x.k === 'send' || x.k === 'macroCall' || x.k === 'macro') calls = true;
    });
    return calls ? `blk(${sync}, ${this.blockFn(e, true)})` : sync;
  }

  /**
   * A codeblock with a macro variable is compiled when it is made, as in
   * Clipper: {|| &cVar } from "{||" + cVar + "}", any other from its own text
   * with the macro variables filled in. It may then use no LOCAL or STATIC,
   * unless -kd allows them: then it is compiled as written (null).
   */
  private earlyBlock(e: Extract<Expr, { k: 'block' }>): string | null {
    const only = e.body[0];
    if (e.loneMacro === true && only.k === 'macro' && only.parts.length === 1 && 'var' in only.parts[0]) {
      const text: Expr = {
        k: 'bin', op: '+', l: { k: 'bin', op: '+', l: { k: 'str', v: '{||' }, r: { k: 'var', name: only.parts[0].var } },
        r: { k: 'str', v: '}' },
      };
      return `macroGet(ctx, ${this.gen(text)}, ${this.macroSite()})`;
    }
    const scope = new Scope(this.fc.scope, true);
    for (const p of e.params) scope.declare(p, { kind: 'local', js: jsLocal(p), refParam: true });
    // what a macro compiled at run time cannot reach: the function's LOCALs,
    // STATICs, declared FIELDs, and messages to the WITH OBJECT object
    let named: string | null = null;
    let withMsg: string | null = null;
    const declared = (name: string): void => {
      const b = scope.resolve(name);
      if (named === null && ((b.kind === 'local' && !scope.has(name)) || b.kind === 'static' || b.kind === 'field')) named = name;
    };
    for (const b of e.body) walkExpr(b, (x) => {
      if (x.k === 'var') declared(x.name);
      else if (x.k === 'macro') {
        for (const p of x.parts) if ('var' in p) declared(p.var);
      } else if (x.k === 'send' && x.obj === null && withMsg === null) withMsg = typeof x.msg === 'string' ? x.msg : '&...';
    });
    if (named !== null || withMsg !== null) {
      if (e.macroDecl === true) return null;
      if (named !== null) throw new CompileError(47, e.line, [(named as string).toUpperCase()]);
      throw new CompileError(74, e.line, [withMsg as unknown as string]);
    }
    return `macroGet(ctx, macroText(ctx, ${JSON.stringify(e.source)}), ${this.macroSite()})`;
  }

  private blockFn(e: Extract<Expr, { k: 'block' }>, gen: boolean): string {
    const mod = this.mod;
    const frame = mod.id('fb');
    const scope = new Scope(this.fc.scope, true);
    const fc = new FnCtx(mod, scope, frame, this.fc.owner, this.fc, gen);
    fc.withObjs.push(...this.fc.withObjs);
    fc.methodVar = this.fc.methodVar;
    // a codeblock's parameters may come by reference (Eval( b, @x )), as a function's do
    for (const p of e.params) {
      if (scope.has(p)) throw new CompileError(3, e.line, [p.toUpperCase()]);
      scope.declare(p, { kind: 'local', js: jsLocal(p), refParam: true });
    }
    fc.nParams = e.params.length;
    const x = new ExprGen(fc);
    const body = e.body.length === 0 ? 'undefined' : e.body.map((b) => x.gen(b)).join(', ');
    const proc = mod.macro ? 'bp' : mod.proc('(b)' + this.fc.owner);
    const line = mod.macro ? 'bl' : String(e.line);
    // PCount() and friends in a codeblock count the arguments it was given
    let keepArgs = e.varargs;
    for (const b of e.body) walkExpr(b, (y) => {
      if ((y.k === 'call' && ARG_READERS.has(y.name)) || y.k === 'varargs') keepArgs = true;
    });
    const params = keepArgs ? ', ...va' : e.params.map((p) => ', ' + jsLocal(p)).join('');
    const unpack = keepArgs && e.params.length ? `let ${e.params.map((p, i) => `${jsLocal(p)} = va[${i}]`).join(', ')}; ` : '';
    const refs = e.params.map((p) => {
      const js = jsLocal(p);
      return `let r_${js}; if (${js} instanceof Ref) { r_${js} = ${js}; ${js} = ${js}.get(); } `;
    }).join('');
    const temps = fc.temps.length ? `let ${fc.temps.join(', ')}; ` : '';
    const args = keepArgs ? `${frame}.args = va; ` : '';
    // a codeblock made in a method runs in that method's context (scope checks)
    const method = fc.methodVar ? `${frame}.method = ${fc.methodVar}; ` : '';
    if (mod.counting) {
      // parameters are counted while the block runs; its value takes the return slot
      const ps = e.params.map(jsLocal);
      // (one that came by reference is counted by the variable it refers to)
      const inc = ps.map((p) => `if (r_${p} === undefined) rcInc(ctx, ${p}); `).join('');
      const drop = ps.map((p) => `if (r_${p} === undefined) rcDrop(ctx, ${p}); `).reverse().join('');
      const rcFn = `(${gen ? 'function* ' : ''}(ctx${params})${gen ? '' : ' =>'} { ${temps}${keepArgs ? unpack : ''}${refs}${inc}const ${frame} = ctx.enter(${proc}); const rcF = ctx.sp; ${frame}.line = ${line}; ${method}${keepArgs ? `${frame}.args = va; ` : ''}` +
        `try { const r = (${body}); rcRet(ctx, r); return r; } finally { ${drop}ctx.unwind(rcF - 1); } })`;
      return mod.macro ? `((bp, bl) => ${rcFn})(rt.blockProc(fm?.proc), fm === undefined ? 0 : fm.line)` : rcFn;
    }
    const fn = `(${gen ? 'function* ' : ''}(ctx${params})${gen ? '' : ' =>'} { ${temps}${keepArgs ? unpack : ''}${refs}const ${frame} = ctx.enter(${proc}); ${frame}.line = ${line}; ${method}${args}` +
      `const r = (${body}); ctx.leave(${frame}); return r; })`;
    // a block a macro makes belongs to the function that ran the macro, at its line then
    return mod.macro ? `((bp, bl) => ${fn})(rt.blockProc(fm?.proc), fm === undefined ? 0 : fm.line)` : fn;
  }
}

/** Whether an expression's value is a call's result (a temporary, in counting mode). */
function fromCall(e: Expr): boolean {
  if (e.k === 'list' && e.items.length === 1) return fromCall(e.items[0]);
  return e.k === 'call' || e.k === 'send' || e.k === 'macroCall';
}

/** The generator twin of a module function's JS name (f_X -> g_X). */
export function genName(js: string): string {
  return 'g' + js.slice(1);
}

const ENUM_MESSAGES: ReadonlySet<string> = new Set(['__ENUMINDEX', '__ENUMVALUE', '__ENUMBASE', '__ENUMKEY', '__ENUMISFIRST', '__ENUMISLAST']);

/** FOR EACH enumerator messages compiled to the loop's own state. */
function enumMessage(msg: string, en: { state: string }, value: string): string | null {
  switch (msg) {
    case '__ENUMINDEX': return `${en.state}.index`;
    case '__ENUMVALUE': return value;
    case '__ENUMBASE': return `${en.state}.base`;
    case '__ENUMKEY': return `enumKey(ctx, ${en.state})`;
    case '__ENUMISFIRST': return `enumIsFirst(ctx, ${en.state})`;
    case '__ENUMISLAST': return `enumIsLast(ctx, ${en.state})`;
  }
  return null;
}

/** hb_ArrayToParams( a ) as an argument: the array's elements are passed as the arguments. */
function isArrayToParams(a: Expr): a is Extract<Expr, { k: 'call' }> {
  return a.k === 'call' && a.name === 'HB_ARRAYTOPARAMS' && a.args.length === 1 && a.args[0] !== null;
}
