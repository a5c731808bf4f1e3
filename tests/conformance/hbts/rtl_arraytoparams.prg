// hb_ArrayToParams( a ) among the arguments of a call, a method, a codeblock
// or an array literal passes the array's elements as the arguments; alone it
// is the last element. A value that is no array is an argument error.
PROCEDURE Main()
   LOCAL a := { 1, "two", 3 }, b, x, e
   ? PCount3( hb_ArrayToParams( a ) )
   ? PCount3( 0, hb_ArrayToParams( a ), 9 )
   ? PCount3( hb_ArrayToParams( {} ) )
   ? hb_ArrayToParams( a )
   b := { hb_ArrayToParams( a ) }
   ? Len( b ), hb_ValToExp( b )
   ? Eval( {| x, y, z | hb_ntos( PCount() ) + ":" + hb_ValToExp( { x, y, z } ) }, hb_ArrayToParams( a ) )
   ? hb_ValToExp( { 1, hb_ArrayToParams( a ), hb_ArrayToParams( { 5, 6 } ), 2 } )
   x := hb_ArrayToParams( a )
   ? x, Len( { hb_ArrayToParams( {} ) } )
   x := hb_ArrayToParams( "x" )
   ? x, hb_ArrayToParams( {} )
   ? Str( hb_ArrayToParams( { 3.14159, 8, 3 } ) )
   ? ErrorNew():className( hb_ArrayToParams( a ) )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? PCount3( hb_ArrayToParams( "x" ) )
   RECOVER USING e
      ? e:subSystem, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   ? PCount3( hb_ArrayToParams( "x" ) )
   RETURN
FUNCTION PCount3( ... )
   RETURN hb_ntos( PCount() ) + " " + hb_ValToExp( hb_AParams() )
