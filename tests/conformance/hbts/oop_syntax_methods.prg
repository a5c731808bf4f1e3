// Declaration forms of methods and messages
#include "hbclass.ch"

CREATE CLASS TMeth
   VAR a INIT "a"
   VAR oPart
   METHOD New() CONSTRUCTOR
   METHOD mPlain
   METHOD mParams( x, y )
   METHOD mTyped AS STRING
   METHOD mHid HIDDEN
   METHOD mProt PROTECTED
   METHOD callHid INLINE ::mHid() + ::mProt()
   METHOD mInline INLINE "inline " + ::a
   METHOD mInlineP( x, y ) INLINE hb_ntos( x + y )
   METHOD mInlineL INLINE LOCAL z, z := 3, z * 2
   METHOD mBlock BLOCK {| Self, x | ::a + hb_ntos( x * 10 ) }
   METHOD mVirt VIRTUAL
   METHOD mDef DEFERRED
   METHOD mSetGet SETGET
   METHOD mSetGetRO SETGET READONLY
   METHOD mOpPlus OPERATOR "+"
   METHOD mExt EXTERN ExtFunc()
   METHOD m1, m2( p ), m3
   CLASS METHOD cm
   CLASSMETHOD cm2
   SYNC CLASS METHOD cm3
   MESSAGE msgM METHOD mPlain
   MESSAGE msgP( x ) METHOD mParams
   MESSAGE msgE EXTERN ExtFunc()
   MESSAGE msgB BLOCK {| Self | "blk " + ::a }
   MESSAGE msgI INLINE "msgI " + ::a
   MESSAGE msgIL LOCAL q INLINE q := 4, q * 2
   MESSAGE msgIs IS mInline
   MESSAGE msgTo TO oPart
   MESSAGE Echo( a, b ) TO oPart
   MESSAGE Part IS Who TO oPart
   MESSAGE msgV VIRTUAL
   MESSAGE msgD DEFERRED
   MESSAGE msgID IS DEFERRED
   DELEGATE Who TO oPart
   ACCESS acc
   ASSIGN acc
   ACCESS accI INLINE "accI " + ::a
   ASSIGN accI( v ) INLINE ::a := v
   ACCESS accM METHOD mPlain
   ASSIGN accM METHOD mParams
   ACCESS accIs IS mInline
   ACCESS accL INLINE LOCAL w w := 5, w + 1
   CONSTRUCTOR Make( x )
ENDCLASS

METHOD New() CLASS TMeth
   ::oPart := TPart():New()
   RETURN Self

METHOD mPlain CLASS TMeth
   RETURN "mPlain " + ProcName()

METHOD mParams( x, y ) CLASS TMeth
   RETURN "mParams " + hb_ValToExp( { x, y } ) + " " + ProcName()

METHOD FUNCTION mTyped() CLASS TMeth
   RETURN "mTyped " + ProcName()

METHOD PROCEDURE mHid CLASS TMeth
   RETURN

METHOD mProt() CLASS TMeth
   RETURN "prot"

METHOD mSetGet( v ) CLASS TMeth
   IF PCount() > 0
      ::a := v
   ENDIF
   RETURN "setget " + ::a + " " + ProcName()

METHOD mSetGetRO( v ) CLASS TMeth
   RETURN "ro " + hb_ValToExp( v )

METHOD mOpPlus( x ) CLASS TMeth
   RETURN "plus " + hb_ValToExp( x )

METHOD TMeth:m1()
   RETURN "m1 " + ProcName()

METHOD FUNCTION TMeth:m2( p )
   RETURN "m2 " + hb_ValToExp( p )

METHOD m3 CLASS TMeth
   RETURN "m3"

METHOD cm CLASS TMeth
   RETURN "cm"

METHOD cm2 CLASS TMeth
   RETURN "cm2"

METHOD cm3 CLASS TMeth
   RETURN "cm3"

ACCESS acc CLASS TMeth
   RETURN "acc " + ProcName()

ASSIGN acc( v ) CLASS TMeth
   ::a := v
   RETURN "assigned " + ProcName()

METHOD Make( x ) CLASS TMeth
   ::a := x
   RETURN Self

STATIC FUNCTION ExtFunc( x )
   LOCAL Self := QSelf()
   RETURN "ext " + ::a + hb_ValToExp( x ) + " " + ProcName()

CREATE CLASS TPart
   METHOD Who INLINE "part"
   METHOD msgTo INLINE "part-msgTo"
   METHOD Echo( a, b ) INLINE hb_ValToExp( { a, b } )
ENDCLASS

PROCEDURE Main()
   LOCAL o := TMeth():New()

   Try( {|| o:mPlain() } )
   Try( {|| o:mPlain } )
   Try( {|| o:mParams( 1, 2 ) } )
   Try( {|| o:mTyped() } )
   Try( {|| o:mHid() } )
   Try( {|| o:mProt() } )
   Try( {|| o:callHid() } )
   Try( {|| o:mInline() } )
   Try( {|| o:mInlineP( 3, 4 ) } )
   Try( {|| o:mInlineL() } )
   Try( {|| o:Echo( 1, 2 ) } )
   Try( {|| o:cm3() } )
   Try( {|| o:mBlock( 5 ) } )
   Try( {|| o:mVirt() } )
   Try( {|| o:mDef() } )
   Try( {|| o:mSetGet } )
   Try( {|| o:mSetGet := "b" } )
   Try( {|| o:mSetGetRO } )
   Try( {|| o:mSetGetRO := 1 } )
   Try( {|| o + 7 } )
   Try( {|| o:mOpPlus( 8 ) } )
   Try( {|| o:mExt( 9 ) } )
   Try( {|| o:m1() } )
   Try( {|| o:m2( "p" ) } )
   Try( {|| o:m3() } )
   Try( {|| o:cm() } )
   Try( {|| o:cm2() } )
   Try( {|| o:msgM() } )
   Try( {|| o:msgP( 1 ) } )
   Try( {|| o:msgE() } )
   Try( {|| o:msgB() } )
   Try( {|| o:msgI() } )
   Try( {|| o:msgIL() } )
   Try( {|| o:msgIs() } )
   Try( {|| o:msgTo() } )
   Try( {|| o:Part() } )
   Try( {|| o:msgV() } )
   Try( {|| o:msgD() } )
   Try( {|| o:msgID() } )
   Try( {|| o:Who() } )
   Try( {|| o:acc } )
   Try( {|| o:acc := "c" } )
   Try( {|| o:accI } )
   Try( {|| o:accI := "d" } )
   Try( {|| o:accM } )
   Try( {|| o:accM := "e" } )
   Try( {|| o:accIs } )
   Try( {|| o:accL } )
   Try( {|| TMeth():Make( "made" ):a } )
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   ? hb_ValToExp( __objGetMsgList( o, .T. ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_CTOR ) )
RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "ok:", hb_ValToExp( Eval( b ) )
   RECOVER USING e
      ? "err:", e:subsystem, e:subCode, e:description, e:operation, e:canSubstitute, iif( e:args == NIL, "-", Len( e:args ) )
   END SEQUENCE
RETURN
