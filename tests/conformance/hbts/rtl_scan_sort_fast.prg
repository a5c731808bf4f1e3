/*
 * AScan(), ASort() and AClone() on the kinds of arrays their dedicated
 * loops handle (plain integers, numbers with decimals, strings), on the
 * edges of those loops, and on arrays that take the general paths.
 */

PROCEDURE Main()

   LOCAL a, b, i, n, aBig, aHuge, aNeg

   /* ---- AScan ---- */
   a := { 1, 2.0, 3, 3 % 5, 4.5, 10 / 2, "3", NIL, 7 }
   ? AScan( a, 3 ), AScan( a, 3 % 5 ), AScan( a, 2 ), AScan( a, 5 ), AScan( a, 4.5 )
   ? AScan( a, 9 / 2 ), AScan( a, 10 / 2 ), AScan( a, 3.0 ), AScan( a, 3, 4 ), AScan( a, 3, 2, 1 )
   ? AScan( a, 3, 2, 2 ), AScan( a, 3, 0, 0 ), AScan( a, 3, -1 ), AScan( a, 7, 9, -1 )
   ? AScan( a, NIL ), AScan( a ), AScan( a, "3" ), AScan( a, "" ), AScan( a, 0 )
   ? AScan( { 1, 2, 3 }, 2, 2.9 ), AScan( { 1, 2, 3 }, 3, , 2 ), AScan( { 1, 2, 3 }, 3, "x", 5 )
   ? AScan( { 0.1 + 0.2, 0.3 }, 0.3 ), AScan( { -0, 0 }, 0 ), AScan( { 1, 2 }, -1 + 3 )
   ? AScan( { "abc", "ab", "a" }, "ab" ), AScan( { "abc", "ab" }, "abc " ), AScan( { "a " }, "a" )
   ? hb_AScan( { "abc", "ab" }, "ab", , , .T. ), hb_AScan( { 1, 2, 3 }, 3 % 4, , , .T. )
   ? hb_RAScan( { 3, 1, 3 % 5, 2 }, 3 ), hb_RAScan( { 3, 1, 3 % 5, 2 }, 3, 2 ), hb_RAScan( { 1, 2 } )
   ? AScan( { 9223372036854775807, 9223372036854775806 }, 9223372036854775806 )
   ? AScan( { 9007199254740993, 9007199254740992 }, 9007199254740992 )
   ? AScan( { 1, 2, 3 }, {| x | x == 2 } ), AScan( { 1, 2, 3 }, {| x, i | i == 3 }, 2 )
   SET EXACT ON
   ? AScan( { "abc", "ab", "a" }, "ab" ), AScan( { "ab  ", "ab" }, "ab" ), AScan( { "abc" }, "abc  " )
   SET EXACT OFF

   /* ---- ASort of numbers ---- */
   ? Show( ASort( { 3, 1, 2, 1.0, 2 % 5, -1, 1 } ) )
   ? Show( ASort( { 5 % 7, 1, 3.5, -2.25, 0, -0, 2, 1 / 3 } ) )
   ? Show( ASort( { 9007199254740993, 9007199254740992, 1, -9007199254740993 } ) )
   ? Show( ASort( { 9223372036854775807, 9223372036854775806, 5 } ) )
   ? Show( ASort( { 10 ^ 300, -( 10 ^ 300 ), 0, 5, 10 ^ 15, 10 ^ 16 } ) )
   ? Show( ASort( { 4, 3, 2, 1 }, 2, 2 ) ), Show( ASort( { 4, 3, 2, 1 }, 3 ) )
   ? Show( ASort( { 3, "b", 2, "a", 1 } ) )

   /* many integers: ties keep their order (10 / 5 and 2 differ in width) */
   aBig := Array( 3000 )
   n := 7
   FOR i := 1 TO Len( aBig )
      n := ( n * 16807 ) % 2147483647
      aBig[ i ] := iif( i % 3 == 0, ( n % 50 ) * 10 / 10, n % 50 - 25 )
   NEXT
   ASort( aBig )
   ? Checksum( aBig ), aBig[ 1 ], aBig[ 1500 ], aBig[ 3000 ]
   FOR i := 1 TO 3000
      IF aBig[ i ] == 0
         ?? "", Str( aBig[ i ] )
      ENDIF
   NEXT

   /* integers spanning a wide range, and negative ones */
   aHuge := Array( 500 )
   FOR i := 1 TO Len( aHuge )
      n := ( n * 16807 ) % 2147483647
      aHuge[ i ] := iif( i % 2 == 0, n * 1000003, -n )
   NEXT
   ASort( aHuge )
   ? Checksum( aHuge ), Ordered( aHuge )
   aNeg := { -5, -5 % 3, -2, -5.0, -4 }
   ? Show( ASort( aNeg ) )

   /* ---- ASort of strings ---- */
   ? Show( ASort( { "b", "a", "ab", "A", "", "abc", "b", Chr( 200 ), Chr( 0 ) } ) )
   a := Array( 2000 )
   FOR i := 1 TO Len( a )
      n := ( n * 16807 ) % 2147483647
      a[ i ] := Replicate( Chr( 65 + n % 5 ), n % 4 ) + Chr( 97 + n % 7 )
   NEXT
   ASort( a )
   ? a[ 1 ], a[ 500 ], a[ 1000 ], a[ 2000 ], StrOrdered( a )
   SET EXACT ON
   ? Show( ASort( { "b ", "b", "a", "a  ", "A" } ) )
   SET EXACT OFF

   /* ---- ASort with a codeblock ---- */
   n := 0
   b := {| x, y | n++, x > y }
   a := { 5, 3, 9, 1, 7, 3, 8 }
   ? Show( ASort( a, , , b ) ), n
   n := 0
   ? Show( ASort( { 1, 2, 3, 4, 5, 6, 7, 8 }, , , {| x, y | n++, ( x % 3 ) < ( y % 3 ) } ) ), n
   a := { 5, 4, 3, 2, 1 }
   ? Show( ASort( a, , , {| x, y | iif( Len( a ) > 3, ASize( a, 3 ), NIL ), x < y } ) )
   ? Show( ASort( { 3, 1, 2 }, , , {| x, y | iif( x < y, 1, 0 ) } ) )

   /* ---- AClone ---- */
   a := { 1, "x", { 2, { 3 } }, 4 % 3, NIL }
   b := AClone( a )
   b[ 3 ][ 2 ][ 1 ] := 99
   b[ 1 ] := 0
   ? Show( a ), Show( b )
   a := { 1, 2 }
   AAdd( a, a )
   b := AClone( a )
   ? Len( b ), b[ 3 ] == b, b[ 3 ] == a
   a := { 1, 2, 3 }
   b := { a, a }
   b := AClone( b )
   ? b[ 1 ] == b[ 2 ], b[ 1 ] == a
   b := AClone( { {| x | x }, "s", .T. } )
   ? Len( b ), ValType( b[ 1 ] )

   RETURN

STATIC FUNCTION Show( a )

   LOCAL c := "{", i

   FOR i := 1 TO Len( a )
      IF i > 1
         c += ","
      ENDIF
      IF ValType( a[ i ] ) == "A"
         c += Show( a[ i ] )
      ELSE
         c += hb_ValToExp( a[ i ] )
      ENDIF
   NEXT

   RETURN c + "}"

STATIC FUNCTION Checksum( a )

   LOCAL i, nSum := 0

   FOR i := 1 TO Len( a )
      nSum := ( nSum * 31 + Int( a[ i ] ) % 1000003 + i ) % 1000000007
   NEXT

   RETURN nSum

STATIC FUNCTION Ordered( a )

   LOCAL i

   FOR i := 2 TO Len( a )
      IF a[ i - 1 ] > a[ i ]
         RETURN .F.
      ENDIF
   NEXT

   RETURN .T.

STATIC FUNCTION StrOrdered( a )

   LOCAL i

   FOR i := 2 TO Len( a )
      IF !( a[ i - 1 ] <= a[ i ] )
         RETURN .F.
      ENDIF
   NEXT

   RETURN .T.
