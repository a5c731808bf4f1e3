/*
 * Write a table with C N D L M fields (deleted records, empty values,
 * memos that grow and shrink) through the RDD given, then print every
 * record as dbfread-read.py prints it.
 */

REQUEST DBFNTX, DBFCDX

PROCEDURE Main( cRdd, cFile )

   LOCAL i, cMemo

   dbCreate( cFile, { { "NAME", "C", 12, 0 }, { "AMOUNT", "N", 10, 2 }, { "QTY", "N", 5, 0 }, ;
      { "BORN", "D", 8, 0 }, { "OK", "L", 1, 0 }, { "NOTES", "M", 10, 0 } }, cRdd )
   USE ( cFile ) VIA ( cRdd ) EXCLUSIVE
   FOR i := 1 TO 60
      dbAppend()
      FIELD->NAME := iif( i % 7 == 0, "", "N" + hb_ntos( i * 37 ) + Chr( 192 + i % 40 ) )
      FIELD->AMOUNT := ( i * 12345 % 100000 ) / 100 * iif( i % 5 == 0, -1, 1 )
      FIELD->QTY := i * 13 % 1000
      IF i % 9 != 0
         FIELD->BORN := SToD( "19700101" ) + i * 211
      ENDIF
      FIELD->OK := i % 3 == 0
      cMemo := iif( i % 4 == 0, "", Replicate( "memo " + hb_ntos( i ) + " ", i * 11 % 200 ) )
      FIELD->NOTES := cMemo
      IF i % 11 == 0
         dbDelete()
      ENDIF
   NEXT
   FOR i := 1 TO 60 STEP 6
      dbGoto( i )
      FIELD->NOTES := Replicate( "grown ", 300 + i )
   NEXT
   FOR i := 2 TO 60 STEP 10
      dbGoto( i )
      FIELD->NOTES := "short"
   NEXT
   dbGoTop()
   DO WHILE ! Eof()
      OutStd( iif( Deleted(), "*", " " ) + "|" + RTrim( FIELD->NAME ) + "|" + ;
         LTrim( Str( FIELD->AMOUNT, 10, 2 ) ) + "|" + hb_ntos( FIELD->QTY ) + "|" + ;
         RTrim( DToS( FIELD->BORN ) ) + "|" + iif( FIELD->OK, "T", "F" ) + "|" + ;
         hb_ntos( Len( FIELD->NOTES ) ) + "|" + hb_MD5( FIELD->NOTES ) + hb_eol() )
      dbSkip()
   ENDDO
   dbCloseArea()

   RETURN
