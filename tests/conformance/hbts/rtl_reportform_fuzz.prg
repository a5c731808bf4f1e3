// REPORT FORM over 60 generated .frm layouts (columns, widths, page lengths,
// margins, groups, subgroups, spacing, options) printed TO PRINTER into a file
#include "set.ch"
STATIC s_nSeed := 12345
PROCEDURE Main()
   LOCAL n, aCols, aExprs, i, k, cGrp, cSub
   SET DATE ANSI
   MkData()
   aExprs := { { "NAME", "Name;N2" }, { "AMT", "Amount" }, { "QTY", "Qty" }, { "D", "Date" }, { "OK", "Ok" }, { "REMARK", "Memo" }, { "CITY", "" }, { "AMT * QTY", "Prod;x;y" }, { "RecNo()", "#" } }
   FOR n := 1 TO 60
      aCols := {}
      FOR i := 1 TO 1 + Rnd( 4 )
         k := 1 + Rnd( Len( aExprs ) )
         AAdd( aCols, { aExprs[ k ][ 1 ], aExprs[ k ][ 2 ], 1 + Rnd( 14 ), iif( Rnd( 3 ) == 0, Rnd( 3 ), 0 ), Rnd( 2 ) == 0 .AND. AScan( { 2, 3, 8, 9 }, k ) > 0 } )
      NEXT
      cGrp := iif( Rnd( 2 ) == 0, NIL, { "CITY", "OK", "Left( NAME, 1 )", "QTY > 4" }[ 1 + Rnd( 4 ) ] )
      cSub := iif( cGrp == NIL .OR. Rnd( 2 ) == 0, NIL, { "OK", "D", "AMT > 10" }[ 1 + Rnd( 3 ) ] )
      MakeFrm( "fz.frm", iif( Rnd( 3 ) == 0, NIL, "Title " + hb_ntos( n ) + iif( Rnd( 2 ) == 0, ";sub", "" ) ), cGrp, "G:", cSub, "S:", aCols, ;
               30 + Rnd( 60 ), 8 + Rnd( 25 ), Rnd( 6 ), Rnd( 5 ), Rnd( 3 ) == 0, Rnd( 5 ) == 0, Rnd( 3 ) == 0, Rnd( 8 ) )
      ? "#", n
      SET PRINTER TO fzp.prn
      DO CASE
      CASE Rnd( 4 ) == 0
         REPORT FORM fz TO PRINTER NOCONSOLE
      CASE Rnd( 3 ) == 0
         REPORT FORM fz TO PRINTER NOCONSOLE PLAIN
      CASE Rnd( 3 ) == 0
         REPORT FORM fz TO PRINTER NOCONSOLE HEADING "Head;line two" NOEJECT
      OTHERWISE
         REPORT FORM fz TO PRINTER NOCONSOLE SUMMARY
      ENDCASE
      SET PRINTER TO
      ShowFile( "fzp.prn" )
   NEXT
   CLOSE ALL
   FErase( "fz.frm" )
   FErase( "fzp.prn" )
   FErase( "rf_data.dbf" )
   FErase( "rf_data.dbt" )
RETURN

STATIC FUNCTION Rnd( n )
   s_nSeed := ( s_nSeed * 1103515245 + 12345 ) % 2147483648
RETURN Int( s_nSeed / 65536 ) % n

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
