// hb_MD5Encrypt() / hb_MD5Decrypt(): bytes as Harbour's, round trips, odd arguments
PROCEDURE Main()
   LOCAL c, p, e
   FOR EACH c IN { "a", "abcdefghijklmnop", "abcdefghijklmnopq", "The quick brown fox jumps over the lazy dog", ;
                   hb_HexToStr( "00FF80" ), Replicate( Chr( 0 ), 40 ) }
      FOR EACH p IN { "k", "password", Replicate( "long key ", 5 ), Chr( 200 ) + Chr( 0 ) }
         e := hb_MD5Encrypt( c, p )
         ? Len( c ), Len( p ), hb_StrToHex( e ), hb_MD5Decrypt( e, p ) == c
      NEXT
   NEXT
   ? hb_ValToExp( hb_MD5Encrypt( "", "k" ) ), hb_ValToExp( hb_MD5Decrypt( "", "k" ) )
   ? hb_ValToExp( hb_MD5Encrypt( "abc", "" ) ), hb_ValToExp( hb_MD5Encrypt( "abc" ) ), hb_ValToExp( hb_MD5Encrypt( 12, "k" ) )
   ? hb_ValToExp( hb_MD5Decrypt( "abc", 5 ) ), hb_ValToExp( hb_MD5Decrypt() ), hb_ValToExp( hb_MD5Encrypt( "", "" ) )
   ? hb_StrToHex( hb_MD5Decrypt( "anything", "k" ) )
   RETURN
