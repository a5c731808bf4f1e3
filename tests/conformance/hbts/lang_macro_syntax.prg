// Macro texts the macro compiler refuses with a syntax error (BASE/1449),
// next to close ones it accepts: a ';', a reference outside an argument
// list, an index into a constant that is no array, a text that parses but
// is no valid expression, and a name ending in a lone '&'. A call of an
// undefined function reports its arguments.

PROCEDURE Main()
   LOCAL a, i, r, e
   PRIVATE x := { 1, 2 }, y := "s", z := 2, w := "y", ws := 4

   a := { "1[2]", "x[1]", '"abc"[1]', "{1,2}[1]", "0x1F[z]", "1.5[z]", ".T.[z]", ;
          "NIL[z]", "z[1]", "(1)[z]", "{|| 1 }[z]", ;
          "y;", "y ;", "y;;", "1;2", "';'", ;
          "@y", "@x[1]", "@z", "1 + @z", "Len( @x )", "{ @z }", "{ @z => 1 }", "(@z)", ;
          "--[a]", "++{1}", "z++", "--z", "-y", ;
          "x&", "y&", "NIL&%.T.", "y&w", "w&y.w", "AChr( 0, @z )" }
   FOR i := 1 TO Len( a )
      BEGIN SEQUENCE WITH {|e| Break( e ) }
         r := &( a[ i ] )
         ? a[ i ], ValType( r ), hb_ValToExp( r )
      RECOVER USING e
         ? a[ i ], "error", e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
      END SEQUENCE
   NEXT
   RETURN
