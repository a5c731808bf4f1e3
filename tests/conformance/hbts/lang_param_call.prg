/* A user function named Param() called as a statement is a call, not PARAMETERS */

PROCEDURE Main()

   Param( 1 )
   Param( "two" )
   Sub( 2, 3 )

   RETURN

PROCEDURE Param( x )

   ? "Param:", x

   RETURN

PROCEDURE Sub()

   PARAMETERS a, b

   ? a, b

   RETURN
