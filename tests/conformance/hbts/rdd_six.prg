// SIx Driver compatible functions of Harbour's core (hbsix): table state,
// record locks, driver settings, V-field helpers, key conversions

#include "dbinfo.ch"

PROCEDURE Main()
   LOCAL x, a
   ? sx_TableName(), sx_IsShared(), sx_IsReadOnly(), sx_IsFLocked(), sx_TableType(), sx_IDType(), sx_GetLocks(), sx_RLock(), sx_IsLocked(), sx_Rollback()
   dbCreate( "sx_t", { { "A", "C", 5, 0 }, { "N", "N", 5, 1 }, { "V", "V", 10, 0 } } )
   USE sx_t SHARED
   FOR x := 1 TO 4
      APPEND BLANK
      REPLACE FIELD->A WITH "r" + hb_ntos( x ), N WITH x / 2
   NEXT
   dbUnlock()
   GO TOP
   ? hb_FNameNameExt( sx_TableName() ), sx_IsShared(), sx_IsReadOnly(), sx_IsFLocked(), sx_TableType(), sx_IDType()
   ? sx_RLock(), hb_ValToExp( sx_GetLocks() ), sx_RLock( 3 ), hb_ValToExp( sx_GetLocks() ), hb_ValToExp( sx_RLock( { 2, 4, 9 } ) ), hb_ValToExp( sx_GetLocks() )
   ? sx_IsLocked(), sx_IsLocked( 2 )
   sx_Unlock( 3 )
   ? hb_ValToExp( sx_GetLocks() )
   sx_Unlock( { 1, 2 } )
   ? hb_ValToExp( sx_GetLocks() )
   sx_Unlock()
   ? hb_ValToExp( sx_GetLocks() ), FLock(), sx_IsFLocked()
   dbUnlock()
   ? sx_VSigLen( "A" ), sx_VSigLen( 2 ), sx_VSigLen( "V" ), sx_VSigLen( 9 ), sx_VSigLen( "nope" ), sx_VSigLen()
   ? "[" + sx_VFGet( "A", 8 ) + "]", sx_VFGet( "A" ), "[" + sx_VFGet( "N * 2", 6 ) + "]"
   RLock()
   REPLACE FIELD->A WITH "zz"
   ? FIELD->A, sx_Rollback(), FIELD->A
   REPLACE FIELD->A WITH "yy"
   ? FIELD->A, sx_Rollback( 1 ), FIELD->A, sx_Rollback( 7 )
   dbCloseAll()
   USE sx_t READONLY
   ? sx_IsShared(), sx_IsReadOnly()
   USE
   ? sx_IsDBT(), sx_IsDBT( "DBFNTX" ), sx_IsDBT( "DBF" ), sx_MemoExt(), sx_MemoBlk(), sx_SetMemoBlock(), sx_StrXCheck(), sx_LockRetry(), sx_AutoOpen(), sx_AutoShare()
   ? sx_MemoBlk( 64 ), sx_MemoBlk(), sx_MemoBlk( 512 ), sx_MemoExt( ".xyz" ), sx_MemoExt(), sx_MemoExt( ".dbt" )
   FOR EACH x IN { "abc", 12.5, 0, hb_SToD( "20240115" ), hb_SToD(), .T., .F., NIL, {}, "  7" }
      a := x
      ? hb_ValToExp( sxChar( , @a ) ), hb_ValToExp( a ), hb_ValToExp( sxChar( 6, x ) ), hb_ValToExp( sxNum( x ) ), hb_ValToExp( sxDate( x ) ), hb_ValToExp( sxLog( x ) )
   NEXT
   FOR EACH x IN { "T", "t", "Y", ".y.", "yes", "1", "" }
      ?? sxLog( x )
   NEXT
   FErase( "sx_t.dbf" )
RETURN
