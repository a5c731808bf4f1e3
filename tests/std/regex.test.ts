import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/regex.table.js';
import { runRows } from './str-helpers.js';

test('regular expression functions give Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
