/* The root blob of an FPT file: its block kept at offset 0x218 of the
   header, any value stored in it, BLOBRootDelete(), and BLOBRootLock() /
   BLOBRootUnlock() for EXCLUSIVE and SHARED tables (the lock belongs to the
   file: the areas of one program share it). */

#include "blob.ch"
#include "fileio.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL x, cAll := "", i

   rddSetDefault( "DBFCDX" )
   FOR i := 255 TO 0 STEP -1
      cAll += Chr( i )
   NEXT
   dbCreate( "broot", { { "ID", "N", 3, 0 }, { "M", "M", 10, 0 } } )
   USE broot EXCLUSIVE
   ? "none:", "[" + BLOBRootGet() + "]", RootPtr()
   ? "lock:", BLOBRootLock(), BLOBRootLock(), BLOBRootUnlock(), BLOBRootUnlock()
   FOR EACH x IN { "root text", cAll, 42, -2.75, 0d20000229, .T., NIL, { "a", { 1, 2 }, .F. }, "" }
      ? "put " + ValType( x ) + ":", BLOBRootPut( x ), RootPtr(), hb_ValToExp( BLOBRootGet() ) == hb_ValToExp( x )
   NEXT
   ? "codeblock:", BLOBRootPut( {|| 1 } ), RootPtr(), "[" + BLOBRootGet() + "]"
   ? "no arg:", dbInfo( DBI_BLOB_ROOT_PUT ), RootPtr(), hb_ValToExp( BLOBRootGet() )
   ? "put:", BLOBRootPut( { "kept", 1 } ), RootPtr()
   ? "delete:", BLOBRootDelete(), RootPtr(), "[" + BLOBRootGet() + "]"
   ? "put:", BLOBRootPut( { "kept", 2 } ), RootPtr()
   CLOSE

   USE broot SHARED NEW ALIAS one
   USE broot SHARED NEW ALIAS two
   ? "reopened:", hb_ValToExp( one->( BLOBRootGet() ) ), hb_ValToExp( two->( BLOBRootGet() ) )
   ? "one locks:", one->( BLOBRootLock() ), one->( BLOBRootLock() ), two->( BLOBRootLock() )
   ? "two puts:", two->( BLOBRootPut( "from two" ) ), one->( BLOBRootGet() )
   ? "two unlocks:", two->( BLOBRootUnlock() ), one->( BLOBRootUnlock() ), two->( BLOBRootUnlock() )
   ? "two locks:", two->( BLOBRootLock() ), one->( BLOBRootLock() ), one->( BLOBRootUnlock() ), two->( BLOBRootLock() )
   two->( dbCloseArea() )
   ? "after close:", one->( BLOBRootLock() ), one->( BLOBRootUnlock() )
   ? "root:", one->( BLOBRootGet() ), RootPtr()
   CLOSE ALL

   RETURN

/* the root block number as stored in the memo file's header */
STATIC FUNCTION RootPtr()
   LOCAL h := FOpen( "broot.fpt", FO_READ + FO_SHARED ), c := Space( 4 )
   FSeek( h, 0x218, FS_SET )
   FRead( h, @c, 4 )
   FClose( h )
   RETURN hb_StrToHex( c )
