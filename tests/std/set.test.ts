import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/set.table.js';
import { runRows } from './expr-helpers.js';

test('set: Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
