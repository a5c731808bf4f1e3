// READ of @ ... SAY ... GET with PICTURE, VALID, WHEN, RANGE; array, memvar and hash
// element Gets; ReadVar(), GetActive(), Updated(), ReadKey() after KEYBOARD input
#include "inkey.ch"
MEMVAR mVar
PROCEDURE Main()
   LOCAL cName := "John      ", nAge := 30, dBirth := hb_SToD( "19900101" ), lOk := .F.
   LOCAL aArr := { "aa", { 1, 2 } }, hH := { "k" => "vv" }
   LOCAL GetList := {}
   PRIVATE mVar := "mem"
   SET KEY K_F2 TO ShowVar
   @ 1, 1 SAY "Name:" GET cName PICTURE "@!" VALID Val1( cName )
   @ 2, 1 SAY "Age :" GET nAge PICTURE "999" WHEN Wh1() RANGE 1, 120
   @ 3, 1 SAY "Born:" GET dBirth
   @ 4, 1 SAY "Ok  :" GET lOk PICTURE "Y"
   @ 5, 1 GET aArr[ 1 ]
   @ 6, 1 GET aArr[ 2, 2 ] PICTURE "99"
   @ 7, 1 GET mVar
   @ 8, 1 GET hH[ "k" ]
   ? Len( GetList ), GetList[ 5 ]:name, hb_ValToExp( GetList[ 6 ]:subScript ), GetList[ 7 ]:name, ReadVar()
   hb_keyPut( { "bob", K_F2, K_ENTER, "200", K_ENTER, "45", K_F2, K_ENTER, ;
      "122585", "y", "zz", K_ENTER, "7", K_ENTER, "xyz", K_ENTER, "Q", K_ENTER } )
   ? "read:", ReadModal( GetList )
   ? cName, nAge, dBirth, lOk, aArr[ 1 ], aArr[ 2, 2 ], mVar, hH[ "k" ], Updated(), LastKey(), ReadKey()
   ? Row(), Col()
RETURN

FUNCTION Val1( c )
   ? "valid", c, ReadVar(), GetActive():name, GetActive():buffer
RETURN ! Empty( c )

FUNCTION Wh1()
   ? "when", ReadVar(), Updated()
RETURN .T.

PROCEDURE ShowVar( cProc, nLine, cVar )
   ? "key:", cProc, nLine, cVar, GetActive():buffer, GetActive():varGet()
RETURN
