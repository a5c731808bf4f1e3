// Damaged DBF headers, field descriptors and memo pointers: what Harbour
// opens and how it reads it (record layout from the descriptors, record
// count from the file size), the errors it raises (all properties), and
// the memvar fallback of a plain field name whose read failed.

#include "dbinfo.ch"

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL n, c

   dbCreate( "t", { { "ID", "N", 8, 0 }, { "NAME", "C", 20, 0 }, { "MEMO", "M", 10, 0 } }, "DBFNTX" )
   USE t VIA "DBFNTX" EXCLUSIVE
   FOR n := 1 TO 2
      APPEND BLANK
      REPLACE ID WITH n, NAME WITH Chr( 96 + n ), MEMO WITH "memo" + hb_ntos( n )
   NEXT
   CLOSE

   ? "== descriptors refused at open"
   Open( "t.dbf", 33, Replicate( Chr( 0 ), 10 ) )           // a field with no name
   Open( "t.dbf", 33, "          " )                        // a name of blanks
   Open( "t.dbf", 44, "X" )                                 // a type Harbour does not know
   Open( "t.dbf", 76, "B" )                                 // B must be 8 bytes long
   Open( "t.dbf", 76, "0" )                                 // a "0" field that is not hidden
   Open( "t.dbf", 81, Chr( 255 ) )                          // the record beyond 64 KB
   Open( "t.dbf", 9, Chr( 20 ) + Chr( 0 ) )                 // a header shorter than 32 bytes
   Open( "t.dbf", 9, Chr( 0 ) + Chr( 2 ) )                  // descriptors past the end of the file

   ? "== descriptors Harbour takes as they are"
   Open( "t.dbf", 33, " id" + Chr( 0 ) )                    // leading blanks, lower case
   Open( "t.dbf", 65, "na" + Chr( 233 ) + "e" )             // a latin1 letter stays as it is
   Open( "t.dbf", 65, "NAMEXXXXXXX" )                       // name byte 11 is not read
   Open( "t.dbf", 49, Chr( 0 ) )                            // a numeric field of length 0
   Open( "t.dbf", 81, Chr( 0 ) )                            // a character field of length 0
   Open( "t.dbf", 49, Chr( 4 ) )                            // a shorter numeric field
   Open( "t.dbf", 50, Chr( 110 ) )                          // more decimals than digits
   Open( "t.dbf", 50, Chr( 7 ) )                            // decimals filling the width
   Open( "t.dbf", 82, Chr( 1 ) )                            // character length high byte
   Open( "t.dbf", 97, Chr( 13 ) )                           // the end mark before the last field
   Open( "t.dbf", 11, Chr( 0 ) + Chr( 0 ) )                 // no record length in the header
   Open( "t.dbf", 11, Chr( 99 ) + Chr( 0 ) )                // a wrong record length in the header
   Open( "t.dbf", 5, Chr( 77 ) )                            // a wrong record count in the header
   Open( "t.dbf", 113, Chr( 0 ) )                           // a memo field of length 0
   Open( "t.dbf", 113, Chr( 4 ) )                           // a memo field of length 4

   ? "== a damaged memo pointer"
   CopyWith( "t.dbf", "mp.dbf", 206, "x" )
   CopyFile( "t.dbt", "mp.dbt" )
   USE mp VIA "DBFNTX"
   GO 2
   Try( {|| FieldGet( 3 ) } )
   Try( {|| mp->MEMO } )
   Try( {|| FIELD->MEMO } )
   Try( {|| PlainMemo() } )
   ? "default:", hb_ValToExp( WithHandler( {|| .F. } ) )
   WithPrivate()
   CLOSE

   ? "== a memo field of length 0"
   CopyWith( "t.dbf", "zl.dbf", 113, Chr( 0 ) )
   CopyFile( "t.dbt", "zl.dbt" )
   USE zl VIA "DBFNTX"
   ? "fieldget", hb_ValToExp( FieldGet( 3 ) )
   Try( {|| zl->MEMO } )
   Try( {|| PlainMemo() } )
   CLOSE

   ? "== numbers into a field with no room for a digit"
   CopyWith( "t.dbf", "nw.dbf", 49, Chr( 0 ) )
   CopyFile( "t.dbt", "nw.dbt" )
   USE nw VIA "DBFNTX"
   Try( {|| FieldPut( 1, 0 ) } )
   Try( {|| FieldPut( 1, 5 ) } )
   CLOSE
   CopyWith( "t.dbf", "nw.dbf", 50, Chr( 7 ) )
   USE nw VIA "DBFNTX"
   Try( {|| FieldPut( 1, 1 ) } )
   ? "stored", hb_ValToExp( FieldGet( 1 ) )
   CLOSE

   ? "== date digits past 127"
   dbCreate( "dt", { { "D", "D", 8, 0 } }, "DBFNTX" )
   USE dt VIA "DBFNTX"
   APPEND BLANK
   FieldPut( 1, 0d19991231 )
   CLOSE
   c := hb_MemoRead( "dt.dbf" )
   hb_MemoWrit( "dt.dbf", Stuff( c, At( "19991231", c ) + 3, 1, Chr( 144 ) ) )
   USE dt VIA "DBFNTX"
   ? "date", DToS( FieldGet( 1 ) )
   CLOSE

   ? "== _NullFlags bits in field order"
   dbCreate( "nf", { { "A", "C:N", 3, 0 }, { "Q", "Q", 5, 0 }, { "B", "N:N", 4, 0 } }, "DBFCDX" )
   USE nf VIA "DBFCDX"
   APPEND BLANK
   FieldPut( 2, "ab" )
   FieldPut( 1, "xyz" )
   CLOSE
   USE nf VIA "DBFCDX"
   ? hb_ValToExp( FieldGet( 1 ) ), hb_ValToExp( FieldGet( 2 ) ), hb_ValToExp( FieldGet( 3 ) )
   CLOSE

   ? "== autoincrement numbers and counters"
   dbCreate( "ai", { { "ID", "N:+", 8, 0 }, { "X", "C", 2, 0 } }, "DBFNTX" )
   USE ai VIA "DBFNTX"
   ? dbFieldInfo( DBS_COUNTER, 1 ), dbFieldInfo( DBS_STEP, 1 ), dbFieldInfo( DBS_COUNTER, 1, 255 )
   FOR n := 1 TO 3
      APPEND BLANK
      ?? "", FieldGet( 1 )
   NEXT
   dbFieldInfo( DBS_COUNTER, 1, 1234567 )
   APPEND BLANK
   ? "next", FieldGet( 1 ), dbFieldInfo( DBS_COUNTER, 1 )
   CLOSE

   ? "== FPT memo blocks of a damaged type or length"
   dbCreate( "fp", { { "M", "M", 10, 0 } }, "DBFCDX" )
   USE fp VIA "DBFCDX"
   APPEND BLANK
   FieldPut( 1, "hello" )
   CLOSE
   c := hb_MemoRead( "fp.fpt" )
   // the first block is at 1024 (after the FLEX header); type and length big-endian
   hb_MemoWrit( "fp.fpt", Stuff( c, 1028, 1, Chr( 8 ) ) )
   USE fp VIA "DBFCDX"
   Try( {|| FieldGet( 1 ) } )
   CLOSE
   hb_MemoWrit( "fp.fpt", Stuff( c, 1025, 4, Chr( 0 ) + Chr( 0 ) + Chr( 3 ) + Chr( 0xEA ) ) )
   USE fp VIA "DBFCDX"
   Try( {|| FieldGet( 1 ) } )
   CLOSE
   hb_MemoWrit( "fp.fpt", Stuff( c, 1025, 8, Chr( 0 ) + Chr( 0 ) + Chr( 3 ) + Chr( 0xF1 ) + Replicate( Chr( 0 ), 4 ) ) )
   USE fp VIA "DBFCDX"
   Try( {|| FieldGet( 1 ) } )
   CLOSE

   ? "== uncaught"
   USE mp VIA "DBFNTX"
   GO 2
   ? PlainMemo()
   ? "not reached"
   RETURN

