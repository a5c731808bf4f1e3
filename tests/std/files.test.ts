// Low-level file functions, FError() codes, directories, wildcards, file
// names and memo files. Expected values were recorded from Harbour 3.2
// (file names: the cases of Harbour's own regression suite).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HbRef, Value } from '../../runtime/values/types.js';
import { fnmatch } from '../../std/files-find.js';
import { fnameMerge, fnameSplit } from '../../std/files-name.js';
import { call, inTempDir, newCtx, raised, ref } from './rtl-helpers.js';

const FS_RELATIVE = 1;
const FS_END = 2;
const FO_READ = 0;
const FO_WRITE = 1;

test('FCreate/FWrite/FSeek/FRead and the FError() of each step', () => {
  inTempDir(() => {
    const ctx = newCtx();
    const f = (name: string, ...a: Array<Value | HbRef>) => [call(ctx, name, ...a), call(ctx, 'FERROR')];
    const h = call(ctx, 'FCREATE', 'io1.bin');
    assert.equal(h, 3);
    assert.deepEqual(f('FWRITE', h, '0123456789'), [10, 0]);
    assert.deepEqual(f('FWRITE', h, 'abc', 2), [2, 0]);
    assert.deepEqual(f('FWRITE', h, 'xyz', 0), [0, 0]);
    assert.deepEqual(f('FSEEK', h, 0, FS_END), [12, 0]);
    assert.deepEqual(f('FSEEK', h, -3, FS_END), [9, 0]);
    assert.deepEqual(f('FSEEK', h, 2, FS_RELATIVE), [11, 0]);
    assert.deepEqual(f('FSEEK', h, 20), [20, 0]);
    assert.deepEqual(f('FSEEK', h, -1), [20, 25]);
    assert.deepEqual(f('FSEEK', h, -50, FS_RELATIVE), [20, 13]);
    assert.deepEqual(f('FSEEK', h, 3, 7), [15, 0]);
    assert.deepEqual(f('FWRITE', h, 'Z'), [1, 0]);
    call(ctx, 'FSEEK', h, 0);
    const buf = { v: ' '.repeat(20) as Value };
    assert.deepEqual(f('FREAD', h, ref(buf), 20), [16, 0]);
    assert.equal(buf.v, '0123456789ab\0\0\0Z    ');
    call(ctx, 'FSEEK', h, 12);
    // writing nothing truncates at the file position
    assert.deepEqual(f('FWRITE', h, ''), [0, 0]);
    assert.equal(call(ctx, 'HB_FSIZE', 'io1.bin'), 12);
    assert.deepEqual(f('FCLOSE', h), [true, 0]);
    assert.deepEqual(f('FCLOSE', h), [false, 6]);
  });
});

test('FRead() reads up to one byte past its buffer (Clipper\'s terminating zero)', () => {
  inTempDir(() => {
    const ctx = newCtx();
    call(ctx, 'HB_MEMOWRIT', 'a.bin', '0123456789ab');
    const h = call(ctx, 'FOPEN', 'a.bin', FO_READ);
    const buf = { v: '12345' as Value };
    assert.equal(call(ctx, 'FREAD', h, ref(buf), 6), 6);
    assert.equal(buf.v, '01234');
    assert.equal(call(ctx, 'FREAD', h, ref(buf), 7), 0);
    assert.equal(call(ctx, 'FREAD', h, buf.v, 2), 0);
    assert.equal(call(ctx, 'FREADSTR', h, 3), '678');
    assert.equal(call(ctx, 'FWRITE', h, 'x'), 0);
    assert.equal(call(ctx, 'FERROR'), 6);
    call(ctx, 'FCLOSE', h);
    const w = call(ctx, 'FOPEN', 'a.bin', FO_WRITE);
    assert.equal(call(ctx, 'FREADSTR', w, 2), '');
    assert.equal(call(ctx, 'FERROR'), 6);
    call(ctx, 'FCLOSE', w);
  });
});

test('failing file calls set Harbour\'s DOS error codes', () => {
  inTempDir(() => {
    const ctx = newCtx();
    const f = (name: string, ...a: Array<Value | HbRef>) => [call(ctx, name, ...a), call(ctx, 'FERROR')];
    assert.deepEqual(f('FOPEN', 'no/such/file'), [-1, 2]);
    assert.deepEqual(f('FOPEN', '.', 2), [-1, 21]);
    assert.deepEqual(f('FCREATE', 1), [-1, 0]);
    assert.deepEqual(f('FWRITE', 99, 'x'), [0, 6]);
    assert.deepEqual(f('FSEEK', 99, 1), [0, 6]);
    assert.deepEqual(f('FERASE', 'missing.bin'), [-1, 2]);
    assert.deepEqual(f('FERASE', 1), [-1, 3]);
    assert.deepEqual(f('FRENAME', 'missing.bin', 'x'), [-1, 2]);
    assert.deepEqual(f('FRENAME', 'a'), [-1, 2]);
    assert.equal(raised(() => call(ctx, 'FOPEN', 5)), 'BASE/2021 1 [Argument error] FOPEN <> os:0 #:0 [5] ');
    assert.equal(raised(() => call(ctx, 'FOPEN')), 'BASE/2021 1 [Argument error] FOPEN <> os:0 #:0 NIL ');
    call(ctx, 'MAKEDIR', 'd');
    assert.equal(call(ctx, 'MAKEDIR', 'd'), 32);
    // FErase() is C remove(): it removes an empty directory too
    assert.deepEqual(f('FERASE', 'd'), [0, 0]);
  });
});

