// Options a program sets before #include "hbclass.ch", and class-level forms
#define HB_CLS_NOTOBJECT
#define HB_CLS_NOAUTOINIT
#define HB_VO_CONSTRUCTOR
#include "hbclass.ch"

CREATE CLASS TPlain
   VAR n AS NUMERIC
   VAR l AS LOGICAL
   VAR d AS DATE
   METHOD New( n ) CONSTRUCTOR
ENDCLASS

METHOD New( n ) CLASS TPlain
   ::n := n
   RETURN Self

CREATE CLASS TParams FUNCTION MakeParams
   CLASSVAR aSeen INIT {}
   METHOD InitClass( ... )
ENDCLASS

METHOD InitClass( ... ) CLASS TParams
   AAdd( ::aSeen, hb_AParams() )
   RETURN Self

CLASS TFriendly MODULE FRIENDLY
   VAR cHid INIT "hid" HIDDEN
ENDCLASS

STATIC FUNCTION PeekFriendly( o )
   RETURN o:cHid

CREATE CLASS TSync
   VAR x INIT 1
   SYNC METHOD Get
   METHOD a, b( x ), c
   SYNC METHOD s1, s2( x )
ENDCLASS

METHOD s1 CLASS TSync
   RETURN "s1"

METHOD s2( x ) CLASS TSync
   RETURN "s2" + hb_ValToExp( x )

METHOD Get CLASS TSync
   RETURN ::x

METHOD a CLASS TSync
   RETURN "a"

METHOD b( x ) CLASS TSync
   RETURN "b" + hb_ValToExp( x )

METHOD c CLASS TSync
   RETURN "c"

CREATE CLASS TClassy
   VAR x INIT "x"
   METHOD Get INLINE ::Class:x
ENDCLASS

PROCEDURE Main()
   LOCAL o, a

   o := TPlain():New( 5 )
   ? o:ClassName(), o:n, o:l, o:d, __objHasMsg( o, "INIT" ), __objHasMsg( o, "ISKINDOF" )
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   o := TPlain()
   ? ValType( o ), o:n
   a := TPlain{ 7 }
   ? a:n, ( TPlain{ 8 } ):n, Max( 1, TPlain{ 9 }:n )
   o := MakeParams( 1, "two" )
   o := MakeParams( 3 )
   ? o:ClassName(), hb_ValToExp( o:aSeen )
   ? Len( MakeParams():aSeen )
   o := TFriendly()
   ? PeekFriendly( o )
   o := TSync()
   ? o:Get(), o:a(), o:b( 2 ), o:c(), o:s1(), o:s2( 3 )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_SYNC ) )
   ? TClassy():Get()
RETURN
