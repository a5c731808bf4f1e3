/*
 * hbhash.ch - hash flags for hb_HSetBinary() and friends
 */

#ifndef HB_HASH_CH_
#define HB_HASH_CH_

#define HB_HAUTOADD_NEVER       0x00
#define HB_HAUTOADD_ACCESS      0x01
#define HB_HAUTOADD_ASSIGN      0x02
#define HB_HAUTOADD_ALWAYS      hb_bitOr( HB_HAUTOADD_ACCESS, HB_HAUTOADD_ASSIGN )
#define HB_HAUTOADD_REFERENCE   HB_HAUTOADD_ALWAYS

#define HB_HMERGE_UNION         0
#define HB_HMERGE_INTERSECT     1
#define HB_HMERGE_DIFFERENCE    2
#define HB_HMERGE_REMOVE        3

#endif
