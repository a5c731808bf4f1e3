// The syntax tree of a PRG module: what the parser builds and the code
// generator (and the macro compiler) consume.

// ---------------------------------------------------------------- expressions

export type Expr =
  | { k: 'nil' }
  | { k: 'num'; text: string }
  | { k: 'numc'; v: number; long: boolean; width: number; dec: number } // folded constant (width/dec -1: run-time default)
  | { k: 'str'; v: string }
  | { k: 'date'; text: string; literal: boolean } // 0dYYYYMMDD (literal) or d"..." text
  | { k: 'ts'; text: string }
  | { k: 'bool'; v: boolean }
  | { k: 'self' }
  | { k: 'var'; name: string }                        // an identifier, resolved by scope
  | { k: 'memvar'; name: string }                     // M->name, MEMVAR->name
  | { k: 'field'; name: string; alias: Alias | null } // FIELD->name, alias->name
  | { k: 'aliasExpr'; alias: Alias; e: Expr }         // alias->( expr )
  | { k: 'call'; name: string; args: Arg[]; dim?: boolean }      // dim: Array() compiled inline (-ko)
  | { k: 'macroCall'; macro: Expr; args: Arg[] }      // &name( args ), &( expr )( args )
  | { k: 'index'; obj: Expr; index: Expr }
  | { k: 'send'; obj: Expr | null; msg: string | Expr; args: Arg[] | null } // obj:msg / obj:msg(args); obj null in WITH OBJECT
  | { k: 'assign'; op: AssignOp; target: Expr; value: Expr }
  | { k: 'bin'; op: BinOp; l: Expr; r: Expr }
  | { k: 'and'; l: Expr; r: Expr }
  | { k: 'or'; l: Expr; r: Expr }
  | { k: 'not'; e: Expr }
  | { k: 'neg'; e: Expr }
  | { k: 'incdec'; e: Expr; inc: boolean; post: boolean }
  | { k: 'iif'; c: Expr; t: Expr; f: Expr }
  | { k: 'array'; items: Arg[] }
  | { k: 'hash'; keys: Expr[]; values: Expr[] }
  // source: the text of a block with a macro variable, else ''; loneMacro: its body is just &var;
  // macroDecl: -kd was on (declared variables may stand beside the macro: compiled as written)
  | { k: 'block'; params: string[]; varargs: boolean; body: Expr[]; line: number; source: string; loneMacro?: boolean;
    macroDecl?: boolean }
  | { k: 'list'; items: Expr[] }                      // ( e1, e2, ... ): the value of the last
  | { k: 'ref'; e: Expr }                             // @var, @arr[i], @obj:data (in arguments)
  | { k: 'funref'; name: string }                     // @Func()
  | { k: 'macro'; parts: MacroPart[]; src?: string }   // &var, &var.text, a&b.c, &( expr ); src: the token's text
  | { k: 'varargs' }                                  // ... in an argument list
  | { k: 'js'; code: string };                        // code generator internal: a JS expression

/** An argument slot; null is an omitted argument (f( 1, , 3 )). */
export type Arg = Expr | null;

export type MacroPart = { text: string } | { var: string } | { expr: Expr };

/** The work area of alias->: a name, a macro, or an expression evaluating to a number or name. */
export type Alias = { name: string } | { expr: Expr };

export type AssignOp = ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=';

export type BinOp = '+' | '-' | '*' | '/' | '%' | '^' | '=' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '$';

// ----------------------------------------------------------------- statements

export interface StmtBase {
  line: number;
}

export type Stmt = StmtBase & (
  | { k: 'expr'; e: Expr }
  | { k: 'local'; vars: VarDecl[] }
  | { k: 'static'; vars: VarDecl[]; thread: boolean }
  | { k: 'private'; vars: VarDecl[] }
  | { k: 'public'; vars: VarDecl[] }
  | { k: 'memvar'; names: string[] }
  | { k: 'field'; names: string[]; alias: string | null }
  | { k: 'parameters'; names: string[] }
  | { k: 'if'; arms: Array<{ cond: Expr; body: Stmt[] }>; else: Stmt[] | null }
  | { k: 'case'; arms: Array<{ cond: Expr; body: Stmt[] }>; otherwise: Stmt[] | null }
  | { k: 'switch'; e: Expr; arms: Array<{ value: Expr; body: Stmt[] }>; otherwise: Stmt[] | null }
  | { k: 'while'; cond: Expr; body: Stmt[] }
  | { k: 'for'; v: Expr; start: Expr; end: Expr; step: Expr | null; body: Stmt[] }
  | { k: 'foreach'; vars: Expr[]; bases: Expr[]; descend: boolean; body: Stmt[] }
  | { k: 'loop' }
  | { k: 'exit' }
  | { k: 'seq'; withBlock: Expr | null; body: Stmt[]; recover: Stmt[] | null; using: Expr | null; always: Stmt[] | null }
  | { k: 'break'; e: Expr | null }
  | { k: 'return'; e: Expr | null }
  | { k: 'do'; name: string | Expr; args: Arg[] }       // DO proc WITH args
  | { k: 'with'; obj: Expr; body: Stmt[] }               // WITH OBJECT
  | { k: 'request'; names: string[] }                    // REQUEST / EXTERNAL / DYNAMIC
);

export interface VarDecl {
  name: string;
  /** PRIVATE &cName: the name comes from a macro at run time */
  macro?: Expr;
  init: Expr | null;
  /** LOCAL a[3,2]: array dimensions */
  dims: Expr[] | null;
  line: number;
}

// -------------------------------------------------------------------- modules

export type FuncKind = 'function' | 'procedure';

export interface FuncDecl {
  name: string;
  kind: FuncKind;
  isStatic: boolean;
  /** INIT or EXIT procedure */
  special: 'init' | 'exit' | null;
  params: string[];
  varargs: boolean;
  body: Stmt[];
  line: number;
  /** the implicit procedure holding statements before the first FUNCTION */
  implicit: boolean;
  /** METHOD ... CLASS implementation: its class name */
  className?: string;
}

export interface Module {
  file: string;
  /** file-wide declarations before the first function (STATIC, MEMVAR, FIELD) */
  fileDecls: Stmt[];
  funcs: FuncDecl[];
}
