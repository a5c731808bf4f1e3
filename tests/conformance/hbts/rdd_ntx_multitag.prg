/* Several tags in one NTX file (DBFNTX's compound bag): C, N, D keys,
   DESCENDING, FOR and UNIQUE tags built into one file, every tag kept up
   to date through appends, replaces and deletes, PACK, and the file read
   back: each tag walked, counted and seeked. */

#include "dbinfo.ch"
REQUEST DBFNTX
PROCEDURE Main()
   LOCAL i
   rddSetDefault( "DBFNTX" )
   dbCreate( "t", { { "NAME", "C", 8, 0 }, { "N", "N", 7, 2 }, { "D", "D", 8, 0 }, { "L", "L", 1, 0 } } )
   USE t EXCLUSIVE
   FOR i := 1 TO 300
      APPEND BLANK
      REPLACE NAME WITH Chr( 65 + ( i * 7 ) % 26 ) + Chr( 97 + ( i * 13 ) % 26 ) + Str( i % 17, 2 ), ;
              N WITH ( ( i * 37 ) % 1000 ) / 10 - 20, D WITH 0d20000101 + ( i * 11 ) % 400, L WITH i % 3 == 0
   NEXT
   INDEX ON NAME TAG name TO bag
   INDEX ON N TAG num TO bag DESCENDING
   INDEX ON D TAG dt TO bag FOR L
   INDEX ON Left( NAME, 1 ) TAG uq TO bag UNIQUE
   ? ordCount(), dbOrderInfo( DBOI_ISMULTITAG ), dbOrderInfo( DBOI_INDEXTYPE )
   Dump()
   // changes through every tag
   FOR i := 1 TO 40
      APPEND BLANK
      REPLACE NAME WITH "Z" + Str( i, 3 ), N WITH i * 3.5, D WITH 0d20010101 - i, L WITH i % 2 == 0
   NEXT
   FOR i := 5 TO 300 STEP 9
      GO i
      REPLACE NAME WITH Lower( NAME ), N WITH -N, L WITH ! L
   NEXT
   FOR i := 3 TO 300 STEP 7
      GO i
      DELETE
   NEXT
   Dump()
   PACK
   Dump()
   CLOSE
   // the compound header: tag count, free list, end of file, the tags' names and header pages
   ? hb_StrToHex( Left( hb_MemoRead( "bag.ntx" ), 80 ) )
   USE t EXCLUSIVE
   SET INDEX TO bag
   ? ordCount(), ordName( 1 ), ordName( 4 )
   Dump()
   RETURN

PROCEDURE Dump()
   LOCAL i, n, c
   FOR i := 1 TO ordCount()
      ordSetFocus( i )
      n := 0
      c := ""
      GO TOP
      DO WHILE ! Eof()
         n++
         c += Str( RecNo(), 4 )
         SKIP
      ENDDO
      ? i, ordName( i ), ordKey( i ), ordFor( i ), ordIsUnique( i ), ordDescend( i ), ordKeyCount( i ), n, hb_md5( c )
      ordSetFocus( i )
      ? dbSeek( "Q" ), RecNo()
   NEXT
   RETURN
