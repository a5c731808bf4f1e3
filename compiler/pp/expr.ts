// #if / #elif expressions: integer arithmetic on numbers, logical literals,
// defined( NAME ) and __pragma( SWITCH ). An unknown name is an error unless
// a short-circuit (.AND. with false, .OR. with true) makes it irrelevant.

import { TT, type PPToken } from './tokentype.js';
import { isEOC } from './match.js';

const enum Prec {
  Nul = 0,
  Log = 1,
  Not = 2,
  Rel = 3,
  Bit = 4,
  Plus = 5,
  Mult = 6,
  Neg = 7,
}

/** Internal operator codes for the two-token forms. */
const SHIFTL = 1001, SHIFTR = 1002;

interface EvalState {
  toks: PPToken[];
  error: boolean;
  undef: boolean;
}

function precedence(st: EvalState, p: number): { op: number; prec: Prec; next: number } {
  const toks = st.toks;
  const tok = toks[p];
  const nx = p + 1 < toks.length ? toks[p + 1] : undefined;
  switch (tok.t) {
    case TT.NOT:
      return { op: TT.NOT, prec: Prec.Not, next: p + 1 };
    case TT.LT:
    case TT.GT:
      if (nx && nx.t === tok.t && nx.spaces === 0) {
        return { op: tok.t === TT.LT ? SHIFTL : SHIFTR, prec: Prec.Bit, next: p + 2 };
      }
      return { op: tok.t, prec: Prec.Rel, next: p + 1 };
    case TT.EQUAL: case TT.HASH: case TT.NE: case TT.LE: case TT.GE:
      return { op: tok.t, prec: Prec.Rel, next: p + 1 };
    case TT.AND: case TT.OR:
      return { op: tok.t, prec: Prec.Log, next: p + 1 };
    case TT.PIPE:
      if (nx && nx.t === TT.PIPE && nx.spaces === 0) return { op: TT.OR, prec: Prec.Log, next: p + 2 };
      return { op: TT.PIPE, prec: Prec.Bit, next: p + 1 };
    case TT.AMPERSAND:
      if (nx && nx.t === TT.AMPERSAND && nx.spaces === 0) return { op: TT.AND, prec: Prec.Log, next: p + 2 };
      return { op: TT.AMPERSAND, prec: Prec.Bit, next: p + 1 };
    case TT.POWER:
      return { op: TT.POWER, prec: Prec.Bit, next: p + 1 };
    case TT.PLUS: case TT.MINUS:
      return { op: tok.t, prec: Prec.Plus, next: p + 1 };
    case TT.MULT: case TT.DIV: case TT.MOD:
      return { op: tok.t, prec: Prec.Mult, next: p + 1 };
    default:
      return { op: tok.t, prec: Prec.Nul, next: p + 1 };
  }
}

function apply(l: bigint, r: bigint, op: number, st: EvalState): bigint {
  const b = (v: boolean): bigint => (v ? 1n : 0n);
  switch (op) {
    case TT.EQUAL: return b(l === r);
    case TT.HASH: case TT.NE: return b(l !== r);
    case TT.LE: return b(l <= r);
    case TT.GE: return b(l >= r);
    case TT.LT: return b(l < r);
    case TT.GT: return b(l > r);
    case TT.AND: return b(l !== 0n && r !== 0n);
    case TT.OR: return b(l !== 0n || r !== 0n);
    case TT.PIPE: return BigInt.asIntN(64, l | r);
    case TT.AMPERSAND: return BigInt.asIntN(64, l & r);
    case TT.POWER: return BigInt.asIntN(64, l ^ r);   // '^' is bitwise xor here
    case SHIFTL: return BigInt.asIntN(64, l << (r & 63n));
    case SHIFTR: return BigInt.asIntN(64, l >> (r & 63n));
    case TT.PLUS: return BigInt.asIntN(64, l + r);
    case TT.MINUS: return BigInt.asIntN(64, l - r);
    case TT.MULT: return BigInt.asIntN(64, l * r);
    case TT.DIV:
      if (r === 0n) { st.error = true; return l; }
      return BigInt.asIntN(64, l / r);
    case TT.MOD:
      if (r === 0n) { st.error = true; return l; }
      return l % r;
  }
  return l;
}

/** Integer value of a number token (decimal or 0x hex); null when it is not an integer in range. */
function intValue(text: string): bigint | null {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return BigInt.asIntN(64, BigInt(text));
  if (!/^[0-9]+$/.test(text)) return null;
  const v = BigInt(text);
  return v > 0x7fffffffffffffffn ? null : v;
}

/** Evaluates from `p`; returns the position after the operand and the operators bound tighter than `prec`. */
function value(st: EvalState, p: number, prec: Prec, out: { v: bigint }): number {
  const toks = st.toks;
  if (isEOC(toks, p)) {
    st.error = true;
    return p;
  }
  const tok = toks[p];
  switch (tok.t) {
    case TT.MINUS:
      p = value(st, p + 1, Prec.Neg, out);
      out.v = BigInt.asIntN(64, -out.v);
      break;
    case TT.PLUS:
      p = value(st, p + 1, prec, out);
      break;
    case TT.NOT:
      p = value(st, p + 1, Prec.Not, out);
      out.v = out.v ? 0n : 1n;
      break;
    case TT.LEFT_PB:
      st.error = true;
      p = value(st, p + 1, Prec.Nul, out);
      if (!st.error && !isEOC(toks, p) && toks[p].t === TT.RIGHT_PB) p++;
      else st.error = true;
      break;
    case TT.RIGHT_PB:
      return p;
    case TT.NUMBER: {
      const v = intValue(tok.text);
      if (v === null) {
        st.error = true;
      } else {
        out.v = v;
        st.error = false;
        p++;
      }
      break;
    }
    case TT.LOGICAL:
      out.v = tok.text === '.T.' ? 1n : 0n;
      st.error = false;
      p++;
      break;
    case TT.KEYWORD:
      out.v = 0n;
      p++;
      st.undef = true;
      st.error = false;
      break;
    default:
      st.error = true;
  }
  while (!(st.error || isEOC(toks, p) || toks[p].t === TT.RIGHT_PB)) {
    const { op, prec: np, next } = precedence(st, p);
    if (np < Prec.Log) {
      st.error = true;
    } else if (np > prec) {
      let known = false;
      if (!st.undef) {
        if (op === TT.AND && out.v === 0n) known = true;
        else if (op === TT.OR && out.v !== 0n) {
          out.v = 1n;
          known = true;
        }
      }
      const right = { v: 0n };
      st.error = true;
      p = value(st, next, np, right);
      if (!st.error) out.v = apply(out.v, right.v, op, st);
      if (known) st.undef = false;
    } else {
      break;
    }
  }
  return p;
}

/** Value of the expression toks[from..] up to the end of the command; null on error. */
export function evalCondition(toks: PPToken[], from: number): bigint | null {
  const st: EvalState = { toks, error: true, undef: false };
  const out = { v: 0n };
  const p = value(st, from, Prec.Nul, out);
  if (!isEOC(toks, p) || st.undef) st.error = true;
  return st.error ? null : out.v;
}
