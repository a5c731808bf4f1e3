// hb_Blowfish*(): keys, ECB with and without padding, CFB; bytes as Harbour's
PROCEDURE Main()
   LOCAL k, k2, c, e, x, l

   ? "-- keys"
   k := hb_BlowfishKey( "secret" )
   ? ValType( k ), Len( k ), hb_StrToHex( Left( k, 16 ) ), hb_StrToHex( Right( k, 16 ) )
   ? hb_StrToHex( SubStr( k, 73, 16 ) ), hb_StrToHex( SubStr( k, 2000, 12 ) )
   k2 := hb_BlowfishKey( Replicate( "0123456789", 10 ) )
   ? Len( k2 ), hb_StrToHex( Left( k2, 16 ) ), hb_StrToHex( Right( k2, 8 ) )
   ? hb_StrToHex( Left( hb_BlowfishKey( Chr( 0 ) ), 16 ) ), hb_StrToHex( Left( hb_BlowfishKey( hb_HexToStr( "FFFEFD80" ) ), 16 ) )
   ? hb_ValToExp( hb_BlowfishKey( "" ) ), hb_ValToExp( hb_BlowfishKey() ), hb_ValToExp( hb_BlowfishKey( 12 ) )
   ? hb_BlowfishKey( "secret" ) == k, hb_BlowfishKey( "Secret" ) == k

   ? "-- ECB"
   FOR EACH c IN { "a", "abcdefg", "abcdefgh", "abcdefghi", Replicate( "x", 16 ), "The quick brown fox jumps over the lazy dog", ;
                   hb_HexToStr( "0000000000000000" ), hb_HexToStr( "FFFFFFFFFFFFFFFF01" ) }
      e := hb_BlowfishEncrypt( k, c )
      ? Len( c ), Len( e ), hb_StrToHex( e )
      ? "  ", hb_BlowfishDecrypt( k, e ) == c, hb_StrToHex( hb_BlowfishDecrypt( k, e, .T. ) )
      e := hb_BlowfishEncrypt( k, c, .T. )
      ? "  raw", Len( e ), hb_StrToHex( e ), hb_StrToHex( hb_BlowfishDecrypt( k, e, .T. ) )
      ? "  dec", hb_ValToExp( hb_BlowfishDecrypt( k, e ) )
   NEXT
   ? hb_StrToHex( hb_BlowfishEncrypt( k2, "abcdefgh" ) ), hb_StrToHex( hb_BlowfishEncrypt( hb_BlowfishKey( Chr( 0 ) ), hb_HexToStr( "0000000000000000" ), .T. ) )
   ? "-- ECB odd arguments"
   ? hb_ValToExp( hb_BlowfishEncrypt( k, "" ) ), hb_ValToExp( hb_BlowfishDecrypt( k, "" ) )
   ? hb_ValToExp( hb_BlowfishEncrypt( "short", "abc" ) ), hb_ValToExp( hb_BlowfishEncrypt( k ) ), hb_ValToExp( hb_BlowfishEncrypt( k, 12 ) )
   ? hb_ValToExp( hb_BlowfishDecrypt( k, "1234567" ) ), hb_ValToExp( hb_BlowfishDecrypt( k, "123456789" ) ), hb_ValToExp( hb_BlowfishDecrypt( "x", "12345678" ) )
   ? hb_ValToExp( hb_BlowfishDecrypt( k, "12345678" ) ), hb_StrToHex( hb_BlowfishDecrypt( k, "12345678", .T. ) )
   ? hb_ValToExp( hb_BlowfishEncrypt() ), hb_ValToExp( hb_BlowfishDecrypt() ), hb_ValToExp( hb_BlowfishEncrypt( k, "abc", 1 ) )
   e := hb_BlowfishEncrypt( k, "abcdefgh", .T. )
   ? hb_ValToExp( hb_BlowfishDecrypt( k, e ) )
   FOR EACH x IN { 0, 1, 8, 9, 255 }
      e := hb_BlowfishEncrypt( k, "1234567" + Chr( x ), .T. )
      ? x, hb_ValToExp( hb_BlowfishDecrypt( k, e ) )
   NEXT

   ? "-- CFB"
   FOR EACH c IN { "a", "abcdefgh", "abcdefghijklmnopq", "The quick brown fox jumps over the lazy dog" }
      FOR EACH x IN { NIL, "", "seed", "0123456789ABCDEF", 5 }
         e := hb_BlowfishEncrypt_CFB( k, c, x )
         ? Len( c ), hb_ValToExp( x ), hb_StrToHex( e ), hb_BlowfishDecrypt_CFB( k, e, x ) == c
      NEXT
   NEXT
   ? hb_ValToExp( hb_BlowfishEncrypt_CFB( k, "" ) ), hb_ValToExp( hb_BlowfishDecrypt_CFB( k, "" ) )
   ? hb_ValToExp( hb_BlowfishEncrypt_CFB( "k", "abc" ) ), hb_ValToExp( hb_BlowfishDecrypt_CFB( k, 5 ) ), hb_ValToExp( hb_BlowfishEncrypt_CFB() )
   l := hb_BlowfishDecrypt_CFB( k, "anything" )
   ? Len( l ), hb_StrToHex( l )
   RETURN
