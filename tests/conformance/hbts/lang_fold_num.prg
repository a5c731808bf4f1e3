// Compile-time folding of numeric constants: widths and decimals of the
// folded results, integer overflow to doubles, Int/Max/Min and the bit
// functions with constant arguments.

PROCEDURE Main()
   LOCAL n := 5000000000.9

   ? "add"
   Show( 1 + 2 )
   Show( 1 + 2.5 )
   Show( 1.25 + 2.5 )
   Show( 2.50 + 1 )
   Show( 999999999 + 1 )
   Show( 9223372036854775807 + 1 )
   Show( 5000000000 + 5000000000 )
   ? "sub"
   Show( 10 - 3 )
   Show( 10.75 - 3 )
   Show( 3 - 10.5 )
   Show( 1.5 - 1.25 )
   ? "mult"
   Show( 6 * 7 )
   Show( 1.5 * 2 )
   Show( 1.25 * 1.5 )
   Show( 3000000000 * 4000000000 )
   Show( 2 * 0.5 )
   ? "div"
   Show( 8 / 2 )
   Show( 7 / 2 )
   Show( 7.5 / 2.5 )
   Show( 1 / 3 )
   Show( -9 / 3 )
   ? "mod"
   Show( 7 % 3 )
   Show( -7 % 3 )
   Show( 7.5 % 2 )
   Show( 7 % 2.5 )
   ? "power"
   Show( 2 ^ 10 )
   Show( 2 ^ 0.5 )
   Show( 10 ** 2 )
   ? "negate"
   Show( -5 )
   Show( -5.25 )
   Show( -( 2 + 3 ) )
   Show( -1000000000 )
   Show( -999999999 )
   Show( -0 )
   Show( - 0.0 )
   ? "mixed"
   Show( ( 1 + 2 ) * 3 - 4 / 2 )
   Show( 1 + 2 * 3.5 )
   Show( 100 / 8 * 2 )
   SET DECIMALS TO 4
   Show( 7 / 2 )
   Show( 2 ^ 0.5 )
   SET DECIMALS TO 2
   ? "int"
   Show( Int( 5000000000.9 ) )
   Show( Int( n ) )
   Show( Int( 3.7 ) )
   Show( Int( -3.7 ) )
   Show( Int( 12 ) )
   Show( Int( 1.5 * 3 ) )
   ? "max min"
   Show( Max( 1.50, 2 ) )
   Show( Max( 2.00, 2 ) )
   Show( Max( 2, 2.00 ) )
   Show( Min( 1.50, 2 ) )
   Show( Min( 2.000, 2 ) )
   Show( Max( -1, -1.5 ) )
   Show( Min( 10, 3 + 4 ) )
   ? "bits"
   Show( hb_bitAnd( 12, 10 ) )
   Show( hb_bitAnd( 15, 7, 3 ) )
   Show( hb_bitOr( 12, 3 ) )
   Show( hb_bitXor( 12, 10 ) )
   Show( hb_bitNot( 0 ) )
   Show( hb_bitNot( 5 ) )
   Show( hb_bitSet( 0, 4 ) )
   Show( hb_bitReset( 31, 0 ) )
   Show( hb_bitShift( 1, 10 ) )
   Show( hb_bitShift( 1024, -3 ) )
   Show( hb_bitShift( -16, -2 ) )
   Show( hb_bitShift( 1, 62 ) )
   Show( hb_bitAnd( 7.9, 3 ) )
   ? hb_bitTest( 5, 2 ), hb_bitTest( 5, 1 ), hb_bitTest( 5.5, 0 )
   ? "compare"
   ? 1 < 2, 2 <= 2, 3 > 4, 1.5 >= 1.50, 1 == 1.0, 1 = 1.0, 2 != 2.0, 2 <> 3
   ? "switch"
   SwitchTest( 3 )
   SwitchTest( -1 )
   SwitchTest( 7 )
   ? "step"
   StepTest()
   RETURN

STATIC PROCEDURE Show( n )
   ? ValType( n ), "[" + Str( n ) + "]", Len( Str( n ) ), hb_ntos( n )
   RETURN

STATIC PROCEDURE SwitchTest( n )
   SWITCH n
   CASE 1 + 2
      ? "three"
      EXIT
   CASE -1
      ? "minus one"
      EXIT
   CASE Len( "seven.." )
      ? "seven"
      EXIT
   ENDSWITCH
   RETURN

STATIC PROCEDURE StepTest()
   LOCAL i, c := ""
   FOR i := 10 TO 1 STEP -3
      c += hb_ntos( i ) + " "
   NEXT
   FOR i := 1 TO 2 STEP 0.5
      c += hb_ntos( i ) + " "
   NEXT
   ? c
   RETURN
