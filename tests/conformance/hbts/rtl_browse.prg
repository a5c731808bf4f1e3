// Browse(): moving, editing a field through a Get, deleting and recalling,
// appending a record past the last one; the table as it is left.
#include "inkey.ch"

PROCEDURE Main()
   LOCAL i

   SetColor( "W/N,N/W" )
   CLS
   ? "unused", Browse()
   dbCreate( "_brw", { { "ID", "N", 4, 0 }, { "NAME", "C", 10, 0 }, { "OK", "L", 1, 0 } } )
   USE _brw
   KEYBOARD Chr( K_ESC )
   ? "empty", Browse( 2, 2, 12, 60 ), RecNo(), LastRec(), Eof()
   FOR i := 1 TO 8
      APPEND BLANK
      REPLACE id WITH i, name WITH "Name" + hb_ntos( i ), ok WITH i % 2 == 0
   NEXT
   GO TOP
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_ESC )
   ? "moves", Browse( 2, 2, 12, 60 ), RecNo()
   SetKey( K_F2, {| p, l, v | QOut( "setkey", p, v ) } )
   hb_keyPut( { K_F2, K_ESC, K_ESC } )
   ? "setkey", Browse( 2, 2, 12, 60 )
   SetKey( K_F2, NIL )
   GO TOP
   KEYBOARD Chr( K_RIGHT ) + Chr( K_ENTER ) + "Zed" + Chr( K_ENTER ) + Chr( K_ESC )
   ? "edit", Browse( 2, 2, 12, 60 ), RecNo(), name
   GO 3
   KEYBOARD "77" + Chr( K_ENTER ) + Chr( K_ESC )
   ? "typed", Browse( 2, 2, 12, 60 ), RecNo(), id
   GO 4
   KEYBOARD Chr( K_DEL ) + Chr( K_DOWN ) + Chr( K_DEL ) + Chr( K_DEL ) + Chr( K_ESC )
   ? "del", Browse( 2, 2, 12, 60 ), RecNo()
   FOR i := 1 TO LastRec()
      GO i
      ?? iif( Deleted(), "*", "." )
   NEXT
   GO BOTTOM
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER ) + "99" + Chr( K_ENTER ) + Chr( K_UP ) + Chr( K_ESC )
   ? "append", Browse( 2, 2, 12, 60 ), RecNo(), LastRec(), id
   GO TOP
   KEYBOARD Chr( K_CTRL_PGDN ) + Chr( K_PGUP ) + Chr( K_END ) + Chr( K_ENTER ) + "T" + Chr( K_ESC )
   ? "end", Browse(), RecNo(), ok
   INDEX ON name TO _brw
   GO TOP
   KEYBOARD Chr( K_RIGHT ) + Chr( K_ENTER ) + "AAA" + Chr( K_ENTER ) + Chr( K_ESC )
   ? "reorder", Browse( 2, 2, 12, 60 ), RecNo(), name
   ? "screen", Len( SaveScreen( 2, 2, 12, 60 ) ), Row() > 0
   FOR i := 1 TO LastRec()
      GO i
      ? id, name, ok, Deleted()
   NEXT
   CLOSE
   FErase( "_brw.dbf" )
   FErase( "_brw.ntx" )
   RETURN
