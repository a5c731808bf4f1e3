// Class-level forms: parents, class function options, InitClass, section
// labels, VO-style variables, delegation to parents, error handlers,
// friends, operators, implementation headers
#include "hbclass.ch"

CLASS TBase
   VAR cBase INIT "base"
   CLASSVAR nInits INIT 0
   METHOD Who INLINE "TBase:Who"
   METHOD Base2 INLINE "TBase:Base2"
   METHOD InitClass( p1, p2 )
ENDCLASS

METHOD InitClass( p1, p2 ) CLASS TBase
   ::nInits++
   ? "InitClass", ::ClassName(), hb_ValToExp( { p1, p2 } ), PCount(), ProcName(), ProcName( 1 )
   RETURN "ignored"

CLASS TOther
   VAR cOther INIT "other"
   METHOD Who INLINE "TOther:Who"
   METHOD OnlyOther INLINE "TOther:OnlyOther"
ENDCLASS

CLASS TMulti FROM TBase, TOther
   VAR cOther IN TOther
   VAR v2 IS cBase IN TBase
   VAR v3 IS cOther
   VAR oHelp
   VAR v4 IS cBase TO oHelp
   MESSAGE OnlyOther IN TOther
   MESSAGE OWho2 IS Who IN TOther
   METHOD Who
   METHOD Via
ENDCLASS

METHOD Who CLASS TMulti
   RETURN "TMulti:Who>" + ::Super:Who() + ">" + ::TOther:Who() + ">" + ::Super( TOther ):Who()

METHOD Via CLASS TMulti
   RETURN @:Who()

CREATE CLASS TSections STATIC FUNCTION MakeSections
   VAR a INIT "a"
HIDDEN:
   VAR h INIT "h"
   METHOD hm INLINE "hm"
PROTECTED:
   VAR p INIT "p"
   VAR p2 INIT "p2" EXPORTED
VISIBLE:
   VAR v INIT "v"
EXPORT:
   VAR e INIT "e"
EXPORTED:
   METHOD Peek INLINE ::h + ::p + ::hm()
ENDCLASS

CREATE CLASS TVO
   EXPORT ex1, ex2 INIT "ex"
   PROTECT pr1 AS NUMERIC
   HIDDEN hi1 ASSIGN "hi" READONLY
   METHOD Peek INLINE hb_ValToExp( { ::pr1, ::hi1 } )
END CLASS

CREATE CLASS TErr1
   VAR x INIT 1
   ON ERROR Handler( a1, a2 )
ENDCLASS

METHOD Handler( a1, a2 ) CLASS TErr1
   RETURN "TErr1 handled " + __GetMessage() + " " + hb_ValToExp( { a1, a2 } ) + " " + ProcName()

CREATE CLASS TErr2
   ERROR HANDLER Handler2
ENDCLASS

METHOD Handler2( ... ) CLASS TErr2
   RETURN "TErr2 handled " + __GetMessage() + " " + hb_ValToExp( hb_AParams() )

CREATE CLASS TErr3
   ON ERROR FUNCTION ErrFunc
ENDCLASS

STATIC FUNCTION ErrFunc( ... )
   RETURN "ErrFunc " + __GetMessage() + " " + QSelf():ClassName() + " " + ProcName()

CREATE CLASS TSecret
   VAR cHid INIT "secret" HIDDEN
   VAR cProt INIT "prot" PROTECTED
   FRIEND CLASS TFriend
   FRIEND FUNCTION PeekSecret, PeekSecret2
ENDCLASS

CREATE CLASS TFriend
   METHOD Peek( o ) INLINE o:cHid + o:cProt
ENDCLASS

CREATE CLASS TStranger
   METHOD Peek( o ) INLINE o:cHid
ENDCLASS

STATIC FUNCTION PeekSecret( o )
   RETURN o:cHid

STATIC FUNCTION PeekSecret2( o )
   RETURN o:cProt

CREATE CLASS TOps
   VAR n INIT 10
   OPERATOR "+" ARG x INLINE ::n + x
   OPERATOR "-" ARGS x LOCAL y INLINE y := ::n - x, y * 2
   OPERATOR "*" FUNCTION OpMul
   OPERATOR "!" INLINE -::n
   OPERATOR "==" ARG x INLINE ::n == x
   OPERATOR "$" ARG x INLINE hb_ntos( ::n ) $ x
   OPERATOR "[]" ARG i INLINE i * 100
   METHOD Neg OPERATOR "-"
