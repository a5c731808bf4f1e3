/*
 * memoedit.ch - MemoEdit() user function protocol
 *
 * The modes MemoEdit() passes to its user function and the values the
 * user function returns to steer the editor.
 */

#ifndef _MEMOEDIT_CH
#define _MEMOEDIT_CH

/* Modes passed to the user function (ME_REQUEST is an Xbase++ extension) */
#define ME_IDLE                 0
#define ME_UNKEY                1
#define ME_UNKEYX               2
#define ME_INIT                 3
#ifndef HB_CLP_STRICT
   #define ME_REQUEST           4
#endif

/* What the user function returns (ME_PASTE is an Xbase++ extension) */
#define ME_DEFAULT              0
#define ME_IGNORE               32
#define ME_DATA                 33
#define ME_TOGGLEWRAP           34
#define ME_TOGGLESCROLL         35
#define ME_WORDRIGHT            100
#define ME_BOTTOMRIGHT          101
#ifndef HB_CLP_STRICT
   #define ME_PASTE             110
#endif

#endif /* _MEMOEDIT_CH */
