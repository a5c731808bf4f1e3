PROCEDURE Main()
   LOCAL a, i, e
   PRIVATE x := 3, y := "s", s := "y", t := "1+", u := "Upper"
   a := { "&s", "&s.", "&s.+y", "y&s", "&t.2", "&t 2", "&u.(y)", "&x", "&x.", "y&x", "0x1F&&", "1 && 2", "1 // 2", "1 /* c */ + 1", "1 + 1 // c", ;
          "::Self", "Self", "y&x$'a'", "Self&x2.5", "&(s)", "&s&s", "'a&s'", "'a&s.b'", "[&s]", '"&s"' }
   FOR i := 1 TO Len( a )
      BEGIN SEQUENCE WITH {|e| Break(e) }
         ? i, a[ i ], hb_ValToExp( &( a[ i ] ) )
      RECOVER USING e
         ? i, a[ i ], e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
      END SEQUENCE
   NEXT
RETURN
