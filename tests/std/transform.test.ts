import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/transform.table.js';
import { runRows } from './str-helpers.js';

test('Transform() gives Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
