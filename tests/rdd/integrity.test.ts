// The index integrity check (hbts_OrdCheck(): tree well formed, keys in
// order, one key per qualifying record, every record found by its key) on
// the indexes Harbour wrote and on indexes hbts builds and then maintains
// through appends, replaces, deletes and PACK; and the check finding
// damage in a corrupted index.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from './session.js';

/** The problems hbts_OrdCheck() reports for every order of the current area. */
function checkAll(s: Session): string[] {
  const out: string[] = [];
  const count = s.ev('OrdCount()') as number;
  for (let i = 1; i <= count; i++) {
    const problems = s.ev(`hbts_OrdCheck(${i})`) as string[];
    for (const p of problems) out.push(`${String(s.ev(`OrdName(${i})`))}: ${p}`);
  }
  return out;
}

test('the orders Harbour wrote pass the integrity check', () => {
  const s = new Session(['types.dbf', 'types.dbt', 'types_name.ntx', 'types_price.ntx', 'types_born.ntx',
    'items.dbf', 'items.fpt', 'items.cdx']);
  try {
    s.run(`dbUseArea(.T., "DBFNTX", ${s.file('types')}, "TY", .T., .T.)`);
    for (const bag of ['types_name', 'types_price', 'types_born']) s.run(`OrdListAdd(${s.file(bag)})`);
    assert.equal(s.ev('OrdCount()'), 3);
    assert.deepEqual(checkAll(s), []);
    s.run(`dbUseArea(.T., "DBFCDX", ${s.file('items')}, "IT", .T., .T.)`);
    assert.equal(s.ev('OrdCount()'), 6);
    assert.deepEqual(checkAll(s), []);
  } finally {
    s.close();
  }
});

test('a damaged NTX page is reported', () => {
  const s = new Session(['types.dbf', 'types.dbt', 'types_name.ntx']);
  try {
    // Swap the record numbers of the first two keys of the only leaf page.
    const file = path.join(s.dir, 'types_name.ntx');
    const b = fs.readFileSync(file);
    const first = 1024 + b.readUInt16LE(1024 + 2);
    const second = 1024 + b.readUInt16LE(1024 + 4);
    const r1 = b.readUInt32LE(first + 4);
    b.writeUInt32LE(b.readUInt32LE(second + 4), first + 4);
    b.writeUInt32LE(r1, second + 4);
    fs.writeFileSync(file, b);
    s.run(`dbUseArea(.T., "DBFNTX", ${s.file('types')}, "TY", .T., .T.)`, `OrdListAdd(${s.file('types_name')})`);
    assert.notDeepEqual(checkAll(s), []);
  } finally {
    s.close();
  }
});

/** A deterministic stream of pseudo-random integers below `n`. */
function lcg(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

for (const driver of ['DBFNTX', 'DBFCDX']) {
  test(`${driver} orders built and maintained by hbts pass the integrity check`, () => {
    const s = new Session();
    const rnd = lcg(driver === 'DBFNTX' ? 7 : 11);
    const word = (): string => `"${String.fromCharCode(65 + rnd(26), 65 + rnd(26), 97 + rnd(26))}"`;
    try {
      s.run(`dbCreate(${s.file('t')}, {{"NAME", "C", 10, 0}, {"N", "N", 8, 2}, {"D", "D", 8, 0}, {"FLAG", "L", 1, 0}}, "${driver}")`,
        `dbUseArea(.T., "${driver}", ${s.file('t')}, "T", .F., .F.)`);
      for (let i = 0; i < 3000; i++) {
        s.run('dbAppend()', `FieldPut(1, ${word()})`, `FieldPut(2, ${rnd(20000) - 10000} / 100)`,
          `FieldPut(3, SToD("2000") + ${rnd(5000)})`, `FieldPut(4, ${rnd(3) === 0 ? '.T.' : '.F.'})`);
      }
      const bag = (name: string): string => (driver === 'DBFNTX' ? s.file(name) : s.file('t'));
      s.run(`OrdCondSet(, , , , , , , , , , .F., , .T.)`, `OrdCreate(${bag('tname')}, "TNAME", "Upper(NAME)", {|| Upper(FIELD->NAME)})`);
      s.run(`OrdCondSet(, , , , , , , , , , .T., , .T.)`, `OrdCreate(${bag('tnum')}, "TNUM", "N", {|| FIELD->N})`);
      s.run(`OrdCondSet("FLAG", {|| FIELD->FLAG}, , , , , , , , , , , .T.)`, `OrdCreate(${bag('tdate')}, "TDATE", "D", {|| FIELD->D})`);
      s.run(`OrdCondSet(, , , , , , , , , , , , .T.)`, `OrdCreate(${bag('tuniq')}, "TUNIQ", "Left(NAME, 2)", {|| Left(FIELD->NAME, 2)}, .T.)`);
      assert.equal(s.ev('OrdCount()'), 4);
      assert.deepEqual(checkAll(s), []);
      for (let i = 0; i < 1500; i++) {
        s.run(`dbGoto(${1 + rnd(s.ev('LastRec()') as number)})`);
        switch (rnd(5)) {
          case 0: s.run(`FieldPut(1, ${word()})`); break;
          case 1: s.run(`FieldPut(2, ${rnd(20000) - 10000} / 100)`, `FieldPut(4, !FIELD->FLAG)`); break;
          case 2: s.run('dbDelete()'); break;
          case 3: s.run('dbAppend()', `FieldPut(1, ${word()})`, `FieldPut(3, SToD("2010") + ${rnd(900)})`); break;
          default: s.run(`FieldPut(3, FIELD->D + ${rnd(100) - 50})`, `FieldPut(1, Lower(FIELD->NAME))`);
        }
      }
      s.run('dbCommit()');
      assert.deepEqual(checkAll(s), []);
      s.run('__dbPack()');
      assert.deepEqual(checkAll(s), []);
      s.run('dbCloseArea()', `dbUseArea(.T., "${driver}", ${s.file('t')}, "T", .T., .T.)`);
      if (driver === 'DBFNTX') for (const b of ['tname', 'tnum', 'tdate', 'tuniq']) s.run(`OrdListAdd(${s.file(b)})`);
      assert.equal(s.ev('OrdCount()'), 4);
      assert.deepEqual(checkAll(s), []);
    } finally {
      s.close();
    }
  });
}
