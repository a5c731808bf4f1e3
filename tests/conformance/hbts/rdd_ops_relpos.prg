// ordKeyRelPos() to an end of a scope that holds no key: Harbour moves to
// the key the search stopped on, outside the scope.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL i
   dbCreate( "t", { { "ID", "N", 5, 0 }, { "NAME", "C", 8, 0 } } )
   USE t EXCLUSIVE
   FOR i := 1 TO 20
      APPEND BLANK
      REPLACE ID WITH i, NAME WITH Chr( 65 + i % 7 )
   NEXT
   INDEX ON NAME + Str( ID, 5 ) TO oname
   OrdScope( 0, "X" )
   ? OrdKeyCount()
   OrdKeyRelPos( 1 )
   ? RecNo(), Eof(), Bof(), NAME
   OrdKeyRelPos( 0 )
   ? RecNo(), Eof(), Bof(), NAME
   OrdDescend( NIL, NIL, .T. )
   OrdKeyRelPos( 0 )
   ? RecNo(), Eof(), Bof(), NAME
   OrdKeyRelPos( 1 )
   ? RecNo(), Eof(), Bof(), NAME
   OrdScope( 0, NIL )
   OrdScope( 1, "0" )
   OrdKeyRelPos( 0 )
   ? RecNo(), Eof(), Bof(), NAME
   OrdKeyRelPos( 1 )
   ? RecNo(), Eof(), Bof(), NAME
   CLOSE ALL
   RETURN
