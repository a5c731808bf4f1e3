// A Harbour class: its message table, its instance area layout (each
// ancestor class owns a run of slots), its class variables and the values
// new instances start with. Message names are upper case; an assignment
// message is the name with a leading underscore ("_CARGO").

import type { Thread } from '../vm/thread.js';
import type { ProcInfo } from '../vm/frame.js';
import type { FuncSym } from '../vm/symbols.js';
import type { Block, Value } from '../values/types.js';
import { SCOPE_EXPORTED } from './scope-bits.js';

/** A message implemented in TypeScript: `self` is the receiver. */
export type Method = (ctx: Thread, self: Value, ...args: Value[]) => Value;

/** What a message does when it is sent. */
export const enum Kind {
  METHOD, // a PRG function (FuncSym) or a built-in (native)
  INLINE, // a codeblock called with Self first
  GETDATA, SETDATA, // instance variable
  GETCLS, SETCLS, // class variable, one per class
  GETSHR, SETSHR, // shared class variable, one for the defining class and its heirs
  VIRTUAL, SUPER, REALCLASS, DELEGATE, PERFORM,
  SCOPEERR, // assignment to a HIDDEN READONLY variable
  ONERROR, DESTRUCTOR,
}

/** One message of one class. Inheriting copies entries into the heir's table. */
/** The frame context of a method call (Frame.method): which message runs. */
export interface MethodCall {
  readonly proc: ProcInfo | null;
  readonly entry: MsgEntry;
  readonly message: string;
}

export class MsgEntry implements ProcInfo, MethodCall {
  kind: Kind = Kind.METHOD;
  scope = SCOPE_EXPORTED;
  /** the class that defined it (Harbour's "real class" of the message) */
  owner: HbClass;
  /** the class whose table holds this copy */
  cls: HbClass;
  /** the class whose message this one replaced (for hidden non-virtual messages) */
  prevCls: HbClass;
  sym: FuncSym | null = null;
  native: Method | null = null;
  /** a built-in method that shows as a "CLASS:MESSAGE" frame like a PRG one */
  framed = false;
  block: Block | null = null;
  /** data: slot within the owner's run; class data: index in cls.classData; shared: index in owner.sharedData */
  data = 0;
  /** data: where the owner's run starts in cls's instance area */
  offset = 0;
  /** SUPER: the class cast to */
  target: HbClass | null = null;
  /** DELEGATE: the message run instead */
  delegate = '';
  /** assignment type restriction: a ValType letter set ('' = any) */
  itemType = '';
  /** class data: position of its initial value in cls.initData (-1: none) */
  init = -1;
  /** the frame procedure of a method call: the entry itself ("CLASS:MESSAGE") */
  proc: ProcInfo | null;
  /** the frame context of an inline method's codeblock: this message, the block's own name */
  readonly blockCall: MethodCall;

  constructor(
    readonly message: string,
    cls: HbClass,
  ) {
    this.owner = cls;
    this.cls = cls;
    this.prevCls = cls;
    this.proc = this;
    this.blockCall = { proc: null, entry: this, message };
  }

  /** "CLASS:MESSAGE", the procedure name of a method call (ProcName(), "Called from") */
  get entry(): MsgEntry {
    return this;
  }

  get name(): string {
    return this.cls.name + ':' + this.message;
  }

  get file(): string {
    return this.sym?.file ?? '';
  }

  /** A copy for another class's table. */
  copyFor(cls: HbClass): MsgEntry {
    const e = Object.assign(Object.create(MsgEntry.prototype), this) as MsgEntry;
    e.cls = cls;
    e.proc = e;
    (e as { blockCall: MethodCall }).blockCall = { proc: null, entry: e, message: e.message };
    return e;
  }
}

/** An initial value: of an instance slot, or of a class variable (set when the first instance is made). */
export interface InitValue {
  classData: boolean;
  /** instance: absolute slot; class data: index */
  index: number;
  value: Value;
  /** class data only: already stored */
  done: boolean;
}

/** A send site that remembers what it found in a class (send.ts): it looks again when told to forget. */
export interface SendSite {
  forget(): void;
}

