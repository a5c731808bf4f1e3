/* Memo fields of an FPT file read as blobs: BLOBGet() whole and in slices,
   dbFieldInfo( DBS_BLOB_* ) for every kind of value FLEX memos store, all
   256 byte values kept intact, and fields that are not memos. */

#include "blob.ch"
#include "dbstruct.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL i, cAll := "", x

   rddSetDefault( "DBFCDX" )
   FOR i := 0 TO 255
      cAll += Chr( i )
   NEXT
   dbCreate( "bfpt", { { "ID", "N", 3, 0 }, { "M", "M", 10, 0 }, { "C", "C", 5, 0 } } )
   USE bfpt EXCLUSIVE
   dbAppend()
   FIELD->C := "abcde"

   ? "empty:", Info(), "[" + BLOBGet( 2 ) + "]"

   FIELD->M := cAll
   ? "bytes:", Info(), BLOBGet( 2 ) == cAll, Len( BLOBGet( 2 ) ), FIELD->M == cAll
   ? "slices:", hb_StrToHex( BLOBGet( 2, 1, 5 ) ), hb_StrToHex( BLOBGet( 2, 250 ) ), ;
      hb_StrToHex( BLOBGet( 2, 0, 3 ) ), hb_StrToHex( BLOBGet( 2, 256 ) ), ;
      Len( BLOBGet( 2, 257 ) ), Len( BLOBGet( 2, -1 ) ), Len( BLOBGet( 2, 10, -1 ) ), ;
      hb_StrToHex( BLOBGet( 2, 2.9, 2.9 ) ), Len( BLOBGet( 2, "x", 4 ) )
   ? "arg:", hb_ValToExp( dbFieldInfo( DBS_BLOB_GET, 2, 5 ) ) == hb_ValToExp( cAll ), ;
      Len( dbFieldInfo( DBS_BLOB_GET, 2 ) ), hb_StrToHex( dbFieldInfo( DBS_BLOB_GET, 2, { 65, 3 } ) )

   FOR EACH x IN { 12, -5, 1000, -32768, 100000, -70000, { -70000, -1 }, 3.25, -0.5, 0d20200102, .T., .F., NIL, ;
                   { 1, "a", { .T., 0d19991231 }, 2.5, NIL }, 5000000000, "text", "" }
      FIELD->M := x
      ? "type " + ValType( x ) + ":", Info(), hb_ValToExp( BLOBGet( 2 ) ), hb_ValToExp( BLOBGet( 2, 1, 2 ) )
   NEXT

   /* fields that are not memos: the argument comes back */
   ? "C field:", hb_ValToExp( dbFieldInfo( DBS_BLOB_TYPE, 3 ) ), hb_ValToExp( dbFieldInfo( DBS_BLOB_LEN, 3 ) ), ;
      hb_ValToExp( BLOBGet( 3 ) ), hb_ValToExp( BLOBGet( 3, 1, 2 ) ), hb_ValToExp( dbFieldInfo( DBS_BLOB_POINTER, 3, "x" ) )
   ? "N field:", hb_ValToExp( dbFieldInfo( DBS_BLOB_TYPE, 1 ) ), hb_ValToExp( dbFieldInfo( DBS_BLOB_OFFSET, 1, 7 ) )

   /* the phantom record has no memo */
   dbGoBottom()
   dbSkip()
   ? "eof:", Eof(), Info(), "[" + BLOBGet( 2 ) + "]"
   dbGoTop()
   ? "back:", hb_ValToExp( BLOBGet( 2 ) )
   CLOSE

   /* the stored bytes survive reopening */
   USE bfpt EXCLUSIVE
   FIELD->M := cAll
   CLOSE
   USE bfpt SHARED
   ? "reopened:", BLOBGet( 2 ) == cAll, Info()
   CLOSE

   RETURN

STATIC FUNCTION Info()
   RETURN hb_ValToExp( { dbFieldInfo( DBS_BLOB_LEN, 2 ), dbFieldInfo( DBS_BLOB_TYPE, 2 ), ;
      dbFieldInfo( DBS_BLOB_POINTER, 2 ), dbFieldInfo( DBS_BLOB_OFFSET, 2 ) } )
