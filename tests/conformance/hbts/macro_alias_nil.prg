PROCEDURE Main()
   LOCAL a := { "_FIELD->NIL", "FIELD->NIL", "M->NIL", "MEMVAR->NIL", "x->NIL", "_FIELD->SELF", "FIELD->IIF", "FIELD->QSelf", "M->IF", "FIELD->nil", "_field->Nil" }, i, e
   FOR i := 1 TO Len( a )
      BEGIN SEQUENCE WITH {|e| Break(e) }
         ? i, hb_ValToExp( &( a[ i ] ) )
      RECOVER USING e
         ? i, e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
      END SEQUENCE
   NEXT
RETURN
