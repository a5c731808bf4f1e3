// TBrowse over an array: skip block calls, cursor rows and columns, hitTop/hitBottom,
// goTop/goBottom, keys, deleting a column, hitTest
PROCEDURE Main()
   LOCAL a := { { "one", 1, .T. }, { "two", 22, .F. }, { "three", 333, .T. }, { "four", 4444, .F. }, { "five", 5, .T. } }
   LOCAL n := 1, nCalls := 0
   LOCAL o := TBrowseNew( 2, 5, 6, 40 )
   LOCAL i
   o:skipBlock := {| x | nCalls++, Skipper( @n, x, Len( a ) ) }
   o:goTopBlock := {|| n := 1 }
   o:goBottomBlock := {|| n := Len( a ) }
   o:addColumn( TBColumnNew( "Name", {|| a[ n ][ 1 ] } ) )
   o:addColumn( TBColumnNew( "Num;ber", {|| a[ n ][ 2 ] } ) )
   o:addColumn( TBColumnNew( "Flag", {|| a[ n ][ 3 ] } ) )
   ? o:ClassName(), o:colCount, o:rowCount, o:rowPos, o:colPos, o:stable, o:hitTop, o:hitBottom
   ? o:nTop, o:nLeft, o:nBottom, o:nRight, o:colorSpec, o:colSep, o:headSep, o:footSep, o:freeze
   ? o:leftVisible, o:rightVisible, o:colWidth( 1 ), o:colWidth( 2 ), o:colWidth( 3 ), o:colWidth( 4 )
   o:forceStable()
   ? "stable", o:stable, o:rowPos, o:colPos, n, nCalls, Row(), Col(), o:nRow, o:nCol
   o:down()
   o:forceStable()
   ? "down", o:rowPos, n, nCalls, Row(), Col()
   FOR i := 1 TO 6
      o:down()
      o:forceStable()
      ? "down", i, o:rowPos, n, nCalls, o:hitBottom, Row(), Col()
   NEXT
   o:goTop()
   o:forceStable()
   ? "top", o:rowPos, n, nCalls, o:hitTop
   o:up()
   o:forceStable()
   ? "up", o:rowPos, n, nCalls, o:hitTop
   o:right()
   o:forceStable()
   ? "right", o:colPos, Row(), Col()
   o:end()
   o:forceStable()
   ? "end", o:colPos, Row(), Col()
   o:goBottom()
   o:forceStable()
   ? "bottom", o:rowPos, n, nCalls
   o:pageUp()
   o:forceStable()
   ? "pageup", o:rowPos, n, nCalls
   ? o:applyKey( 24 ), o:applyKey( 27 ), o:applyKey( 65 )
   o:forceStable()
   ? "key", o:rowPos, n
   ? o:getColumn( 2 ):heading, o:delColumn( 1 ):heading, o:colCount
   o:forceStable()
   ? o:colPos, o:leftVisible, o:rightVisible, Row(), Col()
   ? o:hitTest( 2, 6 ), o:hitTest( 3, 6 ), o:hitTest( 4, 6 ), o:hitTest( 4, 17 ), o:hitTest( 0, 0 )
RETURN

FUNCTION Skipper( n, x, nLen )
   LOCAL nOld := n
   n := Max( 1, Min( nLen, n + x ) )
RETURN n - nOld
