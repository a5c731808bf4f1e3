/*
 * hbtrace.ch - trace messages from PRG code
 *
 * HB_TRACE( <level>, <values,...> ) logs its values through hb_traceLogAt()
 * when <level> is within the level chosen at compile time (HB_TR_LEVEL, set
 * by defining one of HB_TR_LEVEL_ALWAYS .. HB_TR_LEVEL_DEBUG; WARNING when
 * none is); calls above it cost nothing but the test of two constants.
 * What actually reaches the log also depends on the run-time trace level.
 */

#ifndef HB_TRACE_CH_
#define HB_TRACE_CH_

/* Trace levels, most severe first; HB_TR_LAST is one past the last */
#define HB_TR_ALWAYS     0
#define HB_TR_FATAL      1
#define HB_TR_ERROR      2
#define HB_TR_WARNING    3
#define HB_TR_INFO       4
#define HB_TR_DEBUG      5
#define HB_TR_LAST       6

/* _HB_TR_NOALWAYS_ demotes ALWAYS messages so that they can be filtered out */
#ifdef _HB_TR_NOALWAYS_
   #undef HB_TR_ALWAYS
   #define HB_TR_ALWAYS  HB_TR_LAST
#endif

#define HB_TR_DEFAULT    HB_TR_WARNING

/* The compile-time level; when several HB_TR_LEVEL_* are defined the most
   verbose one wins */
#ifdef HB_TR_LEVEL_ALWAYS
   #define HB_TR_LEVEL   HB_TR_ALWAYS
#endif
#ifdef HB_TR_LEVEL_FATAL
   #define HB_TR_LEVEL   HB_TR_FATAL
#endif
#ifdef HB_TR_LEVEL_ERROR
   #define HB_TR_LEVEL   HB_TR_ERROR
#endif
#ifdef HB_TR_LEVEL_WARNING
   #define HB_TR_LEVEL   HB_TR_WARNING
#endif
#ifdef HB_TR_LEVEL_INFO
   #define HB_TR_LEVEL   HB_TR_INFO
#endif
#ifdef HB_TR_LEVEL_DEBUG
   #define HB_TR_LEVEL   HB_TR_DEBUG
#endif
#ifndef HB_TR_LEVEL
   #define HB_TR_LEVEL   HB_TR_DEFAULT
#endif

/* The C-style spelling with the values in parentheses is accepted too.
   Being defined last, the general rule is the one tried first, so such a
   list reaches hb_traceLogAt() as one parenthesised (comma) expression */
#xtranslate HB_TRACE_STEALTH( <level>, <vals,...> ) => HB_TRACE( <level>, <vals> )
#xtranslate HB_TRACE( <level>, ( <vals,...> ) )     => HB_TRACE( <level>, <vals> )
#xtranslate HB_TRACE( <level>, <vals,...> )         => ;
            iif( HB_TR_LEVEL >= <level>, hb_traceLogAt( <level>, <vals> ), )

#endif /* HB_TRACE_CH_ */
