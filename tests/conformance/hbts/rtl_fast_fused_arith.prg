// Arithmetic of numerics with decimals: results, decimals and errors
STATIC s_n := 2.50

PROCEDURE Main()
   LOCAL i, x := 0.0, y := 1.0, z := 0.5, a := 7, b := 3, c, n0 := Val( "12" ), big := 9007199254740000
   LOCAL bErr
   FOR i := 1 TO 5
      x := x + i * 1.5 / 3.7 - Sqrt( i )
      y := y * 0.999 + i / 1000
      z := ( z + 0.25 ) * 0.5
      ? i, x, y, z, Str( x, 20, 8 ), Len( Str( y ) )
   NEXT
   ? a * 1.5 + b, a / b * 2.0, -( a * 0.5 + b ), -( a - a ) * 1.5, a * 2 * 1.5
   ? s_n * 2 + 1.25, s_n * s_n * s_n, ( s_n + a ) / 2.0
   ? n0 * 1.5 + 1, n0 / 4 + 0.5, n0 + n0 * 0.1
   ? big * 1 + 10000 * 1.0, big + 1000 + 0.5, big * 2 + 0.5 * 2
   ? Sqrt( a ) * 2.0 + 1, Sqrt( -a ) + 1.5 * 2, Sqrt( 0 ) * 1.0 + 0
   ? ( 0 * -1.5 ) * 2 + 0, -0.0 * 1 + 0, Str( -( 0 * 1.5 ) * 1.0 )
   SET DECIMALS TO 0
   ? a / b * 1.5 + 1, Sqrt( a ) + 1.5 * 2, a / 2 + 1.5 * 1
   SET DECIMALS TO 4
   ? a / b * 1.5 + 1, Sqrt( a ) + 1.5 * 2, a / 2 + 1.5 * 1
   SET DECIMALS TO 18
   ? a / b * 1.5 + 1
   SET DECIMALS TO 2
   bErr := ErrorBlock( {| e | QOut( "error", e:description, e:operation, e:subCode ), 99 } )
   c := "x"
   ? c * 1.5 + 1, a / 0 + 1.5, a * 1.5 / ( b - b ) + 1, 1.5 + c * 2
   c := Date()
   ? ValType( c + 1.5 * 2 ), ValType( c - 1.5 * 2 + 0 )
   c := NIL
   ? c + 1.5 * 2
   ErrorBlock( bErr )
   ? 1.5 * 2 + a, ( a + b ) * ( a - b ) / 2.5, a * ( 1 + 0.05 ) * ( 1 + 0.05 )
   ? 10.25 * 3 - 0.75, 1 / 3 + 1 / 3 + 1 / 3, 2.0 / 3.0 * 3
   x := 1.25
   y := x * x * x * x * x * x
   ? y, Str( y ), Len( Str( y ) ), Str( y * 100 + 0.5, 20, 10 )
   RETURN
