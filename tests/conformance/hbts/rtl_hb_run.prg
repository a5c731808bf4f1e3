// hb_Run() runs a shell command on the program's terminal and returns the
// wait status C's system() gives: the exit code times 256, or the signal
// that ended the command. RUN does the same without a result.

PROCEDURE Main()
   LOCAL c, d, r
   ? "a"
   ? hb_Run( "echo hi; exit 3" )
   ? hb_Run( "true" ), hb_Run( "kill -9 $$" )
   RUN echo ran
   ? "b"
