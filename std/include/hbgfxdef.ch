/*
 * hbgfxdef.ch - operation codes for hb_gfxPrimitive()
 *
 * Graphic terminals that can draw take one of these as the first argument
 * of hb_gfxPrimitive(); hbgfx.ch wraps them in friendlier calls.
 */

#ifndef _HBGFXDEF_CH_
#define _HBGFXDEF_CH_

/* Screen ownership and colour */
#define HB_GFX_ACQUIRESCREEN    1
#define HB_GFX_RELEASESCREEN    2
#define HB_GFX_MAKECOLOR        3

/* Clipping rectangle (SETCLIP with all zeros turns clipping off) */
#define HB_GFX_CLIPTOP          10
#define HB_GFX_CLIPLEFT         11
#define HB_GFX_CLIPBOTTOM       12
#define HB_GFX_CLIPRIGHT        13
#define HB_GFX_SETCLIP          14

/* Drawing mode get/set */
#define HB_GFX_DRAWINGMODE      20

/* Drawing primitives */
#define HB_GFX_GETPIXEL         50
#define HB_GFX_PUTPIXEL         51
#define HB_GFX_LINE             52
#define HB_GFX_RECT             53
#define HB_GFX_FILLEDRECT       54
#define HB_GFX_CIRCLE           55
#define HB_GFX_FILLEDCIRCLE     56
#define HB_GFX_ELLIPSE          57
#define HB_GFX_FILLEDELLIPSE    58
#define HB_GFX_FLOODFILL        59

/* Drawing modes: plain, XOR with the screen, alpha blended */
#define HB_GFX_MODE_SOLID       1
#define HB_GFX_MODE_XOR         2
#define HB_GFX_MODE_ALPHA       3

#endif /* _HBGFXDEF_CH_ */
