/* hbsetup.ch, reserved.ch, hbstdgen.ch, hbextern.ch (with hbextcdp.ch and
   hbextlng.ch): what they leave defined and that programs still run */

#include "hbextern.ch"
#include "reserved.ch"
#include "hbstdgen.ch"

PROCEDURE Main()

   LOCAL cFunc := "Upper"

#ifdef HB_EXTERN_CH_
   ? "HB_EXTERN_CH_"
#endif
#ifdef HB_EXTCDP_CH_
   ? "HB_EXTCDP_CH_"
#endif
#ifdef HB_EXTLNG_CH_
   ? "HB_EXTLNG_CH_"
#endif
#ifdef __HBEXTERN__HARBOUR__REQUEST
   ? "__HBEXTERN__HARBOUR__REQUEST"
#endif
#ifdef __HBEXTERN__HBCPAGE__REQUEST
   ? "__HBEXTERN__HBCPAGE__REQUEST"
#endif
#ifdef __HBEXTERN__HBLANG__REQUEST
   ? "__HBEXTERN__HBLANG__REQUEST"
#endif
#ifdef HB_RESERVED_CH_
   ? "HB_RESERVED_CH_"
#endif
   /* hbstdgen.ch leaves the build settings and drops what varies per compile */
#ifdef HB_CLP_UNDOC
   ? "HB_CLP_UNDOC"
#endif
#ifdef HB_COMPAT_C53
   ? "HB_COMPAT_C53"
#endif
#ifdef HB_LEGACY_LEVEL4
   ? "HB_LEGACY_LEVEL4"
#endif
#ifdef HB_LEGACY_LEVEL5
   ? "HB_LEGACY_LEVEL5"
#endif
#ifdef HB_SETUP_CH_
   ? "HB_SETUP_CH_ still defined"
#endif
#ifdef HB_STD_CH_
   ? "HB_STD_CH_ still defined"
#endif
#ifdef __DATE__
   ? "__DATE__ still defined"
#endif
#ifdef __TIME__
   ? "__TIME__ still defined"
#endif
#ifdef __HB_MAIN__
   ? "__HB_MAIN__ still defined"
#endif
#ifdef __ARCH64BIT__
   ? "__ARCH64BIT__ still defined"
#endif
#ifdef __LITTLE_ENDIAN__
   ? "__LITTLE_ENDIAN__ still defined"
#endif
#ifdef HB_VER_MAJOR
   ? "HB_VER_MAJOR still defined"
#endif
#ifdef __HARBOUR__
   ? "__HARBOUR__"
#endif

   /* functions called by name, the reason to request them all */
   ? &cFunc.( "abc" ), Eval( &( "{|x| " + "Lower" + "( x ) }" ), "DEF" )
   ? hb_ExecFromArray( "PadL", { "7", 3, "0" } )
   SET EXACT ON
   ? "std commands still work", Set( _SET_EXACT )

   RETURN
