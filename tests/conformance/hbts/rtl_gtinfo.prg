// hb_gtInfo() of the CGI terminal: every query, the settings it keeps (compat
// buffer, redraw, box code page, cargo, clipboard), hb_gtVersion()
#include "hbgtinfo.ch"
REQUEST HB_CODEPAGE_PL852
PROCEDURE Main()
   LOCAL i, x
   FOR i := 0 TO 80
      IF i >= 42 .AND. i <= 44
         LOOP
      ENDIF
      x := hb_gtInfo( i )
      ?? hb_ntos( i ) + "=" + hb_ValToExp( x ) + " "
   NEXT
   ? hb_gtVersion(), hb_gtVersion( 1 ), hb_gtVersion( 0 )
   ? hb_gtInfo( HB_GTI_COMPATBUFFER, .T. ), hb_gtInfo( HB_GTI_COMPATBUFFER )
   ? hb_gtInfo( HB_GTI_REDRAWMAX, 5 ), hb_gtInfo( HB_GTI_REDRAWMAX )
   ? hb_gtInfo( HB_GTI_BOXCP, "XX999" ), hb_gtInfo( HB_GTI_BOXCP, "PL852" ), hb_gtInfo( HB_GTI_BOXCP ), Asc( hb_UTF8ToStrBox( "╔" ) ), hb_gtInfo( HB_GTI_BOXCP, "" ), hb_gtInfo( HB_GTI_BOXCP ), Asc( hb_UTF8ToStrBox( "╔" ) )
   ? hb_gtInfo( HB_GTI_CARGO, { 1 } ), hb_ValToExp( hb_gtInfo( HB_GTI_CARGO ) )
   ? hb_gtInfo( HB_GTI_WINTITLE, "title" ), hb_gtInfo( HB_GTI_WINTITLE )
   ? hb_gtInfo( HB_GTI_VERSION, 1 ), hb_gtInfo( HB_GTI_VERSION, 0 )
   ? hb_gtInfo( HB_GTI_CLIPBOARDDATA, "clip" ), hb_gtInfo( HB_GTI_CLIPBOARDDATA )
   ? hb_gtInfo( HB_GTI_INKEYFILTER, {|k| k } ), ValType( hb_gtInfo( HB_GTI_INKEYFILTER ) )
   ? ValType( hb_gtInfo( HB_GTI_NOTIFIERBLOCK, {|| 1 } ) ), ValType( hb_gtInfo( HB_GTI_NOTIFIERBLOCK ) )
   ? hb_gtInfo( 1000 ), hb_gtInfo( -1 )
   ? hb_gtInfo( "x" )
