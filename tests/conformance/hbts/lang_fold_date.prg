// Compile-time folding of date and timestamp constants: arithmetic with
// numbers, differences, comparisons, Max/Min, hb_SToD/hb_SToT/DToS/CToD of
// constants, and Clipper's date + date.

PROCEDURE Main()
   LOCAL d := 0d20240115

   SET DATE ANSI
   SET CENTURY ON
   ? "date arithmetic"
   Show( 0d20240101 + 1 )
   Show( 1 + 0d20240101 )
   Show( 0d20240101 + 1.9 )
   Show( 0d20240101 - 1.9 )
   Show( 0d20240301 - 1 )
   Show( 0d20240101 - 0d20231225 )
   Show( 0d20231225 - 0d20240101 )
   Show( 0d20240101 + 0d20000101 )
   Show( d + 1 )
   ? "timestamp arithmetic"
   Show( t"2024-01-01 12:00:00" + 1 )
   Show( t"2024-01-01 12:00:00" + 0.5 )
   Show( t"2024-01-01 12:00:00" - 0.25 )
   Show( 0.75 + t"2024-01-01 12:00:00" )
   Show( t"2024-01-01 18:00:00" - t"2024-01-01 06:00:00" )
   Show( t"2024-01-02 06:00:00" - 0d20240101 )
   Show( t"2024-01-02 00:00:00" - 0d20240101 )
   Show( 0d20240101 - t"2024-01-01 12:00:00" )
   Show( t"2024-01-01 23:00:00" + t"2024-01-01 02:00:00" )
   Show( 0d20240101 + t"2024-01-01 02:00:00" )
   ? "compare"
   ? 0d20240101 == 0d20240101, 0d20240101 < 0d20240102, 0d20240101 >= 0d20240102, 0d20240101 != 0d20240101
   ? t"2024-01-01 10:00" > t"2024-01-01 09:00", t"2024-01-01 10:00" = t"2024-01-01 10:00:00.000"
   ? 0d20240101 = t"2024-01-01 10:00", 0d20240101 == t"2024-01-01 10:00", 0d20240101 != t"2024-01-01 10:00"
   ? 0d20240101 < t"2024-01-01 10:00", 0d20240101 <= t"2024-01-01 10:00", t"2024-01-02 10:00" > 0d20240101
   ? "max min"
   Show( Max( 0d20240101, 0d20231231 ) )
   Show( Min( 0d20240101, 0d20231231 ) )
   Show( Max( t"2024-01-01 10:00", t"2024-01-01 11:00" ) )
   Show( Max( 0d20240101, t"2024-01-01 11:00" ) )
   Show( Max( t"2024-01-01 11:00", 0d20240101 ) )
   Show( Min( 0d20240101, t"2024-01-01 11:00" ) )
   Show( Min( t"2024-01-01 11:00", 0d20240101 ) )
   Show( Max( .F., .T. ) )
   Show( Min( .F., .T. ) )
   ? "conversions"
   Show( hb_SToD( "20240229" ) )
   Show( hb_SToD( "" ) )
   Show( hb_SToD() )
   Show( hb_SToD( "2024022" ) )
   Show( hb_SToD( "20241301" ) )
   Show( hb_SToD( "2024" ) )
   Show( SToD( "19991231" ) )
   Show( hb_SToT( "20240229123456789" ) )
   Show( hb_SToT( "20240229" ) )
   Show( hb_SToT( "1234" ) )
   Show( hb_SToT( "" ) )
   Show( hb_SToT() )
   Show( DToS( 0d20240229 ) )
   Show( DToS( 0d00000000 ) )
   Show( DToS( t"2024-02-29 23:59" ) )
   Show( CToD( "" ) )
   Show( DToS( hb_SToD( "20240101" ) + 30 ) )
   RETURN

STATIC PROCEDURE Show( x )
   SWITCH ValType( x )
   CASE "D"
      ? "D", DToS( x ), x
      EXIT
   CASE "T"
      ? "T", hb_TToS( x ), x
      EXIT
   CASE "N"
      ? "N", "[" + Str( x ) + "]", hb_ntos( x )
      EXIT
   OTHERWISE
      ? ValType( x ), hb_ValToExp( x )
   ENDSWITCH
   RETURN
