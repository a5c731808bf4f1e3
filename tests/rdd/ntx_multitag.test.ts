// Several tags in one NTX file (DBFNTX's compound bag): a file Harbour
// wrote (tests/fixtures/harbour/types_multi.ntx, over types.dbf: tags NAME
// = Upper( NAME ), BORN = BORN FOR ACTIVE, ID = ID UNIQUE, PRICE = PRICE
// DESCENDING, PRICE destroyed once and made again) opens with every tag
// in Harbour's order, and stays sound while hbts changes the table, adds,
// replaces and destroys tags and rebuilds the file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Session } from './session.js';

const FILES = ['types.dbf', 'types.dbt', 'types_multi.ntx'];

/** Record numbers of order `i` from top to bottom. */
function walk(s: Session, i: number): number[] {
  s.run(`OrdSetFocus(${i})`, 'dbGoTop()');
  const out: number[] = [];
  while (!(s.ev('Eof()') as boolean)) {
    out.push(s.ev('RecNo()') as number);
    s.run('dbSkip()');
  }
  return out;
}

/** Every order's integrity problems, named. */
function problems(s: Session): string[] {
  const out: string[] = [];
  const n = s.ev('OrdCount()') as number;
  for (let i = 1; i <= n; i++) {
    for (const p of s.ev(`hbts_OrdCheck(${i})`) as string[]) out.push(`${String(s.ev(`OrdName(${i})`))}: ${p}`);
  }
  return out;
}

test('a multi-tag NTX file Harbour wrote opens with every tag', () => {
  const s = new Session(FILES);
  try {
    s.run(`dbUseArea(.T., "DBFNTX", ${s.file('types')}, "TY", .T., .T.)`, `OrdListAdd(${s.file('types_multi')})`);
    assert.equal(s.ev('OrdCount()'), 4);
    assert.deepEqual([1, 2, 3, 4].map((i) => s.ev(`OrdName(${i})`)), ['NAME', 'BORN', 'ID', 'PRICE']);
    assert.deepEqual([1, 2, 3, 4].map((i) => s.ev(`OrdFor(${i})`)), ['', 'ACTIVE', '', '']);
    assert.equal(s.ev('OrdIsUnique(3)'), true);
    assert.equal(s.ev('OrdDescend(4)'), true);
    assert.equal(s.ev('dbOrderInfo(114)'), true);
    // the orders as Harbour walks them
    assert.deepEqual(walk(s, 1), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(walk(s, 2), [7, 1, 4, 3]);
    assert.deepEqual(walk(s, 3), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(walk(s, 4), [5, 3, 1, 7, 4, 6, 2, 8]);
    s.run('OrdSetFocus("ID")');
    assert.equal(s.ev('dbSeek(6)'), true);
    assert.equal(s.ev('RecNo()'), 6);
    assert.deepEqual(problems(s), []);
  } finally {
    s.close();
  }
});

test('the tags of a Harbour-written multi-tag file stay sound through changes and rebuilds', () => {
  const s = new Session(FILES);
  try {
    s.run(`dbUseArea(.T., "DBFNTX", ${s.file('types')}, "TY", .F., .F.)`, `OrdListAdd(${s.file('types_multi')})`);
    for (let i = 0; i < 200; i++) {
      s.run('dbAppend()', `FieldPut(1, ${1000 + ((i * 37) % 500)})`, `FieldPut(2, "N${(i * 7919) % 1000}")`,
        `FieldPut(3, ${(i * 13) % 300} - 150.25)`, `FieldPut(4, SToD("2001") + ${i * 3})`, `FieldPut(5, ${i % 2 === 0 ? '.T.' : '.F.'})`);
    }
    for (let r = 3; r < 200; r += 11) s.run(`dbGoto(${r})`, 'FieldPut(2, "R" + FieldGet(2))', 'FieldPut(5, !FieldGet(5))');
    for (let r = 5; r < 200; r += 13) s.run(`dbGoto(${r})`, 'dbDelete()');
    assert.deepEqual(problems(s), []);
    // a tag added, one replaced in place, one destroyed
    s.run(`OrdCreate(${s.file('types_multi')}, "CNT", "Str(ID) + NAME")`);
    s.run(`OrdCreate(${s.file('types_multi')}, "BORN", "DToS(BORN) + NAME")`);
    assert.deepEqual([1, 2, 3, 4, 5].map((i) => s.ev(`OrdName(${i})`)), ['NAME', 'BORN', 'ID', 'PRICE', 'CNT']);
    s.run('OrdDestroy("NAME")');
    assert.equal(s.ev('OrdCount()'), 4);
    assert.deepEqual(problems(s), []);
    s.run("__dbPack()");
    assert.deepEqual(problems(s), []);
    s.run('dbCloseArea()');
    s.run(`dbUseArea(.T., "DBFNTX", ${s.file('types')}, "TY", .F., .F.)`, `OrdListAdd(${s.file('types_multi')})`);
    assert.deepEqual([1, 2, 3, 4].map((i) => s.ev(`OrdName(${i})`)), ['BORN', 'ID', 'PRICE', 'CNT']);
    assert.equal(s.ev('OrdKey(1)'), 'DToS(BORN) + NAME');
    assert.deepEqual(problems(s), []);
    s.run('OrdListRebuild()');
    assert.deepEqual(problems(s), []);
    assert.equal(walk(s, 2).length, s.ev('LastRec()'));
  } finally {
    s.close();
  }
});
