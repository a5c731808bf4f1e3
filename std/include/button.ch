/*
 * button.ch - what hitTest() methods answer (the HT* codes), scroll bar
 * orientations and menu separators of the Clipper 5.3 interface classes
 */

#ifndef HB_BUTTON_CH_
#define HB_BUTTON_CH_

#define _BUTTON_DEFINED

#define SCROLL_VERTICAL         1
#define SCROLL_HORIZONTAL       2

#define MENU_SEPARATOR          Chr( 196 )
#define SEPARATOR_DOUBLE        ( Chr( 204 ) + Chr( 205 ) + Chr( 185 ) )
#define SEPARATOR_SINGLE        ( Chr( 195 ) + MENU_SEPARATOR + Chr( 180 ) )
#define SEPARATOR_DOUBLE_SINGLE ( Chr( 199 ) + MENU_SEPARATOR + Chr( 182 ) )

#define HB_MENU_SEPARATOR_UNI          hb_UTF8ToStrBox( "─" )
#define HB_SEPARATOR_DOUBLE_UNI        hb_UTF8ToStrBox( "╠═╣" )
#define HB_SEPARATOR_SINGLE_UNI        hb_UTF8ToStrBox( "├─┤" )
#define HB_SEPARATOR_DOUBLE_SINGLE_UNI hb_UTF8ToStrBox( "╟─╢" )

/* nowhere, then the frame: corners and sides */
#define HTNOWHERE               0
#define HTTOPLEFT               -1
#define HTTOP                   -2
#define HTTOPRIGHT              -3
#define HTRIGHT                 -4
#define HTBOTTOMRIGHT           -5
#define HTBOTTOM                -6
#define HTBOTTOMLEFT            -7
#define HTLEFT                  -8
#define HTBORDERFIRST           -8
#define HTBORDERLAST            -1

#define HTCAPTION               -1025
#define HTCLIENT                -2049

/* scroll bars */
#define HTSCROLLTHUMBDRAG       -3073
#define HTSCROLLUNITDEC         -3074
#define HTSCROLLUNITINC         -3075
#define HTSCROLLBLOCKDEC        -3076
#define HTSCROLLBLOCKINC        -3077
#define HTSCROLLFIRST           -3077
#define HTSCROLLLAST            -3073

#define HTDROPBUTTON            -4097
#define HTSEPARATOR             -4098

/* a TBrowse's parts */
#define HTCELL                  -5121
#define HTHEADING               -5122
#define HTFOOTING               -5123
#define HTHEADSEP               -5124
#define HTFOOTSEP               -5125
#define HTCOLSEP                -5126

/* windows */
#define HTMENU                  -6145
#define HTSIZE                  -6146
#define HTMINBUTTON             -6147
#define HTMAXBUTTON             -6148
#define HTGROWBOX               HTSIZE
#define HTREDUCE                HTMINBUTTON
#define HTZOOM                  HTMAXBUTTON

#endif
