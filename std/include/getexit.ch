/*
 * getexit.ch - how a Get was left (oGet:exitState)
 */

#ifndef _GETEXIT_CH
#define _GETEXIT_CH

#define GE_NOEXIT               0   /* still reading */
#define GE_UP                   1
#define GE_DOWN                 2
#define GE_TOP                  3
#define GE_BOTTOM               4
#define GE_ENTER                5
#define GE_WRITE                6
#define GE_ESCAPE               7
#define GE_WHEN                 8   /* WHEN refused the Get */
#define GE_SHORTCUT             9   /* an accelerator key chose another Get */
#define GE_MOUSEHIT             10  /* a mouse click chose another Get */

#endif
