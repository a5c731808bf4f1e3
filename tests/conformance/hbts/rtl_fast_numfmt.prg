// Str(), StrZero(), Val(), Int() and Transform() on the values their
// direct paths take (plain integers, numbers with a width or decimals,
// integer width and decimals arguments) and on the edges of those paths:
// widths and decimals as numbers with decimals, negative and huge widths,
// values that overflow to stars, rounding at the last kept digit, and the
// pictures Transform() keeps between calls.

PROCEDURE Main()

   LOCAL i, n, c, a

   // ---- Str() of plain integers: the ten-character field and its edges
   FOR EACH n IN { 0, 7, -7, 999999999, -999999999, 9999999999, -1000000000, 10000000000, 123456789012345 }
      ? "int:", "[" + Str( n ) + "]", "[" + Str( n, 5 ) + "]", "[" + Str( n, 12, 2 ) + "]", "[" + Str( n, 3, -1 ) + "]", "[" + Str( n, 10, 0 ) + "]"
   NEXT
   ? "int-len:", "[" + Str( 42, 0 ) + "]", "[" + Str( 42, -3 ) + "]", "[" + Str( 42, 2.9 ) + "]", "[" + Str( 42, 1, 2 ) + "]", "[" + Str( -4, 1 ) + "]"
   ? "int-dec:", "[" + Str( 42, 8, 2.9 ) + "]", "[" + Str( 42, 8, -2 ) + "]", "[" + Str( 42, Val( "6" ), Val( "1" ) ) + "]", "[" + Str( 42, 6 / 2 ) + "]"

   // ---- Str() of numbers with decimals: rounding at the cut, small and large values
   FOR EACH n IN { 1 / 7, -1 / 7, 8.995, 1.005, 99.995, -0.004, 0.005, 999999999.995, 123456789.123456, 1000000000.5, -0.5, 2.675 }
      ? "dbl:", "[" + Str( n ) + "]", "[" + Str( n, 12, 3 ) + "]", "[" + Str( n, 6, 2 ) + "]", "[" + Str( n, 20, 7 ) + "]", "[" + Str( n, 22, 8 ) + "]", "[" + Str( n, 4 ) + "]"
   NEXT
   FOR i := 1 TO 12
      ?? " " + Str( i / 7, 12, 3 )
   NEXT
   ? "width-kept:", "[" + Str( Val( "12.50" ) ) + "]", "[" + Str( Val( "  7" ) ) + "]", "[" + Str( Val( "-3.1" ) * 10 ) + "]", "[" + Str( 1.5 * 2 ) + "]"
   ? "stars:", Str( 123456, 4 ), Str( -1234, 4 ), Str( 12.5, 3, 1 ), Str( 1 / 3, 1, 1 ), Str( 10 ^ 21, 10, 2 )

   // ---- StrZero()
   FOR EACH n IN { 0, 5, -5, 12345, -12345, 1 / 3, -2.5, 99999 }
      ? "zero:", StrZero( n ), StrZero( n, 6 ), StrZero( n, 8, 2 ), StrZero( n, 3 ), StrZero( n, 6.7, 1.2 )
   NEXT

   // ---- Val(): width and decimals from the text
   FOR EACH c IN { "12", "  12", "12.50", "-0", "-.5", ".5", "+3", "1.2.3", "12abc", "abc", "", "   ", ;
                   Chr( 9 ) + "8", Chr( 13 ) + Chr( 10 ) + "9", "000123", "99999999999", "12345678901234567890", ;
                   "9223372036854775807", "9223372036854775808", "0x1F", "1e3", "-12.5-", "3,5" }
      n := Val( c )
      ? "val:", "[" + c + "]", n, "[" + Str( n ) + "]", Len( Str( n ) ), "[" + hb_ntos( n ) + "]", n * 2, n + 1
   NEXT

   // ---- Int()
   ? "int():", Int( 7 ), Int( -7.9 ), Int( Val( "123.45" ) ), "[" + Str( Int( Val( "123.45" ) ) ) + "]", Int( 1 / 3 ), Int( 10 / 2 ), Int( 9999999999.5 ), Int( -( 10 ^ 15 ) / 7 )

   // ---- the same under SET DECIMALS and SET FIXED
   SET DECIMALS TO 4
   ? "dec4:", 1 / 7, Str( 1 / 7 ), Str( 22 / 7, 12, 3 ), 7 % 3, Str( 7 % 3 ), StrZero( 1 / 8, 9, 3 )
   SET FIXED ON
   ? "fixed:", 5, 1 / 7, Val( "1.5" ), Str( 5 ), Str( 1 / 7 ), Str( 1 / 7, 8 )
   SET FIXED OFF
   SET DECIMALS TO 2

   // ---- Transform(): two pictures in turn, then others
   FOR i := 1 TO 6
      ? "pics:", Transform( i * 1.25 * ( 10 ^ i ), "@E 999,999,999.99" ), Transform( i * 12345, "999999999" ), Transform( -i * 1.25, "@E 999,999,999.99" )
   NEXT
   a := { "999.99", "@Z 999.99", "$$$,$$$.99", "***,***.99", "@( 9999.99", "@X 9999.99", "@C 9999.99", ".99", "99", "ABC", "9,999", "@E 9.999,99", "@L 99999", "@B 99999" }
   FOR EACH c IN a
      ? "pic:", c, "[" + Transform( 1234.5, c ) + "]", "[" + Transform( -12.345, c ) + "]", "[" + Transform( 0, c ) + "]", "[" + Transform( 7, c ) + "]"
   NEXT
   ? "pic-none:", "[" + Transform( 1 / 3, "" ) + "]", "[" + Transform( Val( "12.50" ), NIL ) + "]", "[" + Transform( 15, "@E" ) + "]"

   RETURN
