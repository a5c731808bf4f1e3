/* blob.ch: the BLOB*() helpers on a DBFCDX table with an FPT memo file */

#include "blob.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL nPtr, nPtr2

   rddSetDefault( "DBFCDX" )
   dbCreate( "blobs", { { "ID", "N", 3, 0 }, { "DATA", "M", 10, 0 } } )
   USE blobs EXCLUSIVE
   dbAppend()
   FIELD->ID := 1
   FIELD->DATA := "Hello blob world"

   /* memo fields read as blobs */
   ? "get", BLOBGet( 2 ), "|" + BLOBGet( 2, 7, 4 ) + "|"
   ? "export", BLOBExport( 2, "out.txt", BLOB_EXPORT_OVERWRITE ), hb_MemoRead( "out.txt" )
   hb_MemoWrit( "in.txt", "imported text" )
   ? "import", BLOBImport( 2, "in.txt" ), FIELD->DATA

   /* the root blob */
   ? "root lock", BLOBRootLock()
   ? "root put", BLOBRootPut( { "a", 1, .T. } )
   ? "root get", hb_ValToExp( BLOBRootGet() )
   ? "root delete", BLOBRootDelete(), "[" + hb_ValToExp( BLOBRootGet() ) + "]"
   ? "root unlock", BLOBRootUnlock()

   /* blobs by pointer */
   nPtr := BLOBDirectPut( , "direct value" )
   ? "direct put", ValType( nPtr ), nPtr > 0
   ? "direct get", BLOBDirectGet( nPtr ), "|" + BLOBDirectGet( nPtr, 8, 3 ) + "|"
   ? "direct export", BLOBDirectExport( nPtr, "dir.txt" ), hb_MemoRead( "dir.txt" )
   nPtr2 := BLOBDirectImport( nPtr, "in.txt" )
   ? "direct import", ValType( nPtr2 ), BLOBDirectGet( nPtr2 )
   CLOSE
   FErase( "out.txt" )
   FErase( "in.txt" )
   FErase( "dir.txt" )

   RETURN
