// Name resolution: what an identifier means at a point of a function —
// a LOCAL (a JS variable), a STATIC (a module variable), a memvar, a field,
// or undeclared (a field if the current work area has one, else a memvar,
// decided at run time as Harbour does).

export type Binding =
  | { kind: 'local'; js: string; refParam: boolean; enumIdx?: number }
  | { kind: 'static'; js: string; thread: boolean }
  | { kind: 'memvar' }
  | { kind: 'field'; alias: string | null }
  | { kind: 'undeclared' };

/** A lexical level: a function body or a codeblock nested in it. */
export class Scope {
  private readonly names = new Map<string, Binding>();

  constructor(
    readonly parent: Scope | null,
    /** the parameters of a codeblock (nested codeblocks cannot reach them) */
    readonly isBlock = false,
  ) {}

  declare(name: string, b: Binding): void {
    this.names.set(name, b);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  resolve(name: string): Binding {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const b = s.names.get(name);
      if (b !== undefined) return b;
    }
    return { kind: 'undeclared' };
  }

  /** Is `name` declared in an enclosing scope (a codeblock reading its function's variable)? */
  isOuter(name: string): boolean {
    return !this.names.has(name) && this.parent !== null && this.parent.resolve(name).kind !== 'undeclared';
  }

  /** Is `name` a parameter of a codeblock enclosing this scope (not this one)? */
  isOuterBlockParam(name: string): boolean {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      if (s.names.has(name)) return s !== this && s.isBlock;
    }
    return false;
  }
}

/** JS-safe name of a PRG variable (PRG names are case-insensitive). */
export function jsLocal(name: string): string {
  return 'l_' + name;
}
