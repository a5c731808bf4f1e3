// Skipping through an order by a condition on its keys:
// dbOrderInfo( DBOI_SKIPREGEX / DBOI_SKIPREGEXBACK ) with patterns and
// hb_regexComp() values, DBOI_SKIPEVAL, ordWildSeek() and
// ordSkipUnique(), with SET DELETED and a filter, both drivers; and the
// errors for patterns that are not ones.

#include "dbinfo.ch"

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL i, r
   FOR EACH r IN { "DBFNTX", "DBFCDX" }
      dbCreate( "sk" + r, { { "K", "C", 10, 0 }, { "N", "N", 5, 0 } }, r )
      USE ( "sk" + r ) VIA ( r ) EXCLUSIVE
      FOR i := 1 TO 40
         APPEND BLANK
         FIELD->K := Chr( 65 + i % 5 ) + "x" + hb_ntos( Int( i * 7 % 31 ) )
         FIELD->N := i % 9
         IF i % 6 == 0
            DELETE
         ENDIF
      NEXT
      INDEX ON K TO ( "ski" + r )
      INDEX ON N TO ( "skn" + r ) ADDITIVE
      SET ORDER TO 1
      ? "==", r
      GO TOP
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "^C.*1" ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "^C.*1" ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "2 *$" ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEXBACK, , , "^A" ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEX, , , hb_regexComp( "x3" ) ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "[DE]x(1|2)[0-9]" ), RecNo(), K
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "zzz" ), RecNo(), Eof()
      GO BOTTOM
      ? dbOrderInfo( DBOI_SKIPREGEXBACK, , , "zzz" ), RecNo(), Bof()
      GO TOP
      Try( {|| dbOrderInfo( DBOI_SKIPREGEX, , , 5 ) } )
      Try( {|| dbOrderInfo( DBOI_SKIPREGEX, , , "(" ) } )
      Try( {|| dbOrderInfo( DBOI_SKIPREGEX, , , "" ) } )
      SET DELETED ON
      GO TOP
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "B" ), RecNo(), K, Deleted()
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "B" ), RecNo(), K, Deleted()
      SET FILTER TO N > 3
      GO TOP
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "x1" ), RecNo(), K, N
      ? dbOrderInfo( DBOI_SKIPEVAL, , , {| k, n | Right( RTrim( k ), 1 ) == "0" .AND. n > 0 } ), RecNo(), K
      ? ordWildSeek( "?x2*" ), RecNo(), K
      ? ordWildSeek( "?x2*", .T. ), RecNo(), K
      ? ordWildSeek( "E*9", .F., .T. ), RecNo(), K
      SET FILTER TO
      SET DELETED OFF
      GO TOP
      i := 0
      DO WHILE ! Eof() .AND. i < 8
         ?? Left( K, 1 ) + "/" + hb_ntos( RecNo() ) + " "
         OrdSkipUnique()
         i++
      ENDDO
      SET ORDER TO 2
      GO TOP
      ? dbOrderInfo( DBOI_SKIPREGEX, , , 5 ), RecNo(), N
      ? dbOrderInfo( DBOI_SKIPREGEX, , , "3" ), RecNo(), N
      OrdSkipUnique()
      ? RecNo(), N
      OrdSkipUnique( -1 )
      ? RecNo(), N
      USE
   NEXT
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "  result", Eval( b )
   RECOVER USING e
      ? "  error", e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", "[" + e:operation + "]", ;
         hb_ValToExp( e:args ), e:canSubstitute
   END SEQUENCE
   RETURN
