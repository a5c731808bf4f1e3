// GetApplyKey() on a focused Get: numbers with decimals, signs, credit/debit,
// @E, dates (a bad date fails GetPostValidate), logicals, masks, insert mode, word keys
#include "inkey.ch"
PROCEDURE Main()
   LOCAL x
   Keys( "N dec", 0, "999.99", "12.5" )
   Keys( "N dec2", 5.25, "99.99", "." + "7" )
   Keys( "N minus", 0, "999.99", "-.5" )
   Keys( "N minus2", 10, "@X 9999", "-5" )
   Keys( "N credit", -10, "@C 9999", "3" )
   Keys( "N comma", 0, "99,999.99", "12345.6" )
   Keys( "N E", 0, "@E 99,999.99", "12345,6" )
   Keys( "N big", 123456, "999", "1" )
   Keys( "D bad", hb_SToD( "20240101" ), NIL, "99" )
   Keys( "D empty", hb_SToD( "" ), NIL, "010203" )
   Keys( "T", hb_SToT( "20240102030405" ), NIL, "11" )
   Keys( "L #", .T., "#", "f" )
   Keys( "L L", .T., "L", "x" + "N" )
   Keys( "C A", "abcd", "AAAA", "1b2c" )
   Keys( "C N", "abcd", "NNNN", "#1a" )
   Keys( "C 9", "abcd", "9999", "a1-" )
   Keys( "C #", "abcd", "####", "a1 ." )
   Keys( "C X", "abcd", "XXXX", "!$" )
   Keys( "C !", "abcd", "!!!!", "xy" )
   Keys( "C lit", "ab", "A-A", "xy" )
   Keys( "C @9", "abcd", "@9", "1x2" )
   Keys( "C none", "", NIL, "abc" )
   Keys( "C ins", "abcdef", NIL, Chr( K_INS ) + "XY" )
   Keys( "C cplx", "12345678", "@R 99-99-99-99", Chr( K_INS ) + "9" )
   Keys( "C keys", "hello world ", NIL, Chr( K_END ) + Chr( K_CTRL_LEFT ) + Chr( K_CTRL_T ) + Chr( K_HOME ) + Chr( K_CTRL_Y ) )
   Keys( "C bs", "hello world ", NIL, Chr( K_END ) + Chr( K_BS ) + Chr( K_BS ) + Chr( K_CTRL_BS ) + Chr( K_DEL ) )
   Keys( "C undo", "hello", NIL, "abc" + Chr( K_CTRL_U ) )
   Keys( "N toDec", 123.45, "999.99", "7" + Chr( K_RIGHT ) + "," + "9" )
RETURN

PROCEDURE Keys( cTitle, xInit, cPic, cKeys )
   LOCAL o, x := xInit, i, k, oList
   o := GetNew( 5, 10, {| v | iif( PCount() > 0, x := v, x ) }, "x", cPic )
   oList := HBGetList():New( { o } )
   __GetListSetActive( oList )
   o:setFocus()
   ? cTitle, "[" + o:buffer + "]", o:pos
   FOR i := 1 TO Len( cKeys )
      k := Asc( SubStr( cKeys, i, 1 ) )
      GetApplyKey( o, k )
      ?? " <" + o:buffer + ">" + hb_ntos( o:pos ) + iif( o:typeOut, "T", "" ) + iif( o:rejected, "R", "" ) + hb_ntos( o:exitState )
   NEXT
   ? "  ->", "[" + o:buffer + "]", o:changed, o:badDate, o:minus, o:unTransform(), Col()
   IF GetPostValidate( o )
      ?? " ok", x
   ELSE
      ?? " notok", x, o:pos
   ENDIF
   o:killFocus()
   __GetListSetActive( NIL )
RETURN
