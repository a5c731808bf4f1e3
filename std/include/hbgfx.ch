/*
 * hbgfx.ch - drawing on graphic terminals
 *
 * Named calls for the operations of hb_gfxPrimitive() (codes in hbgfxdef.ch).
 * Coordinates are pixels, row (Y) before column (X); colours come from
 * hb_gfxMakeColor(). Terminals that cannot draw ignore them.
 */

#ifndef _HBGFX_CH_
#define _HBGFX_CH_

#include "hbgfxdef.ch"

/* Screen ownership and colours */
#xtranslate hb_gfxAcquireScreen() => hb_gfxPrimitive( HB_GFX_ACQUIRESCREEN )
#xtranslate hb_gfxReleaseScreen() => hb_gfxPrimitive( HB_GFX_RELEASESCREEN )
#xtranslate hb_gfxMakeColor( <r>, <g>, <b>[, <alpha>] ) => ;
            hb_gfxPrimitive( HB_GFX_MAKECOLOR, <r>, <g>, <b>[, <alpha>] )

/* Clipping: the getter fills four variables */
#xtranslate hb_gfxGetClip( <top>, <left>, <bottom>, <right> ) => ;
            <top> := hb_gfxPrimitive( HB_GFX_CLIPTOP ); ;
            <left> := hb_gfxPrimitive( HB_GFX_CLIPLEFT ); ;
            <bottom> := hb_gfxPrimitive( HB_GFX_CLIPBOTTOM ); ;
            <right> := hb_gfxPrimitive( HB_GFX_CLIPRIGHT )
#xtranslate hb_gfxSetClip( <top>, <left>, <bottom>, <right> ) => ;
            hb_gfxPrimitive( HB_GFX_SETCLIP, <top>, <left>, <bottom>, <right> )

/* Drawing mode (HB_GFX_MODE_*): returns the old one, sets a new one if given */
#xtranslate hb_gfxDrawingMode( [<mode>] ) => hb_gfxPrimitive( HB_GFX_DRAWINGMODE[, <mode>] )

/* Pixels */
#xtranslate hb_gfxGetPixel( <y>, <x> ) => hb_gfxPrimitive( HB_GFX_GETPIXEL, <y>, <x> )
#xtranslate hb_gfxPutPixel( <y>, <x>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_PUTPIXEL, <y>, <x>, <color> )

/* Lines, rectangles, circles, ellipses and flood fill */
#xtranslate hb_gfxLine( <top>, <left>, <bottom>, <right>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_LINE, <top>, <left>, <bottom>, <right>, <color> )
#xtranslate hb_gfxRect( <top>, <left>, <bottom>, <right>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_RECT, <top>, <left>, <bottom>, <right>, <color> )
#xtranslate hb_gfxFilledRect( <top>, <left>, <bottom>, <right>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_FILLEDRECT, <top>, <left>, <bottom>, <right>, <color> )
#xtranslate hb_gfxCircle( <y>, <x>, <radius>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_CIRCLE, <y>, <x>, <radius>, <color> )
#xtranslate hb_gfxFilledCircle( <y>, <x>, <radius>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_FILLEDCIRCLE, <y>, <x>, <radius>, <color> )
#xtranslate hb_gfxEllipse( <y>, <x>, <rady>, <radx>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_ELLIPSE, <y>, <x>, <rady>, <radx>, <color> )
#xtranslate hb_gfxFilledEllipse( <y>, <x>, <rady>, <radx>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_FILLEDELLIPSE, <y>, <x>, <rady>, <radx>, <color> )
#xtranslate hb_gfxFloodFill( <y>, <x>, <color> ) => ;
            hb_gfxPrimitive( HB_GFX_FLOODFILL, <y>, <x>, <color> )

#endif /* _HBGFX_CH_ */
