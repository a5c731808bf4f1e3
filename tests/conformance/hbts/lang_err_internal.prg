// An error handler that returns what the error cannot take ends the
// program with an unrecoverable error: the message and the call stack go
// to stderr (and hb_out.log), the exit code is 1 and no EXIT procedure runs.

PROCEDURE Main()

   ? "start"
   ErrorBlock( {| e | iif( e:genCode == 1, "not a logical", .F. ) } )
   ? "substitutable errors take any value:", 1 + "a"
   Inner()
   ? "not reached"

   RETURN

STATIC PROCEDURE Inner()
   FOpen()
   RETURN

EXIT PROCEDURE Bye()
   ? "exit procedure"
   RETURN
