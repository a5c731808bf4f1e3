// hb_macroBlock() compiles its text as a list whose items may be left out
// (NIL); the block's value is the last item's. A text that does not
// compile gives NIL, not an error.

PROCEDURE Main()
   LOCAL e, b, a := { ",X", "1,,X", "X,", ",", "", " ", "X++, X", "(1,2)", "{1,2}", "X := 3, X * 2", "1 +", "@X", "QOut( 'q' ), 5" }, i
   PRIVATE X := 7
   FOR i := 1 TO Len( a )
      b := hb_macroBlock( a[ i ] )
      IF b == NIL
         ? a[ i ], "no block"
      ELSE
         BEGIN SEQUENCE WITH {|e| Break( e ) }
            ? a[ i ], hb_ValToExp( Eval( b ) )
         RECOVER USING e
            ? a[ i ], "err", e:description, hb_ValToExp( e:args )
         END SEQUENCE
      ENDIF
   NEXT
