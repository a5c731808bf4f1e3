// Expressions -> JavaScript expressions. Every operator calls the runtime's
// operator with Harbour semantics; locals are JS variables, codeblocks are
// JS closures (so detached locals need nothing special).

import type { Arg, Expr, MacroPart } from '../ast.js';
import { CompileError } from '../diagnostics.js';
import { FnCtx } from './context.js';
import { Scope, jsLocal, type Binding } from './scope.js';

const BIN_FN: Record<string, string> = {
  '+': 'plus', '-': 'minus', '*': 'mult', '/': 'div', '%': 'mod', '^': 'power',
  '=': 'eq', '==': 'exactEq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '$': 'contains',
};

const ASSIGN_FN: Record<string, string> = {
  '+=': 'plus', '-=': 'minus', '*=': 'mult', '/=': 'div', '%=': 'mod', '^=': 'power',
};

/** Expressions whose value is always a JS boolean. */
export function isBoolean(e: Expr): boolean {
  switch (e.k) {
    case 'bool': case 'and': case 'or': case 'not': return true;
    case 'bin': return e.op !== '+' && e.op !== '-' && e.op !== '*' && e.op !== '/' && e.op !== '%' && e.op !== '^';
    default: return false;
  }
}

/** An integer literal small enough to be a plain JS number (default width). */
export function plainInt(text: string): boolean {
  return /^\d{1,9}$/.test(text);
}

