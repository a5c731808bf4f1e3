// REPORT FORM / __ReportForm(): .frm files written byte by byte here,
// run over a small table; output to the screen and TO FILE (the date of
// the page header replaced by <today>)

#include "set.ch"

PROCEDURE Main()
   LOCAL e, i, aCols

   SET DATE ANSI
   MkData()

   aCols := { { "NAME", "Name;Who", 12, 0, .F. }, { "AMT", "Amount", 10, 2, .T. }, { "QTY", "Qty", 5, 0, .T. }, { "D", "Date", 8, 0, .F. }, { "OK", "Ok", 3, 0, .F. } }
   MakeFrm( "rf1.frm", "Sales Report;second line", "CITY", "City:", NIL, NIL, aCols, 80, 58, 8, 0, .F., .F., .F., 0 )

   ? "== to file"
   REPORT FORM rf1 TO FILE rfout NOCONSOLE
   ShowFile( "rfout.prn" )
   ? "== plain"
   REPORT FORM rf1 PLAIN
   ? "== heading, summary, for"
   REPORT FORM rf1 HEADING "My heading" SUMMARY FOR QTY > 1 TO FILE rfout NOCONSOLE
   ShowFile( "rfout.prn" )
   ? "== heading with ; and wrapping"
   REPORT FORM rf1 HEADING "First;" + Replicate( "long words here ", 6 ) + ";third" TO FILE rfout NOCONSOLE NEXT 2
   ShowFile( "rfout.prn" )
   ? "== while, rest"
   GO 2
   REPORT FORM rf1 PLAIN WHILE AMT > 5 REST
   ? "== record"
   REPORT FORM rf1.frm PLAIN RECORD 4
   ? RecNo()

   // subgroup, memo column, double spacing, eject after group
   aCols := { { "NAME", "Name", 8, 0, .F. }, { "REMARK", "Memo;text", 12, 0, .F. }, { "QTY * 2", "Twice", 6, 0, .T. } }
   MakeFrm( "rf2.frm", "Two levels", "CITY", "City", "OK", "Flag", aCols, 60, 40, 2, 0, .T., .F., .F., 0 )
   ? "== subgroup, memo, double spacing"
   REPORT FORM rf2 PLAIN
   MakeFrm( "rf2.frm", "Two levels", "CITY", "City", "OK", "Flag", aCols, 60, 40, 2, 0, .F., .F., .T., 0 )
   SET PRINTER TO rfprn.prn
   ? "== group eject to printer"
   REPORT FORM rf2 TO PRINTER NOCONSOLE
   SET PRINTER TO
   ShowFile( "rfprn.prn" )
   ? Set( _SET_PRINTER ), Set( _SET_CONSOLE )
   ? "== noeject, options byte 2 (eject after)"
   MakeFrm( "rf2.frm", "", "CITY", "City", NIL, NIL, aCols, 60, 40, 0, 0, .F., .F., .F., 2 )
   SET PRINTER TO rfprn.prn
   REPORT FORM rf2 TO PRINTER NOCONSOLE NOEJECT
   SET PRINTER TO
   ShowFile( "rfprn.prn" )
   ? "== options byte 5 (plain, no eject before)"
   MakeFrm( "rf2.frm", "Plain by file", NIL, NIL, NIL, NIL, aCols, 60, 40, 0, 0, .F., .F., .F., 5 )
   SET PRINTER TO rfprn.prn
   REPORT FORM rf2 TO PRINTER NOCONSOLE
   SET PRINTER TO
   ShowFile( "rfprn.prn" )

   ? "== short pages"
   aCols := { { "NAME", "Name", 10, 0, .F. }, { "AMT", "", 9, 1, .T. }, { "D", "When", 10, 0, .F. } }
   MakeFrm( "rf3.frm", "Paged", "CITY", "In", NIL, NIL, aCols, 50, 14, 1, 0, .F., .F., .F., 0 )
   REPORT FORM rf3 TO FILE rfout NOCONSOLE
   ShowFile( "rfout.prn" )
   ? "== summary flag in the file"
   MakeFrm( "rf3.frm", "Paged", "CITY", "In", NIL, NIL, aCols, 50, 14, 1, 0, .F., .T., .F., 0 )
   REPORT FORM rf3 PLAIN
   ? "== no totals, no groups"
   aCols := { { "Upper( NAME )", "Upper", 10, 0, .F. }, { "OK", "Flag", 1, 0, .F. }, { "D", "D", 10, 0, .F. } }
   MakeFrm( "rf4.frm", NIL, NIL, NIL, NIL, NIL, aCols, 40, 58, 3, 0, .F., .F., .F., 0 )
   REPORT FORM rf4 PLAIN
   ? "== group on a trimmed text, SET EXACT off and on"
   MakeFrm( "rf5.frm", NIL, "Left( CITY, iif( RecNo() % 2 == 0, 3, 6 ) )", "G", NIL, NIL, { { "QTY", "Q", 4, 0, .T. } }, 40, 58, 0, 0, .F., .F., .F., 0 )
   REPORT FORM rf5 PLAIN
   SET EXACT ON
   REPORT FORM rf5 PLAIN
   SET EXACT OFF
   ? "== a record taller than a page"
   MakeFrm( "rf6.frm", NIL, NIL, NIL, NIL, NIL, { { "REMARK", "N", 4, 0, .F. } }, 40, 12, 0, 0, .F., .F., .F., 0 )
   REPORT FORM rf6 TO FILE rfout NOCONSOLE RECORD 2
   ShowFile( "rfout.prn" )
   ? "== not a .frm file"
   hb_MemoWrit( "rfbad.frm", Replicate( "x", 100 ) )
   REPORT FORM rfbad PLAIN
   ? "== SET DEFAULT"
   hb_DirCreate( "rfdir" )
   FRename( "rf4.frm", "rfdir/rf4.frm" )
   SET DEFAULT TO rfdir
   REPORT FORM rf4 PLAIN NEXT 1
   SET DEFAULT TO
   FErase( "rfdir/rf4.frm" )
   DirRemove( "rfdir" )
   ? "== errors"
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      REPORT FORM nofile
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:severity, e:tries
   END SEQUENCE
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      __ReportForm()
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:severity, e:tries
   END SEQUENCE
   ? Set( _SET_PRINTER ), Set( _SET_CONSOLE ), Set( _SET_EXTRA ), Set( _SET_EXTRAFILE )
   ErrorBlock( {| o | QOut( "handler:", o:description, o:filename ), .F. } )
   REPORT FORM nofile PLAIN
   ? __ReportForm( "rf3", .F., NIL, .F., NIL, NIL, 1, NIL, .F., .T. )

   CLOSE ALL
   FOR EACH i IN { "rf1.frm", "rf2.frm", "rf3.frm", "rf5.frm", "rf6.frm", "rfbad.frm", "rfout.prn", "rfprn.prn", "rf_data.dbf", "rf_data.dbt" }
      FErase( i )
   NEXT
