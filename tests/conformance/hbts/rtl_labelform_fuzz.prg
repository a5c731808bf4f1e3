// LABEL FORM over 60 generated .lbl layouts (heights, widths, margins, spacing,
// labels across, SET MARGIN) printed TO PRINTER into a file
STATIC s_nSeed := 4321
PROCEDURE Main()
   LOCAL n, aLines, i, aExprs
   MkData()
   aExprs := { "NAME", "STREET", "CITY", "Trim( CITY ) + ', ' + ZIP", "NO", "''", "", "Upper( NAME )" }
   FOR n := 1 TO 60
      aLines := {}
      FOR i := 1 TO 1 + Rnd( 5 )
         AAdd( aLines, aExprs[ 1 + Rnd( Len( aExprs ) ) ] )
      NEXT
      MakeLbl( "lz.lbl", "r", Len( aLines ) + Rnd( 3 ) - 1, 1 + Rnd( 20 ), Rnd( 4 ), Rnd( 3 ), Rnd( 4 ), 1 + Rnd( 4 ), aLines )
      ? "#", n
      SET MARGIN TO Rnd( 3 )
      SET PRINTER TO lzp.prn
      IF Rnd( 2 ) == 0
         LABEL FORM lz TO PRINTER NOCONSOLE
      ELSE
         LABEL FORM lz TO PRINTER NOCONSOLE FOR NO % 2 == 1
      ENDIF
      SET PRINTER TO
      ShowFile( "lzp.prn" )
   NEXT
   CLOSE ALL
   FErase( "lz.lbl" )
   FErase( "lzp.prn" )
   FErase( "lb_data.dbf" )
RETURN

STATIC FUNCTION Rnd( n )
   s_nSeed := ( s_nSeed * 1103515245 + 12345 ) % 2147483648
RETURN Int( s_nSeed / 65536 ) % n

STATIC FUNCTION MakeLbl( cFile, cRemark, nHeight, nWidth, nLeft, nLines, nSpaces, nAcross, aLines )
   LOCAL c := Chr( 2 ) + PadR( cRemark, 60 ) + I2Bin( nHeight ) + I2Bin( nWidth ) + I2Bin( nLeft ) + I2Bin( nLines ) + ;
              I2Bin( nSpaces ) + I2Bin( nAcross ), s, h
   FOR EACH s IN aLines
      c += PadR( s, 60 )
   NEXT
   c := PadR( c, 1033, " " ) + Chr( 2 )
   h := FCreate( cFile )
   FWrite( h, c )
   FClose( h )
   RETURN Len( c )
STATIC FUNCTION MkData()
   LOCAL a
   dbCreate( "lb_data", { { "NO", "N", 3, 0 }, { "NAME", "C", 15, 0 }, { "STREET", "C", 20, 0 }, { "CITY", "C", 10, 0 }, { "ZIP", "C", 5, 0 } } )
   USE lb_data NEW EXCLUSIVE
   FOR EACH a IN { { "Alice Adams", "1 Main St", "Boston", "02101" }, { "Bob Brown", "", "Chicago", "60601" }, ;
                   { "Carol Clark", "22 Elm Rd", "", "" }, { "Dan Davis", "3 Oak Ave", "Denver", "80201" }, ;
                   { "Eve Evans", "", "", "" } }
      APPEND BLANK
      REPLACE NO WITH a:__enumIndex(), NAME WITH a[ 1 ], STREET WITH a[ 2 ], CITY WITH a[ 3 ], ZIP WITH a[ 4 ]
   NEXT
   GO TOP
   RETURN NIL

STATIC FUNCTION ShowFile( cFile )
   LOCAL s := MemoRead( cFile )
   s := StrTran( s, Chr( 12 ), "<FF>" )
   s := StrTran( s, Chr( 13 ), "<CR>" )
   s := StrTran( s, Chr( 26 ), "<EOF>" )
   ? "[" + cFile + "]"
   ? s
   ? "[end]"
   RETURN NIL
