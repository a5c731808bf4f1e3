// How classes come to exist: the first call of the class function builds
// the class (parents first), later calls return new instances; class
// handles, the call stack while a class is built, InitClass(), classes
// built by hand with HBClass, and a missing parent class
#include "hbclass.ch"

CREATE CLASS TBase
   VAR x INIT Stack( "base init" )
   METHOD InitClass
ENDCLASS

METHOD InitClass CLASS TBase
   Stack( "initclass" )
   RETURN Self

CREATE CLASS THelper
   VAR h INIT "h"
ENDCLASS

CREATE CLASS TChild FROM TBase
   VAR y INIT Stack( "child init" )
   VAR oHelp INIT THelper()
ENDCLASS

CREATE CLASS TOrphan FROM TNotAClass
   VAR z
ENDCLASS

PROCEDURE Main()
   LOCAL o1, o2, oCls, h

   ? "first"
   o1 := TChild()
   ? "after", __clsCntClasses()
   ? TBase():ClassH, THelper():ClassH, TChild():ClassH, HBObject():ClassH, HBClass():ClassH
   o2 := TChild()
   ? o1 == o2, o1:ClassH == o2:ClassH, o1:x, o1:oHelp:h, o1:oHelp == o2:oHelp
   o1:oHelp:h := "changed"
   ? o2:oHelp:h

   oCls := HBClass():New( "THand", { @TBase() } )
   oCls:AddData( "cData", "hand" )
   oCls:AddMethod( "Hello", @Hello() )
   oCls:AddInline( "Twice", {| Self, n | n * 2 } )
   oCls:AddClassData( "nCls", 7 )
   oCls:AddVirtual( "Later" )
   oCls:Create()
   h := oCls:hClass
   o1 := oCls:Instance()
   ? __className( h ), o1:ClassName(), o1:cData, o1:Hello(), o1:Twice( 21 ), o1:nCls, o1:Later(), o1:x
   ? oCls:cName, Len( oCls:aDatas ), Len( oCls:aMethods ), oCls:cSuper
   ? hb_ValToExp( __objGetMsgList( o1, .F. ) )

   ? "orphan"
   o1 := TOrphan()
   ? "not reached"
RETURN

STATIC FUNCTION Hello()
   RETURN "hello from " + QSelf():ClassName() + " " + ProcName()

FUNCTION Stack( c )
   LOCAL i := 1
   ?? c + ":"
   DO WHILE ! Empty( ProcName( i ) )
      ?? "", ProcName( i ) + "(" + hb_ntos( ProcLine( i ) ) + ")"
      i++
   ENDDO
   ?
   RETURN c

FUNCTION TNotAClass()
   RETURN "not an object"
