// Reductions Harbour makes only with -ko (Clipper-incompatible
// optimizations): x + 0 and 0 + x are x (no type check), constants of a
// chain of + are added up, x == .T. is x and x != .T. is .NOT. x,
// .NOT. .NOT. x and - - x are x, ( "name" )->x is name->x, and Array()
// whose value is used compiles inline: its error has no arguments.

#pragma -ko+

PROCEDURE Main()
   LOCAL s := "str", n := 10, l := .T., a

   ErrorBlock( {| e | Break( e ) } )

   ? "plus zero"
   Try( {|| s + 0 } )
   Try( {|| 0 + s } )
   Try( {|| s + 0.0 } )
   Try( {|| s - 0 } )
   ? "plus chain"
   Try( {|| n + 1 + 2 } )
   Try( {|| 1 + n + 2 } )
   Try( {|| n + 1.5 + 2 } )
   Try( {|| s + 1 + 2 } )
   Try( {|| 1 + s + 2 } )
   Try( {|| ( n + 1 ) + 2 } )
   ? "logical compare"
   Try( {|| l == .T. } )
   Try( {|| s == .T. } )
   Try( {|| s = .T. } )
   Try( {|| .T. == s } )
   Try( {|| s == .F. } )
   Try( {|| l != .F. } )
   Try( {|| s != .F. } )
   Try( {|| s != .T. } )
   Try( {|| ! l == .F. } )
   Try( {|| NIL == .T. } )
   ? "double negation"
   Try( {|| ! ! s } )
   Try( {|| - ( - s ) } )
   Try( {|| - - n } )
   ? "array"
   Try( {|| Array( -1 ) } )
   Try( {|| Array( 2, -1 ) } )
   Try( {|| Len( Array( 3 ) ) } )
   Try( {|| Len( Array( 2, 3 )[ 2 ] ) } )
   Try( {|| Array( "x" ) } )
   Try( {|| Array( 2, "x" ) } )
   BEGIN SEQUENCE
      Array( -1 )
   RECOVER USING a
      ? "statement:", a:subCode, a:operation, ValType( a:args )
   END SEQUENCE
#pragma -ko-
   ? "without -ko"
   Try( {|| s + 0 } )
   Try( {|| s == .T. } )
   Try( {|| - ( - s ) } )
   Try( {|| Array( -1 ) } )
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL x
   BEGIN SEQUENCE
      x := Eval( b )
      ? ValType( x ), hb_ValToExp( x )
   RECOVER USING x
      ? "error", x:subSystem, x:subCode, x:description, x:operation, iif( x:args == NIL, "no args", hb_ValToExp( x:args ) )
   END SEQUENCE
   RETURN
