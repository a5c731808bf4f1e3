// Dates and timestamps at and beyond the ends of the calendar: weekday
// names before the calendar and in year 0, day numbers far past 9999,
// timestamps moved by whole-valued decimals, week numbers, the hours /
// minutes / milliseconds conversions and Transform( t, "@R" ).

PROCEDURE Main()

   LOCAL d, t, n, y, w, i

   // CDoW() decodes the day first: before the calendar (year 0, month 0,
   // day 0) it names a Wednesday, and in January and February of year 0 it
   // disagrees with DoW()
   d := SToD( "" )
   ? "cdow-empty:", "[" + CDoW( d ) + "]", DoW( d ), "[" + CMonth( d ) + "]"
   ? "cdow-before:", CDoW( d + 5 ), DoW( d + 5 ), CDoW( d - 5 ), DoW( d - 5 ), "[" + CMonth( d + 5 ) + "]"
   FOR i := 0 TO 62 STEP 7
      d := 0d00000101 + i
      ? "year0:", DToS( d ), CDoW( d ), DoW( d ), CMonth( d )
   NEXT
   ? "year0-mar:", CDoW( 0d00000301 ), DoW( 0d00000301 )

   // day numbers far past the calendar decode as C's 64-bit steps give them
   d := 0d20241225
   n := Id( 99999999999 )
   ? "huge-plus:", DToS( d + n ), Year( d + n ), Month( d + n ), Day( d + n ), ( d + n ) - SToD( "" )
   ? "huge-minus:", "[" + DToS( d - n ) + "]", Year( d - n ), Month( d - n ), Empty( d - n )
   n := Id( 1000000000000000 )
   ? "huger:", DToS( d + n ), Year( d + n ), Month( d + n ), Day( d + n )
   t := hb_SToT( "20240229134530250" ) + n
   ? "ts-huge:", hb_TSToStr( t ), hb_TToS( t ), hb_ValToExp( t )
   ? "ts-huge-2:", hb_TSToStr( hb_SToT( "20240229134530250" ) + Id( 3000000000 ) )

   // a number with decimals moves a timestamp through milliseconds, rounded
   // half up: minus a whole 10.0 loses a millisecond, minus 10 does not
   t := t"2024-10-25 22:08:04.162"
   ? "ts-minus-10.0:", t - Id( 10.0 ), t - Id( 10 ), t + Id( -10.0 ), t + Id( 10.0 )
   ? "ts-minus-dec:", t - Id( 0.5 ), t - Id( 1.25 ), t - Id( -2.0 ), Id( 3.0 ) + t

   // hb_Week(): ISO week, with the year and weekday by reference
   FOR EACH d IN { 0d20240101, 0d20231231, 0d20210103, 0d20201231, 0d20260101, 0d00010101, SToD( "" ), 0d99991231, 0d20050101, 0d20081229 }
      y := w := NIL
      ? "week:", DToS( d ), hb_Week( d, @y, @w ), y, w
   NEXT
   ? "week-ts:", hb_Week( hb_SToT( "20240704120000" ) )

   // conversions between days, hours, minutes, seconds and milliseconds
   t := hb_SToT( "20240315123456789" )
   ? "ttomin:", hb_TToMin( t ), hb_TToHour( t ), hb_TToMin( 0d20240101 ), hb_TToHour( 0d20240101 )
   ? "nto:", hb_NToMSec( 1.5 ), hb_NToSec( 0.5 ), hb_NToMin( 0.25 ), hb_NToHour( 1 / 3 ), hb_NToMSec( -1.2345 )
   ? "nto-huge:", hb_NToMSec( Id( 1000000000000000 ) ), hb_NToMSec( Id( 100000000 ) )
   ? "clocks:", hb_Clocks2Secs( 2500 ), hb_Clocks2Secs( "x" ), hb_Clocks2Secs( 1.9 )
   SET DECIMALS TO 4
   ? "dec4:", hb_TToMin( t ), hb_NToHour( 2 ), hb_NToSec( 1 / 7 )
   SET DECIMALS TO 2

   // Transform( date or timestamp, "@R" ) inserts the date picture's
   // separators; a timestamp longer than its buffer keeps its length in NULs
   t := hb_SToT( "20000119002816487" )
   FOR EACH y IN { "mm/dd/yyyy", "yyyy.mm.dd", "dd-mm-yy", "yyyymmdd" }
      SET DATE FORMAT TO y
      ? "at-r:", hb_ValToExp( Transform( t, "@R" ) ), hb_ValToExp( Transform( t, "@RE" ) ), ;
         hb_ValToExp( Transform( t, "@RT" ) ), hb_ValToExp( Transform( 0d20240102, "@R" ) )
   NEXT
   SET DATE FORMAT TO "mm/dd/yyyy"
   SET TIME FORMAT TO "hh:mm:ss.fff pm xyz"
   ? "at-r-long:", hb_ValToExp( Transform( t, "@R" ) )
   SET TIME FORMAT TO "hh:mm:ss.fff"

   // the samples time helpers read each part as a C long
   FOR EACH y IN { "13:00", "25", "1000", "3000:00", "99999999999", "-5", "24:00", "", "12345678901234567890", "2147483659", "12:3x:45" }
      ? "samples:", hb_ValToExp( AmPm( y ) ), Secs( y ), ElapTime( y, "01:00:00" ), TString( Secs( y ) )
   NEXT

   // argument errors of the conversions
   Try( {|| hb_Week( "x" ) } )
   Try( {|| hb_TToMin( 1 ) } )
   Try( {|| hb_NToHour( "1" ) } )
   Try( {|| hb_TSToUTC( 0d20240101 ) } )
   Try( {|| hb_UTCToTS( .T. ) } )

   RETURN

STATIC FUNCTION Id( x )
   RETURN x

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? "no error:", Eval( b )
   RECOVER USING e
      ? "error:", e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args ), e:canSubstitute
   END SEQUENCE
   RETURN
