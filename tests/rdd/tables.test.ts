// The database tables recorded from Harbour (tables/*.table.ts), each run
// on fresh copies of the Harbour fixtures.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRows } from './rows.js';
import NTX from './tables/ntx.table.js';
import CDX from './tables/cdx.table.js';
import PLAIN from './tables/plain.table.js';
import WRITE from './tables/write.table.js';

test('the NTX fixtures: orders, seeks, scopes and errors as in Harbour', () => {
  assert.deepEqual(runRows(NTX), []);
});

test('the CDX fixture: production index, tags, seeks and memos as in Harbour', () => {
  assert.deepEqual(runRows(CDX), []);
});

test('the empty and code page fixtures read as in Harbour', () => {
  assert.deepEqual(runRows(PLAIN), []);
});

test('changes to the fixtures: appends, memos, PACK, ZAP, new and dropped tags as in Harbour', () => {
  assert.deepEqual(runRows(WRITE), []);
});
