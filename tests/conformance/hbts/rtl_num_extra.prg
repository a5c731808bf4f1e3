// Numeric functions as ? shows their results: the widths and decimals they
// return, under SET DECIMALS and SET FIXED, and the substitute values an
// error handler gives them.

PROCEDURE Main()

   LOCAL n := 10, e

   ? "widths:", Year( 0d20240101 ), Month( 0d20240101 ), Abs( -5 ), Abs( Val( "-5" ) ), Abs( Val( "5" ) )
   ? "round:", Round( 2.345, 2 ), Round( 2.345, 0 ), Round( 2345, -2 ), Round( n / 3, 1 ), Round( 7, 2 )
   ? "int:", Int( n / 3 ), Int( -n / 3 ), Int( Val( "123.99" ) )
   ? "mod:", Mod( n, 3 ), Mod( -n, 3 ), Mod( n, -3 ), Mod( n / 4, 1 )
   ? "sqrt-log-exp:", Sqrt( n ), Log( n ), Exp( 2 )
   ? "max-min:", Max( n, 9.5 ), Min( n, 9.5 ), Max( Val( "0010" ), 9 )
   SET DECIMALS TO 5
   ? "dec5:", Sqrt( n ), n / 7, Mod( n, 3 ), Round( n / 7, 2 ), Log( 2 ), Exp( 1 )
   SET FIXED ON
   ? "fixed:", n, 1.5, Int( 7.5 ), Round( 2.5, 0 ), Abs( -2 ), Max( 1, 2 ), Year( 0d20240101 )
   ? "fixed-str:", Str( 1.5 ), Str( n ), hb_ntos( 1.5 ), StrZero( 1.5, 8, 2 )
   SET FIXED OFF
   SET DECIMALS TO 2

   // Val: widths from the text
   ? "val:", Val( "12" ), Val( "  12" ), Val( "12.5" ), Val( "-0" ), Val( "1.234" ), Val( "abc" ), Val( "" )
   ? "val-str:", "[" + Str( Val( " 12 " ) ) + "]", "[" + Str( Val( "3.10" ) ) + "]"

   // the value an error handler returns replaces the failed call
   ErrorBlock( {| e | iif( e:canSubstitute, "subst", .F. ) } )
   ? "subst:", Str( "x" ), Abs( "x" ), Round( NIL, 2 ), Val( 5 ), Max( 1, "a" )
   ? "mod-zero:", Mod( 7, 0 ), Mod( 7.5, 0 )
   ErrorBlock( {| e | Break( e ) } )
   BEGIN SEQUENCE
      Mod( 7, 0 )
   RECOVER USING e
      ? "mod-zero-error:", e:genCode, e:subCode, e:operation, e:description, Len( e:args ), e:canSubstitute
   END SEQUENCE
   BEGIN SEQUENCE
      Mod( "7", 0 )
   RECOVER USING e
      ? "mod-arg-error:", e:genCode, e:subCode, e:operation, e:description, Len( e:args )
   END SEQUENCE
   BEGIN SEQUENCE
      Set( _SET_DECIMALS, -1 )
   RECOVER USING e
      ? "set-error:", e:genCode, e:subCode, e:operation, e:canSubstitute, e:canDefault, e:canRetry
   END SEQUENCE
   ? "set-unchanged:", Set( _SET_DECIMALS )

   // bit and hex functions
   ? "bits:", hb_bitAnd( n, 7 ), hb_bitOr( n, 5 ), hb_bitXor( n, 3 ), hb_bitNot( n ), hb_bitShift( n, 4 ), hb_bitTest( n, 1 )
   ? "hex:", hb_NumToHex( n * 25 ), hb_NumToHex( n, 8 ), hb_HexToNum( "FFFF" ), hb_HexToNum( "7fffffff" )

   RETURN