ENDCLASS

STATIC FUNCTION OpMul( x )
   RETURN QSelf():n * x * 1000

METHOD Neg( x ) CLASS TOps
   RETURN "Neg " + hb_ValToExp( x )

CREATE CLASS TImpl
   METHOD a
   METHOD b( x )
   METHOD c
   METHOD d
   ACCESS e
   ASSIGN e
   METHOD f
   SYNC METHOD g
   DESTRUCTOR Gone
ENDCLASS

METHOD a
   RETURN "a " + ProcName()

METHOD b( x )
   RETURN "b " + hb_ValToExp( x ) + " " + ProcName()

METHOD PROCEDURE c
   ? "c", ProcName()
   RETURN

PROCEDURE d CLASS TImpl
   ? "d", ProcName()
   RETURN

ACCESS e CLASS TImpl
   RETURN "e"

ASSIGN e( v ) CLASS TImpl
   RETURN "e:=" + hb_ValToExp( v )

METHOD FUNCTION f
   RETURN "f " + ProcName()

METHOD g CLASS TImpl
   RETURN "g"

DESTRUCTOR Gone CLASS TImpl
   RETURN

CREATE CLASS TDtorFunc
   DESTRUCTOR FUNCTION DtorFunc
ENDCLASS

STATIC PROCEDURE DtorFunc()
   RETURN

CREATE CLASS TLocked
   VAR x INIT 1
ENDCLASS LOCK

PROCEDURE Main()
   LOCAL o, o2

   ? "--- parents"
   o := TMulti():New()
   o2 := TMulti()
   ? o:ClassName(), o:Who(), o:Via(), o:OnlyOther(), o:Base2(), o:nInits
   ? o:cOther, o:v2, o:v3
   o:cOther := "V1"
   o:v2 := "V2"
   ? o:cOther, o:cBase, o:v2, o:OnlyOther(), o:OWho2()
   o:oHelp := TBase():New()
   o:v4 := "V4"
   ? o:oHelp:cBase, o:v4
   ? hb_ValToExp( __objGetMsgList( o, .T. ) )
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   ? TBase():nInits, TBase():ClassH - TMulti():ClassH, TOther():ClassH - TMulti():ClassH
   ? "--- sections"
   o := MakeSections():New()
   ? o:ClassName(), o:a, o:v, o:e, o:p2, o:Peek()
   Try( {|| o:h } )
   Try( {|| o:hm } )
   Try( {|| o:p } )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_HIDDEN ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_PROTECTED ) )
   ? "--- vo"
   o := TVO():New()
   ? o:ex1, o:ex2, o:Peek()
   Try( {|| o:pr1 } )
   Try( {|| o:hi1 } )
   ? "--- errors"
   ? TErr1():New():Foo( 1, 2 )
   ? TErr1():New():x
   ? TErr1():New():_Bar( 3 )
   ? TErr2():New():Baz( 4, 5 )
   ? TErr3():New():Qux( 6 )
   ? "--- friends"
   o := TSecret():New()
   Try( {|| TFriend():New():Peek( o ) } )
   Try( {|| TStranger():New():Peek( o ) } )
   Try( {|| PeekSecret( o ) } )
   Try( {|| PeekSecret2( o ) } )
   ? "--- operators"
   o := TOps():New()
   Try( {|| o + 5 } )
   Try( {|| o - 3 } )
   Try( {|| o * 2 } )
   Try( {|| ! o } )
   Try( {|| o == 10 } )
   Try( {|| o $ "a10b" } )
   Try( {|| o[ 3 ] } )
   Try( {|| o:Neg( 1 ) } )
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   ? "--- implementation"
   o := TImpl():New()
   ? o:a(), o:b( 1 ), o:e, ( o:e := 5 ), o:f(), o:g()
   o:c()
   o:d()
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   ? hb_ValToExp( TDtorFunc():ClassSel( , , .T. ) )
   ? "--- lock"
   o := TLocked():New()
   __clsAddMsg( o:ClassH, "Added", {|| "added" }, HB_OO_MSG_INLINE )
   ? __objHasMsg( o, "ADDED" )
RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "ok:", hb_ValToExp( Eval( b ) )
   RECOVER USING e
      ? "err:", e:subsystem, e:subCode, e:description, e:operation, e:canSubstitute, iif( e:args == NIL, "-", Len( e:args ) )
   END SEQUENCE
RETURN
