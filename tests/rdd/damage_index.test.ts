// Index files damaged where Harbour's own behaviour is undefined (it reads
// or writes outside a page buffer, or follows pages that point in a cycle
// for ever): the driver raises its corruption error (32/1012, the index
// file named) instead, does not hang, and leaves every file as it was.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuntimeError, Session } from './session.js';
import { E_FILENAME, E_GENCODE, E_SUBCODE, E_SUBSYSTEM } from '../../runtime/errors/error.js';

/** A table of 300 records with an index on NAME in the scratch directory of a new session. */
function setup(driver: 'DBFNTX' | 'DBFCDX'): Session {
  const s = new Session();
  s.run(
    `dbCreate(${s.file('t')}, {{"NAME", "C", 10, 0}}, "${driver}")`,
    `dbUseArea(.T., "${driver}", ${s.file('t')}, "T", .F., .F.)`,
  );
  for (let n = 1; n <= 300; n++) s.run('dbAppend()', `FieldPut(1, "n" + StrZero(${(n * 37) % 300}, 4))`);
  s.run(driver === 'DBFNTX' ? `ordCreate(${s.file('t.ntx')}, , "NAME")` : 'ordCreate(, "NAME", "NAME")', 'dbCloseAll()');
  return s;
}

/** Change the bytes of `name` with `f`. */
function damage(s: Session, name: string, f: (b: Buffer) => void): void {
  const b = s.bytes(name);
  f(b);
  fs.writeFileSync(path.join(s.dir, name), b);
}

/**
 * Run `exprs` on the damaged files: the corruption error they raise, and
 * that no file changed (only the index is compared when they `write`).
 */
function corruption(s: Session, driver: string, index: string, exprs: string[], write = false): void {
  const before = new Map((write ? [index] : fs.readdirSync(s.dir)).map((f) => [f, s.bytes(f)]));
  let err: RuntimeError | null = null;
  try {
    s.run(...exprs);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    err = e;
  }
  assert.ok(err !== null, 'an error is raised');
  const v = err.err.vars;
  assert.deepEqual([v[E_SUBSYSTEM], v[E_GENCODE], v[E_SUBCODE]], [driver, 32, 1012], err.message);
  assert.equal(path.basename(String(v[E_FILENAME])), index);
  s.ev('dbCloseAll()');
  for (const [f, b] of before) assert.ok(s.bytes(f).equals(b), `${f} unchanged`);
}

const ntxRoot = (b: Buffer): number => b.readUInt32LE(4);
/** File offset of item i of the NTX page at `pos`. */
const ntxItem = (b: Buffer, pos: number, i: number): number => pos + b.readUInt16LE(pos + 2 + 2 * i);

function openNtx(s: Session): string[] {
  return [`dbUseArea(.T., "DBFNTX", ${s.file('t')}, "T", .F., .F.)`, `ordListAdd(${s.file('t.ntx')})`];
}

test('NTX: a key size past the page is taken for corruption at the first read', () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => b.writeUInt16LE(5000, 14));
  corruption(s, 'DBFNTX', 't.ntx', openNtx(s));
  s.close();
});

test('NTX: a key count past the page', () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => b.writeUInt16LE(600, ntxRoot(b)));
  corruption(s, 'DBFNTX', 't.ntx', openNtx(s));
  s.close();
});

test('NTX: a key offset past the page', () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => {
    const leaf = b.readUInt32LE(ntxItem(b, ntxRoot(b), 0));
    b.writeUInt16LE(1020, leaf + 2);
  });
  corruption(s, 'DBFNTX', 't.ntx', [...openNtx(s), 'dbGoTop()']);
  s.close();
});

test('NTX: pages pointing in a cycle end in the error, not a hang', { timeout: 20000 }, () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => b.writeUInt32LE(ntxRoot(b), ntxItem(b, ntxRoot(b), 0)));
  corruption(s, 'DBFNTX', 't.ntx', openNtx(s));
  s.close();
  const c = setup('DBFNTX');
  damage(c, 't.ntx', (b) => b.writeUInt32LE(ntxRoot(b), ntxItem(b, ntxRoot(b), 1)));
  corruption(c, 'DBFNTX', 't.ntx', [...openNtx(c), 'ordKeyCount()']);
  c.close();
});

test('NTX: a key added to a page whose free item lies outside it', () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => {
    const root = ntxRoot(b);
    const leaf = b.readUInt32LE(ntxItem(b, root, b.readUInt16LE(root)));
    const count = b.readUInt16LE(leaf);
    assert.ok(count < b.readUInt16LE(18), 'the last leaf has room');
    b.writeUInt16LE(0xffff, leaf + 2 + 2 * (count + 1));
  });
  corruption(s, 'DBFNTX', 't.ntx', [...openNtx(s), 'dbAppend()', 'FieldPut(1, "z")', 'dbCommit()'], true);
  s.close();
});

test('NTX: a page size (max keys) too big for new pages fails the first write, reads work', () => {
  const s = setup('DBFNTX');
  damage(s, 't.ntx', (b) => b.writeUInt16LE(500, 18));
  s.run(...openNtx(s), 'dbGoTop()');
  assert.equal(s.ev('ordKeyCount()'), 300);
  s.ev('dbCloseAll()');
  corruption(s, 'DBFNTX', 't.ntx', [...openNtx(s), 'dbAppend()', 'FieldPut(1, "a")', 'dbCommit()'], true);
  s.close();
});

/** File offset of the root page of the first tag of a CDX file (its header follows the directory's root page). */
const cdxRoot = (b: Buffer): number => b.readUInt32LE(1536);

function openCdx(s: Session): string[] {
  return [`dbUseArea(.T., "DBFCDX", ${s.file('t')}, "T", .F., .F.)`, 'dbGoTop()'];
}

test('CDX: a leaf key count past the page', () => {
  const s = setup('DBFCDX');
  damage(s, 't.cdx', (b) => {
    const leaf = b.readUInt32BE(cdxRoot(b) + 12 + 10 + 4);
    b.writeUInt16LE(0xffff, leaf + 2);
  });
  corruption(s, 'DBFCDX', 't.cdx', openCdx(s));
  s.close();
});

test('CDX: an interior key count past the page', () => {
  const s = setup('DBFCDX');
  damage(s, 't.cdx', (b) => b.writeUInt16LE(100, cdxRoot(b) + 2));
  corruption(s, 'DBFCDX', 't.cdx', openCdx(s));
  s.close();
});

test('CDX: pages pointing in a cycle end in the error, not a hang', { timeout: 20000 }, () => {
  const s = setup('DBFCDX');
  damage(s, 't.cdx', (b) => b.writeUInt32BE(cdxRoot(b), cdxRoot(b) + 12 + 10 + 4));
  corruption(s, 'DBFCDX', 't.cdx', openCdx(s));
  s.close();
});
