// A method changed or removed at run time (__objModMethod, __objDelMethod,
// __clsModMsg, __objModInline) takes effect at send sites that have already
// called it.
#include "hbclass.ch"
PROCEDURE Main()
   LOCAL o := TFoo():New(), i, e
   FOR i := 1 TO 2
      ? o:Hello(), o:Area()
      IF i == 1
         __objModMethod( o, "Hello", @Bye() )
         __objModInline( o, "Area", {| Self | ::n * 10 } )
      ENDIF
   NEXT
   __clsModMsg( o:classH, "Hello", @Again() )
   ? o:Hello()
   __objDelMethod( o, "Hello" )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? o:Hello()
   RECOVER USING e
      ? e:subSystem, e:subCode, e:description, e:operation
   END SEQUENCE
   ? __objHasMethod( o, "Hello" ), o:Area()
   RETURN
CREATE CLASS TFoo
   VAR n INIT 3
   METHOD Hello()
   METHOD Area() INLINE ::n * 2
ENDCLASS
METHOD Hello() CLASS TFoo
   RETURN "hello " + hb_ntos( ::n )
STATIC FUNCTION Bye()
   LOCAL Self := QSelf()
   RETURN "bye " + hb_ntos( ::n )
STATIC FUNCTION Again()
   LOCAL Self := QSelf()
   RETURN "again " + hb_ntos( ::n )
