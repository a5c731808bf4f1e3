// The integrity check of an order: its tree well formed (the driver's own
// structure check), its keys in order, and its contents what the table
// says: every record passing the FOR condition under its key, no others.

import type { IndexArea } from './area.js';
import type { Tag } from './tag.js';
import { Find } from './tag.js';

/** Problems found in `tag` of area `a` (empty when the order is sound). */
export function checkOrder(a: IndexArea, tag: Tag): string[] {
  const { problems, keys, recs } = tag.verify();
  if (tag.custom) return problems;
  const have = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const id = keys[i] + '\0' + recs[i];
    have.set(id, (have.get(id) ?? 0) + 1);
  }
  const saved = a.recNo();
  const total = a.recCount();
  const seenKeys = new Set<string>();
  let expected = 0;
  try {
    for (let rec = 1; rec <= total; rec++) {
      a.goTo(rec);
      if (!a.forOf(tag)) continue;
      const key = a.keyOf(tag);
      if (tag.unique) {
        if (seenKeys.has(key)) continue;
        seenKeys.add(key);
      }
      expected++;
      const id = key + '\0' + rec;
      const n = have.get(id) ?? 0;
      if (n === 0) {
        if (!tag.unique && !tag.partial) problems.push(`record ${rec}: its key is missing`);
        continue;
      }
      have.set(id, n - 1);
      if (!tag.keyFind(key, tag.keyLen, Find.Entry, rec)) problems.push(`record ${rec}: not found by its key`);
    }
  } finally {
    a.goTo(saved);
  }
  if (!tag.partial && !tag.unique && keys.length !== expected) {
    problems.push(`${keys.length} keys for ${expected} qualifying records`);
  }
  for (const [id, n] of have) {
    if (n > 0 && !tag.partial && !tag.unique) problems.push(`key of record ${id.slice(id.indexOf('\0') + 1)} has no record`);
  }
  return problems;
}
