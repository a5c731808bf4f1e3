// Digests, checksums and encodings.

PROCEDURE Main()

   LOCAL s := "The quick brown fox jumps over the lazy dog", b := ""
   LOCAL i

   FOR i := 0 TO 255
      b += Chr( i )
   NEXT

   ? hb_MD5( s ), hb_MD5( "" ), Len( hb_MD5( s, .T. ) )
   ? hb_SHA1( s )
   ? hb_SHA256( s )
   ? hb_SHA512( b )
   ? hb_HMAC_SHA256( s, "key" ), hb_HMAC_MD5( s, "key" )
   ? hb_CRC32( s ), hb_CRC32( b ), hb_CRC32( "" ), hb_CRC16( s ), hb_Adler32( s )
   ? hb_CRC( s ), hb_CRCCT( s ), hb_CRC( s, 0, 0x104C11DB7 ), hb_CRCCT( s, 0, 0x18005 )
   ? hb_base64Encode( s )
   ? hb_base64Encode( b, 64 ) == hb_base64Encode( b, 64 ), Len( hb_base64Encode( b, 64 ) )
   ? hb_base64Decode( hb_base64Encode( b ) ) == b, hb_base64Decode( "aGVs bG8=" ), hb_base64Encode( "ab" )
   ? hb_StrToHex( "Hi!" ), hb_StrToHex( "Hi!", ":" ), hb_HexToStr( "48 69 21" ), hb_HexToStr( hb_StrToHex( b ) ) == b

   RETURN
