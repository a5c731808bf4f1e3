// Files written by the DBF, DBT, FPT, NTX and CDX drivers are byte for
// byte what Harbour writes: each file's size and MD5 (the header's date
// bytes of a .dbf masked) after creating, filling, indexing, PACK, ZAP,
// REINDEX and COPY TO.

REQUEST DBFCDX

PROCEDURE Main()
   Fill( "DBFNTX", "nt" )
   Fill( "DBFCDX", "cx" )
   RETURN

STATIC PROCEDURE Fill( cDriver, cName )
   LOCAL i, nSeed := 12345, aExt, cBag
   rddSetDefault( cDriver )
   ? "==", cDriver
   dbCreate( cName, { ;
      { "NAME", "C", 12, 0 }, { "PRICE", "N", 10, 2 }, { "RATIO", "F", 12, 4 }, ;
      { "BORN", "D", 8, 0 }, { "OK", "L", 1, 0 }, { "NOTES", "M", 10, 0 }, ;
      { "I2", "I", 2, 0 }, { "I4", "I", 4, 0 }, { "I8", "I", 8, 2 }, { "DBL", "B", 8, 3 }, ;
      { "STAMP", "@", 8, 0 }, { "SEQ", "+", 4, 0 }, { "CUR", "Y", 8, 4 }, ;
      { "VC", "V", 10, 0 }, { "VB", "Q", 12, 0 }, { "TM", "T", 4, 0 } } )
   Show( cName, "created" )
   USE ( cName ) EXCLUSIVE
   FOR i := 1 TO 600
      nSeed := ( nSeed * 1103515245 + 12345 ) % 2147483648
      APPEND BLANK
      FIELD->NAME := Chr( 65 + nSeed % 26 ) + Chr( 97 + Int( nSeed / 26 ) % 26 ) + hb_ntos( i % 97 )
      FIELD->PRICE := ( nSeed % 200000 - 100000 ) / 100
      FIELD->RATIO := ( nSeed % 7777 ) / 13
      FIELD->BORN := iif( i % 17 == 0, hb_SToD(), hb_SToD( "19500101" ) + nSeed % 30000 )
      FIELD->OK := ( nSeed % 3 == 0 )
      IF i % 5 != 0
         FIELD->NOTES := Replicate( Chr( 65 + i % 26 ), nSeed % 700 ) + hb_ntos( i )
      ENDIF
      FIELD->I2 := nSeed % 60000 - 30000
      FIELD->I4 := nSeed - 1000000000
      FIELD->I8 := ( nSeed % 1000000 ) / 100
      FIELD->DBL := nSeed / 7
      FIELD->STAMP := hb_SToT( "20200101000000" ) + ( nSeed % 100000 ) / 1000
      FIELD->CUR := ( nSeed % 10000000 ) / 10000
      FIELD->VC := Left( "variable text", i % 11 )
      FIELD->VB := Left( Chr( 0 ) + Chr( 1 ) + Chr( 255 ) + "binary data", i % 13 )
      FIELD->TM := hb_SToT( "20240229" ) + ( nSeed % 86400 ) / 86400
   NEXT
   // memos that shrink, grow and vanish
   FOR i := 3 TO 600 STEP 7
      GO i
      FIELD->NOTES := iif( i % 2 == 0, "", Replicate( "z", i * 3 ) )
   NEXT
   USE
   aExt := iif( cDriver == "DBFNTX", { ".dbt", ".ntx" }, { ".fpt", ".cdx" } )
   Show( cName, "filled", aExt[ 1 ] )
   USE ( cName ) EXCLUSIVE
   IF cDriver == "DBFNTX"
      INDEX ON Upper( NAME ) TO ( cName + "1" )
      INDEX ON PRICE TO ( cName + "2" ) DESCENDING
      INDEX ON BORN TO ( cName + "3" ) FOR OK
      INDEX ON Left( NAME, 2 ) TO ( cName + "4" ) UNIQUE
      INDEX ON Str( I2 ) + DToS( BORN ) TO ( cName + "5" )
      USE
      FOR i := 1 TO 5
         ShowFile( cName + hb_ntos( i ) + ".ntx" )
      NEXT
      USE ( cName ) EXCLUSIVE
      SET INDEX TO ( cName + "1" ), ( cName + "2" ), ( cName + "3" ), ( cName + "4" ), ( cName + "5" )
   ELSE
      INDEX ON Upper( NAME ) TAG UNAME
      INDEX ON PRICE TAG PRICE DESCENDING
      INDEX ON BORN TAG BORN FOR OK
      INDEX ON Left( NAME, 2 ) TAG NAME2 UNIQUE
      INDEX ON Str( I2 ) + DToS( BORN ) TAG MIX
      INDEX ON OK TAG OK
      INDEX ON I4 TAG I4
      INDEX ON STAMP TAG STAMP
      INDEX ON NAME TAG OTHER TO ( cName + "x" )
      USE
      ShowFile( cName + ".cdx" )
      ShowFile( cName + "x.cdx" )
      USE ( cName ) EXCLUSIVE
      SET INDEX TO ( cName + "x" )
   ENDIF
   FOR i := 1 TO 600 STEP 4
      GO i
      dbDelete()
   NEXT
   PACK
   USE
   Show( cName, "packed", aExt[ 1 ] )
   IF cDriver == "DBFNTX"
      FOR i := 1 TO 5
         ShowFile( cName + hb_ntos( i ) + ".ntx" )
      NEXT
   ELSE
      ShowFile( cName + ".cdx" )
      ShowFile( cName + "x.cdx" )
   ENDIF
   USE ( cName ) EXCLUSIVE
   IF cDriver == "DBFNTX"
      SET INDEX TO ( cName + "1" ), ( cName + "2" )
   ENDIF
   COPY TO ( cName + "c" ) FOR RecNo() % 3 == 1
   Show( cName + "c", "copied", aExt[ 1 ] )
   REINDEX
   USE
   ShowFile( iif( cDriver == "DBFNTX", cName + "2.ntx", cName + ".cdx" ) )
   USE ( cName ) EXCLUSIVE
   IF cDriver == "DBFNTX"
      SET INDEX TO ( cName + "1" )
   ENDIF
   ZAP
   USE
   Show( cName, "zapped", aExt[ 1 ] )
   cBag := iif( cDriver == "DBFNTX", cName + "1.ntx", cName + ".cdx" )
   ShowFile( cBag )
   RETURN

STATIC PROCEDURE Show( cName, cWhat, cMemo )
   ? cWhat
   ShowFile( cName + ".dbf" )
   IF cMemo != NIL
      ShowFile( cName + cMemo )
   ENDIF
   RETURN

STATIC PROCEDURE ShowFile( cFile )
   LOCAL c := hb_MemoRead( cFile )
   IF Lower( Right( cFile, 4 ) ) == ".dbf"
      c := Stuff( c, 2, 3, "   " )
   ENDIF
   ? "  ", PadR( cFile, 12 ), hb_FSize( cFile ), hb_MD5( c )
   RETURN
