// A program with no public function to start: its INIT procedures run,
// then unrecoverable error 9012 ends it (exit code 1) before any EXIT
// procedure runs.

INIT PROCEDURE First()
   ? "init runs"
   RETURN

EXIT PROCEDURE Last()
   ? "exit does not run"
   RETURN

STATIC FUNCTION Helper()
   RETURN 1
