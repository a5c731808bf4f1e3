// The rule tables of a preprocessor run. The most recently defined rule is
// tried first. Rules are indexed by the first four letters (upper case) of
// their first match token, which every token they can match shares; rules
// starting with a marker are candidates for any token.

import type { PPToken } from './tokentype.js';
import { TT } from './tokentype.js';
import { keyOf, type Rule } from './rule.js';

function startsWithMarker(rule: Rule): boolean {
  const t = rule.match[0].t;
  return t >= TT.MM_REGULAR && t <= TT.MM_OPTIONAL;
}

export class RuleList {
  private byKey = new Map<number, Rule[]>();
  /** Rules starting with a marker, newest first. */
  private wild: Rule[] = [];
  /** All rules, newest first. */
  private order: Rule[] = [];

  get count(): number {
    return this.order.length;
  }

  clone(): RuleList {
    const c = new RuleList();
    for (const [k, v] of this.byKey) c.byKey.set(k, v.slice());
    c.wild = this.wild.slice();
    c.order = this.order.slice();
    return c;
  }

  add(rule: Rule): void {
    this.order.unshift(rule);
    if (startsWithMarker(rule)) {
      this.wild.unshift(rule);
      for (const list of this.byKey.values()) list.unshift(rule);
      return;
    }
    const key = keyOf(rule.match[0].text);
    const list = this.byKey.get(key);
    if (list) list.unshift(rule);
    else this.byKey.set(key, [rule, ...this.wild]);
  }

  remove(rule: Rule): void {
    const drop = (list: Rule[]): void => {
      const i = list.indexOf(rule);
      if (i >= 0) list.splice(i, 1);
    };
    drop(this.order);
    drop(this.wild);
    for (const list of this.byKey.values()) drop(list);
  }

  /** Rules that may match at this token, newest first. */
  candidates(tok: PPToken): Rule[] {
    return this.byKey.get(keyOf(tok.text)) ?? this.wild;
  }

  /** All rules, newest first. */
  all(): readonly Rule[] {
    return this.order;
  }
}

export class RuleSet {
  defines = new Map<string, Rule>();
  translates = new RuleList();
  commands = new RuleList();

  clone(): RuleSet {
    const c = new RuleSet();
    c.defines = new Map(this.defines);
    c.translates = this.translates.clone();
    c.commands = this.commands.clone();
    return c;
  }
}
