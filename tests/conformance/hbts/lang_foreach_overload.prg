#include "hbclass.ch"
PROCEDURE Main()
   LOCAL e, o, a, h, n
   ? "start false"
   FOR EACH e IN Never():New()
      ? "never", e
   NEXT
   ? "exit"
   o := Count():New( 5 )
   FOR EACH e IN o
      ? e:__enumIndex(), e, e:__enumIsFirst(), e:__enumIsLast()
      IF e:__enumIndex() == 3
         EXIT
      ENDIF
   NEXT
   ? "return"
   Ret( o )
   ? "descend"
   FOR EACH e IN o DESCEND
      ?? "", e
   NEXT
   ? "break"
   BEGIN SEQUENCE
      FOR EACH e IN o
         ?? "", e
         IF e == 2
            Break( nil )
         ENDIF
      NEXT
   END SEQUENCE
   ? "swap base"
   a := { 1, 2, 3, 4 }
   FOR EACH e IN a
      ?? "", e, e:__enumIndex()
      IF e:__enumIndex() == 2
         ? e:__enumBase( { "x", "y", "z", "w", "v" } )
      ENDIF
   NEXT
   ? hb_ValToExp( a )
   ? "index set"
   a := { 10, 20, 30, 40, 50 }
   FOR EACH e IN a
      ?? "", e
      IF e:__enumIndex() == 1
         ?? "", e:__enumIndex( 3 )
      ENDIF
   NEXT
   ? "value set"
   FOR EACH e IN a
      ?? "", e:__enumValue( e * 2 ), e
   NEXT
   ? hb_ValToExp( a )
   h := { "a" => 1, "b" => 2 }
   FOR EACH e IN h
      ?? "", e:__enumKey(), e
   NEXT
   ? "two"
   FOR EACH e, n IN { 1, 2, 3 }, "abcd"
      ?? "", e, n, n:__enumIndex()
   NEXT
   ? "nested ref"
   FOR EACH e IN { 5, 6 }
      Show( @e )
   NEXT
   ? "plain object"
   FOR EACH e IN Plain():New()
      ?? "", e, e:__enumIsFirst(), e:__enumIsLast()
   NEXT
   ? "done", e
   RETURN

STATIC PROCEDURE Ret( o )
   LOCAL e
   FOR EACH e IN o
      ?? "", e
      IF e == 2
         RETURN
      ENDIF
   NEXT
   RETURN

STATIC PROCEDURE Show( x )
   ?? "", (@x):__enumIndex(), (@x):__enumIsLast(), (@x):__enumKey(), (@x):__enumBase()[ 1 ]
   RETURN

CREATE CLASS Never
   METHOD __enumStart( enum, lDescend )
   METHOD __enumStop()
END CLASS
METHOD __enumStart( enum, lDescend ) CLASS Never
   ?? " start", lDescend
   RETURN .F.
METHOD __enumStop() CLASS Never
   ?? " stop"
   RETURN NIL

CREATE CLASS Count
   VAR nMax
   VAR nCur
   METHOD New( n ) INLINE ::nMax := n, Self
   METHOD __enumStart( enum, lDescend )
   METHOD __enumSkip( enum, lDescend )
   METHOD __enumStop()
END CLASS
METHOD __enumStart( enum, lDescend ) CLASS Count
   ::nCur := iif( lDescend, ::nMax, 1 )
   (@enum):__enumValue( ::nCur )
   RETURN .T.
METHOD __enumSkip( enum, lDescend ) CLASS Count
   ::nCur += iif( lDescend, -1, 1 )
   IF ::nCur < 1 .OR. ::nCur > ::nMax
      RETURN .F.
   ENDIF
   enum := ::nCur
   RETURN .T.
METHOD __enumStop() CLASS Count
   ?? " [stop]"
   RETURN NIL

CREATE CLASS Plain
   VAR a INIT 1
   VAR b INIT "two"
   METHOD __enumIsFirst() INLINE "first?"
END CLASS
