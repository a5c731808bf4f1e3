// Damaged and missing files, and writes without the lock a SHARED table
// needs: the error Harbour raises for each (all properties), and that the
// files are left as they were.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL n, c

   dbCreate( "t", { { "NAME", "C", 8, 0 }, { "NUM", "N", 5, 0 }, { "TXT", "M", 10, 0 } } )
   USE t EXCLUSIVE
   FOR n := 1 TO 5
      APPEND BLANK
      REPLACE NAME WITH "n" + hb_ntos( n ), NUM WITH n, TXT WITH Replicate( "m", n * 100 )
   NEXT
   INDEX ON NAME TO t_name
   CLOSE

   ? "== memo file missing"
   FRename( "t.dbt", "t.sav" )
   Try( {|| dbUseArea( .T., , "t" ) } )
   ? "used", Used()
   CLOSE ALL
   FRename( "t.sav", "t.dbt" )

   ? "== DBF header damaged"
   CopyWith( "t.dbf", "bad1.dbf", 1, Chr( 0x55 ) )
   Try( {|| dbUseArea( .T., , "bad1" ) } )
   CLOSE ALL
   CopyWith( "t.dbf", "bad2.dbf", 9, Chr( 0 ) + Chr( 0 ) )
   Try( {|| dbUseArea( .T., , "bad2" ) } )
   CLOSE ALL
   hb_MemoWrit( "bad3.dbf", "short" )
   Try( {|| dbUseArea( .T., , "bad3" ) } )
   CLOSE ALL
   hb_MemoWrit( "bad4.dbf", "" )
   Try( {|| dbUseArea( .T., , "bad4" ) } )
   CLOSE ALL

   ? "== NTX header damaged"
   CopyWith( "t_name.ntx", "bad1.ntx", 1, Chr( 0x99 ) )
   USE t NEW
   Try( {|| OrdListAdd( "bad1" ) } )
   ? "orders", OrdCount()
   hb_MemoWrit( "bad2.ntx", Replicate( Chr( 0 ), 100 ) )
   Try( {|| OrdListAdd( "bad2" ) } )
   Try( {|| OrdListAdd( "nosuch" ) } )
   ? "orders", OrdCount()
   CLOSE ALL

   ? "== CDX damaged"
   rddSetDefault( "DBFCDX" )
   dbCreate( "cx", { { "NAME", "C", 8, 0 } } )
   USE cx EXCLUSIVE
   APPEND BLANK
   REPLACE NAME WITH "x"
   INDEX ON NAME TAG name
   CLOSE
   c := hb_MemoRead( "cx.cdx" )
   hb_MemoWrit( "cx.cdx", Left( c, 600 ) )
   Try( {|| dbUseArea( .T., , "cx" ) } )
   ? "used", Used()
   CLOSE ALL
   hb_MemoWrit( "cx.cdx", "" )
   Try( {|| dbUseArea( .T., , "cx" ) } )
   ? "used", Used(), "orders", iif( Used(), OrdCount(), -1 )
   CLOSE ALL
   rddSetDefault( "DBFNTX" )

   ? "== SHARED writes without a lock"
   USE t SHARED NEW
   SET INDEX TO t_name
   GO 2
   Try( {|| FieldPut( 1, "zz" ) } )
   Try( {|| dbDelete() } )
   Try( {|| dbRecall() } )
   ? "locks", hb_ValToExp( dbRLockList() ), "rlock", RLock(), hb_ValToExp( dbRLockList() )
   FieldPut( 1, "n2b" )
   ? "after lock", FIELD->NAME
   GO 3
   ? "moved: locks", hb_ValToExp( dbRLockList() )
   Try( {|| FieldPut( 2, 33 ) } )
   ? dbRLock( 3 ), dbRLock( 4 ), hb_ValToExp( dbRLockList() )
   FieldPut( 2, 33 )
   dbRUnlock( 3 )
   ? hb_ValToExp( dbRLockList() )
   Try( {|| FieldPut( 2, 34 ) } )
   ? "flock", FLock(), hb_ValToExp( dbRLockList() )
   FieldPut( 2, 34 )
   dbAppend()
   ? "appended", RecNo(), NetErr(), hb_ValToExp( dbRLockList() )
   FieldPut( 1, "new" )
   dbUnlock()
   ? "unlocked", hb_ValToExp( dbRLockList() )
   Try( {|| FieldPut( 1, "new2" ) } )
   Try( {|| __dbPack() } )
   Try( {|| __dbZap() } )
   Try( {|| OrdListRebuild() } )
   CLOSE ALL

   USE t NEW
   SET INDEX TO t_name
   GO TOP
   DO WHILE ! Eof()
      ? RecNo(), FIELD->NAME, FIELD->NUM, Len( FIELD->TXT ), Deleted()
      SKIP
   ENDDO
   CLOSE ALL
   RETURN

STATIC PROCEDURE CopyWith( cFrom, cTo, nPos, cBytes )
   LOCAL c := hb_MemoRead( cFrom )
   hb_MemoWrit( cTo, Stuff( c, nPos, Len( cBytes ), cBytes ) )
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      Eval( b )
      ? "  no error"
   RECOVER USING e
      ? "  error", e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", "[" + e:operation + "]", ;
         "[" + e:filename + "]", e:osCode, e:canRetry, e:canDefault, e:canSubstitute, e:tries
   END SEQUENCE
   RETURN
