// SET HARDCOMMIT: dbCommit() asks the OS to sync the table, and the memo
// file too when a memo was written since its last sync, as Harbour does
// (its fdatasync calls, seen with strace, are the same).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DbFile } from '../../rdd/io/file.js';
import { Session } from './session.js';

/** The extensions of the files synced while `body` runs. */
function syncs(body: () => void): string[] {
  const commit = DbFile.prototype.commit;
  const seen: string[] = [];
  DbFile.prototype.commit = function (this: DbFile) {
    seen.push(this.path.slice(this.path.lastIndexOf('.') + 1));
    commit.call(this);
  };
  try {
    body();
  } finally {
    DbFile.prototype.commit = commit;
  }
  return seen;
}

test('dbCommit syncs the memo file only when a memo was written, and only with SET HARDCOMMIT', () => {
  const s = new Session();
  try {
    const created = syncs(() => {
      s.run(`dbCreate( ${s.file("m")}, { { "ID", "N", 8, 0 }, { "NOTES", "M", 10, 0 } }, "DBFNTX" )`);
      s.run(`dbUseArea( .T., "DBFNTX", ${s.file("m")}, "T", .F. )`);
    });
    assert.deepEqual(created, ['dbf', 'dbt']);
    assert.deepEqual(syncs(() => s.run('dbAppend()', 'T->NOTES := Replicate( "x", 600 )', 'dbCommit()')), ['dbf', 'dbt']);
    assert.deepEqual(syncs(() => s.run('T->ID := 2', 'dbCommit()')), ['dbf']);
    s.run('Set( 106, .F. )'); // _SET_HARDCOMMIT
    assert.deepEqual(syncs(() => s.run('T->NOTES := "short"', 'dbCommit()')), []);
    s.run('dbCloseArea()');
  } finally {
    s.close();
  }
});
