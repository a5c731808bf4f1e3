// Code pages: selection, hb_Translate, UTF-8 conversions, and the string
// functions under UTF8EX (lengths and positions in characters). Arguments
// are variables: Harbour's compiler evaluates Upper(), Chr(), Len() ... of
// literals itself, byte by byte, whatever the code page.

REQUEST HB_CODEPAGE_DE850, HB_CODEPAGE_DEWIN, HB_CODEPAGE_PL852, HB_CODEPAGE_PLWIN, HB_CODEPAGE_RU866
REQUEST HB_CODEPAGE_RU1251, HB_CODEPAGE_UTF8EX, HB_CODEPAGE_TRWIN

PROCEDURE Main()

   LOCAL cUtf := "Gr" + Chr( 0xC3 ) + Chr( 0xBC ) + Chr( 0xC3 ) + Chr( 0x9F ) + "e " + Chr( 0xC5 ) + Chr( 0x81 ) + Chr( 0xC3 ) + Chr( 0xB3 ) + Chr( 0x64 ) + Chr( 0xC5 ) + Chr( 0xBA )
   LOCAL c850, cWin, e

   ? hb_cdpSelect(), hb_cdpSelect( "DE850" ), hb_cdpSelect(), hb_cdpInfo(), hb_cdpUniID(), Set( _SET_CODEPAGE )
   hb_cdpSelect( "EN" )
   ? hb_cdpExists( "PL852" ), hb_cdpExists( "XX123" ), hb_cdpIsUTF8( "UTF8" ), hb_cdpIsUTF8( "DE850" ), hb_cdpCharMax( "UTF8" )

   c850 := hb_UTF8ToStr( cUtf, "DE850" )
   cWin := hb_Translate( c850, "DE850", "DEWIN" )
   ? hb_StrToHex( c850 ), hb_StrToHex( cWin ), hb_StrToUTF8( cWin, "DEWIN" ) == hb_StrToUTF8( c850, "DE850" )
   ? hb_StrToHex( hb_UTF8ToStr( cUtf, "PL852" ) ), hb_StrToHex( hb_Translate( hb_UTF8ToStr( cUtf, "PL852" ), "PL852", "PLWIN" ) )
   ? hb_StrToHex( hb_Translate( Chr( 0xC0 ) + Chr( 0xE0 ), "RU1251", "RU866" ) ), hb_StrToHex( hb_Translate( "abc" + Chr( 200 ), "EN", "DE850" ) )
   ? hb_StrToHex( hb_StrToUTF8( Chr( 128 ) + Chr( 1 ) + Chr( 255 ) ) ), hb_StrToHex( hb_UTF8ToStr( Chr( 0xE2 ) + Chr( 0x82 ) + Chr( 0xAC ) + Chr( 0xFF ) + "x" ) )

   hb_cdpSelect( "DE850" )
   ? hb_StrToHex( Upper( c850 ) ), hb_StrToHex( Lower( Upper( c850 ) ) ), IsAlpha( SubStr( c850, 3, 1 ) ), IsUpper( Chr( 142 ) )
   hb_cdpSelect( "TRWIN" )
   e := "iI"
   ? Asc( Upper( Left( e, 1 ) ) ), Asc( Lower( Right( e, 1 ) ) )

   hb_cdpSelect( "UTF8EX" )
   ? Len( cUtf ), hb_BLen( cUtf ), hb_StrToHex( SubStr( cUtf, 3, 2 ) ), hb_StrToHex( Left( cUtf, 3 ) ), hb_StrToHex( Right( cUtf, 2 ) )
   ? At( "e", cUtf ), RAt( "d", cUtf ), hb_StrToHex( Upper( cUtf ) ), hb_StrToHex( Stuff( cUtf, 3, 2, "-" ) )
   ? hb_StrToHex( PadC( SubStr( cUtf, 3, 1 ), 5, "*" ) ), hb_StrToHex( Transform( cUtf, "@! XXXX" ) ), Asc( SubStr( cUtf, 3, 1 ) ), hb_StrToHex( Chr( Len( cUtf ) * 32 + 2 ) )
   hb_cdpSelect( "UTF8" )
   ? Len( cUtf ), hb_ULen( cUtf ), hb_StrToHex( hb_USubStr( cUtf, 3, 2 ) ), hb_UCode( SubStr( cUtf, 3, 2 ) ), hb_StrToHex( hb_UChar( 322 ) )
   hb_cdpSelect( "EN" )

   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_cdpSelect( "NO-SUCH" )
   RECOVER USING e
      ? "error:", e:subCode, e:operation, e:canSubstitute, hb_cdpSelect()
   END SEQUENCE

   RETURN
