// Compile-time reduction of logical expressions: .AND./.OR./.NOT. with a
// logical constant on either side (the other operand is then not
// evaluated, and not type-checked), comparisons of constants, IIF() with a
// constant condition, an element of a literal array by a constant index,
// and Empty() of constants.

PROCEDURE Main()
   LOCAL s := "str", n := 1, l := .T.

   ErrorBlock( {| e | Break( e ) } )

   ? "and or"
   Try( {|| s .AND. .F. } )
   Try( {|| n .AND. .F. } )
   Try( {|| s .OR. .F. } )
   Try( {|| n .OR. .F. } )
   Try( {|| s .AND. .T. } )
   Try( {|| s .OR. .T. } )
   Try( {|| .T. .AND. s } )
   Try( {|| .F. .OR. n } )
   Try( {|| .F. .AND. s } )
   Try( {|| .T. .OR. s } )
   Try( {|| s .AND. s } )
   Try( {|| Side( "left" ) .AND. .F. } )
   Try( {|| .F. .AND. Side( "right" ) } )
   Try( {|| Side( "left" ) .OR. .T. } )
   Try( {|| .T. .AND. .F. .OR. .T. } )
   ? "not"
   Try( {|| ! .T. } )
   Try( {|| .NOT. .F. } )
   Try( {|| ! ! l } )
   Try( {|| ! ! s } )
   ? "compare"
   ? .T. == .T., .T. = .F., .T. != .F., .F. < .T., .T. <= .F., .T. > .F., .F. >= .F.
   ? NIL == NIL, NIL = NIL, NIL != NIL, NIL == 1, NIL != "a", NIL == {}, NIL = {|| 1 }
   Try( {|| NIL < 1 } )
   Try( {|| 1 < "a" } )
   Try( {|| l == .T. } )
   Try( {|| s == .T. } )
   ? "iif"
   ? iif( .T., "yes", Side( "no" ) ), iif( .F., Side( "yes" ), "no" ), iif( 1 > 2, "a", "b" )
   ? If( "a" == "a", 1, 2 ), iif( .T.,, 5 ), iif( ! .T., 1, 2 )
   ? "index"
   ? { 10, 20, 30 }[ 2 ], { Side( "a" ), Side( "b" ) }[ 1 ], { 1, , 3 }[ 2 ], { "x" }[ 1.9 ]
   ? { { 1, 2 }, { 3, 4 } }[ 2, 1 ]
   ? "empty"
   ? Empty( "" ), Empty( "  " ), Empty( " " + Chr( 9 ) + Chr( 13 ) + Chr( 10 ) ), Empty( Chr( 0 ) ), Empty( "a" )
   ? Empty( 0 ), Empty( 0.0 ), Empty( 1 ), Empty( .F. ), Empty( .T. ), Empty( NIL )
   ? Empty( {} ), Empty( { 1 } ), Empty( { => } ), Empty( {|| NIL } ), Empty( { Side( "x" ) } )
   ? Empty( 0d00000000 ), Empty( 0d20240101 ), Empty( hb_SToT( "" ) ), Empty( t"00:00:01" )
   ? Empty( 1 - 1 ), Empty( "a" - "a" )
   RETURN

STATIC FUNCTION Side( c )
   ?? "<" + c + ">"
   RETURN .T.

STATIC PROCEDURE Try( b )
   LOCAL x
   BEGIN SEQUENCE
      x := Eval( b )
      ? ValType( x ), hb_ValToExp( x )
   RECOVER USING x
      ? "error", x:subSystem, x:subCode, x:description, x:operation
   END SEQUENCE
   RETURN
