// TBrowse layout: separators, multi-line headings, footings, pictures, color blocks,
// widths, hidden columns, freeze and panning, paging, refresh, colorRect, border, keys, styles
#include "inkey.ch"
STATIC s_nEval := 0
PROCEDURE Main()
   LOCAL aData := {}, n := 1, o, i, oCol
   FOR i := 1 TO 20
      AAdd( aData, { "Name" + hb_ntos( i ), i * 1.5, i % 2 == 0, hb_SToD( "20240101" ) + i, Replicate( "x", i ) } )
   NEXT
   o := TBrowseNew( 3, 2, 12, 50 )
   o:headSep := "=" ; o:colSep := " | " ; o:footSep := "-"
   o:skipBlock := {| x | Skipper( @n, x, Len( aData ) ) }
   o:goTopBlock := {|| n := 1 }
   o:goBottomBlock := {|| n := Len( aData ) }
   o:addColumn( TBColumnNew( "Name", {|| s_nEval++, aData[ n ][ 1 ] } ) )
   oCol := TBColumnNew( "Value;(x1.5)", {|| aData[ n ][ 2 ] } )
   oCol:picture := "999.99"
   oCol:footing := "sum"
   oCol:colorBlock := {| v | iif( v > 10, { 3, 4 }, { 1, 2 } ) }
   o:addColumn( oCol )
   o:addColumn( TBColumnNew( "Even", {|| aData[ n ][ 3 ] } ) )
   o:addColumn( TBColumnNew( "Date", {|| aData[ n ][ 4 ] } ) )
   oCol := TBColumnNew( "Long", {|| aData[ n ][ 5 ] } )
   oCol:width := 12
   o:addColumn( oCol )
   o:addColumn( TBColumnNew( "Hidden", {|| "h" } ) )
   o:getColumn( 6 ):width := 0
   ? o:rowCount, o:colCount, s_nEval
   ? o:colWidth( 1 ), o:colWidth( 2 ), o:colWidth( 3 ), o:colWidth( 4 ), o:colWidth( 5 ), o:colWidth( 6 ), s_nEval
   o:forceStable()
   ? "st", o:rowPos, o:colPos, o:leftVisible, o:rightVisible, n, s_nEval, Row(), Col()
   o:freeze := 1
   ? "fr", o:freeze, o:leftVisible, o:rightVisible
   FOR i := 1 TO 5
      o:right()
      o:forceStable()
      ? "r", i, o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   NEXT
   o:panLeft() ; o:forceStable()
   ? "pl", o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   o:panHome() ; o:forceStable()
   ? "ph", o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   o:panEnd() ; o:forceStable()
   ? "pe", o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   o:panRight() ; o:forceStable()
   ? "pr", o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   o:home() ; o:forceStable()
   ? "home", o:colPos, Row(), Col()
   o:pageDown() ; o:forceStable()
   ? "pd", o:rowPos, n, o:hitBottom
   o:pageDown() ; o:forceStable()
   ? "pd", o:rowPos, n, o:hitBottom
   o:pageDown() ; o:forceStable()
   ? "pd", o:rowPos, n, o:hitBottom
   o:pageDown() ; o:forceStable()
   ? "pd", o:rowPos, n, o:hitBottom
   o:rowPos := 3
   o:refreshAll()
   o:forceStable()
   ? "ra", o:rowPos, n
   o:refreshCurrent()
   i := 0
   DO WHILE ! o:stabilize()
      i++
   ENDDO
   ? "rc", i, s_nEval
   o:goBottom()
   i := 0
   DO WHILE ! o:stabilize()
      i++
   ENDDO
   ? "gb", i, o:rowPos, n, s_nEval
   o:colorRect( { 1, 1, 2, 2 }, { 2, 1 } )
   ? "cr", s_nEval
   ? o:hitTest( 3, 5 ), o:hitTest( 4, 5 ), o:hitTest( 5, 5 ), o:hitTest( 6, 5 ), o:hitTest( 11, 5 ), o:hitTest( 12, 5 ), o:hitTest( 6, 11 )
   o:border := "12345678"
   ? o:nTop, o:nLeft, o:nBottom, o:nRight, o:rowCount
   o:forceStable()
   ? "bd", o:rowPos, Row(), Col(), o:hitTest( 2, 3 ), o:hitTest( 3, 2 )
   ? o:setKey( K_F2, {| ob, k | QOut( "F2", k ), 0 } ) != NIL, o:applyKey( K_F2 ), o:applyKey( K_UP ), o:applyKey( 999 )
   o:setKey( 0, {| ob, k | QOut( "default", k ), 7 } )
   ? o:applyKey( 999 ), o:setKey( K_UP, NIL ), o:applyKey( K_UP )
   ? o:setStyle( 1 ), o:setStyle( 6 ), o:setStyle( 8, .T. ), o:setStyle( 8 )
   o:configure()
   ? o:rowCount, o:stable
   o:nBottom := 3
   ? o:rowCount
   o:nBottom := 2
RETURN

FUNCTION Skipper( n, x, nLen )
   LOCAL nOld := n
   n := Max( 1, Min( nLen, n + x ) )
RETURN n - nOld
