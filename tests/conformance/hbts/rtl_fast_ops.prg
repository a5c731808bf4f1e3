// The operators on the operand pairs their direct paths take: integers
// with a width (Year(), Val()), numbers with decimals (%, /), 64-bit
// integers, a date and a number, two dates; the width and decimals of
// each result; the products of large integers (exact for two 32-bit
// integers, through the double product otherwise); the comparisons of
// numbers of every kind; and the errors of the pairs no rule covers.
// Operands are variables: Harbour's compiler folds constant expressions.

PROCEDURE Main()

   LOCAL d0 := SToD( "20000101" ), d, i, x, y, e, aNum, aBig
   LOCAL nW5 := Year( d0 ), nW3 := Month( d0 ), nDec := 7 % 3, nVal := Val( "0042" ), nDbl := 1 / 3
   LOCAL nLong := Val( "9007199254740993" ), nHuge := Val( "100000000000000000000" )

   // ---- + and - with widths and decimals
   aNum := { 5, nW5, nW3, nDec, nVal, nDbl, nLong, -nVal, 0 }
   FOR EACH x IN aNum
      ? "+-:"
      FOR EACH y IN aNum
         ?? " " + hb_ntos( x + y ) + "/" + Str( x - y )
      NEXT
   NEXT
   ? "sum:", nW5 + nW3, Str( nW5 + nW3 ), nW5 + nW3 + nDec, Str( nW5 + nDec ), nVal + 1, Str( nVal + 1 ), 1 + nVal
   ? "str+:", "ab" + "cd", "ab  " - "cd", "ab" - "cd", "" - "x", "x" - ""

   // ---- * / %
   aNum := { 3, nW3, nDec, nVal, nDbl, nLong, nHuge, 2147483647, -2147483648, 3000000001, 0 }
   FOR EACH x IN aNum
      ? "*:"
      FOR EACH y IN aNum
         ?? " " + AllTrim( Str( x * y, 30 ) )
      NEXT
   NEXT
   ? "div:", 10 / 4, nVal / 2, Str( nVal / 2 ), nW5 / nW3, 7 % nW3, -7 % 3, 7 % -3, nDec % 2, Str( 7 % 3 ), 7.5 % 2
   SET DECIMALS TO 0
   ? "dec0:", 10 / 4, 7 % 3, Str( 10 / 4 ), nVal / 2, nDbl * 3, 5 / 2 * 3000000001
   SET DECIMALS TO 2

   // ---- dates
   FOR EACH x IN { 0, 1, -1, 365, 20000, 7 % 3, 10 / 4, -10 / 4, nVal, nW3 }
      d := d0 + x
      ? "date:", d, d - d0, d0 - d, d - x, Year( d ), Month( d ), Day( d ), DoW( d ), CMonth( d ), DToS( d ), x + d0
   NEXT
   d := CToD( "" )
   ? "empty:", d, Year( d ), Month( d ), Day( d ), DoW( d ), "[" + CMonth( d ) + "]", "[" + DToS( d ) + "]", d - d0, d + 1
   ? "widths:", Str( Year( d0 ) ), Str( Month( d0 ) ), Str( Day( d0 ) ), Str( DoW( d0 ) ), Year( d0 ) + Month( d0 ) + Day( d0 ) + DoW( d0 )
   d := d0 - 1000000
   ? "before:", d, Year( d ), Month( d ), Day( d ), DoW( d ), d - d0
   FOR i := 1 TO 5
      d := d0 + i * 97
      ?? " " + DToC( d ) + "/" + hb_ntos( Year( d ) + Month( d ) + Day( d ) + DoW( d ) )
   NEXT

   // ---- comparisons
   aNum := { 3, 3.0, nW3, nDec, nVal, 42, nDbl, nLong, nLong - 1, nHuge, -nDec }
   FOR EACH x IN aNum
      ? "cmp:"
      FOR EACH y IN aNum
         ?? " " + iif( x == y, "=", iif( x < y, "<", iif( x > y, ">", "?" ) ) ) + iif( x = y, "e", "n" ) + iif( x <= y, "l", "g" ) + iif( x >= y, "G", "L" ) + iif( x != y, "!", "." )
      NEXT
   NEXT
   ? "cmp-dates:", d0 == d0 + 0, d0 < d0 + 1, d0 + 1 > d0, d0 >= d0, d0 != d0 + 7 % 3
   ? "cmp-str:", "abc" < "abd", "abc" > "ab", "ab" < "abc", "abc" == "abc ", "abc" = "ab", "b" >= "abc"

   // ---- pairs no rule covers: the error and the substitute
   ErrorBlock( {| e | Break( e ) } )
   FOR EACH x IN { {|| d0 + d0 }, {|| "a" + 1 }, {|| 1 - "a" }, {|| d0 * 2 }, {|| nVal / "x" }, {|| nDec % NIL }, {|| d0 < 5 }, {|| nVal == "42" }, {|| nDbl > .T. }, {|| 5 / ( nDec - 1 ) } }
      BEGIN SEQUENCE
         y := Eval( x )
         ? "ok:", y
      RECOVER USING e
         ? "error:", e:genCode, e:subCode, e:operation, e:description, Len( e:args ), ValType( e:args[ 1 ] ), e:canSubstitute
      END SEQUENCE
   NEXT
   ErrorBlock( {| e | iif( e:canSubstitute, 99, .F. ) } )
   ? "subst:", "a" + 1, d0 * 2, nDec % "x", 5 / 0, nVal < "a"

   // ---- 64-bit integers against doubles of the same size
   aBig := { nLong, nLong + 1, nLong - 2, nHuge, Val( "9223372036854775807" ), Val( "-9223372036854775807" ) }
   FOR EACH x IN aBig
      ? "big:", x, x + 1, x - 1, x * 1, x * 2, x % 10, x == nLong, x > nLong, Str( x ), Str( x, 25 )
   NEXT

   RETURN
