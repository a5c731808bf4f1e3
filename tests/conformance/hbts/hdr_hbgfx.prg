/* hbgfx.ch: on a text terminal every graphics call answers 0 */

#include "hbgfx.ch"

PROCEDURE Main()

   LOCAL nTop := -1, nLeft := -1, nBottom := -1, nRight := -1
   LOCAL nColor

   ? "codes", HB_GFX_ACQUIRESCREEN, HB_GFX_CLIPTOP, HB_GFX_GETPIXEL, HB_GFX_FLOODFILL, HB_GFX_MODE_ALPHA
   ? hb_gfxAcquireScreen(), hb_gfxReleaseScreen()
   nColor := hb_gfxMakeColor( 255, 128, 0 )
   ? "color", nColor, hb_gfxMakeColor( 1, 2, 3, 4 )
   hb_gfxGetClip( nTop, nLeft, nBottom, nRight )
   ? "clip", nTop, nLeft, nBottom, nRight
   ? hb_gfxSetClip( 0, 0, 10, 10 ), hb_gfxDrawingMode(), hb_gfxDrawingMode( HB_GFX_MODE_XOR )
   ? hb_gfxGetPixel( 1, 1 ), hb_gfxPutPixel( 1, 1, nColor )
   ? hb_gfxLine( 0, 0, 5, 5, nColor ), hb_gfxRect( 0, 0, 5, 5, nColor ), hb_gfxFilledRect( 0, 0, 5, 5, nColor )
   ? hb_gfxCircle( 5, 5, 2, nColor ), hb_gfxFilledCircle( 5, 5, 2, nColor )
   ? hb_gfxEllipse( 5, 5, 2, 3, nColor ), hb_gfxFilledEllipse( 5, 5, 2, 3, nColor ), hb_gfxFloodFill( 1, 1, nColor )
   ? hb_gfxText( 1, 1, "text", nColor ), hb_gfxPrimitive( 99, "a", {} )

   RETURN
