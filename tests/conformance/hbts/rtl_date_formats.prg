// Dates under every SET DATE country format with and without SET CENTURY,
// custom formats, SET EPOCH, and timestamps taken apart by reference.

PROCEDURE Main()

   LOCAL d := 0d20240229, t := hb_SToT( "20240229134530250" ), c, n

   SET DATE AMERICAN
   ? "american:", d, DToC( d ), Set( _SET_DATEFORMAT )
   SET DATE ANSI
   ? "ansi:", d, CToD( "24.03.01" )
   SET DATE BRITISH
   ? "british:", d, CToD( "01/03/24" )
   SET DATE FRENCH
   ? "french:", d
   SET DATE GERMAN
   ? "german:", d, CToD( "1.3.24" )
   SET DATE ITALIAN
   ? "italian:", d
   SET DATE JAPANESE
   ? "japanese:", d
   SET DATE USA
   ? "usa:", d, Set( _SET_DATEFORMAT )

   SET CENTURY ON
   ? "century-on:", d, Set( _SET_DATEFORMAT ), __SetCentury()
   SET DATE BRITISH
   ? "british-century:", d, CToD( "01/03/1924" ), CToD( "01/03/24" )
   SET DATE TO GERMAN
   ? "german-century:", d, t
   SET CENTURY OFF
   ? "century-off:", d, Set( _SET_DATEFORMAT ), t

   SET DATE FORMAT TO "yyyy/mm/dd"
   ? "custom:", d, __SetCentury(), CToD( "2024/03/01" )
   SET DATE FORMAT "dd-mmm-yy"
   ? "custom-letters:", d
   SET DATE FORMAT TO "mm.yy"
   ? "custom-short:", d, DToS( CToD( "03.24" ) )
   SET DATE FORMAT TO "ddmmyyyy"
   ? "custom-nosep:", d, DToS( CToD( "01032024" ) )
   SET DATE AMERICAN

   // SET EPOCH: where two-digit years go
   ? "epoch-1900:", DToS( CToD( "01/01/49" ) ), DToS( CToD( "01/01/50" ) )
   SET EPOCH TO 1950
   ? "epoch-1950:", DToS( CToD( "01/01/49" ) ), DToS( CToD( "01/01/50" ) ), Set( _SET_EPOCH )
   SET EPOCH TO 1980
   ? "epoch-1980:", DToS( CToD( "01/01/79" ) ), DToS( CToD( "01/01/80" ) )
   SET EPOCH TO 1900

   // timestamps: SET TIME FORMAT and the parts of a timestamp
   ? "ts-default:", t
   SET TIME FORMAT TO "hh:mm"
   ? "ts-hhmm:", t, hb_TToC( t )
   SET TIME FORMAT TO "hh:mm:ss pm"
   ? "ts-pm:", t, hb_TToC( hb_SToT( "20240229000500" ) )
   SET TIME FORMAT TO "hh:mm:ss.fff"
   ? "ttod-seconds:", hb_TToD( t, @n ), n
   ? "ttod-text:", hb_TToD( t, @c, "hh:mm" ), c
   ? "ttod-settext:", hb_TToD( t, @c, "" ), c

   // date and timestamp arithmetic as ? shows it
   ? "date-plus:", d + 1, d - 365, d - 0d20240101
   ? "ts-plus:", t + 1, t + 0.5, t - d
   ? "ts-minus-ts:", t - hb_SToT( "20240228134530250" )
   ? "year-month-day:", Year( t ), Month( t ), Day( t ), DoW( t ), CDoW( t ), CMonth( t )
   ? "max-min:", Max( d, t ), Min( d, t ), Max( t, d + 1 )

   RETURN
