/*
 * Two aliases of one SHARED table and index: a skip in one alias sees the
 * keys the other has committed since (inserted next to the cursor, changed
 * or deleted), in NTX and CDX.
 */

REQUEST DBFNTX, DBFCDX

PROCEDURE Main()

   Test( "DBFNTX" )
   Test( "DBFCDX" )

   RETURN

STATIC PROCEDURE Test( cRdd )

   LOCAL i

   ? cRdd
   rddSetDefault( cRdd )
   FErase( "ssk.dbf" ); FErase( "ssk.ntx" ); FErase( "ssk.cdx" )
   dbCreate( "ssk", { { "K", "C", 6, 0 } } )
   USE ssk EXCLUSIVE
   FOR i := 1 TO 40
      dbAppend()
      FIELD->K := StrZero( i * 10, 6 )
   NEXT
   INDEX ON FIELD->K TAG k TO ssk
   CLOSE

   USE ssk ALIAS one SHARED NEW
   SET INDEX TO ssk
   USE ssk ALIAS two SHARED NEW
   SET INDEX TO ssk

   /* one sits on 000030; two inserts 000035 right after it */
   SELECT one
   dbGoTop()
   dbSkip( 2 )
   ?? " at", one->K
   SELECT two
   dbAppend()
   two->K := "000035"
   dbCommit()
   dbUnlock()
   SELECT one
   dbSkip()
   ?? " next", one->K
   dbSkip()
   ?? " next", one->K

   /* two moves 000050 to the far end; one, on 000040, skips past where it was */
   SELECT two
   dbSeek( "000050" )
   RLock()
   two->K := "999999"
   dbCommit()
   dbUnlock()
   SELECT one
   dbSkip()
   ?? " next", one->K

   /* backwards: two inserts 000065 just before the key one sits on */
   SELECT one
   dbSkip()
   ?? " at", one->K
   SELECT two
   dbAppend()
   two->K := "000065"
   dbCommit()
   dbUnlock()
   SELECT one
   dbSkip( -1 )
   ?? " prev", one->K
   dbSkip( -1 )
   ?? " prev", one->K

   /* two moves the key after the cursor to the front */
   SELECT two
   dbSeek( "000080" )
   RLock()
   two->K := "000001"
   dbCommit()
   dbUnlock()
   SELECT one
   dbGoTop()
   ?? " top", one->K
   dbCloseAll()

   RETURN
