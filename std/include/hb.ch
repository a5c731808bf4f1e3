/*
 * hb.ch - the commonly used Harbour headers in one
 */

#ifndef HB_CH_
#define HB_CH_

#include "color.ch"
#include "dbstruct.ch"
#include "directry.ch"
#include "fileio.ch"
#include "hbgtinfo.ch"
#include "hbhash.ch"
#include "hbserial.ch"
#include "hbver.ch"
#include "inkey.ch"
#include "setcurs.ch"

#endif
