/*
 * setcurs.ch - cursor shapes for SetCursor()
 */

#ifndef _SETCURS_CH
#define _SETCURS_CH

#define SC_UNDEF                -1
#define SC_NONE                 0
#define SC_NORMAL               1
#define SC_INSERT               2
#define SC_SPECIAL1             3
#define SC_SPECIAL2             4

#endif
