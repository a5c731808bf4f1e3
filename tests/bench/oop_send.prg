// Method call vs plain function call: the same one-argument body both ways,
// and an instance variable read and write. Prints "name: seconds" per
// phase and the ratio of a method call to a function call.
#include "hbclass.ch"

CREATE CLASS Counter
   VAR n INIT 0
   METHOD Add( x )
ENDCLASS

METHOD Add( x ) CLASS Counter
   RETURN x + 1

PROCEDURE Main( cN )
   LOCAL o := Counter():New(), i, t, nFunc, nMeth, nVar
   LOCAL nLoops := 3000000

   IF ! Empty( cN ) .AND. Val( cN ) > 0
      nLoops := Int( Val( cN ) )
   ENDIF

   t := hb_MilliSeconds()
   FOR i := 1 TO nLoops
      FAdd( i )
   NEXT
   nFunc := hb_MilliSeconds() - t

   t := hb_MilliSeconds()
   FOR i := 1 TO nLoops
      o:Add( i )
   NEXT
   nMeth := hb_MilliSeconds() - t

   t := hb_MilliSeconds()
   FOR i := 1 TO nLoops
      o:n := o:n + 1
   NEXT
   nVar := hb_MilliSeconds() - t

   OutStd( "func_call: " + LTrim( Str( nFunc / 1000, 10, 3 ) ) + hb_eol() )
   OutStd( "method_call: " + LTrim( Str( nMeth / 1000, 10, 3 ) ) + hb_eol() )
   OutStd( "ivar_get_set: " + LTrim( Str( nVar / 1000, 10, 3 ) ) + hb_eol() )
   OutStd( "# method/function: " + LTrim( Str( nMeth / Max( nFunc, 1 ), 10, 2 ) ) + hb_eol() )
   RETURN

STATIC FUNCTION FAdd( x )
   RETURN x + 1
