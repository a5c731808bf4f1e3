import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/arrays.table.js';
import { runRows } from './expr-helpers.js';

test('array functions give Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
