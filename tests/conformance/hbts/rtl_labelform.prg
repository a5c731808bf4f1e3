// LABEL FORM / __LabelForm(): .lbl files written byte by byte here, run
// over a small table; output to the screen, TO FILE and TO PRINTER

#include "set.ch"

PROCEDURE Main()
   LOCAL e, i

   MkData()

   MakeLbl( "lb1.lbl", "remark text", 4, 20, 2, 1, 0, 1, { "NAME", "STREET", "CITY + ' ' + ZIP", "'No.' + Str( NO, 3 )" } )
   ? "== one across"
   LABEL FORM lb1
   ? "== for, next"
   LABEL FORM lb1 FOR NO > 2 NEXT 4
   ? "== three across, spaces"
   MakeLbl( "lb2.lbl", "", 3, 12, 1, 0, 2, 3, { "Trim( NAME ) + '!'", "", "CITY" } )
   LABEL FORM lb2.lbl
   ? "== partial band, SET MARGIN"
   SET MARGIN TO 3
   LABEL FORM lb2 WHILE NO < 5
   ? Set( _SET_MARGIN )
   SET MARGIN TO
   ? "== numbers, a taller label than its lines, lines between"
   MakeLbl( "lb3.lbl", "", 2, 8, 0, 2, 1, 2, { "NO", "NO * 100" } )
   LABEL FORM lb3
   ? "== to file"
   LABEL FORM lb1 TO FILE lbout NOCONSOLE RECORD 3
   ShowFile( "lbout.prn" )
   ? "== to printer, printer on before"
   SET PRINTER TO lbprn.prn
   SET PRINTER ON
   LABEL FORM lb2 TO PRINTER NOCONSOLE NEXT 2
   ? Set( _SET_PRINTER ), Set( _SET_CONSOLE )
   SET PRINTER ON
   LABEL FORM lb2 NEXT 1 NOCONSOLE
   ? Set( _SET_PRINTER ), Set( _SET_CONSOLE )
   SET PRINTER TO
   ShowFile( "lbprn.prn" )
   ? "== a short file"
   i := FCreate( "lb4.lbl" )
   FWrite( i, Chr( 2 ) + PadR( "r", 60 ) + I2Bin( 3 ) + I2Bin( 6 ) + I2Bin( 1 ) + I2Bin( 0 ) + I2Bin( 1 ) + I2Bin( 2 ) + PadR( "NAME", 60 ) + "CITY" )
   FClose( i )
   LABEL FORM lb4 NEXT 3
   ? "== an empty file"
   hb_MemoWrit( "lb5.lbl", "" )
   LABEL FORM lb5 NEXT 2
   ? "== sample"
   KEYBOARD "yn"
   LABEL FORM lb2 SAMPLE NEXT 1
   ? "== errors"
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      LABEL FORM nofile
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:severity, e:tries
   END SEQUENCE
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      __LabelForm()
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:severity, e:tries
   END SEQUENCE
   ? Set( _SET_PRINTER ), Set( _SET_CONSOLE ), Set( _SET_EXTRA ), Set( _SET_EXTRAFILE ), Set( _SET_MARGIN )
   ErrorBlock( {| o | QOut( "handler:", o:description, o:filename ), .F. } )
   LABEL FORM nofile NEXT 2
   ? __LabelForm( "lb3", .F., NIL, .F., NIL, NIL, 1 )
   GO TOP
   e := __LabelForm( "lb3", .F., NIL, .F., NIL, NIL, 1 )
   ? ValType( e ), e:ClassName(), e:nCurrentCol, "[" + e:cBlank + "]", Len( e:aLabelData ), e:lOneMoreBand
   ? __ReportForm( "nofile" )
   CLOSE ALL
   FOR EACH i IN { "lb1.lbl", "lb2.lbl", "lb3.lbl", "lb4.lbl", "lb5.lbl", "lbout.prn", "lbprn.prn", "lb_data.dbf" }
      FErase( i )
   NEXT
RETURN

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
