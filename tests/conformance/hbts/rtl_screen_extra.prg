// Screen helpers: @...CLEAR / @...BOX / @...TO commands (__AtClear,
// __Clear, __Box, __BoxD, __BoxS), hb_Scroll(), hb_DispBox(),
// hb_DispOutAtBox(), hb_ClrArea(), hb_Shadow(), screen size, SetBlink(),
// NoSnow(), Tone(), SetTypeahead(). The screen buffer is shown with SaveScreen().

PROCEDURE Main()
   LOCAL i

   ? "-- size", hb_ScrMaxRow(), hb_ScrMaxCol(), MaxRow(), MaxCol()

   ? "-- @ CLEAR"
   Fill()
   @ 1, 2 CLEAR TO 3, 6
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   Fill()
   ? __AtClear( 2, 3, 2, 7 ), Row(), Col()
   Show( 0, 0, 4, 9 )
   Fill()
   __AtClear( 2, 3, 2 )
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   Fill()
   __AtClear( "a", -1, 1, 99 )
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   Fill()
   ? __Clear(), Row(), Col()
   Show( 0, 0, 4, 9 )

   ? "-- @ BOX / TO"
   @ 0, 0, 3, 6 BOX "12345678X"
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS
   @ 0, 0, 2, 5 BOX "ab" COLOR "GR+/B"
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS
   @ 1, 1 TO 3, 7
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS
   @ 1, 1 TO 3, 7 DOUBLE COLOR "R/W"
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS
   ? __Box( 3, 6, 1, 2, "+-+|+-+|." ), Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS
   __Box( 1, 2, 3, 6 )
   __Box( 1, 2, 3, "6", "xxxxxxxx" )
   ? Row(), Col()
   ? __BoxD( 0, 0, 0, 5 ), Row(), Col()
   ? __BoxS( 0, 7, 3, 7 ), Row(), Col()
   __BoxS( 1, 1, 2 )
   Show( 0, 0, 4, 9 )
   CLS
   SetColor( "W+/R" )
   __BoxS( -1, -1, 2, 3 )
   __BoxD( 2, 76, 25, 85 )
   SetColor( "" )
   ? Row(), Col()
   Show( 0, 0, 3, 5 )
   Show( 1, 74, 3, 79 )
   Show( 22, 74, 23, 79 )
   CLS

   ? "-- hb_DispBox"
   SetPos( 10, 10 )
   ? hb_DispBox( 0, 0, 2, 4, "abcdefgh*" ), Row(), Col()
   hb_DispBox( 0, 5, 2, 9, , "B/W" )
   hb_DispBox( 3, 0, 4, 9, "123", 0x1E )
   Show( 0, 0, 4, 9 )
   CLS

   ? "-- hb_DispOutAtBox"
   hb_DispOutAtBox( 0, 1, Chr( 196 ) + Chr( 179 ) + "x" )
   hb_DispOutAtBox( 1, 8, "abcd", "W+/G" )
   hb_DispOutAtBox( 2, 0, "nn", 0x4F )
   hb_DispOutAtBox( 3, 0, "" )
   hb_DispOutAtBox( "3", 2, "zz", "" )
   hb_DispOutAtBox( 4, 2, 123 )
   ? Row(), Col()
   Show( 0, 0, 4, 9 )
   CLS

   ? "-- hb_Scroll"
   Fill()
   hb_Scroll( 0, 0, 4, 9, 1, 0, "W+/B", "." )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Scroll( 1, 1, 3, 8, -1, 2, 0x2E, 65 )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Scroll( 1, 1, 3, 8, 0, 0, , "#" )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Scroll( 1, 1, 3, 8, 0, -3 )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Scroll( 1, 1, 3, 8, 1, 1, "", "" )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Scroll( 2, 2, 2, 2, 0, 0, "GR/N", 42 )
   Show( 0, 0, 4, 9 )
   CLS

   ? "-- hb_ClrArea / hb_Shadow"
   Fill()
   hb_ClrArea( 1, 1, 2, 3, 0x1F )
   hb_ClrArea( 3, -1, 3, 3, 0x2F )
   hb_ClrArea( 0, 8, 0, 99, "W+/R" )
   hb_ClrArea( 4, 0, 4, 9 )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Shadow( 0, 0, 2, 5 )
   hb_Shadow( 4, 9, 3, 7, 0x4E )
   Show( 0, 0, 4, 9 )
   Fill()
   hb_Shadow( 1, 1, 2 )
   Show( 0, 0, 4, 9 )
   CLS
   FOR i := 0 TO 3
      hb_DispOutAt( 20 + i, 70, Replicate( "q", 10 ) )
   NEXT
   hb_Shadow( 20, 75, 22, 78 )
   hb_Shadow( 21, 72, 23, 79 )
   Show( 20, 70, 23, 79 )
   CLS

   ? "-- SetBlink / NoSnow / Tone / SetTypeahead"
   ? SetBlink(), SetBlink( .F. ), SetBlink(), SetBlink( 1 ), SetBlink( .T. ), SetBlink()
   ? NoSnow(), NoSnow( .T. ), NoSnow( 1 )
   ? Tone( 100, 0.1 ), Tone(), Tone( "a" ), Tone( 440 )
   ? SetTypeahead(), SetTypeahead( 20 ), SetTypeahead(), Set( _SET_TYPEAHEAD )
   ? SetTypeahead( 50 ), SetTypeahead( NIL ), SetTypeahead( "x" )
   RETURN

// fill the corner with digits in color 07
PROCEDURE Fill()
   LOCAL r
   CLS
   FOR r := 0 TO 4
      hb_DispOutAt( r, 0, Left( "0123456789", 10 - r ) + Replicate( Chr( 65 + r ), r ) )
   NEXT
   RETURN

// the text of each row, then its colors (attributes in hex)
PROCEDURE Show( t, l, b, r )
   LOCAL s, i, nRow, cText, cAttr
   FOR nRow := t TO b
      s := SaveScreen( nRow, l, nRow, r )
      cText := ""
      cAttr := ""
      FOR i := 1 TO Len( s ) STEP 2
         cText += SubStr( s, i, 1 )
         cAttr += hb_NumToHex( Asc( SubStr( s, i + 1, 1 ) ), 2 )
      NEXT
      ? "  |" + cText + "|" + cAttr
   NEXT
   RETURN
