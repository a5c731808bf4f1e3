import { test } from 'node:test';
import assert from 'node:assert/strict';
import ROWS from './tables/digest.table.js';
import { runRows } from './str-helpers.js';

test('digest and encoding functions give Harbour\'s results and errors', () => {
  assert.deepEqual(runRows(ROWS), []);
});
