// hb_jsonEncode() and hb_jsonDecode(): human-readable output with SET EOL,
// values of every type, round trips, and decoding errors.

#include "set.ch"

PROCEDURE Main()

   LOCAL h, x, n, cEol

   h := { "name" => "Ann", "tags" => { "x", { "deep" => {} } }, "n" => 1.50, "none" => NIL, "ok" => .T. }
   ? hb_jsonEncode( h )
   ? hb_jsonEncode( h, .T. )
   ? hb_jsonEncode( { { 1, 2 }, {}, {=>}, { "a" => 1 } }, 4 )
   cEol := Set( _SET_EOL, Chr( 13 ) + Chr( 10 ) )
   ? Len( hb_jsonEncode( { 1, 2 }, .T. ) )
   Set( _SET_EOL, cEol )

   // what comes back from a round trip
   x := hb_jsonDecode( hb_jsonEncode( { 0d20240102, hb_SToT( "20240102030405" ), 1 / 3, -7, "é" } ) )
   ? hb_ValToExp( x )

   n := hb_jsonDecode( '  {"a": [1, 2.5e1, -0.125], "b": "x\u0041y"}  more', @x )
   ? n, hb_ValToExp( x )
   n := hb_jsonDecode( '[1, 2', @x )
   ? n, hb_ValToExp( x )
   n := hb_jsonDecode( 'nul', @x )
   ? n, hb_ValToExp( x )

   RETURN
