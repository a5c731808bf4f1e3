/* A compound NTX file open in two SHARED work areas: keys one area adds
   and changes are seen in the other (the compound header's update counter
   tells it to re-read), a tag added and one destroyed through one area. */

REQUEST DBFNTX
PROCEDURE Main()
   LOCAL i
   rddSetDefault( "DBFNTX" )
   dbCreate( "t4", { { "A", "C", 6, 0 }, { "B", "N", 6, 0 } } )
   USE t4 SHARED ALIAS x1
   FOR i := 1 TO 30
      APPEND BLANK
      REPLACE A WITH Str( i * 7 % 31, 6 ), B WITH i
   NEXT
   INDEX ON A TAG ka TO sb
   INDEX ON B TAG kb TO sb
   CLOSE
   USE t4 SHARED ALIAS x1
   SET INDEX TO sb
   USE t4 SHARED ALIAS x2 NEW
   SET INDEX TO sb
   ? ordCount()
   FOR i := 1 TO 300
      APPEND BLANK
      REPLACE A WITH Str( i * 13 % 97, 6 ), B WITH -i
      dbUnlock()
   NEXT
   SELECT x1
   ordSetFocus( "kb" )
   GO TOP
   ? RecNo(), B, ordKeyCount()
   ? dbSeek( -150 ), RecNo()
   ordSetFocus( "ka" )
   ? dbSeek( "    50" ), RecNo(), ordKeyCount()
   FOR i := 1 TO 100
      GO i
      IF dbRLock()
         REPLACE B WITH B + 1000
         dbUnlock()
      ENDIF
   NEXT
   SELECT x2
   ordSetFocus( "kb" )
   GO BOTTOM
   ? RecNo(), B, ordKeyCount()
   ? Orders()
   INDEX ON A + Str( B ) TAG kc TO sb
   ? ordCount(), Orders()
   SELECT x1
   ? ordCount(), Orders()
   ordDestroy( "ka" )
   ? ordCount(), Orders()
   RETURN
STATIC FUNCTION Orders()
   LOCAL c := "", i
   FOR i := 1 TO 2
      ordSetFocus( i )
      GO TOP
      DO WHILE ! Eof()
         c += Str( RecNo() )
         SKIP
      ENDDO
   NEXT
   RETURN hb_md5( c )
