/* Tags of a compound NTX file added, replaced (in place), destroyed,
   rebuilt by REINDEX, PACK and ZAP; a plain file taking a second tag; INDEX
   ON without TAG making the file plain again; tags added and destroyed in
   a SHARED table. */

#include "dbinfo.ch"
REQUEST DBFNTX
PROCEDURE Main()
   LOCAL i, e
   rddSetDefault( "DBFNTX" )
      dbCreate( "t", { { "A", "C", 6, 0 }, { "B", "N", 6, 0 }, { "D", "D", 8, 0 } } )
   USE t EXCLUSIVE
   FOR i := 1 TO 60
      APPEND BLANK
      REPLACE A WITH Chr( 65 + ( i * 7 ) % 26 ) + Str( i, 3 ), B WITH ( i * 31 ) % 97, D WITH 0d20200101 + ( i * 5 ) % 70
   NEXT
   // a plain file, then a tag added to it
   INDEX ON A TO one
   INDEX ON B TAG tb TO one
   Show( "plain+tag" )
   // three tags, one replaced, one deleted
   INDEX ON A TAG ta TO bag
   INDEX ON B TAG tb TO bag ADDITIVE
   INDEX ON D TAG td TO bag ADDITIVE
   Show( "three" )
   INDEX ON Str( B ) + A TAG tb TO bag ADDITIVE
   Show( "replaced tb" )
   ordDestroy( "ta" )
   Show( "ta destroyed" )
   INDEX ON A TAG ta2 TO bag ADDITIVE
   Show( "ta2 added" )
   FOR i := 1 TO 20
      APPEND BLANK
      REPLACE A WITH "N" + Str( i, 3 ), B WITH i, D WITH 0d20200101 - i
   NEXT
   GO 7
   DELETE
   GO 8
   REPLACE B WITH 1000
   Show( "changed" )
   REINDEX
   Show( "reindexed" )
   PACK
   Show( "packed" )
   CLOSE
   USE t EXCLUSIVE
   SET INDEX TO bag
   Show( "reopened" )
   ordDestroy( "tb" )
   ordDestroy( "td" )
   Show( "one left" )
   CLOSE
   USE t EXCLUSIVE
   SET INDEX TO bag
   Show( "one left reopened" )
   INDEX ON B TAG ta2 TO bag
   Show( "only tag replaced" )
   INDEX ON D TAG zz TO bag
   INDEX ON A TO bag
   Show( "no TAG over multi" )
   ZAP
   Show( "zapped" )
   CLOSE
   USE t SHARED
   APPEND BLANK
   REPLACE A WITH "S1", B WITH 5
   INDEX ON A TAG sa TO bag
   INDEX ON B TAG sb TO bag
   INDEX ON D TAG sd TO bag
   APPEND BLANK
   REPLACE A WITH "S2", B WITH 2
   dbUnlock()
   Show( "shared" )
   ordDestroy( "sb" )
   Show( "shared destroy" )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      REINDEX
   RECOVER USING e
      ? "reindex shared:", e:genCode, e:subCode, e:description
   END SEQUENCE
   CLOSE
   ? File( "bag.ntx" ), File( "one.ntx" )
   RETURN

PROCEDURE Show( cTitle )
   LOCAL i, c, n
   ? "--", cTitle, ordCount(), ordNumber(), ordName(), dbOrderInfo( DBOI_ISMULTITAG ), dbOrderInfo( DBOI_INDEXTYPE ), ordBagName()
   FOR i := 1 TO ordCount()
      ordSetFocus( i )
      c := ""
      n := 0
      GO TOP
      DO WHILE ! Eof() .AND. n++ < 200
         c += AllTrim( Str( RecNo() ) ) + " "
         SKIP
      ENDDO
      ? i, ordName( i ), ordKey( i ), ordBagName( i ), ordKeyCount( i ), hb_md5( c )
      ? dbSeek( 30 ), Found(), RecNo()
   NEXT
   RETURN
