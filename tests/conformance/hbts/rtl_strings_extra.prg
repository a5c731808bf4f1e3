// hb_StrClear, hb_StrIsUTF8, hb_UTF8Poke, hb_UTF8ToStrBox, hb_StrCDecode, hb_ByteSwap*()
PROCEDURE Main()
   LOCAL c, l, x, a

   ? "-- hb_StrClear"
   c := Space( 3 )
   ? hb_StrClear( @c ), hb_StrToHex( c ), Len( c )
   c := "abc" + Str( 1 )
   ? hb_StrClear( @c ), hb_StrToHex( c )
   a := { Replicate( "x", 5 ) }
   ? hb_StrClear( @a[ 1 ] ), hb_StrToHex( a[ 1 ] )
   c := "abc"
   ? hb_StrClear( c ), c, hb_StrClear( 1 ), hb_StrClear(), hb_StrClear( @x ), x
   c := ""
   ? hb_StrClear( @c ), Len( c )

   ? "-- hb_StrIsUTF8"
   FOR EACH c IN { "", "abc", "C3A9", "61C3A962", "E282AC", "F09F9880", "C3", "C3C3", "80", "61C3", ;
                   "E282", "E28241", "C0AF", "EDA080", "F8888080 80", "FC8480808080", "FE", "FF", ;
                   "C3A9FF", "C3A980", "00C3A9", "F4908080", "E282ACE282AC", "C3A9E282" }
      ? PadR( c, 16 ), hb_StrIsUTF8( hb_HexToStr( StrTran( c, " " ) ) )
   NEXT
   ? hb_StrIsUTF8(), hb_StrIsUTF8( 12 ), hb_StrIsUTF8( hb_HexToStr( "C3A9" ), 1 )

   ? "-- hb_UTF8Poke"
   c := "a" + hb_HexToStr( "C3A9" ) + "b" + hb_HexToStr( "E282AC" ) + "c"
   FOR EACH x IN { { 1, 66 }, { 2, 66 }, { 2, 0x20AC }, { 4, 0xE9 }, { 4, 0x41 }, { 5, 0x1F600 }, ;
                   { 6, 65 }, { 0, 65 }, { -1, 65 }, { 3, 0 }, { 1, -5 }, { 1, 0xFFFF }, { 1, 0xFFFE }, ;
                   { 1, 0x200000 }, { 1, 0x4000000 }, { 1, 0x7FFFFFFF }, { 2.9, 67 }, { 1, 98.7 } }
      ? x[ 1 ], x[ 2 ], hb_StrToHex( hb_UTF8Poke( c, x[ 1 ], x[ 2 ] ) )
   NEXT
   ? hb_StrToHex( hb_UTF8Poke( hb_HexToStr( "61FF62C3" ), 2, 0xE9 ) ), hb_StrToHex( hb_UTF8Poke( hb_HexToStr( "61FF62C3" ), 4, 65 ) )
   ? hb_StrToHex( hb_UTF8Poke( "", 1, 65 ) )
   l := c
   ? hb_StrToHex( hb_UTF8Poke( @l, 2, 0x41 ) ), hb_StrToHex( l )
   l := c
   ? hb_StrToHex( hb_UTF8Poke( @l, 1, 0x41 ) ), hb_StrToHex( l )
   l := c
   ? hb_StrToHex( hb_UTF8Poke( @l, 9, 0x41 ) ), hb_StrToHex( l )
   ErrTry( {|| hb_UTF8Poke( "abc", 1 ) } )
   ErrTry( {|| hb_UTF8Poke( 1, 1, 1 ) } )
   ErrTry( {|| hb_UTF8Poke( "abc", "1", 1 ) } )

   ? "-- hb_UTF8ToStrBox"
   ? hb_StrToHex( hb_UTF8ToStrBox( "a" + hb_HexToStr( "E29480E29482E2948CE29590C3A9E282AC" ) + "z" ) )
   ? hb_StrToHex( hb_UTF8ToStrBox( "" ) ), hb_StrToHex( hb_UTF8ToStrBox( hb_HexToStr( "FF80C3" ) ) )
   ErrTry( {|| hb_UTF8ToStrBox() } )
   ErrTry( {|| hb_UTF8ToStrBox( 5 ) } )

   ? "-- hb_StrCDecode"
   FOR EACH c IN { '"abc"', '  "abc"  ', '"a\tb\n"', '"a" "b"', '"a"x', 'abc', '"abc', '""', ;
                   '"\x41\x4a\x4A\x"', '"\101\7\0101"', '"q\"q"', '"back\\slash"', '"end\', ;
                   '"a\zb"', ' ', '"a"' + Chr( 9 ) + Chr( 10 ) + '"b"', '"\777"', '"\x1234"', ;
                   '"a"  ', '"a""b"', '"a\' }
      ? PadR( c, 20 ), Show( hb_StrCDecode( c ) )
      l := .F.
      ?? " |", Show( hb_StrCDecode( c, @l ) ), l
      l := .T.
      ?? " |", Show( hb_StrCDecode( c, @l ) ), l
   NEXT
   ? Show( hb_StrCDecode( "", .T. ) ), Show( hb_StrCDecode( "" ) ), Show( hb_StrCDecode( 'tail"', .T. ) )
   l := .T.
   ? Show( hb_StrCDecode( 'more text', @l ) ), l
   l := .T.
   ? Show( hb_StrCDecode( 'end" "next', @l ) ), l
   ErrTry( {|| hb_StrCDecode() } )
   ErrTry( {|| hb_StrCDecode( 1, 2 ) } )

   ? "-- hb_ByteSwap"
   FOR EACH x IN { 0, 1, 0x1234, 0x12345678, 0xFF, 0x80, 0xFFFF, -1, -2, 0x7F00, 0x8000, 0xFF000000, ;
                   0x123456789A, 0x0102030405060708, 300.7, -300.7, 0x80000000 }
      ? x, hb_ByteSwapI( x ), hb_ByteSwapW( x ), hb_ByteSwapL( x ), hb_ByteSwapU( x )
      ? "  ", hb_ByteSwapLL( x )
   NEXT
   ? Str( hb_ByteSwapU( 0xFF ) ), Str( hb_ByteSwapL( 0xFF ) ), Str( hb_ByteSwapL( 0x80 ) ), Str( hb_ByteSwapLL( 1 ) )
   ErrTry( {|| hb_ByteSwapI() } )
   ErrTry( {|| hb_ByteSwapW( "1" ) } )
   ErrTry( {|| hb_ByteSwapL( NIL, 2 ) } )
   ErrTry( {|| hb_ByteSwapU( .T. ) } )
   ErrTry( {|| hb_ByteSwapLL( {} ) } )
   RETURN

STATIC FUNCTION Show( x )
   IF HB_ISSTRING( x )
      RETURN "<" + hb_StrToHex( x ) + ">"
   ENDIF
   RETURN hb_ValToExp( x )

STATIC PROCEDURE ErrTry( b )
   LOCAL oErr, xRes, i
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      xRes := Eval( b )
      ? "no error:", hb_ValToExp( xRes )
   RECOVER USING oErr
      ? "error:", oErr:subSystem, oErr:subCode, oErr:genCode, oErr:description, oErr:operation, oErr:canSubstitute
      IF HB_ISARRAY( oErr:args )
         FOR i := 1 TO Len( oErr:args )
            ?? "", hb_ValToExp( oErr:args[ i ] )
         NEXT
      ENDIF
   END SEQUENCE
   RETURN
