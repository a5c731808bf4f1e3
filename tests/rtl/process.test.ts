import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, splitCommand, processSupported, spawnChild, waitChild, type OsError } from '../../std/process-os.js';

// Arguments as Harbour 3.2's hb_processRun() hands them to the program
// (checked against the reference build with `echo` and `sh -c`).
test('command lines split by Bourne-shell quoting rules', () => {
  assert.deepEqual(splitCommand('echo hello   world'), ['echo', 'hello', 'world']);
  assert.deepEqual(splitCommand(`echo a\\ b "c d" 'e\\f' "g\\"h"`), ['echo', 'a b', 'c d', 'e\\f', 'g"h']);
  assert.deepEqual(splitCommand('  echo   x\\  '), ['echo', 'x ']);
  assert.deepEqual(splitCommand("echo a\tb\nc\rd ''"), ['echo', 'a', 'b', 'c', 'd', '']);
  assert.deepEqual(splitCommand(`sh -c 'exit 3'`), ['sh', '-c', 'exit 3']);
  assert.deepEqual(splitCommand(''), ['']);
  assert.deepEqual(splitCommand('   '), ['']);
});

test('a child that cannot be run exits with 1; a signal gives 0', { skip: !processSupported() }, () => {
  const err: { e: OsError | null } = { e: null };
  const a = spawnChild('hbts_no_such_program', false, true, false, false, false);
  assert.equal(waitChild(a.pid, true, err), 1);
  closeAll([a.stdout]);
  const b = spawnChild("sh -c 'kill -9 $$'", false, false, false, false, false);
  assert.equal(waitChild(b.pid, true, err), 0);
  assert.equal(waitChild(b.pid, true, err), -2);
});
