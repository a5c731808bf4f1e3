/*
 * rddsys.ch - RDD types for rddRegister()
 */

#ifndef _RDDSYS_CH
#define _RDDSYS_CH

/* Kind of driver being registered */
#define RDT_FULL                1
#define RDT_TRANSFER            2
#define RDT_HIDDEN              255

#endif /* _RDDSYS_CH */
