// Records the expected results of the expression tables (rows of
// [expression, expected, settings?], see ../expr-helpers.ts) from Harbour
// itself: builds a PRG program that evaluates every row's expression with
// its settings, runs it with Harbour 3.2 (hbmk2 on PATH) and writes
// Harbour's descriptions into the rows' second column.
//
//   PATH=/path/to/harbour/bin:$PATH node tests/std/tables/expr-record.mjs tests/std/tables/numeric.table.ts ...

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELUDE = `#include "set.ch"

PROCEDURE Main()
`;

const HELPERS = `
STATIC PROCEDURE Rec( b, cSettings )
   LOCAL x, oErr, cOut
   Apply( cSettings )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      x := Eval( b )
      cOut := Describe( x )
   RECOVER USING oErr
      cOut := DescErr( oErr )
   END SEQUENCE
   Apply( "" )
   OutStd( cOut + Chr( 10 ) )
   RETURN

STATIC PROCEDURE Apply( cSettings )
   LOCAL a := hb_ATokens( cSettings, " " ), c, k, v
   Set( _SET_EXACT, .F. )
   Set( _SET_FIXED, .F. )
   Set( _SET_DECIMALS, 2 )
   Set( _SET_DATEFORMAT, "mm/dd/yy" )
   Set( _SET_EPOCH, 1900 )
   Set( _SET_TIMEFORMAT, "hh:mm:ss.fff" )
   FOR EACH c IN a
      k := iif( "=" $ c, Left( c, At( "=", c ) - 1 ), c )
      v := SubStr( c, At( "=", c ) + 1 )
      DO CASE
      CASE k == "fixed" ; Set( _SET_FIXED, .T. )
      CASE k == "exact" ; Set( _SET_EXACT, .T. )
      CASE k == "dec" ; Set( _SET_DECIMALS, Val( v ) )
      CASE k == "epoch" ; Set( _SET_EPOCH, Val( v ) )
      CASE k == "date" ; Set( _SET_DATEFORMAT, v )
      ENDCASE
   NEXT
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
   CASE t == "C" ; RETURN Quote( x )
   CASE t == "N" ; RETURN "N[" + Str( x ) + "]"
   CASE t == "L" ; RETURN iif( x, ".T.", ".F." )
   CASE t == "U" ; RETURN "NIL"
   CASE t == "D" ; RETURN "D[" + DToS( x ) + "]"
   CASE t == "T" ; RETURN "T[" + hb_TToS( x ) + "]"
   CASE t == "B" ; RETURN "B"
   CASE t == "P" ; RETURN "P"
   CASE t == "S" ; RETURN "S[" + x:name + "]"
   CASE t == "O" ; RETURN "O[" + x:className() + "]"
   CASE t == "A"
      r := "{"
      FOR i := 1 TO Len( x )
         r += iif( i > 1, ", ", "" ) + Describe( x[ i ] )
      NEXT
      RETURN r + "}"
   CASE t == "H"
      r := "{"
      FOR i := 1 TO Len( x )
         r += iif( i > 1, ", ", "" ) + Describe( hb_HKeyAt( x, i ) ) + "=>" + Describe( hb_HValueAt( x, i ) )
      NEXT
      RETURN r + "}"
   ENDCASE
   RETURN t

STATIC FUNCTION DescErr( e )
   LOCAL r := "ERR " + hb_ntos( e:genCode ) + "/" + hb_ntos( e:subCode ) + " " + e:operation + " ", i
   IF ValType( e:args ) == "A"
      r += "{"
      FOR i := 1 TO Len( e:args )
         r += iif( i > 1, ";", "" ) + Describe( e:args[ i ] )
      NEXT
      r += "}"
   ELSE
      r += "-"
   ENDIF
   RETURN r + " " + iif( e:canSubstitute, "S", "-" ) + iif( e:canDefault, "D", "-" ) + iif( e:canRetry, "R", "-" )
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
  for (const [expr, , settings] of rows) prg += `   Rec( {|| ${expr} }, "${settings ?? ''}" )\n`;
  prg += '   RETURN\n' + HELPERS;
  const dir = mkdtempSync(join(tmpdir(), 'record-'));
  try {
    writeFileSync(join(dir, 'rec.prg'), prg, 'latin1');
    execFileSync('hbmk2', ['rec.prg', '-gtcgi', '-q0', '-orec'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const out = execFileSync(join(dir, 'rec'), [], { cwd: dir, encoding: 'latin1' }).split('\n');
    const lines = rows.map((r, i) => {
      const cells = [r[0], out[i]];
      if (r[2]) cells.push(r[2]);
      return '  [' + cells.map(tsString).join(', ') + '],';
    });
    writeFileSync(file, text.replace(ROWS_RE, (_, a, _b, c) => a + lines.join('\n') + c));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const f of process.argv.slice(2)) recordTable(f);
