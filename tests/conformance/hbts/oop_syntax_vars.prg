// Declaration forms of instance and class variables
#include "hbclass.ch"

CREATE CLASS TVars
   VAR a
   VAR b, c INIT 2
   VAR d AS NUMERIC
   VAR e AS LOGICAL
   VAR f AS DATE
   VAR g AS CHARACTER
   VAR g2 AS INTEGER
   VAR h TYPE NUMERIC ASSIGN 5
   VAR i INIT "i" READONLY
   VAR j INIT "j" RO EXPORTED
   VAR k INIT "k" VISIBLE
   VAR l INIT "l" PROTECTED
   VAR m INIT "m" HIDDEN
   VAR n INIT "n" PERSISTENT
   VAR o INIT "o" PROPERTY
   VAR p INIT { 1, 2 }
   VAR p2 INIT "p2" HIDDEN READONLY
   VAR p3 READONLY INIT "p3" PROTECTED
   DATA q INIT "q"
   DATA r AS STRING INIT "r"
   DATA r2 INIT "r2" HIDDEN
   CLASSVAR s INIT "s"
   CLASS VAR t INIT "t" SHARED
   CLASSDATA u INIT "u"
   CLASSVAR v AS NUMERIC
   CLASSVAR w INIT "w" READONLY
   CLASSVAR x1, x2 INIT "x"
   METHOD Show()
ENDCLASS

METHOD Show() CLASS TVars
   RETURN hb_ValToExp( { ::l, ::m, ::p2, ::p3, ::r2 } )

CREATE CLASS TVars2 INHERIT TVars
   VAR z INIT "z"
ENDCLASS

PROCEDURE Main()
   LOCAL o := TVars():New(), o2 := TVars():New(), o3

   ? hb_ValToExp( { o:a, o:b, o:c, o:d, o:e, DToS( o:f ), o:g, o:g2, o:h, o:i, o:j, o:k, o:n, o:o, o:p, o:q, o:r } )
   ? o:s, o:t, o:u, o:v, o:w, o:x1, o:x2
   ? o:Show()
   o:p[ 1 ] := 99
   ? o2:p[ 1 ]
   ? hb_ValToExp( __objGetMsgList( o, .T. ) )
   ? hb_ValToExp( __objGetMsgList( o, .F. ) )
   ? hb_ValToExp( __objGetMsgList( o, .T., HB_MSGLISTCLASS ) )
   ? hb_ValToExp( __clsGetProperties( o:classH ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_HIDDEN ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_PROTECTED ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_READONLY ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_SHARED ) )
   ? hb_ValToExp( o:classSel( HB_MSGLISTALL, HB_OO_CLSTP_PERSIST ) )
   Try( {|| o:i := 1 } )
   Try( {|| o:j := 1 } )
   Try( {|| o:l } )
   Try( {|| o:m } )
   Try( {|| o:p2 } )
   Try( {|| o:r2 } )
   Try( {|| o:w := 1 } )
   Try( {|| o:d := "x" } )
   Try( {|| o:g := 1 } )
   Try( {|| o:g2 := 1.7 } )
   ? o:g2
   Try( {|| o:v := "x" } )
   o:s := "S2"
   o:t := "T2"
   o:u := "U2"
   o3 := TVars2():New()
   ? o:s, o:t, o:u, o3:s, o3:t, o3:u, o3:z
RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "ok:", hb_ValToExp( Eval( b ) )
   RECOVER USING e
      ? "err:", e:subsystem, e:subCode, e:description, e:operation, e:canSubstitute, iif( e:args == NIL, "-", Len( e:args ) )
   END SEQUENCE
RETURN