STATIC FUNCTION PlainMemo()
   RETURN MEMO

STATIC FUNCTION WithHandler( bHandler )
   LOCAL bOld := ErrorBlock( {| e | QOut( "  handler", e:subCode, e:operation, e:filename ), Eval( bHandler, e ) } )
   LOCAL x
   x := PlainMemo()
   ErrorBlock( bOld )
   RETURN x

STATIC PROCEDURE WithPrivate()
   LOCAL e
   PRIVATE MEMO := "private value"
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "plain", PlainMemo()
   RECOVER USING e
      ? "  with a PRIVATE of the name: error", e:subSystem, e:subCode, e:description
   END SEQUENCE
   RETURN

// Open a copy of cFrom with cBytes written at nPos; show the layout and the records.
STATIC PROCEDURE Open( cFrom, nPos, cBytes )
   LOCAL e, a, i
   CopyWith( cFrom, "dmg.dbf", nPos, cBytes )
   CopyFile( "t.dbt", "dmg.dbt" )
   ? "at", nPos, hb_StrToHex( cBytes ) + ":"
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      USE dmg VIA "DBFNTX"
      ?? " lastrec", LastRec(), "recsize", RecSize(), "header", Header(), "fcount", FCount()
      a := dbStruct()
      FOR i := 1 TO Len( a )
         ? "  ", hb_StrToHex( a[ i ][ 1 ] ), a[ i ][ 2 ], a[ i ][ 3 ], a[ i ][ 4 ]
      NEXT
      DO WHILE ! Eof()
         ? "  rec", RecNo()
         FOR i := 1 TO FCount()
            ?? " [" + hb_ValToExp( FieldGet( i ) ) + "]"
         NEXT
         SKIP
      ENDDO
   RECOVER USING e
      ShowError( e )
   END SEQUENCE
   CLOSE ALL
   RETURN

STATIC PROCEDURE CopyFile( cFrom, cTo )
   hb_MemoWrit( cTo, hb_MemoRead( cFrom ) )
   RETURN

STATIC PROCEDURE CopyWith( cFrom, cTo, nPos, cBytes )
   LOCAL c := hb_MemoRead( cFrom )
   hb_MemoWrit( cTo, Stuff( c, nPos, Len( cBytes ), cBytes ) )
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "  value", hb_ValToExp( Eval( b ) )
   RECOVER USING e
      ShowError( e )
   END SEQUENCE
   RETURN

STATIC PROCEDURE ShowError( e )
   ? "  error", e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", "[" + e:operation + "]", ;
      "[" + e:filename + "]", e:osCode, e:canRetry, e:canDefault, e:canSubstitute, e:tries
   RETURN
