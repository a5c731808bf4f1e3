// Orders under random appends, replaces and deletes (both drivers), then
// navigation through them: every order's record sequence forwards and
// backwards, key counts and positions, seeks (exact, soft, last), scopes,
// unique skips, wildcard seeks and key values.

#include "ord.ch"
#include "dbinfo.ch"

REQUEST DBFCDX, DBFNTX

PROCEDURE Main()
   Exercise( "DBFNTX" )
   Exercise( "DBFCDX" )
   RETURN

STATIC PROCEDURE Exercise( cRdd )
   LOCAL i, nSeed := 4711, n, kk, a, e, x
   rddSetDefault( cRdd )
   ? "==", cRdd
   dbCreate( "st", { { "K", "C", 24, 0 }, { "NUM", "N", 10, 2 }, { "DT", "D", 8, 0 }, { "F", "L", 1, 0 } } )
   USE st EXCLUSIVE
   IF cRdd == "DBFCDX"
      INDEX ON K TAG tk
      INDEX ON NUM TAG tn DESCENDING
      INDEX ON DT TAG td FOR NUM > 0
      INDEX ON Left( K, 3 ) TAG tu UNIQUE
      INDEX ON F TAG tf
      SET ORDER TO 1
   ELSE
      INDEX ON K TO st_k
      INDEX ON NUM TO st_n DESCENDING
      INDEX ON DT TO st_d FOR NUM > 0
      INDEX ON Left( K, 3 ) TO st_u UNIQUE
      INDEX ON F TO st_f
      SET INDEX TO st_k, st_n, st_d, st_u, st_f
   ENDIF
   FOR i := 1 TO 3000
      nSeed := ( nSeed * 16807 ) % 2147483647
      kk := nSeed % 7
      IF kk < 4 .OR. LastRec() < 50
         APPEND BLANK
         REPLACE K WITH Replicate( Chr( 65 + nSeed % 26 ), 1 + nSeed % 15 ) + Str( nSeed % 997, 4 ), ;
                 NUM WITH ( nSeed % 20001 - 10000 ) / 100, DT WITH SToD( "20000101" ) + nSeed % 5000, ;
                 F WITH nSeed % 3 == 0
      ELSEIF kk < 6
         GOTO 1 + nSeed % LastRec()
         REPLACE K WITH Chr( 65 + nSeed % 26 ) + Str( nSeed % 9999, 5 ), NUM WITH -NUM
      ELSE
         GOTO 1 + nSeed % LastRec()
         DELETE
      ENDIF
   NEXT
   ? "records", LastRec()
   FOR n := 1 TO 5
      SET ORDER TO n
      ? OrdName(), OrdKey(), OrdFor(), OrdIsUnique(), OrdDescend(), OrdKeyCount(), Walk( .T. ), Walk( .F. )
   NEXT
   SET DELETED ON
   FOR n := 1 TO 5
      SET ORDER TO n
      ? OrdName(), OrdKeyCount(), Walk( .T. ), Walk( .F. )
   NEXT
   SET DELETED OFF

   SET ORDER TO 1
   ? dbSeek( "M" ), Found(), RecNo(), Eof(), K
   ? dbSeek( "MMM" ), RecNo(), K, OrdKeyNo()
   ? dbSeek( "MMM", .T., .T. ), RecNo(), K, OrdKeyNo()
   ? dbSeek( "MZ", .T. ), RecNo(), K
   ? dbSeek( "ZZZZZZZZZZZZZZZZZZZZZZZZZ", .T. ), Eof(), RecNo()
   SET SOFTSEEK ON
   SEEK "N"
   ? Found(), K
   SET SOFTSEEK OFF
   FIND "Q"
   ? Found(), K
   ? OrdKeyGoto( 100 ), RecNo(), OrdKeyNo(), K
   SKIP 10
   ? OrdKeyNo(), K
   SKIP -25
   ? OrdKeyNo(), K
   ? OrdKeyVal(), dbOrderInfo( DBOI_KEYSIZE ), dbOrderInfo( DBOI_KEYTYPE ), dbOrderInfo( DBOI_POSITION )
   ? OrdScope( TOPSCOPE, "C" ), OrdScope( BOTTOMSCOPE, "E" )
   ? OrdKeyCount(), Walk( .T. ), Walk( .F. )
   GO TOP
   ? K, OrdKeyNo()
   GO BOTTOM
   ? K, OrdKeyNo()
   ? dbSeek( "B" ), Eof(), dbSeek( "D" ), K
   OrdScope( TOPSCOPE, NIL )
   OrdScope( BOTTOMSCOPE, NIL )
   ? OrdKeyCount()

   IF cRdd == "DBFCDX"
      // OrdKeyRelPos() estimates from the tree's shape: compare it on trees
      // built in one go (incremental CDX page splits differ from Harbour's)
      REINDEX
   ENDIF
   SET ORDER TO 2
   ? dbSeek( 0 ), Found(), NUM, dbSeek( 50.5, .T. ), NUM, dbSeek( -100, .T. ), NUM
   GO TOP
   ? NUM, OrdKeyNo()
   ? OrdKeyRelPos(), OrdKeyRelPos( 0.5 ), OrdKeyNo(), NUM

   FOR EACH x IN { 0, 0.1, 0.25, 0.5, 0.77, 0.999, 1 }
      OrdKeyRelPos( x )
      ? "rel", x, RecNo(), OrdKeyNo(), Str( OrdKeyRelPos(), 22, 18 )
   NEXT
   OrdScope( TOPSCOPE, 50 )
   OrdScope( BOTTOMSCOPE, -20 )
   FOR EACH x IN { 0, 0.3, 0.6, 1 }
      OrdKeyRelPos( x )
      ? "rel scoped", x, RecNo(), OrdKeyNo(), NUM, Str( OrdKeyRelPos(), 22, 18 )
   NEXT
   OrdScope( TOPSCOPE, NIL )
   OrdScope( BOTTOMSCOPE, NIL )
   SET ORDER TO 1
   SET DELETED ON
   FOR EACH x IN { 0.2, 0.4, 0.9 }
      OrdKeyRelPos( x )
      ? "rel deleted", x, RecNo(), OrdKeyNo(), Str( OrdKeyRelPos(), 22, 18 )
   NEXT
   SET DELETED OFF
   GO BOTTOM
   SKIP
   ? "rel eof", Str( OrdKeyRelPos(), 22, 18 )
   SET ORDER TO 0
   GO 77
   ? "rel natural", Str( OrdKeyRelPos(), 22, 18 ), OrdKeyRelPos( 0.5 ), RecNo()

   SET ORDER TO 3
   ? dbSeek( SToD( "20050101" ), .T. ), DT, NUM > 0
   GO BOTTOM
   ? DT, OrdKeyNo()

   SET ORDER TO 4
   a := {}
   GO TOP
   DO WHILE ! Eof() .AND. Len( a ) < 12
      AAdd( a, Left( K, 3 ) )
      SKIP
   ENDDO
   ? hb_ValToExp( a )

   SET ORDER TO 1
   GO TOP
   a := {}
   DO WHILE ! Eof() .AND. Len( a ) < 12
      AAdd( a, Left( K, 1 ) )
      OrdSkipUnique()
   ENDDO
   ? hb_ValToExp( a )
   GO TOP
   ? OrdWildSeek( "*B 1*" ), K
   ? OrdWildSeek( "*B 1*", .T. ), K
   ? OrdWildSeek( "C?C*" ), K

   SET ORDER TO 5
   ? dbSeek( .T. ), F, OrdKeyNo(), OrdKeyCount()

   SET ORDER TO 0
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? dbSeek( "A" )
   RECOVER USING e
      ? "error", e:subSystem, e:genCode, e:subCode, e:description, e:operation
   END SEQUENCE
   ? OrdCount(), OrdNumber( "TN" ), OrdNumber( "st_n" ), OrdName( 3 ), OrdBagName( 3 ), OrdBagExt()
   ? IndexKey( 1 ), IndexOrd(), OrdSetFocus( "tu" ), IndexOrd()

   PACK
   ? "packed", LastRec()
   FOR n := 1 TO 5
      SET ORDER TO n
      ? OrdName(), OrdKeyCount(), Walk( .T. ), Walk( .F. )
   NEXT
   REINDEX
   FOR n := 1 TO 5
      SET ORDER TO n
      ? OrdName(), OrdKeyCount(), Walk( .T. )
   NEXT
   CLOSE
   RETURN

// a checksum of the record sequence in the controlling order
STATIC FUNCTION Walk( lForward )
   LOCAL c := 0, kk := 0
   IF lForward
      GO TOP
      DO WHILE ! Eof()
         c++
         kk := ( kk * 31 + RecNo() ) % 1000003
         SKIP
      ENDDO
   ELSE
      GO BOTTOM
      DO WHILE ! Bof()
         c++
         kk := ( kk * 31 + RecNo() ) % 1000003
         SKIP -1
      ENDDO
   ENDIF
   RETURN hb_ntos( c ) + ":" + hb_ntos( kk )
