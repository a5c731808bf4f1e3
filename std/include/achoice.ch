/*
 * achoice.ch - AChoice() modes and user function return values
 */

#ifndef _ACHOICE_CH
#define _ACHOICE_CH

#define AC_IDLE                 0
#define AC_HITTOP               1
#define AC_HITBOTTOM            2
#define AC_EXCEPT               3
#define AC_NOITEM               4

#define AC_ABORT                0
#define AC_SELECT               1
#define AC_CONT                 2
#define AC_GOTO                 3
#define AC_REDRAW               4

#endif
