#include "hbmath.ch"
PROCEDURE Main()
   LOCAL m, b, bOld
   ? hb_matherMode(), hb_matherMode( 9 ), hb_matherMode( "x" ), hb_matherMode()
   ? "default", Exp( -1000 ), Exp( 1000 ), Exp( 709 ) > 0, Exp( -745 ), Exp( -746 ), Log( 0 ), Sqrt( -1 )
   ? hb_matherMode( HB_MATH_ERRMODE_CDEFAULT )
   ? "cdefault", Exp( -1000 ), Exp( 1000 ), Log( -1 )
   FOR m := 4 TO 3 STEP -1
      hb_matherMode( m )
      bOld := ErrorBlock( {| e | Show( e ), 7.5 } )
      ? "mode", m, Exp( 1000 ), Exp( -1000 )
      ErrorBlock( {| e | Show( e ), .F. } )
      ? "mode", m, "false", Exp( 1000 )
      ErrorBlock( {| e | Show( e ), "x" } )
      ? "mode", m, "str", Exp( 1000 )
      ErrorBlock( bOld )
   NEXT
   hb_matherMode( 0 )
   ? ValType( hb_matherBlock() )
   b := {| nType, cFunc, cErr, n1, n2, aInfo | QOut( "blk", nType, cFunc, cErr, n1, n2, aInfo[ 1 ], aInfo[ 2 ] ), aInfo[ 1 ] := 3.25, aInfo[ 2 ] := .T., 1 }
   ? ValType( hb_matherBlock( b ) )
   ? "blk1", Exp( 1000 ), Exp( -1000 )
   ? ValType( hb_matherBlock() )
   ? ValType( hb_matherBlock( {| nType, cFunc, cErr, n1, n2, aInfo | QOut( "blk2", aInfo[ 2 ] ) } ) )
   ? "blk2", Exp( 1000 )
   hb_matherMode( 1 )
   ? "blk2c", Exp( 1000 )
   hb_matherMode( 3 )
   ErrorBlock( {| e | QOut( "eb" ), 2 } )
   ? "blk2u", Exp( 1000 )
   hb_matherBlock( b )
   ? "blk3u", Exp( 1000 )
   ? ValType( hb_matherBlock( 5 ) ), ValType( hb_matherBlock() )
   ? "none", Exp( 1000 )
   hb_matherMode( 2 )
   ErrorBlock( {| e | QOut( "eb2" ), .F. } )
   ? "user", Exp( 1000 )
   ? "after"
   RETURN
STATIC PROCEDURE Show( e )
   ? e:severity, e:genCode, e:subSystem, e:subCode, e:description, e:operation, e:osCode, e:canDefault, e:canRetry, e:canSubstitute, hb_ValToExp( e:args )
   RETURN
