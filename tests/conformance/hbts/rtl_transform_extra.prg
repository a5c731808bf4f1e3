// Transform(): pictures on numbers with SET FIXED and SET DECIMALS, dates
// under several SET DATE formats, timestamps, logicals and strings.

PROCEDURE Main()

   LOCAL aNum := { 0, 7, -7, 1234.5678, -1234.5678, 0.25, 99999.5, 1000000 }
   LOCAL aPic := { "", "@B", "@(", "@)", "@Z", "@X", "@C", "@E", "@L", "999,999.99", "@E 999,999.99", ;
                   "@( 9999.9", "@) $9999.9", "**,***.**", ".999", "99", "@R 99:99", "@S6 999999.99" }
   LOCAL n, p, d := 0d20240315, t := hb_DateTime( 2024, 3, 15, 9, 5, 7.25 )

   FOR EACH n IN aNum
      ?? Str( n ) + ":"
      FOR EACH p IN aPic
         ?? " [" + Transform( n, p ) + "]"
      NEXT
      ?
   NEXT

   SET FIXED ON
   ? "fixed:", "[" + Transform( 12, "" ) + "]", "[" + Transform( 12.5, "" ) + "]", "[" + Transform( -1/3, "@(" ) + "]"
   SET DECIMALS TO 4
   ? "dec4:", "[" + Transform( 12, "" ) + "]", "[" + Transform( 1/3, "" ) + "]", "[" + Transform( 1/3, "@E" ) + "]"
   SET FIXED OFF
   SET DECIMALS TO 2

   ? "date:", Transform( d, "" ), Transform( d, "@E" ), Transform( d, "@R" ), Transform( d, "@D" ), "[" + Transform( d, "@Z" ) + "]"
   SET DATE BRITISH
   ? "british:", Transform( d, "" ), Transform( d, "@E" ), Transform( d, "@R" ), Transform( "20240315", "@D" )
   SET CENTURY ON
   ? "century:", Transform( d, "" ), Transform( d, "@E" ), Transform( d, "@RE" ), Transform( 20240315, "@D" )
   SET DATE ANSI
   ? "ansi:", Transform( d, "" ), Transform( d, "@E" ), Transform( t, "" ), Transform( t, "@D" ), Transform( t, "@T" ), Transform( t, "@E" )
   SET CENTURY OFF
   SET DATE AMERICAN

   ? "log:", Transform( .T., "" ), Transform( .F., "Y" ), Transform( .T., "@R Y/N" ), Transform( .F., "@R L=#" ), "[" + Transform( .T., "@Z Y" ) + "]"
   ? "str:", Transform( "abcdef", "@! XX-XX" ), Transform( "abcdef", "@R! XX-XX" ), Transform( "1234567890", "@R (999) 999-9999" )
   ? "str2:", Transform( "tyny", "YYYY" ), Transform( "abc", "@S2" ), "[" + Transform( "  ab", "@B" ) + "]", Transform( "1,5.2", "@E" )

   RETURN
