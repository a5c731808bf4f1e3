// DBFCDX's logical key positions next to DBFNTX's: ordKeyNo() and
// ordKeyCount() under a filter count the visible records, the position is
// remembered and moved along by SKIP (even past records SET DELETED hides),
// ordKeyGoto() under a filter, ordKeyNo() off the table without an order,
// BOF after a seek, skips from a record the order lacks, and REINDEX, PACK
// and ZAP dropping scopes and ordDescend() settings.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL cDrv
   FOR EACH cDrv IN { "DBFNTX", "DBFCDX" }
      ? "==", cDrv
      rddSetDefault( cDrv )
      Make()
      Counts()
      Moves()
      Rebuilds()
   NEXT
   RETURN

STATIC PROCEDURE Make()
   LOCAL i
   dbCreate( "t", { { "ID", "N", 5, 0 }, { "NAME", "C", 8, 0 }, { "NUM", "N", 8, 2 }, { "FLAG", "L", 1, 0 } } )
   USE t EXCLUSIVE
   FOR i := 1 TO 30
      APPEND BLANK
      REPLACE ID WITH i, NAME WITH Chr( 65 + i % 6 ), NUM WITH i % 9, FLAG WITH i % 3 == 0
      IF i % 5 == 0
         DELETE
      ENDIF
   NEXT
   INDEX ON NAME TO oname
   INDEX ON NUM TO onum DESCENDING
   INDEX ON ID TO oid FOR FLAG
   SET INDEX TO oname, onum, oid
   RETURN

STATIC PROCEDURE Show( c )
   ? PadR( c, 10 ), RecNo(), Eof(), Bof(), Found(), OrdKeyVal(), OrdKeyNo(), OrdKeyCount()
   RETURN

STATIC PROCEDURE Counts()
   SET ORDER TO 1
   SET FILTER TO NUM > 3
   GO TOP
   Show( "filter" )
   SKIP 3
   Show( "skip 3" )
   OrdKeyGoto( 5 )
   Show( "goto 5" )
   OrdKeyGoto( OrdKeyCount() )
   Show( "goto last" )
   SET ORDER TO 0
   Show( "natural" )
   OrdKeyGoto( 4 )
   Show( "goto 4" )
   GO BOTTOM
   SKIP
   Show( "eof" )
   SET FILTER TO
   Show( "no filter" )
   SET ORDER TO 1
   SET DELETED ON
   SEEK "C"
   Show( "seek C" )
   SKIP 2
   Show( "skip 2" )
   GO RecNo()
   Show( "go same" )
   SKIP -3
   Show( "skip -3" )
   SET DELETED OFF
   Show( "deleted off" )
   GO BOTTOM
   SKIP
   Show( "eof" )
   SET FILTER TO FLAG
   Show( "filter" )
   OrdDescend( NIL, NIL, .T. )
   Show( "descend" )
   OrdDescend( NIL, NIL, .F. )
   SET FILTER TO
   RETURN

STATIC PROCEDURE Moves()
   SET ORDER TO 3
   GO 4
   Show( "not in" )
   SKIP
   Show( "skip" )
   GO 4
   SKIP -1
   Show( "skip -1" )
   GO 7
   REPLACE FLAG WITH .F.
   SKIP
   Show( "left out" )
   GO 12
   REPLACE FLAG WITH .F.
   SKIP -1
   Show( "left out" )
   USE
   dbCreate( "emp", { { "ID", "N", 5, 0 } } )
   USE emp EXCLUSIVE
   INDEX ON ID TO eid
   Show( "empty" )
   SEEK 5 LAST
   Show( "seek last" )
   SEEK 5 SOFTSEEK
   Show( "soft" )
   USE
   RETURN

STATIC PROCEDURE Rebuilds()
   Make()
   SET ORDER TO 1
   OrdScope( 0, "C" )
   OrdScope( 1, "E" )
   OrdDescend( 2, NIL, .F. )
   GO TOP
   ? RecNo(), OrdKeyCount(), OrdScope( 0 ), OrdScope( 1 ), OrdDescend( 2 )
   REINDEX
   ? RecNo(), OrdKeyCount(), OrdScope( 0 ), OrdScope( 1 ), OrdDescend( 2 )
   OrdScope( 0, "B" )
   PACK
   ? RecNo(), OrdKeyCount(), OrdScope( 0 ), OrdScope( 1 ), LastRec()
   OrdScope( 0, "B" )
   ZAP
   ? RecNo(), OrdKeyCount(), OrdScope( 0 ), OrdScope( 1 ), LastRec()
   CLOSE ALL
   RETURN
