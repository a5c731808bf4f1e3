// Classes: scopes and their errors, multiple inheritance and casts,
// class variables (per class and SHARED), operators, ON ERROR, typed
// variables, HBClass used directly, introspection.

#include "hbclass.ch"

CREATE CLASS Base
   VAR cName INIT "base"
   VAR nHid INIT 1 HIDDEN
   VAR nProt INIT 2 PROTECTED
   VAR nRO INIT 3 READONLY
   VAR nTyped AS NUMERIC
   CLASSVAR nCount INIT 0
   CLASSVAR cShared INIT "s" SHARED
   METHOD New( c ) CONSTRUCTOR
   METHOD Who()
   METHOD Hid() HIDDEN
   METHOD Prot() PROTECTED
   METHOD CallHid() INLINE ::Hid() + "/" + ::Prot()
   METHOD Sum() INLINE ::nHid + ::nProt + ::nRO
ENDCLASS

METHOD New( c ) CLASS Base
   IF c != NIL
      ::cName := c
   ENDIF
   ::nCount++
   RETURN Self

METHOD Who() CLASS Base
   RETURN "Base:" + ::cName + " in " + ProcName()

METHOD Hid() CLASS Base
   RETURN "hid"

METHOD Prot() CLASS Base
   RETURN "prot"

CREATE CLASS Mixin
   VAR cMix INIT "mix"
   METHOD Who()
   METHOD Mix() INLINE "Mixin:" + ::cMix
ENDCLASS

METHOD Who() CLASS Mixin
   RETURN "Mixin:" + ::cMix

CREATE CLASS Child INHERIT Base, Mixin
   VAR nOwn INIT 10
   METHOD Who()
   METHOD UseProt() INLINE ::nProt * 100 + Len( ::Prot() )
   METHOD TryHid()
ENDCLASS

METHOD Who() CLASS Child
   RETURN "Child>" + ::Super:Who() + "|" + ::Mixin:Who()

METHOD TryHid() CLASS Child
   RETURN ::nHid

CREATE CLASS Vec
   VAR x INIT 0
   VAR y INIT 0
   METHOD New( x, y )
   OPERATOR "+" ARG o INLINE Vec():New( ::x + o:x, ::y + o:y )
   OPERATOR "-" ARG o INLINE Vec():New( ::x - o:x, ::y - o:y )
   OPERATOR "*" ARG n INLINE Vec():New( ::x * n, ::y * n )
   OPERATOR "==" ARG o INLINE ::x == o:x .AND. ::y == o:y
   OPERATOR "<" ARG o INLINE ::x * ::x + ::y * ::y < o:x * o:x + o:y * o:y
   OPERATOR "!" INLINE Vec():New( -::x, -::y )
   OPERATOR "[]" ARG n INLINE iif( n == 1, ::x, ::y )
   METHOD Show() INLINE "(" + LTrim( Str( ::x ) ) + "," + LTrim( Str( ::y ) ) + ")"
ENDCLASS

METHOD New( x, y ) CLASS Vec
   ::x := x
   ::y := y
   RETURN Self

CREATE CLASS Catcher
   VAR aLog INIT {}
   ON ERROR Caught
   METHOD Caught
ENDCLASS

METHOD Caught( ... ) CLASS Catcher
   AAdd( ::aLog, __GetMessage() + ":" + LTrim( Str( PCount() ) ) )
   RETURN "caught " + __GetMessage()

PROCEDURE Main()

   LOCAL o, c, v1, v2, oCat, oDyn, e

   o := Base():New( "b1" )
   c := Child():New( "c1" )
   ? o:Who()
   ? c:Who()
   ? c:Mix(), c:cMix, c:nOwn
   ? o:CallHid(), o:Sum(), c:UseProt()
   ? "count", o:nCount, c:nCount, Base():New():nCount, c:Base:nCount
   c:cShared := "changed"
   ? "shared", o:cShared, c:cShared
   ? "typed", o:nTyped
   ? "classname", c:ClassName(), c:Super:ClassName(), c:Mixin:ClassName(), c:Base:ClassName()
   ? "kind", c:IsKindOf( "BASE" ), c:IsKindOf( "MIXIN" ), o:IsKindOf( "CHILD" ), c:IsDerivedFrom( o )
   ? "hasdata", __objHasData( c, "NOWN" ), __objHasData( c, "WHO" ), __objHasMethod( c, "WHO" )
   ? "clsname", __objGetClsName( c ), __objGetClsName( o )

   FOR EACH e IN { {|| o:nHid }, {|| o:nProt }, {|| o:nRO := 9 }, {|| o:nTyped := "x" }, ;
                   {|| o:Hid() }, {|| o:Prot() }, {|| c:TryHid() }, {|| o:Nothing() }, ;
                   {|| o:Nothing := 1 }, {|| c:nHid := 5 } }
      BEGIN SEQUENCE WITH {| x | Break( x ) }
         ? "ok", Eval( e )
      RECOVER USING e
         ? "err", e:genCode, e:subCode, e:description, e:operation, e:canSubstitute
      END SEQUENCE
   NEXT
   ? "ro", o:nRO

   v1 := Vec():New( 1, 2 )
   v2 := Vec():New( 3, 4 )
   ? "vec", ( v1 + v2 ):Show(), ( v2 - v1 ):Show(), ( v1 * 3 ):Show(), ( ! v1 ):Show()
   ? "cmp", v1 == v2, v1 == Vec():New( 1, 2 ), v1 < v2, v2 < v1
   ? "idx", v2[ 1 ], v2[ 2 ]

   oCat := Catcher():New()
   ? oCat:Anything( 1, 2 ), oCat:Other
   ? oCat:aLog[ 1 ], oCat:aLog[ 2 ], Len( oCat:aLog )

   oDyn := HBClass():New( "DYNAMIC" )
   oDyn:AddData( "cValue", "dyn" )
   oDyn:AddInline( "Get", {| Self | ::cValue + "!" } )
   oDyn:Create()
   o := oDyn:Instance()
   ? "dynamic", o:ClassName(), o:cValue, o:Get(), __objHasMsg( o, "NEW" )

   RETURN
