// Fused arithmetic in op-assignments and Int(): values, widths and errors
STATIC s_n := 1.25
PROCEDURE Main()
   LOCAL i, x := 0, y := 10.5, a := 7, b := 2, c, v := Val( "12.34" ), nSum := 0
   FOR i := 1 TO 12
      nSum += ( i * 7 ) % 13 + Int( i / 3 ) - i % 5
      x += i * 1.5
      y -= 2.5 / i
      s_n *= 1 + 0.05
   NEXT
   ? nSum, x, y, s_n, Str( s_n, 20, 10 )
   x := 3
   ? ( x += a * 0.5 ), ( x -= 1.5 * 2 ), ( x *= 1.5 + a ), ( x /= b + 0.5 ), ( x %= 3 * 1.0 )
   ? Int( a / b ) + 1.5, Int( v * 1.5 ) * 2.0, Int( -0.5 * 1 ) + 0.0, Int( 1000000000 * 1.5 ) + 0.5
   ? Int( v * 100 ) / 100, Int( v ) * 1.5 + 1, Int( a * 2 + 0.5 ) + b, Str( Int( v * 3 ) + 0 )
   ? Int( 999999998.5 * 1.0 ) + 1, Int( -999999998.5 * 1.0 ) - 1, Int( 5000000000.5 * 1.0 ) + 1
   ? Int( 0.1 * 3 * 10 ) + 0.0, Int( 1.005 * 1000 ) * 1.0, Int( 2.675 * 100 ) + 0
   ErrorBlock( {| e | QOut( "error", e:description, e:operation, e:subCode, ValType( e:args[ 1 ] ) ), 5 } )
   c := "x"
   ? ( c += 1.5 * 2 ), c
   c := NIL
   ? ( c *= a / 2 ), c
   c := Date()
   ? ValType( c += 1.5 * 2 ), ValType( c -= a * 0.5 )
   RETURN
