// hb_gtInfo()'s key blocks: HB_GTI_INKEYFILTER replaces or drops keys,
// HB_GTI_INKEYREAD answers first; pasting the clipboard into the keyboard
#include "hbgtinfo.ch"
#include "inkey.ch"
STATIC s_n := 0
PROCEDURE Main()
   LOCAL b
   ? hb_gtInfo( HB_GTI_INKEYFILTER, {| k | iif( k == Asc( "a" ), Asc( "A" ), iif( k == Asc( "x" ), 0, k ) ) } )
   KEYBOARD "axb"
   ? Inkey(), Inkey(), LastKey(), Inkey(), Inkey()
   KEYBOARD "xxa"
   ? Inkey( 0 ), LastKey()
   b := hb_gtInfo( HB_GTI_INKEYFILTER, NIL )
   ? ValType( b ), ValType( hb_gtInfo( HB_GTI_INKEYFILTER ) )
   ? hb_gtInfo( HB_GTI_INKEYREAD, {|| iif( ++s_n <= 2, 100 + s_n, 0 ) } )
   KEYBOARD "q"
   ? Inkey(), Inkey(), LastKey(), Inkey(), LastKey()
   hb_gtInfo( HB_GTI_INKEYREAD, "x" )
   ? hb_gtInfo( HB_GTI_INKEYREAD )
   hb_gtInfo( HB_GTI_CLIPBOARDDATA, "ab;c" + Chr( 13 ) + Chr( 10 ) + "d" + Chr( 10 ) + "e" )
   ? Len( hb_gtInfo( HB_GTI_CLIPBOARDPASTE ) ), Inkey(), Inkey(), Inkey(), Inkey(), Inkey()
   CLEAR TYPEAHEAD
   ? hb_gtInfo( HB_GTI_CLIPBOARDPASTE, .T. ) == hb_gtInfo( HB_GTI_CLIPBOARDDATA )
   ? Inkey(), Inkey(), Inkey(), Inkey(), Inkey(), Inkey(), Inkey(), Inkey()
   ? hb_gtInfo( HB_GTI_CARGO ), hb_gtInfo( HB_GTI_CARGO, 5 ), hb_gtInfo( HB_GTI_CARGO, NIL ), hb_gtInfo( HB_GTI_CARGO )
   ? hb_gtInfo( HB_GTI_VIEWMAXHEIGHT ), hb_gtInfo( HB_GTI_VIEWMAXWIDTH ), hb_gtInfo( HB_GTI_ISUNICODE ), hb_gtInfo( HB_GTI_KBDSHIFTS )
   ? hb_gtVersion(), hb_gtVersion( 1 ), hb_gtVersion( 2 )
