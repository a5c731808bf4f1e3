/*
 * hbmemory.ch - what Memory( n ) reports
 */

#ifndef HB_MEMORY_CH_
#define HB_MEMORY_CH_

/* the Clipper queries (kilobytes) */
#define HB_MEM_CHAR             0
#define HB_MEM_BLOCK            1
#define HB_MEM_RUN              2

/* Harbour's additions */
#define HB_MEM_VM               3
#define HB_MEM_EMS              4
#define HB_MEM_FM             101
#define HB_MEM_FMSEGS         102
#define HB_MEM_SWAP           103
#define HB_MEM_CONV           104
#define HB_MEM_EMSUSED        105

/* the memory manager's statistics (bytes and counts) */
#define HB_MEM_USED          1001
#define HB_MEM_USEDMAX       1002
#define HB_MEM_STACKITEMS    1003
#define HB_MEM_STACK         1004
#define HB_MEM_STACK_TOP     1005
#define HB_MEM_BLOCKS        1007
#define HB_MEM_STATISTICS    1008
#define HB_MEM_CANLIMIT      1009

#endif
