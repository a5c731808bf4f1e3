// COPY TO and APPEND FROM between DBF, SDF and DELIMITED files (with
// FIELDS, FOR, WHILE, NEXT, REST), SORT, TOTAL, JOIN, UPDATE, COPY
// STRUCTURE [EXTENDED], CREATE FROM and LIST: the files written (text
// files shown, tables by their records) as Harbour writes them.

PROCEDURE Main()
   LOCAL i, a

   dbCreate( "src", { { "NAME", "C", 10, 0 }, { "CITY", "C", 8, 0 }, { "AMOUNT", "N", 9, 2 }, ;
      { "QTY", "N", 4, 0 }, { "DAY", "D", 8, 0 }, { "OK", "L", 1, 0 }, { "NOTE", "M", 10, 0 }, ;
      { "CNT", "I", 4, 0 }, { "STAMP", "T", 8, 0 }, { "RATE", "B", 8, 3 } } )
   USE src EXCLUSIVE
   FOR i := 1 TO 12
      APPEND BLANK
      FIELD->NAME := { "Ann", 'Bo"b', "Cy,d", "Dee", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo", "Kim", "Lu" }[ i ]
      FIELD->CITY := { "Rome", "Oslo", "Rome", "Lima", "Oslo", "Rome" }[ ( i - 1 ) % 6 + 1 ]
      FIELD->AMOUNT := ( i * 37 % 23 ) * 10.25 - 50
      FIELD->QTY := i * 7 % 5
      FIELD->DAY := iif( i % 4 == 0, hb_SToD(), hb_SToD( "20240101" ) + i * 11 )
      FIELD->OK := i % 3 != 0
      FIELD->NOTE := iif( i % 2 == 0, "memo " + hb_ntos( i ), "" )
      FIELD->CNT := i * 1000 - 6000
      FIELD->STAMP := hb_SToT( "20240101120000" ) + i / 7
      FIELD->RATE := i / 8
   NEXT
   GO 5
   DELETE

   COPY TO t_sdf SDF
   COPY TO t_del DELIMITED
   COPY TO t_del2 DELIMITED WITH ( { "'", "|" } )
   COPY TO t_blk DELIMITED WITH BLANK
   COPY TO t_pipe DELIMITED WITH PIPE
   COPY TO t_tab DELIMITED WITH TAB
   COPY TO t_fld SDF FIELDS NAME, QTY, DAY FOR QTY > 1
   GO 3
   COPY TO t_next DELIMITED NEXT 4 FIELDS CITY, AMOUNT
   GO 2
   COPY TO t_while DELIMITED WHILE AMOUNT < 150 FIELDS NAME, AMOUNT
   GO 9
   COPY TO t_rest SDF REST FIELDS NAME, OK
   FOR EACH i IN { "t_sdf", "t_del", "t_del2", "t_blk", "t_pipe", "t_tab", "t_fld", "t_next", "t_while", "t_rest" }
      ? "--", i
      ?? hb_StrToHex( Right( hb_MemoRead( i + ".txt" ), 3 ) )
      ? StrTran( hb_MemoRead( i + ".txt" ), Chr( 13 ) + Chr( 10 ), "|" + Chr( 10 ) )
   NEXT

   COPY TO t_dbf FOR OK FIELDS NAME, AMOUNT, NOTE, DAY
   SET DELETED ON
   COPY TO t_vis
   SET DELETED OFF
   USE t_dbf
   ? "t_dbf", LastRec(), FCount(), hb_ValToExp( dbStruct() )
   Dump()
   USE t_vis
   ? "t_vis", LastRec()
   USE

   // reading text files back
   dbCreate( "back", { { "NAME", "C", 6, 0 }, { "CITY", "C", 10, 0 }, { "AMOUNT", "N", 8, 1 }, ;
      { "QTY", "N", 2, 0 }, { "DAY", "D", 8, 0 }, { "OK", "L", 1, 0 } } )
   USE back EXCLUSIVE
   APPEND FROM t_sdf SDF
   ? "from sdf", LastRec()
   Dump()
   ZAP
   APPEND FROM t_del DELIMITED FOR QTY > 0
   ? "from delimited", LastRec()
   Dump()
   ZAP
   APPEND FROM t_del2 DELIMITED WITH ( { "'", "|" } )
   APPEND FROM t_tab DELIMITED WITH TAB FIELDS NAME, QTY
   APPEND FROM t_blk DELIMITED WITH BLANK
   ? "from others", LastRec()
   Dump()
   ZAP
   APPEND FROM src FOR ! Deleted() .AND. AMOUNT > 0
   ? "from dbf", LastRec()
   Dump()
   USE

   // SORT and TOTAL
   USE src
   SORT TO t_sort ON CITY, AMOUNT /D
   SORT TO t_sort2 ON NAME /C, DAY /DC FOR QTY != 2
   USE t_sort
   ? "sorted"
   Dump()
   USE t_sort2
   ? "sorted 2"
   Dump()
   USE t_sort
   TOTAL ON CITY TO t_total FIELDS AMOUNT, QTY
   USE t_total
   ? "total"
   Dump()

   // JOIN and UPDATE
   dbCreate( "cities", { { "CITY", "C", 8, 0 }, { "LAND", "C", 10, 0 }, { "SUM", "N", 10, 2 } } )
   USE cities NEW EXCLUSIVE
   FOR EACH a IN { { "Lima", "Peru" }, { "Oslo", "Norway" }, { "Rome", "Italy" }, { "Bern", "Swiss" } }
      APPEND BLANK
      FIELD->CITY := a[ 1 ]
      FIELD->LAND := a[ 2 ]
   NEXT
   USE src NEW
   SELECT cities
   JOIN WITH src TO t_join FOR CITY == src->CITY .AND. src->QTY > 1 FIELDS CITY, LAND, src->NAME, src->AMOUNT
   USE t_join NEW
   ? "join"
   Dump()
   USE
   SELECT src
   INDEX ON CITY TO src_city
   SELECT cities
   INDEX ON CITY TO cit_city
   UPDATE FROM src ON CITY REPLACE SUM WITH SUM + src->AMOUNT
   ? "update"
   Dump()
   CLOSE ALL

   // structures
   USE src
   COPY STRUCTURE TO t_struct FIELDS NAME, DAY, NOTE
   COPY STRUCTURE EXTENDED TO t_ext
   USE t_struct
   ? "struct", LastRec(), hb_ValToExp( dbStruct() )
   USE t_ext
   ? "extended", LastRec(), hb_ValToExp( dbStruct() )
   Dump()
   USE
   CREATE t_new FROM t_ext
   ? "created", Alias(), LastRec(), hb_ValToExp( dbStruct() )
   USE
   USE src
   LIST NAME, AMOUNT, Deleted() FOR QTY > 2
   LIST OFF NAME, DAY NEXT 3
   GO TOP
   DISPLAY NAME, CITY
   CLOSE
   RETURN

STATIC PROCEDURE Dump()
   LOCAL i, c
   GO TOP
   DO WHILE ! Eof()
      c := Str( RecNo(), 3 ) + iif( Deleted(), "*", " " )
      FOR i := 1 TO FCount()
         c += " " + hb_ValToExp( FieldGet( i ) )
      NEXT
      ? c
      SKIP
   ENDDO
   RETURN
