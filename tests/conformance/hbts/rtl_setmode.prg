// SetMode() resizes the CGI terminal's screen: MaxRow()/MaxCol() follow, the
// cells both sizes share are kept (SaveScreen() reads them), the rest is
// blank, the cursor moves inside, and nothing is written to the stream.
PROCEDURE Main()
   Resize()
   ? "before", MaxRow(), MaxCol()
   @ 2, 5 SAY "hello"
   ? SetMode( 30, 100 ), MaxRow(), MaxCol(), Row(), Col()
   ? "after"
   ? SetMode( 10, 20 ), MaxRow(), MaxCol(), Row(), Col()
   ? SaveScreen( 2, 0, 2, 19 ) == SaveScreen( 2, 0, 2, 19 ), Len( SaveScreen( 0, 0, MaxRow(), MaxCol() ) )
   ? SetMode( 0, 20 ), SetMode( "x" ), SetMode(), MaxRow(), MaxCol()
   ? "end"
   RETURN

STATIC PROCEDURE Resize()
   LOCAL c
   DispBox( 1, 1, 4, 10, "ABCDEFGHI", "W+/B" )
   SetPos( 20, 70 )
   ? SetMode( 10, 20 ), Row(), Col(), MaxRow(), MaxCol()
   c := SaveScreen( 0, 0, 5, 12 )
   ? Len( c ), hb_StrToHex( c )
   DispBox( 7, 15, 9, 19, "123456789" )
   ? SetMode( 40, 132 ), Row(), Col(), MaxRow(), MaxCol()
   c := SaveScreen( 6, 14, 10, 21 )
   ? Len( c ), hb_StrToHex( c )
   hb_DispOutAt( 38, 120, "far", "R/W" )
   c := SaveScreen( 38, 118, 39, 131 )
   ? hb_StrToHex( c )
   Scroll( 30, 100, 39, 131, 2 )
   ? hb_StrToHex( SaveScreen( 36, 119, 36, 124 ) )
   ? SetMode( 25, 80 ), MaxRow(), MaxCol()
   ? Len( SaveScreen() )
   RETURN
