/* hbsix.ch: the SIx spellings that map onto ord*() functions, and the
   INDEX / SET TAG / SET TAGORDER / DELETE TAG commands */

#include "hbsix.ch"

REQUEST DBFCDX

PROCEDURE Main()

   LOCAL i

   ? "events", EVENT_PREUSE, EVENT_POSTMEMOPACK, TRIGGER_PENDING, BLOB_FILEENCRYPT
   ? "no table:", "[" + Sx_TagName() + "]"
   ? "old rdd", SetRDD( "DBFCDX" ), rddSetDefault()

   dbCreate( "six", { { "NAME", "C", 10, 0 }, { "NUM", "N", 5, 0 } } )
   USE six EXCLUSIVE
   FOR i := 1 TO 6
      dbAppend()
      FIELD->NAME := Chr( 71 - i ) + "name"
      FIELD->NUM := i * 10
   NEXT

   INDEX ON FIELD->NAME TAG byname TO six
   INDEX ON FIELD->NUM TAG bignum TO six FOR FIELD->NUM > 20 DESCENDING
   INDEX ON FIELD->NUM TAG bynum TO six OPTION {|| .T. } STEP 2
   ? "tags", ordCount(), ordName( 1 ), ordName( 2 ), ordName( 3 )
   ? "current", Sx_TagName(), "for", "[" + Sx_IndexFilter( 2 ) + "]"

   SET TAG TO byname
   dbGoTop()
   ? "byname", Sx_TagName(), FIELD->NAME
   SET TAGORDER TO 2
   dbGoTop()
   ? "tagorder 2", Sx_TagName(), FIELD->NUM
   SET TAGORDER TO
   ? "tagorder none", ordNumber(), "[" + Sx_TagName() + "]"
   SET ORDER TO TAG bynum OF six
   dbGoBottom()
   ? "order to tag", Sx_TagName(), FIELD->NUM
   SET TAG TO
   ? "tag to none", ordNumber()

   DELETE TAG bignum OF six
   ? "after delete", ordCount(), ordName( 1 ), ordName( 2 )
   CLOSE

   RETURN
