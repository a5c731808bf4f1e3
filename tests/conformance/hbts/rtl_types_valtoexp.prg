// hb_ValToExp() text that rebuilds the value through the macro compiler
// (shared and recursive arrays and hashes included), hb_CStr() and
// hb_ValToStr() of every type, and hb_HGetRef()/hb_HSetDef().

PROCEDURE Main()

   LOCAL a, b, h, v

   a := { 1, NIL, { 2 } }
   a[ 2 ] := a[ 3 ]
   b := &( hb_ValToExp( a ) )
   ? "shared:", hb_ValToExp( b ), b[ 2 ] == b[ 3 ]
   a := { 1, NIL }
   a[ 2 ] := a
   b := &( hb_ValToExp( a ) )
   ? "cycle:", hb_ValToExp( b ), b[ 2 ] == b
   h := { "k" => { 1 }, "l" => NIL }
   h[ "l" ] := h[ "k" ]
   v := &( hb_ValToExp( h ) )
   ? "hash-shared:", hb_ValToExp( v ), v[ "l" ] == v[ "k" ]
   a := { "q'uo" + '"te', "x]" + "'" + '"', 0d20240101, hb_SToT( "20240101123000" ), .T., NIL, 1.25, -7 }
   ? "scalars:", hb_ValToExp( a ), hb_ValToExp( &( hb_ValToExp( a ) ) ) == hb_ValToExp( a )

   ? "cstr:", hb_CStr( 12 ), hb_CStr( "s" ), hb_CStr( {} ), hb_CStr( {=>} ), hb_CStr( hb_SToT( "20240101123000" ) )
   ? "valtostr:", hb_ValToStr( 12 ), hb_ValToStr( 0d20240101 ), hb_ValToStr( .F. ), "[" + hb_ValToStr( {} ) + "]"

   h := { "a" => 1 }
   ? "hgetref:", hb_HGetRef( h, "a", @v ), v, hb_HGetRef( h, "x", @v ), v, hb_HGetRef( 1, "x", @v )
   ? "hsetdef:", hb_HSetDef( h, "n", 5 ), hb_HSetDef( h, "a", "s" ), hb_HSetDef( h, "n", 6 ), hb_ValToExp( h )

   RETURN
