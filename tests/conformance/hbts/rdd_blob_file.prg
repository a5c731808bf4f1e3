/* dbFileGet() / dbFilePut() (BLOBExport() / BLOBImport()): memo fields
   and character fields to and from files, the export modes, the import
   flags Harbour ignores, fields given by name, the record a memo must be
   on, and the errors of each case (shown by an error block that breaks). */

#include "blob.ch"
#include "dbstruct.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL i, cAll := ""

   rddSetDefault( "DBFCDX" )
   FOR i := 0 TO 255
      cAll += Chr( i )
   NEXT
   hb_MemoWrit( "bfile.bin", cAll )
   hb_MemoWrit( "bfile.txt", "0123456789" )
   hb_MemoWrit( "bfile.nil", "" )
   dbCreate( "bfile", { { "ID", "N", 3, 0 }, { "M", "M", 10, 0 }, { "C", "C", 5, 0 } } )
   USE bfile EXCLUSIVE
   dbAppend()
   FIELD->M := "memo text"
   FIELD->C := "chars"

   /* memo fields */
   ? "get:", T( {|| dbFileGet( 2, "bfile.out", FILEGET_OVERWRITE ) } ), hb_MemoRead( "bfile.out" )
   ? "append:", T( {|| dbFileGet( "m", "bfile.out", FILEGET_APPEND ) } ), hb_MemoRead( "bfile.out" )
   ? "overwrite:", T( {|| BLOBExport( 2, "bfile.out", BLOB_EXPORT_OVERWRITE ) } ), hb_MemoRead( "bfile.out" )
   ? "put:", T( {|| dbFilePut( 2, "bfile.bin" ) } ), FIELD->M == cAll, ;
      dbFieldInfo( DBS_BLOB_TYPE, 2 ), dbFieldInfo( DBS_BLOB_LEN, 2 ), hb_StrToHex( BLOBGet( 2, 100, 3 ) )
   ? "round trip:", T( {|| BLOBExport( 2, "bfile.out", 0 ) } ), hb_MemoRead( "bfile.out" ) == cAll
   ? "flags:", T( {|| dbFilePut( 2, "bfile.txt", BLOB_IMPORT_COMPRESS ) } ), FIELD->M, ;
      T( {|| dbFilePut( " M ", "bfile.txt", BLOB_IMPORT_ENCRYPT ) } ), FIELD->M, ;
      T( {|| BLOBImport( 2, "bfile.txt" ) } ), FIELD->M
   ? "empty:", T( {|| dbFilePut( 2, "bfile.nil" ) } ), "[" + FIELD->M + "]", dbFieldInfo( DBS_BLOB_POINTER, 2 ), ;
      T( {|| dbFileGet( 2, "bfile.out", 0 ) } ), File( "bfile.out" ), hb_FSize( "bfile.out" )
   FIELD->M := { 1, "x" }
   ? "array:", T( {|| dbFileGet( 2, "bfile.out", 0 ) } ), hb_StrToHex( hb_MemoRead( "bfile.out" ) )

   /* character fields: the raw field bytes */
   ? "C get:", T( {|| dbFileGet( 3, "bfile.out", 0 ) } ), hb_MemoRead( "bfile.out" ), ;
      T( {|| dbFileGet( 3, "bfile.out", 1 ) } ), hb_MemoRead( "bfile.out" )
   ? "C put:", T( {|| dbFilePut( 3, "bfile.txt" ) } ), FIELD->C, ;
      T( {|| dbFilePut( 3, "bfile.nil" ) } ), "[" + FIELD->C + "]"
   hb_MemoWrit( "bfile.two", "ab" )
   ? "C short:", T( {|| dbFilePut( 3, "bfile.two" ) } ), "[" + FIELD->C + "]"

   /* other fields and bad arguments */
   ? "N get:", T( {|| dbFileGet( 1, "bfile.n", 0 ) } ), File( "bfile.n" )
   ? "N put:", T( {|| dbFilePut( 1, "bfile.txt" ) } ), FIELD->ID
   ? "no mode:", T( {|| dbFileGet( 2, "bfile.out" ) } )
   ? "bad field:", T( {|| dbFileGet( 9, "bfile.out", 0 ) } ), T( {|| dbFileGet( "NONE", "bfile.out", 0 ) } ), ;
      T( {|| dbFilePut( 0, "bfile.txt" ) } ), T( {|| dbFilePut( .T., "bfile.txt" ) } )
   ? "bad name:", T( {|| dbFileGet( 2, "", 0 ) } ), T( {|| dbFilePut( 2 ) } ), T( {|| dbFilePut( 2, 5 ) } )

   /* files that cannot be opened */
   ? "missing:", T( {|| dbFilePut( 2, "bfile.none" ) } ), hb_ValToExp( FIELD->M )
   ? "C missing:", T( {|| dbFilePut( 3, "bfile.none" ) } ), FIELD->C
   ? "no dir:", T( {|| dbFileGet( 2, "nodir/x.txt", 0 ) } ), T( {|| dbFileGet( 2, "nodir/x.txt", 1 ) } )
   ? "C no dir:", T( {|| dbFileGet( 3, "nodir/x.txt", 0 ) } )
   ? "table file:", T( {|| dbFileGet( 2, "bfile.dbf", 0 ) } ), T( {|| dbFilePut( 2, "bfile.fpt" ) } )

   /* off a record */
   dbGoBottom()
   dbSkip()
   ? "eof:", T( {|| dbFilePut( 2, "bfile.txt" ) } ), T( {|| dbFileGet( 2, "bfile.out", 0 ) } ), hb_FSize( "bfile.out" ), ;
      T( {|| dbFilePut( 3, "bfile.txt" ) } )
   CLOSE

   /* SHARED: importing changes the record, which must be locked */
   USE bfile SHARED
   ? "unlocked:", T( {|| dbFilePut( 2, "bfile.txt" ) } ), T( {|| dbFileGet( 3, "bfile.out", 0 ) } ), hb_MemoRead( "bfile.out" )
   RLock()
   ? "locked:", T( {|| dbFilePut( 2, "bfile.txt" ) } ), FIELD->M
   CLOSE
   ? "no table:", T( {|| dbFileGet( 2, "bfile.out", 0 ) } ), T( {|| dbFilePut( 2, "bfile.txt" ) } )

   AEval( { "bfile.bin", "bfile.txt", "bfile.nil", "bfile.two", "bfile.out" }, {| c | FErase( c ) } )

   RETURN

/* the result of a block, or the error that broke it */
STATIC FUNCTION T( b )
   LOCAL r, e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      r := hb_ValToExp( Eval( b ) )
   RECOVER USING e
      r := "[" + e:subSystem + "/" + hb_ntos( e:genCode ) + "/" + hb_ntos( e:subCode ) + " " + e:description + ;
         " op:" + e:operation + " file:" + e:filename + " os:" + hb_ntos( e:osCode ) + ;
         " flags:" + iif( e:canRetry, "R", "" ) + iif( e:canDefault, "D", "" ) + iif( e:canSubstitute, "S", "" ) + ;
         " args:" + hb_ValToExp( e:args ) + "]"
   END SEQUENCE
   RETURN r