export class ExprGen {
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
    switch (e.k) {
      case 'nil': return 'undefined';
      case 'num': return plainInt(e.text) ? String(Number(e.text)) : this.mod.constant(`rt.num(${JSON.stringify(e.text)})`);
      case 'str': return JSON.stringify(e.v);
      case 'bool': return e.v ? 'true' : 'false';
      case 'date': return this.mod.constant(`rt.date(${JSON.stringify(e.text)}, ${e.literal})`);
      case 'ts': return this.mod.constant(`rt.timestamp(${JSON.stringify(e.text)})`);
      case 'self': return `${this.fc.frame}.self`;
      case 'var': return this.readVar(e.name);
      case 'memvar': return `mvGet(ctx, ${this.mod.varsym(e.name)})`;
      case 'field': return `fieldGet(ctx, ${this.alias(e.alias)}, ${this.mod.varsym(e.name)})`;
      case 'aliasExpr': return `inArea(ctx, ${this.alias(e.alias)}, () => ${this.gen(e.e)})`;
      case 'call': return this.call(e.name, e.args);
      case 'macroCall': return `macroCall(ctx, ${this.macroText(e.macro)}, [${this.args(e.args)}])`;
      case 'index': return `aGet(ctx, ${this.gen(e.obj)}, ${this.gen(e.index)})`;
      case 'send': return this.send(e.obj, e.msg, e.args);
      case 'assign': return this.assign(e.op, e.target, e.value);
      case 'bin': return `${BIN_FN[e.op]}(ctx, ${this.gen(e.l)}, ${this.gen(e.r)})`;
      case 'and': return `(logical(ctx, ${this.gen(e.l)}, '.AND.') ? logical(ctx, ${this.gen(e.r)}, '.AND.') : false)`;
      case 'or': return `(logical(ctx, ${this.gen(e.l)}, '.OR.') ? true : logical(ctx, ${this.gen(e.r)}, '.OR.'))`;
      case 'not': return `not(ctx, ${this.gen(e.e)})`;
      case 'neg': return `negate(ctx, ${this.gen(e.e)})`;
      case 'incdec': return this.incdec(e.e, e.inc, e.post);
      case 'iif': return `(${this.cond(e.c)} ? ${this.gen(e.t)} : ${this.gen(e.f)})`;
      case 'array': return `[${e.items.map((a) => (a === null ? 'undefined' : this.gen(a))).join(', ')}]`;
      case 'hash': return `hashNew(ctx, [${e.keys.map((k) => this.gen(k)).join(', ')}], [${e.values.map((v) => this.gen(v)).join(', ')}])`;
      case 'block': return this.block(e);
      case 'list': return e.items.length === 1 ? this.gen(e.items[0]) : `(${e.items.map((x) => this.gen(x)).join(', ')})`;
      case 'ref': return this.ref(e.e);
      case 'funref': return this.mod.constant(`rt.symval(${this.mod.func(e.name)})`);
      case 'macro': return `macroGet(ctx, ${this.macroText(e)})`;
      case 'varargs': return `...argsFrom(${this.fc.frame}, ${this.fc.nParams})`;
      case 'js': return e.code;
    }
  }

  private alias(a: { name: string } | { expr: Expr } | null): string {
    if (a === null) return 'undefined';
    if ('name' in a) return JSON.stringify(a.name);
    return this.gen(a.expr);
  }

  args(args: Arg[]): string {
    return args.map((a) => (a === null ? 'undefined' : this.gen(a))).join(', ');
  }

  private call(name: string, args: Arg[]): string {
    const local = this.mod.localFuncs.get(name);
    const a = args.length ? ', ' + this.args(args) : '';
    if (local !== undefined) return `${local}(ctx${a})`;
    return `${this.mod.func(name)}.fn(ctx${a})`;
  }

  private send(obj: Expr | null, msg: string | Expr, args: Arg[] | null): string {
    let target: string;
    if (obj === null) {
      const w = this.fc.withObjs[this.fc.withObjs.length - 1];
      if (w === undefined) throw new CompileError(61, 0);
      target = w;
    } else {
      const en = obj.k === 'var' ? this.fc.enumOf(obj.name) : undefined;
      if (en !== undefined && typeof msg === 'string' && msg.startsWith('__ENUM')) {
        const m = enumMessage(msg, en, this.readVar((obj as { name: string }).name));
        if (m !== null) return m;
      }
      target = this.gen(obj);
    }
    const a = args === null || args.length === 0 ? '' : ', ' + this.args(args);
    if (typeof msg === 'string') return `${this.mod.msg(msg)}.send(ctx, ${target}${a})`;
    return `sendMacro(ctx, ${target}, ${this.macroText(msg)}${a})`;
  }

  // ------------------------------------------------------------- variables

  private binding(name: string): Binding {
    return this.fc.scope.resolve(name);
  }

  readVar(name: string): string {
    const b = this.binding(name);
    switch (b.kind) {
      case 'local': return b.js;
      case 'static': return b.thread ? `tstatic(ctx, ${b.js})` : b.js;
      case 'memvar': return `mvGet(ctx, ${this.mod.varsym(name)})`;
      case 'field': return `fieldGet(ctx, ${b.alias === null ? 'undefined' : JSON.stringify(b.alias)}, ${this.mod.varsym(name)})`;
      case 'undeclared': return `varGet(ctx, ${this.mod.varsym(name)})`;
    }
  }

  /** JS code storing `value` (a JS expression evaluated once) into a variable. */
  private writeVar(name: string, value: string): string {
    const b = this.binding(name);
    switch (b.kind) {
      case 'local': {
        const en = this.fc.enumOf(name);
        if (en !== undefined) return `enumSet(ctx, ${en.state}, ${b.js} = ${value})`;
        if (b.refParam) return `refSet(r_${b.js}, ${b.js} = ${value})`;
        return `(${b.js} = ${value})`;
      }
      case 'static': return b.thread ? `tstaticSet(ctx, ${b.js}, ${value})` : `(${b.js} = ${value})`;
      case 'memvar': return `mvSet(ctx, ${this.mod.varsym(name)}, ${value})`;
      case 'field': return `fieldSet(ctx, ${b.alias === null ? 'undefined' : JSON.stringify(b.alias)}, ${this.mod.varsym(name)}, ${value})`;
      case 'undeclared': return `varSet(ctx, ${this.mod.varsym(name)}, ${value})`;
    }
  }

  /**
   * Assignment. For op-assignments Harbour evaluates the right side first,
   * then reads the target (`x += x *= 2` with x = 5 gives 20).
   */
  private assign(op: string, target: Expr, value: Expr): string {
    const v = this.gen(value);
    const fn = ASSIGN_FN[op];
    const combine = (cur: string, val: string) => (fn ? `${fn}(ctx, ${cur}, ${val})` : val);
    switch (target.k) {
      case 'var': {
        if (!fn) return this.writeVar(target.name, v);
        const t = this.fc.temp();
        return `(${t} = ${v}, ${this.writeVar(target.name, combine(this.readVar(target.name), t))})`;
      }
      case 'memvar': {
        const s = this.mod.varsym(target.name);
        if (!fn) return `mvSet(ctx, ${s}, ${v})`;
        const t = this.fc.temp();
        return `(${t} = ${v}, mvSet(ctx, ${s}, ${combine(`mvGet(ctx, ${s})`, t)}))`;
      }
      case 'field': {
        const s = this.mod.varsym(target.name);
        const al = this.alias(target.alias);
        if (!fn) return `fieldSet(ctx, ${al}, ${s}, ${v})`;
        const t = this.fc.temp();
        return `(${t} = ${v}, fieldSet(ctx, ${al}, ${s}, ${combine(`fieldGet(ctx, ${al}, ${s})`, t)}))`;
      }
      case 'index': {
        const o = this.fc.temp();
        const i = this.fc.temp();
        if (!fn) return `(${o} = ${this.gen(target.obj)}, ${i} = ${this.gen(target.index)}, aSet(ctx, ${o}, ${i}, ${v}))`;
        const t = this.fc.temp();
        return `(${t} = ${v}, ${o} = ${this.gen(target.obj)}, ${i} = ${this.gen(target.index)}, aSet(ctx, ${o}, ${i}, ${combine(`aGet(ctx, ${o}, ${i})`, t)}))`;
      }
      case 'send': {
        if (typeof target.msg !== 'string') {
          const o = this.fc.temp();
          const m = this.fc.temp();
          const cur = `sendMacro(ctx, ${o}, ${m})`;
          return `(${o} = ${target.obj ? this.gen(target.obj) : this.fc.withObjs.at(-1)}, ${m} = ${this.macroText(target.msg)}, sendMacro(ctx, ${o}, '_' + ${m}, ${fn ? combine(cur, v) : v}))`;
        }
        const setter = this.mod.msg('_' + target.msg);
        const o = this.fc.temp();
        const objCode = target.obj === null ? this.fc.withObjs.at(-1) : this.gen(target.obj);
        if (objCode === undefined) throw new CompileError(61, 0);
        if (!fn) return `(${o} = ${objCode}, ${setter}.send(ctx, ${o}, ${v}))`;
        const t = this.fc.temp();
        return `(${t} = ${v}, ${o} = ${objCode}, ${setter}.send(ctx, ${o}, ${combine(`${this.mod.msg(target.msg)}.send(ctx, ${o})`, t)}))`;
      }
      case 'macro': {
        const m = this.fc.temp();
        if (!fn) return `(${m} = ${this.macroText(target)}, macroSet(ctx, ${m}, ${v}))`;
        const t = this.fc.temp();
        return `(${t} = ${v}, ${m} = ${this.macroText(target)}, macroSet(ctx, ${m}, ${combine(`macroGet(ctx, ${m})`, t)}))`;
      }
      case 'aliasExpr':
        return `inArea(ctx, ${this.alias(target.alias)}, () => ${this.assign(op, target.e, value)})`;
      case 'list':
        if (target.items.length === 1) return this.assign(op, target.items[0], value);
    }
    throw new CompileError(22, 0, [target.k]);
  }

  private incdec(target: Expr, inc: boolean, post: boolean): string {
    const fn = inc ? 'inc' : 'dec';
    const t = this.fc.temp();
    const read = this.gen(target);
    const store = (val: string) => {
      switch (target.k) {
        case 'var': return this.writeVar(target.name, val);
        default: return this.assignRaw(target, val);
      }
    };
    if (post) return `(${t} = ${read}, ${store(`${fn}(ctx, ${t})`)}, ${t})`;
    return store(`${fn}(ctx, ${read})`);
  }

  /** Store an already-computed JS value into a non-variable lvalue. */
  private assignRaw(target: Expr, val: string): string {
    switch (target.k) {
      case 'memvar': return `mvSet(ctx, ${this.mod.varsym(target.name)}, ${val})`;
      case 'field': return `fieldSet(ctx, ${this.alias(target.alias)}, ${this.mod.varsym(target.name)}, ${val})`;
      case 'index': return `aSet(ctx, ${this.gen(target.obj)}, ${this.gen(target.index)}, ${val})`;
      case 'send':
        if (typeof target.msg === 'string') {
          const o = target.obj === null ? this.fc.withObjs.at(-1) : this.gen(target.obj);
          return `${this.mod.msg('_' + target.msg)}.send(ctx, ${o}, ${val})`;
        }
        break;
      case 'macro': return `macroSet(ctx, ${this.macroText(target)}, ${val})`;
      case 'list': if (target.items.length === 1) return this.assignRaw(target.items[0], val);
    }
    throw new CompileError(22, 0, [target.k]);
  }

  /** @target: a reference that reads and writes the target in place. */
  private ref(target: Expr): string {
    const v = this.fc.temp();
    switch (target.k) {
      case 'var': {
        const b = this.binding(target.name);
        if (b.kind === 'memvar' || b.kind === 'undeclared') return `mvRef(ctx, ${this.mod.varsym(target.name)})`;
        return `new Ref(() => ${this.readVar(target.name)}, (${v}) => ${this.writeVar(target.name, v)})`;
      }
      case 'memvar': return `mvRef(ctx, ${this.mod.varsym(target.name)})`;
      case 'index': {
        const o = this.fc.temp();
        const i = this.fc.temp();
        return `(${o} = ${this.gen(target.obj)}, ${i} = ${this.gen(target.index)}, elemRef(ctx, ${o}, ${i}))`;
      }
      case 'macro': return `macroRef(ctx, ${this.macroText(target)})`;
      default:
        return `new Ref(() => ${this.gen(target)}, (${v}) => ${this.assignRaw(target, v)})`;
    }
  }

  /** The string a macro compiles: its parts joined, variables read by scope. */
  macroText(m: Expr): string {
    if (m.k !== 'macro') return this.gen(m);
    const parts = m.parts.map((p: MacroPart) => {
      if ('text' in p) return JSON.stringify(p.text);
      if ('var' in p) return `macroStr(ctx, ${this.readVar(p.var)})`;
      return `macroStr(ctx, ${this.gen(p.expr)})`;
    });
    return parts.length === 1 ? parts[0] : parts.join(' + ');
  }

  // ------------------------------------------------------------- codeblocks

  private block(e: Extract<Expr, { k: 'block' }>): string {
    const mod = this.mod;
    const frame = mod.id('fb');
    const scope = new Scope(this.fc.scope);
    const fc = new FnCtx(mod, scope, frame, this.fc.owner, this.fc);
    for (const p of e.params) scope.declare(p, { kind: 'local', js: jsLocal(p), refParam: false });
    fc.nParams = e.params.length;
    const gen = new ExprGen(fc);
    const body = e.body.length === 0 ? 'undefined' : e.body.map((x) => gen.gen(x)).join(', ');
    const proc = mod.proc('(b)' + this.fc.owner);
    const params = e.params.map((p) => ', ' + jsLocal(p)).join('') + (e.varargs ? ', ...va' : '');
    const temps = fc.temps.length ? `let ${fc.temps.join(', ')}; ` : '';
    const args = e.varargs ? `${frame}.args = [${e.params.map(jsLocal).join(', ')}${e.params.length ? ', ' : ''}...va]; ` : '';
    return `((ctx${params}) => { ${temps}const ${frame} = ctx.enter(${proc}); ${frame}.line = ${e.line}; ${args}` +
      `const r = (${body}); ctx.leave(${frame}); return r; })`;
  }
}

/** FOR EACH enumerator messages compiled to the loop's own state. */
function enumMessage(msg: string, en: { state: string }, value: string): string | null {
  switch (msg) {
    case '__ENUMINDEX': return `${en.state}.index`;
    case '__ENUMVALUE': return value;
    case '__ENUMBASE': return `${en.state}.base`;
    case '__ENUMKEY': return `enumKey(ctx, ${en.state})`;
    case '__ENUMISFIRST': return `enumIsFirst(${en.state})`;
    case '__ENUMISLAST': return `enumIsLast(${en.state})`;
  }
  return null;
}
