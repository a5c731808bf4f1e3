/* Where DBFNTX puts a tag: without TO in the table's own bag, with
   RDDI_MULTITAG off in a file of its own; 63 tags at most in one file
   (EG_LIMIT), a tag replaced in a full file, and a READONLY file's tags
   not destroyed. */

#include "dbinfo.ch"
REQUEST DBFNTX
PROCEDURE Main()
   LOCAL i, e, lOld
   rddSetDefault( "DBFNTX" )
   dbCreate( "t3", { { "A", "C", 6, 0 }, { "B", "N", 6, 0 } } )
   USE t3 EXCLUSIVE
   FOR i := 1 TO 10
      APPEND BLANK
      REPLACE A WITH Str( i, 6 ), B WITH 11 - i
   NEXT
   // no TO: the tags go to the table's bag
   INDEX ON A TAG ka
   INDEX ON B TAG kb
   ? ordCount(), ordName( 1 ), ordName( 2 ), ordBagName( 2 ), File( "t3.ntx" ), File( "ka.ntx" )
   lOld := rddInfo( RDDI_MULTITAG, .F. )
   ? lOld, rddInfo( RDDI_MULTITAG )
   INDEX ON B TAG kc
   ? ordCount(), ordName( 1 ), ordBagName( 1 ), File( "kc.ntx" )
   INDEX ON A TAG kd TO t3
   ? ordCount(), ordName( 1 ), ordBagName( 1 )
   rddInfo( RDDI_MULTITAG, .T. )
   FOR i := 1 TO 63
      INDEX ON A TAG ( "T" + hb_ntos( i ) ) TO many ADDITIVE
   NEXT
   ? ordCount(), ordName( 63 )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      INDEX ON A TAG t64 TO many ADDITIVE
   RECOVER USING e
      ? "limit:", e:genCode, e:subCode, e:description, e:filename
   END SEQUENCE
   ? ordCount(), ordName(), ordNumber()
   INDEX ON B TAG t10 TO many ADDITIVE
   ? ordCount(), ordNumber(), ordName( 10 ), ordKey( 10 )
   CLOSE
   USE t3 EXCLUSIVE READONLY
   SET INDEX TO many
   ? ordCount(), ordKey( 10 )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? ordDestroy( "T5" )
   RECOVER USING e
      ? "readonly:", e:genCode, e:subCode, e:description
   END SEQUENCE
   ? ordCount()
   CLOSE
   RETURN
