// Records the expected results of the database tables (rows of
// [expression, expected], evaluated in order in one session, see
// ../tables.test.ts) from Harbour itself: copies the Harbour fixtures into
// a scratch directory, builds a PRG program that evaluates every row there,
// runs it with Harbour 3.2 (hbmk2 on PATH) and writes Harbour's
// descriptions into the rows' second column.
//
//   PATH=/path/to/harbour/bin:$PATH node tests/rdd/tables/record.mjs tests/rdd/tables/ntx.table.ts ...

import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'harbour');

const PRELUDE = `REQUEST DBFCDX, DBFNTX, HB_CODEPAGE_DEWIN, HB_CODEPAGE_RU866

PROCEDURE Main()
`;

const HELPERS = `
STATIC PROCEDURE Rec( b )
   LOCAL x, oErr, cOut
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      x := Eval( b )
      cOut := Describe( x )
   RECOVER USING oErr
      cOut := DescErr( oErr )
   END SEQUENCE
   OutStd( cOut + Chr( 10 ) )
   RETURN

STATIC FUNCTION Quote( s )
   LOCAL i, n, r := ""
   FOR i := 1 TO hb_BLen( s )
      n := hb_BCode( hb_BSubStr( s, i, 1 ) )
      r += iif( n < 32 .OR. n > 126 .OR. n == 92, "\\x" + hb_NumToHex( n, 2 ), hb_BSubStr( s, i, 1 ) )
   NEXT
   RETURN "C[" + r + "]"

STATIC FUNCTION Describe( x )
   LOCAL t := ValType( x ), r, i
   DO CASE
   CASE t $ "CM" ; RETURN Quote( x )
   CASE t == "N" ; RETURN "N[" + Str( x ) + "]"
   CASE t == "L" ; RETURN iif( x, ".T.", ".F." )
   CASE t == "U" ; RETURN "NIL"
   CASE t == "D" ; RETURN "D[" + DToS( x ) + "]"
   CASE t == "T" ; RETURN "T[" + hb_TToS( x ) + "]"
   CASE t == "A"
      r := "{"
      FOR i := 1 TO Len( x )
         r += iif( i > 1, ", ", "" ) + Describe( x[ i ] )
      NEXT
      RETURN r + "}"
   ENDCASE
   RETURN t

STATIC FUNCTION DescErr( e )
   RETURN "ERR " + e:subSystem + " " + hb_ntos( e:genCode ) + "/" + hb_ntos( e:subCode ) + " " + ;
      e:operation + " [" + e:description + "] os " + hb_ntos( e:osCode ) + " " + ;
      iif( e:canSubstitute, "S", "-" ) + iif( e:canDefault, "D", "-" ) + iif( e:canRetry, "R", "-" )
`;

/** A TS single-quoted string literal. */
const tsString = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";

const ROWS_RE = /(const ROWS: Row\[\] = \[\n)([\s\S]*?)(\n\];)/;

function recordTable(file) {
  const text = readFileSync(file, 'utf8');
  const m = ROWS_RE.exec(text);
  if (!m) throw new Error(`${file}: no ROWS table`);
  const rows = new Function(`return [${m[2]}];`)();
  let prg = PRELUDE;
  for (const [expr] of rows) prg += `   Rec( {|| ${expr} } )\n`;
  prg += '   RETURN\n' + HELPERS;
  const dir = mkdtempSync(join(tmpdir(), 'record-'));
  try {
    for (const f of readdirSync(FIXTURES)) {
      copyFileSync(join(FIXTURES, f), join(dir, f));
      chmodSync(join(dir, f), 0o644);
    }
    writeFileSync(join(dir, 'rec.prg'), prg, 'latin1');
    execFileSync('hbmk2', ['rec.prg', '-gtcgi', '-q0', '-orec'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const out = execFileSync(join(dir, 'rec'), [], { cwd: dir, encoding: 'latin1' }).split('\n');
    const lines = rows.map((r, i) => '  [' + [r[0], out[i]].map(tsString).join(', ') + '],');
    writeFileSync(file, text.replace(ROWS_RE, (_, a, _b, c) => a + lines.join('\n') + c));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const f of process.argv.slice(2)) recordTable(f);
