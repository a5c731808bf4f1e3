// Destructors at QUIT: locals of every active function (innermost first),
// PRIVATEs, EXIT procedures, cyclic garbage, PUBLICs; not STATICs
#include "hbclass.ch"

STATIC s_o
MEMVAR pPub

PROCEDURE Main()
   LOCAL o := Obj():New( "main local" )
   PUBLIC pPub := Obj():New( "public" )
   PRIVATE pPriv := Obj():New( "private" )
   s_o := Obj():New( "static" )
   Inner()
   ? "not reached"
   RETURN

STATIC PROCEDURE Inner()
   LOCAL x := Obj():New( "inner local" ), a := {}
   AAdd( a, a )
   AAdd( a, Obj():New( "in cycle" ) )
   a := NIL
   ? "quitting"
   QUIT
   RETURN

EXIT PROCEDURE Bye()
   ? "exit procedure"
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