export class HbClass {
  readonly msgs = new Map<string, MsgEntry>();
  /** the send sites that cached a lookup in this class */
  readonly sendSites = new Set<SendSite>();
  /** ancestors and the class itself, each with the start of its run of instance slots */
  readonly supers: Array<{ cls: HbClass; offset: number }> = [];
  /** instance area size, and where this class's own slots start */
  nDatas = 0;
  dataFirst = 0;
  classData: Value[] = [];
  sharedData: Value[] = [];
  initData: InitValue[] = [];
  hasOnError = false;
  hasDestructor = false;
  locked = false;
  /** names of the functions (class functions included) that may use hidden and protected members */
  readonly friends = new Set<string>();
  /** MODULE FRIENDLY: the file whose functions are all friends */
  friendModule: string | null = null;
  /** set on the stand-in class of cast objects (o:Parent): the class they are cast to */
  castOf: HbClass | null = null;
  castView: HbClass | null = null;
  /** legacy layout of classes built directly in TypeScript (class ERROR) */
  readonly ivars: string[] = [];
  readonly ivarInit: Value[] = [];
  /** scalar type this class answers for (ASSOCIATE CLASS), '' for none */
  scalarType = '';

  constructor(
    readonly name: string,
    readonly handle: number,
    /** the class function (Foo() for CLASS Foo) */
    public funcSym: FuncSym | null,
  ) {}

  /** A message implemented in TypeScript, for classes built directly in TypeScript. */
  addMethod(name: string, fn: Method): void {
    const e = this.alloc(name.toUpperCase()).entry;
    e.kind = Kind.METHOD;
    e.native = fn;
    if (this.nDatas < this.ivarInit.length) this.nDatas = this.ivarInit.length;
  }

  lookup(msg: string): MsgEntry | undefined {
    return this.msgs.get(msg);
  }

  hasParent(c: HbClass): boolean {
    for (const s of this.supers) if (s.cls === c) return true;
    return false;
  }

  /** Start of ancestor `c`'s slots in this class's instances (0 if not an ancestor). */
  offsetOf(c: HbClass): number {
    for (const s of this.supers) if (s.cls === c) return s.offset;
    return 0;
  }

  /** The ancestor (or the class itself) named `name`. */
  parentNamed(name: string): HbClass | undefined {
    for (let i = this.supers.length - 1; i >= 0; i--) if (this.supers[i].cls.name === name) return this.supers[i].cls;
    return undefined;
  }

  /** An entry of this class for `msg`, created (empty) if missing. */
  alloc(msg: string): { entry: MsgEntry; fresh: boolean } {
    const old = this.msgs.get(msg);
    if (old !== undefined) return { entry: old, fresh: false };
    const e = new MsgEntry(msg, this);
    this.msgs.set(msg, e);
    return { entry: e, fresh: true };
  }

  /** Put `e` in the table in place of the entry for its message. */
  put(e: MsgEntry): void {
    this.msgs.set(e.message, e);
  }
}

/** The process-wide class list; handles are 1-based as in Harbour. */
export class ClassRegistry {
  readonly list: HbClass[] = [];
  /** classes associated with a type of plain values (__clsAssocType), by ValType() letter */
  readonly scalar = new Map<string, HbClass>();

  create(name: string, funcSym: FuncSym | null = null): HbClass {
    const cls = new HbClass(name.toUpperCase(), this.list.length + 1, funcSym);
    this.list.push(cls);
    return cls;
  }

  /**
   * A class's messages were added, changed or removed at run time
   * (__objModMethod, __clsDelMsg ...): every send site looks again, also
   * those of subclasses, which may have found an inherited entry.
   */
  messagesChanged(): void {
    for (const c of this.list) {
      for (const s of c.sendSites) s.forget();
      c.sendSites.clear();
    }
  }

  byHandle(h: number): HbClass | undefined {
    return h >= 1 ? this.list[h - 1] : undefined;
  }

  /** The first class named `name` (upper case). */
  find(name: string): HbClass | undefined {
    const key = name.toUpperCase();
    return this.list.find((c) => c.name === key);
  }

  byFunc(sym: FuncSym): HbClass | undefined {
    return this.list.find((c) => c.funcSym === sym);
  }

  get count(): number {
    return this.list.length;
  }
}
