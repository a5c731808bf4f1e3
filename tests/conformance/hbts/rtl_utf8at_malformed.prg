// hb_utf8At()/hb_utf8RAt() compare characters as code points: in text that is
// not UTF-8, every malformed sequence is U+FFFD and matches another one.
PROCEDURE Main()
   LOCAL iso := "Une r" + hb_BChar( 0xEA ) + "ve est la moiti" + hb_BChar( 0xE9 ) + "."
   LOCAL utf := "Une r" + hb_BChar( 0xC3 ) + hb_BChar( 0xAA ) + "ve est la moiti" + hb_BChar( 0xC3 ) + hb_BChar( 0xA9 ) + "."
   ? hb_utf8At( hb_BChar( 0xE9 ), iso ), hb_utf8RAt( hb_BChar( 0xE9 ), iso ), At( hb_BChar( 0xE9 ), iso )
   ? hb_utf8At( hb_BChar( 0xC3 ) + hb_BChar( 0xA9 ), utf ), hb_utf8RAt( hb_BChar( 0xC3 ) + hb_BChar( 0xA9 ), utf )
   ? hb_utf8At( "ve", utf ), hb_utf8At( "ve", utf, 8 ), hb_utf8RAt( "e", utf ), hb_utf8At( "e", utf, 3, 5 ), hb_utf8At( "", utf )
   ? hb_utf8At( hb_BChar( 0x80 ), hb_BChar( 0xFF ) + "a" + hb_BChar( 0x80 ) ), hb_utf8At( "a" + hb_BChar( 0xE9 ), iso + "a" + hb_BChar( 0x81 ) )
   ? hb_utf8At( "moiti", utf, 1, 18 ), hb_utf8At( "moiti", utf, 1, 19 ), hb_utf8RAt( "e", utf, 1, 8 )
   RETURN
