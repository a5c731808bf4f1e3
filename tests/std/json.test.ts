import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/json.table.js';
import { runRows } from './expr-helpers.js';

test('json: Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