RETURN

STATIC FUNCTION MakeFrm( cFile, cPageHdr, cGrp, cGrpHdr, cSub, cSubHdr, aCols, nWidth, nLines, nLeft, nRight, lDouble, lSummary, lGrpEject, nOption )
   LOCAL aExpr := {}, cExpr := "", cLens := "", cOffs := "", cFields, cParams, c, h, col
   LOCAL bAdd := {| s | iif( s == NIL, 65535, ( AAdd( aExpr, s ), Len( aExpr ) - 1 ) ) }
   LOCAL nPH := Eval( bAdd, cPageHdr ), nG := Eval( bAdd, cGrp ), nGH := Eval( bAdd, cGrpHdr )
   LOCAL nS := Eval( bAdd, cSub ), nSH := Eval( bAdd, cSubHdr )
   cFields := Replicate( Chr( 0 ), 12 )
   FOR EACH col IN aCols
      cFields += I2Bin( col[ 3 ] ) + Chr( 0 ) + Chr( 0 ) + Chr( 0 ) + iif( col[ 5 ], "Y", "N" ) + I2Bin( col[ 4 ] ) + ;
                 I2Bin( Eval( bAdd, col[ 1 ] ) ) + I2Bin( Eval( bAdd, col[ 2 ] ) )
   NEXT
   cFields := PadR( cFields, 300, Chr( 0 ) )
   FOR EACH c IN aExpr
      cOffs += I2Bin( Len( cExpr ) )
      cLens += I2Bin( Len( c ) + 1 )
      cExpr += c + Chr( 0 )
   NEXT
   cParams := I2Bin( nPH ) + I2Bin( nG ) + I2Bin( nS ) + I2Bin( nGH ) + I2Bin( nSH ) + I2Bin( nWidth ) + I2Bin( nLines ) + ;
              I2Bin( nLeft ) + I2Bin( nRight ) + I2Bin( Len( aCols ) ) + iif( lDouble, "Y", "N" ) + iif( lSummary, "Y", "N" ) + ;
              iif( lGrpEject, "Y", "N" ) + Chr( nOption )
   c := I2Bin( 2 ) + I2Bin( Len( aExpr ) ) + PadR( cLens, 110, Chr( 0 ) ) + PadR( cOffs, 110, Chr( 0 ) ) + ;
        PadR( cExpr, 1440, Chr( 0 ) ) + cFields + cParams + I2Bin( 2 )
   h := FCreate( cFile )
   FWrite( h, c )
   FClose( h )
   RETURN Len( c )

STATIC FUNCTION MkData()
   dbCreate( "rf_data", { { "NAME", "C", 12, 0 }, { "CITY", "C", 10, 0 }, { "AMT", "N", 8, 2 }, { "QTY", "N", 4, 0 }, { "D", "D", 8, 0 }, { "OK", "L", 1, 0 }, { "REMARK", "M", 10, 0 } } )
   USE rf_data NEW EXCLUSIVE
   AddRec( "Alice", "Boston", 10.5, 3, hb_SToD( "20240105" ), .T., "short" )
   AddRec( "Bob", "Boston", 200.25, 1, hb_SToD( "20240210" ), .F., "a longer memo text that wraps over lines" )
   AddRec( "Carol", "Bostonian", 7, 12, hb_SToD( "20231231" ), .T., "" )
   AddRec( "Dan;Smith", "Chicago", 1234.5, 5, hb_SToD( "20240301" ), .T., "x" )
   AddRec( "Eve", "Chicago", 0.75, 0, hb_SToD( "" ), .F., "last" )
   AddRec( "Frank", "Denver", 3, 7, hb_SToD( "20240401" ), .F., "f" )
   GO TOP
   RETURN NIL

STATIC FUNCTION AddRec( n, c, a, q, d, l, m )
   APPEND BLANK
   REPLACE NAME WITH n, CITY WITH c, AMT WITH a, QTY WITH q, D WITH d, OK WITH l, REMARK WITH m
   RETURN NIL

STATIC FUNCTION ShowFile( cFile )
   LOCAL s := MemoRead( cFile )
   s := StrTran( s, DToC( Date() ), "<today>" )
   s := StrTran( s, Chr( 12 ), "<FF>" )
   s := StrTran( s, Chr( 13 ), "<CR>" )
   s := StrTran( s, Chr( 26 ), "<EOF>" )
   ? "[" + cFile + "]"
   ? s
   ? "[end]"
   RETURN NIL
