// Method call vs plain function call: the same one-argument body both ways,
// and an instance variable read and write.
#include "hbclass.ch"

CREATE CLASS Counter
   VAR n INIT 0
   METHOD Add( x )
ENDCLASS

METHOD Add( x ) CLASS Counter
   RETURN x + 1

PROCEDURE Main()
   LOCAL o := Counter():New(), i, t, nFunc, nMeth, nVar
   LOCAL nLoops := 3000000

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

   ? "function call ms:", nFunc
   ? "method call ms:  ", nMeth
   ? "ivar get+set ms: ", nVar
   ? "ratio method/function:", nMeth / Max( nFunc, 1 )
   RETURN

STATIC FUNCTION FAdd( x )
   RETURN x + 1
