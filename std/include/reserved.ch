/*
 * reserved.ch - kept for Clipper sources that include it
 *
 * Clipper listed its reserved words here; Harbour reserves none at the
 * preprocessor level, so the header defines nothing but its guard.
 */

#ifndef HB_RESERVED_CH_
#define HB_RESERVED_CH_

#endif /* HB_RESERVED_CH_ */
