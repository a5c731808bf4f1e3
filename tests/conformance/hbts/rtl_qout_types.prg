// What ?, ??, QOut, QQOut, OutStd and DevOut print for each type: numbers
// under SET FIXED and SET DECIMALS, logicals, NIL, dates and timestamps
// under SET DATE / SET CENTURY / SET TIME FORMAT, and the types that print
// nothing (arrays, hashes, codeblocks, objects).

PROCEDURE Main()

   LOCAL aNums := { 0, 1, -1, 7, 1234567890, 12345678901, -999999999, -1000000000, ;
      1.5, -0.5, 0.00, 10.0, 123.456, 1 / 3, 2 / 3 * 100, 10 / 4, Val( "12" ), Val( "1.2345" ), ;
      Round( 2.5, 0 ), Int( 5.7 ), 5 % 3, Sqrt( 2 ), Len( "abc" ), 99999999999 }
   LOCAL n, i, x

   FOR EACH i IN { 0, 2, 5, 10 }
      SET DECIMALS TO i
      SET FIXED OFF
      ? "decimals", i, "fixed off:"
      FOR EACH n IN aNums
         ?? "[" ; ?? Id( n ) ; ?? "]"
      NEXT
      SET FIXED ON
      ? "decimals", i, "fixed on:"
      FOR EACH n IN aNums
         ?? "[" ; ?? Id( n ) ; ?? "]"
      NEXT
      ? "arith:", Id( 1 ) / Id( 3 ), Id( 7 ) % Id( 3 ), Id( 2 ) ^ Id( 10 ), Id( 1.5 ) * Id( 2 ), Id( 10 ) - Id( 0.25 )
   NEXT
   SET FIXED OFF
   SET DECIMALS TO 2

   ? "other:", .T., .F., NIL, "text", ""
   QOut( "qout:", .T., NIL, 1.5, 0d20240315 )
   QQOut( "|qqout:", .F., NIL, 7 )
   ? "no-text:"
   FOR EACH x IN { {}, { 1, 2 }, { => }, { "a" => 1 }, {|| 1 }, ErrorNew() }
      ?? "[" ; ?? x ; ?? "]"
   NEXT
   ? "devout:"
   DevOut( 1.5 ) ; DevOut( "|" ) ; DevOut( NIL ) ; DevOut( "|" ) ; DevOut( .T. ) ; DevOut( "|" ) ; DevOut( { 1 } )
   DevOut( "|" ) ; DevOut( 0d20240315 ) ; DevOut( "|" ) ; DevOut( hb_SToT( "20240315123456789" ) )
   ? "devoutpict:"
   DevOutPict( 1234.5, "@E 9,999.99" ) ; DevOut( "|" ) ; DevOutPict( 0d20240315, "@D" ) ; DevOut( "|" )
   DevOutPict( 0d20240315, "@E" ) ; DevOut( "|" ) ; DevOutPict( .T., "@Y" ) ; DevOut( "|" ) ; DevOutPict( NIL, "999" )
   OutStd( hb_eol() + "outstd:", 1.5, .T., NIL, 0d20240315, { 1 } )

   // dates and timestamps under each SET DATE
   x := hb_SToT( "20240315133456789" )
   FOR EACH n IN { "AMERICAN", "ANSI", "BRITISH", "FRENCH", "GERMAN", "ITALIAN", "JAPAN", "USA" }
      Set( _SET_DATEFORMAT, DateFmt( n ) )
      SET CENTURY OFF
      ? n, 0d20240315, x, SToD( "" ), hb_SToT( "" )
      SET CENTURY ON
      ?? "", 0d20240315, x, SToD( "" )
   NEXT
   SET CENTURY OFF
   SET DATE AMERICAN
   FOR EACH n IN { "hh:mm", "hh:mm pm", "hh:mm:ss.ff", "", "hh", "mm:ss" }
      SET TIME FORMAT TO n
      ? "time format", "[" + n + "]", x, hb_SToT( "20240315001500" )
   NEXT
   RETURN

STATIC FUNCTION Id( x )
   RETURN x

// the SET DATE country formats, as the command sets them
STATIC FUNCTION DateFmt( c )
   SWITCH c
   CASE "AMERICAN" ; RETURN "mm/dd/yy"
   CASE "ANSI"     ; RETURN "yy.mm.dd"
   CASE "BRITISH"  ; RETURN "dd/mm/yy"
   CASE "FRENCH"   ; RETURN "dd/mm/yy"
   CASE "GERMAN"   ; RETURN "dd.mm.yy"
   CASE "ITALIAN"  ; RETURN "dd-mm-yy"
   CASE "JAPAN"    ; RETURN "yy/mm/dd"
   ENDSWITCH
   RETURN "mm-dd-yy"
