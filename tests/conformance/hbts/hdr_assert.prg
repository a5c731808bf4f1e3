/* assert.ch: passing assertions do nothing, a failing one reports and quits */

#include "assert.ch"

PROCEDURE Main()

   LOCAL n := 5

#ifdef _ASSERT_DEFINED
   ? "_ASSERT_DEFINED"
#endif
   ASSERT( n == 5 )
   ASSERT( n > 1, "n too small" )
   ? "passed"
   Check( n )
   ? "not reached"

   RETURN

STATIC PROCEDURE Check( n )

   ASSERT( n < 3 .AND. n != 0 )
   ? "not reached either"

   RETURN
