// Fast paths of the DBF drivers against Harbour's results: index keys
// made of several fields (C fields and DToS() of D fields, with blank,
// invalid and aliased parts), field values read again after changes of
// the record buffer (REPLACE, skip, append, rollback, PUTREC), and the
// files of multi-level NTX and CDX builds (size and MD5).

#include "dbinfo.ch"
#include "fileio.ch"

REQUEST DBFCDX

PROCEDURE Main()
   Keys( "DBFNTX", "fpn" )
   Keys( "DBFCDX", "fpc" )
   Values( "DBFNTX", "fvn" )
   Values( "DBFCDX", "fvc" )
   Big( "DBFNTX", "fbn" )
   Big( "DBFCDX", "fbc" )
   RETURN

STATIC PROCEDURE Keys( cDriver, cName )
   LOCAL h, i, aCity := { "Oslo", "Roma", "Wien", "", "Paris" }
   FIELD CITY, BORN, CODE
   rddSetDefault( cDriver )
   ? "== keys", cDriver
   dbCreate( cName, { { "CITY", "C", 8, 0 }, { "BORN", "D", 8, 0 }, { "CODE", "C", 3, 0 }, { "N", "N", 5, 0 } } )
   USE ( cName ) ALIAS kk EXCLUSIVE
   FOR i := 1 TO 40
      APPEND BLANK
      kk->CITY := aCity[ i % 5 + 1 ]
      kk->BORN := iif( i % 7 == 0, hb_SToD(), hb_SToD( "19991231" ) + ( i * 37 ) % 400 - 200 )
      kk->CODE := Chr( 65 + ( i * 11 ) % 26 ) + Str( i % 10, 1 )
      kk->N := i
   NEXT
   dbCloseArea()
   /* bytes that are not a date in record 3: the key is evaluated for it */
   h := FOpen( cName + ".dbf", FO_READWRITE )
   FSeek( h, 161 + 2 * 25 + 9 )
   FWrite( h, "2024AB01" )
   FClose( h )
   USE ( cName ) ALIAS kk EXCLUSIVE
   dbGoto( 3 )
   ? "raw born", "[" + DToS( kk->BORN ) + "]", "[" + dbRecordInfo( DBRI_RAWRECORD ) + "]"
   INDEX ON CITY + DToS( BORN ) TAG t1 TO ( cName + "1" )
   Walk( "city+dtos" )
   INDEX ON FIELD->CODE + kk->CITY + DToS( FIELD->BORN ) TAG t2 TO ( cName + "2" )
   Walk( "code+city+dtos" )
   INDEX ON DToS( BORN ) + CODE TAG t3 TO ( cName + "3" ) DESCENDING
   Walk( "dtos+code desc" )
   INDEX ON CODE + CITY TAG t4 TO ( cName + "4" ) UNIQUE
   Walk( "code+city unique" )
   INDEX ON CITY + DToS( BORN ) TAG t5 TO ( cName + "5" ) FOR N % 3 == 0
   Walk( "city+dtos for" )
   /* a changed record moves in the order built that way */
   ordSetFocus( 1 )
   dbGoto( 6 )
   kk->BORN := hb_SToD( "20300101" )
   kk->CITY := "Bergen"
   Walk( "after replace" )
   dbCloseArea()
   AEval( Directory( cName + "*.*" ), {| a | FErase( a[ 1 ] ) } )
   RETURN

STATIC PROCEDURE Walk( cTitle )
   LOCAL c := ""
   dbGoTop()
   DO WHILE ! Eof()
      c += hb_ntos( RecNo() ) + " "
      dbSkip()
   ENDDO
   ? cTitle, ordKeyCount(), c
   dbGoBottom()
   ? "  last", RecNo(), "[" + ordKeyVal() + "]"
   RETURN

STATIC PROCEDURE Values( cDriver, cName )
   LOCAL cRec
   rddSetDefault( cDriver )
   ? "== values", cDriver
   dbCreate( cName, { { "C", "C", 6, 0 }, { "N", "N", 8, 2 }, { "D", "D", 8, 0 } } )
   USE ( cName ) EXCLUSIVE
   APPEND BLANK
   ? "blank", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   FIELD->C := "abc"
   FIELD->N := 12.5
   FIELD->D := hb_SToD( "20240229" )
   ? "put", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   ? "again", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   APPEND BLANK
   ? "second", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   FIELD->C := "xyz"
   FIELD->N := -3
   dbGoto( 1 )
   ? "first", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   dbSkip()
   ? "skip", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   FIELD->C := "rolled"
   ? "before rollback", "[" + FIELD->C + "]"
   dbInfo( DBI_ROLLBACK )
   ? "after rollback", "[" + FIELD->C + "]", FIELD->N
   dbGoto( 1 )
   cRec := dbRecordInfo( DBRI_RAWRECORD )
   dbGoto( 2 )
   ? "raw", "[" + FIELD->C + "]"
   dbRecordInfo( DBRI_RAWRECORD, , cRec )
   ? "putrec", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D )
   dbGoto( 3 )
   ? "eof", "[" + FIELD->C + "]", FIELD->N, DToS( FIELD->D ), Eof()
   dbCloseArea()
   FErase( cName + ".dbf" )
   RETURN

STATIC PROCEDURE Big( cDriver, cName )
   LOCAL i, nSeed := 777, aFile
   FIELD NAME, CITY, BORN, AMOUNT
   rddSetDefault( cDriver )
   ? "== big", cDriver
   dbCreate( cName, { { "NAME", "C", 24, 0 }, { "CITY", "C", 12, 0 }, { "BORN", "D", 8, 0 }, { "AMOUNT", "N", 10, 2 } } )
   USE ( cName ) EXCLUSIVE
   FOR i := 1 TO 6000
      nSeed := ( nSeed * 16807 ) % 2147483647
      APPEND BLANK
      FIELD->NAME := "N" + StrZero( nSeed % 4000, 5 )
      FIELD->CITY := { "Oslo", "Roma", "Wien", "Praha" }[ nSeed % 4 + 1 ]
      FIELD->BORN := iif( i % 50 == 0, hb_SToD(), hb_SToD( "19600101" ) + nSeed % 15000 )
      FIELD->AMOUNT := ( nSeed % 200000 - 100000 ) / 100
   NEXT
   INDEX ON NAME TAG name TO ( cName + "a" )
   INDEX ON AMOUNT TAG amount TO ( cName + "b" )
   INDEX ON CITY + DToS( BORN ) TAG cb TO ( cName + "c" )
   INDEX ON NAME TAG nameu TO ( cName + "d" ) UNIQUE DESCENDING
   dbCloseArea()
   FOR EACH aFile IN ASort( Directory( cName + "?.*" ),,, {| a, b | a[ 1 ] < b[ 1 ] } )
      ? aFile[ 1 ], aFile[ 2 ], hb_MD5( hb_MemoRead( aFile[ 1 ] ) )
      FErase( aFile[ 1 ] )
   NEXT
   FErase( cName + ".dbf" )
   RETURN
