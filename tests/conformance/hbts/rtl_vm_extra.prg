// hb_MethodName(), hb_ExecMsg(), hb_PIsByRef(), hb_ForNext(), hb_SetMacro(),
// hb_PCodeVer(), hb_BuildDate()
#include "hbclass.ch"

PROCEDURE Main()
   LOCAL o := Bar():New(), x := 1, a, n

   ? "hb_MethodName"
   ? o:Meth()
   ? o:Meth2()
   ? hb_MethodName(), hb_MethodName( 0 ), "[" + hb_MethodName( 1 ) + "]", "[" + hb_MethodName( 5 ) + "]", hb_MethodName( -1 )

   ? "hb_ExecMsg"
   ? hb_ValToExp( hb_ExecMsg( @MyMsg(), o, 1, 2 ) )
   ? hb_ValToExp( hb_ExecMsg( @MyMsg(), 5 ) )
   ? hb_ValToExp( hb_ExecMsg( @MyMsg(), NIL, "a" ) )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? hb_ExecMsg( "MyMsg", o )
   RECOVER USING a
      ? a:subsystem, a:subcode, a:description, a:operation, hb_ValToExp( a:args ), a:canSubstitute
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? hb_ExecMsg( @MyMsg() )
   RECOVER USING a
      ? a:subsystem, a:subcode, a:description, a:operation, hb_ValToExp( a:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? hb_ExecMsg()
   RECOVER USING a
      ? a:subsystem, a:subcode, a:description, a:operation, hb_ValToExp( a:args )
   END SEQUENCE

   ? "hb_PIsByRef"
   ? hb_ValToExp( Probe( 1, @x, x, @a ) )
   ? hb_ValToExp( Probe() )
   ? hb_ValToExp( Probe( NIL, @n ) )

   ? "hb_ForNext"
   hb_ForNext( 1, 3, {| n | QQOut( n ) } )
   ?
   hb_ForNext( 1, {|| 7 }, {| n | QQOut( n ) }, 3 )
   ?
   hb_ForNext( 5, 3, {| n | QQOut( n ) } )
   hb_ForNext( 1.9, 3.7, {| n | QQOut( n ) } )
   ?
   hb_ForNext( 10, 1, {| n | QQOut( n ) }, -3 )
   ?
   n := 0
   hb_ForNext( 1, {|| ++n, 4 }, {| i | QQOut( i ) } )
   ? n
   hb_ForNext( 1, "3", {| i | QQOut( i ) } )
   hb_ForNext( -1, NIL, {| i | QQOut( i ) } )
   ?
   hb_ForNext( 1, 3, {| i | QQOut( ProcName( 1 ) ) } )
   ? hb_ForNext( 1, 2 ), hb_ForNext()

   ? "hb_SetMacro"
   ? hb_SetMacro( 1 ), hb_SetMacro( 2 ), hb_SetMacro( 4 ), hb_SetMacro( 8 ), hb_SetMacro( 16 ), hb_SetMacro( 32 ), hb_SetMacro( 64 ), hb_SetMacro( 128 )
   ? hb_SetMacro( 2, .T. ), hb_SetMacro( 2 ), hb_SetMacro( 2, .F. ), hb_SetMacro( 2 )
   ? hb_SetMacro( 16, .T. ), hb_SetMacro( 16, "x" ), hb_SetMacro( 16, .F. ), hb_SetMacro( 16 )
   ? hb_SetMacro(), hb_SetMacro( "x" ), hb_SetMacro( 3 ), hb_SetMacro( 3, .T. ), hb_SetMacro( 1 ), hb_SetMacro( 2 )

   ? "versions"
   ? hb_PCodeVer(), hb_PCodeVer() == hb_Version( 10 )
   ? ValType( hb_BuildDate() ), Len( hb_BuildDate() ), hb_BuildDate() == hb_Version( 11 )
   RETURN

FUNCTION MyMsg( a, b )
   RETURN { ValType( QSelf() ), PCount(), a, b, ProcName(), hb_MethodName(), ProcName( 1 ) }

FUNCTION Probe( ... )
   RETURN { PCount(), hb_PIsByRef( 1 ), hb_PIsByRef( 2 ), hb_PIsByRef( 3 ), hb_PIsByRef( 4 ), hb_PIsByRef( 0 ), hb_PIsByRef( 5 ), hb_PIsByRef(), hb_PIsByRef( "2" ) }

CREATE CLASS Foo
   VAR a INIT 1
   METHOD Meth
   METHOD Meth2
ENDCLASS

METHOD Meth() CLASS Foo
   RETURN ProcName() + " " + hb_MethodName() + " " + ProcName( 1 ) + " " + hb_MethodName( 1 ) + " " + Eval( {|| ProcName() + "/" + hb_MethodName() } )

METHOD Meth2() CLASS Foo
   RETURN Eval( {|| ::a := 2, ProcName() + "/" + hb_MethodName() + "/" + hb_MethodName( 1 ) } )

CREATE CLASS Bar INHERIT Foo
   VAR z
ENDCLASS
