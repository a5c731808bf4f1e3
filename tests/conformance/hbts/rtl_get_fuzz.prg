// Random (but fixed) key sequences on Gets of every type and picture kind, one key at a
// time through GetApplyKey(): buffer, cursor and flags after each key, then VALID
#include "inkey.ch"
STATIC s_nSeed := 12345
PROCEDURE Main( cMode )
   LOCAL aVals, aKeys, i, j, o, x, cOut, nCase := 0, lIns
   aVals := { ;
      { "hello world ", NIL }, { "hello world ", "@!" }, { "abc-123", "@R XXX-999" }, { "12345678", "@R 99/99-9999" }, ;
      { "ab cd", "@K" }, { "abcdefghij", "@S4" }, { "x1y2z3", "A9A9A9" }, { "", NIL }, ;
      { 0, NIL }, { 123.45, NIL }, { -5.5, "999.99" }, { 1234.5, "9,999.99" }, { 1234.5, "@E 9,999.99" }, ;
      { 12, "@X 999" }, { -12, "@C 999" }, { -12, "@( 999" }, { 12, "@) 999" }, { 7, "@Z 99" }, { 12.5, "$$$.99" }, ;
      { 12.5, "***.99" }, { 0.25, ".99" }, { 99, "99" }, { 5, "@R 9-9" }, { 1, "@B 999" }, ;
      { hb_SToD( "20240229" ), NIL }, { hb_SToD( "" ), NIL }, { hb_SToD( "20240101" ), "@E" }, { hb_SToD( "20240101" ), "@D" }, ;
      { .T., NIL }, { .F., "Y" }, { .T., "L" }, { .T., "@!" }, ;
      { hb_SToT( "20240101120000" ), NIL } }
   aKeys := { K_LEFT, K_RIGHT, K_HOME, K_END, K_BS, K_DEL, K_CTRL_LEFT, K_CTRL_RIGHT, K_CTRL_T, K_CTRL_Y, K_CTRL_BS, K_CTRL_U, K_INS, ;
      Asc( "1" ), Asc( "5" ), Asc( "0" ), Asc( "9" ), Asc( "." ), Asc( "," ), Asc( "-" ), Asc( "+" ), Asc( "a" ), Asc( "Z" ), Asc( " " ), ;
      Asc( "y" ), Asc( "N" ), Asc( "t" ), Asc( "$" ), Asc( "(" ) }
   FOR i := 1 TO Len( aVals )
      FOR j := 1 TO 6
         nCase++
         x := aVals[ i ][ 1 ]
         Set( _SET_INSERT, .F. )
         o := GetNew( 5, 10, {| v | iif( PCount() > 0, x := v, x ) }, "x", aVals[ i ][ 2 ] )
         __GetListSetActive( HBGetList():New( { o } ) )
         o:setFocus()
         cOut := hb_ntos( nCase ) + " [" + o:buffer + "]" + hb_ntos( o:pos )
         DO WHILE Rnd( 4 ) > 0 .AND. Empty( o:exitState ) .AND. Len( cOut ) < 400
            GetApplyKey( o, aKeys[ Rnd( Len( aKeys ) ) + 1 ] )
            cOut += "|" + o:buffer + hb_ntos( o:pos ) + iif( o:typeOut, "T", "" ) + iif( o:rejected, "R", "" ) + iif( o:changed, "C", "" ) + iif( o:clear, "K", "" ) + iif( o:minus, "M", "" ) + hb_ntos( Col() )
         ENDDO
         ? cOut
         ? "  ", o:badDate, hb_ValToExp( o:unTransform() )
         IF GetPostValidate( o )
            ?? " ok", hb_ValToExp( x )
         ELSE
            ?? " no", o:pos
         ENDIF
         o:killFocus()
      NEXT
   NEXT
RETURN

FUNCTION Rnd( n )
   s_nSeed := ( s_nSeed * 75 + 74 ) % 65537
RETURN s_nSeed % Max( n, 1 )
