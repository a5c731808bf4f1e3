/* FPT files with a SIX header (RDDI_MEMOVERSION 2, or tables with SIX
   variant "V" fields): values other than text stored as SIX items, read
   back as blobs; blocks cannot be addressed directly; dbFileGet() /
   dbFilePut() on variant fields. The stored bytes are shown from the file. */

#include "blob.ch"
#include "dbstruct.ch"
#include "dbinfo.ch"
#include "fileio.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL x

   rddSetDefault( "DBFCDX" )
   rddInfo( RDDI_MEMOVERSION, DB_MEMOVER_SIX )
   dbCreate( "bsix", { { "M", "M", 10, 0 } } )
   USE bsix EXCLUSIVE
   ? "version:", dbInfo( DBI_MEMOVERSION ), FileBytes( "bsix.fpt", 0, 12 )
   dbAppend()
   FOR EACH x IN { 5, -70000, 5000000000, 1.25, 0d20200202, .T., NIL, { 1, "ab", { .F. } }, {|| 1 }, "str" }
      FIELD->M := x
      ? ValType( x ) + ":", hb_ValToExp( FIELD->M ), hb_ValToExp( BLOBGet( 1 ) ), dbFieldInfo( DBS_BLOB_TYPE, 1 ), ;
         dbFieldInfo( DBS_BLOB_LEN, 1 ), dbFieldInfo( DBS_BLOB_POINTER, 1 )
      IF dbFieldInfo( DBS_BLOB_POINTER, 1 ) > 0
         ? "  ", FileBytes( "bsix.fpt", dbFieldInfo( DBS_BLOB_OFFSET, 1 ) - 8, 8 + dbFieldInfo( DBS_BLOB_LEN, 1 ) )
      ENDIF
   NEXT
   ? "direct:", T( {|| BLOBDirectPut( , 5 ) } ), T( {|| BLOBDirectPut( , "x" ) } ), T( {|| BLOBDirectGet( 8 ) } )
   ? "root:", T( {|| BLOBRootGet() } ), T( {|| BLOBRootPut( 1 ) } ), BLOBRootLock()
   CLOSE
   rddInfo( RDDI_MEMOVERSION, DB_MEMOVER_FLEX )

   /* variant fields make the memo file SIX */
   dbCreate( "bsixv", { { "V", "V", 10, 0 }, { "M", "M", 10, 0 }, { "V3", "V", 3, 0 } } )
   USE bsixv EXCLUSIVE
   ? "version:", dbInfo( DBI_MEMOVERSION )
   dbAppend()
   hb_MemoWrit( "bsix.txt", "short" )
   ? "put short:", T( {|| dbFilePut( 1, "bsix.txt" ) } ), hb_ValToExp( FIELD->V )
   hb_MemoWrit( "bsix.txt", Replicate( "long text ", 4 ) )
   ? "put long:", T( {|| dbFilePut( 1, "bsix.txt" ) } ), hb_ValToExp( FIELD->V )
   ? "get:", T( {|| dbFileGet( 1, "bsix.out", 0 ) } ), hb_MemoRead( "bsix.out" )
   FIELD->V := 12
   ? "number:", T( {|| dbFileGet( 1, "bsix.out", 0 ) } ), hb_ValToExp( hb_MemoRead( "bsix.out" ) )
   FIELD->V := .T.
   ? "logical:", T( {|| dbFileGet( 1, "bsix.out", 0 ) } ), hb_ValToExp( hb_MemoRead( "bsix.out" ) )
   ? "date field:", T( {|| dbFilePut( 3, "bsix.txt" ) } ), T( {|| dbFileGet( 3, "bsix.out", 0 ) } ), hb_ValToExp( hb_MemoRead( "bsix.out" ) )
   FIELD->M := { "a", 1 }
   ? "memo:", hb_ValToExp( FIELD->M ), dbFieldInfo( DBS_BLOB_TYPE, 2 ), dbFieldInfo( DBS_BLOB_LEN, 2 ), hb_ValToExp( dbFieldInfo( DBS_BLOB_LEN, 1 ) )
   CLOSE
   FErase( "bsix.txt" )
   FErase( "bsix.out" )

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
