// Destructors: cycles wait for hb_gcAll(); a destructor that keeps its
// object (BASE/1301, 1302); a destructor that raises an error
#include "hbclass.ch"

MEMVAR pHolder

PROCEDURE Main()
   LOCAL o, a, b
   PRIVATE pHolder

   ? "-- a cycle waits for hb_gcAll()"
   o := Obj():New( "in cycle", 0 )
   a := { o, NIL }
   a[ 2 ] := a
   a := NIL
   o := NIL
   ? "dropped"
   hb_gcAll()
   ? "collected"

   ? "-- two objects referring to each other"
   a := Obj():New( "ring a", 0 )
   b := Obj():New( "ring b", 0 )
   a:oOther := b
   b:oOther := a
   a := b := NIL
   ? "dropped"
   hb_gcAll()
   ? "collected"

   ? "-- self kept in its own variable"
   o := Obj():New( "own var", 1 )
   o := NIL
   ? "after"

   ? "-- self kept in a class variable"
   o := Obj():New( "class var", 2 )
   ? Try( {|| o := NIL } )
   ? ValType( o )

   ? "-- self kept in a memvar"
   o := Obj():New( "memvar", 3 )
   ? Try( {|| o := NIL } )
   ? ValType( pHolder ), Len( pHolder )
   pHolder := NIL

   ? "-- the same through hb_gcAll()"
   o := Obj():New( "gc memvar", 3 )
   a := { o, NIL }
   a[ 2 ] := a
   a := o := NIL
   ? Try( {|| hb_gcAll() } )
   ? ValType( pHolder ), Len( pHolder )

   ? "-- a destructor that fails"
   o := Obj():New( "failing", 4 )
   ? Try( {|| o := NIL } )
   ? "after failure"
   ? "end"
   RETURN

STATIC FUNCTION Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      Eval( b )
   RECOVER USING e
      RETURN e:subSystem + "/" + hb_ntos( e:subCode ) + " " + e:description + " (" + e:operation + ")"
   END SEQUENCE
   RETURN "no error"

CREATE CLASS Obj
   VAR cName
   VAR nKind
   VAR oOther
   VAR oSelf
   CLASS VAR oKept
   METHOD New( c, n )
   DESTRUCTOR Done()
ENDCLASS

METHOD New( c, n ) CLASS Obj
   ::cName := c
   ::nKind := n
   RETURN Self

METHOD PROCEDURE Done() CLASS Obj
   ? "destructor", ::cName
   SWITCH ::nKind
   CASE 1
      ::oSelf := Self
      EXIT
   CASE 2
      ::oKept := Self
      EXIT
   CASE 3
      pHolder := Self
      EXIT
   CASE 4
      ? 1 + "x"
      EXIT
   ENDSWITCH
   RETURN
