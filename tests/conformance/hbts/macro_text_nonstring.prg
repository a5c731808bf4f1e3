PROCEDURE Main()
   LOCAL e
   PRIVATE x := 3, y := "s", ys := "YS"
   BEGIN SEQUENCE WITH {|e| Break(e) }
      ? y&x
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {|e| Break(e) }
      ? &x
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   x := "s"
   ? y&x, &("y&x"), &("y&x.+'a'"), &( "{|| y&x }" ):Eval()
   x := 3
   BEGIN SEQUENCE WITH {|e| Break(e) }
      ? Eval( &( "{|| y&x }" ) )
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {|e| Break(e) }
      ? &( "&x + 1" )
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {|e| Break(e) }
      ? &( "1 + &x" )
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
RETURN
