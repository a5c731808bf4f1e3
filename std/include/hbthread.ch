/*
 * hbthread.ch - what a new thread inherits from its parent (hb_threadStart() attributes)
 */

#ifndef HB_THREAD_CH_
#define HB_THREAD_CH_

#define HB_THREAD_INHERIT_PUBLIC 1
#define HB_THREAD_INHERIT_PRIVATE 2
#define HB_THREAD_INHERIT_MEMVARS 3
#define HB_THREAD_MEMVARS_COPY  4

#endif
