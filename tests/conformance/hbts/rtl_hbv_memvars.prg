// hb_mvSave()/hb_mvRestore(): Harbour's .hbv memvar files (signature, then the
// serialized { name, value } pairs of PUBLICs and PRIVATEs), masks that take
// or leave out names, a file without the signature, and a missing file.
MEMVAR pubA, pubB, privC, privD, xArr, cLong, dDay, tTime, lFlag, nNum, nDec
PROCEDURE Main()
   LOCAL c
   PUBLIC pubB := "public b", pubA := 42
   PRIVATE privC := Date() - Date() + 3.25, privD := "private d", xArr := { 1 }, cLong := Replicate( "x", 300 )
   PRIVATE dDay := SToD( "20240229" ), tTime := hb_SToT( "20240229123456789" ), lFlag := .T., nNum := -17, nDec := 1 / 3
   FErase( "mv.hbv" )
   hb_mvSave( "mv" )
   ? File( "mv.hbv" ), hb_StrToHex( Left( hb_MemoRead( "mv.hbv" ), 6 ) )
   c := hb_MemoRead( "mv.hbv" )
   ? Len( c ), hb_ValToExp( hb_Deserialize( SubStr( c, 7 ) ) )
   hb_mvSave( "mvp", "P*" )
   ? hb_ValToExp( hb_Deserialize( SubStr( hb_MemoRead( "mvp.hbv" ), 7 ) ) )
   hb_mvSave( "mvx.dat", "P*", .F. )
   ? hb_ValToExp( hb_Deserialize( SubStr( hb_MemoRead( "mvx.dat" ), 7 ) ) )
   Inner()
   ? "after inner", Type( "pubA" ), Type( "privD" )
   ? hb_mvRestore( "mv", .T., "priv*" ), privC, privD
   Restorer()
   ? Type( "dDay" ), Type( "nDec" )
   hb_MemoWrit( "bad.hbv", "garbage" )
   ? hb_mvRestore( "bad" )
   ? hb_mvRestore( "mv", .T., "*", .F. )
   FErase( "mv.hbv" ) ; FErase( "mvp.hbv" ) ; FErase( "mvx.dat" ) ; FErase( "bad.hbv" )
   ? hb_mvRestore( "nothere.hbv" )
   RETURN
STATIC PROCEDURE Inner()
   PRIVATE privD := "inner d", newE := 5
   hb_mvSave( "mv2" )
   ? hb_ValToExp( hb_Deserialize( SubStr( hb_MemoRead( "mv2.hbv" ), 7 ) ) )
   FErase( "mv2.hbv" )
   RETURN
STATIC PROCEDURE Restorer()
   RELEASE ALL
   ? "released", Type( "dDay" ), Type( "nNum" )
   ? hb_mvRestore( "mv", .T., "?DAY" ), Type( "dDay" ), Type( "nNum" )
   ? hb_mvRestore( "mv" ), Type( "nNum" ), nNum, nDec
   RETURN
