// An order whose FOR condition (or key) reads Deleted(): DELETE and RECALL
// take the record out of it and put it back, in one change of the index
// (the NTX header's update counter moves once per record written), and a
// skip from a record the order no longer holds goes on as each driver does.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL cDrv
   FOR EACH cDrv IN { "DBFNTX", "DBFCDX" }
      ? "==", cDrv
      rddSetDefault( cDrv )
      Test( cDrv )
   NEXT
   RETURN

STATIC PROCEDURE Test( cDrv )
   LOCAL i
   dbCreate( "t", { { "ID", "N", 5, 0 }, { "DT", "D", 8, 0 }, { "NAME", "C", 8, 0 }, { "NUM", "N", 8, 2 } } )
   USE t EXCLUSIVE
   FOR i := 1 TO 40
      APPEND BLANK
      REPLACE ID WITH i, DT WITH hb_SToD( "20240101" ) + i % 3, NAME WITH Chr( 65 + i % 4 ), NUM WITH i % 7
   NEXT
   INDEX ON DT TO odt FOR ! Deleted()
   INDEX ON NAME + Str( NUM, 8, 2 ) TO oexpr
   INDEX ON IIf( Deleted(), "D", "L" ) + NAME TO odel
   SET INDEX TO odt, oexpr, odel
   SET ORDER TO 1
   GO TOP
   ? RecNo(), OrdKeyCount()
   DELETE
   ? RecNo(), OrdKeyVal(), OrdKeyCount()
   SKIP
   ? RecNo(), OrdKeyVal(), OrdKeyCount()
   DELETE NEXT 2
   ? RecNo(), OrdKeyVal(), OrdKeyCount()
   SKIP -1
   ? RecNo(), OrdKeyVal(), OrdKeyCount()
   GO TOP
   ? RecNo(), OrdKeyVal(), OrdKeyCount()
   GO 3
   RECALL
   SKIP 0
   ? RecNo(), OrdKeyVal(), OrdKeyNo(), OrdKeyCount()
   SET ORDER TO 3
   GO TOP
   ? RecNo(), OrdKeyVal()
   GO BOTTOM
   ? RecNo(), OrdKeyVal()
   SET ORDER TO 2
   GO 22
   REPLACE NUM WITH 3.5
   SKIP -1
   ? RecNo(), OrdKeyVal()
   CLOSE ALL
   IF cDrv == "DBFNTX"
      ? "update counters:", Bin2W( hb_BSubStr( hb_MemoRead( "odt.ntx" ), 3, 2 ) ), ;
         Bin2W( hb_BSubStr( hb_MemoRead( "oexpr.ntx" ), 3, 2 ) ), Bin2W( hb_BSubStr( hb_MemoRead( "odel.ntx" ), 3, 2 ) )
   ENDIF
   RETURN
