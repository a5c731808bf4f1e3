/* Blobs on a DBT memo file (DBFNTX): memo fields read as blobs (a DBT memo
   ends at the first Chr( 26 )), imported and exported; blocks addressed
   directly and the root blob are not supported there, except for
   BLOBDirectImport(), which stores a file in a new block. */

#include "blob.ch"
#include "dbstruct.ch"
#include "fileio.ch"

REQUEST DBFNTX

PROCEDURE Main()

   LOCAL i, cAll := "", n

   rddSetDefault( "DBFNTX" )
   FOR i := 0 TO 255
      IF i != 26
         cAll += Chr( i )
      ENDIF
   NEXT
   dbCreate( "bdbt", { { "ID", "N", 3, 0 }, { "M", "M", 10, 0 } } )
   USE bdbt EXCLUSIVE
   dbAppend()
   ? "empty:", Info(), "[" + BLOBGet( 2 ) + "]"
   FIELD->M := cAll
   ? "bytes:", Info(), BLOBGet( 2 ) == cAll, FIELD->M == cAll
   ? "slices:", hb_StrToHex( BLOBGet( 2, 1, 5 ) ), hb_StrToHex( BLOBGet( 2, 250 ) ), Len( BLOBGet( 2, 300 ) ), ;
      hb_StrToHex( BLOBGet( 2, 0, 2 ) ), Len( BLOBGet( 2, 10, -1 ) )
   ? "number:", T( {|| FIELD->M := 5 } ), BLOBGet( 2 ) == cAll

   ? "root get:", T( {|| BLOBRootGet() } )
   ? "root put:", T( {|| BLOBRootPut( "x" ) } )
   ? "root lock:", T( {|| BLOBRootLock() } ), T( {|| BLOBRootUnlock() } )
   ? "direct put:", T( {|| BLOBDirectPut( , "abc" ) } ), T( {|| BLOBDirectPut( , 5 ) } )
   ? "direct get:", T( {|| BLOBDirectGet( 1 ) } ), T( {|| BLOBDirectGet( 0 ) } )
   ? "direct export:", T( {|| BLOBDirectExport( 1, "bdbt.out" ) } ), File( "bdbt.out" )
   hb_MemoWrit( "bdbt.in", "imported" + Chr( 26 ) + "hidden" )
   n := BLOBDirectImport( 0, "bdbt.in" )
   ? "direct import:", n, FileBytes( "bdbt.dbt", n * 512, 18 )
   ? "import missing:", T( {|| BLOBDirectImport( 0, "bdbt.none" ) } )

   ? "export:", T( {|| dbFileGet( 2, "bdbt.out", 0 ) } ), hb_MemoRead( "bdbt.out" ) == cAll
   ? "import:", T( {|| dbFilePut( 2, "bdbt.in" ) } ), FIELD->M, Info(), FileBytes( "bdbt.dbt", FIELD->ID * 0 + dbFieldInfo( DBS_BLOB_OFFSET, 2 ), 18 )
   ? "export cut:", T( {|| BLOBExport( 2, "bdbt.out", BLOB_EXPORT_OVERWRITE ) } ), hb_MemoRead( "bdbt.out" )
   ? "append:", T( {|| BLOBExport( 2, "bdbt.out", BLOB_EXPORT_APPEND ) } ), hb_MemoRead( "bdbt.out" )
   ? "header:", FileBytes( "bdbt.dbt", 0, 4 )
   CLOSE

   USE bdbt SHARED
   ? "shared lock:", T( {|| BLOBRootLock() } ), T( {|| BLOBRootLock() } ), T( {|| BLOBRootUnlock() } ), T( {|| BLOBRootUnlock() } )
   ? "reopened:", FIELD->M, BLOBGet( 2, 3, 4 )
   CLOSE
   FErase( "bdbt.in" )
   FErase( "bdbt.out" )

   RETURN

STATIC FUNCTION Info()
   RETURN hb_ValToExp( { dbFieldInfo( DBS_BLOB_LEN, 2 ), dbFieldInfo( DBS_BLOB_TYPE, 2 ), ;
      dbFieldInfo( DBS_BLOB_POINTER, 2 ), dbFieldInfo( DBS_BLOB_OFFSET, 2 ) } )

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
