/* Blobs addressed by block number in an FPT file: BLOBDirectPut/Get/
   Export/Import, blocks reused when a blob is replaced, every value type,
   binary bytes, export modes, and the dbInfo() codes Harbour accepts
   without answering. The bytes written are shown from the file itself. */

#include "blob.ch"
#include "fileio.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL i, cAll := "", n, n2, n3, x, aPtr := {}

   rddSetDefault( "DBFCDX" )
   FOR i := 0 TO 255
      cAll += Chr( i )
   NEXT
   dbCreate( "bdir", { { "ID", "N", 3, 0 }, { "M", "M", 10, 0 } } )
   USE bdir EXCLUSIVE

   n := BLOBDirectPut( , cAll )
   ? "put:", n, BLOBDirectGet( n ) == cAll, hb_StrToHex( BLOBDirectGet( n, 255 ) ), ;
      hb_StrToHex( BLOBDirectGet( n, 3, 2 ) ), Len( BLOBDirectGet( n, 300 ) ), ;
      hb_StrToHex( BLOBDirectGet( n, 0, 2 ) ), hb_StrToHex( BLOBDirectGet( n, 2.7, 1.9 ) ), ;
      Len( BLOBDirectGet( n, "x", 2 ) ), Len( BLOBDirectGet( n, -1 ) ), Len( BLOBDirectGet( n, 250, -1 ) )
   ? "file:", FileBytes( "bdir.fpt", n * 64, 12 )

   /* replacing a blob frees its blocks for the next one */
   n2 := BLOBDirectPut( n, { 1, "two", .F. } )
   ? "replace:", n2, hb_ValToExp( BLOBDirectGet( n2 ) ), hb_ValToExp( BLOBDirectGet( n2, 1, 1 ) )
   ? "file:", FileBytes( "bdir.fpt", n2 * 64, 24 )
   ? "header:", FileBytes( "bdir.fpt", 0, 8 ), FileBytes( "bdir.fpt", 512, 24 )

   FOR EACH x IN { 7, 300, 70000, 1.5, 0d20240229, .T., .F., NIL, "", {|| 1 }, { "a" => 1 }, 5000000000 }
      n3 := BLOBDirectPut( , x )
      AAdd( aPtr, n3 )
      ? "type " + ValType( x ) + ":", n3, hb_ValToExp( BLOBDirectGet( n3 ) ), ;
         iif( n3 > 0, FileBytes( "bdir.fpt", n3 * 64, 16 ), "" )
   NEXT
   FOR EACH n3 IN aPtr
      IF n3 > 0
         BLOBDirectPut( n3, "" )
      ENDIF
   NEXT
   ? "freed:", FileBytes( "bdir.fpt", 0, 4 ), BLOBDirectPut( 0, "again" )
   ? "get 0:", "[" + BLOBDirectGet( 0 ) + "]", hb_ValToExp( dbInfo( DBI_BLOB_DIRECT_GET ) ), ;
      hb_ValToExp( dbInfo( DBI_BLOB_DIRECT_GET, 5 ) )

   /* export: overwrite (the default) and append */
   n := BLOBDirectPut( , cAll )
   ? "export:", BLOBDirectExport( n, "bdir.bin" ), hb_MemoRead( "bdir.bin" ) == cAll
   ? "append:", BLOBDirectExport( n, "bdir.bin", BLOB_EXPORT_APPEND ), Len( hb_MemoRead( "bdir.bin" ) )
   ? "overwrite:", BLOBDirectExport( n, "bdir.bin", BLOB_EXPORT_OVERWRITE ), Len( hb_MemoRead( "bdir.bin" ) )
   ? "append new:", BLOBDirectExport( n, "bdir2.bin", BLOB_EXPORT_APPEND ), Len( hb_MemoRead( "bdir2.bin" ) )
   ? "not done:", BLOBDirectExport( 0, "bdir3.bin" ), BLOBDirectExport( n, "" ), File( "bdir3.bin" ), ;
      dbInfo( DBI_BLOB_DIRECT_EXPORT ), dbInfo( DBI_BLOB_DIRECT_EXPORT, { n, 5 } )
   n2 := BLOBDirectPut( , { 1, 2 } )
   ? "export array:", BLOBDirectExport( n2, "bdir.bin" ), hb_StrToHex( hb_MemoRead( "bdir.bin" ) )

   /* import: a binary blob */
   hb_MemoWrit( "bdir.in", "in" + Chr( 0 ) + Chr( 26 ) + Chr( 255 ) + "put" )
   n3 := BLOBDirectImport( 0, "bdir.in" )
   ? "import:", n3, hb_StrToHex( BLOBDirectGet( n3 ) ), hb_StrToHex( BLOBDirectGet( n3, 3, 3 ) ), ;
      FileBytes( "bdir.fpt", n3 * 64, 16 )
   ? "reimport:", BLOBDirectImport( n3, "bdir.in" ) == n3, dbInfo( DBI_BLOB_DIRECT_IMPORT, 7 )
   hb_MemoWrit( "bdir.in", "" )
   ? "import empty:", BLOBDirectImport( n2, "bdir.in" )

   /* codes Harbour accepts but does not answer */
   ? "others:", hb_ValToExp( dbInfo( DBI_BLOB_DIRECT_LEN, n ) ), hb_ValToExp( dbInfo( DBI_BLOB_DIRECT_TYPE, "x" ) ), ;
      hb_ValToExp( dbInfo( DBI_BLOB_INTEGRITY ) ), hb_ValToExp( dbInfo( DBI_BLOB_OFFSET, { 1 } ) ), ;
      hb_ValToExp( dbInfo( DBI_BLOB_RECOVER, .T. ) )
   CLOSE

   /* blobs stay where they were put */
   USE bdir SHARED
   ? "reopened:", BLOBDirectGet( n ) == cAll, hb_ValToExp( BLOBDirectGet( n2 ) )
   CLOSE
   FErase( "bdir.bin" )
   FErase( "bdir2.bin" )
   FErase( "bdir.in" )

   RETURN

/* bytes of a file as hex */
STATIC FUNCTION FileBytes( cFile, nAt, nLen )
   LOCAL h := FOpen( cFile ), c := Space( nLen )
   FSeek( h, nAt, FS_SET )
   FRead( h, @c, nLen )
   FClose( h )
   RETURN hb_StrToHex( c )
