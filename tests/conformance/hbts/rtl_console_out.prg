// The CGI terminal: ?/?? with SET CONSOLE, ALTERNATE, EXTRA and PRINTER,
// DevOut/@...SAY with SET DEVICE, positioned writes, the cursor that
// Row()/Col() report, colors, Alert(), and the keyboard buffer.

#include "inkey.ch"

PROCEDURE Main()

   LOCAL r, c, n, x

   ? "start"
   r := Row() ; c := Col()
   ? "pos:", r, c, MaxRow(), MaxCol()
   ?? "more", 1, .T., NIL, 2.5
   r := Row() ; c := Col()
   ? "pos2:", r, c
   SetPos( 10, 20 )
   r := Row() ; c := Col()
   ?? "setpos:", r, c
   r := Row() ; c := Col()
   ? "after:", r, c
   @ 15, 3 SAY "said"
   @ 15, 30 SAY 42
   @ 16, 1 SAY .T.
   DevOut( .F. ) ; DevOut( 3.25 ) ; DevOut( "x", "W+/B" ) ; DevOut()
   DispOut( "disp" ) ; DispOut( .T. )
   DevPos( 3, 4 )
   ? "devpos:", Row(), Col(), DevPos( 5, 6 ), SetPos( 7, 8 ), Row(), Col()
   DispOutAt( 2, 5, "at-2-5" )
   DispOutAt( 2, 15, "at-2-15" )
   DispOutAt( 2, 3, "at-2-3" )
   DispOutAt( 6, 0, "at-6-0" )
   DispOutAt( 1, 2, .T. )
   ? "dispoutat:", Row(), Col()
   hb_DispOutAt( 1, 1, "invisible" )
   DispBox( 1, 1, 4, 10 )
   ? "dispbox:", Row(), Col()
   CLS
   ? "cls:", Row(), Col()
   Scroll( 0, 0, MaxRow(), MaxCol(), 2 )
   ? "scrolled:", Row(), Col()
   @ 5, 5 CLEAR
   ? "clear:", Row(), Col()
   OutStd( "std", 1, .F. )
   OutErr( "err", 2 )
   ? "outstd:", Row(), Col()

   // SET CONSOLE / ALTERNATE / EXTRA
   SET CONSOLE OFF
   ? "hidden"
   SET CONSOLE ON
   SET ALTERNATE TO alt1
   SET ALTERNATE ON
   ? "alt and screen"
   SET CONSOLE OFF
   ?? " alt only"
   SET CONSOLE ON
   SET ALTERNATE OFF
   ? "screen only"
   Set( _SET_EXTRAFILE, "ext1.log" )
   ? "to extra"
   Set( _SET_EXTRAFILE, "" )
   SET ALTERNATE TO
   ? "alt-file:", Shown( hb_MemoRead( "alt1.txt" ) )
   ? "extra-file:", Shown( hb_MemoRead( "ext1.log" ) )
   SET ALTERNATE TO alt1 ADDITIVE
   SET ALTERNATE ON
   ? "appended"
   SET ALTERNATE TO
   SET ALTERNATE OFF
   ? "alt-append:", Shown( hb_MemoRead( "alt1.txt" ) )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      SET ALTERNATE TO no/such/dir/x
   RECOVER USING x
      ? "alt-error:", x:subSystem, x:subCode, x:genCode, x:filename, x:osCode, x:canRetry, x:canDefault, Set( _SET_ALTFILE )
   END SEQUENCE

   // printer
   SET PRINTER TO prn1
   SET PRINTER ON
   ? "printed"
   ?? "more"
   ? "prow:", PRow(), PCol()
   SET PRINTER OFF
   SET DEVICE TO PRINTER
   @ 6, 10 SAY "at6"
   @ 6, 2 SAY "back"
   @ 2, 0 SAY "new page"
   ? "prow2:", PRow(), PCol()
   EJECT
   ? "eject:", PRow(), PCol()
   SetPrc( 3, 4 )
   ? "setprc:", PRow(), PCol()
   SET DEVICE TO SCREEN
   SET PRINTER TO
   ? "printer-file:", Shown( hb_MemoRead( "prn1.prn" ) )
   FErase( "alt1.txt" ) ; FErase( "ext1.log" ) ; FErase( "prn1.prn" )

   // colors
   ? "color:", SetColor(), SetColor( "W+/B, GR/N" ), SetColor(), SetColor( "" ), SetColor()
   ? "colorsel:", ColorSelect( 1 ), SetColor( "BG/R" ), SetColor( "*+U/X,I" ), SetColor()
   SetColor( "" )
   ? "cursor:", SetCursor(), SetCursor( 0 ), SetCursor( 9 ), SetCursor(), SetCursor( 2 ), SetCursor()
   ? "colorton:", hb_ColorToN( "W+/B" ), hb_ColorToN( "" ), hb_ColorToN( "7/1" ), hb_NToColor( 31 ), hb_NToColor( 0x88 ), hb_NToColor()
   ? "colorindex:", hb_ColorIndex( "W/N, R/G ,B/W", 1 ), hb_ColorIndex( "W/N", 3 ), hb_ColorIndex( 1, 1 )

   // alert
   n := Alert( "Line one;Line two", { "Yes", "No" } )
   ? "alert:", n
   ? "alert2:", Alert( "Plain" ), Alert( 5 ), Alert( "Opts", { "", 1, "Only" } )

   // keyboard
   ? "keys:", NextKey(), LastKey()
   hb_keyPut( 65 )
   KEYBOARD "bc"
   ? "inkey:", Inkey(), Inkey(), Inkey(), Inkey(), Inkey( 0 ), LastKey()
   hb_keyPut( { 70, "gh" } )
   hb_keyIns( 69 )
   ? "put:", Inkey(), Inkey(), Inkey(), Inkey(), Inkey(), Inkey()
   CLEAR TYPEAHEAD
   ? "cleared:", Inkey(), hb_keyChar( 65 ), hb_keyChar( 13 ), hb_keyChar( 300 )
   KEYBOARD "ok" + Chr( 13 )
   x := __Accept( "Enter:" )
   ? "accept:", x
   KEYBOARD "7*6;"
   INPUT "Value:" TO x
   ? "input:", x
   KEYBOARD "y"
   x := __Wait( "Wait:" )
   ? "wait:", x, LastKey()

   RETURN

STATIC FUNCTION Shown( c )
   RETURN StrTran( StrTran( StrTran( StrTran( c, Chr( 13 ), "\r" ), Chr( 10 ), "\n" ), Chr( 12 ), "\f" ), Chr( 26 ), "^Z" )
