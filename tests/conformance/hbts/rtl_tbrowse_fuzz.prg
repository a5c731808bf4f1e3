// Random (but fixed) browses over an array and random cursor moves: row and column
// positions, visible columns, skip block calls and the screen cursor after each
#include "inkey.ch"
STATIC s_nSeed := 4242
STATIC s_nSkips := 0
PROCEDURE Main()
   LOCAL aData := {}, n := 1, o, i, j, k, nRows, cOut, aCols, oCol, nLen
   FOR i := 1 TO 30
      AAdd( aData, { "Item" + hb_ntos( i ), i * 11.25, i % 3 == 0, Replicate( Chr( 64 + i ), i % 7 + 1 ) } )
   NEXT
   FOR k := 1 TO 12
      nLen := Rnd( 30 ) + 1
      n := 1
      o := TBrowseNew( Rnd( 3 ), Rnd( 5 ), 4 + Rnd( 10 ), 20 + Rnd( 50 ) )
      o:skipBlock := {| x | Skipper( @n, x, nLen ) }
      o:goTopBlock := {|| n := 1 }
      o:goBottomBlock := {|| n := nLen }
      IF Rnd( 2 ) == 0 ; o:headSep := "-" ; ENDIF
      IF Rnd( 2 ) == 0 ; o:footSep := "=" ; ENDIF
      IF Rnd( 2 ) == 0 ; o:colSep := "||" ; ENDIF
      FOR j := 1 TO 2 + Rnd( 5 )
         i := Rnd( 4 ) + 1
         oCol := TBColumnNew( iif( Rnd( 2 ) == 0, "H" + hb_ntos( j ), "Head;" + hb_ntos( j ) ), MakeBlock( aData, @n, i ) )
         IF Rnd( 3 ) == 0 ; oCol:width := Rnd( 12 ) ; ENDIF
         IF Rnd( 4 ) == 0 ; oCol:footing := "F" ; ENDIF
         o:addColumn( oCol )
      NEXT
      IF Rnd( 3 ) == 0 ; o:freeze := Rnd( 3 ) ; ENDIF
      o:forceStable()
      cOut := hb_ntos( k ) + " " + State( o, n )
      ? cOut
      FOR j := 1 TO 40
         i := Rnd( 16 )
         DO CASE
         CASE i == 0 ; o:up()
         CASE i == 1 ; o:down()
         CASE i == 2 ; o:left()
         CASE i == 3 ; o:right()
         CASE i == 4 ; o:pageUp()
         CASE i == 5 ; o:pageDown()
         CASE i == 6 ; o:goTop()
         CASE i == 7 ; o:goBottom()
         CASE i == 8 ; o:home()
         CASE i == 9 ; o:end()
         CASE i == 10 ; o:panLeft()
         CASE i == 11 ; o:panRight()
         CASE i == 12 ; o:panHome()
         CASE i == 13 ; o:panEnd()
         CASE i == 14 ; o:refreshAll()
         CASE i == 15 ; o:rowPos := Rnd( 12 )
         ENDCASE
         IF Rnd( 3 ) == 0
            o:forceStable()
         ELSE
            o:stabilize()
         ENDIF
         ? " ", i, State( o, n )
      NEXT
   NEXT
RETURN

STATIC FUNCTION State( o, n )
RETURN hb_ntos( o:rowPos ) + "/" + hb_ntos( o:colPos ) + " lv" + hb_ntos( o:leftVisible ) + " rv" + hb_ntos( o:rightVisible ) + ;
   " n" + hb_ntos( n ) + " sk" + hb_ntos( s_nSkips ) + iif( o:hitTop, " T", "" ) + iif( o:hitBottom, " B", "" ) + iif( o:stable, " S", "" ) + ;
   " @" + hb_ntos( Row() ) + "," + hb_ntos( Col() ) + " rc" + hb_ntos( o:rowCount ) + " fr" + hb_ntos( o:freeze ) + " w" + hb_ntos( o:colWidth( o:colPos ) )

STATIC FUNCTION MakeBlock( aData, n, i )
RETURN {|| aData[ n ][ i ] }

FUNCTION Skipper( n, x, nLen )
   LOCAL nOld := n
   s_nSkips++
   n := Max( 1, Min( nLen, n + x ) )
RETURN n - nOld

FUNCTION Rnd( n )
   s_nSeed := ( s_nSeed * 75 + 74 ) % 65537
RETURN s_nSeed % Max( n, 1 )
