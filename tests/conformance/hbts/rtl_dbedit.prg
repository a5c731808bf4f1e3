// DbEdit(): argument forms, the user function's states and answers,
// navigation, empty and filtered tables, the record it leaves the table on.
#include "dbedit.ch"
#include "inkey.ch"

STATIC s_aLog := {}
STATIC s_aKeys := {}

PROCEDURE Main()
   LOCAL i

   SetColor( "W/N,N/W" )
   CLS
   ? "unused", dbEdit()
   dbCreate( "_dbed", { { "ID", "N", 4, 0 }, { "NAME", "C", 10, 0 }, { "AMT", "N", 8, 2 }, ;
      { "OK", "L", 1, 0 }, { "NOTE", "M", 10, 0 } } )
   USE _dbed
   ? "empty, no user function", dbEdit( 1, 1, 6, 40 ), RecNo(), Eof()
   KEYBOARD Chr( K_ESC )
   ? "empty", dbEdit( 1, 1, 6, 40, , {| m, c | LogIt( m, c ) } )
   ShowLog()
   FOR i := 1 TO 15
      APPEND BLANK
      REPLACE id WITH i, name WITH "Name" + hb_ntos( i ), amt WITH i * 1.5, ok WITH i % 2 == 0, note WITH "n" + hb_ntos( i )
   NEXT
   GO TOP
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_PGDN )
   ? "keys", dbEdit( 2, 5, 8, 60 ), RecNo()
   GO 14
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_UP ) + "a" + Chr( K_CTRL_PGUP ) + Chr( K_UP ) + "b" + Chr( K_ESC )
   ? "modes", dbEdit( 1, 0, 7, 70, , {| m, c | LogIt( m, c ) } ), RecNo()
   ShowLog()
   GO TOP
   KEYBOARD Chr( K_RIGHT ) + Chr( K_RIGHT ) + "x" + Chr( K_END ) + "y" + Chr( K_HOME ) + Chr( K_ESC )
   ? "columns", dbEdit( 0, 0, 9, 79, { "ID", "_dbed->NAME", "AMT*2", "NOTE", "", "OK" }, "UF", ;
      { "9999", , "@Z 999.99" }, { "Ident", 5 }, "=", { " | ", " : " }, { "-", "~" }, { "f1", "f2", "f3" } ), RecNo()
   ShowLog()
   GO 3
   KEYBOARD "r" + Chr( K_DOWN ) + "g" + Chr( K_ESC )
   ? "refresh", dbEdit( 10, 2, 16, 50, { "ID", "NAME" }, {| m, c | Answer( m, c ) } ), RecNo()
   ShowLog()
   SET DELETED ON
   GO 5
   DELETE
   GO 4
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_ESC )
   ? "deleted", dbEdit( 10, 2, 16, 50, { "ID", "NAME" }, {| m, c | LogIt( m, c ) } ), RecNo()
   ShowLog()
   SET FILTER TO id > 10
   GO TOP
   KEYBOARD Chr( K_CTRL_PGDN ) + Chr( K_DOWN ) + Chr( K_ESC )
   ? "filter", dbEdit( 10, 2, 16, 50, { "ID", "NAME" }, {| m, c | LogIt( m, c ) } ), RecNo()
   ShowLog()
   SET FILTER TO
   SET DELETED OFF
   SetKey( K_F2, {| p, l, v | AAdd( s_aLog, "setkey " + p + " " + v ) } )
   GO TOP
   KEYBOARD Chr( K_F2 ) + Chr( K_ESC )
   ? "setkey", dbEdit( 10, 2, 16, 50, { "ID" }, "UF" ), RecNo()
   ShowLog()
   SetKey( K_F2, NIL )
   ? "no columns", dbEdit( 1, 1, 5, 20, {} ), dbEdit( 1, 1, 5, 20, { "" } )
   GO TOP
   KEYBOARD "n" + Chr( K_ESC )
   ? "nil answer", dbEdit( 10, 2, 16, 50, { "ID" }, {| m, c | iif( LastKey() == Asc( "n" ), ( LogIt( m, c ), NIL ), LogIt( m, c ) ) } ), RecNo()
   ShowLog()
   GO BOTTOM
   KEYBOARD "p" + Chr( K_DOWN ) + Chr( K_ESC )
   ? "append", dbEdit( 10, 2, 16, 50, { "ID", "NAME" }, {| m, c | Appender( m, c ) } ), RecNo(), LastRec(), Eof()
   ShowLog()
   // keys fed one at a time from the user function: the idle states
   s_aKeys := { K_UP, K_DOWN, K_CTRL_PGDN, K_DOWN, K_PGDN, K_CTRL_PGUP, K_PGUP, K_ENTER }
   GO 2
   ? "idle", dbEdit( 10, 2, 14, 50, { "ID", "NAME" }, "FEEDER" ), RecNo()
   ShowLog()
   ZAP
   s_aKeys := { K_DOWN, K_UP, K_ESC }
   ? "empty idle", dbEdit( 10, 2, 14, 50, { "ID", "NAME" }, "FEEDER" ), RecNo()
   ShowLog()
   CLOSE
   FErase( "_dbed.dbf" )
   FErase( "_dbed.dbt" )
   RETURN

FUNCTION UF( nMode, nCol )
   LogIt( nMode, nCol )
   AAdd( s_aLog, ProcName( 1 ) + " " + ProcName( 2 ) )
   RETURN iif( LastKey() == K_ESC, DE_ABORT, DE_CONT )

STATIC FUNCTION LogIt( nMode, nCol )
   AAdd( s_aLog, hb_ntos( nMode ) + "/" + hb_ntos( nCol ) + " rec " + hb_ntos( RecNo() ) + " key " + hb_ntos( LastKey() ) )
   RETURN iif( nMode == DE_EXCEPT .AND. LastKey() == K_ESC, DE_ABORT, DE_CONT )

STATIC FUNCTION Answer( nMode, nCol )
   LogIt( nMode, nCol )
   DO CASE
   CASE nMode == DE_EXCEPT .AND. LastKey() == Asc( "r" )
      GO 9
      RETURN DE_REFRESH
   CASE nMode == DE_EXCEPT .AND. LastKey() == Asc( "g" )
      GO 2
      RETURN DE_CONT
   CASE nMode == DE_EXCEPT .AND. LastKey() == K_ESC
      RETURN DE_ABORT
   ENDCASE
   RETURN DE_CONT

STATIC FUNCTION Appender( nMode, nCol )
   LogIt( nMode, nCol )
   IF nMode == DE_EXCEPT .AND. LastKey() == Asc( "p" )
      RETURN 3
   ENDIF
   RETURN iif( nMode == DE_EXCEPT .AND. LastKey() == K_ESC, DE_ABORT, DE_CONT )

FUNCTION Feeder( nMode, nCol )
   LogIt( nMode, nCol )
   IF nMode == DE_EXCEPT
      RETURN iif( LastKey() == K_ENTER .OR. LastKey() == K_ESC, DE_ABORT, DE_CONT )
   ENDIF
   IF Len( s_aKeys ) > 0
      hb_keyPut( s_aKeys[ 1 ] )
      hb_ADel( s_aKeys, 1, .T. )
   ENDIF
   RETURN DE_CONT

STATIC PROCEDURE ShowLog()
   LOCAL c
   FOR EACH c IN s_aLog
      ? "  " + c
   NEXT
   s_aLog := {}
   RETURN
