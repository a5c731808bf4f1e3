/* An index made by INDEX ON in a SHARED area can be opened by another area at once */

REQUEST DBFNTX, DBFCDX

PROCEDURE Main()

   Test( "DBFNTX" )
   Test( "DBFCDX" )

   RETURN

STATIC PROCEDURE Test( cRdd )

   FErase( "sic.dbf" ); FErase( "sicx.ntx" ); FErase( "sicx.cdx" )
   dbCreate( "sic", { { "A", "C", 5, 0 } }, cRdd )
   USE sic VIA ( cRdd ) SHARED
   dbAppend()
   FIELD->A := "b"
   dbAppend()
   FIELD->A := "a"
   dbUnlock()
   INDEX ON FIELD->A TO sicx
   USE sic VIA ( cRdd ) SHARED ALIAS other NEW
   SET INDEX TO sicx
   dbGoTop()
   ? cRdd, ordCount(), NetErr(), other->A, RecNo()
   dbCloseAll()

   RETURN
