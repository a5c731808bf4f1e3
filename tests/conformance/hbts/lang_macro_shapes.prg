// Macro texts that differ only in literals: results must not depend on the shape cache.
PROCEDURE Main()
   LOCAL i, a := {}
   FOR i := 1 TO 3
      ? &( "f1(" + Str( i * 1.25, 6, 2 ) + ")" ), &( "Str(" + hb_ntos( i ) + ")" )
      ? &( "Len('" + Replicate( "x", i ) + "')" ), &( "Upper('ab" + hb_ntos( i ) + "')" )
      ? &( "SubStr( 'hello', " + hb_ntos( i ) + ", 2 )" ), &( "f1( -" + hb_ntos( i ) + " )" )
      ? &( "f2( " + hb_ntos( i ) + ", 'x' )" ), &( "f2( 7, 'y" + hb_ntos( i ) + "' )" )
      ? &( "f1( 1 + " + hb_ntos( i ) + " )" ), &( "iif( " + hb_ntos( i ) + " > 1, 'big', 'small' )" )
      ? &( "f1(" + hb_ntos( i ) + ") + f1(" + hb_ntos( i * 2 ) + ")" )
      ? &( "f1( 12345678901234 )" ), &( "f1( " + hb_ntos( i ) + ".0 )" ), &( "Str( f1( " + hb_ntos( i ) + ".00 ) )" )
      AAdd( a, &( "{|| f1( " + hb_ntos( i ) + " ) }" ) )
   NEXT
   AEval( a, {| b | QOut( Eval( b ) ) } )
   ? &( "f1( [abc] )" ), &( 'f1( "q' + "'" + 'x" )' )
RETURN
FUNCTION f1( x )
RETURN x
FUNCTION f2( x, y )
RETURN hb_ntos( x ) + y
