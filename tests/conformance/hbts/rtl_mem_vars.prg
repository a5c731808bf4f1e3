// PUBLIC and PRIVATE variables by name: __mvPublic/__mvPrivate/__mvPut/
// __mvGet/__mvExist/__mvScope, RELEASE [ALL [LIKE|EXCEPT]], CLEAR MEMORY,
// MemVarBlock(), and SAVE TO / RESTORE FROM .mem files.

#include "hbmemvar.ch"

MEMVAR pubA, pubB, privC, privD, mvNum, mvStr, mvDate, mvLog, mvOther, mvDec, HARBOUR, CLIPPER, x_one, x_two, y_one

PROCEDURE Main()

   LOCAL b, x

   __mvPublic( "pubA", { "pubB", "HARBOUR" }, "clipper" )
   ? "public:", pubA, pubB, HARBOUR, M->CLIPPER, __mvScope( "pubA" ), __mvScope( "PUBB" )
   pubA := 1
   __mvPublic( "pubA" )
   ? "public-again:", pubA
   __mvPrivate( "privC" )
   ? "private:", privC, __mvScope( "privC" ), __mvExist( "privC" ), __mvExist( "nothere" ), __mvExist( 5 )
   privC := "c"
   __mvPrivate( "privC" )
   ? "private-again:", privC
   ? "scope:", __mvScope( "undeclared_xyz" ), __mvScope( "QOut" ), __mvScope( 5 ), __mvScope(), __mvScope( "  pubA  " )
   ? "put:", __mvPut( "privD", 4 ), privD, __mvScope( "privD" ), __mvPut( "pubA", "one" ), pubA
   ? "get:", __mvGet( "privD" ), __mvGet( " pubB" ), __mvGetDef( "nothere", "dflt" ), __mvGetDef( "privD", 0 )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      __mvGet( "nothere" )
   RECOVER USING x
      ? "get-missing:", x:subCode, x:genCode, x:description, x:operation, x:canRetry, x:tries
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      __mvGet( 1 )
   RECOVER USING x
      ? "get-arg:", x:subCode, x:genCode, "[" + x:operation + "]", x:canSubstitute, hb_ValToExp( x:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      __mvPublic( 1 )
   RECOVER USING x
      ? "public-arg:", x:subCode, x:genCode, "[" + x:operation + "]", x:canSubstitute, hb_ValToExp( x:args )
   END SEQUENCE

   // blocks
   b := MemVarBlock( "privD" )
   ? "block:", ValType( b ), Eval( b ), Eval( b, 44 ), privD, MemVarBlock( "nothere" ), MemVarBlock( 1 ), ValType( MemVarBlock( " privd " ) )

   // RELEASE
   Releases()
   ? "after-releases:", pubA, __mvExist( "pubB" ), ValType( privC )
   RELEASE pubB
   ? "release-public:", __mvExist( "pubB" ), __mvScope( "pubB" )
   RELEASE privC
   ? "release-private:", __mvExist( "privC" ), privC

   // SAVE / RESTORE
   PRIVATE mvNum := 12.345, mvStr := "text", mvDate := 0d20240315, mvLog := .T., mvOther := { 1 }, mvDec := 1 / 3
   SAVE ALL LIKE mv* TO mem1
   ? "saved:", File( "mem1.mem" ), hb_FSize( "mem1.mem" )
   mvNum := 0 ; mvStr := "" ; mvDate := NIL ; mvLog := .F.
   RESTORE FROM mem1 ADDITIVE
   ? "restored:", mvNum, mvStr, mvDate, mvLog, ValType( mvOther ), mvDec
   ? "return:", __mvRestore( "mem1", .T. )
   SAVE TO mem2 ALL EXCEPT mv*
   x := hb_MemoRead( "mem2.mem" )
   ? "except:", "MVNUM" $ x, "PUBA" $ x, Right( x, 1 ) == Chr( 26 )
   x := hb_MemoRead( "mem1.mem" )
   ? "bytes:", hb_StrToHex( Left( x, 32 ) ), Asc( SubStr( x, 12, 1 ) ), Asc( SubStr( x, 17, 1 ) ), Asc( SubStr( x, 18, 1 ) )
   PRIVATE x_one := 1, x_two := 2, y_one := 3
   SAVE ALL LIKE x_* TO mem3
   RELEASE ALL
   ? "released-all:", x_one, x_two, y_one
   RESTORE FROM mem3 ADDITIVE
   ? "restored-like:", x_one, x_two, y_one
   RESTORE FROM mem1
   ? "non-additive:", __mvExist( "pubA" ), __mvExist( "x_one" ), mvStr
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      RESTORE FROM nothere
   RECOVER USING x
      ? "restore-missing:", x:subCode, x:genCode, x:description, x:filename, x:osCode, x:canRetry, x:canDefault
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      __mvSave( "x" )
   RECOVER USING x
      ? "save-args:", x:subCode, x:operation, hb_ValToExp( x:args )
   END SEQUENCE
   FErase( "mem1.mem" ) ; FErase( "mem2.mem" ) ; FErase( "mem3.mem" )

   CLEAR MEMORY
   ? "cleared:", __mvExist( "mvStr" ), __mvExist( "pubA" )

   RETURN

STATIC PROCEDURE Releases()
   PRIVATE privC := "hidden", x_one := 1, x_two := 2, y_one := 3
   RELEASE ALL LIKE x_*
   ? "like:", x_one, x_two, y_one, privC
   x_one := 1
   RELEASE ALL EXCEPT x_*
   ? "except:", x_one, y_one, privC
   RELEASE ALL
   ? "all:", x_one, privC
   RETURN
