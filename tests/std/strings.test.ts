import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/strings.table.js';
import { runRows } from './str-helpers.js';

test('string functions give Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
