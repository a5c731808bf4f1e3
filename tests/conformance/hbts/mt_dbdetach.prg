// hb_dbDetach() / hb_dbRequest(): an area moves between threads with its
// alias, record position and cargo; a request waits, times out, or fails.
REQUEST DBFCDX

PROCEDURE Main()

   LOCAL t, x, oErr

   rddSetDefault( "DBFCDX" )
   dbCreate( "det1", { { "N", "N", 5, 0 } } )
   dbCreate( "det2", { { "C", "C", 5, 0 } } )
   USE det1 NEW EXCLUSIVE
   dbAppend(); FIELD->N := 42
   dbAppend(); FIELD->N := 43
   dbGoTop()
   USE det2 NEW EXCLUSIVE
   dbAppend(); FIELD->C := "abc"
   ? "areas", Select( "DET1" ), Select( "DET2" ), Select()

   /* nothing detached: no wait, a timeout, a wrong alias */
   ? "none", hb_dbRequest( "DETX", .T., @x, .F. ), Select(), x
   ? "timeout", hb_dbRequest( , .T., @x, 0.1 ), Select()

   /* detach by number and by alias; the current area number stays selected */
   SELECT 1
   ? "detach 2", hb_dbDetach( 2, { "cargo", 2 } ), Select(), Used(), Select( "DET2" )
   ? "detach det1", hb_dbDetach( "det1", "one" ), Select(), Used(), Select( "DET1" )

   /* another thread takes DET1 into a new area, moves, detaches it again */
   t := hb_threadStart( @Worker() )
   hb_threadJoin( t, @x )
   ? "worker said", x

   /* request by alias into the current area (1) */
   ? "request det1", hb_dbRequest( "DET1", .F., @x, .T. ), Select(), Alias(), RecNo(), FIELD->N, x
   /* the oldest remaining one (DET2), into a new area */
   ? "request any", hb_dbRequest( , .T., @x, .T. ), Select(), Alias(), hb_ValToExp( x ), FIELD->C
   ? "pool empty", hb_dbRequest( , .T., @x ), x

   /* errors */
   SELECT 5
   oErr := ErrorBlock( {| e | Break( e ) } )
   BEGIN SEQUENCE
      hb_dbDetach()
   RECOVER USING x
      ? "no table:", x:subSystem, x:genCode, x:subCode, x:operation
   END SEQUENCE
   BEGIN SEQUENCE
      hb_dbDetach( .T. )
   RECOVER USING x
      ? "bad param:", x:subSystem, x:genCode, x:subCode, x:operation
   END SEQUENCE
   BEGIN SEQUENCE
      hb_dbRequest( 12 )
   RECOVER USING x
      ? "bad alias type:", x:subSystem, x:genCode, x:subCode, x:operation
   END SEQUENCE
   BEGIN SEQUENCE
      hb_dbRequest( "DET1", .T. )
   RECOVER USING x
      ? "dup alias:", x:subSystem, x:genCode, x:subCode, x:operation, x:canDefault
   END SEQUENCE
   BEGIN SEQUENCE
      hb_dbRequest( "1abc", .T. )
   RECOVER USING x
      ? "bad alias:", x:subSystem, x:genCode, x:subCode, x:operation
   END SEQUENCE
   ErrorBlock( oErr )
   dbCloseAll()
   FErase( "det1.dbf" )
   FErase( "det2.dbf" )

   RETURN

STATIC FUNCTION Worker()

   LOCAL xCargo, lOk

   lOk := hb_dbRequest( "DET1", .T., @xCargo, .T. )
   ? "worker got", lOk, Alias(), Select(), RecNo(), FIELD->N, xCargo
   dbSkip()
   FIELD->N := 99
   ? "worker moved to", RecNo(), FIELD->N
   ? "worker detach", hb_dbDetach( , "from worker" ), Used()

   RETURN "done"
