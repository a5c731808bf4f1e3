/*
 * hbstdgen.ch - the starting state for generating the standard rules
 *
 * Included when the rule set every program starts with is built: it reads
 * the build settings (hbsetup.ch) and the standard commands (std.ch), then
 * removes the guards and the names that belong to one particular compile
 * (version parts, date and time, platform word size and byte order, the
 * start procedure) so that they are not frozen into the generated rules.
 * __HARBOUR__ is always defined here, so no version header is needed.
 */

#include "hbsetup.ch"
#include "std.ch"

/* Guards, so that the headers can be read again later */
#undef HB_VER_H_
#undef HB_SETUP_CH_
#undef HB_STD_CH_

/* Names that vary from one compile or platform to the next */
#undef HB_VER_MAJOR
#undef HB_VER_MINOR
#undef HB_VER_RELEASE
#undef HB_VER_STATUS
#undef __DATE__
#undef __TIME__
#undef __HB_MAIN__
#undef __ARCH16BIT__
#undef __ARCH32BIT__
#undef __ARCH64BIT__
#undef __LITTLE_ENDIAN__
#undef __BIG_ENDIAN__
#undef __PDP_ENDIAN__