test('Directory(): wildcards, attribute filters, hidden files and the entry layout', () => {
  inTempDir(() => {
    const ctx = newCtx();
    for (const [n, d] of [['a1.txt', '1'], ['a2.txt', '22'], ['b1.dat', '333'], ['.hidden', '4444']]) call(ctx, 'HB_MEMOWRIT', n, d);
    call(ctx, 'MAKEDIR', 'sub');
    const names = (a: Value) => (a as Value[][]).map((e) => (e[4] === 'A' ? e[0] : `${e[0]}(${e[4]})`)).sort().join(' ');
    assert.equal(names(call(ctx, 'DIRECTORY', '*.txt')), 'a1.txt a2.txt');
    assert.equal(names(call(ctx, 'DIRECTORY')), 'a1.txt a2.txt b1.dat');
    assert.equal(names(call(ctx, 'DIRECTORY', '*', 'H')), '.hidden(HA) a1.txt a2.txt b1.dat');
    assert.equal(names(call(ctx, 'DIRECTORY', '*', 'D')), '.(D) ..(D) a1.txt a2.txt b1.dat sub(D)');
    assert.equal(names(call(ctx, 'DIRECTORY', '.*')), '.hidden(HA)');
    assert.equal(names(call(ctx, 'DIRECTORY', '[ab]1.*')), 'a1.txt b1.dat');
    const e = (call(ctx, 'DIRECTORY', 'a2.txt') as Value[][])[0];
    assert.equal(e.length, 5);
    assert.deepEqual([e[0], e[1], (e[3] as string).length, e[4]], ['a2.txt', 2, 8, 'A']);
    assert.deepEqual([call(ctx, 'FILE', '*.txt'), call(ctx, 'FILE', 'a?.dat'), call(ctx, 'FILE', 'sub')], [true, false, false]);
    assert.deepEqual([call(ctx, 'HB_FILEEXISTS', 'sub'), call(ctx, 'HB_DIREXISTS', 'sub'), call(ctx, 'HB_FILEEXISTS', '*.txt')],
      [false, true, false]);
    assert.equal(call(ctx, 'ADIR', '*.txt'), 2);
  });
});

test('fnmatch() is POSIX: * and ? do not cross "/", classes, case matters', () => {
  assert.equal(fnmatch('*.txt', 'abc.txt'), true);
  assert.equal(fnmatch('*.txt', 'abc.TXT'), false);
  assert.equal(fnmatch('*.*', 'noext'), false);
  assert.equal(fnmatch('a*b', 'a/b'), false);
  assert.equal(fnmatch('[!a]?', 'bc'), true);
  assert.equal(fnmatch('[a-c]1', 'd1'), false);
});

test('hb_FNameSplit/hb_FNameMerge on a POSIX system', () => {
  // "full;path;name;ext;" as Harbour's regression suite states them
  const cases: Array<[string, string]> = [
    ['', ';;;;'], [':', ':;;:;;'], ['C:/work/hello', 'C:/work/hello;C:/work/;hello;;'],
    ['C:/work/hello.', 'C:/work/hello.;C:/work/;hello;.;'], ['C:/work/hello/.prg', 'C:/work/hello/.prg;C:/work/hello/;.prg;;'],
    ['C:/work.old/hello/a.b.prg', 'C:/work.old/hello/a.b.prg;C:/work.old/hello/;a.b;.prg;'],
    ['C:hello', 'C:hello;;C:hello;;'], ['//server/work/hello.prg', '//server/work/hello.prg;//server/work/;hello;.prg;'],
    ['/', '/;/;;;'], ['//', '//;//;;;'], ['C:', 'C:;;C:;;'], ['C://', 'C://;C://;;;'], ['.prg', '.prg;;.prg;;'],
    ['a.b.prg', 'a.b.prg;;a.b;.prg;'], ['hello/', 'hello/;hello/;;;'],
  ];
  for (const [full, want] of cases) {
    const f = fnameSplit(full);
    const got = `${fnameMerge({ path: f.path, name: f.name, ext: f.ext })};${f.path ?? ''};${f.name ?? ''};${f.ext ?? ''};`;
    assert.equal(got, want, full);
  }
  assert.equal(fnameSplit('c:/x.y').drive, 'c');
  assert.equal(fnameMerge({ path: 'p/', name: '/n', ext: '.e' }), 'p/n.e');
  assert.equal(fnameMerge({ path: 'p', ext: 'x' }), 'p/.x');
});

test('MemoRead/MemoWrit drop and add Chr(26); hb_ variants keep the bytes', () => {
  inTempDir(() => {
    const ctx = newCtx();
    assert.equal(call(ctx, 'MEMOWRIT', 'm1.txt', 'line'), true);
    assert.equal(call(ctx, 'HB_FSIZE', 'm1.txt'), 5);
    assert.equal(call(ctx, 'MEMOREAD', 'm1.txt'), 'line');
    assert.equal(call(ctx, 'HB_MEMOREAD', 'm1.txt'), 'line\x1a');
    assert.equal(call(ctx, 'MEMOWRIT', 'm2.txt', ''), true);
    assert.equal(call(ctx, 'HB_FSIZE', 'm2.txt'), 1);
    assert.deepEqual([call(ctx, 'MEMOREAD', 'missing'), call(ctx, 'MEMOWRIT', 'x'), call(ctx, 'MEMOWRIT', 1, 'x')], ['', false, false]);
    assert.equal(call(ctx, '__COPYFILE', 'm1.txt', 'm3.txt'), undefined);
    assert.equal(call(ctx, 'HB_MEMOREAD', 'm3.txt'), 'line\x1a');
    assert.equal(raised(() => call(ctx, '__COPYFILE', 'nothere.txt', 'x')),
      'BASE/2012 21 [Open error]  <nothere.txt> os:2 #:1 NIL RD');
  });
});
