// Destructors: when Harbour runs them as references go
#include "hbclass.ch"

STATIC s_oKeep
MEMVAR pPub

PROCEDURE Main()
   LOCAL o, a, h, x

   ? "-- assignment"
   o := Obj():New( "assign" )
   ? "before"
   o := NIL
   ? "after"

   ? "-- overwrite"
   o := Obj():New( "first" )
   o := Obj():New( "second" )
   ? "after overwrite"

   ? "-- two references"
   x := o
   o := NIL
   ? "one left"
   x := NIL
   ? "none left"

   ? "-- locals at return (last declared first), not the returned value"
   x := Locals()
   ? "returned", x:cName
   x := NIL

   ? "-- parameters"
   ParamOf( Obj():New( "param" ) )
   ? "after param call"
   o := Obj():New( "kept by caller" )
   ParamOf( o )
   ? "still here", o:cName
   o := NIL

   ? "-- a result nobody takes"
   Obj():New( "ignored" )
   ? "next statement"
   ? Len( "abc" )
   Make( "made" )
   ? "after make"

   ? "-- temporary receiver"
   ? Obj():New( "temp" ):Name()
   ? "after temp"

   ? "-- a class with the inherited New()"
   o := Bare():New()
   ? "made", o:n
   o := NIL
   Bare():New()
   ? "unused"
   ? Bare():New():n

   ? "-- arrays"
   a := { Obj():New( "a1" ), Obj():New( "a2" ), { Obj():New( "nested" ) } }
   a[ 2 ] := NIL
   ? "a2 gone"
   a := NIL
   ? "array gone"
   a := {}
   AAdd( a, Obj():New( "added" ) )
   AAdd( a, Obj():New( "added2" ) )
   ASize( a, 1 )
   ? "shrunk"
   ADel( a, 1 )
   ? "deleted"
   a := NIL

   ? "-- hashes"
   h := { "k" => Obj():New( "hv" ) }
   h[ "k" ] := 1
   ? "value replaced"
   h[ "n" ] := Obj():New( "hnew" )
   h := NIL
   ? "hash gone"

   ? "-- objects inside objects"
   o := Obj():New( "outer" )
   o:oChild := Obj():New( "inner" )
   o := NIL
   ? "outer gone"

   ? "-- privates after locals"
   Privates()
   ? "after privates"

   ? "-- static and public"
   s_oKeep := Obj():New( "static" )
   PUBLIC pPub := Obj():New( "public" )
   o := Obj():New( "main local" )
   ? "end of main"
   RETURN

STATIC FUNCTION Locals()
   LOCAL l1 := Obj():New( "local 1" ), l2 := Obj():New( "local 2" ), r := Obj():New( "result" )
   ? "in locals"
   RETURN r

STATIC PROCEDURE ParamOf( p )
   ? "in param", p:cName
   RETURN

STATIC FUNCTION Make( c )
   RETURN Obj():New( c )

STATIC PROCEDURE Privates()
   LOCAL l := Obj():New( "plocal" )
   PRIVATE p := Obj():New( "private" )
   ? "in privates"
   RETURN

EXIT PROCEDURE Bye()
   ? "exit procedure"
   RETURN

CREATE CLASS Bare
   VAR n INIT 5
   DESTRUCTOR Done()
ENDCLASS

METHOD PROCEDURE Done() CLASS Bare
   ? "bare destructor"
   RETURN

CREATE CLASS Obj
   VAR cName
   VAR oChild
   METHOD New( c )
   METHOD Name()
   DESTRUCTOR Done()
ENDCLASS

METHOD New( c ) CLASS Obj
   ::cName := c
   RETURN Self

METHOD Name() CLASS Obj
   RETURN ::cName

METHOD PROCEDURE Done() CLASS Obj
   ? "destructor", ::cName
   RETURN
