// Int( a / b ): the in-place path and the general one give Harbour's values,
// widths and errors.
PROCEDURE Main()
   LOCAL a := 7, b := 2, c := -1, d := 3, e := 0, s := "7", o
   ? Int( a / b ), Len( Str( Int( a / b ) ) ), Int( c / d ), Str( Int( c / d ) ), Int( 10 / 5 )
   ? Int( 1000000000000000 / 3 ), Int( a / 0.5 ), Int( -7 / 2 ), Int( 7.5 / b ), Str( Int( 7.5 / b ) )
   ? Int( ( a * 1000 ) / ( b + 1 ) ), Int( a / b ) + 0.5
   o := ErrorBlock( {| x | Break( x ) } )
   BEGIN SEQUENCE
      ? Int( a / e )
   RECOVER USING e
      ? "error", e:subCode, e:operation, e:description
   END SEQUENCE
   BEGIN SEQUENCE
      ? Int( s / b )
   RECOVER USING e
      ? "error", e:subCode, e:operation, e:description
   END SEQUENCE
   ErrorBlock( o )
RETURN
