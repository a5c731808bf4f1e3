// Arrays made by Array() and grown by ASize() on both sides of the size up
// to which they are built by appending, then read, searched and sorted;
// AScan() searches of every kind in turn on one array (number, number
// with decimals, string, codeblock, date, NIL); ASort() with a codeblock
// answering logicals, numbers and other values, one shrinking the array,
// and ASort() in natural order after a codeblock sort.

PROCEDURE Main()

   LOCAL a, b, i, n, nSum

   FOR EACH n IN { 0, 1, 5, 4095, 4096, 4097, 10000 }
      a := Array( n )
      b := ASize( Array( 3 ), n )
      nSum := 0
      FOR i := 1 TO n
         a[ i ] := i % 7
         nSum += iif( b[ i ] == NIL, 1, 0 )
      NEXT
      ASize( a, n + 3 )
      ? "array:", n, Len( a ), Len( b ), nSum, AScan( a, 3 ), AScan( a, NIL ), ATail( a ), iif( n > 0, a[ n ], "-" )
      ASize( a, Int( n / 2 ) )
      ?? "", Len( a ), AScan( a, 6 % 10 ), AScan( a, {| x | x == 5 } )
   NEXT
   a := Array( 2, 3 )
   ? "dims:", Len( a ), Len( a[ 1 ] ), ValType( a[ 2, 3 ] )

   a := { 1, 2.5, "b", SToD( "20240101" ), NIL, 7 % 3, "a", .T., 10 / 4, 3 }
   FOR i := 1 TO 3
      ? "scan:", AScan( a, 1 ), AScan( a, 10 / 4 ), AScan( a, "a" ), AScan( a, {| x | ValType( x ) == "L" } ), AScan( a, SToD( "20240101" ) ), AScan( a, NIL ), AScan( a, 3, 5 ), AScan( a, 2.5, 1, 1 )
   NEXT
   SET EXACT ON
   ? "scan-exact:", AScan( { "ab", "a" }, "a" ), AScan( { "a  ", "a" }, "a" )
   SET EXACT OFF

   a := { 5, 3, 9, 1, 7, 3 }
   ? "sort-l:", Show( ASort( AClone( a ),,, {| x, y | x > y } ) ), Show( ASort( AClone( a ),,, {| x, y | x < y } ) )
   ? "sort-n:", Show( ASort( AClone( a ),,, {| x, y | y - x } ) ), Show( ASort( AClone( a ),,, {| x, y | iif( x < y, 1, 0 ) } ) )
   ? "sort-o:", Show( ASort( AClone( a ),,, {| x, y | NIL } ) ), Show( ASort( AClone( a ),,, {| x, y | "x" } ) )
   ? "sort-part:", Show( ASort( AClone( a ), 2, 3, {| x, y | x > y } ) ), Show( ASort( AClone( a ), 4 ) )
   b := AClone( a )
   ? "sort-shrink:", Show( ASort( b,,, {| x, y | iif( Len( b ) > 3, ASize( b, 3 ), NIL ), x < y } ) ), Len( b )
   ? "sort-natural:", Show( ASort( { 3, "b", 2.5, SToD( "20240101" ), .F., "a", 1, .T. } ) )
   a := Array( 200 )
   n := 17
   FOR i := 1 TO Len( a )
      n := ( n * 16807 ) % 2147483647
      a[ i ] := n % 1000
   NEXT
   ASort( a,,, {| x, y | x > y } )
   ? "sort-desc:", a[ 1 ], a[ 100 ], a[ 200 ], Ordered( a )
   ASort( a )
   ? "sort-asc:", a[ 1 ], a[ 100 ], a[ 200 ], Ordered( a )

   RETURN

STATIC FUNCTION Show( a )
   LOCAL c := "", x
   FOR EACH x IN a
      c += iif( Empty( c ), "", "," ) + hb_ValToStr( x )
   NEXT
   RETURN "{" + c + "}"

STATIC FUNCTION Ordered( a )
   LOCAL i
   FOR i := 2 TO Len( a )
      IF a[ i - 1 ] > a[ i ]
         RETURN "desc"
      ENDIF
   NEXT
   RETURN "asc"
