/* assert.ch with NDEBUG: ASSERT compiles to nothing, not even the condition */

#define NDEBUG
#include "assert.ch"

PROCEDURE Main()

   LOCAL n := 0

   ASSERT( n == 1 )
   ASSERT( Bump( @n ) > 100, "never evaluated" )
   ? "still running", n

   RETURN

STATIC FUNCTION Bump( n )

   n++

   RETURN n
