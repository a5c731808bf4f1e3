// A writer killed with SIGKILL in the middle of appends and replaces on a
// SHARED table: the table opens afterwards, its record count agrees with
// the file size, every change the writer reported as committed is there,
// and the index passes the integrity check (or does after REINDEX).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..', '..');
const cli = join(root, 'dist', 'runtime', 'launch.cjs');

const SETUP = `
REQUEST DBFCDX, DBFNTX
PROCEDURE Main( cDrv )
   rddSetDefault( cDrv )
   dbCreate( "kt", { { "ID", "N", 8, 0 }, { "NAME", "C", 12, 0 }, { "HITS", "N", 6, 0 }, { "NOTE", "M", 10, 0 } } )
   USE kt EXCLUSIVE
   INDEX ON FIELD->NAME TO kt
   CLOSE
   RETURN
`;

/* appends record i, then adds a hit to record i - 1 under its lock;
   "i" on stdout means both are committed */
const WRITER = `
REQUEST DBFCDX, DBFNTX
PROCEDURE Main( cDrv )
   LOCAL i := 0
   rddSetDefault( cDrv )
   USE kt SHARED
   SET INDEX TO kt
   DO WHILE .T.
      i++
      dbAppend()
      FIELD->ID := i
      FIELD->NAME := "N" + StrZero( i, 7 )
      FIELD->NOTE := Replicate( Chr( 65 + i % 26 ), i % 700 )
      dbCommit()
      dbUnlock()
      IF i > 1
         dbGoto( i - 1 )
         DO WHILE ! RLock()
         ENDDO
         FIELD->HITS := FIELD->HITS + 1
         dbCommit()
         dbUnlock()
      ENDIF
      OutStd( hb_ntos( i ) + hb_eol() )
   ENDDO
   RETURN
`;

const VERIFY = `
REQUEST DBFCDX, DBFNTX
PROCEDURE Main( cDrv, cCommitted )
   LOCAL n := Val( cCommitted ), i, nBad := 0, nMissing := 0, aProblems, nHdr, nRecLen
   LOCAL h := FOpen( "kt.dbf" ), cBuf := Space( 12 )
   FRead( h, @cBuf, 12 )
   nHdr := Bin2W( SubStr( cBuf, 9, 2 ) )
   nRecLen := Bin2W( SubStr( cBuf, 11, 2 ) )
   OutStd( "bysize", Int( ( FSeek( h, 0, 2 ) - nHdr ) / nRecLen ), hb_eol() )
   FClose( h )
   rddSetDefault( cDrv )
   USE kt EXCLUSIVE
   SET INDEX TO kt
   OutStd( "lastrec", LastRec(), hb_eol() )
   FOR i := 1 TO n
      dbGoto( i )
      IF FIELD->ID != i .OR. !( Trim( FIELD->NAME ) == "N" + StrZero( i, 7 ) ) .OR. ;
         ( i < n .AND. FIELD->HITS != 1 ) .OR. !( FIELD->NOTE == Replicate( Chr( 65 + i % 26 ), i % 700 ) )
         nBad++
      ENDIF
   NEXT
   OutStd( "bad", nBad, hb_eol() )
   aProblems := hbts_OrdCheck( 1 )
   IF Len( aProblems ) > 0
      OutStd( "reindexed", Len( aProblems ), hb_eol() )
      REINDEX
      aProblems := hbts_OrdCheck( 1 )
   ENDIF
   OutStd( "problems", Len( aProblems ), hb_eol() )
   FOR i := 1 TO n
      IF ! dbSeek( "N" + StrZero( i, 7 ) ) .OR. RecNo() != i
         nMissing++
      ENDIF
   NEXT
   OutStd( "missing", nMissing, hb_eol() )
   CLOSE
   RETURN
`;

function hbts(dir: string, prg: string, args: string[]): string {
  const r = spawnSync(process.execPath, [cli, prg, ...args], { cwd: dir, encoding: 'latin1', timeout: 30_000 });
  assert.equal(r.status, 0, `${prg}: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Run the writer until it has reported `target` commits, then SIGKILL it; the last commit it reported. */
function killWriter(dir: string, driver: string, target: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'writer.prg', driver], { cwd: dir });
    let last = 0;
    let buf = '';
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (d: string) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) if (l.trim() !== '') last = Number(l);
      if (last >= target && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer ended: ${signal}`))));
  });
}

function field(out: string, name: string): number {
  const m = new RegExp(`^${name}\\s+(\\d+)`, 'm').exec(out);
  assert.ok(m, `${name} missing in:\n${out}`);
  return Number(m[1]);
}

for (const driver of ['DBFNTX', 'DBFCDX']) {
  test(`${driver}: a writer killed mid-append loses nothing it committed`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hbts-kill-'));
    try {
      writeFileSync(join(dir, 'setup.prg'), SETUP);
      writeFileSync(join(dir, 'writer.prg'), WRITER);
      writeFileSync(join(dir, 'verify.prg'), VERIFY);
      hbts(dir, 'setup.prg', [driver]);
      const committed = await killWriter(dir, driver, 400);
      assert.ok(committed >= 400);
      const out = hbts(dir, 'verify.prg', [driver, String(committed)]);
      const lastRec = field(out, 'lastrec');
      assert.ok(lastRec >= committed, out);
      assert.equal(lastRec, field(out, 'bysize'), out);
      assert.equal(field(out, 'bad'), 0, out);
      assert.equal(field(out, 'problems'), 0, out);
      assert.equal(field(out, 'missing'), 0, out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
