/*
 * assert.ch - the ASSERT() command
 *
 * ASSERT( <condition> [, <message>] ) checks a condition at run time; when it
 * is false the program writes "PROC(line)  Assertion failed: " and the message
 * (or the condition's source text) to standard output and quits. Compiling
 * with NDEBUG defined turns every ASSERT into nothing.
 */

#ifndef HB_ASSERT_CH_
#define HB_ASSERT_CH_

/* Clipper programs test this to know the command is available */
#define _ASSERT_DEFINED

#ifdef NDEBUG
   #command ASSERT( <cond> [, <msg>] ) =>
#else
   #command ASSERT( <cond> [, <msg>] ) => ;
            IF !( <cond> ) ;
            ;   OutStd( hb_eol() + ProcName( 0 ) + "(" + hb_ntos( ProcLine() ) + ")" + ;
                        "  Assertion failed: " + iif( <.msg.>, <msg>, <"cond"> ) ) ;
            ;   QUIT ;
            ; END
#endif

#endif /* HB_ASSERT_CH_ */
