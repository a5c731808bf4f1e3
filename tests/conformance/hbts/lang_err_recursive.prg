// An error raised inside the error handler raises another one, and so on:
// at the eighth nested call Harbour gives up with unrecoverable error 9003.

PROCEDURE Main()

   ? "start"
   ErrorBlock( {| e | Handler( e ) } )
   ? 1 + "a"
   ? "not reached"

   RETURN

STATIC FUNCTION Handler( e )
   ?? " handler:" + e:operation
   RETURN e:operation + 1
