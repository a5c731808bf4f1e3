// A Harbour class: its instance variable layout and the messages it answers.
// Message names are upper case; an assignment message is the name with a
// leading underscore ("_CARGO"), as in Harbour.

import type { Thread } from '../vm/thread.js';
import type { Value, HbObject } from '../values/types.js';

/** What runs when an object receives a message: `self` is the receiver. */
export type Method = (ctx: Thread, self: Value, ...args: Value[]) => Value;

export class HbClass {
  readonly messages = new Map<string, Method>();
  /** instance variable names in slot order */
  readonly ivars: string[] = [];
  /** initial values of the instance variables (cloned into each new object) */
  readonly ivarInit: Value[] = [];
  readonly parents: HbClass[] = [];

  constructor(
    readonly name: string,
    readonly handle: number,
  ) {}

  /** Add an instance variable with its access and assign messages; returns its slot. */
  addData(name: string, init: Value = undefined): number {
    const key = name.toUpperCase();
    const slot = this.ivars.length;
    this.ivars.push(key);
    this.ivarInit.push(init);
    this.messages.set(key, (_ctx, self) => (self as HbObject).vars[slot]);
    this.messages.set('_' + key, (_ctx, self, v) => ((self as HbObject).vars[slot] = v));
    return slot;
  }

  addMethod(name: string, fn: Method): void {
    this.messages.set(name.toUpperCase(), fn);
  }

  lookup(msg: string): Method | undefined {
    return this.messages.get(msg);
  }
}

/** The process-wide class list; handles are 1-based as in Harbour. */
export class ClassRegistry {
  private readonly list: HbClass[] = [];
  private readonly byName = new Map<string, HbClass>();

  create(name: string): HbClass {
    const cls = new HbClass(name.toUpperCase(), this.list.length + 1);
    this.list.push(cls);
    this.byName.set(cls.name, cls);
    return cls;
  }

  byHandle(h: number): HbClass | undefined {
    return this.list[h - 1];
  }

  find(name: string): HbClass | undefined {
    return this.byName.get(name.toUpperCase());
  }
}
