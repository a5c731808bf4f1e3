// The default error handler: a zero divisor gives 0, a lock error is
// retried, other errors show the Alert() line (Quit, Retry, Default as the
// error allows), the message with its DOS error code and the call stack go
// to stderr, and the program quits with ErrorLevel 1 after its EXIT
// procedures.

PROCEDURE Main()

   LOCAL n := 0

   ? "zero-div:", 10 / n, 5 % n
   ? "errorlevel:", ErrorLevel()
   OutErr( "before" )
   Level1()
   ? "not reached"

   RETURN

STATIC PROCEDURE Level1()
   Level2( "no_such_file.txt" )
   RETURN

STATIC PROCEDURE Level2( cFile )
   ? "copying"
   __CopyFile( cFile, "dest.txt" )
   RETURN

EXIT PROCEDURE Bye()
   ? "exit procedure, errorlevel", ErrorLevel()
   RETURN
