/* The DBFBLOB driver: a ".dbv" memo file with no table. Blobs are stored
   and read by block number, the root blob holds their directory, and the
   file is reopened SHARED by two aliases. The header carries the block
   size (FLEX "FlexFile3" page) and the root pointer. Fields given to
   dbCreate() exist only while the new area stays open. */

#include "blob.ch"
#include "dbinfo.ch"
#include "fileio.ch"

REQUEST DBFBLOB

PROCEDURE Main()

   LOCAL n, n2, aDir

   ? "create:", dbCreate( "bdbv", {}, "DBFBLOB" ), File( "bdbv.dbv" ), File( "bdbv.dbf" ), hb_FSize( "bdbv.dbv" )
   ? "header:", FileBytes( "bdbv.dbv", 0, 16 ), FileBytes( "bdbv.dbv", 512, 32 )
   USE bdbv VIA "DBFBLOB" EXCLUSIVE
   ? "open:", Used(), Alias(), FCount(), RecCount(), RecNo(), Eof(), Bof(), LastRec()
   ? "info:", dbInfo( DBI_MEMOEXT ), dbInfo( DBI_MEMOBLOCKSIZE ), dbInfo( DBI_MEMOTYPE ), ;
      dbInfo( DBI_MEMOVERSION ), dbInfo( DBI_TABLEEXT ), "[" + dbInfo( DBI_FULLPATH ) + "]", dbInfo( DBI_SHARED )
   n := BLOBDirectPut( , "first blob" )
   n2 := BLOBDirectPut( , { 1, "two", 0d20011231 } )
   ? "put:", n, n2, BLOBDirectGet( n ), hb_ValToExp( BLOBDirectGet( n2 ) ), BLOBDirectGet( n, 7, 4 )
   ? "root:", BLOBRootPut( { n, n2 } ), hb_ValToExp( BLOBRootGet() )
   ? "export:", BLOBDirectExport( n, "bdbv.out" ), hb_MemoRead( "bdbv.out" )
   hb_MemoWrit( "bdbv.in", "from a file" )
   ? "import:", BLOBDirectImport( 0, "bdbv.in" )
   ? "header:", FileBytes( "bdbv.dbv", 0, 8 ), FileBytes( "bdbv.dbv", 512, 32 )
   ? "blocks:", FileBytes( "bdbv.dbv", n * 64, 18 ), FileBytes( "bdbv.dbv", n2 * 64, 24 )
   ? "skip:", dbGoTop(), RecNo(), Eof()
   CLOSE

   USE bdbv VIA "DBFBLOB" SHARED NEW ALIAS one
   USE bdbv VIA "DBFBLOB" SHARED NEW ALIAS two
   aDir := one->( BLOBRootGet() )
   ? "reopened:", hb_ValToExp( aDir ), one->( BLOBDirectGet( aDir[ 1 ] ) ), hb_ValToExp( two->( BLOBDirectGet( aDir[ 2 ] ) ) )
   ? "locks:", one->( BLOBRootLock() ), two->( BLOBRootLock() ), two->( BLOBRootUnlock() ), one->( BLOBRootUnlock() )
   ? "shared put:", two->( BLOBRootPut( "changed" ) ), one->( BLOBRootGet() )
   CLOSE ALL

   ? "no file:", T( {|| dbUseArea( .T., "DBFBLOB", "bdbv_none" ) } ), Used()
   ? "with fields:", dbCreate( "bdbv2", { { "A", "C", 5, 0 } }, "DBFBLOB" ), File( "bdbv2.dbv" ), File( "bdbv2.dbf" )
   ? "kept open:", dbCreate( "bdbv3", { { "A", "C", 5, 0 }, { "N", "N", 4, 1 } }, "DBFBLOB", .T. ), ;
      FCount(), RecCount(), Eof(), hb_ValToExp( dbStruct() ), "[" + FIELD->A + "]"
   CLOSE
   USE bdbv3 VIA "DBFBLOB"
   ? "reopened:", FCount(), hb_ValToExp( dbStruct() )
   CLOSE
   ? "rddinfo:", rddInfo( RDDI_MEMOEXT, , "DBFBLOB" ), rddInfo( RDDI_BLOB_SUPPORT, , "DBFBLOB" ), ;
      rddInfo( RDDI_TABLEEXT, , "DBFBLOB" )
   FErase( "bdbv.in" )
   FErase( "bdbv.out" )

   RETURN

STATIC FUNCTION FileBytes( cFile, nAt, nLen )
   LOCAL h := FOpen( cFile, FO_READ + FO_SHARED ), c := Space( nLen )
   FSeek( h, nAt, FS_SET )
   FRead( h, @c, nLen )
   FClose( h )
   RETURN hb_StrToHex( c )

/* the result of a block, or the error that broke it */
STATIC FUNCTION T( b )
   LOCAL r, e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      r := hb_ValToExp( Eval( b ) )
   RECOVER USING e
      r := "[" + e:subSystem + "/" + hb_ntos( e:genCode ) + "/" + hb_ntos( e:subCode ) + " " + e:description + ;
         " op:" + e:operation + " file:" + e:filename + " os:" + hb_ntos( e:osCode ) + ;
         " flags:" + iif( e:canRetry, "R", "" ) + iif( e:canDefault, "D", "" ) + iif( e:canSubstitute, "S", "" ) + "]"
   END SEQUENCE
   RETURN r
