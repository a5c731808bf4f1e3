// hb_Serialize() / hb_Deserialize(): the byte format of every item type,
// shared and cyclic values, hash flags, objects, bad input, @ offsets.
#include "hbclass.ch"
#include "hbserial.ch"

REQUEST HB_CODEPAGE_DE850, HB_CODEPAGE_UTF8

PROCEDURE Main()
   LOCAL a, c, h, s, x, o, i

   ? "no arg:", ValType( hb_Serialize() ), hb_StrToHex( hb_Serialize( NIL ) )
   FOR EACH x IN { NIL, .T., .F., 0, 1, -1, 127, 128, -128, -129, 32767, 32768, -32768, -32769, ;
                   8388607, 8388608, -8388608, -8388609, 2147483647, 2147483648, -2147483648, -2147483649, ;
                   1.5, -1.5, 0.0, 1/3, 10^20, Val( "12" ), Val( "12.50" ), 123.456, ;
                   0d20240131, hb_SToD( "" ), hb_StrToTS( "2024-01-31 12:34:56.789" ), hb_StrToTS( "" ), ;
                   "", "a", "abc  ", "abc ", Space( 1 ), Space( 2 ), Space( 10 ), "a" + Chr( 0 ) + Chr( 255 ), ;
                   {}, { 1, "a", { 2 } }, { => }, { "a" => 1, 2 => "b" }, @QOut(), {|| 1 } }
      Show( x )
   NEXT
   x := 9223372036854775807
   Show( x )
   Show( -x - 1 )

   ? "numsize"
   FOR EACH x IN { 0, 1, 300, 100000, 2147483648, 1.5, 0.0, Val( "12" ), Val( "12.50" ), 10^20 }
      s := hb_Serialize( x, .T. )
      ? hb_StrToHex( s ), hb_ValToExp( hb_Deserialize( s ) ), Str( hb_Deserialize( s ) ), Len( Str( hb_Deserialize( s ) ) )
      s := hb_Serialize( x )
      ? hb_StrToHex( s ), Str( hb_Deserialize( s ) ), Len( Str( hb_Deserialize( s ) ) )
   NEXT
   SET DECIMALS TO 4
   ? Str( hb_Deserialize( hb_Serialize( 1.5 ) ) ), Str( hb_Deserialize( hb_Serialize( 1.5, .T. ) ) )
   SET DECIMALS TO 2
   ? hb_StrToHex( hb_Serialize( 5, 1 ) ), hb_StrToHex( hb_Serialize( 5, "x" ) ), ;
     hb_StrToHex( hb_Serialize( 5, .F. ) ), hb_StrToHex( hb_Serialize( 5, 3 ) )
   ? Str( hb_Deserialize( hb_HexToStr( "21050000" ) ) ), Str( hb_Deserialize( hb_HexToStr( "2100CA9A3B00" ) ) )

   ? "long"
   FOR EACH x IN { Replicate( "x", 255 ), Replicate( "x", 256 ), Space( 255 ), Space( 256 ), Replicate( "ab", 40000 ), ;
                   Replicate( "x", 65535 ) + "  ", Replicate( "x", 70000 ) + Space( 5 ), Space( 300 ), "x" + Space( 300 ) }
      s := hb_Serialize( x )
      ? Len( x ), Len( s ), Left( hb_StrToHex( s ), 24 ), hb_Deserialize( s ) == x
   NEXT
   FOR EACH i IN { 255, 256, 65535, 65536 }
      s := hb_Serialize( Array( i ) )
      ? i, Len( s ), Left( hb_StrToHex( s ), 24 ), Len( hb_Deserialize( s ) )
   NEXT

   ? "shared"
   a := { 1 }
   Show( { a, a } )
   Show( { a, { a, 2 }, a } )
   x := hb_Deserialize( hb_Serialize( { a, a } ) )
   x[ 1 ][ 1 ] := 9
   ? x[ 2 ][ 1 ]
   c := {}
   AAdd( c, c )
   Show( c )
   x := hb_Deserialize( hb_Serialize( c ) )
   ? x[ 1 ] == x, x[ 1 ][ 1 ] == x
   c := { 1, { 2 } }
   AAdd( c[ 2 ], c )
   AAdd( c, c[ 2 ] )
   Show( c )
   h := { "x" => 1 }
   Show( { h, h } )
   h := { => }
   h[ "self" ] := h
   Show( h )
   h := { "x" => 1 }
   hb_HCaseMatch( h, .F. )
   Show( { h, h } )
   s := hb_Serialize( { a, a }, HB_SERIALIZE_IGNOREREF )
   ? hb_StrToHex( s ), hb_ValToExp( hb_Deserialize( s ) )

   ? "hash flags"
   h := { "b" => 1, "a" => 2 }
   hb_HCaseMatch( h, .F. )
   Show( h )
   x := hb_Deserialize( hb_Serialize( h ) )
   ? x[ "B" ], hb_HCaseMatch( x ), hb_HKeepOrder( x )
   h := { "b" => 1, "a" => 2 }
   hb_HAutoAdd( h, .F. )
   Show( h )
   h := { "b" => 1, "a" => 2 }
   hb_HKeepOrder( h, .F. )
   Show( h )
   x := hb_Deserialize( hb_Serialize( h ) )
   x[ "c" ] := 3
   x[ "0" ] := 0
   ? hb_ValToExp( x ), hb_HKeepOrder( x )
   h := { "b" => 1, "a" => 2 }
   hb_HBinary( h, .F. )
   Show( h )
   h := { "b" => 1, "a" => 2 }
   hb_HDefault( h, 0 )
   Show( h )
   x := hb_Deserialize( hb_Serialize( h ) )
   ? hb_HDefault( x )
   h := { "b" => 1 }
   hb_HDefault( h, { 1, 2 } )
   hb_HCaseMatch( h, .F. )
   Show( h )
   x := hb_Deserialize( hb_Serialize( h ) )
   ? hb_HCaseMatch( x ), hb_HAutoAdd( x ), hb_HKeepOrder( x ), hb_HBinary( x ), hb_ValToExp( hb_HDefault( x ) )

   ? "objects"
   x := hb_Deserialize( hb_HexToStr( "1C5450524F4245005450524F4245000E0204010B027879" ) )
   ? ValType( x ), hb_ValToExp( x )
   o := TProbe():New()
   s := hb_Serialize( o )
   ? hb_StrToHex( s )
   x := hb_Deserialize( s )
   ? ValType( x ), x:ClassName(), x:nA, x:cB, x:Sum()
   x := hb_Deserialize( hb_HexToStr( "1C5450524F4245005450524F4245000E0204010B027879" ) )
   ? ValType( x ), x:ClassName(), x:nA, x:cB
   o := TChild():New()
   ? hb_StrToHex( hb_Serialize( o ) )
   x := hb_Deserialize( hb_Serialize( o ) )
   ? ValType( x ), x:ClassName(), x:nA, x:cB, hb_ValToExp( x:nC )
   ? hb_StrToHex( hb_Serialize( { o, o } ) )
   x := hb_Deserialize( hb_Serialize( { o, o } ) )
   ? x[ 1 ] == x[ 2 ], x[ 2 ]:ClassName()
   o:nC := o
   ? hb_StrToHex( hb_Serialize( o ) )
   x := hb_Deserialize( hb_Serialize( o ) )
   ? x:nC == x, x:nC:ClassName()
   x := hb_Deserialize( hb_HexToStr( "1C4E4F5355434800000E010401" ) )
   ? ValType( x ), hb_ValToExp( x )

   ? "bad input"
   FOR EACH x IN { NIL, 123, "", Chr( 200 ), Chr( 11 ) + Chr( 5 ) + "abc", Chr( 14 ) + Chr( 2 ) + Chr( 1 ), ;
                   Chr( 27 ) + Chr( 0 ) + Chr( 0 ) + Chr( 0 ) + Chr( 0 ), Chr( 4 ), Chr( 4 ) + "ab", Chr( 3 ) + "rest", ;
                   hb_HexToStr( "0E0211011B00000000" ), hb_HexToStr( "0E021B00000000" ), hb_HexToStr( "1C414200" ), ;
                   hb_HexToStr( "14010B01610B0162" ), hb_HexToStr( "14010B0161" ), hb_HexToStr( "1E020361" ), hb_HexToStr( "2903" ) }
      ? hb_ValToExp( x ), hb_ValToExp( hb_Deserialize( x ) )
   NEXT

   ? "byref"
   s := hb_Serialize( 1 ) + hb_Serialize( "ab" ) + Chr( 4 )
   ? hb_ValToExp( hb_Deserialize( @s ) ), hb_ValToExp( s )
   ? hb_ValToExp( hb_Deserialize( @s ) ), hb_ValToExp( s )
   ? hb_ValToExp( hb_Deserialize( @s ) ), hb_ValToExp( s )
   s := ""
   ? hb_ValToExp( hb_Deserialize( @s ) ), hb_ValToExp( s )
   s := 5
   ? hb_ValToExp( hb_Deserialize( @s ) ), hb_ValToExp( s )

   ? "codepage"
   s := hb_Serialize( "a" + Chr( 129 ) + "  ", , "DE850", "UTF8" )
   ? hb_StrToHex( s ), hb_StrToHex( hb_Deserialize( s ) ), hb_StrToHex( hb_Deserialize( s, "UTF8", "DE850" ) )
   ErrorBlock( {| e | ErrShow( e ) } )
   s := hb_Serialize( "a" + Chr( 129 ), , "XXX", "UTF8" )
   ? hb_StrToHex( s )
   RETURN

STATIC PROCEDURE Show( x )
   LOCAL s := hb_Serialize( x )
   ? hb_StrToHex( s ), hb_ValToExp( hb_Deserialize( s ) )
   RETURN

STATIC FUNCTION ErrShow( e )
   ? "error:", e:subSystem, e:subCode, e:description, e:operation, hb_ValToExp( e:args ), e:canSubstitute, e:canDefault
   BREAK( e )

CREATE CLASS TProbe
   VAR nA INIT 1
   VAR cB INIT "xy"
   METHOD Sum() INLINE ::nA + 1
ENDCLASS

CREATE CLASS TChild INHERIT TProbe
   VAR nC INIT { 3 }
ENDCLASS
