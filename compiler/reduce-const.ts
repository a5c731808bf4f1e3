// What the reducer knows about constant expressions: their Harbour type,
// and dates and timestamps as (Julian day, milliseconds) pairs that it can
// compute with and write back as literals.

import type { Expr } from './ast.js';
import { dateToDigits } from '../runtime/values/date.js';
import { parseDateLiteral, parseTimestamp } from '../runtime/values/literals.js';
import { timeDecode } from '../runtime/values/timestamp.js';

/**
 * The type of a constant expression as the reducer sees it (NIL, numeric,
 * date, timestamp, string, logical, codeblock, array and hash literals,
 * @func() and @var), or null for anything computed.
 */
export type ConstKind = 'U' | 'N' | 'D' | 'T' | 'C' | 'L' | 'B' | 'A' | 'H' | 'F' | 'R';

export function constKind(e: Expr): ConstKind | null {
  switch (e.k) {
    case 'nil': return 'U';
    case 'num': case 'numc': return 'N';
    case 'date': return 'D';
    case 'ts': return 'T';
    case 'str': return 'C';
    case 'bool': return 'L';
    case 'block': return 'B';
    case 'array': return 'A';
    case 'hash': return 'H';
    case 'funref': return 'F';
    case 'ref': return 'R';
    default: return null;
  }
}

/** Harbour's name of an expression's type in compile errors ("Operation not supported for data type"). */
export function typeName(k: ConstKind): string {
  switch (k) {
    case 'U': return 'NIL';
    case 'N': return 'Numeric';
    case 'D': return 'Date';
    case 'T': return 'Timestamp';
    case 'C': return 'String';
    case 'L': return 'Logical';
    case 'B': return 'Codeblock';
    case 'A': return 'Array';
    case 'H': return 'Hash';
    case 'F': return '@func()';
    case 'R': return '@';
  }
}

/** A date or timestamp constant as [day, milliseconds] (0 ms for a date), or null. */
export function dayTime(e: Expr): [number, number] | null {
  if (e.k === 'date') return [parseDateLiteral(e.text, e.literal) ?? 0, 0];
  if (e.k === 'ts') return parseTimestamp(e.text) ?? [0, 0];
  return null;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A date literal of day `jd`, or null when no literal can write it (left to run time). */
export function dateNode(jd: number): Expr | null {
  if (jd === 0) return { k: 'date', text: '0', literal: true };
  const text = dateToDigits(jd);
  return parseDateLiteral(text, true) === jd ? { k: 'date', text, literal: true } : null;
}

/** A timestamp literal, or null when no literal can write it. */
export function tsNode(jd: number, ms: number): Expr | null {
  const [h, mi, s, f] = timeDecode(ms);
  let text = `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(f, 3)}`;
  if (jd !== 0) {
    const d = dateToDigits(jd);
    text = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)} ${text}`;
  }
  const back = parseTimestamp(text);
  return back !== undefined && back[0] === jd && back[1] === ms ? { k: 'ts', text } : null;
}
