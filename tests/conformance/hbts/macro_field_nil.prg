PROCEDURE Main()
   LOCAL a, i, e
   PRIVATE x := 3, y := "s", s := "NAME", o := ErrorNew()
   dbCreate( "t7", { { "NAME", "C", 5, 0 } } )
   USE t7
   APPEND BLANK
   REPLACE NAME WITH "abc"
   a := { "::NIL", "o:NIL", "_FIELD->&x", "FIELD->&s", "FIELD->&s.", "_FIELD->&y", "o:nil()" }
   FOR i := 1 TO Len( a )
      BEGIN SEQUENCE WITH {|e| Break(e) }
         ? i, a[ i ], hb_ValToExp( &( a[ i ] ) )
      RECOVER USING e
         ? i, a[ i ], e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
      END SEQUENCE
   NEXT
   ? FIELD->&s
   CLOSE
   FErase( "t7.dbf" )
RETURN
