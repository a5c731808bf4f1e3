// hb_mvSave()/hb_mvRestore() errors: a file name that is no string (2008,
// 2007), a file that cannot be created (2006) or opened (2005) with the
// handler's retry and default, and the unhandled error that quits.
PROCEDURE Main()
   LOCAL e
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_mvSave( 123 )
   RECOVER USING e
      ? e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", e:operation, hb_ValToExp( e:args ), e:canRetry, e:canDefault, e:severity
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_mvSave( "/nonexistent/dir/x" )
   RECOVER USING e
      ? e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", e:operation, hb_ValToExp( e:args ), e:canRetry, e:canDefault, e:severity, e:filename, e:osCode, e:tries
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? hb_mvRestore( "/nonexistent/dir/x" )
   RECOVER USING e
      ? e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", e:operation, hb_ValToExp( e:args ), e:canRetry, e:canDefault, e:severity, e:filename, e:osCode, e:tries
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? hb_mvRestore( 1 )
   RECOVER USING e
      ? e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", e:operation, hb_ValToExp( e:args ), e:canRetry, e:canDefault, e:severity
   END SEQUENCE
   ? hb_mvSave( "/nonexistent/dir/x" ), NetErr()
   ? hb_mvRestore( "/nonexistent/dir/x" ), NetErr()
   hb_mvSave( 5, "a" )
   ? "end"
   RETURN
