/*
 * dbedit.ch - DBEdit() user function protocol
 *
 * The first argument DBEdit() passes to its user function (the state it is
 * in), and the values the user function returns to say how to go on.
 */

#ifndef _DBEDIT_CH
#define _DBEDIT_CH

/* States passed to the user function */
#define DE_IDLE                 0
#define DE_HITTOP               1
#define DE_HITBOTTOM            2
#define DE_EMPTY                3
#define DE_EXCEPT               4

/* What the user function returns */
#define DE_ABORT                0
#define DE_CONT                 1
#define DE_REFRESH              2

/* Undocumented Clipper return value: append a record */
#ifdef HB_CLP_UNDOC
   #define DE_APPEND            3
#endif

#endif /* _DBEDIT_CH */
