// Destructors in a thread: its locals go when its function returns
#include "hbclass.ch"

PROCEDURE Main()
   LOCAL t, o := Obj():New( "passed" )
   t := hb_threadStart( @Worker(), o )
   o := NIL
   hb_threadJoin( t )
   ? "joined"
   RETURN

STATIC PROCEDURE Worker( p )
   LOCAL x := Obj():New( "thread local" )
   ? "in thread", p:cName
   x := NIL
   ? "thread ends"
   RETURN

CREATE CLASS Obj
   VAR cName
   METHOD New( c )
   DESTRUCTOR Done()
ENDCLASS

METHOD New( c ) CLASS Obj
   ::cName := c
   RETURN Self

METHOD PROCEDURE Done() CLASS Obj
   ? "destructor", ::cName
   RETURN
