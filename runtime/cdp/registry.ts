// The code pages a program can select, and the one a thread uses.
//
// The current code page of a thread is its _SET_CODEPAGE value (an id
// string); hb_cdpSelect() and Set(_SET_CODEPAGE) both change that value.
// Code pages are built on first use.

import type { Thread } from '../vm/thread.js';
import { Codepage } from './codepage.js';
import { CATALOG, type CatalogEntry } from './catalog.js';
import { tableOf } from './unitables.js';

const SET_CODEPAGE = 114;

const built = new Map<string, Codepage>();
const byId = new Map<string, CatalogEntry>();
for (const e of CATALOG) byId.set(e.id, e);

function build(e: CatalogEntry): Codepage {
  let cp = built.get(e.id);
  if (cp === undefined) {
    cp = new Codepage({
      id: e.id, info: e.info, uniId: e.uniId, toUni: tableOf(e.uniId),
      pairs: e.pairs, upperOnly: e.upperOnly, lowerOnly: e.lowerOnly,
      upperMap: e.upperMap, lowerMap: e.lowerMap, utf8: e.utf8, charIdx: e.charIdx,
    });
    built.set(e.id, cp);
  }
  return cp;
}

/**
 * The code page with id `id` (exact, e.g. "DE850"), or else the first one
 * whose Unicode table has that name (any case, e.g. "cp850").
 */
export function findCodepage(id: string): Codepage | undefined {
  const e = byId.get(id);
  if (e !== undefined) return build(e);
  const lower = id.toLowerCase();
  for (const c of CATALOG) if (c.uniId.toLowerCase() === lower) return build(c);
  return undefined;
}

/** Ids of all code pages, in Harbour's hb_cdpList() order. */
export function codepageIds(): string[] {
  return CATALOG.map((e) => e.id);
}

export const EN = build(CATALOG[0]);

let lastId: unknown = 'EN';
let lastCp: Codepage = EN;

/** The thread's current code page. */
export function currentCodepage(ctx: Thread): Codepage {
  const id = ctx.sets.values[SET_CODEPAGE];
  if (id === lastId) return lastCp;
  const cp = (typeof id === 'string' ? findCodepage(id) : undefined) ?? EN;
  lastId = id;
  lastCp = cp;
  return cp;
}

/** Make `cp` the thread's code page. */
export function selectCodepage(ctx: Thread, cp: Codepage): void {
  ctx.sets.put(SET_CODEPAGE, cp.id);
}
