/* assert.ch: the message argument replaces the condition's text */

#include "assert.ch"

PROCEDURE Main()

   LOCAL a := { 1, 2 }

   ASSERT( Len( a ) == 2, "two items" )
   ? "ok"
   ASSERT( Len( a ) == 3, "expected " + hb_ntos( 3 ) + " items" )
   ? "not reached"

   RETURN
