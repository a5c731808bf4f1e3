// Memo text as lines: MLCount, MemoLine, MLPos, MLCToPos, MPosToLC,
// MemoTran, HardCR.

PROCEDURE Main()

   LOCAL cText := "The quick brown fox jumps over the lazy dog." + Chr( 10 ) + ;
                  "Second" + Chr( 9 ) + "line with a tab." + Chr( 10 ) + Chr( 10 ) + "Last"
   LOCAL n, i

   FOR EACH n IN { 10, 15, 20, 40 }
      ? "width", n, "lines", MLCount( cText, n )
      FOR i := 1 TO MLCount( cText, n )
         ? "[" + MemoLine( cText, n, i ) + "]", MLPos( cText, n, i )
      NEXT
   NEXT
   ? "[" + MemoLine( cText, 10, 2, 4, .F. ) + "]", "[" + MemoLine( cText, 10, 1, , , , .F. ) + "]"
   ? MLCToPos( cText, 10, 2, 3 ), MLCToPos( cText, 20, 3, 0 ), MPosToLC( cText, 10, 30 )[ 1 ], MPosToLC( cText, 10, 30 )[ 2 ]
   ? MLCount( "a" + Chr( 13 ) + Chr( 10 ) + "b", 10 ), MLCount( "a" + Chr( 13 ) + Chr( 10 ) + "b", 10, , , Chr( 13 ) + Chr( 10 ) )
   ? MemoTran( "a" + Chr( 13 ) + Chr( 10 ) + "b" + Chr( 141 ) + Chr( 10 ) + "c" ), MemoTran( "x" + Chr( 13 ) + Chr( 10 ) + "y", "|", "~" )
   ? StrTran( HardCR( "a" + Chr( 141 ) + Chr( 10 ) + "b" ), Chr( 13 ), "<CR>" )

   RETURN
