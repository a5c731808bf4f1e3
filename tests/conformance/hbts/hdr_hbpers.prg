/* hbpers.ch: an object text compiled as code inside a method */

#include "hbclass.ch"
#include "hbpers.ch"

CREATE CLASS Shape
   VAR cName INIT "none"
   VAR aPoints
   VAR nSides INIT 0
   METHOD Fill()
   METHOD Show()
ENDCLASS

METHOD Fill() CLASS Shape

   LOCAL oOuter

   OBJECT Self AS Shape
      ::cName := "square"
      ARRAY ::aPoints LEN 4
         ::aPoints[ 1 ] := 10
         ::aPoints[ 4 ] := 40
      ENDARRAY
      oOuter := Self
      OBJECT ::oInner AS Shape
         ? "inner is new:", !( Self == oOuter ), ::cName
         ::nSides := 3
         ? "inner sides", ::nSides
      ENDOBJECT
      ? "back to outer:", Self == oOuter
      ::nSides := 4
   ENDOBJECT

   RETURN Self

METHOD Show() CLASS Shape

   ? ::cName, ::nSides, Len( ::aPoints ), ::aPoints[ 1 ], ::aPoints[ 2 ], ::aPoints[ 4 ]

   RETURN Self

PROCEDURE Main()

   LOCAL o := Shape():New()

   o:Fill():Show()
   /* the stack starts again after the outermost ENDOBJECT */
   ? ValType( hb_SetObject( "first", {|| "second" } ) )
   ? hb_SetObject( "x", {|| "made" } )
   ? hb_EndObject(), hb_EndObject()

   RETURN
