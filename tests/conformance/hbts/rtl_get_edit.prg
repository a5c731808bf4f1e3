// Editing a focused Get with its methods: typing over each picture and type,
// unTransform/assign, cursor moves, backspace, delete, undo, killFocus
#include "inkey.ch"
PROCEDURE Main()
   LOCAL o, x
   Show( "C plain", "abc       ", NIL, "xyz" )
   Show( "C @!", "abc       ", "@!", "xyz" )
   Show( "C @R", "1234567890", "@R 999-999-9999", "55512345" )
   Show( "C mask", "ab12", "AA99", "x1y2" )
   Show( "C @K", "hello     ", "@K", "hi" )
   Show( "N plain", 123.45, NIL, "9" )
   Show( "N pic", 123.45, "999.99", "12.5" )
   Show( "N comma", 1234567.89, "@E 9,999,999.99", "42,7" )
   Show( "N neg", -12.5, "999.99", "-3" )
   Show( "N @(", -12.5, "@( 999.99", "7" )
   Show( "N $", 12.5, "$$$$.99", "8" )
   Show( "N @Z", 0, "@Z 9999", "5" )
   Show( "N int", 42, NIL, "-7" )
   Show( "D", hb_SToD( "20240315" ), NIL, "010203" )
   Show( "D @E", hb_SToD( "20240315" ), "@E", "311224" )
   Show( "L", .T., NIL, "n" )
   Show( "L Y", .F., "Y", "y" )
   Show( "C @S", "abcdefghijklmnop", "@S5", "XY" )
RETURN

PROCEDURE Show( cTitle, xInit, cPic, cKeys )
   LOCAL o, x := xInit, i
   o := GetNew( 5, 10, {| v | iif( PCount() > 0, x := v, x ) }, "x", cPic )
   o:setFocus()
   ? cTitle, "[" + o:buffer + "]", o:pos, o:decPos, o:type, o:clear, o:changed
   FOR i := 1 TO Len( cKeys )
      IF Set( _SET_INSERT )
         o:insert( SubStr( cKeys, i, 1 ) )
      ELSE
         o:overStrike( SubStr( cKeys, i, 1 ) )
      ENDIF
      ?? " <" + o:buffer + ">", o:pos, o:typeOut, o:rejected
   NEXT
   ? "  ->", "[" + o:buffer + "]", o:changed, o:badDate, ValType( o:unTransform() ), o:unTransform()
   o:assign()
   ? "  x=", x, Row(), Col()
   o:home()
   ?? " home", o:pos
   o:end()
   ?? " end", o:pos
   o:left()
   ?? " left", o:pos
   o:wordLeft()
   ?? " wl", o:pos
   o:wordRight()
   ?? " wr", o:pos
   o:backSpace()
   ?? " bs", o:pos, "[" + o:buffer + "]"
   o:delete()
   ?? " del [" + o:buffer + "]"
   o:undo()
   ?? " undo [" + o:buffer + "]", x
   o:killFocus()
   ? "  kf", o:buffer, o:pos, o:hasFocus, Row(), Col()
RETURN
