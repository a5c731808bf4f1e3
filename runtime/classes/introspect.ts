// What PRG code can ask a class about its messages: ClassSel(), the type of
// a message (HB_OO_MSG_*), the list of persistent properties.

import { Kind, type HbClass, type MsgEntry } from './class.js';
import {
  MSG_CLASSDATA, MSG_DATA, MSG_DELEGATE, MSG_DESTRUCTOR, MSG_INLINE, MSG_METHOD, MSG_ONERROR, MSG_PERFORM,
  MSG_REALCLASS, MSG_SUPER, MSG_VIRTUAL,
} from './scope-bits.js';
import { HbNum, type Value } from '../values/types.js';

const HB_MSGLISTALL = 0;
const HB_MSGLISTCLASS = 1;
const HB_MSGLISTPURE = 2;

/** The HB_OO_MSG_* type of an entry, as __objGetMsgList and ClassSel( , , .T. ) report it. */
export function methodType(e: MsgEntry): number {
  switch (e.kind) {
    case Kind.GETCLS: case Kind.SETCLS: case Kind.GETSHR: case Kind.SETSHR: return MSG_CLASSDATA;
    case Kind.GETDATA: case Kind.SETDATA: return MSG_DATA;
    case Kind.INLINE: return MSG_INLINE;
    case Kind.VIRTUAL: return MSG_VIRTUAL;
    case Kind.SUPER: return MSG_SUPER;
    case Kind.REALCLASS: return MSG_REALCLASS;
    case Kind.DELEGATE: return MSG_DELEGATE;
    case Kind.PERFORM: return MSG_PERFORM;
    case Kind.ONERROR: return MSG_ONERROR;
    case Kind.DESTRUCTOR: return MSG_DESTRUCTOR;
    default: return MSG_METHOD;
  }
}

function int(v: Value, dflt: number): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof HbNum) return Math.trunc(v.n);
  return dflt;
}

/** o:ClassSel( [nListType], [nScope], [lFull] ): the class's message names (or {name, type, scope} triples). */
export function classSel(cls: HbClass, list: Value, scope: Value, full: Value): Value[] {
  const nList = int(list, HB_MSGLISTALL);
  const nScope = int(scope, 0);
  const out: Value[] = [];
  for (const e of cls.msgs.values()) {
    const isCls = methodType(e) === MSG_CLASSDATA;
    if (nList === HB_MSGLISTCLASS && !isCls) continue;
    if (nList === HB_MSGLISTPURE && isCls) continue;
    if (nList !== HB_MSGLISTALL && nList !== HB_MSGLISTCLASS && nList !== HB_MSGLISTPURE) continue;
    if (nScope !== 0 && (e.scope & nScope) === 0) continue;
    out.push(full === true ? [e.message, undefined, methodType(e), e.scope] : e.message);
  }
  return out;
}
