// The CGI terminal's screen buffer: stream output (@...SAY, DevOut,
// DispOutAt) never reaches it; boxes, hb_DispOutAt(), Scroll(), CLS and
// RestScreen() change it, SaveScreen() reads it (character and attribute
// pairs), with its coordinates clamped to the screen and swapped when
// reversed; SAVE SCREEN / RESTORE SCREEN keep the whole screen and cursor.

PROCEDURE Main()
   LOCAL s
   ? MaxRow(), MaxCol()
   @ 1, 1 SAY "xy"
   ? "1:", hb_StrToHex( SaveScreen( 1, 0, 1, 4 ) )
   @ 2, 2 TO 3, 5
   ? "2:", hb_StrToHex( SaveScreen( 2, 2, 3, 5 ) )
   @ 10, 10 TO 12, 14 DOUBLE
   ? "2d:", hb_StrToHex( SaveScreen( 10, 10, 12, 14 ) ), Row(), Col()
   DispOutAt( 4, 1, "AB" )
   ? "3:", hb_StrToHex( SaveScreen( 4, 0, 4, 3 ) )
   hb_DispOutAt( 4, 1, "CD" )
   ? "4:", hb_StrToHex( SaveScreen( 4, 0, 4, 3 ) )
   DispBox( 5, 0, 6, 2, "12345678X" )
   ? "5:", hb_StrToHex( SaveScreen( 5, 0, 6, 2 ) )
   DispBox( 14, 0, 16, 3, "ab", "GR+/N" )
   ? "5b:", hb_StrToHex( SaveScreen( 14, 0, 16, 3 ) )
   DispBox( 18, 1, 18, 4, "=-", "W/R" )
   DispBox( 19, 6, 21, 6, "123456" )
   ? "5c:", hb_StrToHex( SaveScreen( 18, 0, 18, 5 ) ), hb_StrToHex( SaveScreen( 19, 6, 21, 6 ) )
   Scroll( 5, 0, 6, 2, 1 )
   ? "6:", hb_StrToHex( SaveScreen( 5, 0, 6, 2 ) )
   Scroll( 14, 0, 16, 3, -1, 1 )
   ? "6b:", hb_StrToHex( SaveScreen( 14, 0, 16, 3 ) )
   SetColor( "W+/B" )
   DevPos( 7, 0 ); DevOut( "Q" )
   ? "7:", hb_StrToHex( SaveScreen( 7, 0, 7, 1 ) )
   RestScreen( 0, 0, 2, 4, Replicate( "A" + Chr( 7 ), 15 ) )
   RestScreen( 3, 0, 3, 4, "BC" )
   ? "8:", hb_StrToHex( SaveScreen( 0, 0, 0, 4 ) ), hb_StrToHex( SaveScreen( 3, 0, 3, 4 ) )
   SAVE SCREEN
   CLS
   ? "9:", hb_StrToHex( SaveScreen( 5, 0, 5, 2 ) ), hb_StrToHex( SaveScreen( 0, 0, 0, 3 ) )
   RESTORE SCREEN
   ? "10:", hb_StrToHex( SaveScreen( 0, 0, 0, 4 ) ), Row(), Col()
   ? "11:", hb_StrToHex( SaveScreen( 0, 78, 1, 80 ) ), hb_StrToHex( SaveScreen( -1, 0, 0, 1 ) ), hb_StrToHex( SaveScreen( 30, 0, 30, 1 ) ), hb_StrToHex( SaveScreen( 5, 5, 4, 4 ) )
   SAVE SCREEN TO s
   ? "12:", Len( s ), Len( SaveScreen() )
   RETURN
