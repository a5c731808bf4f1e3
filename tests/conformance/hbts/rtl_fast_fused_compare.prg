// Comparisons of arithmetic with decimals: values, NaN-free doubles and errors
PROCEDURE Main()
   LOCAL i, a := 7, b := 2.5, c := "x", n := 0, z := 0
   FOR i := 1 TO 30
      IF i % 10 == 0
         n++
      ENDIF
      IF i % 3 = 1 .OR. i / 4 > 5.5 .OR. b * i <= 10 .OR. i % 7 != 0
         n += 2
      ENDIF
   NEXT
   ? n, a % 3 == 1, a % 2.5, a / 2 = 3.5, -a % 3, a % -3, ( a * 1.0 ) % 0.5 == 0
   ? Sqrt( a ) * Sqrt( a ) == a, 0.1 + 0.2 == 0.3, 0.1 * 3 > 0.3, a / 3 * 3 == a
   ErrorBlock( {| e | QOut( "error", e:description, e:operation, e:subCode ), 1 } )
   ? a % z == 1, c % 2 == 1, a % 2 > c
   SET DECIMALS TO 0
   ? a % 3 == 1, a / 2 == 3.5, a % 2.5 < 2.1
   RETURN
