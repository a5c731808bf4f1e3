// MSaveState()/MRestState(): the mouse state as seven 32-bit integers
// (position, visibility, bounds); restoring brings the visibility back
PROCEDURE Main()
   LOCAL c, s, i
   c := MSaveState()
   FOR i := 1 TO Len( c )
      ?? Asc( SubStr( c, i, 1 ) ), ""
   NEXT
   MShow()
   s := MSaveState()
   ?
   FOR i := 1 TO Len( s )
      ?? Asc( SubStr( s, i, 1 ) ), ""
   NEXT
   MHide()
   ? MSetCursor(), MRestState( s ), MSetCursor()
   ? MRestState( c ), MSetCursor(), MRestState( "x" ), MRestState(), MSetCursor()
   MRestState( s )
   ? MSetCursor()
