// REPORT FORM of a missing file under the default error handler

PROCEDURE Main()
   ? "before"
   REPORT FORM nofile_rf
   ? "not reached"
RETURN
