import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/memo.table.js';
import { runRows } from './str-helpers.js';

test('memo line functions give Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
