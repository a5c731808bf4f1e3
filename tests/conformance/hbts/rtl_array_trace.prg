// An error no handler catches inside a codeblock evaluated by AEval():
// the default handler's "Called from" lines include AEVAL(0).

PROCEDURE Main()

   ? "before"
   Walk( { 1, 2, "x" } )
   ? "not reached"

   RETURN

STATIC PROCEDURE Walk( a )

   LOCAL nSum := 0

   AEval( a, {| x | nSum += x } )

   RETURN
