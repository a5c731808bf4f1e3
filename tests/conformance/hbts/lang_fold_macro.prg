// The run-time macro compiler reduces expressions too, with its own rules:
// At( "", s ) and "" $ s are Harbour's even when the module is compiled
// with -kh-, literals with & are folded (no macro text there), .AND. /
// .OR. with a constant fold, functions of constants fold, and IIF() with a
// constant condition skips the other branch. (A macro compiles with the
// switches of the code that runs it: Try() comes before any #pragma.)

MEMVAR s, n, cVar

STATIC PROCEDURE Try( c )
   LOCAL x
   BEGIN SEQUENCE
      x := &c
      ? c, "->", ValType( x ), hb_ValToExp( x )
   RECOVER USING x
      ? c, "-> error", x:subSystem, x:subCode, x:description, x:operation
   END SEQUENCE
   RETURN

PROCEDURE Main()
   PRIVATE s := "str", n := 5, cVar := "VAR"

   ErrorBlock( {| e | Break( e ) } )

   Try( 'At( "", "abc" )' )
   Try( '"" $ "abc"' )
   Try( 'Len( Chr( 256 ) )' )
   Try( 'Str( Int( 5000000000.9 ) )' )
   Try( 'Str( 7 / 2 )' )
   Try( 'Str( 1 + 2.50 )' )
   Try( 's .AND. .F.' )
   Try( 's .OR. .F.' )
   Try( '.F. .AND. s' )
   Try( 'n .AND. n' )
   Try( '"a&" + "cVar"' )
   Try( '"x&cVar" == "x&cVar"' )
   Try( 'Len( "é" )' )
   Try( 'Upper( "abc" ) + "d"' )
   Try( 'iif( .T., "yes", QOut( "no" ) )' )
   Try( '{ 1, 2, 3 }[ 2 ]' )
   Try( 'Len( { QOut( "x" ), 2 } )' )
   Try( 'Empty( hb_SToD( "" ) )' )
   Try( 'DToS( 0d20240101 + 1 )' )
   Try( 'Max( 1.50, 2 ) + 0' )
   Try( '! ! s' )
   Try( 'Type( "Upper( 1 )" )' )
   ? Type( 'Upper( "a" )' ), Type( 'Len( "abc" ) + 1' ), Type( '"a" $ "b"' ), Type( 'iif( .T., 1, "a" )' )
#pragma -kh-
   Try( 'At( "", "abc" )' )
   ? At( "", "abc" ), &( 'At( "", "abc" )' )
   RETURN
