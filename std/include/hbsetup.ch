/*
 * hbsetup.ch - the compatibility levels this Harbour is built with
 *
 * Every program already starts with these names defined; the header exists
 * for sources (and hbstdgen.ch) that include it explicitly.
 */

#ifndef HB_SETUP_CH_
#define HB_SETUP_CH_

/* Undocumented Clipper 5.2e/5.3b behaviour is supported */
#define HB_CLP_UNDOC

/* Clipper 5.3b extensions are supported */
#define HB_COMPAT_C53

/* Legacy names and forms kept for older code (level 4 can be switched off) */
#ifndef HB_LEGACY_OFF
   #define HB_LEGACY_LEVEL4
#endif
#define HB_LEGACY_LEVEL5

#endif /* HB_SETUP_CH_ */
