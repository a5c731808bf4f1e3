// READ navigation: WHEN .F., VALID refusing, Ctrl+Home, PgDn, Esc with SET ESCAPE,
// insert mode, READ SAVE, ReadExit(), CLEAR GETS, SET CONFIRM, ReadKill() from a VALID
#include "inkey.ch"
PROCEDURE Main()
   LOCAL a := "aaaa", b := "bbbb", c := "cccc", d := 5
   CLS
   @ 1, 1 GET a
   @ 2, 1 GET b WHEN .F.
   @ 3, 1 GET c VALID ( c != "zzzz" )
   @ 4, 1 GET d PICTURE "99" COLOR "W+/B,GR+/R"
   ? GetList[ 4 ]:colorSpec, Len( GetList )
   KEYBOARD "1" + Chr( K_DOWN ) + "2" + Chr( K_UP ) + "3" + Chr( K_CTRL_HOME ) + Chr( K_END ) + "4" + Chr( K_PGDN )
   READ
   ? a, b, c, d, Updated(), Len( GetList ), LastKey()
   a := "aaaa"
   @ 1, 1 GET a
   @ 3, 1 GET c
   SET ESCAPE ON
   KEYBOARD "xy" + Chr( K_ESC )
   READ
   ? a, c, Updated(), LastKey()
   @ 1, 1 GET a
   @ 3, 1 GET c
   ReadInsert( .T. )
   KEYBOARD "12" + Chr( K_INS ) + "3" + Chr( K_ENTER ) + "zzzz" + Chr( K_ENTER ) + "q"
   READ SAVE
   ? a, c, Updated(), Len( GetList ), Set( _SET_INSERT )
   ReadExit( .T. )
   KEYBOARD Chr( K_UP )
   READ
   ? a, c, Updated(), LastKey()
   CLEAR GETS
   ? Len( GetList )
   SET CONFIRM ON
   d := 0
   @ 4, 1 GET d PICTURE "99"
   KEYBOARD "123" + Chr( K_ENTER )
   READ
   ? d, LastKey()
   SET CONFIRM OFF
   d := 0
   @ 4, 1 GET d PICTURE "99"
   KEYBOARD "123" + Chr( K_ENTER )
   READ
   ? d, LastKey(), NextKey()
   Inkey()
   ? ReadModal( {} ), Row(), Col()
   @ 5, 5 GET a VALID KillIt()
   @ 6, 5 GET c
   KEYBOARD "k" + Chr( K_ENTER ) + "m" + Chr( K_ENTER )
   READ
   ? a, c, ReadKill()
RETURN

FUNCTION KillIt()
   ReadKill( .T. )
RETURN .F.
